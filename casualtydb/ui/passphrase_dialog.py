"""Asking for a passphrase: to open an encrypted database (or unlock it, or read another one to
merge), and to choose a new one. The text never leaves memory: not in settings, not in logs.

A wrong passphrase is said inside the dialog, which stays open for another try; the check is
SQLCipher's own (sqlite_specific.check_key), about a quarter of a second by design."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import CasualtyDBError
from ..passphrase import MIN_LENGTH
from .format import fill, isolate

Check = Callable[[str], None]
"""Raises CasualtyDBError (e.g. WrongPassphrase) when the passphrase does not do."""


class NewPassphraseCheck(QObject):
    """What is wrong with a new passphrase typed twice (the passphrase and first-start dialogs).
    A QObject for self.tr: lupdate reads plurals (%n) only from tr calls."""

    def problem(self, text: str, again: str) -> str:
        """The message to show, or "" if the passphrase will do."""
        if not text:
            return self.tr("Type the passphrase.")
        if len(text) < MIN_LENGTH:
            return self.tr("A passphrase needs at least %n characters; a few words are easier to "
                           "remember than a short password.", "", MIN_LENGTH)
        if again != text:
            return self.tr("The two passphrases differ.")
        return ""


class PassphraseDialog(QDialog):
    """One field (an existing passphrase) or two (a new one, typed twice).

    With `allow_plain` a new database may be left unencrypted: a third button says plainly what
    that means (`self.plain` is then True and `passphrase()` is None)."""

    def __init__(self, parent: QWidget | None, what: str, *, new: bool = False, check: Check | None = None,
                 allow_plain: bool = False, message: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.new = new
        self.check = check
        self.plain = False
        self._value: str | None = None
        self.setWindowTitle(self.tr("Choose a passphrase") if new else self.tr("Passphrase"))
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("passphrase_heading")
        self.heading.setWordWrap(True)
        if message:
            self.heading.setText(message)
        elif new:
            self.heading.setText(fill(self.tr("%1 will be encrypted: without this passphrase nobody can read it, not "
                                              "even with other tools. Nobody can recover it if it is lost: keep it "
                                              "somewhere safe, not on this computer."), f"<b>{isolate(what)}</b>"))
        else:
            self.heading.setText(fill(self.tr("%1 is encrypted. Type its passphrase."), f"<b>{isolate(what)}</b>"))
        lay.addWidget(self.heading)
        form = QFormLayout()
        self.field = QLineEdit(self)
        self.field.setObjectName("passphrase_field")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        form.addRow(self.tr("&Passphrase:"), self.field)
        self.again: QLineEdit | None = None
        if new:
            self.again = QLineEdit(self)
            self.again.setObjectName("passphrase_again")
            self.again.setEchoMode(QLineEdit.EchoMode.Password)
            self.again.setInputMethodHints(self.field.inputMethodHints())
            form.addRow(self.tr("&Again:"), self.again)
        lay.addLayout(form)
        self.show_box = QCheckBox(self.tr("&Show what I type"), self)
        self.show_box.toggled.connect(self._show_typed)
        lay.addWidget(self.show_box)
        self.error = QLabel(self)
        self.error.setObjectName("passphrase_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000;")
        self.error.hide()
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Encrypt") if new else self.tr("&Open"))
        ok.setObjectName("passphrase_ok")
        self.plain_button: QPushButton | None = None
        if allow_plain:
            self.plain_button = QPushButton(self.tr("Leave it &unencrypted"), self)
            self.plain_button.setObjectName("passphrase_plain")
            self.plain_button.setToolTip(self.tr("Anyone who gets this computer or a copy of the file can read "
                                                 "everything in it. Only for trying the app with the demo data."))
            self.buttons.addButton(self.plain_button, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.plain_button.clicked.connect(self._choose_plain)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.field.setFocus()

    def _show_typed(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.field.setEchoMode(mode)
        if self.again is not None:
            self.again.setEchoMode(mode)

    def _choose_plain(self) -> None:
        self.plain = True
        self._value = None
        super().accept()

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        text = self.field.text()
        if not text:
            self.say(self.tr("Type the passphrase."))
            return
        if self.new:
            problem = NewPassphraseCheck(self).problem(text, self.again.text() if self.again is not None else text)
            if problem:
                self.say(problem)
                if self.again is not None and len(text) >= MIN_LENGTH:
                    self.again.selectAll()
                    self.again.setFocus()
                return
        if self.check is not None:
            try:
                self.check(text)
            except CasualtyDBError:
                self.say(self.tr("Wrong passphrase. Try again."))
                self.field.selectAll()
                self.field.setFocus()
                return
        self._value = text
        super().accept()

    def done(self, result: int) -> None:
        # Clear the fields whatever the outcome: the text stays only in `_value` for the caller.
        self.field.clear()
        if self.again is not None:
            self.again.clear()
        super().done(result)

    def passphrase(self) -> str | None:
        return self._value


def ask_passphrase(parent: QWidget | None, what: str, check: Check | None = None, message: str = "") -> str | None:
    """The passphrase of an existing encrypted file (checked with `check`), or None if cancelled."""
    dialog = PassphraseDialog(parent, what, check=check, message=message)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_passphrase(parent: QWidget | None, what: str, *, allow_plain: bool = False,
                       message: str = "") -> tuple[bool, str | None]:
    """(chosen, passphrase): (True, None) means "leave it unencrypted", (False, None) cancelled."""
    dialog = PassphraseDialog(parent, what, new=True, allow_plain=allow_plain, message=message)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, None
    return True, dialog.passphrase()
