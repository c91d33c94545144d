"""Arabic names as written in reports and lists, brought to comparable tokens.

Letters first (casualtydb.text.arabic.normalize: hamza forms, ة/ه, ى/ي, tatweel, diacritics,
Eastern digits); then what is particular to names:
- words before a name that are not names (الشهيد، الطفلة، الحاج، الشيخ…) are dropped, and kept
  aside because they say something (a girl, a child);
- بن / ابن / بنت between the parts of a chain are dropped: «محمد بن أحمد بن علي» is the bare
  chain «محمد أحمد علي»;
- compounds are one token in two parts, however they are spaced: «عبد الله» = «عبدالله»,
  «أبو بكر» = «ابوبكر», «نور الدين» = «نورالدين», «جاد الله» = «جادالله»;
- the article of a family name does not count: «العلي» = «علي» (the token keeps a flag, since a
  word with the article at the end of a chain is usually the family name)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.arabic import normalize

# Words before a name that describe the person, not name them (normalised spellings), with
# what they imply: sex "m"/"f", child True/False/None.
HONORIFICS: dict[str, tuple[str | None, bool | None]] = {
    "الشهيد": ("m", None), "الشهيده": ("f", None), "شهيد": ("m", None), "شهيده": ("f", None),
    "الطفل": ("m", True), "الطفله": ("f", True), "الرضيع": ("m", True), "الرضيعه": ("f", True),
    "الفتي": ("m", True), "الفتاه": ("f", True), "الطالب": ("m", None), "الطالبه": ("f", None),
    "الحاج": ("m", False), "الحاجه": ("f", False), "الحجه": ("f", False), "الشيخ": ("m", False),
    "الشيخه": ("f", False), "السيد": ("m", False), "السيده": ("f", False), "الشاب": ("m", False),
    "الشابه": ("f", False), "المواطن": ("m", None), "المواطنه": ("f", None), "المسن": ("m", False),
    "المسنه": ("f", False), "العجوز": (None, False), "الدكتور": ("m", False), "الدكتوره": ("f", False),
    "د": (None, False), "المهندس": ("m", False), "المهندسه": ("f", False), "الاستاذ": ("m", False),
    "الاستاذه": ("f", False), "المعلم": ("m", False), "المعلمه": ("f", False), "الناشط": ("m", False),
    "الناشطه": ("f", False), "الاعلامي": ("m", False), "الاعلاميه": ("f", False), "الصحفي": ("m", False),
    "الصحفيه": ("f", False), "الطبيب": ("m", False), "الطبيبه": ("f", False), "الممرض": ("m", False),
    "الممرضه": ("f", False), "المعتقل": ("m", None), "المعتقله": ("f", None), "المسعف": ("m", False),
    "المقاتل": ("m", False), "المجند": ("m", False), "الجندي": ("m", False), "الملازم": ("m", False),
    "النقيب": ("m", False), "الرائد": ("m", False), "المقدم": ("m", False), "العقيد": ("m", False),
    "العميد": ("m", False), "الامام": ("m", False), "الخطيب": ("m", False), "الشاعر": ("m", False),
    "القائد": ("m", False), "المدعو": ("m", None), "المدعوه": ("f", None), "الام": ("f", False),
    "الاب": ("m", False), "الشقيق": ("m", None), "الشقيقه": ("f", None),
}
NASAB = frozenset({"بن", "ابن", "بنت"})
KUNYA_HEADS = frozenset({"ابو", "ابي", "ابا", "ام"})
ALLAH = "الله"
DIN = "الدين"
# Words that begin like a compound but are names of their own.
NOT_COMPOUND = frozenset({"عبده", "عبدو", "ابوه", "الياس", "اليسع"})
_BRACKETS = re.compile(r"[(\[{]([^)\]}]*)[)\]}]")


@dataclass(frozen=True)
class ArabicToken:
    form: str  # normalised; a compound's two parts joined by one space; no article on plain names
    article: bool = False  # written with the article (العلي): likely a family name


@dataclass(frozen=True)
class ArabicName:
    tokens: tuple[ArabicToken, ...]
    dropped: tuple[str, ...]  # honorifics and other describing words, normalised
    bracketed: tuple[str, ...]  # what was in brackets, normalised (a kunya, a laqab, an age)


def _split_joined(word: str) -> str:
    """«عبدالله» → «عبد الله», «ابوبكر» → «ابو بكر», «نورالدين» → «نور الدين»."""
    if word in NOT_COMPOUND:
        return word
    if word.startswith("عبد") and len(word) > 4:
        return f"عبد {word[3:]}"
    if word.startswith("ابو") and len(word) > 5:
        return f"ابو {word[3:]}"
    if word.endswith(DIN) and len(word) > len(DIN) + 1:
        return f"{word[:-len(DIN)]} {DIN}"
    if word.endswith(ALLAH) and len(word) > len(ALLAH) + 1:
        return f"{word[:-len(ALLAH)]} {ALLAH}"
    return word


def _plain(word: str) -> ArabicToken:
    if word.startswith("ال") and len(word) > 3 and word not in NOT_COMPOUND:
        return ArabicToken(word[2:], article=True)
    return ArabicToken(word)


def arabic_name(text: str) -> ArabicName:
    bracketed = tuple(b for b in (normalize(m) for m in _BRACKETS.findall(text)) if b)
    words = normalize(_BRACKETS.sub(" ", text)).split()
    dropped: list[str] = []
    while words and words[0] in HONORIFICS:
        dropped.append(words.pop(0))
    tokens: list[ArabicToken] = []
    i = 0
    while i < len(words):
        w = words[i]
        i += 1
        if w in NASAB and (tokens or i < len(words)):
            continue
        if (w == "عبد" or w in KUNYA_HEADS) and i < len(words):
            nxt = words[i]
            i += 1
            tokens.append(ArabicToken(f"{'ابو' if w in ('ابي', 'ابا') else w} {nxt}"))
            continue
        if w in (ALLAH, DIN) and tokens and " " not in tokens[-1].form:
            tokens[-1] = ArabicToken(f"{tokens[-1].form} {w}")
            continue
        joined = _split_joined(w)
        tokens.append(ArabicToken(joined) if " " in joined else _plain(joined))
    return ArabicName(tuple(tokens), tuple(dropped), bracketed)


def implied(dropped: tuple[str, ...]) -> tuple[str | None, bool | None]:
    """Sex and childhood the dropped words imply (الطفلة: a girl), None where they say nothing."""
    sex: str | None = None
    child: bool | None = None
    for word in dropped:
        s, c = HONORIFICS.get(word, (None, None))
        sex = sex or s
        child = c if child is None else child
    return sex, child
