"""The Settings dialog. Personal preferences (language, user name, default database, idle lock:
ui/settings.py) and, apart, the settings of the open database that decide shared results
(conflict tolerance, duplicate window: crossref/settings.py), with who last set each. The
dialog only collects them; the caller saves the database's as an audited op."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..crossref.settings import SharedSettings
from . import format as fmt
from .i18n import LANGUAGES
from .settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 shared: SharedSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.shared = shared
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
        self.tolerance.setObjectName("tolerance")
        self.window_days = QSpinBox(self)
        self.window_days.setObjectName("window_days")
        self.window_days.setRange(0, 60)
        self.window_days.setSuffix(self.tr(" days"))
        if shared is not None:
            self.tolerance.setValue(round(shared.tolerance * 100))
            self.window_days.setValue(shared.window_days)
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
        form.addRow(self.tr("Lock an encrypted database when &idle for"), self.lock_minutes)
        if shared is not None:
            heading = QLabel(self.tr("<b>This database</b>: the same for everyone who uses it; a change is "
                                     "recorded in its history and rescans the conflicts."), self)
            heading.setWordWrap(True)
            form.addRow(heading)
            form.addRow(self.tr("&Conflict when figures differ by more than"),
                        self._with_origin(self.tolerance, shared.tolerance_set))
            form.addRow(self.tr("&Possible duplicates: incidents at most this far apart"),
                        self._with_origin(self.window_days, shared.window_set))
            form.addRow(self.tr("Rule for the derived figures"), QLabel(fmt.isolate(shared.rule), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._initial_language = settings.language

    def _with_origin(self, field: QWidget, origin: tuple[str, Any] | None) -> QWidget:
        """The field with who set it last beside it."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field)
        text = (fmt.fill(self.tr("set by %1, %2"), fmt.isolate(origin[0]), fmt.timestamp(origin[1]))
                if origin is not None else self.tr("the default: never changed"))
        label = QLabel(text, box)
        label.setObjectName(f"origin_{field.objectName()}")
        label.setStyleSheet("color: palette(placeholder-text);")
        row.addWidget(label, 1)
        return box

    def shared_changes(self) -> dict[str, float | int]:
        """The database settings the person changed: {"tolerance_percent": …, "window_days": …}."""
        if self.shared is None:
            return {}
        out: dict[str, float | int] = {}
        if round(self.tolerance.value()) != round(self.shared.tolerance * 100):
            out["tolerance_percent"] = float(round(self.tolerance.value()))
        if self.window_days.value() != self.shared.window_days:
            out["window_days"] = self.window_days.value()
        return out

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
        s.lock_minutes = self.lock_minutes.value()
        super().accept()
