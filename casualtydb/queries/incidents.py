"""Incidents for the list (ordered ids, then display rows for a page) and for one incident's page."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import Select, case, func, literal, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from ..models import (
    Actor,
    ActorRole,
    Assessment,
    AuditEntry,
    Category,
    Claim,
    ConflictStatus,
    DatePrecision,
    EventType,
    Grade,
    Incident,
    IncidentActor,
    IncidentFigure,
    IncidentPlace,
    LocationPrecision,
    Place,
    PlaceLevel,
    Reliability,
    Report,
    Source,
    VictimGroup,
    assessment_claims,
)
from .common import (
    GRADE_ORDER,
    as_uuids,
    chunks,
    ids_of,
    in_order,
    label,
    label_sql,
    raw_id,
    status_from_rank,
    status_rank,
    status_rank_sql,
)
from .record_names import names_of

NO_GRADE = "none"  # filter value: incidents nobody has graded yet

SortKey = Literal["date", "place", "event_type", "actors", "killed", "injured", "status", "grade",
                  "reports", "updated"]
SORT_KEYS: tuple[str, ...] = ("date", "place", "event_type", "actors", "killed", "injured", "status",
                              "grade", "reports", "updated")


@dataclass(frozen=True)
class IncidentFilters:
    """What the incident list shows. Every field is optional; all given ones must hold."""

    date_from: date | None = None
    date_to: date | None = None
    # Incidents in this place or anywhere inside it (a governorate includes its districts, …).
    place_id: uuid.UUID | None = None
    # Incidents with a claim (or derived figure) of this category.
    category: Category | None = None
    actor_id: uuid.UUID | None = None
    # The incident's most urgent figure status (see common.STATUS_URGENCY).
    status: ConflictStatus | None = None
    grade: Grade | str | None = None  # a Grade, or NO_GRADE
    event_type: EventType | None = None
    # Incidents merged into another as duplicates are hidden unless asked for.
    include_merged: bool = False

    def is_empty(self) -> bool:
        return self == IncidentFilters()


@dataclass(frozen=True)
class Figure:
    """A number for a list cell: from the derived figures when the scan has run, else the
    largest figure any claim states (`from_claims`)."""

    value: int | None
    from_claims: bool = False


@dataclass(frozen=True)
class IncidentRow:
    id: uuid.UUID
    start_date: date
    end_date: date | None
    date_precision: DatePrecision
    place: str
    place_context: str  # the governorate the primary place is in ("" when it is one)
    place_count: int
    event_type: EventType
    actors: tuple[str, ...]
    killed: Figure
    injured: Figure
    status: ConflictStatus | None
    grade: Grade | None
    reports: int
    description: str
    merged: bool = False


# ---------------------------------------------------------------------------------------------
# The list: ids in SQL order


def _where(stmt: Select[Any], f: IncidentFilters) -> Select[Any]:
    if not f.include_merged:
        stmt = stmt.where(Incident.merged_into_id.is_(None))
    if f.date_from is not None:
        # An incident that spans days is in the range when it overlaps it.
        stmt = stmt.where(func.coalesce(Incident.end_date, Incident.start_date) >= f.date_from)
    if f.date_to is not None:
        stmt = stmt.where(Incident.start_date <= f.date_to)
    if f.place_id is not None:
        prefix = select(Place.path).where(Place.id == f.place_id).scalar_subquery()
        inside = select(Place.id).where(Place.path.startswith(prefix))
        stmt = stmt.where(Incident.id.in_(
            select(IncidentPlace.incident_id).where(IncidentPlace.place_id.in_(inside))))
    if f.category is not None:
        stmt = stmt.where(or_(
            select(literal(1)).where(Claim.incident_id == Incident.id, Claim.category == f.category).exists(),
            select(literal(1)).where(IncidentFigure.incident_id == Incident.id,
                                     IncidentFigure.category == f.category).exists(),
        ))
    if f.actor_id is not None:
        stmt = stmt.where(Incident.id.in_(
            select(IncidentActor.incident_id).where(IncidentActor.actor_id == f.actor_id)))
    if f.status is not None:
        stmt = stmt.where(Incident.id.in_(
            select(IncidentFigure.incident_id).group_by(IncidentFigure.incident_id)
            .having(func.max(status_rank_sql()) == status_rank(f.status))))
    if f.grade == NO_GRADE:
        stmt = stmt.where(Incident.grade.is_(None))
    elif f.grade is not None:
        stmt = stmt.where(Incident.grade == Grade(f.grade))
    if f.event_type is not None:
        stmt = stmt.where(Incident.event_type == f.event_type)
    return stmt


def figure_sql(category: Category) -> ColumnElement[int]:
    """The list's figure for a category, in SQL: largest derived best, else largest claimed
    (a correlated expression: fine for a page of rows; `_sorted` joins aggregates instead)."""
    derived = (select(func.max(IncidentFigure.best))
               .where(IncidentFigure.incident_id == Incident.id, IncidentFigure.category == category)
               .correlate(Incident).scalar_subquery())
    claimed = (select(func.max(func.coalesce(Claim.max, Claim.min)))
               .where(Claim.incident_id == Incident.id, Claim.category == category)
               .correlate(Incident).scalar_subquery())
    return func.coalesce(derived, claimed)


def _aggregate(stmt: Select[Any], key: Any, value: ColumnElement[Any], *where: Any,
               join: tuple[Any, Any] | None = None) -> tuple[Select[Any], ColumnElement[Any]]:
    """LEFT JOIN a per-incident aggregate (one pass over the detail table, grouped) and return
    its value column: far faster to sort 250,000 incidents by than a correlated subquery."""
    sub = select(key.label("iid"), value.label("v"))
    if join is not None:
        sub = sub.join(*join)
    sub = sub.where(*where).group_by(key).subquery()
    return stmt.outerjoin(sub, sub.c.iid == Incident.id), sub.c.v


def apply_filters(stmt: Select[Any], filters: IncidentFilters | None) -> Select[Any]:
    """`stmt` (a select over Incident) restricted to what the list's `filters` select: the one
    definition of the filters, for the list, its counts and the map."""
    return _where(stmt, filters or IncidentFilters())


def join_figure(stmt: Select[Any], category: Category) -> tuple[Select[Any], ColumnElement[Any]]:
    """`stmt` joined with the list's figure of `category` per incident (largest derived best,
    else the largest claimed), and that figure's column (NULL when no report gives one)."""
    stmt, derived = _aggregate(stmt, IncidentFigure.incident_id, func.max(IncidentFigure.best),
                               IncidentFigure.category == category)
    stmt, claimed = _aggregate(stmt, Claim.incident_id, func.max(func.coalesce(Claim.max, Claim.min)),
                               Claim.category == category)
    return stmt, func.coalesce(derived, claimed)


