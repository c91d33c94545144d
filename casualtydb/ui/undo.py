"""Undo and redo of edits (QUndoStack). Each step re-applies a recorded change through the
editing service as an op (off the UI thread, one transaction), refusing when the record changed
meanwhile; the stack moves only once the op has committed.

Edit › Undo/Redo call `step_back`/`step_forward`, never `QUndoStack.undo/redo` directly: a
command's `undo()`/`redo()` only move the stack after its op ran (or dropped it on failure)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from ..crossref.merge import merge, unmerge
from ..crossref.reconcile import reconcile, withdraw
from ..errors import StaleEditError
from ..services import editing
from ..victims import decisions as persons
from .context import AppContext
from .errors import show_error


class OpCommand(QUndoCommand):
    """Base of every undoable step: `apply_undo(session)` / `apply_redo(session)` run in a
    worker; `undo()`/`redo()` as called by the stack do nothing (the op already ran)."""

    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self.user = context.user  # read here: the settings are not read from a worker thread

    def apply_undo(self, session: Any) -> None:
        raise NotImplementedError

    def apply_redo(self, session: Any) -> None:
        raise NotImplementedError

    def redo(self) -> None:  # the change was made before the command was pushed, or by the op
        pass

    def undo(self) -> None:
        pass


_busy: set[int] = set()


def _step(context: AppContext, parent: QWidget | None, *, back: bool) -> None:
    stack: QUndoStack = context.undo_stack
    if id(stack) in _busy:
        return  # one step at a time: the next waits until this one has committed
    command = stack.command(stack.index() - 1 if back else stack.index())
    if not isinstance(command, OpCommand):
        return
    _busy.add(id(stack))

    def op(ctx: Any) -> None:
        (command.apply_undo if back else command.apply_redo)(ctx.session)

    def move() -> None:
        _busy.discard(id(stack))
        stack.undo() if back else stack.redo()

    def failed(exc: BaseException) -> None:
        command.setObsolete(True)  # it cannot be replayed any more: the stack drops it as it moves
        move()
        show_error(parent, exc)

    context.run_op(parent, op, lambda _: move(), failed, write=True, context="undo" if back else "redo")


def step_back(context: AppContext, parent: QWidget | None = None) -> None:
    """Edit › Undo."""
    _step(context, parent, back=True)


def step_forward(context: AppContext, parent: QWidget | None = None) -> None:
    """Edit › Redo."""
    _step(context, parent, back=False)


class EditCommand(OpCommand):
    def __init__(self, context: AppContext, kind: str, record_id: uuid.UUID, before: dict[str, Any],
                 after: dict[str, Any], text: str) -> None:
        super().__init__(context, text)
        self.kind = kind
        self.record_id = record_id
        self.before = before
        self.after = after

    def _apply(self, s: Any, expected: dict[str, Any], target: dict[str, Any]) -> None:
        current = editing.record_values(self.kind, self.record_id, session=s)
        if not editing.values_equal(expected, current):
            raise StaleEditError("changed since")
        editing.update_record(self.kind, self.record_id, {k: v for k, v in target.items() if k != "version"},
                              session=s)

    def apply_undo(self, s: Any) -> None:
        self._apply(s, self.after, self.before)

    def apply_redo(self, s: Any) -> None:
        self._apply(s, self.before, self.after)


class CreateCommand(OpCommand):
    def __init__(self, context: AppContext, kind: str, record_id: uuid.UUID, text: str) -> None:
        super().__init__(context, text)
        self.kind = kind
        self.record_id = record_id
        self.snapshot: editing.Snapshot | None = None

    def apply_undo(self, s: Any) -> None:
        self.snapshot = editing.delete_record(self.kind, self.record_id, session=s, cascade=False)

    def apply_redo(self, s: Any) -> None:
        if self.snapshot is not None:
            editing.restore_record(self.snapshot, session=s)


class DeleteCommand(OpCommand):
    def __init__(self, context: AppContext, kind: str, snapshots: list[editing.Snapshot], text: str) -> None:
        super().__init__(context, text)
        self.kind = kind
        self.snapshots = snapshots

    def apply_undo(self, s: Any) -> None:
        for snap in reversed(self.snapshots):
            editing.restore_record(snap, session=s)

    def apply_redo(self, s: Any) -> None:
        self.snapshots = [editing.delete_record(self.kind, sn.record_id, session=s, cascade=True)
                          for sn in self.snapshots]


class ReconcileCommand(OpCommand):
    """An auditor's assessment recorded (`assessment_id`) or withdrawn: undo withdraws it (or
    records it again), redo the reverse. Withdrawn assessments are kept, so every step stays in
    the history."""

    def __init__(self, context: AppContext, values: dict[str, Any], assessment_id: uuid.UUID, text: str, *,
                 withdrawn: bool = False) -> None:
        super().__init__(context, text)
        self.values = values  # reconcile()'s keyword arguments, without session and user
        self.assessment_id = assessment_id
        self.withdrawn = withdrawn  # whether the step being undone was a withdrawal

    def _record(self, s: Any) -> None:
        self.assessment_id = reconcile(session=s, user=self.user, **self.values).id

    def _withdraw(self, s: Any) -> None:
        withdraw(session=s, assessment_id=self.assessment_id, user=self.user)

    def apply_undo(self, s: Any) -> None:
        self._record(s) if self.withdrawn else self._withdraw(s)

    def apply_redo(self, s: Any) -> None:
        self._withdraw(s) if self.withdrawn else self._record(s)


class MergeCommand(OpCommand):
    """Two incidents merged (or a merge undone): undo unmerges, redo merges again."""

    def __init__(self, context: AppContext, kept: uuid.UUID, absorbed: uuid.UUID, text: str, *,
                 unmerged: bool = False) -> None:
        super().__init__(context, text)
        self.kept = kept
        self.absorbed = absorbed
        self.unmerged = unmerged

    def _merge(self, s: Any) -> None:
        merge(session=s, kept_id=self.kept, absorbed_id=self.absorbed, user=self.user)

    def _unmerge(self, s: Any) -> None:
        unmerge(session=s, absorbed_id=self.absorbed, user=self.user)

    def apply_undo(self, s: Any) -> None:
        self._merge(s) if self.unmerged else self._unmerge(s)

    def apply_redo(self, s: Any) -> None:
        self._unmerge(s) if self.unmerged else self._merge(s)


class PersonMergeCommand(MergeCommand):
    """Two persons merged (or a merge undone), through casualtydb.victims.decisions: undo
    unmerges, redo merges again (a new merge record: every step stays in the history)."""

    def _merge(self, s: Any) -> None:
        persons.merge(s, self.kept, self.absorbed, user=self.user)

    def _unmerge(self, s: Any) -> None:
        persons.unmerge(s, self.absorbed, user=self.user)


class NotSameCommand(OpCommand):
    """Two persons said to be different individuals: undo takes the decision back."""

    def __init__(self, context: AppContext, a: uuid.UUID, b: uuid.UUID, text: str) -> None:
        super().__init__(context, text)
        self.a = a
        self.b = b

    def apply_undo(self, s: Any) -> None:
        persons.undo_not_same(s, self.a, self.b)

    def apply_redo(self, s: Any) -> None:
        persons.not_same(s, self.a, self.b)
