"""The edit workflow shared by every page: open the editor, save through the editing service as
one op (off the UI thread, one transaction), push an undo command; the op helper announces what
changed. A save refused because someone else saved first opens the conflict dialog; deletes
that take other records with them are confirmed first."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import StaleEditError
from ..services import editing
from ..sync.concurrent import save_record
from .conflict_dialog import ConflictDialog, current_values
from .context import AppContext
from .editors import dialog_for
from .editors.base import RecordDialog
from .errors import show_error
from .format import fill
from .labels import KIND_TABLE, table_label
from .undo import CreateCommand, DeleteCommand, EditCommand


class Editing(QObject):
    """The module's plural messages. pyside6-lupdate (6.11) reads %n plurals only from
    `self.tr(text, "", n)`, not from QCoreApplication.translate; the class name is the context."""

    def delete_question(self, n: int) -> str:
        return self.tr("Delete these %n record(s)?", "", n)

    def delete_undo_text(self, n: int) -> str:
        return self.tr("delete %n record(s)", "", n)


_plurals = Editing()


def kind_label(kind: str) -> str:
    return table_label(KIND_TABLE.get(kind, kind))


def create_record(context: AppContext, parent: QWidget | None, kind: str,
                  initial: dict[str, Any] | None = None) -> uuid.UUID | None:
    """Open an empty editor; on save, create the record. Returns its id (None if cancelled)."""
    dialog = dialog_for(kind)(context, parent, initial, None)
    created: list[uuid.UUID] = []

    def submit(values: dict[str, Any], finished: Callable[[BaseException | None], None]) -> None:
        def op(ctx: Any) -> uuid.UUID:
            return editing.create_record(kind, values, session=ctx.session)

        def saved(rid: uuid.UUID) -> None:
            created.append(rid)
            finished(None)

        context.run_op(dialog, op, saved, finished, write=True, context=f"add {kind}")

    dialog.submit = submit
    if not dialog.exec() or not created:
        return None
    rid = created[0]
    text = fill(QCoreApplication.translate("Editing", "add %1"), kind_label(kind))
    context.undo_stack.push(CreateCommand(context, kind, rid, text))
    return rid


def edit_record(context: AppContext, parent: QWidget | None, kind: str, record_id: uuid.UUID) -> bool:
    """Open the editor on a record; on save, update it. Returns whether it was saved.

    The save names the version the form was opened at; when someone else saved the record in
    between, the conflict dialog shows their values beside the person's own, and the save is
    made again on their version with what the person chose (nothing typed is lost)."""
    try:
        with context.database.session() as s:  # one row by its key: no need to leave the UI thread
            before = editing.record_values(kind, record_id, session=s)
    except Exception as exc:  # deleted meanwhile, or a database error
        show_error(parent, exc)
        return False
    dialog = dialog_for(kind)(context, parent, before, record_id)
    base = {"values": before}  # what the next save expects to find (theirs, after a conflict)
    after: list[dict[str, Any]] = []

    def submit(values: dict[str, Any], finished: Callable[[BaseException | None], None]) -> None:
        expected = base["values"]

        def op(ctx: Any) -> dict[str, Any]:
            save_record(kind, record_id, values, session=ctx.session, expected_version=expected["version"],
                        original=expected)
            return editing.record_values(kind, record_id, session=ctx.session)

        def saved(values_after: dict[str, Any]) -> None:
            after.append(values_after)
            finished(None)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, StaleEditError) and not exc.deleted:
                _resolve_conflict(context, dialog, kind, record_id, exc, values, expected, base, submit, finished)
            else:
                finished(exc)

        context.run_op(dialog, op, saved, failed, write=True, context=f"edit {kind}")

    dialog.submit = submit
    if not dialog.exec() or not after:
        return False
    if not editing.values_equal(before, after[0]):
        context.undo_stack.push(EditCommand(context, kind, record_id, before, after[0],
                                            fill(QCoreApplication.translate("Editing", "edit %1"), kind_label(kind))))
    return True


def _resolve_conflict(context: AppContext, dialog: RecordDialog, kind: str, record_id: uuid.UUID,
                      exc: StaleEditError, mine: dict[str, Any], original: dict[str, Any], base: dict[str, Any],
                      submit: Callable[..., None], finished: Callable[[BaseException | None], None]) -> None:
    """Read the other person's version, let the person choose per field, save the choice."""

    def read(ctx: Any) -> Any:
        return current_values(ctx.session, kind, record_id, context.lang, (original, mine))

    def show(theirs: Any) -> None:
        conflict = ConflictDialog(dialog, kind, exc, original=original, mine=mine, theirs=theirs)
        if not conflict.exec():
            dialog.set_values(mine)  # the person's values stay in the form, not saved
            finished(exc)
            return
        base["values"] = theirs.values
        chosen = conflict.chosen_values()
        dialog.set_values(chosen)
        submit(chosen, finished)

    context.run_op(dialog, read, show, finished)