def join_status_rank(stmt: Select[Any]) -> tuple[Select[Any], ColumnElement[Any]]:
    """`stmt` joined with each incident's most urgent figure status, as a rank (common.status_rank)."""
    return _aggregate(stmt, IncidentFigure.incident_id, func.max(status_rank_sql()))


def _sorted(stmt: Select[Any], order_by: str, lang: str) -> tuple[Select[Any], ColumnElement[Any], bool]:
    """The statement joined with what the sort needs, the sort key, and whether the key can be
    empty (empty values sort last in both directions)."""
    match order_by:
        case "date":
            return stmt, Incident.start_date, False
        case "place":
            stmt, key = _aggregate(stmt, IncidentPlace.incident_id, func.min(label_sql(Place.name_ar, Place.name_en, lang)),
                                   IncidentPlace.is_primary.is_(True),
                                   join=(Place, Place.id == IncidentPlace.place_id))
            return stmt, key, True
        case "event_type":
            return stmt, Incident.event_type, False
        case "actors":
            stmt, key = _aggregate(stmt, IncidentActor.incident_id, func.min(label_sql(Actor.name_ar, Actor.name_en, lang)),
                                   IncidentActor.role != ActorRole.CONTROLS,
                                   join=(Actor, Actor.id == IncidentActor.actor_id))
            return stmt, key, True
        case "killed" | "injured":
            stmt, key = join_figure(stmt, Category(order_by))
            return stmt, key, True
        case "status":
            stmt, key = join_status_rank(stmt)
            return stmt, key, True
        case "grade":
            return stmt, case({g.value: i for i, g in enumerate(GRADE_ORDER)}, value=Incident.grade,
                              else_=len(GRADE_ORDER)), False
        case "reports":
            stmt, key = _aggregate(stmt, Claim.incident_id, func.count(func.distinct(Claim.report_id)))
            return stmt, func.coalesce(key, 0), False
        case "updated":
            return stmt, Incident.updated_at, False
    raise ValueError(f"cannot sort incidents by {order_by!r}; choose one of {', '.join(SORT_KEYS)}")


