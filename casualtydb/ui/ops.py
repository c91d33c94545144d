"""Every write, and every read that can be slow, off the UI thread: `run_op` runs a function in a
worker thread with its own database Session, shows progress with a cancel button, and calls
back on the UI thread.

Modelled on Anki's CollectionOp/QueryOp: the op is plain Python that receives an `OpContext`
(its Session, a progress reporter, a cancel flag) and returns a typed result; callbacks get the
result or the exception in the main thread. A write runs through `casualtydb.writes.write` (one
transaction, retried while SQLite is busy) and what it changed (`Changes`, collected from the
ORM) is handed to `on_changes` (the context's bus) before `on_success`: nobody announces a
change by hand."""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import Shiboken

from ..changes import Changes
from ..db import Database
from ..errors import CasualtyDBError
from ..writes import write as run_write
from .errors import show_error

log = logging.getLogger(__name__)


class Cancelled(CasualtyDBError):
    """The user cancelled the operation; nothing it would have written was kept."""


T = TypeVar("T")


@dataclass
class OpContext:
    """What an op receives: its own Session (never share it with another thread) and ways to
    report progress and notice cancellation. An op must not touch any widget. A write op adds
    to `changes` only what it writes with Core statements (the ORM's writes are counted)."""

    session: Any
    _handle: OpHandle = field(repr=False)
    changes: Changes = field(default_factory=Changes)

    def progress(self, done: int, total: int | None = None, text: str | None = None) -> None:
        """Report progress (thread-safe; throttled to ~20 updates a second)."""
        self._handle._report(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._handle.cancel_requested.is_set()

    def check_cancelled(self) -> None:
        """Raise Cancelled if the user pressed Cancel (call it between steps of a long loop);
        a write op's transaction is then rolled back."""
        if self.cancelled:
            raise Cancelled("cancelled")


class _Signals(QObject):
    sig_progress = Signal(int, int, str)
    """done, total (0 = unknown), text; emitted from the worker, delivered in the UI thread."""
    sig_done = Signal(object, object, object)
    """result, exception (one of them is None), Changes of a committed write (or None)."""


class OpHandle(QObject):
    """A running op: `cancel()` asks it to stop; `finished` tells when callbacks have run."""

    sig_finished = Signal()

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.cancel_requested = threading.Event()
        self.done = False
        self.cancellable = False  # shows a progress dialog with Cancel (see run_op)
        self.signals = _Signals()
        self._last_report = 0.0

    def cancel(self) -> None:
        self.cancel_requested.set()

    def _report(self, done: int, total: int | None, text: str | None) -> None:
        now = time.monotonic()
        if total is not None and done < total and now - self._last_report < 0.05:
            return
        self._last_report = now
        self.signals.sig_progress.emit(int(done), int(total or 0), text or "")


class _Worker(QRunnable, Generic[T]):
    def __init__(self, database: Database, op: Callable[[OpContext], T], handle: OpHandle, *,
                 write: bool, user: str | None, context: str | None) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.database = database
        self.op = op
        self.handle = handle
        self.write = write
        self.user = user
        self.context = context

    def _write(self, session: Any, changes: Changes) -> T:
        result = self.op(OpContext(session=session, _handle=self.handle, changes=changes))
        if self.handle.cancel_requested.is_set():
            raise Cancelled("cancelled")
        return result

    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        changes: Changes | None = None
        try:
            if self.write:
                written = run_write(self.database, self._write, user=self.user, context=self.context,
                                    stop=self.handle.cancel_requested.is_set)
                result, changes = written.result, written.changes
            else:
                with self.database.session(user=self.user) as session:
                    result = self.op(OpContext(session=session, _handle=self.handle))
        except BaseException as exc:  # delivered to on_failure in the UI thread, never swallowed
            if not isinstance(exc, CasualtyDBError):
                log.error("background operation %r failed:\n%s", self.handle.label, traceback.format_exc())
            error = exc
        self.handle.signals.sig_done.emit(result, error, changes)


# Running handles are kept here so Python does not collect them before their callbacks ran.
_RUNNING: set[OpHandle] = set()


def run_op(parent: QWidget | None, database: Database, op: Callable[[OpContext], T],
           on_success: Callable[[T], None] | None = None,
           on_failure: Callable[[BaseException], None] | None = None, *,
           write: bool = False, progress: str | None = None, user: str | None = None,
           context: str | None = None, pool: QThreadPool | None = None,
           on_changes: Callable[[Changes], None] | None = None) -> OpHandle:
    """Run `op(ctx)` in a worker thread; no widget access in `op`.

    - `op` gets an OpContext: `ctx.session` is a new Session of `database` for this op only;
      `ctx.progress(done, total, text)` and `ctx.check_cancelled()` drive the progress UI.
    - `write=True`: the op runs through `writes.write` (one transaction per action: committed
      when it returns, rolled back when it raises or is cancelled, run again while SQLite is
      busy, so an op must not keep state between runs); `on_changes(changes)` then gets what
      it changed, in the UI thread, even when `parent` is gone (the data did change).
    - `progress`: None shows nothing; otherwise a modal progress dialog with this label and a
      Cancel button appears when the op takes longer than half a second.
    - `on_success(result)` / `on_failure(exc)` run in the UI thread. Without `on_failure` the
      error is shown with `errors.show_error(parent, exc)`; a Cancelled op calls neither
      callback when it has no on_failure.
    - `parent`: the widget the dialog and errors belong to. If it is destroyed before the op
      ends, the callbacks are not called.
    """
    handle = OpHandle(progress or "")
    handle.cancellable = progress is not None
    dialog: QProgressDialog | None = None
    if progress is not None:
        dialog = QProgressDialog(progress, QProgressDialog.tr("Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(handle.cancel)
        handle.dialog = dialog  # type: ignore[attr-defined]

        def on_progress(done: int, total: int, text: str) -> None:
            if dialog is None:
                return
            dialog.setMaximum(total)
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)
        handle.signals.sig_progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        # QProgressDialog only starts its show-timer on setValue: start it now.
        QTimer.singleShot(0, lambda: dialog.setValue(0) if dialog is not None else None)

    def on_done(result: Any, error: BaseException | None, changes: Changes | None) -> None:
        nonlocal dialog
        handle.done = True
        _RUNNING.discard(handle)
        if dialog is not None:
            dialog.canceled.disconnect(handle.cancel)
            dialog.close()
            dialog.deleteLater()
            dialog = None
        try:
            if changes and on_changes is not None:
                on_changes(changes)
            if parent is not None and not Shiboken.isValid(parent):
                return  # the widget that asked is gone
            if error is None:
                if on_success is not None:
                    on_success(result)
            elif on_failure is not None:
                on_failure(error)
            elif not isinstance(error, Cancelled):
                show_error(parent, error)
        finally:
            handle.sig_finished.emit()

    handle.signals.sig_done.connect(on_done, Qt.ConnectionType.QueuedConnection)
    _RUNNING.add(handle)
    (pool or QThreadPool.globalInstance()).start(
        _Worker(database, op, handle, write=write, user=user, context=context))
    return handle


def running_ops() -> int:
    """How many ops have not called back yet."""
    return len(_RUNNING)


def finish_ops(timeout: float = 60.0) -> bool:
    """Before the window closes: stop the long ops that show a progress dialog (the person could
    cancel those; their writes roll back whole), let the others finish (a save the person made
    is kept), and deliver their callbacks while the widgets still exist, so no worker emits into
    an object Qt has deleted."""
    for handle in list(_RUNNING):
        if handle.cancellable:
            handle.cancel()
    QThreadPool.globalInstance().waitForDone(int(timeout * 1000))
    return wait_for_ops(timeout)


def wait_for_ops(timeout: float = 10.0) -> bool:
    """Process events until every running op has called back (tests, shutdown)."""
    deadline = time.monotonic() + timeout
    while _RUNNING and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.002)
    return not _RUNNING
