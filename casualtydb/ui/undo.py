"""Undo and redo of edits (QUndoStack): each command re-applies a recorded change through the
editing service in its own transaction, refusing when the record changed meanwhile."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..errors import StaleEditError
from ..services import editing
from .context import AppContext
from .errors import show_error


class _RecordCommand(QUndoCommand):
    """Base: runs `_undo`/`_redo` in a transaction and announces the change; a failure is shown
    and the command is dropped from the stack (it cannot be replayed any more)."""

    def __init__(self, context: AppContext, kind: str, ids: list[uuid.UUID], text: str) -> None:
        super().__init__(text)
        self.context = context
        self.kind = kind
        self.ids = ids
        self._first = True

    def _run(self, fn: Any, context_text: str) -> None:
        try:
            with self.context.database.transaction(user=self.context.user, context=context_text) as s:
                fn(s)
        except Exception as exc:  # shown to the user; the stack forgets this command
            self.setObsolete(True)
            show_error(None, exc)
            return
        self.context.changed(self.kind, None)

    def redo(self) -> None:
        if self._first:  # the change was made before the command was pushed
            self._first = False
            return
        self._run(self._redo, "redo")

    def undo(self) -> None:
        self._run(self._undo, "undo")

    def _redo(self, s: Any) -> None:
        raise NotImplementedError

    def _undo(self, s: Any) -> None:
        raise NotImplementedError


class EditCommand(_RecordCommand):
    def __init__(self, context: AppContext, kind: str, record_id: uuid.UUID, before: dict[str, Any],
                 after: dict[str, Any], text: str) -> None:
        super().__init__(context, kind, [record_id], text)
        self.record_id = record_id
        self.before = before
        self.after = after

    def _apply(self, s: Any, expected: dict[str, Any], target: dict[str, Any]) -> None:
        current = editing.record_values(self.kind, self.record_id, session=s)
        if not editing.values_equal(expected, current):
            raise StaleEditError("changed since")
        editing.update_record(self.kind, self.record_id, {k: v for k, v in target.items() if k != "version"},
                              session=s)

    def _undo(self, s: Any) -> None:
        self._apply(s, self.after, self.before)

    def _redo(self, s: Any) -> None:
        self._apply(s, self.before, self.after)


class CreateCommand(_RecordCommand):
    def __init__(self, context: AppContext, kind: str, record_id: uuid.UUID, text: str) -> None:
        super().__init__(context, kind, [record_id], text)
        self.record_id = record_id
        self.snapshot: editing.Snapshot | None = None

    def _undo(self, s: Any) -> None:
        self.snapshot = editing.delete_record(self.kind, self.record_id, session=s, cascade=False)

    def _redo(self, s: Any) -> None:
        if self.snapshot is not None:
            editing.restore_record(self.snapshot, session=s)


class DeleteCommand(_RecordCommand):
    def __init__(self, context: AppContext, kind: str, snapshots: list[editing.Snapshot], text: str) -> None:
        super().__init__(context, kind, [sn.record_id for sn in snapshots], text)
        self.snapshots = snapshots

    def _undo(self, s: Any) -> None:
        for snap in reversed(self.snapshots):
            editing.restore_record(snap, session=s)

    def _redo(self, s: Any) -> None:
        self.snapshots = [editing.delete_record(self.kind, sn.record_id, session=s, cascade=True)
                          for sn in self.snapshots]