def incident_ids(session: Session, filters: IncidentFilters | None = None, order_by: str = "date",
                 descending: bool = True, *, lang: str = "ar", limit: int | None = None,
                 raw: bool = False) -> list[Any]:
    """The ids of the incidents `filters` selects, sorted in SQL (ties broken by date, then id).

    `limit`: only the first ones (a list shows its first screen before all ids are in).
    `raw`: ids as the database returns them (see common.as_uuids), skipping the conversion to
    UUID, which costs more than the query itself for 250,000 ids; lists convert lazily."""
    stmt = _where(select(raw_id(Incident.id)), filters or IncidentFilters())
    stmt, key, nullable = _sorted(stmt, order_by, lang)
    order = [key.desc() if descending else key.asc()]
    if nullable:
        order.insert(0, case((key.is_(None), 1), else_=0))
    if order_by != "date":
        order.append(Incident.start_date.desc() if descending else Incident.start_date.asc())
    order.append(Incident.id)
    stmt = stmt.order_by(*order)
    if limit is not None:
        stmt = stmt.limit(limit)
    return ids_of(session, stmt, raw=raw)


def incident_count(session: Session, filters: IncidentFilters | None = None) -> int:
    stmt = _where(select(func.count()).select_from(Incident), filters or IncidentFilters())
    return int(session.scalar(stmt) or 0)


# ---------------------------------------------------------------------------------------------
# The list: rows for a page of ids


def _figures(session: Session, ids: list[uuid.UUID], categories: tuple[Category, ...]
             ) -> tuple[dict[tuple[uuid.UUID, Category], Figure], dict[uuid.UUID, ConflictStatus | None]]:
    figures: dict[tuple[uuid.UUID, Category], Figure] = {}
    statuses: dict[uuid.UUID, ConflictStatus | None] = {}
    stmt = (select(IncidentFigure.incident_id, IncidentFigure.category, func.max(IncidentFigure.best),
                   func.max(status_rank_sql()))
            .where(IncidentFigure.incident_id.in_(ids))
            .group_by(IncidentFigure.incident_id, IncidentFigure.category))
    for iid, cat, best, rank in session.execute(stmt):
        if cat in categories and best is not None:
            figures[(iid, cat)] = Figure(best)
        current = statuses.get(iid)
        rank_status = status_from_rank(rank)
        if current is None or (rank_status is not None and
                               status_rank(rank_status) > status_rank(current)):
            statuses[iid] = rank_status
    stmt2 = (select(Claim.incident_id, Claim.category, func.max(func.coalesce(Claim.max, Claim.min)))
             .where(Claim.incident_id.in_(ids), Claim.category.in_(categories))
             .group_by(Claim.incident_id, Claim.category))
    for iid, cat, value in session.execute(stmt2):
        if (iid, cat) not in figures and value is not None:
            figures[(iid, cat)] = Figure(value, from_claims=True)
    return figures, statuses


def _governorates(session: Session, paths: set[str]) -> dict[str, Place]:
    """The governorate of each place path."""
    ancestor_ids = {uuid.UUID(part) for p in paths for part in p.strip("/").split("/") if part}
    if not ancestor_ids:
        return {}
    govs = {p.id.hex: p for p in session.scalars(
        select(Place).where(Place.id.in_(ancestor_ids), Place.level == PlaceLevel.GOVERNORATE))}
    out: dict[str, Place] = {}
    for p in paths:
        for part in p.strip("/").split("/"):
            if part in govs:
                out[p] = govs[part]
                break
    return out


