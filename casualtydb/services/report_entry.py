"""Entering one report: the draft a person fills in (source, metadata, text, suggested claims),
suggestions from the extraction engine, incidents to link claims to, and saving it all at once.

Contract: functions take the Session as a keyword-only argument and never commit; the caller
runs `save_report` inside `database.transaction(...)`, so a report is saved whole or not at all.
Only claims the person confirmed are saved, and only the new incidents those claims use.

A draft is plain data (`ReportDraft.to_json()` / `from_json()`), so the drafts store can keep it
on disk while it is typed and give it back after a crash (see `casualtydb.services.drafts`).
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from .. import paths
from ..crossref import refresh_incidents
from ..errors import ValidationError
from ..extract.model import ActorName, PlaceName
from ..models import (
    Actor,
    ActorRole,
    Claim,
    DatePrecision,
    EventType,
    Incident,
    IncidentActor,
    IncidentPlace,
    LocationPrecision,
    Place,
    PlaceLevel,
    Report,
    Source,
)
from ..search import search
from . import attachments, editing
from .entry_victims import VictimDraft, save_victims, victim_suggestions
from .extract_eval import SuggestionOutcome, record_suggestions

DRAFT_FORMAT = 1

# Extraction roles → how the actor relates to the incident.
_ROLE = {"perpetrator": ActorRole.ALLEGED, "controls": ActorRole.CONTROLS}
_PRECISION = {
    PlaceLevel.NEIGHBOURHOOD: LocationPrecision.NEIGHBOURHOOD, PlaceLevel.COMMUNITY: LocationPrecision.TOWN,
    PlaceLevel.SUBDISTRICT: LocationPrecision.SUBDISTRICT, PlaceLevel.DISTRICT: LocationPrecision.DISTRICT,
    PlaceLevel.GOVERNORATE: LocationPrecision.GOVERNORATE, PlaceLevel.COUNTRY: LocationPrecision.GOVERNORATE,
}


# ---------------------------------------------------------------------------------------------
# The draft


def _s(value: Any) -> Any:
    """JSON-ready: UUIDs and dates as strings, nested dataclasses as dicts."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (date, time, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_s(v) for v in value]
    if isinstance(value, dict):
        return {k: _s(v) for k, v in value.items()}
    return value


