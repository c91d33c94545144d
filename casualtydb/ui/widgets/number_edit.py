"""A whole-number field that accepts Western (0-9), Eastern Arabic (٠-٩) and Persian (۰-۹)
digits, with Arabic or Latin thousands separators; empty means "no figure"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from ..format import digits

SEPARATORS = ",٬ \u00a0\u202f'"


def parse_number(text: str) -> int | None:
    """The number `text` writes, or None when empty; raises ValueError when it is not one.
    Python's int() reads every Unicode decimal digit, Eastern Arabic included."""
    cleaned = "".join(ch for ch in text.strip() if ch not in SEPARATORS)
    if not cleaned:
        return None
    if cleaned.startswith(("+", "-")) and not cleaned[1:].isdecimal() or \
            not cleaned.lstrip("+-").isdecimal():
        raise ValueError(text)
    return int(cleaned)


class _DigitsValidator(QValidator):
    def __init__(self, allow_negative: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.allow_negative = allow_negative

    def validate(self, text: str, pos: int) -> object:
        body = text.strip()
        if self.allow_negative and body.startswith("-"):
            body = body[1:]
        ok = all(ch.isdecimal() or ch in SEPARATORS for ch in body)
        return (QValidator.State.Acceptable if ok else QValidator.State.Invalid, text, pos)


class NumberEdit(QLineEdit):
    """`value()` is an int or None. Digits are shown as typed, and a value set from the
    database in the interface's digits; numbers are laid out left-to-right even in an Arabic form."""

    sig_value_changed = Signal(object)
    """The new value (int or None)."""

    def __init__(self, parent: QWidget | None = None, *, allow_negative: bool = False) -> None:
        super().__init__(parent)
        self.setValidator(_DigitsValidator(allow_negative, self))
        self.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.textChanged.connect(self._on_text_changed)

    def value(self) -> int | None:
        try:
            return parse_number(self.text())
        except ValueError:
            return None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else digits(value))

    def _on_text_changed(self, _text: str) -> None:
        self.sig_value_changed.emit(self.value())