def incident_rows(session: Session, ids: list[uuid.UUID], *, lang: str = "ar") -> list[IncidentRow]:
    """Display rows for `ids` (a page of the list), in the same order; missing ids are skipped."""
    out: dict[uuid.UUID, IncidentRow] = {}
    for part in chunks(ids):
        part = list(part)
        incidents = {i.id: i for i in session.scalars(select(Incident).where(Incident.id.in_(part)))}
        places: dict[uuid.UUID, list[tuple[bool, Place]]] = defaultdict(list)
        for iid, primary, place in session.execute(
                select(IncidentPlace.incident_id, IncidentPlace.is_primary, Place)
                .join(Place, Place.id == IncidentPlace.place_id).where(IncidentPlace.incident_id.in_(part))):
            places[iid].append((primary, place))
        actors: dict[uuid.UUID, list[str]] = defaultdict(list)
        for iid, name_ar, name_en in session.execute(
                select(IncidentActor.incident_id, Actor.name_ar, Actor.name_en)
                .join(Actor, Actor.id == IncidentActor.actor_id)
                .where(IncidentActor.incident_id.in_(part), IncidentActor.role != ActorRole.CONTROLS)
                .order_by(Actor.name_ar)):
            name = label(name_ar, name_en, lang)
            if name not in actors[iid]:
                actors[iid].append(name)
        figures, statuses = _figures(session, part, (Category.KILLED, Category.INJURED))
        reports = dict(session.execute(
            select(Claim.incident_id, func.count(func.distinct(Claim.report_id)))
            .where(Claim.incident_id.in_(part)).group_by(Claim.incident_id)).all())
        primaries: dict[uuid.UUID, Place] = {}
        for iid, links in places.items():
            links.sort(key=lambda pp: (not pp[0], pp[1].name_ar))
            primaries[iid] = links[0][1]
        govs = _governorates(session, {p.path for p in primaries.values()})
        for iid, inc in incidents.items():
            primary = primaries.get(iid)
            gov = govs.get(primary.path) if primary else None
            context = label(gov.name_ar, gov.name_en, lang) if gov is not None and gov.id != primary.id else ""
            description = (inc.description_en or inc.description_ar) if lang == "en" else \
                (inc.description_ar or inc.description_en)
            out[iid] = IncidentRow(
                id=iid, start_date=inc.start_date, end_date=inc.end_date, date_precision=inc.date_precision,
                place=label(primary.name_ar, primary.name_en, lang) if primary else "",
                place_context=context, place_count=len(places.get(iid, ())),
                event_type=inc.event_type, actors=tuple(actors.get(iid, ())),
                killed=figures.get((iid, Category.KILLED), Figure(None)),
                injured=figures.get((iid, Category.INJURED), Figure(None)),
                status=statuses.get(iid), grade=inc.grade, reports=int(reports.get(iid, 0)),
                description=description or "", merged=inc.merged_into_id is not None)
    return in_order(ids, out)


# ---------------------------------------------------------------------------------------------
# One incident's page


@dataclass(frozen=True)
class PlaceLink:
    place_id: uuid.UUID
    name: str
    level: PlaceLevel
    precision: LocationPrecision
    primary: bool
    ancestors: tuple[str, ...]  # names from the governorate down to the parent


@dataclass(frozen=True)
class ActorLink:
    actor_id: uuid.UUID
    name: str
    role: ActorRole


@dataclass(frozen=True)
class ClaimRow:
    id: uuid.UUID
    report_id: uuid.UUID
    report_title: str
    source_id: uuid.UUID
    source: str
    reliability: Reliability
    published: date | None
    stated_at: datetime | None
    category: Category
    victim_group: VictimGroup
    min: int | None
    max: int | None
    approximate: bool
    vague: str | None
    quote: str | None
    credibility: int | None
    part_of_id: uuid.UUID | None
    # The report relays another report or source: not independent corroboration.
    relays: str | None
    # A later claim of the same report (same category and group) revised this one.
    superseded: bool


@dataclass(frozen=True)
class FigureRow:
    category: Category
    victim_group: VictimGroup
    low: int | None
    best: int | None
    high: int | None
    rule: str
    status: ConflictStatus
    claims_count: int
    independent_sources: int
    computed_at: datetime


@dataclass(frozen=True)
class AssessmentRow:
    id: uuid.UUID
    category: Category
    victim_group: VictimGroup
    low: int
    best: int
    high: int | None
    rule: str
    rationale: str
    assessed_by: str
    assessed_at: datetime
    withdrawn: bool
    claims: int


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    user: str
    action: str
    table_name: str
    record_id: uuid.UUID
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    context: str | None