def confirm_delete(parent: QWidget | None, kind: str, count: int, usage: editing.Usage) -> bool:
    """Ask before deleting; lists what goes with it or loses its link. `ask` is patched in tests."""
    line = QCoreApplication.translate("Editing", "%1: %2")
    lines = [fill(line, table_label(t), n) for t, n in sorted(usage.deleted.items())]
    unlinked = [fill(line, table_label(t), n) for t, n in sorted(usage.unlinked.items())]
    if count == 1:
        text = fill(QCoreApplication.translate("Editing", "Delete this %1?"), kind_label(kind))
    else:
        text = _plurals.delete_question(count)
    if usage:
        text += "\n\n" + QCoreApplication.translate("Editing", "Other records use it:")
        if lines:
            text += "\n" + QCoreApplication.translate("Editing", "These will be deleted with it:") + \
                "\n  • " + "\n  • ".join(lines)
        if unlinked:
            text += "\n" + QCoreApplication.translate("Editing", "These will lose their link to it:") + \
                "\n  • " + "\n  • ".join(unlinked)
    text += "\n\n" + QCoreApplication.translate("Editing", "You can undo this with Edit › Undo.")
    return ask(parent, QCoreApplication.translate("Editing", "Delete"), text, dangerous=bool(usage))


def ask(parent: QWidget | None, title: str, text: str, *, dangerous: bool = False) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning if dangerous else QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def delete_records(context: AppContext, parent: QWidget | None, kind: str, ids: list[uuid.UUID],
                   on_deleted: Callable[[], None] | None = None) -> None:
    """Count what else goes (an op), confirm naming it, delete (an op); one undoable step.
    `on_deleted` runs once the records are gone."""

    def count(ctx: Any) -> editing.Usage:
        usage = editing.Usage()
        for rid in ids:
            u = editing.usages(kind, rid, session=ctx.session)
            for t, n in u.deleted.items():
                usage.deleted[t] = usage.deleted.get(t, 0) + n
            for t, n in u.unlinked.items():
                usage.unlinked[t] = usage.unlinked.get(t, 0) + n
        return usage

    def confirmed(usage: editing.Usage) -> None:
        if not confirm_delete(parent, kind, len(ids), usage):
            return
        if len(ids) == 1:
            text = fill(QCoreApplication.translate("Editing", "delete %1"), kind_label(kind))
        else:
            text = _plurals.delete_undo_text(len(ids))

        def delete(ctx: Any) -> list[editing.Snapshot]:
            return [editing.delete_record(kind, rid, session=ctx.session, cascade=True) for rid in ids]

        def deleted(snapshots: list[editing.Snapshot]) -> None:
            context.undo_stack.push(DeleteCommand(context, kind, snapshots, text))
            if on_deleted is not None:
                on_deleted()

        progress = fill(QCoreApplication.translate("Editing", "Deleting: %1"), text)
        context.run_op(parent, delete, deleted, write=True, progress=progress,
                       context=f"delete {kind}")

    context.run_op(parent, count, confirmed)
