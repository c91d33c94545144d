"""The consonant skeleton of a name token, the same for its Arabic and its Latin spelling.

Arabic writes no short vowels and Latin lists write them every way (Mohammad, Muhammad,
Mohamed); long vowels, hamza and ʿayn are dropped too, since romanisations rarely keep them
(علي = Ali, عمر = Omar). Letters romanised by two letters become one symbol (ش sh, خ kh, غ gh,
ث th; ذ as z, as Levantine lists write it), doubled letters collapse (Hussein = Husein), a final h goes (فاطمة = Fatima,
Hamza = Hamzah). A compound's parts stay apart: «عبد الرحمن» and "Abdulrahman" give
"bd_rhmn", which never meets "rhmn" alone. Lossy by design: it is the blocking key and the
comparison for names the Latin table (`latin.COMMON`) does not know; محمد and محمود share it
and are told apart by their Arabic forms."""

from __future__ import annotations

import re
from functools import lru_cache

_ARABIC = {
    "ب": "b", "ت": "t", "ث": "T", "ج": "j", "ح": "h", "خ": "K", "د": "d", "ذ": "z", "ر": "r", "ز": "z",
    "س": "s", "ش": "S", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "G", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "h", "پ": "b", "چ": "S", "ڤ": "f", "گ": "k",
}
_LATIN_DIGRAPHS = (("sch", "S"), ("sh", "S"), ("ch", "S"), ("kh", "K"), ("gh", "G"), ("th", "T"), ("dh", "z"),
                   ("ph", "f"), ("ck", "k"))
_LATIN = {"q": "k", "c": "k", "g": "j", "p": "b", "v": "f", "x": "ks"}
_LATIN_VOWELS = frozenset("aeiouyw")
_DOUBLE = re.compile(r"(.)\1+")


def _collapse(s: str) -> str:
    s = _DOUBLE.sub(r"\1", s)
    return s[:-1] if len(s) > 1 and s.endswith("h") else s


@lru_cache(maxsize=200_000)
def arabic_skeleton(word: str) -> str:
    """Skeleton of one normalised Arabic word, its article dropped."""
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    return _collapse("".join(_ARABIC.get(c, "") for c in word))


@lru_cache(maxsize=200_000)
def latin_skeleton(word: str) -> str:
    """Skeleton of one ASCII-folded Latin word."""
    s = word.lower()
    for a, b in _LATIN_DIGRAPHS:
        s = s.replace(a, b)
    s = "".join(_LATIN.get(c, c) for c in s if c not in _LATIN_VOWELS and c.isalpha())
    return _collapse(s)


@lru_cache(maxsize=200_000)
def skeleton(token: str) -> str:
    """The skeleton of a token as `arabic.arabic_tokens` or `latin.structural_tokens` give it
    (a compound is its parts with one space between)."""
    one = latin_skeleton if token.isascii() else arabic_skeleton
    return "_".join(one(part) for part in token.split(" ") if part)
