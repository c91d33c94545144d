"""Locking the app: after an idle time (a setting, 10 minutes by default) or on File › Lock now,
an encrypted database's connections are closed and its key dropped; the window shows only a
passphrase field until the right passphrase is typed.

Nothing unsaved is lost: a report being entered is written as a draft first (inside the
encrypted database), work running in the background is let finish, and open dialogs are hidden
and come back after unlocking. A database that is not encrypted cannot be locked (its file is
readable anyway): the action says so instead of pretending."""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import CasualtyDBError
from .context import AppContext
from .format import fill, isolate
from .ops import running_ops
from .settings import Settings


class MainWindow(Protocol):
    """What the lock uses of ui.main_window.MainWindow (a QMainWindow, the controller's parent).
    A protocol, not an import: main_window imports this module."""

    context: AppContext
    settings: Settings
    pages: dict[str, QWidget]

    def show_lock_page(self, page: QWidget) -> None: ...

    def hide_lock_page(self) -> None: ...

log = logging.getLogger(__name__)

# What counts as the user being there.
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin, QEvent.Type.InputMethod}


class LockPage(QWidget):
    """What the window shows while locked: who it is, one passphrase field, Unlock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_page")
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        self.title = QLabel(self)
        self.title.setObjectName("lock_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.title.setFont(font)
        lay.addWidget(self.title)
        self.message = QLabel(self)
        self.message.setObjectName("lock_message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.field = QLineEdit(self)
        self.field.setObjectName("lock_passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        self.field.setMaximumWidth(420)
        lay.addWidget(self.field, 0, Qt.AlignmentFlag.AlignHCenter)
        self.error = QLabel(self)
        self.error.setObjectName("lock_error")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setStyleSheet("color: #a40000;")
        lay.addWidget(self.error)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        lay.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)
        self.field.returnPressed.connect(self.unlock_button.click)
        self.retranslate("")

    def retranslate(self, what: str) -> None:
        self.title.setText(self.tr("casualtydb is locked"))
        self.message.setText(fill(self.tr("%1 is closed and its key forgotten. Type its passphrase to go on; "
                                          "nothing you were doing was lost."), isolate(what)))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.field.setPlaceholderText(self.tr("Passphrase"))


class LockController(QObject):
    """Owns the idle timer and the lock page of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)  # type: ignore[arg-type]  (a QMainWindow)
        self.window = window
        self.page = LockPage()
        self.locked = False
        self._hidden: list[QWidget] = []
        self._pending = False
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.page.unlock_button.clicked.connect(self.try_unlock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.restart()

    @property
    def database(self):  # noqa: ANN201 (Database)
        return self.window.context.database

    def restart(self) -> None:
        """(Re)arm the idle timer from the setting; 0 minutes or a plain database: never."""
        minutes = int(self.window.settings.lock_minutes)
        if minutes > 0 and self.database.encrypted and not self.locked:
            self.idle.start(minutes * 60_000)
        else:
            self.idle.stop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.locked and event.type() in _ACTIVITY and self.idle.isActive():
            self.idle.start()  # same interval, from now
        return False

    def can_lock(self) -> bool:
        return self.database.encrypted

    def lock(self) -> bool:
        """Lock now, or as soon as the work running in the background is done."""
        if self.locked or not self.can_lock():
            return False
        if running_ops():
            if not self._pending:
                self._pending = True
                QTimer.singleShot(500, self._retry)
            return False
        self._pending = False
        for page in list(self.window.pages.values()):
            prepare = getattr(page, "prepare_lock", None)
            if prepare is not None:
                prepare()  # e.g. the entry page writes its draft and waits for the write
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w is not self.window and w.isVisible() and w.isWindow()]
        for widget in self._hidden:
            widget.hide()
        self.window.show_lock_page(self.page)
        self.page.retranslate(self.database.describe())
        self.page.error.setText("")
        self.database.lock()
        self.locked = True
        self.idle.stop()
        self.page.field.setFocus()
        log.info("locked")
        return True

    def _retry(self) -> None:
        self._pending = False
        self.lock()

    def try_unlock(self) -> bool:
        text = self.page.field.text()
        self.page.field.clear()
        if not text:
            self.page.error.setText(self.tr("Type the passphrase."))
            return False
        try:
            self.database.unlock(text)
        except CasualtyDBError:
            self.page.error.setText(self.tr("Wrong passphrase. Try again."))
            self.page.field.setFocus()
            return False
        self.locked = False
        self.window.hide_lock_page()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.restart()
        log.info("unlocked")
        return True