def _uuid(value: Any) -> uuid.UUID | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _known(cls: type, data: Mapping[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


@dataclass
class NewSource:
    """A source created together with the report (the source picker's "create")."""

    name_ar: str = ""
    name_en: str | None = None
    kind: str = "other"
    reliability: str = "F"
    url: str | None = None


PlaceLink = tuple[uuid.UUID, str | None, bool]


@dataclass
class NewIncident:
    """An incident created together with the report, for the claims that point at it.

    `places` are (place id, location precision or None to derive it from the place's level,
    primary); a bare place id is accepted too (the first one is then the primary). `actors` are
    (actor id, role) pairs. `edited` marks a person's changes, which new suggestions keep."""

    start_date: date | str | None = None
    end_date: date | str | None = None
    date_precision: str = DatePrecision.DAY.value
    event_type: str = EventType.OTHER.value
    places: list[PlaceLink] = field(default_factory=list)
    actors: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    description_ar: str | None = None
    description_en: str | None = None
    edited: bool = False

    def __post_init__(self) -> None:
        links: list[PlaceLink] = []
        for k, item in enumerate(self.places):
            if isinstance(item, (list, tuple)):
                pid, precision, primary = item
                links.append((_uuid(pid), str(precision) if precision else None, bool(primary)))
            else:
                links.append((_uuid(item), None, k == 0))
        if links and not any(p for _, _, p in links):
            links[0] = (links[0][0], links[0][1], True)
        self.places = links
        self.actors = [(_uuid(a), str(r)) for a, r in self.actors]

    @property
    def place_ids(self) -> list[uuid.UUID]:
        """Place ids, the primary one first."""
        return [pid for pid, _, primary in self.places if primary] + \
            [pid for pid, _, primary in self.places if not primary]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> NewIncident:
        return cls(**_known(cls, data))


@dataclass
class ClaimDraft:
    """One suggested or typed claim. It is saved only when `confirmed`.

    The incident is either `incident_id` (an existing one) or `new_incident`, an index into the
    draft's `new_incidents`; `part_of` is the index of the draft claim this one breaks down."""

    category: str = ""
    group: str = "unknown"
    min: int | str | None = None
    max: int | str | None = None
    approximate: bool = False
    vague: str | None = None
    quote: str | None = None
    text: str | None = None  # the words the figure was read from, text[start:end]
    start: int | None = None
    end: int | None = None
    confirmed: bool = False
    incident_id: uuid.UUID | None = None
    new_incident: int | None = None
    part_of: int | None = None
    credibility: int | None = None
    suggested: bool = False  # came from the extraction (not typed by the person)
    # The figure as the engine suggested it (category, group, min, max, approximate, confidence,
    # summed), kept when the person corrects it: saved with the report for `extract-eval`.
    suggestion: dict[str, Any] | None = None
    # The person chose the incident; default links (`default_links`) leave it alone then. A
    # default link sets `incident_id` and keeps `new_incident`, so it can go back to "new".
    link_chosen: bool = False

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ClaimDraft:
        d = _known(cls, data)
        d["incident_id"] = _uuid(d.get("incident_id"))
        return cls(**d)


@dataclass
class ReportDraft:
    """Everything the entry form holds. `draft_id` names the draft in the drafts store."""

    draft_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    source_id: uuid.UUID | None = None
    new_source: NewSource | None = None
    title: str | None = None
    author: str | None = None
    published_date: date | str | None = None
    published_time: time | str | None = None
    url: str | None = None
    language: str | None = None
    text: str = ""
    relays_report_id: uuid.UUID | None = None
    relays_source_id: uuid.UUID | None = None
    notes: str | None = None
    claims: list[ClaimDraft] = field(default_factory=list)
    new_incidents: list[NewIncident] = field(default_factory=list)
    victims: list[VictimDraft] = field(default_factory=list)
    # Files to attach when the report is saved (screenshots, saved pages): their paths; the draft
    # keeps only where they are, the bytes are read and hashed at save.
    evidence: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = _s(asdict(self))
        data["format"] = DRAFT_FORMAT
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ReportDraft:
        d = _known(cls, data)
        for key in ("source_id", "relays_report_id", "relays_source_id"):
            d[key] = _uuid(d.get(key))
        if d.get("new_source"):
            d["new_source"] = NewSource(**_known(NewSource, d["new_source"]))
        d["claims"] = [ClaimDraft.from_json(c) for c in d.get("claims") or ()]
        d["new_incidents"] = [NewIncident.from_json(i) for i in d.get("new_incidents") or ()]
        d["victims"] = [VictimDraft.from_json(v) for v in d.get("victims") or () if isinstance(v, Mapping)]
        d["evidence"] = [str(p) for p in d.get("evidence") or () if isinstance(p, str)]
        return cls(**d)

    def is_empty(self) -> bool:
        """Nothing worth keeping as a draft has been entered."""
        return not (self.text.strip() or self.title or self.url or self.author or self.claims
                    or self.source_id or self.new_source or self.evidence)


# ---------------------------------------------------------------------------------------------
# Suggestions from the extraction engine


def names_from_database(*, session: Session) -> tuple[list[Any], list[Any]]:
    """The gazetteer and the actor list as the extraction engine's PlaceName/ActorName lists
    (keys are the records' ids as strings)."""
    p, parent = Place.__table__, Place.__table__.alias("parent")
    places = [
        PlaceName(key=str(r.id), name=r.name_ar, pcode=r.pcode,
                  names=tuple(n for n in (r.name_ar, r.name_en, *(r.alt_names or ())) if n),
                  level=r.level, parent_pcode=r.parent_pcode)
        for r in session.execute(
            select(p.c.id, p.c.name_ar, p.c.name_en, p.c.alt_names, p.c.pcode, p.c.level,
                   parent.c.pcode.label("parent_pcode")).outerjoin(parent, parent.c.id == p.c.parent_id))
    ]
    a = Actor.__table__
    actors = [ActorName(key=str(r.id), name=r.name_ar,
                        names=tuple(n for n in (r.name_ar, r.name_en, *(r.aliases or ())) if n))
              for r in session.execute(select(a.c.id, a.c.name_ar, a.c.name_en, a.c.aliases))]
    return places, actors


def shipped_names() -> tuple[list[Any], list[Any]]:
    """The same lists from the gazetteer and actor list shipped with casualtydb (no database)."""
    def split(v: str | None) -> list[str]:
        return [x.strip() for x in (v or "").split("|") if x.strip()]

    with paths.resource("gazetteer", "places.csv").open(encoding="utf-8", newline="") as fh:
        places = [PlaceName(key=r["key"], name=r["name_ar"], pcode=r.get("pcode") or None,
                            names=tuple(n for n in (r["name_ar"], r.get("name_en"), *split(r.get("alt_names"))) if n),
                            level=r.get("level") or None, parent_pcode=r.get("parent_pcode") or None)
                  for r in csv.DictReader(fh)]
    with paths.resource("actors.csv").open(encoding="utf-8", newline="") as fh:
        actors = [ActorName(key=r["key"], name=r["name_ar"],
                            names=tuple(n for n in (r["name_ar"], r.get("name_en"), *split(r.get("aliases"))) if n))
                  for r in csv.DictReader(fh)]
    return places, actors


def suggestions(extraction: Any, *, published: date | None = None) -> tuple[list[ClaimDraft], list[NewIncident]]:
    """Unconfirmed claim drafts and new-incident drafts from an `Extraction`: one new incident
    per event the engine found (one per strike), its claims pointing at it."""
    incidents: list[NewIncident] = []
    for ev in extraction.events:
        when = ev.date or (published.isoformat() if published else None)
        incidents.append(NewIncident(
            start_date=when, end_date=when,
            event_type=ev.type if ev.type in {e.value for e in EventType} else EventType.OTHER.value,
            places=[uuid.UUID(k) for k in dict.fromkeys(ev.place_keys) if _is_uuid(k)],
            actors=[(uuid.UUID(a.key), _ROLE.get(a.role, ActorRole.ALLEGED).value)
                    for a in ev.actors if _is_uuid(a.key)]))
    event_of: dict[int, int] = {}
    for e_index, ev in enumerate(extraction.events):
        for c_index in ev.claims:
            event_of.setdefault(c_index, e_index)
    claims = []
    for i, c in enumerate(extraction.claims):
        event = c.event if c.event is not None else event_of.get(i)
        claims.append(ClaimDraft(
            category=c.category, group=c.group, min=c.min, max=c.max, approximate=c.approximate,
            vague=c.vague, quote=c.quote or c.text, text=c.text, start=c.start, end=c.end, confirmed=False,
            new_incident=event if event is not None and event < len(incidents) else None,
            part_of=c.part_of, suggested=True,
            suggestion={"category": c.category, "group": c.group, "min": c.min, "max": c.max,
                        "approximate": c.approximate, "confidence": getattr(c, "confidence", None),
                        "summed": getattr(c, "summed", False)}))
    return claims, incidents


def refresh_victims(draft: ReportDraft, extraction: Any) -> None:
    """Replace the draft's untouched victim suggestions with those of a new reading; confirmed or
    edited ones stay (their spans follow the text), fresh ones on the same words are left out."""
    kept = [v for v in draft.victims if v.confirmed or not v.suggested]
    kept_index = {id(v): i for i, v in enumerate(kept)}
    for v in kept:
        _reanchor(v, draft.text)  # type: ignore[arg-type]  (same fields: text, start, end)
        anchor = draft.victims[v.relative_of] if v.relative_of is not None and 0 <= v.relative_of < len(draft.victims) \
            else None
        v.relative_of = kept_index.get(id(anchor)) if anchor is not None else None
    taken = {(v.start, v.end) for v in kept if v.start is not None}
    victims = list(kept)
    added: dict[int, int] = {}
    fresh = victim_suggestions(extraction)
    for i, v in enumerate(fresh):
        if (v.start, v.end) not in taken:
            added[i] = len(victims)
            victims.append(v)
    for i, new_i in added.items():
        v = victims[new_i]
        v.relative_of = added.get(v.relative_of) if v.relative_of is not None else None
    draft.victims = victims


def refresh_suggestions(draft: ReportDraft, extraction: Any, *, published: date | None = None) -> None:
    """Replace the draft's untouched suggestions with those of a new extraction of its text.

    Kept as they are: claims the person confirmed or changed (and those typed in), and the new
    incidents they point at or that the person edited; their spans follow the text when it was
    edited around them (a span whose words are gone loses its highlight). Fresh suggestions that
    repeat a kept claim (same words, same category) are left out."""
    kept = [c for c in draft.claims if c.confirmed or not c.suggested]
    kept_index = {id(c): i for i, c in enumerate(kept)}
    for c in kept:
        _reanchor(c, draft.text)
    # Parts of claims that are dropped stand alone; the others follow their claim's new index.
    for c in kept:
        if c.part_of is not None:
            parent = draft.claims[c.part_of] if 0 <= c.part_of < len(draft.claims) else None
            c.part_of = kept_index.get(id(parent)) if parent is not None else None
    keep_inc = sorted({c.new_incident for c in kept if c.new_incident is not None
                       and 0 <= c.new_incident < len(draft.new_incidents)}
                      | {j for j, inc in enumerate(draft.new_incidents) if inc.edited})
    remap = {old: new for new, old in enumerate(keep_inc)}
    incidents = [draft.new_incidents[j] for j in keep_inc]
    for c in kept:
        if c.new_incident is not None:
            c.new_incident = remap.get(c.new_incident)

    fresh_claims, fresh_incidents = suggestions(extraction, published=published)
    taken = {(c.start, c.end, c.category): c for c in kept if c.start is not None}
    added: dict[int, int] = {}  # fresh claim index -> index in the new list
    inc_map: dict[int, int] = {}  # fresh event -> incident of the new list
    claims = list(kept)
    for i, c in enumerate(fresh_claims):
        twin = taken.get((c.start, c.end, c.category))
        if twin is None:
            added[i] = len(claims)
            claims.append(c)
        elif c.new_incident is not None and twin.new_incident is not None:
            # The event of a kept claim: its other claims join the kept claim's incident.
            inc_map.setdefault(c.new_incident, twin.new_incident)
    used = sorted({c.new_incident for i, c in enumerate(fresh_claims)
                   if i in added and c.new_incident is not None and c.new_incident not in inc_map})
    for j in used:
        inc_map[j] = len(incidents)
        incidents.append(fresh_incidents[j])
    for i, new_i in added.items():
        c = claims[new_i]
        c.new_incident = inc_map.get(c.new_incident) if c.new_incident is not None else None
        c.part_of = added.get(c.part_of) if c.part_of is not None else None
    draft.claims = claims
    draft.new_incidents = incidents
    refresh_victims(draft, extraction)


def _reanchor(claim: ClaimDraft, text: str) -> None:
    """Move a claim's span to where its words now are (nearest the old place), or drop it."""
    if claim.start is None or claim.end is None:
        return
    words = claim.text
    if not words:
        if not 0 <= claim.start < claim.end <= len(text):
            claim.start = claim.end = None
        return
    if text[claim.start:claim.end] == words:
        return
    best, pos = None, text.find(words)
    while pos != -1:
        if best is None or abs(pos - claim.start) < abs(best - claim.start):
            best = pos
        pos = text.find(words, pos + 1)
    if best is None:
        claim.start = claim.end = None
    else:
        claim.start, claim.end = best, best + len(words)


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# Incidents a claim may belong to


@dataclass(frozen=True)
class IncidentProposal:
    """An existing incident near the report's place and date. `days_apart` is the distance from
    the asked date; `same_place` is False when the match is a place inside or around it."""

    id: uuid.UUID
    start_date: date
    end_date: date | None
    event_type: str
    place_names: tuple[str, ...]
    description: str | None
    days_apart: int
    same_place: bool
    claims: int


def propose_incidents(*, session: Session, place_ids: Iterable[uuid.UUID], on: date | None,
                      window_days: int = 3, limit: int = 20, lang: str = "ar") -> list[IncidentProposal]:
    """Existing incidents (not merged away) at one of these places, a place inside one of them
    or one containing it (below country level), whose dates come within `window_days` of `on`.
    Best first: the same place, then the nearest date."""
    wanted = [p for p in dict.fromkeys(place_ids) if p is not None]
    if not wanted or on is None:
        return []
    pl = Place.__table__
    chosen = session.execute(select(pl.c.id, pl.c.path).where(pl.c.id.in_(wanted))).all()
    if not chosen:
        return []
    # Around: the chosen places' ancestors (from their paths), leaving out the country.
    around = {uuid.UUID(h) for r in chosen for h in (r.path or "").strip("/").split("/")[:-1] if h}
    if around:
        around = set(session.scalars(select(pl.c.id).where(pl.c.id.in_(list(around)),
                                                           pl.c.level != PlaceLevel.COUNTRY)))
    inside = [and_(pl.c.path >= r.path, pl.c.path < r.path[:-1] + chr(ord(r.path[-1]) + 1))
              for r in chosen if r.path]
    place_match = or_(pl.c.id.in_(list({r.id for r in chosen} | around)), *inside)
    lo, hi = on - timedelta(days=window_days), on + timedelta(days=window_days)
    i, ip = Incident.__table__, IncidentPlace.__table__
    rows = session.execute(
        select(i.c.id, i.c.start_date, i.c.end_date, i.c.event_type, i.c.description_ar, i.c.description_en,
               ip.c.place_id)
        .join(ip, ip.c.incident_id == i.c.id).join(pl, pl.c.id == ip.c.place_id)
        .where(place_match, i.c.merged_into_id.is_(None), i.c.start_date <= hi,
               func.coalesce(i.c.end_date, i.c.start_date) >= lo)).all()
    if not rows:
        return []
    exact = {r.id for r in chosen}
    by_incident: dict[uuid.UUID, dict[str, Any]] = {}
    for r in rows:
        entry = by_incident.setdefault(r.id, {"row": r, "same": False})
        entry["same"] = entry["same"] or r.place_id in exact
    ids = list(by_incident)
    names: dict[uuid.UUID, list[str]] = {k: [] for k in ids}
    for r in session.execute(select(ip.c.incident_id, pl.c.name_ar, pl.c.name_en)
                             .join(pl, pl.c.id == ip.c.place_id).where(ip.c.incident_id.in_(ids))
                             .order_by(ip.c.is_primary.desc(), pl.c.name_ar)):
        names[r.incident_id].append((r.name_en or r.name_ar) if lang == "en" else r.name_ar)
    counts = dict(session.execute(select(Claim.incident_id, func.count()).where(Claim.incident_id.in_(ids))
                                  .group_by(Claim.incident_id)).all())
    out = []
    for iid, entry in by_incident.items():
        r = entry["row"]
        end = r.end_date or r.start_date
        apart = 0 if r.start_date <= on <= end else min(abs((r.start_date - on).days), abs((end - on).days))
        desc = (r.description_en or r.description_ar) if lang == "en" else (r.description_ar or r.description_en)
        out.append(IncidentProposal(id=iid, start_date=r.start_date, end_date=r.end_date,
                                    event_type=str(r.event_type), place_names=tuple(names[iid]), description=desc,
                                    days_apart=apart, same_place=entry["same"], claims=counts.get(iid, 0)))
    out.sort(key=lambda p: (not p.same_place, p.days_apart, -p.claims, str(p.id)))
    return out[:limit]


def incident_captions(*, session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, tuple[date, str]]:
    """Start date and description (Arabic, else English, else "") of recorded incidents: what names
    a claim's incident that no proposal lists."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    i = Incident.__table__
    return {r.id: (r.start_date, r.description_ar or r.description_en or "") for r in session.execute(
        select(i.c.id, i.c.start_date, i.c.description_ar, i.c.description_en).where(i.c.id.in_(wanted)))}


def same_incident(proposals: Sequence[IncidentProposal], event_type: str | None) -> IncidentProposal | None:
    """The recorded incident a new one most likely repeats: at the same place, on the same day,
    of the same type (or either of type "other"); best first as `propose_incidents` sorts."""
    other = EventType.OTHER.value
    for p in proposals:
        if p.same_place and p.days_apart == 0 and (
                event_type in (None, "", other) or p.event_type in (other, event_type)):
            return p
    return None


def default_links(draft: ReportDraft, proposals: Mapping[int, Sequence[IncidentProposal]]
                  ) -> dict[int, uuid.UUID | None]:
    """The links to change so that each claim on a suggested new incident (one the person did
    not edit, on a claim whose link they did not choose) points at the recorded incident at the
    same place and date, or back at its new incident when there is none any more.
    `proposals` maps a new incident's index to `propose_incidents` for it. Returns
    {claim index: incident id, or None for "its new incident"}."""
    changes: dict[int, uuid.UUID | None] = {}
    for i, c in enumerate(draft.claims):
        j = c.new_incident
        if c.link_chosen or j is None or not 0 <= j < len(draft.new_incidents):
            continue
        spec = draft.new_incidents[j]
        match = None if spec.edited else same_incident(proposals.get(j, ()), spec.event_type)
        wanted = match.id if match is not None else None
        if c.incident_id != wanted:
            changes[i] = wanted
    return changes


def apply_default_links(draft: ReportDraft, changes: Mapping[int, uuid.UUID | None]) -> None:
    for i, incident_id in changes.items():
        draft.claims[i].incident_id = incident_id


def propose_for_draft(*, session: Session, draft: ReportDraft, window_days: int = 3, lang: str = "ar"
                      ) -> dict[int, list[IncidentProposal]]:
    """`propose_incidents` for each new incident of the draft that has places and a date."""
    out = {}
    for j, spec in enumerate(draft.new_incidents):
        when = _as_date(spec.start_date)
        if spec.place_ids and when is not None:
            out[j] = propose_incidents(session=session, place_ids=spec.place_ids, on=when,
                                       window_days=window_days, lang=lang)
    return out


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class StoredReport:
    """A report already in the database from the same source with the same text or address."""

    id: uuid.UUID
    title: str
    published_date: date | None
    same_text: bool
    same_url: bool


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


def stored_reports(*, session: Session, source_id: uuid.UUID | None, text: str | None,
                   url: str | None) -> list[StoredReport]:
    """Reports of this source whose text (white space aside) or web address is this one's: what
    saving would store a second time. A new source has none."""
    words = _words(text)
    url = (url or "").strip()
    if source_id is None or not (words or url):
        return []
    r = Report.__table__
    same = []
    if url:
        same.append(r.c.url.in_({url, url.rstrip("/"), url.rstrip("/") + "/"}))
    if words:
        # Texts of about the same length are the only candidates; white space is compared in Python.
        n = len(words)
        same.append(func.length(r.c.text).between(n, max(n + 64, n * 3 // 2)))
    rows = session.execute(select(r.c.id, r.c.title, r.c.published_date, r.c.text, r.c.url)
                           .where(r.c.source_id == source_id, or_(*same))
                           .order_by(r.c.created_at).limit(200)).all()
    out = []
    for row in rows:
        same_text = bool(words) and _words(row.text) == words
        same_url = bool(url) and (row.url or "").strip().rstrip("/") == url.rstrip("/")
        if same_text or same_url:
            out.append(StoredReport(id=row.id, title=row.title or "", published_date=row.published_date,
                                    same_text=same_text, same_url=same_url))
    return out


@dataclass(frozen=True)
class SaveCheck:
    """What the entry page shows before saving: links changed to recorded incidents (claim
    index → incident id or None) and reports that saving would store a second time."""

    links: dict[int, uuid.UUID | None]
    stored: list[StoredReport]


def check_before_save(*, session: Session, draft: ReportDraft, window_days: int = 3) -> SaveCheck:
    """Read-only: the default links as they stand in the database now, and the stored copies."""
    links = default_links(draft, propose_for_draft(session=session, draft=draft, window_days=window_days))
    return SaveCheck(links=links, stored=stored_reports(session=session, source_id=draft.source_id,
                                                        text=draft.text, url=draft.url))


def reports_with_url(*, session: Session, url: str | None) -> list[tuple[uuid.UUID, str]]:
    """Reports already entered with this web address: (id, title), to warn before a second entry."""
    url = (url or "").strip()
    if not url:
        return []
    variants = {url, url.rstrip("/"), url.rstrip("/") + "/"}
    return [(r.id, r.title or "") for r in session.execute(
        select(Report.id, Report.title).where(Report.url.in_(variants)).limit(10))]


# ---------------------------------------------------------------------------------------------
# Saving


def _located(err: ValidationError, prefix: str | None) -> ValidationError:
    """The same error with its field named within the draft ("claims[2].min", "source.name_ar")."""
    if prefix is None:
        return err
    name = f"{prefix}.{err.field}" if err.field else prefix
    out = ValidationError(err.reason, field=name)
    out.code = getattr(err, "code", None)  # type: ignore[attr-defined]
    out.params = getattr(err, "params", {})  # type: ignore[attr-defined]
    return out


def _fail(code: str, field_name: str, **params: Any) -> ValidationError:
    return editing.fail(code, field_name, **params)


def _report_values(draft: ReportDraft) -> dict[str, Any]:
    return {
        "title": draft.title, "author": draft.author, "published_date": draft.published_date,
        "published_time": draft.published_time, "url": draft.url, "language": draft.language,
        "text": draft.text, "relays_report_id": draft.relays_report_id,
        "relays_source_id": draft.relays_source_id, "notes": draft.notes,
        "retrieved_at": datetime.now(timezone.utc),
    }


def _confirmed(draft: ReportDraft) -> list[tuple[int, ClaimDraft]]:
    return [(i, c) for i, c in enumerate(draft.claims) if c.confirmed]


def _check_links(draft: ReportDraft, session: Session) -> None:
    for i, c in _confirmed(draft):
        where = f"claims[{i}].incident"
        if c.incident_id is not None:
            inc = session.get(Incident, c.incident_id)
            if inc is None:
                raise _fail("no_such_record", where)
        elif c.new_incident is None or not 0 <= c.new_incident < len(draft.new_incidents):
            raise _fail("incident_required", where)
        if c.part_of is not None and not 0 <= c.part_of < len(draft.claims):
            raise _fail("no_such_record", f"claims[{i}].part_of")


def save_report(*, session: Session, draft: ReportDraft) -> Report:
    """Save the source (when new), the report, the new incidents its confirmed claims use, and
    the confirmed claims, in the caller's transaction; then refresh the derived figures of the
    incidents it touched. Raises ValidationError naming the field ("source.name_ar",
    "published_date", "claims[2].min", "incidents[0].places") and writes nothing then (the
    caller's transaction rolls back)."""
    _check_links(draft, session)
    confirmed = _confirmed(draft)

    # The source
    if draft.source_id is not None:
        if session.get(Source, draft.source_id) is None:
            raise _fail("no_such_record", "source")
        source_id = draft.source_id
    elif draft.new_source is not None:
        try:
            source_id = editing.create_record("source", asdict(draft.new_source), session=session)
        except ValidationError as err:
            raise _located(err, "source") from None
    else:
        raise _fail("source_required", "source")

    # The report
    values = _report_values(draft)
    values["source_id"] = source_id
    report_id = editing.create_record("report", values, session=session)
    report = session.get(Report, report_id)

    # The new incidents the confirmed claims use (the others are suggestions nobody accepted)
    used = sorted({c.new_incident for _, c in confirmed if c.incident_id is None and c.new_incident is not None})
    incident_ids: dict[int, uuid.UUID] = {}
    for j in used:
        spec = draft.new_incidents[j]
        where = f"incidents[{j}]"
        places = [(pid, precision or _precision(session, pid), primary) for pid, precision, primary in spec.places]
        try:
            incident_ids[j] = editing.create_record("incident", {
                "start_date": spec.start_date, "end_date": spec.end_date, "date_precision": spec.date_precision,
                "event_type": spec.event_type, "description_ar": spec.description_ar,
                "description_en": spec.description_en, "places": places}, session=session)
        except ValidationError as err:
            raise _located(err, where) from None
        for aid, role in dict.fromkeys((a, r) for a, r in spec.actors):
            if session.get(Actor, aid) is None:
                raise _fail("no_such_record", f"{where}.actors")
            try:
                role = ActorRole(role)
            except ValueError:
                raise _fail("unknown_choice", f"{where}.actors", value=role) from None
            session.add(IncidentActor(incident_id=incident_ids[j], actor_id=aid, role=role, report_id=report_id))

    # The claims, parts after the claims they break down
    stated = _stated_at(report)
    claim_ids: dict[int, uuid.UUID] = {}
    claim_incidents: dict[int, uuid.UUID] = {}
    touched: set[uuid.UUID] = set()
    for i, c in sorted(confirmed, key=lambda ic: _depth(draft, ic[0])):
        incident_id = c.incident_id if c.incident_id is not None else incident_ids[c.new_incident]  # type: ignore[index]
        try:
            clean = editing.clean_claim({
                "report_id": report_id, "incident_id": incident_id, "category": c.category,
                "victim_group": c.group or "unknown", "min": c.min, "max": c.max, "approximate": c.approximate,
                "vague": c.vague, "quote": c.quote, "credibility": c.credibility, "stated_at": stated,
                # A breakdown of a claim that was not confirmed stands on its own.
                "part_of_id": claim_ids.get(c.part_of) if c.part_of is not None else None}, session=session)
        except ValidationError as err:
            raise _located(err, f"claims[{i}]") from None
        claim = Claim(id=uuid.uuid4(), **clean, span_start=c.start, span_end=c.end)
        session.add(claim)
        session.flush()
        claim_ids[i] = claim.id
        claim_incidents[i] = incident_id
        touched.add(incident_id)
    mention_ids = save_victims(session, draft, report_id, source_id, claim_ids, claim_incidents)
    if draft.text.strip():
        record_suggestions(session, report_id, [
            SuggestionOutcome(c.suggestion, c.start, c.end, c.confirmed, c.confirmed and c.suggested, claim_ids.get(i))
            for i, c in enumerate(draft.claims) if c.suggestion is not None], victims=[
            (v, mention_ids.get(i)) for i, v in enumerate(draft.victims) if v.suggested])
    _attach_evidence(session, report_id, draft.evidence)
    _refresh_figures(session, touched)
    return report


def _attach_evidence(session: Session, report_id: uuid.UUID, paths: list[str]) -> None:
    for i, text in enumerate(paths):
        path = Path(text)
        try:
            content = attachments.read_file(path)
            attachments.attach(session, report_id, attachments.NewAttachment(
                data=content, file_name=path.name, captured_at=datetime.fromtimestamp(path.stat().st_mtime, timezone.utc),
                captured_by=session.info.get("user")))
        except ValidationError as err:
            raise ValidationError(err.reason, field=f"evidence[{i}]") from None


def _depth(draft: ReportDraft, i: int) -> int:
    depth, seen = 0, {i}
    j = draft.claims[i].part_of
    while j is not None and 0 <= j < len(draft.claims) and j not in seen:
        depth += 1
        seen.add(j)
        j = draft.claims[j].part_of
    return depth


def _stated_at(report: Report) -> datetime | None:
    if report.published_date is None:
        return None
    at = report.published_time or time(12, 0)
    return datetime.combine(report.published_date, at, tzinfo=timezone.utc)


def precision_of_level(level: str | None) -> LocationPrecision:
    """The location precision a place's level implies (a town when unknown)."""
    try:
        return _PRECISION.get(PlaceLevel(level), LocationPrecision.TOWN) if level else LocationPrecision.TOWN
    except ValueError:
        return LocationPrecision.TOWN


def _precision(session: Session, place_id: uuid.UUID) -> LocationPrecision:
    return precision_of_level(session.scalar(select(Place.level).where(Place.id == place_id)))


def _refresh_figures(session: Session, incident_ids: Iterable[uuid.UUID]) -> None:
    """Recompute the derived figures of the incidents a save touched."""
    ids = [i for i in incident_ids if i is not None]
    if ids:
        refresh_incidents(session=session, incident_ids=ids)


def source_choices(*, session: Session, text: str, limit: int = 20, lang: str = "ar"
                   ) -> list[tuple[uuid.UUID, str]]:
    """Sources matching what is typed in the source picker (normalised search), best first;
    with nothing typed, the most recently used ones."""
    if text.strip():
        return [(h.id, h.title) for h in search(session=session, text=text, kinds=["source"], limit=limit,
                                                 lang=lang)]
    s, r = Source.__table__, Report.__table__
    last = (select(r.c.source_id, func.max(r.c.created_at).label("at")).group_by(r.c.source_id).subquery())
    rows = session.execute(select(s.c.id, s.c.name_ar, s.c.name_en).outerjoin(last, last.c.source_id == s.c.id)
                           .order_by(last.c.at.desc().nulls_last(), s.c.name_ar).limit(limit)).all()
    return [(row.id, (row.name_en or row.name_ar) if lang == "en" else row.name_ar) for row in rows]


def place_labels(*, session: Session, ids: Sequence[uuid.UUID], lang: str = "ar") -> dict[uuid.UUID, str]:
    """Display names of places (for the suggestions and the new-incident editor)."""
    if not ids:
        return {}
    p = Place.__table__
    return {r.id: (r.name_en or r.name_ar) if lang == "en" else r.name_ar
            for r in session.execute(select(p.c.id, p.c.name_ar, p.c.name_en).where(p.c.id.in_(list(ids))))}


def actor_labels(*, session: Session, ids: Sequence[uuid.UUID], lang: str = "ar") -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    a = Actor.__table__
    return {r.id: (r.name_en or r.name_ar) if lang == "en" else r.name_ar
            for r in session.execute(select(a.c.id, a.c.name_ar, a.c.name_en).where(a.c.id.in_(list(ids))))}
