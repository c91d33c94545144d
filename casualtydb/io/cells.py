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
import uuid
from datetime import date, datetime, time, timezone
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font

from ..models.base import MAX_INTEGER
from ..text.arabic import parse_int, to_ascii_digits
from ..text.urls import MAX_LENGTH as MAX_URL_LENGTH
from ..text.urls import BadUrl, clean_url
from . import vocab
from .vocab import _fold

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


# ---------------------------------------------------------------------------------------------
# Reading cells: the parsers every importer shares (claims, datasets, victim lists). Each returns
# the value, None for an empty cell, or raises Bad with a message code (spreadsheet_import.MESSAGES)
# and its parameters.

_DATE_RES = (
    (re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$"), (1, 2, 3)),
    (re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$"), (3, 2, 1)),  # day first (as written in Syria)
)

class Bad(Exception):
    """A cell's value is not acceptable: a message code of MESSAGES and its parameters."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


# ---------------------------------------------------------------------------------------------
# Cell parsers


def cell_text(value: Any) -> str | None:
    if value is None:
        return None
    if type(value) is str:
        return value.strip() or None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def cell_int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise Bad("not_whole", value=str(value))
    if isinstance(value, int):
        n = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise Bad("not_whole", value=f"{value:g}")
        n = int(value)
    else:
        text = str(value).strip()
        if not text:
            return None
        parsed = parse_int(text)
        if parsed is None:
            raise Bad("not_whole", value=text)
        n = parsed
    if n < 0:
        raise Bad("negative", value=n)
    if n > MAX_INTEGER:
        raise Bad("too_large", value=n, limit=MAX_INTEGER)
    return n


def cell_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = to_ascii_digits(str(value).strip())
    if not text:
        return None
    for pattern, (yi, mi, di) in _DATE_RES:
        m = pattern.match(text)
        if m:
            try:
                return date(int(m.group(yi)), int(m.group(mi)), int(m.group(di)))
            except ValueError:
                raise Bad("bad_date", value=text) from None
    raise Bad("bad_date", value=text)


def cell_datetime(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, date):
        return datetime.combine(value, time(12, 0), tzinfo=timezone.utc)
    text = to_ascii_digits(str(value).strip())
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise Bad("bad_datetime", value=text) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def cell_bool(value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = _fold(to_ascii_digits(str(value)))
    if text in vocab.TRUE_WORDS:
        return True
    if text in vocab.FALSE_WORDS:
        return False
    raise Bad("bad_bool", value=str(value))


def cell_uuid(value: Any) -> uuid.UUID | None:
    text = cell_text(value)
    if text is None:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        raise Bad("bad_id", value=text) from None


def cell_term(v: vocab.Vocabulary, value: Any) -> Any:
    text = cell_text(value)
    if text is None:
        return None
    parsed = v.parse(to_ascii_digits(text))
    if parsed is None:
        raise Bad(f"unknown_{v.key}", value=text, choices=", ".join(v.labels("en")),
                   choices_ar="، ".join(v.labels("ar")))
    return parsed


def cell_url(value: Any) -> str | None:
    text = cell_text(value)
    if text is None:
        return None
    try:
        return clean_url(text)
    except BadUrl as exc:
        raise Bad(exc.code, value=text, reason=str(exc), limit=MAX_URL_LENGTH) from None


def cell_limited(value: Any, limit: int, what: str) -> str | None:
    text = cell_text(value)
    if text is not None and len(text) > limit:
        raise Bad("too_long", limit=limit)
    return text
