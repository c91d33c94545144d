"""A name as written, read into its chain of tokens: given name, father, grandfather…, family.

`parse_name("الطفلة فاطمة بنت أحمد العلي")` and `parse_name("Fatima Ahmad al-Ali")` give the
same chain (فاطمه, احمد, علي; the last a family name). `from_parts(given=…, family=…)` reads
a list's separate columns. Each token carries its Arabic form where there is one (a Latin
spelling of a common name is looked up: Mhd → محمد) and its skeleton (`skeleton.py`), which is
what the two scripts share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text.arabic import normalize, parse_int
from . import arabic, latin
from .skeleton import skeleton

LATIN_HONORIFICS: dict[str, tuple[str | None, bool | None]] = {
    "martyr": (None, None), "the": (None, None), "child": (None, True), "boy": ("m", True), "girl": ("f", True),
    "baby": (None, True), "infant": (None, True), "dr": (None, False), "doctor": (None, False),
    "sheikh": ("m", False), "shaykh": ("m", False), "shaikh": ("m", False), "sheikha": ("f", False),
    "haj": ("m", False), "hajj": ("m", False), "hajji": ("m", False), "hajja": ("f", False), "hajjeh": ("f", False),
    "mr": ("m", False), "mrs": ("f", False), "ms": ("f", False), "miss": ("f", None), "sayyid": ("m", False),
    "eng": (None, False), "engineer": (None, False), "prof": (None, False), "activist": (None, False),
    "journalist": (None, False), "citizen": (None, None), "civilian": (None, None),
}
_AGE_IN_BRACKETS = re.compile(r"^(\d{1,3})\s*(?:عام|عاما|اعوام|سنه|سنوات|سنين|year|years|yrs|y|شهر|اشهر)?\b")


@dataclass(frozen=True)
class Token:
    text: str  # Arabic form (normalised) or Latin structural form
    arabic: str | None  # Arabic form: the token itself, or the Arabic of a known Latin spelling
    skel: str
    article: bool = False

    @property
    def common(self) -> bool:
        """A name of the Latin table: compared by its Arabic form exactly."""
        return self.arabic is not None and self.arabic in latin.COMMON


@dataclass(frozen=True)
class ParsedName:
    written: str
    tokens: tuple[Token, ...]
    family: bool = False  # the last token is known to be the family (or tribe) name
    sex: str | None = None  # implied by the words dropped (الطفلة: "f")
    child: bool | None = None
    age: int | None = None  # an age in brackets: «محمد (12 عاماً)»
    extra: tuple[str, ...] = field(default_factory=tuple)  # other bracketed text (laqab, kunya)

    @property
    def given(self) -> Token | None:
        return self.tokens[0] if self.tokens else None

    @property
    def last(self) -> Token | None:
        return self.tokens[-1] if len(self.tokens) > 1 else None

    @property
    def second(self) -> Token | None:
        return self.tokens[1] if len(self.tokens) > 1 else None

    def block_keys(self) -> tuple[str | None, str | None, str | None]:
        """given|last, given|second, second|last (None where the name is too short)."""
        g, s, last = self.given, self.second, self.last
        if g is None or last is None:
            return (g.skel + "|" if g is not None else None), None, None
        k1 = f"{g.skel}|{last.skel}"
        # A two-part name may be given + father or given + family: it blocks both ways.
        k2 = f"{g.skel}|{s.skel}" if s is not None else None
        k3 = f"{s.skel}|{last.skel}" if s is not None and len(self.tokens) > 2 else None
        return k1, k2, k3

    def key(self) -> str:
        """The skeletons in order, one space apart: what the database stores to sort and block on."""
        return " ".join(t.skel for t in self.tokens)


def _latin_token(word: str, article: bool = False) -> Token:
    known = latin.known_arabic(word)
    if known is not None:
        return Token(word, known, skeleton(known), article)
    return Token(word, None, skeleton(word), article)


def _arabic_token(t: arabic.ArabicToken) -> Token:
    return Token(t.form, t.form, skeleton(t.form), t.article)


def _tokens(text: str) -> tuple[list[Token], tuple[str | None, bool | None], tuple[str, ...]]:
    if latin.is_latin(text) and not any(arabic_letter(c) for c in text):
        words = latin.structural_words(re.sub(r"[(\[{][^)\]}]*[)\]}]", " ", text))
        sex: str | None = None
        child: bool | None = None
        while words and words[0][0] in LATIN_HONORIFICS:
            s, c = LATIN_HONORIFICS[words.pop(0)[0]]
            sex, child = sex or s, c if child is None else child
        brackets = tuple(normalize(b) for b in re.findall(r"[(\[{]([^)\]}]*)[)\]}]", text))
        return [_latin_token(w, a) for w, a in words], (sex, child), brackets
    name = arabic.arabic_name(text)
    return [_arabic_token(t) for t in name.tokens], arabic.implied(name.dropped), name.bracketed


def arabic_letter(c: str) -> bool:
    return "\u0621" <= c <= "\u064a"


def _age(brackets: tuple[str, ...]) -> tuple[int | None, tuple[str, ...]]:
    age = None
    rest = []
    for b in brackets:
        m = _AGE_IN_BRACKETS.match(b)
        if m and age is None:
            n = parse_int(m.group(1))
            months = "شهر" in b or "اشهر" in b
            age = 0 if months else n
        else:
            rest.append(b)
    return age, tuple(rest)


def parse_name(text: str) -> ParsedName:
    """The chain of a full name as written (either script)."""
    tokens, (sex, child), brackets = _tokens(text or "")
    age, extra = _age(brackets)
    family = len(tokens) > 1 and tokens[-1].article
    return ParsedName(text or "", tuple(tokens), family, sex, child, age, extra)


def from_parts(*, given: str | None = None, father: str | None = None, grandfather: str | None = None,
               family: str | None = None, name: str | None = None) -> ParsedName:
    """A chain from a list's columns; the full name as written when there are no parts."""
    parts = [p for p in (given, father, grandfather, family) if p and p.strip()]
    if not parts:
        return parse_name(name or "")
    tokens: list[Token] = []
    sex: str | None = None
    child: bool | None = None
    for i, part in enumerate((given, father, grandfather, family)):
        if not part or not part.strip():
            continue
        found, (s, c), _ = _tokens(part)
        if i == 0:
            sex, child = s, c
        tokens.extend(found)
    written = name or " ".join(parts)
    return ParsedName(written, tuple(tokens), bool(family and family.strip()) and len(tokens) > 1, sex, child)