@dataclass(frozen=True)
class IncidentDetail:
    id: uuid.UUID
    version: int
    start_date: date
    end_date: date | None
    date_precision: DatePrecision
    event_type: EventType
    description_ar: str | None
    description_en: str | None
    notes: str | None
    grade: Grade | None
    grade_reasons: str | None
    grade_accepted_by: str | None
    grade_accepted_at: datetime | None
    merged_into_id: uuid.UUID | None
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    places: list[PlaceLink] = field(default_factory=list)
    actors: list[ActorLink] = field(default_factory=list)
    claims: list[ClaimRow] = field(default_factory=list)
    figures: list[FigureRow] = field(default_factory=list)
    assessments: list[AssessmentRow] = field(default_factory=list)
    history: list[HistoryRow] = field(default_factory=list)
    # Names of the places, actors, sources and reports the history refers to by id.
    history_names: dict[uuid.UUID, str] = field(default_factory=dict)


def _ancestor_names(session: Session, place: Place, lang: str) -> tuple[str, ...]:
    ids = [uuid.UUID(p) for p in place.path.strip("/").split("/") if p][:-1]
    if not ids:
        return ()
    by_id = {p.id: p for p in session.scalars(select(Place).where(Place.id.in_(ids)))}
    names: list[str] = []
    for i in ids:
        if i in by_id and by_id[i].level != PlaceLevel.COUNTRY:
            name = label(by_id[i].name_ar, by_id[i].name_en, lang)
            if not names or names[-1] != name:  # a district named after its governorate, once
                names.append(name)
    return tuple(names)


def incident_detail(session: Session, incident_id: uuid.UUID, *, lang: str = "ar",
                    history_limit: int = 500) -> IncidentDetail | None:
    """Everything the incident's page shows, or None when there is no such incident."""
    inc = session.get(Incident, incident_id)
    if inc is None:
        return None
    places = [
        PlaceLink(place_id=place.id, name=label(place.name_ar, place.name_en, lang), level=place.level,
                  precision=link.precision, primary=link.is_primary,
                  ancestors=_ancestor_names(session, place, lang))
        for link, place in session.execute(
            select(IncidentPlace, Place).join(Place, Place.id == IncidentPlace.place_id)
            .where(IncidentPlace.incident_id == incident_id)
            .order_by(IncidentPlace.is_primary.desc(), Place.name_ar))
    ]
    actors = [
        ActorLink(actor_id=actor.id, name=label(actor.name_ar, actor.name_en, lang), role=link.role)
        for link, actor in session.execute(
            select(IncidentActor, Actor).join(Actor, Actor.id == IncidentActor.actor_id)
            .where(IncidentActor.incident_id == incident_id).order_by(Actor.name_ar))
    ]
    relayed = aliased(Report)
    relayed_source = aliased(Source)
    relay_via_report = aliased(Source)
    rows = session.execute(
        select(Claim, Report.title, Report.published_date, Report.relays_report_id, Report.relays_source_id,
               Source.id, Source.name_ar, Source.name_en, Source.reliability,
               relayed_source.name_ar, relayed_source.name_en, relay_via_report.name_ar, relay_via_report.name_en)
        .join(Report, Report.id == Claim.report_id)
        .join(Source, Source.id == Report.source_id)
        .outerjoin(relayed_source, relayed_source.id == Report.relays_source_id)
        .outerjoin(relayed, relayed.id == Report.relays_report_id)
        .outerjoin(relay_via_report, relay_via_report.id == relayed.source_id)
        .where(Claim.incident_id == incident_id)
        .order_by(Claim.category, Claim.victim_group, Report.published_date, Claim.stated_at)
    ).all()
    latest: dict[tuple[uuid.UUID, Category, VictimGroup], datetime | None] = {}
    for r in rows:
        c: Claim = r[0]
        k = (c.report_id, c.category, c.victim_group)
        if k not in latest or (c.stated_at and (latest[k] is None or c.stated_at > latest[k])):
            latest[k] = c.stated_at
    claims = []
    for (c, title, published, relays_report_id, relays_source_id, source_id, s_ar, s_en, reliability,
         rs_ar, rs_en, rr_ar, rr_en) in rows:
        relays = None
        if relays_report_id is not None or relays_source_id is not None:
            relays = label(rs_ar, rs_en, lang) or label(rr_ar, rr_en, lang) or "?"
        k = (c.report_id, c.category, c.victim_group)
        superseded = c.stated_at is not None and latest.get(k) is not None and c.stated_at < latest[k]
        claims.append(ClaimRow(
            id=c.id, report_id=c.report_id, report_title=title or "", source_id=source_id,
            source=label(s_ar, s_en, lang), reliability=reliability, published=published,
            stated_at=c.stated_at, category=c.category, victim_group=c.victim_group, min=c.min, max=c.max,
            approximate=c.approximate, vague=c.vague, quote=c.quote, credibility=c.credibility,
            part_of_id=c.part_of_id, relays=relays, superseded=superseded))
    figures = [
        FigureRow(category=f.category, victim_group=f.victim_group, low=f.low, best=f.best, high=f.high,
                  rule=f.rule, status=f.status, claims_count=f.claims_count,
                  independent_sources=f.independent_sources, computed_at=f.computed_at)
        for f in session.scalars(select(IncidentFigure).where(IncidentFigure.incident_id == incident_id)
                                 .order_by(IncidentFigure.category, IncidentFigure.victim_group))
    ]
    claim_counts = dict(session.execute(
        select(assessment_claims.c.assessment_id, func.count())
        .join(Assessment, Assessment.id == assessment_claims.c.assessment_id)
        .where(Assessment.incident_id == incident_id).group_by(assessment_claims.c.assessment_id)).all())
    assessments = [
        AssessmentRow(id=a.id, category=a.category, victim_group=a.victim_group, low=a.low, best=a.best,
                      high=a.high, rule=a.rule, rationale=a.rationale, assessed_by=a.assessed_by,
                      assessed_at=a.assessed_at, withdrawn=a.withdrawn_at is not None,
                      claims=int(claim_counts.get(a.id, 0)))
        for a in session.scalars(select(Assessment).where(Assessment.incident_id == incident_id)
                                 .order_by(Assessment.assessed_at.desc()))
    ]
    history = incident_history(session, incident_id, limit=history_limit)
    return IncidentDetail(
        id=inc.id, version=inc.version, start_date=inc.start_date, end_date=inc.end_date,
        date_precision=inc.date_precision, event_type=inc.event_type, description_ar=inc.description_ar,
        description_en=inc.description_en, notes=inc.notes, grade=inc.grade, grade_reasons=inc.grade_reasons,
        grade_accepted_by=inc.grade_accepted_by, grade_accepted_at=inc.grade_accepted_at,
        merged_into_id=inc.merged_into_id, created_at=inc.created_at, created_by=inc.created_by,
        updated_at=inc.updated_at, updated_by=inc.updated_by, places=places, actors=actors, claims=claims,
        figures=figures, assessments=assessments, history=history,
        history_names=names_of(session, _referenced_ids(history), lang))


