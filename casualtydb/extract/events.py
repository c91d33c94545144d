"""Grouping claims into suggested incidents, and tying each claim to the date, places and actors around it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..text.arabic import prefix_variants
from . import lexicon as L
from .found import FoundClaim
from .dates import FoundDate
from .gazetteer_match import _LEVEL_RANK, ActorFind, PlaceFind
from .tokens import TokenizedText

_ROLE_ORDER = {"perpetrator": 0, "controls": 1, "mentioned": 2}


@dataclass(slots=True)
class Hints:
    """What a claim is tied to; `event` indexes the suggested events."""

    place_keys: list[str] = field(default_factory=list)
    actors: list[tuple[str, str]] = field(default_factory=list)  # (key, role)
    date: str | None = None
    event: int | None = None


@dataclass(slots=True)
class FoundEvent:
    claims: list[int]
    type: str | None
    date: str | None
    place_keys: list[str]
    actors: list[tuple[str, str]]
    first_tok: int
    last_tok: int


@dataclass(slots=True)
class _Segment:
    first: int
    last: int
    places: list[str]
    actors: list[tuple[str, str]]
    dates: list[FoundDate]
    type: str | None
    separated: bool


def _event_type(tt: TokenizedText, first: int, last: int, category: str) -> str | None:
    words: set[str] = set()
    for k in range(first, last + 1):
        t = tt.tokens[k]
        words.update(prefix_variants(t.text) if t.kind == "ar" else (t.text,))
    for kind, cues in L.EVENT_CUES:
        if words & cues:
            return kind
    return {"besieged": "siege", "detained": "detention_campaign"}.get(category)


def _merge_actors(into: list[tuple[str, str]], new: Sequence[tuple[str, str]]) -> None:
    for key, role in new:
        for idx, (k, r) in enumerate(into):
            if k == key:
                if _ROLE_ORDER[role] < _ROLE_ORDER[r]:
                    into[idx] = (key, role)
                break
        else:
            into.append((key, role))


def group_events(tt: TokenizedText, claims: Sequence[FoundClaim], places: Sequence[PlaceFind],
                 actors: Sequence[ActorFind], dates: Sequence[FoundDate]) -> tuple[list[FoundEvent], list[Hints]]:
    """Events (claims of one incident) and per-claim hints, from the clauses the claims sit in."""
    toks = tt.tokens
    tok_starts = [t.start for t in toks]
    place_at = sorted(((p.match.first, p.ranked[0].key) for p in places), key=lambda x: x[0])
    # Actors merely mentioned (not striking, not holding the area) are not proposed for incidents.
    actor_at = sorted(((a.match.first, (a.match.entries[0][0].key, a.role)) for a in actors if a.role != "mentioned"),
                      key=lambda x: x[0])
    date_at = sorted(((min(bisect_left(tok_starts, d.start), len(toks) - 1), d) for d in dates), key=lambda x: x[0])
    place_pos = [p for p, _ in place_at]
    actor_pos = [p for p, _ in actor_at]
    date_pos = [p for p, _ in date_at]

    def in_range(pos: list[int], items: list, first: int, last: int) -> list:
        return [items[k][1] for k in range(bisect_left(pos, first), bisect_right(pos, last))]

    # Clauses: within a sentence, each full claim's clause runs from its anchor to the next one's.
    segments: dict[int, _Segment] = {}
    by_sentence: dict[int, list[int]] = {}
    for idx, c in enumerate(claims):
        if c.part_of is None:
            by_sentence.setdefault(toks[c.q.first].sent, []).append(idx)
    for sent_idx, idxs in by_sentence.items():
        sent = tt.sentences[sent_idx]
        idxs.sort(key=lambda k: claims[k].anchor)
        for pos, idx in enumerate(idxs):
            first = sent.first if pos == 0 else claims[idx].anchor
            last = (claims[idxs[pos + 1]].anchor - 1) if pos + 1 < len(idxs) else sent.last - 1
            anchor = claims[idx].anchor
            separated = pos > 0 and any(
                any(v in L.EVENT_SEPARATORS for v in (prefix_variants(toks[k].text) if toks[k].kind == "ar" else (toks[k].text,)))
                for k in range(max(sent.first, anchor - 3), anchor))
            segments[idx] = _Segment(
                first, last,
                list(dict.fromkeys(in_range(place_pos, place_at, first, last))),
                in_range(actor_pos, actor_at, first, last),
                in_range(date_pos, date_at, first, last),
                _event_type(tt, first, last, claims[idx].category),
                separated or (pos == 0 and _opens_with_separator(tt, sent.first, anchor)),
            )

    rank = {p.ranked[0].key: _LEVEL_RANK.get(p.ranked[0].level or "", 4) for p in places}

    def specific_first(keys: list[str]) -> list[str]:
        """Most specific place first; the country only when nothing narrower is named."""
        keys = [k for k in keys if rank.get(k, 4) > 0] or keys
        return sorted(keys, key=lambda k: -rank.get(k, 4))

    hints = [Hints() for _ in claims]
    events: list[FoundEvent] = []
    current: FoundEvent | None = None
    current_sent = -1
    for idx, c in enumerate(claims):
        if c.part_of is not None:
            continue
        seg = segments[idx]
        sent_idx = toks[c.q.first].sent
        sent = tt.sentences[sent_idx]
        date = _claim_date(seg, date_at, date_pos, tt, sent_idx, c.anchor)
        hints[idx].date = date
        merge = (
            current is not None and not seg.separated
            and toks[current.first_tok].para == toks[c.q.first].para
            and (sent_idx == current_sent or (sent_idx == current_sent + 1 and not seg.places and not seg.dates))
            and (date is None or current.date is None or date == current.date)
            and (not seg.places or not current.place_keys or bool(set(seg.places) & set(current.place_keys)))
            and (seg.type is None or current.type is None or seg.type == current.type)
        )
        if merge and current is not None:
            current.claims.append(idx)
            current.date = current.date or date
            current.type = current.type or seg.type
            current.place_keys.extend(k for k in seg.places if k not in current.place_keys)
            _merge_actors(current.actors, seg.actors)
            current.last_tok = max(current.last_tok, seg.last)
        else:
            current = FoundEvent([idx], seg.type, date, list(seg.places), [], seg.first, seg.last)
            _merge_actors(current.actors, seg.actors)
            if not current.place_keys:  # a clause without places: the sentence's
                current.place_keys = list(dict.fromkeys(in_range(place_pos, place_at, sent.first, sent.last - 1)))
            events.append(current)
        current_sent = sent_idx
        hints[idx].event = len(events) - 1
    for ev in events:
        ev.place_keys = specific_first(ev.place_keys)
        ev.actors.sort(key=lambda kr: _ROLE_ORDER[kr[1]])
        for idx in ev.claims:
            seg = segments[idx]
            h = hints[idx]
            h.place_keys = specific_first(list(seg.places) or list(ev.place_keys))
            h.actors = sorted(seg.actors or ev.actors, key=lambda kr: _ROLE_ORDER[kr[1]])
            h.actors = list(dict.fromkeys(h.actors))
            h.date = h.date or ev.date
    for idx, c in enumerate(claims):  # breakdowns share their parent's ties
        if c.part_of is not None:
            root = c.part_of
            while claims[root].part_of is not None:
                root = claims[root].part_of
            parent = hints[root]
            hints[idx] = Hints(list(parent.place_keys), list(parent.actors), parent.date, parent.event)
            if parent.event is not None:
                events[parent.event].claims.append(idx)
    for ev in events:
        ev.claims.sort()
    return events, hints


def _opens_with_separator(tt: TokenizedText, first: int, anchor: int) -> bool:
    """A sentence that starts "وفي حادثة أخرى" / "Separately," reports another incident."""
    toks = tt.tokens
    for k in range(first, min(anchor, first + 3)):
        t = toks[k]
        if any(v in ("separately", "meanwhile", "elsewhere", "اخري", "بينما", "فيما") for v in
               (prefix_variants(t.text) if t.kind == "ar" else (t.text,))):
            return True
    return False


def _claim_date(seg: _Segment, date_at: list, date_pos: list[int], tt: TokenizedText, sent_idx: int,
                anchor: int) -> str | None:
    """The clause's date, else the sentence's, else the last one named earlier in the paragraph."""
    if seg.dates:
        return seg.dates[0].date.isoformat()
    sent = tt.sentences[sent_idx]
    lo = bisect_left(date_pos, sent.first)
    before_anchor = bisect_left(date_pos, anchor)
    if before_anchor > lo:
        return date_at[before_anchor - 1][1].date.isoformat()
    in_sent_end = bisect_left(date_pos, sent.last)
    if in_sent_end > lo:
        return date_at[lo][1].date.isoformat()
    if lo > 0:
        p, d = date_at[lo - 1]
        if tt.tokens[p].para == sent.para:
            return d.date.isoformat()
    return None
