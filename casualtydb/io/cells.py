"""Safe cell values: what goes into a workbook cell is data, never a formula or broken XML.

- Text beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written as a
  text cell with Excel's "quote prefix" style: the value is unchanged (a reader gets exactly
  the text back) but neither Excel nor LibreOffice evaluates it, not even after the user
  edits the cell. openpyxl would otherwise store a ``str`` starting with ``=`` as a formula
  and ``"#N/A"`` as an error value; both are forced to text.
- Characters XML 1.0 forbids (C0 controls except tab and newline, lone surrogates, U+FFFE/F)
  and C1 controls are removed: openpyxl raises on them and they carry no text. Carriage
  returns become newlines.
- Text over Excel's limit of 32,767 characters (counted in UTF-16 units, as Excel does) is
  cut and ends with a visible marker saying how long it was.
- Dates are real dates with a date number format; timezone-aware timestamps are written in
  UTC (Excel has no timezones).
"""

from __future__ import annotations

import re
from collections.abc import Callable
import datetime as dt
from datetime import timezone
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font

EXCEL_MAX_CHARS = 32_767
DATE_FORMAT = "yyyy-mm-dd"  # what openpyxl gives a date; a datetime gets "yyyy-mm-dd h:mm:ss"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# XML 1.0 forbids these; C1 controls (U+007F–U+009F) are legal XML but never text.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
# openpyxl reads these strings as error values.
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))

TRUNCATION_MARKER = {
    "en": " […cut: {n:,} characters in the database]",
    "ar": " […مقتطع: {n:,} حرفاً في قاعدة البيانات]",
}


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def clean_text(text: str, lang: str = "en") -> str:
    """Text without forbidden characters, cut to Excel's limit with a marker when longer."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _BAD_CHARS.search(text):
        text = _BAD_CHARS.sub("", text)
    if len(text) > EXCEL_MAX_CHARS // 2 and utf16_len(text) > EXCEL_MAX_CHARS:
        marker = TRUNCATION_MARKER.get(lang, TRUNCATION_MARKER["en"]).format(n=len(text))
        room = EXCEL_MAX_CHARS - utf16_len(marker)
        cut = text[:room]
        while utf16_len(cut) > room:  # astral characters count twice
            cut = cut[:-1]
        text = cut + marker
    return text


def needs_guard(text: str) -> bool:
    """Would a spreadsheet take this text for a formula (or an error value)?"""
    return text.startswith(FORMULA_TRIGGERS) or text in _ERROR_CODES


def excel_datetime(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


class CellWriter:
    """Turns Python values into what a write-only worksheet appends, fast.

    Plain values go through as they are (openpyxl's quickest path); only guarded text, dates
    and styled cells become `WriteOnlyCell`s. One instance per worksheet."""

    def __init__(self, ws: Any, lang: str = "en") -> None:
        self.ws = ws
        self.lang = lang
        # Each text keeps the direction of its own first letter (reading order "context"), so
        # English punctuation stays where it belongs; in Arabic workbooks everything is aligned
        # to the right edge, so a file name or an English paragraph starts where the Arabic does
        # instead of at the far left of a merged cell.
        align = "right" if lang == "ar" else None
        self.wrap = Alignment(wrap_text=True, vertical="top", horizontal=align, readingOrder=0)
        self.plain = Alignment(vertical="top", horizontal=align, readingOrder=0)
        self.bold = Font(bold=True)

    def text(self, value: Any) -> Any:
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            value = str(value)
        value = clean_text(value, self.lang)
        if needs_guard(value):
            return self.guarded(value)
        return value

    def guarded(self, value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value=value)
        cell.data_type = "s"  # openpyxl set "f" (formula) or "e" (error) from the text
        cell.quotePrefix = True
        return cell

    def date(self, value: dt.date | dt.datetime | None) -> Any:
        """A plain date: openpyxl gives it the yyyy-mm-dd format itself, on its fastest path.

        (Wrapping it in a styled WriteOnlyCell costs openpyxl an exception and a second cell
        per value: the export was 1.6 times raw openpyxl with it.)"""
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return self.datetime(value)
        return value

    def datetime(self, value: dt.datetime | None) -> Any:
        """A naive UTC datetime (openpyxl's format yyyy-mm-dd h:mm:ss)."""
        if value is None:
            return None
        return excel_datetime(value)

    def number(self, value: Any) -> Any:
        return value

    def boolean(self, value: Any) -> Any:
        return None if value is None else bool(value)

    def styled(self, value: Any, *, bold: bool = False, wrap: bool = False) -> WriteOnlyCell:
        if isinstance(value, str):
            value = clean_text(value, self.lang)
        cell = WriteOnlyCell(self.ws, value=value)
        if isinstance(value, str) and needs_guard(value):
            cell.data_type = "s"
            cell.quotePrefix = True
        if bold:
            cell.font = self.bold
        cell.alignment = self.wrap if wrap else self.plain
        return cell

    def converter(self, kind: str) -> Callable[[Any], Any]:
        return {
            "text": self.text,
            "date": self.date,
            "datetime": self.datetime,
            "int": self.number,
            "float": self.number,
            "bool": self.boolean,
        }[kind]
