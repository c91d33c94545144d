"""The bar that offers back a report whose entry was interrupted (a crash, a power cut, the app
closed before saving), and the background writer that keeps drafts in the database as they are typed."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from sqlalchemy.exc import SQLAlchemyError

from ...errors import CasualtyDBError
from ...services.drafts import DraftInfo, DraftStore
from ..format import fill

log = logging.getLogger(__name__)


class DraftBanner(QFrame):
    """"An unsaved report from <time> was found: «…»  [Restore] [Discard]"."""

    sig_restore = Signal(str)
    """The draft id to restore."""
    sig_discard = Signal(str)
    """The draft id to throw away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#draft_banner { background: #e8f0fe; border: 1px solid #8ab4f8; border-radius: 4px; }")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        self.message = QLabel(self)
        self.message.setObjectName("draft_message")
        self.message.setWordWrap(True)
        lay.addWidget(self.message, 1)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore_draft")
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("discard_draft")
        lay.addWidget(self.restore_button)
        lay.addWidget(self.discard_button)
        self.restore_button.clicked.connect(lambda: self.drafts and self.sig_restore.emit(self.drafts[0].draft_id))
        self.discard_button.clicked.connect(lambda: self.drafts and self.sig_discard.emit(self.drafts[0].draft_id))
        self.drafts: list[DraftInfo] = []
        self.hide()

    def offer(self, drafts: list[DraftInfo], when: Any) -> None:
        """Offer the newest of `drafts` (`when(draft)` formats its time); hide when empty."""
        self.drafts = list(drafts)
        if not self.drafts:
            self.hide()
            return
        first = self.drafts[0]
        label = first.label or self.tr("(no title)")
        text = fill(self.tr("A report you were entering was not saved (last change %1): «%2»."), when(first), label)
        if len(self.drafts) > 1:
            text += " " + self.tr("%n more unsaved report(s) after this one.", "", len(self.drafts) - 1)
        self.message.setText(text)
        self.restore_button.setText(self.tr("&Restore it"))
        self.discard_button.setText(self.tr("&Discard it"))
        self.show()


class DraftWriter:
    """Writes drafts in one background thread, in order, so typing never waits for the disk
    (each write is fsync'ed). `flush()` waits for the pending writes."""

    def __init__(self, store: DraftStore) -> None:
        self.store = store
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drafts")
        self._last: Future[Any] | None = None
        self._lock = threading.Lock()
        self.failed: BaseException | None = None

    def save(self, draft_id: str, data: dict[str, Any], *, label: str) -> None:
        with self._lock:
            self._last = self._pool.submit(self._write, draft_id, data, label)

    def delete(self, draft_id: str) -> None:
        with self._lock:
            self._last = self._pool.submit(self.store.delete, draft_id)

    def _write(self, draft_id: str, data: dict[str, Any], label: str) -> None:
        try:
            self.store.save(draft_id, data, label=label)
            self.failed = None
        except (OSError, SQLAlchemyError, CasualtyDBError) as exc:  # a full disk, a busy or locked database: say so, keep typing
            # Never the statement's parameters: they hold what the worker typed.
            reason = getattr(exc, "orig", None) or exc
            log.warning("could not save the draft %s: %s", draft_id, str(reason).splitlines()[0] if str(reason) else type(reason).__name__)
            self.failed = exc

    def flush(self, timeout: float = 5.0) -> None:
        with self._lock:
            last = self._last
        if last is not None:
            last.result(timeout=timeout)

    def close(self) -> None:
        self._pool.shutdown(wait=True)
