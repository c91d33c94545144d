"""A date field that can be empty (a QDateEdit with a "no date" state and a calendar popup)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QWidget

_NONE = QDate(1900, 1, 1)


class DateEdit(QDateEdit):
    """`value()` is a datetime.date or None (shown as an empty field when `optional`)."""

    sig_value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMaximumDate(QDate(2100, 12, 31))
        if optional:
            self.setMinimumDate(_NONE)
            self.setSpecialValueText(" ")  # the minimum shows as empty
            self.setDate(_NONE)
        else:
            self.setMinimumDate(_NONE.addDays(1))
            self.setDate(QDate.currentDate())
        self.dateChanged.connect(lambda *_: self.sig_value_changed.emit(self.value()))

    def value(self) -> date | None:
        d = self.date()
        if self.optional and d == _NONE:
            return None
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_NONE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def clear_value(self) -> None:
        self.set_value(None)
