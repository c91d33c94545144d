"""The Settings dialog: language, user name, default database, conflict tolerance and the
duplicate window (the options declared in ui/settings.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from .i18n import LANGUAGES
from .settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.user_name = QLineEdit(settings.user_name, self)
        self.user_name.setPlaceholderText(settings.effective_user())
        self.default_database = QLineEdit(settings.default_database, self)
        self.default_database.setPlaceholderText(self.tr("the casualtydb folder of your user account"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        db_row = QHBoxLayout()
        db_row.addWidget(self.default_database, 1)
        db_row.addWidget(browse)
        self.tolerance = QDoubleSpinBox(self)
        self.tolerance.setRange(0, 100)
        self.tolerance.setDecimals(0)
        self.tolerance.setSuffix(" %")
        self.tolerance.setValue(settings.conflict_tolerance * 100)
        self.window_days = QSpinBox(self)
        self.window_days.setRange(0, 60)
        self.window_days.setValue(settings.duplicate_window_days)
        self.window_days.setSuffix(self.tr(" days"))
        self.lock_minutes = QSpinBox(self)
        self.lock_minutes.setObjectName("lock_minutes")
        self.lock_minutes.setRange(0, 24 * 60)
        self.lock_minutes.setValue(settings.lock_minutes)
        self.lock_minutes.setSuffix(self.tr(" minutes"))
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setToolTip(self.tr("An encrypted database is closed and its key forgotten after this long "
                                             "without a key press or a mouse move; its passphrase opens it again."))
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Your name (recorded with every change)"), self.user_name)
        form.addRow(self.tr("&Database opened at start"), db_row)
        form.addRow(self.tr("&Conflict when figures differ by more than"), self.tolerance)
        form.addRow(self.tr("&Possible duplicates: incidents at most this far apart"), self.window_days)
        form.addRow(self.tr("Lock an encrypted database when &idle for"), self.lock_minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._initial_language = settings.language

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Database opened at start"), self.default_database.text())
        if path:
            self.default_database.setText(path)

    def chosen_language(self) -> str:
        return self.language.currentData() or ""

    def language_changed(self) -> bool:
        return self.chosen_language() != self._initial_language

    def accept(self) -> None:
        s = self.settings
        s.language = self.chosen_language()
        s.user_name = self.user_name.text().strip()
        s.default_database = self.default_database.text().strip()
        s.conflict_tolerance = round(self.tolerance.value() / 100, 4)
        s.duplicate_window_days = self.window_days.value()
        s.lock_minutes = self.lock_minutes.value()
        super().accept()
