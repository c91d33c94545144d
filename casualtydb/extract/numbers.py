"""Reading numbers from tokens: digits, Arabic and English number words, and vague counts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.arabic import parse_int
from . import lexicon as L
from .tokens import Token

_DECIMAL_RE = re.compile(r"^\d+\.\d+$")


@dataclass(slots=True)
class NumberSpan:
    """A number read from tokens [first, last]; `start` is a folded offset (after a و prefix).
    `value` is None for vague counts ("عشرات", "dozens"), whose words are in `vague`."""

    first: int
    last: int
    start: int
    value: int | None
    vague: str | None = None
    approx: bool = False


# Kinds of Arabic number atoms, used to check that "و" joins them in a valid order.
_U, _T10, _TEEN, _TENS, _H, _SCALE, _SCALE_PL, _FIXED = range(8)


def _ar_atom(toks: list[Token], j: int, w: str) -> tuple[int, int, int] | None:
    """(value, kind, last token) of the Arabic number atom starting at token j spelled w."""
    nxt = toks[j + 1].text if j + 1 < len(toks) and toks[j + 1].kind == "ar" and not _gap_breaks(toks[j + 1].gap) else ""
    if w in L.AR_TEEN_UNITS and nxt in L.AR_TEN:
        return 10 + L.AR_TEEN_UNITS[w], _TEEN, j + 1
    if w in L.AR_UNITS and nxt in L.AR_HUNDRED and L.AR_UNITS[w] >= 3:
        return L.AR_UNITS[w] * 100, _H, j + 1  # "ثلاث مئة"
    if w in L.AR_HUNDREDS:
        return L.AR_HUNDREDS[w], _H, j
    if w in L.AR_TENS:
        return L.AR_TENS[w], _TENS, j
    if w in L.AR_TEN:
        return 10, _T10, j
    if w in L.AR_UNITS:
        return L.AR_UNITS[w], _U, j
    if w in L.AR_THOUSAND:
        return 1000, _SCALE, j
    if w in L.AR_THOUSANDS_PL:
        return 1000, _SCALE_PL, j
    if w in L.AR_MILLION:
        return 1_000_000, _SCALE, j
    if w in L.AR_TWO_THOUSAND:
        return 2000, _FIXED, j
    if w in L.AR_TWO_MILLION:
        return 2_000_000, _FIXED, j
    return None


# Which atom may follow which after "و": units before tens (خمسة وعشرون), anything after hundreds
# or a scale (ثلاثمئة وخمسون، ألف وخمسمئة).
_AFTER_CONJ = {
    _U: {_TENS},
    _T10: set(),
    _TEEN: set(),
    _TENS: set(),
    _H: {_U, _T10, _TEEN, _TENS},
    _SCALE: {_U, _T10, _TEEN, _TENS, _H, _FIXED},
    _FIXED: {_U, _T10, _TEEN, _TENS, _H},
}


def _gap_breaks(gap: str) -> bool:
    """Punctuation between two words stops a number ("خمسة، وعشرة" are two numbers)."""
    return bool(gap) and not gap.isspace() and gap.strip() not in ("-", "–")


def _read_arabic(toks: list[Token], i: int) -> NumberSpan | None:
    n = len(toks)
    w = toks[i].text
    start = toks[i].start
    # An attached conjunction or preposition: «وخمسة», «بثلاثة», «لأربعة»
    if (w[:1] == "و" and len(w) > 2 or w[:1] in ("ب", "ل") and len(w) > 4) and _ar_atom(toks, i, w[1:]) is not None:
        w = w[1:]
        start += 1
    atom = _ar_atom(toks, i, w)
    if atom is None:
        return None
    value, kind, last = atom
    total, current = 0, 0
    scale_seen = 0
    if kind == _SCALE:
        total, kind = value, _SCALE  # "ألف مدني": the scale word is the number
        scale_seen = value
    elif kind == _SCALE_PL:
        return None  # "آلاف" alone is vague
    else:
        current = value
    prev_kind = kind
    j = last + 1
    while j < n and toks[j].kind == "ar" and not _gap_breaks(toks[j].gap):
        w = toks[j].text
        # A scale directly after a group multiplies it.
        if prev_kind in (_U, _T10, _TEEN, _TENS, _H) and (w in L.AR_THOUSAND or w in L.AR_THOUSANDS_PL or w in L.AR_MILLION):
            scale = 1_000_000 if w in L.AR_MILLION else 1000
            if w in L.AR_THOUSANDS_PL and not 3 <= current <= 10:
                break
            if scale_seen and scale >= scale_seen:
                break
            total += current * scale
            current = 0
            scale_seen = scale
            prev_kind = _SCALE
            last = j
            j += 1
            continue
        # Otherwise only "و" + an atom that may follow.
        if w == L.CONJ_AR and j + 1 < n and toks[j + 1].kind == "ar":
            cand_j, cand_w = j + 1, toks[j + 1].text
        elif w.startswith(L.CONJ_AR) and len(w) > 2:
            cand_j, cand_w = j, w[1:]
        else:
            break
        nxt = _ar_atom(toks, cand_j, cand_w)
        if nxt is None or nxt[1] not in _AFTER_CONJ.get(prev_kind, set()):
            break
        current += nxt[0]
        prev_kind = nxt[1]
        last = nxt[2]
        j = last + 1
    return NumberSpan(i, last, start, total + current)


def _read_english(toks: list[Token], i: int) -> NumberSpan | None:
    n = len(toks)
    w = toks[i].text
    j = i
    approx = False
    if w in ("a", "an") and i + 1 < n:
        nxt = toks[i + 1].text
        if nxt == L.DOZEN:
            return NumberSpan(i, i + 1, toks[i].start, 12, approx=True)
        if nxt not in ("hundred", "thousand", "million"):
            return None
        j = i + 1
    elif w == "half" and i + 2 < n and toks[i + 1].text == "a" and toks[i + 2].text == L.DOZEN:
        return NumberSpan(i, i + 2, toks[i].start, 6, approx=True)
    total, current = 0, 0
    last = -1
    prev = None  # "ones", "tens", "hundred", "scale"
    while j < n and toks[j].kind == "lat":
        w = toks[j].text
        if j > i and _gap_breaks(toks[j].gap):
            break
        if w in L.EN_ONES and prev in (None, "tens", "hundred", "scale", "and"):
            if prev == "tens" and L.EN_ONES[w] >= 10:
                break
            current += L.EN_ONES[w]
            prev = "ones"
        elif w in L.EN_TENS and prev in (None, "hundred", "scale", "and"):
            current += L.EN_TENS[w]
            prev = "tens"
        elif w == "hundred" and prev in (None, "ones", "tens") and current < 100:
            current = (current or 1) * 100
            prev = "hundred"
        elif w in ("thousand", "million") and prev in (None, "ones", "tens", "hundred"):
            total += (current or 1) * L.EN_SCALES[w]
            current = 0
            prev = "scale"
        elif w == "and" and prev in ("hundred", "scale") and j + 1 < n and (
                toks[j + 1].text in L.EN_ONES or toks[j + 1].text in L.EN_TENS):
            prev = "and"
        elif w == L.DOZEN and prev == "ones" and total == 0:
            current *= 12
            prev = "scale"
            approx = False
        else:
            break
        if prev != "and":
            last = j
        j += 1
    if last < i or (last == i and w in ("a", "an")):
        return None
    return NumberSpan(i, last, toks[i].start, total + current, approx=approx)


def _read_digits(toks: list[Token], i: int) -> NumberSpan | None:
    t = toks[i]
    value: float | None = parse_int(t.text)
    is_decimal = False
    if value is None and _DECIMAL_RE.match(t.text):
        value, is_decimal = float(t.text), True
    if value is None:
        return None
    last = i
    if i + 1 < len(toks) and not _gap_breaks(toks[i + 1].gap):
        nxt = toks[i + 1].text
        if nxt in L.AR_THOUSANDS_PL or nxt in L.AR_THOUSAND or nxt == "thousand":
            value, last = value * 1000, i + 1
        elif nxt in L.AR_MILLION or nxt == "million":
            value, last = value * 1_000_000, i + 1
    if is_decimal and last == i:
        return None  # "2.5" with no scale is not a count of people
    return NumberSpan(i, last, t.start, int(value))


_VAGUE_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _p in L.VAGUE_PHRASES:
    _VAGUE_BY_FIRST.setdefault(_p[0], []).append(_p)


def _read_vague(toks: list[Token], i: int) -> NumberSpan | None:
    n = len(toks)
    w = toks[i].text
    start = toks[i].start
    for phrase in _VAGUE_BY_FIRST.get(w, ()):
        if tuple(t.text for t in toks[i:i + len(phrase)]) == phrase:
            return NumberSpan(i, i + len(phrase) - 1, start, None, vague=" ".join(phrase))
    if w not in L.VAGUE_WORDS and w not in L.VAGUE_NEED_OF:
        if w.startswith(L.CONJ_AR) and (w[1:] in L.VAGUE_WORDS):
            w = w[1:]
            start += 1
        else:
            return None
    last = i
    if w in L.VAGUE_NEED_OF and not (i + 1 < n and toks[i + 1].text == "من"):
        return None
    # "عشرات الآلاف", "tens of thousands", "hundreds of thousands", "several hundred"
    if i + 1 < n and toks[i + 1].text in ("الالاف", "الاف"):
        last = i + 1
    elif i + 1 < n and toks[i + 1].text in ("hundred", "thousand") and w in ("several", "a few", "few", "many"):
        last = i + 1
    elif i + 2 < n and toks[i + 1].text == "of" and toks[i + 2].text in ("thousands", "millions"):
        last = i + 2
    return NumberSpan(i, last, start, None, vague=w)


def read_number(toks: list[Token], i: int) -> NumberSpan | None:
    """The number (or vague count) that starts at token i, if any."""
    t = toks[i]
    if t.kind == "num":
        return _read_digits(toks, i)
    if t.kind == "ar":
        return _read_arabic(toks, i) or _read_vague(toks, i)
    return _read_english(toks, i) or _read_vague(toks, i)
