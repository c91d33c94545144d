"""The first start's one screen, before any database exists: the language (the system's chosen
already, switched live), protecting the new database with a passphrase (SQLCipher, see
docs/security.md), and whether to start from the demo data (chosen already, so the first thing a
new user sees is a working example) or an empty database. The passphrase never leaves memory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .format import fill, isolate
from .i18n import LANGUAGES
from .passphrase_dialog import NewPassphraseCheck


@dataclass(frozen=True, repr=False)
class NewDatabase:
    """What the person chose for the new database: `passphrase` None leaves it unencrypted."""

    passphrase: str | None
    demo: bool = True
    language: str = ""

    def __repr__(self) -> str:  # never the passphrase, should one be logged
        return f"NewDatabase(encrypted={self.passphrase is not None}, demo={self.demo}, language={self.language!r})"


class FirstStartDialog(QDialog):
    """`switch_language(code)` installs a language app-wide; the dialog retranslates itself on
    the LanguageChange that follows and takes the layout direction from the app."""

    def __init__(self, parent: QWidget | None, path: Path, lang: str,
                 switch_language: Callable[[str], object]) -> None:
        super().__init__(parent)
        self.setObjectName("first_start")
        self.path = path
        self.switch_language = switch_language
        self._choice: NewDatabase | None = None
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("first_start_heading")
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)

        top = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("first_start_language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        top.addRow(self.language_label, self.language)
        lay.addLayout(top)

        self.protect_box = QGroupBox(self)
        self.protect_box.setObjectName("first_start_protect")
        self.protect_box.setCheckable(True)
        self.protect_box.setChecked(True)
        pl = QVBoxLayout(self.protect_box)
        form = QFormLayout()
        self.field = QLineEdit(self.protect_box)
        self.field.setObjectName("first_start_passphrase")
        self.again = QLineEdit(self.protect_box)
        self.again.setObjectName("first_start_again")
        for edit in (self.field, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        self.field_label, self.again_label = QLabel(self), QLabel(self)
        self.field_label.setBuddy(self.field)
        self.again_label.setBuddy(self.again)
        form.addRow(self.field_label, self.field)
        form.addRow(self.again_label, self.again)
        pl.addLayout(form)
        self.show_typed = QCheckBox(self.protect_box)
        self.show_typed.toggled.connect(self._show_typed)
        pl.addWidget(self.show_typed)
        self.protect_note = QLabel(self)
        self.protect_note.setObjectName("first_start_protect_note")
        self.protect_note.setWordWrap(True)
        lay.addWidget(self.protect_box)
        lay.addWidget(self.protect_note)

        self.start_box = QGroupBox(self)
        sl = QVBoxLayout(self.start_box)
        self.demo = QRadioButton(self.start_box)
        self.demo.setObjectName("first_start_demo")
        self.empty = QRadioButton(self.start_box)
        self.empty.setObjectName("first_start_empty")
        self.demo.setChecked(True)
        sl.addWidget(self.demo)
        sl.addWidget(self.empty)
        lay.addWidget(self.start_box)

        self.error = QLabel(self)
        self.error.setObjectName("first_start_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000;")
        self.error.hide()
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("first_start_ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.protect_box.toggled.connect(self._protect_toggled)
        self.retranslate()
        self.field.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to casualtydb"))
        self.heading.setText(fill(self.tr("Welcome to casualtydb. Its data will be kept in %1. Choose how to "
                                          "start; the language can be changed later in File › Settings."),
                                  f"<b>{isolate(str(self.path))}</b>"))
        self.language_label.setText(self.tr("&Language:"))
        self.protect_box.setTitle(self.tr("&Protect this database with a passphrase"))
        self.field_label.setText(self.tr("Pass&phrase:"))
        self.again_label.setText(self.tr("&Again:"))
        self.show_typed.setText(self.tr("&Show what I type"))
        self.start_box.setTitle(self.tr("Start with"))
        self.demo.setText(self.tr("The &demo data: four fictional incidents with reports that disagree, "
                                  "to try the app"))
        self.empty.setText(self.tr("An &empty database, for real work"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self._protect_toggled(self.protect_box.isChecked())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self, _index: int) -> None:
        self.switch_language(self.language.currentData())
        self.retranslate()  # now, not at the posted LanguageChange: the person sees it switch at once

    def _protect_toggled(self, on: bool) -> None:
        self.protect_note.setText(
            self.tr("Without the passphrase nobody can read the file, not even with other tools, and nobody "
                    "can recover it if it is lost: keep it somewhere safe, not on this computer.") if on else
            self.tr("Unprotected: anyone who gets this computer or a copy of the file can read everything in "
                    "it. Only for trying the app: do not enter real cases."))
        self.protect_note.setStyleSheet("" if on else "color: #a40000;")
        self.error.hide()

    def _show_typed(self, on: bool) -> None:
        for edit in (self.field, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)

    def accept(self) -> None:
        secret: str | None = None
        if self.protect_box.isChecked():
            problem = NewPassphraseCheck(self).problem(self.field.text(), self.again.text())
            if problem:
                self.error.setText(problem)
                self.error.show()
                self.field.setFocus()
                return
            secret = self.field.text()
        self._choice = NewDatabase(secret, demo=self.demo.isChecked(), language=self.language.currentData())
        super().accept()

    def done(self, result: int) -> None:
        # The typed text stays only in the choice handed to the caller.
        self.field.clear()
        self.again.clear()
        super().done(result)

    def choice(self) -> NewDatabase | None:
        return self._choice


def ask_first_start(path: Path, lang: str, switch_language: Callable[[str], object]) -> NewDatabase | None:
    """The person's choices for the new database at `path`, or None if they closed the screen."""
    dialog = FirstStartDialog(None, path, lang, switch_language)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
