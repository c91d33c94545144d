"""Spelling variants of place names: one key for the ways people transliterate the same Arabic name.

`arabic.key` already unifies Arabic letters, diacritics, case and hyphenated articles
("Deir ez-Zor" = "Deir-ez-Zor"). Latin transliterations differ further in their vowels, doubled
letters and articles: "Dayr al Zawr", "Deir Ezzor", "Deir ez Zor", "Dayr az-Zawr". `skeleton`
keeps what stays the same across them: the consonants, without articles, without doubling, so all
of those give "drzr". It collides more than `key` does, so it is only a second try after `key`,
and a match found with it is still checked against the admin unit the row names.

Arabic names get their `key` without spaces ("دير الزور" and "ديرالزور" both "ديرزور")."""

from __future__ import annotations

import re

from .arabic import fold, is_arabic_letter, key

# Articles written as their own word or joined with a hyphen ("al", "az-", "ez", "ash-").
_ARTICLES = frozenset("al el il ul ad adh ar as ash at ath az ez es ed an en er et".split())
_WORD = re.compile(r"[a-z0-9]+")  # digits count: "Camp 2" is not "Camp 3"
_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLE = re.compile(r"(.)\1+")
MIN_SKELETON = 3  # shorter skeletons ("hm", "dr") match too many names to mean anything


def skeleton(name: str) -> str:
    """The spelling-variant key of a name ('' when too short to trust)."""
    if not name:
        return ""
    folded = fold(name)
    if any(is_arabic_letter(c) for c in folded):
        return "".join(key(name).split())
    words = [w for w in _WORD.findall(folded.replace("'", "").replace("’", "")) if w not in _ARTICLES]
    out = []
    for w in words:
        w = w.replace("ph", "f").replace("ou", "u").replace("q", "k").replace("dj", "j").replace("gh", "g")
        if len(w) > 2 and w.endswith("h") and w[-2] in "aeiou":
            w = w[:-1]  # Raqqah / Raqqa, Hasakeh / Hasake
        first, rest = w[:1], w[1:]
        # A leading vowel carries the sound of a following article ("ezzor"); drop it with the vowels.
        w = _DOUBLE.sub(r"\1", _VOWELS.sub("", first + rest))
        out.append(w)
    s = "".join(out)
    return s if len(s) >= MIN_SKELETON else ""


def loose_key(name: str) -> str:
    """`arabic.key` without the Latin articles written as words ("As Sousa" = "Sousa",
    "Dayr az Zawr" = "Dayr az-Zawr"): the vowels still count."""
    return " ".join(w for w in key(name).split() if w not in _ARTICLES)
