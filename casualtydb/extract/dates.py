"""Dates in text: absolute (Arabic, Levantine and English month names, numeric) and relative to publication."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from . import lexicon as L


@dataclass(slots=True)
class FoundDate:
    """A date with its span in the folded text."""

    date: date
    start: int
    end: int
    relative: bool
    weekday_mismatch: bool


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_NB = r"(?<![^\W\d_])"  # not after a letter
_NA = r"(?![^\W\d_])"  # not before a letter
_MONTH = f"(?:{_alt(list(L.MONTHS))})"
_EN_MONTH = f"(?:{_alt([m for m in L.MONTHS if m.isascii()])})"
_WEEKDAY = f"(?:{_alt(list(L.WEEKDAYS))})"
_PREFIX = r"(?:[وفب]|ل(?=ل))?"  # an attached conjunction/preposition stays outside the span

_ISO_RE = re.compile(r"(?<![\d.,/-])(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d/-])")
_DMY_RE = re.compile(r"(?<![\d.,/-])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?![\d/-])")
_DAY_MONTH_RE = re.compile(
    rf"(?:{_NB}{_PREFIX}(?:يوم\s+)?(?P<wd>{_WEEKDAY}){_NA}\s*[،,]?\s*)?"
    rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:من\s+)?(?:شهر\s+)?(?:of\s+)?"
    rf"(?P<m>{_MONTH}){_NA}(?:\s*[/(-]\s*{_MONTH}{_NA}\s*\)?)?\.?"
    rf"(?:\s*[،,]?\s*(?:من\s+)?(?:عام\s+|سنه\s+|العام\s+)?(?P<y>\d{{4}})(?!\d))?"
)
_MONTH_DAY_RE = re.compile(
    rf"(?:{_NB}(?P<wd>{_WEEKDAY}){_NA}\s*,?\s*)?"
    rf"{_NB}(?P<m>{_EN_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:\s*,?\s*(?P<y>\d{{4}})(?!\d))?"
)
# Relative to publication: day offset of each word.
_AR_REL = {"اليوم": 0, "امس": -1, "البارحه": -1, "اول امس": -2, "اول من امس": -2, "امس الاول": -2, "غدا": 1,
           "الليله الماضيه": -1, "ليله امس": -1, "ليل امس": -1}
_EN_REL = {"today": 0, "yesterday": -1, "tonight": 0, "last night": -1, "this morning": 0, "this afternoon": 0,
           "this evening": 0, "earlier today": 0, "the day before yesterday": -2, "tomorrow": 1,
           "overnight": 0}
_PART = r"(?:صباح|مساء|فجر|ظهر|عصر|ليل|ليله|ظهيره|منتصف\s+ليل|ضحي|نهار)"
_AR_REL_RE = re.compile(
    rf"{_NB}{_PREFIX}(?P<span>(?:{_PART}\s+)?(?:يوم\s+)?(?P<rel>{_alt(list(_AR_REL))}){_NA}"
    rf"(?:\s*[،,(]?\s*(?:يوم\s+)?(?P<wd>{_WEEKDAY}){_NA})?)"
    rf"(?!\s+(?:التالي|نفسه|ذاته|الاول|الثاني|الثالث|الاخير|العالمي|الوطني)(?![^\W\d_]))"
)
_EN_REL_RE = re.compile(
    rf"{_NB}(?P<span>(?P<rel>{_alt(list(_EN_REL))}){_NA}(?:\s*[,(]?\s*(?P<wd>{_WEEKDAY}){_NA}\)?)?)"
)
_AR_WEEKDAY_RE = re.compile(
    rf"{_NB}{_PREFIX}(?P<span>(?:{_PART}\s+)?(?:يوم\s+)?(?P<wd>{_WEEKDAY}){_NA}"
    rf"(?:\s+(?P<dir>الماضيه|الماضي|المنصرمه|المنصرم|الفايته|الفايت|المقبله|المقبل|القادمه|القادم){_NA})?)"
)
_EN_WEEKDAY_RE = re.compile(
    rf"{_NB}(?P<span>(?:(?P<dir>last|this|on|next|past)\s+)?(?P<wd>{_WEEKDAY}){_NA}"
    rf"(?:\s+(?:night|morning|evening|afternoon){_NA})?)"
)


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _infer_year(m: int, d: int, published: date | None) -> date | None:
    """A day and month without a year: the latest such date up to a week after publication."""
    if published is None:
        return None
    for y in (published.year + 1, published.year, published.year - 1):
        found = _make(y, m, d)
        if found and found <= published + timedelta(days=7):
            return found
    return None


def _weekday_before(published: date, wd: int, direction: str | None) -> date:
    direction = direction.removesuffix("ه") if direction else None
    if direction in ("المقبل", "القادم", "next"):
        delta = (wd - published.weekday()) % 7 or 7
        return published + timedelta(days=delta)
    delta = (published.weekday() - wd) % 7
    if delta == 0 and direction in ("الماضي", "المنصرم", "الفايت", "last", "past"):
        delta = 7
    return published - timedelta(days=delta)


# Where a date can be: a digit, a relative word or a weekday. The full patterns run only in
# windows around these, which keeps a megabyte of text to one fast pass.
_CANDIDATE_RE = re.compile(
    r"\d|" + _alt([*_AR_REL, *_EN_REL, *L.WEEKDAYS, "last", "on", "next", "past", "this"]))
_BEFORE, _AFTER = 40, 90  # the longest date phrase fits in a window around its candidate


def _windows(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _CANDIDATE_RE.finditer(text):
        a, b = max(0, m.start() - _BEFORE), min(len(text), m.end() + _AFTER)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def find_dates(text: str, published: date | None) -> list[FoundDate]:
    """Every date in the folded text, earliest first, without overlaps."""
    found: list[FoundDate] = []
    windows = _windows(text)

    def finditer(rx: re.Pattern[str]):
        for a, b in windows:
            yield from rx.finditer(text, a, b)

    def add(d: date | None, start: int, end: int, relative: bool, wd: str | None) -> None:
        if d is None:
            return
        mismatch = wd is not None and L.WEEKDAYS.get(wd) != d.weekday()
        found.append(FoundDate(d, start, end, relative, mismatch))

    for rx in (_ISO_RE, _DMY_RE):
        for m in finditer(rx):
            add(_make(int(m["y"]), int(m["m"]), int(m["d"])), m.start(), m.end(), False, None)
    for rx in (_DAY_MONTH_RE, _MONTH_DAY_RE):
        for m in finditer(rx):
            month = L.MONTHS[re.sub(r"\s+", " ", m["m"])]
            day = int(m["d"])
            d = _make(int(m["y"]), month, day) if m["y"] else _infer_year(month, day, published)
            start = m.start("wd") if m["wd"] else m.start("d") if rx is _DAY_MONTH_RE else m.start("m")
            add(d, start, m.end(), m["y"] is None, _norm_wd(m["wd"]))
    if published is not None:
        for rx, table in ((_AR_REL_RE, _AR_REL), (_EN_REL_RE, _EN_REL)):
            for m in finditer(rx):
                offset = table[re.sub(r"\s+", " ", m["rel"])]
                add(published + timedelta(days=offset), m.start("span"), m.end("span"), True, _norm_wd(m["wd"]))
        for rx in (_AR_WEEKDAY_RE, _EN_WEEKDAY_RE):
            for m in finditer(rx):
                wd = _norm_wd(m["wd"])
                d = _weekday_before(published, L.WEEKDAYS[wd], m["dir"])
                add(d, m.start("span"), m.end("span"), True, None)
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[FoundDate] = []
    for f in found:
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


def _norm_wd(wd: str | None) -> str | None:
    return re.sub(r"\s+", " ", wd) if wd else None
