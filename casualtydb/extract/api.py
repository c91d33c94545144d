"""The extraction entry points: `extract()` and the reusable `Extractor`."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from ..text.folding import FoldedText
from . import lexicon as L
from .claims import find_claims
from .runs import drop_claims
from .dates import find_dates
from .events import group_events
from .gazetteer_match import NameIndex, find_actors, find_new_places, find_places
from .model import (
    ActorMention,
    ActorName,
    Claim,
    DateMention,
    Event,
    EventActor,
    Extraction,
    NewPlace,
    PlaceMention,
    PlaceName,
)
from .page import clean_page, page_date
from .tokens import TokenizedText
from .victims import find_victims

# Words the engine knows as something else, so never proposed as a new place name.
_KNOWN_WORDS = frozenset(
    set(L.TRIGGERS) | set(L.HEADS) | set(L.AR_UNITS) | set(L.AR_TENS) | set(L.AR_HUNDREDS) | set(L.VAGUE_WORDS)
    | set(L.MONTHS) | set(L.WEEKDAYS) | set(L.NOT_NAMES) | set(L.PLACE_CUES) | set(L.PLACE_TYPE_CUES)
    | {w for phrase in L.QUALIFIERS for w in phrase} | set(L.BREAKDOWN_MARKERS) | set(L.NEGATORS)
    | {"اليوم", "امس", "الاسبوع", "الشهر", "العام", "غدا"}
)


class Extractor:
    """Extraction against fixed place and actor lists; build once, call `extract` per text.

    Pure Python and thread-safe (nothing is mutated after construction)."""

    def __init__(self, places: Iterable[PlaceName] = (), actors: Iterable[ActorName] = ()) -> None:
        self._places: NameIndex[PlaceName] = NameIndex(places, places=True)
        self._actors: NameIndex[ActorName] = NameIndex(actors, places=False)

    def extract(self, text: str, *, published: date | None = None, language: str | None = None) -> Extraction:
        """Claims, dates, places, actors, new places and events found in `text`.

        `published` resolves relative dates ("أمس", "yesterday"); without it they are left out.
        `language` ("ar" or "en") limits figure-finding to that script; None reads both.
        Never raises on odd input: non-text or empty text gives an empty result."""
        if isinstance(text, (bytes, bytearray)):
            try:
                text = bytes(text).decode("utf-8")
            except UnicodeDecodeError:
                return Extraction()
        if not isinstance(text, str) or not text.strip():
            return Extraction()
        # WORKAROUND for CPython's generational GC: with hundreds of thousands of small token
        # objects alive, full collections keep rescanning them and a megabyte takes 1.5x as long.
        # Nothing here forms reference cycles, so collection can wait until the text is done.
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._extract(text, published, language)
        finally:
            if gc_was_enabled:
                gc.enable()

    def _extract(self, text: str, published: date | None, language: str | None) -> Extraction:
        # A pasted page: furniture blanked (same length, so offsets still point into `text`), and
        # the page's own date resolves «اليوم» and «أمس» when the caller gives none.
        page = clean_page(text)
        own_date = page_date(text)
        if published is None:
            published = own_date
        folded = FoldedText(page.text)
        tt = TokenizedText(folded)
        toks = tt.tokens
        if not toks:
            return Extraction()
        n = len(toks)
        found_dates = find_dates(folded.text, published)
        masked = [False] * n
        starts = [t.start for t in toks]
        for d in found_dates:
            for k in _tokens_in(starts, toks, d.start, d.end):
                masked[k] = True
        actor_finds = find_actors(tt, self._actors, masked) if self._actors else []
        names_masked = list(masked)
        for a in actor_finds:
            for k in range(a.match.first, a.match.last + 1):
                names_masked[k] = True
        place_finds = find_places(tt, self._places, names_masked) if self._places else []
        new_finds = find_new_places(tt, place_finds, names_masked, _KNOWN_WORDS)
        claim_mask = list(names_masked)
        for p in place_finds:
            for k in range(p.match.first, p.match.last + 1):
                claim_mask[k] = True
        found_claims = find_claims(tt, claim_mask, language)
        if page.headlines:
            found_claims = _drop_repeated_titles(found_claims, folded, page.headlines)
        found_claims = _drop_restatements(found_claims, toks)
        found_events, hints = group_events(tt, found_claims, place_finds, actor_finds, found_dates)

        def orig(start: int, end: int) -> tuple[str, int, int]:
            o0, o1 = folded.span(start, end)
            return text[o0:o1], o0, o1

        claims = []
        for c, h in zip(found_claims, hints):
            s, o0, o1 = orig(c.q.start, c.q.end)
            vague = orig(*c.q.vague)[0] if c.q.vague else None
            sent = tt.sentence_of(c.q.first)
            quote, q0, _ = orig(sent.start, sent.end)
            claims.append(Claim(
                category=c.category, group=c.group, min=c.q.min, max=c.q.max, approximate=c.q.approximate,
                vague=vague, text=s, start=o0, end=o1, quote=quote, quote_start=q0, part_of=c.part_of,
                place_keys=tuple(h.place_keys), actor_keys=tuple(k for k, _ in h.actors), date=h.date,
                event=h.event, confidence=c.confidence, summed=c.summed,
            ))
        dates = []
        for d in found_dates:
            s, o0, o1 = orig(d.start, d.end)
            dates.append(DateMention(d.date.isoformat(), s, o0, o1, d.relative, d.weekday_mismatch))
        places = []
        for p in place_finds:
            s, o0, o1 = orig(p.match.start, toks[p.match.last].end)
            best = p.ranked[0]
            places.append(PlaceMention(best.key, best.name, best.pcode, s, o0, o1,
                                       tuple(e.key for e in p.ranked), p.cue))
        actors = []
        for a in actor_finds:
            s, o0, o1 = orig(a.match.start, toks[a.match.last].end)
            entry = a.match.entries[0][0]
            actors.append(ActorMention(entry.key, entry.name, s, o0, o1, a.role))
        new_places = []
        for np_ in new_finds:
            s, o0, o1 = orig(np_.start, toks[np_.last].end)
            new_places.append(NewPlace(s, np_.kind, s, o0, o1, np_.within))
        events = []
        for ev in found_events:
            _, o0, o1 = orig(toks[ev.first_tok].start, toks[ev.last_tok].end)
            events.append(Event(tuple(ev.claims), ev.type, ev.date, tuple(ev.place_keys),
                                tuple(EventActor(k, r) for k, r in ev.actors), o0, o1))
        # Names never run into a known place, actor or date («… العلي في حلب»).
        taken = tuple((m.start, m.end) for m in (*dates, *places, *actors))
        mentions = tuple(find_victims(page.text, taken))
        return Extraction(tuple(claims), tuple(dates), tuple(places), tuple(actors), tuple(new_places), tuple(events),
                          published=own_date.isoformat() if own_date else None, mentions=mentions)


def _drop_restatements(found: list, toks: list) -> list:
    """A sentence that only restates two or more figures an earlier sentence of its paragraph gave
    («… ما أدى إلى استشهاد مدنيين اثنين وإصابة خمسة آخرين» after the lead said so) adds no figure."""
    from collections import Counter

    by_sent: dict[int, list[int]] = {}
    for i, c in enumerate(found):
        by_sent.setdefault(toks[c.q.first].sent, []).append(i)
    seen: dict[int, list[Counter]] = {}  # paragraph -> figures of its sentences so far
    drop: set[int] = set()
    for _, idx in sorted(by_sent.items()):
        earlier = seen.setdefault(toks[found[idx[0]].q.first].para, [])
        figures = Counter((found[i].category, found[i].q.min, found[i].q.max) for i in idx)
        if len(idx) >= 2 and any(not (figures - e) for e in earlier):
            drop.update(idx)
            continue
        earlier.append(figures)
    drop |= {i for i, c in enumerate(found) if c.part_of in drop}
    return drop_claims(found, drop) if drop else found


def _drop_repeated_titles(found: list, folded: FoldedText, headlines: tuple[tuple[int, int], ...]) -> list:
    """A figure in a title line that the article's body states too is one figure, not two."""
    from bisect import bisect_right

    starts = [a for a, _ in headlines]

    def in_title(c) -> bool:
        o0, _ = folded.span(c.q.start, c.q.end)
        k = bisect_right(starts, o0) - 1
        return k >= 0 and headlines[k][0] <= o0 < headlines[k][1]

    titled = [in_title(c) for c in found]
    body = {(c.category, c.q.min, c.q.max) for c, t in zip(found, titled) if not t}
    drop = {i for i, (c, t) in enumerate(zip(found, titled)) if t and (c.category, c.q.min, c.q.max) in body}
    drop |= {i for i, c in enumerate(found) if c.part_of in drop}
    return drop_claims(found, drop)


def _tokens_in(starts: list[int], toks: list, start: int, end: int) -> range:
    from bisect import bisect_left

    first = bisect_left(starts, start)
    last = first
    while last < len(toks) and toks[last].start < end:
        last += 1
    return range(first, last)


@lru_cache(maxsize=4)
def _extractor_for(places: tuple[PlaceName, ...], actors: tuple[ActorName, ...]) -> Extractor:
    return Extractor(places, actors)


def extract(text: str, *, published: date | None = None, places: Iterable[PlaceName] = (),
            actors: Iterable[ActorName] = (), language: str | None = None) -> Extraction:
    """Extract from one text (see `Extractor.extract`). The name indexes for the same place and
    actor lists are built once and reused; hold an `Extractor` to control that yourself."""
    places, actors = tuple(places), tuple(actors)
    try:
        extractor = _extractor_for(places, actors)
    except TypeError:  # unhashable names (lists instead of tuples): build it uncached
        extractor = Extractor(places, actors)
    return extractor.extract(text, published=published, language=language)
