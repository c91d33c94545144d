"""What every page receives: the open database, settings, the op runner, the undo stack and
a signal bus. Passed to constructors (no global main-window singleton)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ..db import Database
from .ops import OpHandle, run_op
from .settings import Settings


class Bus(QObject):
    """Application-wide signals. Pages emit and listen here instead of knowing each other."""

    sig_data_changed = Signal(str, object)
    """kind ("incident", "report", "source", "place", "actor", "claim", "assessment", "figure",
    or "*" for everything) and the ids that changed (a list of UUIDs, or None for "any")."""
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

    def run_op(self, parent: QWidget | None, op: Callable[..., Any],
               on_success: Callable[[Any], None] | None = None,
               on_failure: Callable[[BaseException], None] | None = None, *,
               write: bool = False, progress: str | None = None, context: str | None = None) -> OpHandle:
        """`ops.run_op` on this database, recording writes under the user's name.
        No widget access in `op`: it runs in a worker thread with its own Session."""
        return run_op(parent, self.database, op, on_success, on_failure, write=write, progress=progress,
                      user=self.user, context=context)

    def changed(self, kind: str, ids: Iterable[uuid.UUID] | None = None) -> None:
        """Announce that records changed, so views refresh what they show of them."""
        self.bus.sig_data_changed.emit(kind, list(ids) if ids is not None else None)

    def open_record(self, kind: str, record_id: uuid.UUID) -> None:
        self.bus.sig_open_record.emit(kind, record_id)
