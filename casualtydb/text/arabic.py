"""Arabic text normalisation for matching and search keys, plus digit parsing and PDF repair."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ARABIC_DIACRITICS",
    "fold",
    "fold_char",
    "is_arabic_letter",
    "key",
    "normalize",
    "parse_int",
    "prefix_variants",
    "repair_visual_order",
    "strip_prefixes",
    "to_ascii_digits",
    "tokens",
]

TATWEEL = "\u0640"
# Harakat, shadda, sukun, madda/hamza marks above and below, superscript alef, Quranic annotation marks.
ARABIC_DIACRITICS = frozenset(
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + [chr(c) for c in range(0x06E7, 0x06E9)]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    + [chr(c) for c in range(0x08D3, 0x0900) if c != 0x08E2]
)
# Invisible formatting characters that PDF copies and web pages scatter inside words.
INVISIBLES = frozenset(
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
_DELETE = ARABIC_DIACRITICS | INVISIBLES | {TATWEEL} | {chr(c) for c in range(0x0300, 0x0370)}

# Letter unification: the spellings writers mix freely for the same word.
_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ٵ": "ا",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي", "ٸ": "ي",
    "ؤ": "و", "ٶ": "و",
    "ک": "ك", "ڪ": "ك",
    "٬": ",",  # Arabic thousands separator
    "٫": ".",  # Arabic decimal separator
}
for _i in range(10):
    _LETTERS[chr(0x0660 + _i)] = str(_i)  # Eastern Arabic digits
    _LETTERS[chr(0x06F0 + _i)] = str(_i)  # Persian/Urdu digits
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


@lru_cache(maxsize=None)
def fold_char(ch: str) -> str:
    """One character folded for matching: '' to drop it, possibly several characters (ligatures)."""
    if ch in _DELETE:
        return ""
    if ch in _LETTERS:
        return _LETTERS[ch]
    if ch in _SPACES:
        return " "
    if ch.isascii():
        return ch.lower()
    nf = unicodedata.normalize("NFKC", ch)
    if nf != ch:  # presentation forms, ligatures, full-width forms
        return "".join(fold_char(c) for c in nf)
    if "\u00c0" <= ch <= "\u024f":  # Latin letters with accents: é → e
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        return base.lower()
    return ch.lower() if ch.isupper() else ch


def _build_tables() -> tuple[dict[int, str], frozenset[str]]:
    """A str.translate table for one-to-one folds, and the characters that delete or expand."""
    table: dict[int, str] = {}
    special: set[str] = set()
    for cp in list(range(0x0000, 0x3000)) + list(range(0xFB00, 0x10000)):
        ch = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        out = fold_char(ch)
        if len(out) == 1:
            if out != ch:
                table[cp] = out
        else:
            special.add(ch)
    return table, frozenset(special)


FOLD_TABLE, FOLD_SPECIAL = _build_tables()
_SPECIAL_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(FOLD_SPECIAL)) + "]")


def fold(text: str) -> str:
    """Letters and digits unified, diacritics/tatweel/invisibles dropped, Latin lower-cased.

    Punctuation and spacing are kept (unlike `normalize`), so sentence structure survives;
    `casualtydb.text.folding.FoldedText` does the same with a map back to the original offsets."""
    out = text.translate(FOLD_TABLE)
    if _SPECIAL_RE.search(out):
        out = _SPECIAL_RE.sub(lambda m: fold_char(m.group()), out)
    return out


_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06fc]")


def is_arabic_letter(ch: str) -> bool:
    return bool(_ARABIC_LETTER_RE.match(ch))


# Digit groups of exactly three after the first: the only shape read as thousands separators.
_GROUPED_RE = re.compile(r"^\d{1,3}(?:([,.])\d{3})(?:\1\d{3})*$")
# Punctuation and symbols, except a decimal point between digits.
_PUNCT_RE = re.compile(r"(?!(?<=\d)\.(?=\d))(?:[^\w\s]|_)")
_SPACE_RE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """A matching/search key: folded, punctuation to spaces, casefolded, whitespace collapsed.

    Thousands separators between digits are dropped ("١٬٢٥٠" → "1250"); a decimal point stays."""
    s = fold(text)
    s = re.sub(r"\d+(?:[,.]\d+)+", _join_number, s)
    s = _PUNCT_RE.sub(" ", s)
    return _SPACE_RE.sub(" ", s).strip().casefold()


def _join_number(m: re.Match[str]) -> str:
    value = parse_int(m.group())
    return str(value) if value is not None else m.group()


def to_ascii_digits(s: str) -> str:
    """Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII; everything else unchanged."""
    return s.translate(_DIGIT_TABLE)


_DIGIT_TABLE = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}
_DIGIT_TABLE |= {0x066C: ",", 0x066B: "."}


def parse_int(s: str) -> int | None:
    """An integer written with any digits and optional thousands separators, else None.

    "1,250", "١٬٢٥٠" and "1.250" read as 1250 (groups of exactly three digits); "1.5", "1,25"
    and "12,50" are not integers and give None, as does anything with letters."""
    s = to_ascii_digits(s.strip()).replace("\u00a0", "").replace("\u202f", "").replace("'", "")
    if not s:
        return None
    if s.isdigit() and s.isascii():
        return int(s)
    if _GROUPED_RE.match(s):
        return int(re.sub(r"[,.]", "", s))
    return None


# Proclitics: a conjunction (و ف), then a preposition (ب ك ل), then the article; "لل" is ل + ال.
_PREFIX_RE = re.compile(r"^(?P<conj>[وف]?)(?P<prep>[بكل]?)(?P<art>ال)?")
_MIN_STEM = 2


@lru_cache(maxsize=65536)
def prefix_variants(word: str, *, article: bool = True) -> tuple[str, ...]:
    """The word and each shorter form left after removing proclitics, shortest last.

    Works on folded/normalised words. With article=False the definite article is kept (used where
    "المدينة" must not be read as "مدينة")."""
    out = [word]

    def add(stem: str) -> None:
        if len(stem) >= _MIN_STEM and stem not in out:
            out.append(stem)

    for conj in ("", "و", "ف"):
        if conj and not word.startswith(conj):
            continue
        w1 = word[len(conj):]
        add(w1)
        if article and w1.startswith("لل") and len(w1) > 2 + _MIN_STEM:
            add(w1[2:])  # لل = ل + (ا)ل
        for prep in ("ب", "ك", "ل"):
            if w1.startswith(prep):
                w2 = w1[1:]
                add(w2)
                if article and w2.startswith("ال"):
                    add(w2[2:])
        if article and w1.startswith("ال"):
            add(w1[2:])
    return (word, *sorted(out[1:], key=len, reverse=True))


def strip_prefixes(word: str) -> str:
    """The word without its leading و ب ل ف ك and article (وال بال لل فال كال ...).

    Takes raw or normalised text; returns the normalised stem. Keeps at least two letters, so a
    short word is returned whole. Ambiguous words (لبنان) lose a real letter: use
    `prefix_variants` or `tokens` where both readings matter."""
    w = normalize(word)
    if " " in w or not w:
        return w
    return prefix_variants(w)[-1]


def tokens(text: str) -> list[str]:
    """Normalised words for a search index, each followed by its prefix-stripped variants.

    "والحميدية" gives ["والحميديه", "الحميديه", "حميديه"]; duplicates across the text are kept
    in order so positions stay meaningful, duplicates within one word are not."""
    out: list[str] = []
    for word in normalize(text).split():
        if any(is_arabic_letter(c) for c in word[:1]):
            out.extend(prefix_variants(word))
        else:
            out.append(word)
    return out


# Latin transliterated articles joined by a hyphen: "Deir ez-Zor", "Al-Bab", "As-Sweida".
_LATIN_ARTICLE_RE = re.compile(r"\b(?:al|el|ad|adh|ar|as|ash|at|ath|az|ez|es|ed|an|en|er|et|ul)-", re.IGNORECASE)


_INNER_APOSTROPHE_RE = re.compile(r"(?<=[a-z])['’ʿʾ`](?=[a-z])")


def key(name: str) -> str:
    """A key for comparing names: normalised, the article dropped from each word.

    "الحميدية" and "حميديه" give the same key; so do "Deir ez-Zor" and "Deir-ez-Zor" ("deir zor")."""
    s = _LATIN_ARTICLE_RE.sub(" ", _INNER_APOSTROPHE_RE.sub("", fold(name)))
    words = normalize(s).split()
    out: list[str] = []
    for i, w in enumerate(words):
        if w.startswith("ال") and len(w) > 2 + _MIN_STEM - 1:
            w = w[2:]
        elif w in ("al", "el") and i + 1 < len(words):
            continue
        out.append(w)
    return " ".join(out)


def repair_visual_order(text: str) -> str:
    """Repair Arabic copied from PDFs that store it in visual order (reversed, presentation forms).

    Only for that repair: applied to normal (logical-order) text it scrambles it. Each line is
    reordered with the Unicode bidi algorithm (python-bidi), then NFKC turns presentation forms
    (ﻣ ﺪ ﻻ) back into plain letters. Reordering comes first so a lam-alef ligature expands in the
    right order."""
    from bidi.algorithm import get_display  # python-bidi; imported here so matching never needs it

    lines = [get_display(line) if line.strip() else line for line in text.split("\n")]
    return unicodedata.normalize("NFKC", "\n".join(lines))
