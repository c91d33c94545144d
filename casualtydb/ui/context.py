"""What every page receives: the open database, settings, the op runner, the undo stack and
a signal bus. Passed to constructors (no global main-window singleton)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ..changes import Changes
from ..db import Database
from .ops import OpHandle, T, run_op
from .settings import Settings


class Bus(QObject):
    """Application-wide signals. Pages emit and listen here instead of knowing each other."""

    sig_changed = Signal(object)
    """A `casualtydb.changes.Changes`: what a committed write changed (kinds and ids), or
    everything when another database was opened. Emitted by the op helper only."""
    sig_open_record = Signal(str, object)
    """Ask the window to show a record: kind and id (e.g. "incident", UUID)."""
    sig_show_page = Signal(str, object)
    """Ask the window to show a page by key, with an optional argument for it."""
    sig_status = Signal(str)
    """A short message for the status bar."""


@dataclass
class AppContext:
    """Handed to every page factory: `Page(context)`."""

    database: Database
    settings: Settings
    bus: Bus
    undo_stack: QUndoStack
    lang: str = "en"
    # Named actions of the main window (see ui/actions.py), for pages that add to menus.
    actions: dict[str, Any] = field(default_factory=dict)

    @property
    def user(self) -> str:
        return self.settings.effective_user()

    def run_op(self, parent: QWidget | None, op: Callable[..., T],
               on_success: Callable[[T], None] | None = None,
               on_failure: Callable[[BaseException], None] | None = None, *,
               write: bool = False, progress: str | None = None, context: str | None = None) -> OpHandle:
        """`ops.run_op` on this database, recording writes under the user's name and
        broadcasting what they changed. No widget access in `op`: it runs in a worker thread
        with its own Session."""
        return run_op(parent, self.database, op, on_success, on_failure, write=write, progress=progress,
                      user=self.user, context=context, on_changes=self.broadcast)

    def broadcast(self, changes: Changes) -> None:
        """Tell every view what changed (the op helper calls it after each committed write)."""
        self.bus.sig_changed.emit(changes)

    def open_record(self, kind: str, record_id: uuid.UUID) -> None:
        self.bus.sig_open_record.emit(kind, record_id)
