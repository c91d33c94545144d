"""Finding known places and actors in tokens by normalised multi-word names, and suggesting new places."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ..text.arabic import key as name_key
from ..text.arabic import prefix_variants
from . import lexicon as L
from .model import ActorName, PlaceName
from .tokens import Token, TokenizedText

E = TypeVar("E", PlaceName, ActorName)

_LATIN_ARTICLES = frozenset("al el ad adh ar as ash at ath az ez es ed an en er et ul".split())
_APOSTROPHE_RE = re.compile(r"['’]")
_LEVEL_RANK = {"country": 0, "governorate": 1, "district": 2, "sub-district": 3, "subdistrict": 3,
               "community": 4, "city": 4, "town": 4, "village": 4, "camp": 4,
               "neighbourhood": 5, "neighborhood": 5}
# Gaps allowed inside a multi-word name.
_NAME_GAP_RE = re.compile(r"^[\s\-–'’]*$")


def token_key(t: Token) -> str:
    """A token as it appears in name keys: article dropped, apostrophes removed."""
    w = t.text
    if t.kind == "ar":
        return w[2:] if w.startswith("ال") and len(w) > 3 else w
    return _APOSTROPHE_RE.sub("", w)


def _is_latin_article(toks: list[Token], i: int) -> bool:
    t = toks[i]
    if t.kind != "lat" or t.text not in _LATIN_ARTICLES or i + 1 >= len(toks):
        return False
    gap = toks[i + 1].gap
    return gap.strip() in ("-", "–") or (t.text in ("al", "el") and gap == " ")


@dataclass(slots=True)
class Match(Generic[E]):
    """Tokens [first, last] name `entries` (several when the name is ambiguous)."""

    first: int
    last: int
    start: int  # folded offset (after a stripped prefix)
    entries: list[tuple[E, bool]]  # (entry, matched only through a "مركز X" alias)
    prefix: str  # proclitics stripped from the first word ("و", "ب", "وب" ...)
    cue_in_name: str | None = None  # the name itself began with a place-type word
    kinds: list[str] = field(default_factory=list)
    accepted: bool = False


class NameIndex(Generic[E]):
    """Names of entries keyed by their word keys, for longest-match lookup over tokens."""

    def __init__(self, entries: Iterable[E], *, places: bool) -> None:
        self._index: dict[tuple[str, ...], list[tuple[E, bool]]] = {}
        self._longest: dict[str, int] = {}
        self.centres: set[str] = set()  # keys of "مركز X" units (a district's or sub-district's centre)
        # Latin acronyms ("IS", "SDF") match only in capitals: "is" is not the Islamic State.
        self._acronym: dict[tuple[str, ...], bool] = {}
        for entry in entries:
            seen: set[tuple[str, ...]] = set()
            for name in (entry.name, *entry.names):
                keys = tuple(name_key(name).split())
                if not keys:
                    continue
                if len(keys) == 1 and keys[0].isascii():
                    is_acronym = name.strip().isupper() and len(name.strip()) <= 5
                    self._acronym[keys] = self._acronym.get(keys, True) and is_acronym
                if places and keys[0] == "مركز":
                    self.centres.add(entry.key)
                self._add(keys, entry, False, seen)
                if places and keys[0] == "مركز" and len(keys) > 1:
                    self._add(keys[1:], entry, True, seen)
                if not places and len(keys) == 1 and keys[0].endswith("ي") and len(keys[0]) >= 4:
                    # Nisba adjectives: روسي → روسية، روسيين، روسيون
                    for suffix in ("ه", "ين", "ون"):
                        self._add((keys[0] + suffix,), entry, False, seen)

    def _add(self, keys: tuple[str, ...], entry: E, alias: bool, seen: set[tuple[str, ...]]) -> None:
        if keys in seen:
            return
        seen.add(keys)
        self._index.setdefault(keys, []).append((entry, alias))
        self._longest[keys[0]] = max(self._longest.get(keys[0], 0), len(keys))

    def __bool__(self) -> bool:
        return bool(self._index)

    def find(self, tt: TokenizedText, masked: Sequence[bool]) -> list[Match[E]]:
        """Longest matches, left to right, not overlapping masked tokens or each other."""
        toks = tt.tokens
        n = len(toks)
        out: list[Match[E]] = []
        i = 0
        while i < n:
            m = self._match_at(tt, i, masked)
            if m is None:
                i += 1
                continue
            # Overlapping names of the same entry join up: «طائرات النظام» + «نظام الأسد».
            keys = {e.key for e, _ in m.entries}
            k = i + 1
            while k <= m.last:
                m2 = self._match_at(tt, k, masked)
                if m2 is not None and m2.last > m.last and keys & {e.key for e, _ in m2.entries}:
                    m.last = m2.last
                    m.entries = [(e, a) for e, a in m.entries if e.key in {x.key for x, _ in m2.entries}]
                k += 1
            # "al-Bab": the article before the name belongs to the mention.
            if i > 0 and _is_latin_article(toks, i - 1) and not masked[i - 1] and not m.prefix:
                m.first = i - 1
                m.start = toks[i - 1].start
            first_word = toks[i].text[len(m.prefix):]
            first_key = first_word[2:] if first_word.startswith("ال") and len(first_word) > 3 else first_word
            if m.last > i and first_key in _CUE_KEYS:
                m.cue_in_name = _CUE_KEYS[first_key]
            out.append(m)
            i = m.last + 1
        return out

    def _match_at(self, tt: TokenizedText, i: int, masked: Sequence[bool]) -> Match[E] | None:
        """The longest name starting at token i (its first word may carry proclitics)."""
        toks = tt.tokens
        t = toks[i]
        if masked[i] or t.kind == "num" or _is_latin_article(toks, i):
            return None
        n = len(toks)
        best: Match[E] | None = None
        variants = prefix_variants(t.text) if t.kind == "ar" else (t.text,)
        for v in variants:
            k0 = v[2:] if t.kind == "ar" and v.startswith("ال") and len(v) > 3 else v
            if t.kind == "lat":
                k0 = _APOSTROPHE_RE.sub("", k0)
            max_len = self._longest.get(k0)
            if not max_len:
                continue
            keys = [k0]
            idx = [i]
            j = i + 1
            while len(keys) < max_len and j < n and not masked[j] and toks[j].sent == t.sent:
                if not _NAME_GAP_RE.match(toks[j].gap):
                    break
                if _is_latin_article(toks, j):
                    j += 1
                    continue
                if toks[j].kind == "num":
                    break
                keys.append(token_key(toks[j]))
                idx.append(j)
                j += 1
            for length in range(len(keys), 0, -1):
                entries = self._index.get(tuple(keys[:length]))
                if entries and length == 1 and self._acronym.get((keys[0],)):
                    o0, o1 = tt.folded.span(t.start, t.end)
                    if not tt.folded.original[o0:o1].isupper():
                        entries = None
                if entries:
                    last = idx[length - 1]
                    if best is None or last > best.last:
                        prefix = t.text[: len(t.text) - len(v)] if t.text.endswith(v) else ""
                        best = Match(i, last, t.start + len(prefix), list(entries), prefix)
                    break
        return best


_CUE_KEYS = {name_key(w) or w: kind for w, kind in L.PLACE_TYPE_CUES.items()}


def _cue_kind(t: Token) -> str | None:
    for v in prefix_variants(t.text, article=False) if t.kind == "ar" else (t.text,):
        if v in L.PLACE_TYPE_CUES:
            return L.PLACE_TYPE_CUES[v]
    return None


def _is_cue(t: Token) -> bool:
    if t.kind == "ar":
        return any(v in L.PLACE_CUES for v in prefix_variants(t.text, article=False))
    return t.text in L.PLACE_CUES


_JOINERS = frozenset({"و", "and", "or", "او"})
_WEAK_CUES = frozenset({"من", "الي", "علي", "to", "from", "of", "on"})


def _lineage(pcode: str | None, parent: str | None) -> set[str]:
    """P-codes are hierarchical by prefix: SY090100 ⊂ SY0901 ⊂ SY09."""
    out: set[str] = set()
    for code in (pcode, parent):
        if code:
            for n in range(4, len(code) + 1, 2):
                out.add(code[:n])
    return out


@dataclass(slots=True)
class PlaceFind:
    match: Match[PlaceName]
    ranked: list[PlaceName]
    cue: str | None


def find_places(tt: TokenizedText, index: NameIndex[PlaceName], masked: Sequence[bool]) -> list[PlaceFind]:
    """Known places, kept only where the words are used as a place (after a cue, in a list of
    places, or a name that cannot be an ordinary word), with candidates ranked by context."""
    toks = tt.tokens
    matches = index.find(tt, masked)
    accepted: list[Match[PlaceName]] = []
    prev: Match[PlaceName] | None = None
    for m in matches:
        kinds: list[str] = []
        if m.cue_in_name:
            kinds.append(m.cue_in_name)
        cue = bool(m.cue_in_name) or "ب" in m.prefix
        # The words before: "في حي الحميدية", "بريف مدينة البوكمال", "شرق دير الزور".
        k = m.first - 1
        if k >= 0 and toks[k].sent == toks[m.first].sent and not masked[k]:
            kind = _cue_kind(toks[k])
            if kind and _gap_is_plain(toks[m.first].gap):
                kinds.append(kind)
                cue = True
                k2 = k - 1
                if k2 >= 0 and toks[k2].sent == toks[k].sent:
                    kind2 = _cue_kind(toks[k2])
                    if kind2:
                        kinds.append(kind2)
            elif _is_cue(toks[k]):
                # «من العمال» is "of the workers": a city neighbourhood named like a common word
                # needs "في"/"in" or a place-type word, not just any preposition.
                weak = toks[k].text in _WEAK_CUES
                if not (weak and all((e.level or "") in ("neighbourhood", "neighborhood") for e, _ in m.entries)):
                    cue = True
        # A list continues: "حيي الحميدية والشيخ ياسين", "أحياء “المطار القديم ،علي بك، ...".
        if prev is not None and prev.accepted and toks[prev.last].sent == toks[m.first].sent:
            between = [toks[k].text for k in range(prev.last + 1, m.first)]
            if all(w in _JOINERS for w in between) and len(between) <= 1:
                if "و" in m.prefix or between or re.fullmatch(r"[\s,،\"“”«»'’]*", toks[m.first].gap):
                    cue = True
                    if not kinds:
                        kinds = list(prev.kinds)
        entries = [e for e, _ in m.entries]
        distinctive = any(_LEVEL_RANK.get(e.level or "", 9) <= 1 for e in entries) or (
            m.last > m.first and not all((e.level or "") in ("neighbourhood", "neighborhood") for e in entries))
        main = m.first + 1 if _is_latin_article(toks, m.first) else m.first
        if toks[main].kind == "lat":
            o0, _ = tt.folded.span(toks[main].start, toks[main].end)
            distinctive = tt.folded.original[o0:o0 + 1].isupper()
        m.kinds = kinds
        m.accepted = cue or distinctive
        if m.accepted:
            accepted.append(m)
        prev = m
    # Context: places named without ambiguity anchor the choice for the others.
    context: set[str] = set()
    for m in accepted:
        if len({e.key for e, _ in m.entries}) == 1:
            e = m.entries[0][0]
            context |= _lineage(e.pcode, e.parent_pcode)
    out: list[PlaceFind] = []
    for m in accepted:
        ranked = _rank(m, context, index.centres)
        out.append(PlaceFind(m, ranked, m.kinds[0] if m.kinds else None))
        if len(ranked) > 1:  # a resolved choice is context for later mentions too
            context |= _lineage(ranked[0].pcode, ranked[0].parent_pcode)
    return out


def _gap_is_plain(gap: str) -> bool:
    return bool(re.fullmatch(r"[\s\"“”«»'’]*", gap))


def _rank(m: Match[PlaceName], context: set[str], centres: set[str]) -> list[PlaceName]:
    seen: dict[str, tuple[float, PlaceName]] = {}
    centre_keys = {e.key for e, alias in m.entries if alias} | {e.key for e, _ in m.entries if e.key in centres}
    for e, alias in m.entries:
        level = _LEVEL_RANK.get(e.level or "", 4)
        score = 0.0 if alias else 1.0
        centre = e.key in centre_keys
        for kind in (["countryside"] if "countryside" in m.kinds else m.kinds[:1]):
            if kind == "city":
                score += 3 if level == 4 else 2 + level / 10 if centre else 0
            elif kind == "neighbourhood":
                score += 3 if level == 5 else 0
            elif kind == "village":
                score += 3 if level == 4 else 1 if level == 3 else 0
            elif kind == "camp":
                score += 1 if level >= 4 else 0
            elif kind in ("governorate", "district", "sub-district"):
                score += 3 if (e.level or "").replace("subdistrict", "sub-district") == kind else 0
            elif kind == "countryside":
                score += 2 if level in (1, 2) and not centre else 0
        if not m.kinds:
            score += (5 - min(level, 5)) / 10  # bare name: the larger unit
        lineage = _lineage(e.pcode, e.parent_pcode)
        if context and lineage:
            score += max((len(c) for c in lineage & context), default=0) / 4
        if e.key not in seen or seen[e.key][0] < score:
            seen[e.key] = (score, e)
    return [e for _, e in sorted(seen.values(), key=lambda se: -se[0])]


@dataclass(slots=True)
class ActorFind:
    match: Match[ActorName]
    role: str


def find_actors(tt: TokenizedText, index: NameIndex[ActorName], masked: Sequence[bool]) -> list[ActorFind]:
    """Known actors, each with the role its context suggests: perpetrator, controls or mentioned."""
    toks = tt.tokens
    out: list[ActorFind] = []
    for m in index.find(tt, masked):
        role = "mentioned"
        prev = out[-1] if out else None
        if prev and toks[prev.match.last].sent == toks[m.first].sent and (
                ("و" in m.prefix and prev.match.last == m.first - 1)
                or (m.first - prev.match.last == 2 and toks[m.first - 1].text in _JOINERS)):
            role = prev.role
        else:
            for back in (1, 2, 3):
                k = m.first - back
                if k < 0 or toks[k].sent != toks[m.first].sent:
                    break
                variants = prefix_variants(toks[k].text) if toks[k].kind == "ar" else (toks[k].text,)
                hit = next((L.ACTOR_ROLE_CUES[v] for v in variants if v in L.ACTOR_ROLE_CUES), None)
                if hit is None and back == 1 and not m.prefix and any(v in L.ACTOR_SUBJECT_VERBS for v in variants):
                    hit = "perpetrator"
                if hit:
                    role = hit
                    break
        # The word after: "Russian jets" (perpetrator), "ISIS-held" (controls, even after a cue).
        nxt = toks[m.last + 1] if m.last + 1 < len(toks) else None
        if nxt is not None and nxt.text in L.ACTOR_ROLE_AFTER and (role == "mentioned" or nxt.gap.strip() == "-"):
            role = L.ACTOR_ROLE_AFTER[nxt.text]
        out.append(ActorFind(m, role))
    return out


@dataclass(slots=True)
class NewPlaceFind:
    first: int
    last: int
    start: int
    kind: str
    within: str | None


def find_new_places(tt: TokenizedText, places: list[PlaceFind], masked: Sequence[bool],
                    known_words: frozenset[str] | set[str]) -> list[NewPlaceFind]:
    """Names after «حي/قرية/بلدة/مدينة» (or "village of") that no known place matched."""
    toks = tt.tokens
    n = len(toks)
    by_first = {p.match.first: p for p in places}
    place_firsts = [p.match.first for p in places]
    covered = [False] * n
    for p in places:
        for k in range(p.match.first, p.match.last + 1):
            covered[k] = True
    out: list[NewPlaceFind] = []
    for i, t in enumerate(toks):
        kind = None
        if t.kind == "ar":
            kind = next((L.NEW_PLACE_CUES[v] for v in prefix_variants(t.text, article=False)
                         if v in L.NEW_PLACE_CUES), None)
            j = i + 1
        elif t.text in L.EN_NEW_PLACE_CUES and i + 2 < n and toks[i + 1].text == "of":
            kind = L.EN_NEW_PLACE_CUES[t.text]
            j = i + 2
        if kind is None or j >= n or toks[j].sent != t.sent or not _gap_is_plain(toks[j].gap):
            continue
        if covered[j]:
            # «قرية السوسة» matched only as the sub-district named after the village: the village
            # itself is new, inside that sub-district.
            p = by_first.get(j)
            if p and kind in ("village", "town", "neighbourhood") and p.match.cue_in_name is None:
                best = p.ranked[0]
                if _LEVEL_RANK.get(best.level or "", 4) < 4 and kind != "neighbourhood":
                    out.append(NewPlaceFind(j, p.match.last, p.match.start, kind, best.key))
            continue
        last = _name_extent(tt, j, masked, covered, known_words)
        if last is None:
            continue
        within = None
        k = bisect_right(place_firsts, last)
        if k < len(places):
            p = places[k]
            if p.match.first - last <= 4 and toks[p.match.first].sent == t.sent:
                within = p.ranked[0].key
        out.append(NewPlaceFind(j, last, toks[j].start, kind, within))
    return out


def _name_extent(tt: TokenizedText, j: int, masked: Sequence[bool], covered: Sequence[bool],
                 known_words: frozenset[str] | set[str]) -> int | None:
    toks = tt.tokens
    t = toks[j]
    if masked[j] or t.kind == "num" or len(t.text) < 2:
        return None
    if t.kind == "lat":
        o0, _ = tt.folded.span(t.start, t.end)
        if not tt.folded.original[o0:o0 + 1].isupper():
            return None
        last = j
        while last + 1 < len(toks) and toks[last + 1].kind == "lat" and _NAME_GAP_RE.match(toks[last + 1].gap):
            o1, _ = tt.folded.span(toks[last + 1].start, toks[last + 1].end)
            if not tt.folded.original[o1:o1 + 1].isupper():
                break
            last += 1
        return last
    if t.text in L.NOT_NAMES or t.text in known_words or t.text in L.PLACE_TYPE_CUES or t.text in L.PLACE_CUES:
        return None
    last = j
    cur = t.text
    while last + 1 < len(toks) and last - j < 2:
        nxt = toks[last + 1]
        if (nxt.kind != "ar" or masked[last + 1] or covered[last + 1] or nxt.sent != t.sent
                or not _NAME_GAP_RE.match(nxt.gap) or nxt.text in L.NOT_NAMES or nxt.text in known_words):
            break
        if cur in L.COMPOUND_HEADS or nxt.text in L.NAME_ADJECTIVES:
            last += 1
            cur = nxt.text
            continue
        break
    return last