REFERENCE_KEYS = ("place_id", "actor_id", "source_id", "report_id")


def _referenced_ids(history: list[HistoryRow]) -> set[uuid.UUID]:
    """The ids of records a history names (an added place, an actor), to show their names."""
    out: set[uuid.UUID] = set()
    for h in history:
        for values in (h.old, h.new):
            for key in REFERENCE_KEYS:
                value = (values or {}).get(key)
                if value:
                    try:
                        out.add(uuid.UUID(str(value)))
                    except ValueError:
                        continue
    return out


def incident_history(session: Session, incident_id: uuid.UUID, *, limit: int = 500) -> list[HistoryRow]:
    """Audit entries of the incident and of the records that hang on it (places, actors, claims,
    assessments), newest first."""
    ids: set[uuid.UUID] = {incident_id}
    ids.update(session.scalars(select(IncidentPlace.id).where(IncidentPlace.incident_id == incident_id)))
    ids.update(session.scalars(select(IncidentActor.id).where(IncidentActor.incident_id == incident_id)))
    ids.update(session.scalars(select(Claim.id).where(Claim.incident_id == incident_id)))
    ids.update(session.scalars(select(Assessment.id).where(Assessment.incident_id == incident_id)))
    return record_history(session, list(ids), limit=limit)


def record_history(session: Session, record_ids: list[uuid.UUID], *, limit: int = 500) -> list[HistoryRow]:
    out: list[HistoryRow] = []
    for part in chunks(record_ids):
        out.extend(
            HistoryRow(at=e.at, user=e.user, action=str(e.action), table_name=e.table_name,
                       record_id=e.record_id, old=e.old, new=e.new, context=e.context)
            for e in session.scalars(select(AuditEntry).where(AuditEntry.record_id.in_(list(part)))
                                     .order_by(AuditEntry.at.desc()).limit(limit)))
    out.sort(key=lambda h: h.at, reverse=True)
    return out[:limit]
