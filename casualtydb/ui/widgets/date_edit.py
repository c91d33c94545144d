"""A date field a person can type into: "2017-10-30", "30/10/2017" or «٣٠/١٠/٢٠١٧», in either
layout, empty when no date is known, with a calendar that opens at the report's date or today.

It is a line edit, not a QDateEdit: QDateEdit has no empty state (an empty field needed a 1900
sentinel, and typing into it gave " 0171030"), and its sections fight a person who types a whole
date. Half-typed text is kept as it is and handed to the editor as text, so the save names the
field instead of silently storing no date."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QStyle, QWidget, QWidgetAction

from ...text.arabic import to_ascii_digits

# year-month-day, or day/month/year (the order Syrian and most Arabic writing uses).
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ALLOWED = re.compile(r"^[\d\s\-/.\u060c]*$")  # digits of any script, separators


def parse_date(text: str) -> date | None:
    """The date a person typed, or None if the text is not (yet) one."""
    t = to_ascii_digits(text).strip().replace(" ", "")
    for pattern, order in ((_YMD, (0, 1, 2)), (_DMY, (2, 1, 0))):
        m = pattern.match(t)
        if m:
            parts = [int(g) for g in m.groups()]
            try:
                return date(parts[order[0]], parts[order[1]], parts[order[2]])
            except ValueError:
                return None
    return None


class _DateValidator(QValidator):
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not _ALLOWED.match(text):
            return QValidator.State.Invalid, text, pos
        if not text.strip() or parse_date(text) is not None:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos


class DateEdit(QLineEdit):
    """`value()` is a datetime.date, or None when empty (or, for a non-optional field, today).
    `text_if_invalid()` gives the typed text when it is not a date, for the editor to report."""

    sig_value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.optional = optional
        self._value: date | None = None
        self._calendar_default: date | None = None
        self.setValidator(_DateValidator(self))
        self.setPlaceholderText(self.tr("YYYY-MM-DD or DD/MM/YYYY"))
        self.setClearButtonEnabled(optional)
        self.setMaxLength(24)
        action = self.addAction(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(self.tr("Choose on a calendar (Alt+Down)"))
        action.triggered.connect(self.open_calendar)
        self.textChanged.connect(self._on_text_changed)
        if not optional:
            self.set_value(date.today())

    def sizeHint(self) -> QSize:  # noqa: N802
        """Wide enough for the hint of what to type and the two buttons (it was cut off)."""
        hint = super().sizeHint()
        fm = self.fontMetrics()
        wanted = fm.horizontalAdvance(self.placeholderText()) + 2 * (fm.height() + 12) + 16
        return QSize(max(hint.width(), wanted), hint.height())

    # -- value ------------------------------------------------------------------------------

    def value(self) -> date | None:
        return self._value

    def text_if_invalid(self) -> str | None:
        text = self.text().strip()
        return text if text and self._value is None else None

    def set_value(self, value: date | None) -> None:
        if value is None and not self.optional:
            value = date.today()
        # Digits in the interface language's script (QLocale), in an order both layouts read.
        self.setText(QLocale().toString(QDate(value.year, value.month, value.day), "yyyy-MM-dd") if value else "")

    def clear_value(self) -> None:
        self.set_value(None)

    def set_calendar_default(self, value: date | None) -> None:
        """Where the calendar opens while the field is empty (e.g. the report's publication date)."""
        self._calendar_default = value

    def _on_text_changed(self, text: str) -> None:
        value = parse_date(text)
        self.setProperty("invalid", bool(text.strip()) and value is None)
        self.setToolTip(self.tr("Not a date yet: write YYYY-MM-DD or DD/MM/YYYY")
                        if self.property("invalid") else "")
        if value != self._value:
            self._value = value
            self.sig_value_changed.emit(value)

    # -- calendar ---------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - Qt's signature
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> QMenu:
        start = self._value or self._calendar_default or date.today()
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setLayoutDirection(self.layoutDirection())
        calendar.setLocale(QLocale())
        calendar.setGridVisible(True)
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def chosen(d: QDate) -> None:
            self.set_value(date(d.year(), d.month(), d.day()))
            menu.close()
        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        self.calendar = calendar  # for tests and accessibility tools
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setFocus()
        return menu
