"""How values are written in the interface language: numbers, dates, ranges, figures.

Everything goes through the default QLocale (set by i18n.install_language), so Arabic shows
Arabic-Indic digits and dates, and runs of numbers inside Arabic text keep their order."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, QTimeZone

from ..models import DatePrecision
from ..text.direction import strong_direction

# Unicode bidi isolates: keep a number or a Latin name from reordering the text around it.
FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    return f"{FSI}{text}{PDI}" if text else text


_PLACEHOLDER = re.compile(r"%([1-9][0-9]?)")


def fill(template: str, *values: object) -> str:
    """Put values into a translated template's %1, %2, … in one pass, like QString::arg with
    several arguments: a value that itself contains "%2" (a source named so) is never
    substituted again, which chained str.replace calls would do. A placeholder with no value is
    left as it is."""
    texts = [v if isinstance(v, str) else str(v) for v in values]

    def put(m: re.Match[str]) -> str:
        i = int(m.group(1)) - 1
        return texts[i] if i < len(texts) else m.group(0)

    return _PLACEHOLDER.sub(put, template)


def join(items: Iterable[str]) -> str:
    """A list in the interface language: "a, b and c" / «أ، ب و ج» (QLocale's own separators,
    never a hard-coded Arabic comma)."""
    return QLocale().createSeparatedList(list(items))


def separator() -> str:
    """The comma between the items of a compact list where "and" does not belong (a table cell,
    a stored list value): «، » in a language written in Arabic script, ", " otherwise. QLocale
    has no list separator of its own, and its Arabic lists (join) use «و» only."""
    return "\u060c " if QLocale().script() == QLocale.Script.ArabicScript else ", "


def number(value: int | float | None) -> str:
    if value is None:
        return ""
    loc = QLocale()
    if isinstance(value, float) and not value.is_integer():
        return loc.toString(value, "f", 1)
    return loc.toString(int(value))


def digits(value: int) -> str:
    """A whole number in the interface's digits with no grouping, as a person would type it
    into a field (٧٠٠ / 700)."""
    loc = QLocale()
    return loc.toString(int(value)).replace(loc.groupSeparator(), "")


def clock(value: datetime) -> str:
    """The time of day to the second, in the interface's digits (٠٩:٠٥:٠٧)."""
    return QLocale().toString(QTime(value.hour, value.minute, value.second), "HH:mm:ss")


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def day(value: date | None, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    if value is None:
        return ""
    return QLocale().toString(qdate(value), fmt)


def month(value: date) -> str:
    return QLocale().toString(qdate(value), "MMMM yyyy")


def month_key(key: str) -> str:
    """"2017-10" → "Oct 2017" / "تشرين الأول ٢٠١٧" (short form for chart axes)."""
    y, m = (int(p) for p in key.split("-"))
    return QLocale().toString(QDate(y, m, 1), "MMM yyyy")


def timestamp(value: datetime | None) -> str:
    if value is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def date_span(start: date | None, end: date | None, precision: DatePrecision | None = None) -> str:
    """A date or a range, at the precision the incident is known to."""
    if start is None:
        return ""
    if precision == DatePrecision.YEAR:
        return number(start.year).replace(QLocale().groupSeparator(), "")
    if precision == DatePrecision.MONTH:
        return month(start)
    text = day(start)
    if end is not None and end != start:
        text = fill(QCoreApplication.translate("Format", "%1 – %2"), isolate(text), isolate(day(end)))
    if precision in (DatePrecision.WEEK, DatePrecision.DAYS):
        text = fill(QCoreApplication.translate("Format", "about %1"), text)
    return text


def figure_range(low: int | None, high: int | None, approximate: bool = False, vague: str | None = None) -> str:
    """A claimed figure: "7", "5–9", "at least 12", "about 700", or the words used."""
    if low is None:
        return vague or ""
    if high is None:
        text = fill(QCoreApplication.translate("Format", "at least %1"), number(low))
    elif high == low:
        text = number(low)
    else:
        text = fill(QCoreApplication.translate("Format", "%1–%2"), number(low), number(high))
    if approximate:
        text = fill(QCoreApplication.translate("Format", "about %1"), text)
    return text


def is_rtl_text(text: str) -> bool:
    """Whether `text` starts right-to-left (see strong_direction)."""
    return strong_direction(text) is True


def text_direction(text: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if is_rtl_text(text) else Qt.LayoutDirection.LeftToRight
