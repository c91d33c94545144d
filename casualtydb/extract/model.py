"""The extraction engine's inputs (known places and actors) and results, as frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CATEGORIES = ("killed", "injured", "missing", "detained", "besieged", "displaced")
# "casualties": killed and injured together, not told apart by the text («9 قتلى وجرحى»,
# «4 ضحايا بين قتيل وجريح»); a suggestion only: the person records it as they see fit.
SUGGESTED_CATEGORIES = (*CATEGORIES, "casualties")
LIKELY = 0.7
GROUPS = ("civilians", "children", "women", "men", "combatants", "unknown")


@dataclass(frozen=True)
class PlaceName:
    """A known place. `key` is the caller's id (a UUID string); `names` every spelling
    (Arabic, English, alternatives). `level` and `parent_pcode` are optional but let the matcher
    choose between places of the same name ("مدينة X" → the city, a neighbourhood of a city named
    nearby); levels as in the gazetteer: governorate, district, sub-district, community, neighbourhood."""

    key: str
    name: str
    pcode: str | None = None
    names: tuple[str, ...] = ()
    level: str | None = None
    parent_pcode: str | None = None


@dataclass(frozen=True)
class ActorName:
    """A known actor (armed force, group, state); `names` are all its spellings."""

    key: str
    name: str
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Claim:
    """A casualty figure: min == max when exact, max None for "at least", both None when vague.

    `part_of` is the index of the claim this one breaks down ("23 killed, including 8 children");
    `quote` is the sentence it came from; the hints tie it to the places, actors and date around it."""

    category: str
    group: str
    min: int | None
    max: int | None
    approximate: bool
    vague: str | None
    text: str
    start: int
    end: int
    quote: str = ""
    quote_start: int = 0
    part_of: int | None = None
    place_keys: tuple[str, ...] = ()
    actor_keys: tuple[str, ...] = ()
    date: str | None = None
    event: int | None = None
    # How sure the engine is, 0-1: a casualty word governing the figure ≈ 0.9, one further away in
    # the sentence ≈ 0.55-0.65. LIKELY is where the entry page stops showing a suggestion unasked.
    confidence: float = 0.8
    summed: bool = False  # a total the text does not state: the sum of its coordinated parts

    def to_json(self) -> dict[str, Any]:
        return {
            "confidence": self.confidence, "summed": self.summed,
            "category": self.category, "group": self.group, "min": self.min, "max": self.max,
            "approximate": self.approximate, "vague": self.vague, "text": self.text,
            "start": self.start, "end": self.end, "quote": self.quote, "part_of": self.part_of,
            "place_keys": list(self.place_keys), "actor_keys": list(self.actor_keys),
            "date": self.date, "event": self.event,
        }


@dataclass(frozen=True)
class DateMention:
    """A date the text names, absolute or relative to the publication date (`relative`).
    `weekday_mismatch` is True when a weekday named with it is not the computed date's weekday."""

    date: str
    text: str
    start: int
    end: int
    relative: bool = False
    weekday_mismatch: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date, "text": self.text, "start": self.start, "end": self.end,
                "relative": self.relative, "weekday_mismatch": self.weekday_mismatch}


@dataclass(frozen=True)
class PlaceMention:
    """A known place found in the text; `candidates` lists every key the words could mean, best first."""

    key: str
    name: str
    pcode: str | None
    text: str
    start: int
    end: int
    candidates: tuple[str, ...] = ()
    cue: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "pcode": self.pcode, "key": self.key, "text": self.text,
                "start": self.start, "end": self.end, "candidates": list(self.candidates), "cue": self.cue}


@dataclass(frozen=True)
class ActorMention:
    """A known actor found in the text; role is "perpetrator", "controls" or "mentioned"."""

    key: str
    name: str
    text: str
    start: int
    end: int
    role: str = "mentioned"

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "key": self.key, "text": self.text, "start": self.start,
                "end": self.end, "role": self.role}


@dataclass(frozen=True)
class NewPlace:
    """A name after «حي/قرية/بلدة/مدينة» (or "village of") that the gazetteer lacks.

    `within_key` is a known place the new one probably lies in (e.g. the sub-district named like
    the village: «قرية السوسة» → Susat sub-district)."""

    name: str
    kind: str
    text: str
    start: int
    end: int
    within_key: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "text": self.text, "start": self.start,
                "end": self.end, "within_key": self.within_key}


@dataclass(frozen=True)
class EventActor:
    key: str
    role: str


@dataclass(frozen=True)
class Event:
    """Claims that describe one incident, as a suggestion for the entry form."""

    claims: tuple[int, ...]
    type: str | None
    date: str | None
    place_keys: tuple[str, ...]
    actors: tuple[EventActor, ...]
    start: int
    end: int

    @property
    def actor_keys(self) -> tuple[str, ...]:
        return tuple(a.key for a in self.actors)

    def to_json(self) -> dict[str, Any]:
        return {"claims": list(self.claims), "type": self.type, "date": self.date,
                "place_keys": list(self.place_keys), "actor_keys": list(self.actor_keys),
                "actors": [{"key": a.key, "role": a.role} for a in self.actors],
                "start": self.start, "end": self.end}


@dataclass(frozen=True)
class VictimMention:
    """A named victim (or a relative the text counts without a name) to confirm as a mention.

    `name` is the name as written, text[start:end] (None for an unnamed relative, whose span is
    the relation word); `parts` the chain as written (given, father, grandfather, family), with
    the parts a relation implies for a relative; `text` is text[start:end] (the name, or the
    relation word), `phrase` the whole phrase with its describing words; `relative_of` the index of the mention a relation («وابنه») refers to."""

    name: str | None
    parts: tuple[tuple[str, str], ...]
    sex: str | None  # "male", "female"
    age: int | None
    age_group: str | None  # "child", "adult"
    status: str  # "civilian", "combatant", "unknown"
    fate: str | None  # "killed", "injured", "detained", "missing"
    start: int
    end: int
    text: str = ""
    phrase: str = ""
    quote: str = ""
    relation: str | None = None  # "son", "wife", "brother"…
    relative_of: int | None = None
    confidence: float = 0.8

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "parts": dict(self.parts), "sex": self.sex, "age": self.age,
                "age_group": self.age_group, "status": self.status, "fate": self.fate, "start": self.start,
                "end": self.end, "text": self.text, "phrase": self.phrase, "quote": self.quote, "relation": self.relation,
                "relative_of": self.relative_of, "confidence": self.confidence}


@dataclass(frozen=True)
class Extraction:
    """Everything found in one text. Offsets are into the original text: text[start:end] == item.text."""

    claims: tuple[Claim, ...] = ()
    dates: tuple[DateMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    new_places: tuple[NewPlace, ...] = ()
    events: tuple[Event, ...] = field(default=())
    published: str | None = None  # the date the page states for itself (dateline, «آخر تحديث», a post's time)
    mentions: tuple[VictimMention, ...] = ()  # named victims (casualtydb.extract.victims)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (call json.dumps(..., ensure_ascii=False) for text)."""
        return {
            "claims": [c.to_json() for c in self.claims],
            "dates": [d.to_json() for d in self.dates],
            "places": [p.to_json() for p in self.places],
            "actors": [a.to_json() for a in self.actors],
            "new_places": [n.to_json() for n in self.new_places],
            "events": [e.to_json() for e in self.events],
            "published": self.published,
            "mentions": [m.to_json() for m in self.mentions],
        }
