"""Duplicate incidents: two records of the same event, found, scored, dismissed.

Candidates (one SQL self-join, not a Python loop over pairs):
* start dates at most N days apart (default 2);
* the same place, or one inside the other (each incident's places are expanded to their
  ancestors in the gazetteer, so "Albukamal district" meets "al-Sousa village");
* compatible event types: the same type, the same ACLED event type (air strikes, shelling and
  explosive devices are all "explosions/remote violence"; reports confuse them), or "other";
then, for the pairs found, in Python:
* compatible actors: they share an alleged or claiming party, or one side names none (or only
  an unknown perpetrator);
* not dismissed by a person (`DuplicateDismissal`), neither merged away already.

Score (0 to 1, with reasons): date 0.3 (same day) falling with the gap; place 0.3 (same place)
or 0.15 (one inside the other); type 0.2 (same) or 0.1 (same family) or 0.05 ("other"); actors
0.2 (same parties), 0.15 (some shared), 0.05 (one side unknown). ACLED's rule is the strict end:
same day, same place, same type and the same known actors score 1.0 ("one event").
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Uuid,
    and_,
    case,
    cast,
    func,
    insert,
    literal,
    or_,
    select,
)
from sqlalchemy.schema import CreateTable, DropTable
from sqlalchemy.orm import Session

from ..errors import CasualtyDBError
from ..models import Actor, Claim, DuplicateDismissal, Incident, IncidentActor, IncidentPlace, Place, Report, Source
from ..models.enums import ActorRole, EventType
from ..queries.common import all_rows
from ..sqlite_specific import day_number

DEFAULT_WINDOW_DAYS = 2
MAX_WINDOW_DAYS = 60
CHUNK = 500
MAX_PLACE_DEPTH = 10

# ACLED event types (codebook 2023): what each of our event types is counted as.
ACLED_FAMILY: dict[EventType, str] = {
    EventType.AIRSTRIKE: "explosions/remote violence",
    EventType.SHELLING: "explosions/remote violence",
    EventType.EXPLOSIVE_DEVICE: "explosions/remote violence",
    EventType.GROUND_ATTACK: "battles",
    EventType.EXECUTION: "violence against civilians",
    EventType.DETENTION_CAMPAIGN: "violence against civilians",
    EventType.SIEGE: "siege",
}

incidents_t = Incident.__table__
places_t = Place.__table__
incident_places_t = IncidentPlace.__table__


@dataclass(frozen=True)
class DuplicateReason:
    code: str
    text: str
    weight: float
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DuplicateCandidate:
    """Two incidents that may be one event; `incidents` in a stable order (sorted ids)."""

    incidents: tuple[uuid.UUID, uuid.UUID]
    score: float
    reasons: tuple[DuplicateReason, ...]
    day_gap: int
    same_place: bool
    strict: bool  # ACLED's rule: same day, place, type and actors
    suggested_keep: uuid.UUID  # the one with more reports (on a tie, the first of the pair)

    def to_json(self) -> dict[str, Any]:
        return {
            "incidents": [str(i) for i in self.incidents], "score": round(self.score, 3),
            "reasons": [r.text for r in self.reasons], "reason_codes": [r.code for r in self.reasons],
            "day_gap": self.day_gap, "same_place": self.same_place, "strict": self.strict,
            "suggested_keep": str(self.suggested_keep),
        }


def pair_key(a: uuid.UUID, b: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    """The order pairs are stored and shown in (DuplicateDismissal keeps it too)."""
    return (a, b) if a < b else (b, a)  # UUID order = hex order = PostgreSQL's uuid order


# ---------------------------------------------------------------------------------------------
# SQL: candidate pairs by date window and place containment


def _family_sql(col: Any) -> Any:
    return case({t.value: fam for t, fam in ACLED_FAMILY.items()}, value=col, else_=literal("other"))


def _compatible_types_sql(a: Any, b: Any) -> Any:
    return or_(a == b, a == EventType.OTHER.value, b == EventType.OTHER.value, _family_sql(a) == _family_sql(b))


def _temp_tables() -> tuple[Table, Table]:
    """Where each live incident is (its own places, with its day) and everything its places are
    inside (each place's ancestors): real temporary tables, so the self-join is an index seek on
    (place, day) whatever the planner guesses about CTEs."""
    meta = MetaData()
    located = Table("dup_located", meta, Column("incident_id", Uuid), Column("place_id", Uuid),
                    Column("day", Integer), Column("event_type", String(30)), prefixes=["TEMPORARY"])
    inside = Table("dup_inside", meta, Column("incident_id", Uuid), Column("place_id", Uuid),
                   Column("outer_id", Uuid), Column("depth", Integer), Column("day", Integer),
                   Column("event_type", String(30)), prefixes=["TEMPORARY"])
    return located, inside


def _fill(conn: Connection, located: Table, inside: Table) -> None:
    i, ip, p = incidents_t, incident_places_t, places_t
    conn.execute(insert(located).from_select(
        ["incident_id", "place_id", "day", "event_type"],
        select(ip.c.incident_id, ip.c.place_id, day_number(i.c.start_date), i.c.event_type)
        .join(i, i.c.id == ip.c.incident_id)
        .where(i.c.merged_into_id.is_(None))))
    used = select(located.c.place_id).distinct()
    anchor = (select(p.c.id.label("place_id"), p.c.id.label("outer_id"), p.c.parent_id.label("next_id"),
                     literal(0, Integer).label("depth")).where(p.c.id.in_(used)))
    up = anchor.cte("place_up", recursive=True)
    step = p.alias("place_step")
    up = up.union_all(
        select(up.c.place_id, step.c.id, step.c.parent_id, up.c.depth + 1)
        .join(step, step.c.id == up.c.next_id)
        .where(up.c.depth < MAX_PLACE_DEPTH))
    conn.execute(insert(inside).from_select(
        ["incident_id", "place_id", "outer_id", "depth", "day", "event_type"],
        select(located.c.incident_id, located.c.place_id, up.c.outer_id, up.c.depth, located.c.day,
               located.c.event_type)
        .join(up, up.c.place_id == located.c.place_id)))
    Index("ix_dup_located_place_day", located.c.place_id, located.c.day).create(conn)


def _pairs_statement(located: Table, inside: Table, window_days: int, a_scope: Sequence[uuid.UUID] | None,
                     b_scope: Sequence[uuid.UUID] | None):
    """(a, b, depth, gap, a_place, b_place, types): b's place is a's place (depth 0) or contains it."""
    a, b = inside, located
    # Ids as text: each distinct one becomes a UUID once in Python (see _uuid_cache).
    stmt = (
        select(cast(a.c.incident_id, String).label("a"), cast(b.c.incident_id, String).label("b"), a.c.depth,
               (b.c.day - a.c.day).label("gap"), cast(a.c.place_id, String).label("a_place"),
               cast(b.c.place_id, String).label("b_place"), a.c.event_type.label("a_type"),
               b.c.event_type.label("b_type"))
        .select_from(a)
        .join(b, and_(b.c.place_id == a.c.outer_id, b.c.day >= a.c.day - window_days,
                      b.c.day <= a.c.day + window_days, b.c.incident_id != a.c.incident_id))
        # At the same place each pair would come twice (a, b) and (b, a): keep one.
        .where(or_(a.c.depth > 0, a.c.incident_id < b.c.incident_id),
               _compatible_types_sql(a.c.event_type, b.c.event_type))
    )
    if a_scope is not None:
        stmt = stmt.where(a.c.incident_id.in_(list(a_scope)))
    if b_scope is not None:
        stmt = stmt.where(b.c.incident_id.in_(list(b_scope)))
    return stmt


@dataclass
class _Pair:
    depth: int
    gap: int
    places: tuple[uuid.UUID, uuid.UUID]  # (place of the inner/equal one, place of the outer one)
    types: tuple[str, str]


def _candidate_pairs(conn: Connection, window_days: int, incident_ids: Sequence[uuid.UUID] | None
                     ) -> dict[tuple[uuid.UUID, uuid.UUID], _Pair]:
    located, inside = _temp_tables()
    for t in (located, inside):
        conn.execute(DropTable(t, if_exists=True))
        conn.execute(CreateTable(t))
    rows: list[Any] = []
    try:
        _fill(conn, located, inside)
        if incident_ids is None:
            rows = all_rows(conn.execute(_pairs_statement(located, inside, window_days, None, None)))
        else:
            for start in range(0, len(incident_ids), CHUNK):
                chunk = incident_ids[start:start + CHUNK]
                rows.extend(conn.execute(_pairs_statement(located, inside, window_days, chunk, None)))
                rows.extend(conn.execute(_pairs_statement(located, inside, window_days, None, chunk)))
    finally:
        for t in (located, inside):
            conn.execute(DropTable(t, if_exists=True))
    out: dict[tuple[uuid.UUID, uuid.UUID], _Pair] = {}
    seen: dict[str, uuid.UUID] = {}

    def as_uuid(text: str) -> uuid.UUID:
        value = seen.get(text)
        if value is None:
            value = seen[text] = uuid.UUID(text)
        return value

    for r in rows:
        key = pair_key(as_uuid(r.a), as_uuid(r.b))
        found = _Pair(r.depth, abs(r.gap), (as_uuid(r.a_place), as_uuid(r.b_place)), (str(r.a_type), str(r.b_type)))
        best = out.get(key)
        if best is None or (found.depth, found.gap) < (best.depth, best.gap):
            out[key] = found
    return out


# ---------------------------------------------------------------------------------------------
# Python: actors, dismissals, score


@dataclass
class _IncidentFacts:
    known_actors: frozenset[uuid.UUID]
    actor_names: dict[uuid.UUID, str]
    reports: int


BULK = 5000  # more incidents than this: read the whole tables once instead of chunk by chunk


def _by_text(values: Iterable[uuid.UUID]) -> dict[str, uuid.UUID]:
    """UUIDs under both spellings a database gives for CAST(id AS text) (hex on SQLite, dashed
    on PostgreSQL): rows are matched by their text, so that only the rows wanted are turned into
    UUIDs (converting 750,000 ids costs seconds)."""
    out: dict[str, uuid.UUID] = {}
    for v in values:
        out[v.hex] = v
        out[str(v)] = v
    return out


def _facts(conn: Connection, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, _IncidentFacts]:
    out: dict[uuid.UUID, _IncidentFacts] = {}
    actors: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    names: dict[uuid.UUID, dict[uuid.UUID, str]] = defaultdict(dict)
    reports: dict[uuid.UUID, int] = {}
    actor_rows = {aid: (name_en or name_ar, kind) for aid, name_ar, name_en, kind in
                  conn.execute(select(Actor.id, Actor.name_ar, Actor.name_en, Actor.kind))}
    actor_ids = _by_text(actor_rows)
    wanted = _by_text(ids)
    chunks = [None] if len(ids) > BULK else [list(ids[s:s + CHUNK]) for s in range(0, len(ids), CHUNK)]
    for chunk in chunks:
        ia = select(cast(IncidentActor.incident_id, String), cast(IncidentActor.actor_id, String)).where(
            IncidentActor.role.in_([ActorRole.ALLEGED, ActorRole.CLAIMED]))
        rc = (select(cast(Claim.incident_id, String), func.count(func.distinct(Claim.report_id)))
              .group_by(Claim.incident_id))
        if chunk is not None:
            ia = ia.where(IncidentActor.incident_id.in_(chunk))
            rc = rc.where(Claim.incident_id.in_(chunk))
        for iid_text, aid_text in conn.execute(ia):
            iid = wanted.get(iid_text)
            if iid is None:
                continue
            aid = actor_ids[aid_text]
            name, kind = actor_rows[aid]
            if kind != "unknown":
                actors[iid].add(aid)
                names[iid][aid] = name
        for iid_text, n in conn.execute(rc):
            iid = wanted.get(iid_text)
            if iid is not None:
                reports[iid] = n
    for iid in ids:
        out[iid] = _IncidentFacts(frozenset(actors.get(iid, set())), names.get(iid, {}), reports.get(iid, 0))
    return out


def _dismissed(conn: Connection) -> set[tuple[uuid.UUID, uuid.UUID]]:
    return {pair_key(a, b) for a, b in conn.execute(
        select(DuplicateDismissal.incident_a_id, DuplicateDismissal.incident_b_id))}


def _score(pair: tuple[uuid.UUID, uuid.UUID], found: _Pair, fa: _IncidentFacts, fb: _IncidentFacts,
           window_days: int) -> DuplicateCandidate | None:
    reasons: list[DuplicateReason] = []
    # Actors first: incompatible parties rule the pair out.
    shared = fa.known_actors & fb.known_actors
    if fa.known_actors and fb.known_actors and not shared:
        return None
    if fa.known_actors and fa.known_actors == fb.known_actors:
        names = sorted(fa.actor_names[a] for a in shared)
        actor_reason = DuplicateReason("same_actors", f"same parties held responsible: {', '.join(names)}", 0.2,
                                       {"actors": names})
    elif shared:
        names = sorted(fa.actor_names[a] for a in shared)
        actor_reason = DuplicateReason("shared_actors", f"shared parties held responsible: {', '.join(names)}",
                                       0.15, {"actors": names})
    else:
        actor_reason = DuplicateReason("unknown_actors", "one of them names no known party", 0.05, {})
    gap = found.gap
    if gap == 0:
        reasons.append(DuplicateReason("same_day", "same day", 0.3, {"days": 0}))
    else:
        reasons.append(DuplicateReason("days_apart", f"{gap} day{'s' if gap != 1 else ''} apart",
                                       round(0.3 * (1 - gap / (window_days + 1)), 4), {"days": gap}))
    if found.depth == 0:
        reasons.append(DuplicateReason("same_place", "same place", 0.3, {"place": str(found.places[0])}))
    else:
        reasons.append(DuplicateReason("place_inside", "one place is inside the other", 0.15,
                                       {"inner": str(found.places[0]), "outer": str(found.places[1]),
                                        "levels": found.depth}))
    ta, tb = found.types
    if ta == tb:
        reasons.append(DuplicateReason("same_type", f"same type ({ta})", 0.2, {"type": ta}))
    elif EventType.OTHER.value in (ta, tb):
        reasons.append(DuplicateReason("other_type", f"types {ta} and {tb} (one unspecified)", 0.05,
                                       {"types": [ta, tb]}))
    else:
        family = ACLED_FAMILY.get(EventType(ta), "other")
        reasons.append(DuplicateReason("same_family", f"types {ta} and {tb} are both {family} (ACLED)", 0.1,
                                       {"types": [ta, tb], "family": family}))
    reasons.append(actor_reason)
    strict = (gap == 0 and found.depth == 0 and ta == tb and actor_reason.code == "same_actors")
    score = 1.0 if strict else min(1.0, sum(r.weight for r in reasons))
    if strict:
        reasons.insert(0, DuplicateReason("acled_rule", "ACLED's rule: same day, place, type and parties: one event",
                                          0.0, {}))
    a, b = pair
    keep = a if fa.reports >= fb.reports else b  # the one with more reports; a tie keeps the first id
    return DuplicateCandidate(pair, round(score, 4), tuple(reasons), gap, found.depth == 0, strict, keep)


def _check_window(window_days: int) -> int:
    if not 0 <= int(window_days) <= MAX_WINDOW_DAYS:
        raise CasualtyDBError(f"the date window must be 0 to {MAX_WINDOW_DAYS} days, not {window_days}")
    return int(window_days)


def candidates(conn: Connection, *, window_days: int = DEFAULT_WINDOW_DAYS,
               incident_ids: Iterable[uuid.UUID] | None = None) -> list[DuplicateCandidate]:
    """Duplicate candidates, best first (all of them, or those involving these incidents)."""
    window = _check_window(window_days)
    scope = None if incident_ids is None else sorted(set(incident_ids), key=str)
    pairs = _candidate_pairs(conn, window, scope)
    dismissed = _dismissed(conn)
    pairs = {k: v for k, v in pairs.items() if k not in dismissed}
    facts = _facts(conn, sorted({i for k in pairs for i in k}, key=str))
    out = [c for k, v in pairs.items() if (c := _score(k, v, facts[k[0]], facts[k[1]], window)) is not None]
    out.sort(key=lambda c: (-c.score, c.day_gap, str(c.incidents[0]), str(c.incidents[1])))
    return out


def find_duplicates(*, session: Session, window_days: int = DEFAULT_WINDOW_DAYS,
                    incident_ids: Iterable[uuid.UUID] | None = None) -> list[DuplicateCandidate]:
    session.flush()
    return candidates(session.connection(), window_days=window_days, incident_ids=incident_ids)


def count_candidates(conn: Connection, incident_ids: Iterable[uuid.UUID],
                     window_days: int = DEFAULT_WINDOW_DAYS) -> int:
    """How many candidates involve these incidents (the database merge shows it in its summary)."""
    return len(candidates(conn, window_days=window_days, incident_ids=incident_ids))


def dismiss(*, session: Session, incident_a: uuid.UUID, incident_b: uuid.UUID,
            note: str | None = None) -> DuplicateDismissal:
    """Record that a person judged the two incidents to be different events (audit-logged)."""
    if incident_a == incident_b:
        raise CasualtyDBError("an incident cannot be its own duplicate")
    for iid in (incident_a, incident_b):
        if session.get(Incident, iid) is None:
            raise CasualtyDBError(f"no incident {iid}")
    a, b = pair_key(incident_a, incident_b)
    existing = session.scalar(select(DuplicateDismissal).where(
        or_(and_(DuplicateDismissal.incident_a_id == a, DuplicateDismissal.incident_b_id == b),
            and_(DuplicateDismissal.incident_a_id == b, DuplicateDismissal.incident_b_id == a))))
    if existing is not None:
        return existing
    dismissal = DuplicateDismissal(incident_a_id=a, incident_b_id=b, note=(note or "").strip() or None)
    session.add(dismissal)
    session.flush()
    return dismissal


# ---------------------------------------------------------------------------------------------
# Side by side (for the GUI and `duplicates --json` details)


@dataclass(frozen=True)
class IncidentCard:
    incident_id: uuid.UUID
    start_date: date
    end_date: date | None
    event_type: str
    description_ar: str | None
    description_en: str | None
    places: tuple[tuple[str, str | None], ...]  # (name_ar, name_en), primary first
    actors: tuple[tuple[str, str | None, str], ...]  # (name_ar, name_en, role)
    reports: tuple[tuple[str, str | None, date | None], ...]  # (source_ar, source_en, published)
    claims: tuple[tuple[str, str, int | None, int | None, bool, str | None], ...]  # category, group, min, max,
    # approximate, vague: every claim (revisions included), ordered by category, group and time


def incident_cards(*, session: Session, incident_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, IncidentCard]:
    out: dict[uuid.UUID, IncidentCard] = {}
    for iid in incident_ids:
        inc = session.get(Incident, iid)
        if inc is None:
            continue
        places = tuple((p.name_ar, p.name_en) for p in session.scalars(
            select(Place).join(IncidentPlace, IncidentPlace.place_id == Place.id)
            .where(IncidentPlace.incident_id == iid).order_by(IncidentPlace.is_primary.desc(), Place.name_ar)))
        actors = tuple((n_ar, n_en, str(role)) for n_ar, n_en, role in session.execute(
            select(Actor.name_ar, Actor.name_en, IncidentActor.role)
            .join(IncidentActor, IncidentActor.actor_id == Actor.id)
            .where(IncidentActor.incident_id == iid).order_by(Actor.name_ar)))
        reports = tuple((s_ar, s_en, pub) for s_ar, s_en, pub in session.execute(
            select(Source.name_ar, Source.name_en, Report.published_date)
            .join(Report, Report.source_id == Source.id)
            .where(Report.id.in_(select(Claim.report_id).where(Claim.incident_id == iid)))
            .order_by(Report.published_date, Source.name_ar)))
        claims = tuple((str(c), str(g), lo, hi, bool(ap), vg) for c, g, lo, hi, ap, vg in session.execute(
            select(Claim.category, Claim.victim_group, Claim.min, Claim.max, Claim.approximate, Claim.vague)
            .where(Claim.incident_id == iid)
            .order_by(Claim.category, Claim.victim_group, Claim.stated_at)))
        out[iid] = IncidentCard(iid, inc.start_date, inc.end_date, str(inc.event_type), inc.description_ar,
                                inc.description_en, places, actors, reports, claims)
    return out


def incident_labels(*, session: Session, incident_ids: Iterable[uuid.UUID]
                    ) -> dict[uuid.UUID, tuple[date, str | None, str | None, str]]:
    """(start date, primary place in Arabic and English, event type) of each incident, for lists."""
    ids = sorted(set(incident_ids), key=str)
    out: dict[uuid.UUID, tuple[date, str | None, str | None, str]] = {}
    place = (select(IncidentPlace.incident_id, Place.name_ar, Place.name_en,
                    func.row_number().over(partition_by=IncidentPlace.incident_id,
                                           order_by=(IncidentPlace.is_primary.desc(), Place.name_ar)).label("rn"))
             .join(Place, Place.id == IncidentPlace.place_id))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        sub = place.where(IncidentPlace.incident_id.in_(chunk)).subquery()
        for iid, day, etype, name_ar, name_en in session.execute(
                select(Incident.id, Incident.start_date, Incident.event_type, sub.c.name_ar, sub.c.name_en)
                .outerjoin(sub, and_(sub.c.incident_id == Incident.id, sub.c.rn == 1))
                .where(Incident.id.in_(chunk))):
            out[iid] = (day, name_ar, name_en, str(etype))
    return out
