"""The edit workflow shared by every page: open the editor, save through the editing service
in one transaction, push an undo command, announce the change; confirm deletes that take
other records with them."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ..services import editing
from .context import AppContext
from .editors import dialog_for
from .errors import show_error
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

    def submit(values: dict[str, Any]) -> None:
        with context.database.transaction(user=context.user) as s:
            created.append(editing.create_record(kind, values, session=s))

    dialog.submit = submit
    if not dialog.exec() or not created:
        return None
    rid = created[0]
    context.undo_stack.push(CreateCommand(context, kind, rid, QCoreApplication.translate(
        "Editing", "add %1").replace("%1", kind_label(kind))))
    context.changed(kind, [rid])
    return rid


def edit_record(context: AppContext, parent: QWidget | None, kind: str, record_id: uuid.UUID) -> bool:
    """Open the editor on a record; on save, update it. Returns whether it was saved."""
    try:
        with context.database.session() as s:
            before = editing.record_values(kind, record_id, session=s)
    except Exception as exc:  # deleted meanwhile, or a database error
        show_error(parent, exc)
        return False
    dialog = dialog_for(kind)(context, parent, before, record_id)
    after: list[dict[str, Any]] = []

    def submit(values: dict[str, Any]) -> None:
        with context.database.transaction(user=context.user) as s:
            editing.update_record(kind, record_id, values, session=s, expected_version=before["version"])
            after.append(editing.record_values(kind, record_id, session=s))

    dialog.submit = submit
    if not dialog.exec() or not after:
        return False
    if not editing.values_equal(before, after[0]):
        context.undo_stack.push(EditCommand(context, kind, record_id, before, after[0], QCoreApplication.translate(
            "Editing", "edit %1").replace("%1", kind_label(kind))))
    context.changed(kind, [record_id])
    return True


def confirm_delete(parent: QWidget | None, kind: str, count: int, usage: editing.Usage) -> bool:
    """Ask before deleting; lists what goes with it or loses its link. `ask` is patched in tests."""
    lines = [QCoreApplication.translate("Editing", "%1: %2").replace("%1", table_label(t)).replace("%2", str(n))
             for t, n in sorted(usage.deleted.items())]
    unlinked = [QCoreApplication.translate("Editing", "%1: %2").replace("%1", table_label(t)).replace("%2", str(n))
                for t, n in sorted(usage.unlinked.items())]
    if count == 1:
        text = QCoreApplication.translate("Editing", "Delete this %1?").replace("%1", kind_label(kind))
    else:
        text = _plurals.delete_question(count)
    if usage:
        text += "\n\n" + QCoreApplication.translate("Editing", "Other records use it:")
        if lines:
            text += "\n" + QCoreApplication.translate("Editing", "These will be deleted with it:") + "\n  • " + \
                "\n  • ".join(lines)
        if unlinked:
            text += "\n" + QCoreApplication.translate("Editing", "These will lose their link to it:") + "\n  • " + \
                "\n  • ".join(unlinked)
    text += "\n\n" + QCoreApplication.translate("Editing", "You can undo this with Edit › Undo.")
    return ask(parent, QCoreApplication.translate("Editing", "Delete"), text, dangerous=bool(usage))


def ask(parent: QWidget | None, title: str, text: str, *, dangerous: bool = False) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning if dangerous else QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def delete_records(context: AppContext, parent: QWidget | None, kind: str, ids: list[uuid.UUID]) -> bool:
    """Delete after confirmation (naming what else goes); one undoable step. Returns whether
    anything was deleted."""
    try:
        with context.database.session() as s:
            usage = editing.Usage()
            for rid in ids:
                u = editing.usages(kind, rid, session=s)
                for t, n in u.deleted.items():
                    usage.deleted[t] = usage.deleted.get(t, 0) + n
                for t, n in u.unlinked.items():
                    usage.unlinked[t] = usage.unlinked.get(t, 0) + n
    except Exception as exc:
        show_error(parent, exc)
        return False
    if not confirm_delete(parent, kind, len(ids), usage):
        return False
    try:
        with context.database.transaction(user=context.user) as s:
            snapshots = [editing.delete_record(kind, rid, session=s, cascade=True) for rid in ids]
    except Exception as exc:
        show_error(parent, exc)
        return False
    text = QCoreApplication.translate("Editing", "delete %1").replace("%1", kind_label(kind)) if len(ids) == 1 else \
        _plurals.delete_undo_text(len(ids))
    context.undo_stack.push(DeleteCommand(context, kind, snapshots, text))
    context.changed(kind, None)
    return True
