"""Which incidents the map draws, where, how large and in which colour.

The incidents are those the incident list's filters select (queries.incidents.apply_filters, the
one definition of the filters). Each is drawn at its primary place (`_primary_place`); a place
without coordinates (a village or neighbourhood the gazetteer has no point for) is drawn at its
nearest ancestor that has some. Incidents that land on the same point are one marker, sized by
their killed figures (the list's: the largest derived best, else the largest claimed) and holding
the count of its incidents per figure status and per grade (style.slices draws them as a pie).
Everything is aggregated in SQL per place, status and grade, so a million claims come back as a
few hundred rows."""

from __future__ import annotations

import math
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, String, and_, cast, exists, func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from ..models import Category, ConflictStatus, EventType, Grade, Incident, IncidentPlace, Place
from ..queries.common import GRADE_ORDER, as_uuids, label, status_from_rank, status_rank
from ..queries.incidents import IncidentFilters, apply_filters, join_figure, join_status_rank

# Points closer than this (degrees, about 10 m) are the same point.
SAME_POINT = 1e-4


@dataclass(frozen=True)
class MapPoint:
    """One marker: every drawn incident at one point."""

    lon: float
    lat: float
    name: str  # the place that gave the coordinates
    place_ids: tuple[uuid.UUID, ...]  # the incidents' primary places that resolve here
    incidents: int
    killed: int  # sum of the incidents' killed figures
    status: ConflictStatus | None  # most urgent among them
    grade: Grade | None  # the grade most of them have (None: most are not graded)
    first_date: date  # the incidents' span
    last_date: date
    # for a marker of one incident: that incident (opened by a click without a menu) and its type
    incident_id: uuid.UUID | None = None
    event_type: EventType | None = None
    statuses: dict[ConflictStatus | None, int] = field(default_factory=dict)
    grades: dict[Grade | None, int] = field(default_factory=dict)


@dataclass(frozen=True)
class MapData:
    points: list[MapPoint]
    incidents: int  # drawn
    unplaced: int  # selected by the filters but with no place that has (or inherits) coordinates
    max_killed: int


def _primary_place() -> tuple[Any, ColumnElement[Any]]:
    """The join condition and the column of each incident's primary place: its primary link (the
    first by place id should there be several), else its first place. A direct join on the
    (incident, place) index: a row_number() window over every link, ordered by place name as the
    list orders them, took twice as long on 250,000 incidents (the order differs only for an
    incident with several primary places or none)."""
    link, other = aliased(IncidentPlace), aliased(IncidentPlace)
    condition = and_(link.incident_id == Incident.id, link.is_primary.is_(True),
                     ~exists().where(other.incident_id == link.incident_id, other.is_primary.is_(True),
                                     other.place_id < link.place_id))
    first = (select(IncidentPlace.place_id).where(IncidentPlace.incident_id == Incident.id)
             .order_by(IncidentPlace.place_id).limit(1).correlate(Incident).scalar_subquery())
    return (link, condition), func.coalesce(link.place_id, first)


def _per_incident(filters: IncidentFilters | None) -> tuple[Select[Any], Any]:
    (link, condition), pid = _primary_place()
    stmt: Select[Any] = select(Incident.id).outerjoin(link, condition)
    stmt = apply_filters(stmt, filters)
    stmt, killed = join_figure(stmt, Category.KILLED)
    stmt, rank = join_status_rank(stmt)
    return stmt, (pid, killed, rank)


def _resolve(session: Session, place_ids: set[uuid.UUID], lang: str) -> dict[uuid.UUID, tuple[float, float, str]]:
    """Each place's point: its own coordinates, else those of its nearest ancestor that has some."""
    if not place_ids:
        return {}
    places = {p.id: p for p in session.scalars(select(Place).where(Place.id.in_(list(place_ids))))}
    ancestors = {uuid.UUID(part) for p in places.values() for part in p.path.strip("/").split("/") if part}
    missing = ancestors - set(places)
    if missing:
        places.update({p.id: p for p in session.scalars(select(Place).where(Place.id.in_(list(missing))))})
    out: dict[uuid.UUID, tuple[float, float, str]] = {}
    for pid in place_ids:
        place = places.get(pid)
        if place is None:
            continue
        chain = [uuid.UUID(part) for part in place.path.strip("/").split("/") if part] or [pid]
        for aid in reversed(chain):  # the place itself first, then up
            a = places.get(aid)
            if a is not None and a.latitude is not None and a.longitude is not None:
                out[pid] = (a.longitude, a.latitude, label(a.name_ar, a.name_en, lang))
                break
    return out


def map_data(session: Session, filters: IncidentFilters | None = None, *, lang: str = "ar") -> MapData:
    stmt, (pid, killed, rank) = _per_incident(filters)
    per = stmt.with_only_columns(pid.label("pid"), func.coalesce(killed, 0).label("killed"),
                                 func.coalesce(rank, 0).label("rank"), Incident.grade.label("grade"),
                                 # text: PostgreSQL has no MIN() of a uuid
                                 cast(Incident.id, String).label("iid"), Incident.start_date.label("day"),
                                 func.coalesce(Incident.end_date, Incident.start_date).label("last"),
                                 Incident.event_type.label("type")).subquery()
    rows = session.execute(
        select(per.c.pid, per.c.rank, per.c.grade, func.count(), func.sum(per.c.killed), func.min(per.c.iid),
               func.min(per.c.day), func.max(per.c.last), func.min(per.c.type))
        .group_by(per.c.pid, per.c.rank, per.c.grade)).all()
    place_ids = {r[0] for r in rows if r[0] is not None}
    where = _resolve(session, place_ids, lang)
    groups: dict[tuple[int, int], dict[str, Any]] = {}
    unplaced = 0
    for place_id, rank_value, grade, n, killed_sum, first_id, first_day, last_day, event_type in rows:
        point = where.get(place_id) if place_id is not None else None
        if point is None:
            unplaced += n
            continue
        key = (round(point[0] / SAME_POINT), round(point[1] / SAME_POINT))
        g = groups.setdefault(key, {"lon": point[0], "lat": point[1], "name": point[2], "places": set(),
                                    "n": 0, "killed": 0, "statuses": Counter(), "grades": Counter(), "first": None,
                                    "from": first_day, "to": last_day, "type": event_type})
        g["places"].add(place_id)
        g["n"] += n
        g["killed"] += int(killed_sum or 0)
        g["statuses"][status_from_rank(rank_value)] += n
        g["grades"][Grade(grade) if grade else None] += n
        g["first"] = first_id
        g["type"] = event_type
        g["from"] = min(g["from"], first_day)
        g["to"] = max(g["to"], last_day)
    points = []
    for g in groups.values():
        statuses: Counter[ConflictStatus | None] = g["statuses"]
        grades: Counter[Grade | None] = g["grades"]
        worst = max(statuses, key=status_rank)
        points.append(MapPoint(
            lon=g["lon"], lat=g["lat"], name=g["name"], place_ids=tuple(sorted(g["places"], key=str)),
            incidents=g["n"], killed=g["killed"], status=worst, grade=_common_grade(grades),
            first_date=_day(g["from"]), last_date=_day(g["to"]),
            incident_id=as_uuids([g["first"]])[0] if g["n"] == 1 else None,
            event_type=EventType(g["type"]) if g["n"] == 1 and g["type"] else None,
            statuses=dict(statuses), grades=dict(grades)))
    # the largest markers first, so that smaller ones are drawn over them and stay clickable
    points.sort(key=lambda p: (-p.killed, -p.incidents, p.lon, p.lat))
    return MapData(points=points, incidents=sum(p.incidents for p in points), unplaced=unplaced,
                   max_killed=max((p.killed for p in points), default=0))


def _day(value: Any) -> date:
    """A date from an aggregate (SQLite returns MIN/MAX of a date column as text)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _common_grade(grades: Counter[Grade | None]) -> Grade | None:
    """The grade most incidents at the point have; on a tie the weaker one (a map must not
    make evidence look stronger than it is)."""
    order = {g: i for i, g in enumerate(GRADE_ORDER)}
    return max(grades, key=lambda g: (grades[g], order.get(g, len(GRADE_ORDER)) if g else -1))


@dataclass(frozen=True)
class PointIncident:
    id: uuid.UUID
    start_date: date
    event_type: EventType
    place: str
    killed: int | None


def point_incidents(session: Session, point: MapPoint, filters: IncidentFilters | None = None, *,
                    lang: str = "ar", limit: int = 25) -> tuple[list[PointIncident], int]:
    """The incidents of one marker (newest first, at most `limit`) and how many there are."""
    stmt, (pid, killed, _rank_col) = _per_incident(filters)
    stmt = stmt.where(pid.in_(list(point.place_ids)))
    total = int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
    rows = session.execute(
        stmt.with_only_columns(Incident.id, Incident.start_date, Incident.event_type, killed, Place.name_ar,
                               Place.name_en)
        .join(Place, Place.id == pid).order_by(Incident.start_date.desc(), Incident.id).limit(limit)).all()
    return [PointIncident(id=r[0], start_date=r[1], event_type=r[2], place=label(r[4], r[5], lang),
                          killed=r[3]) for r in rows], total


def marker_radius(killed: int, max_killed: int, *, smallest: float = 4.0, largest: float = 26.0) -> float:
    """A marker's radius: its area grows with the killed figure (square root), relative to the
    largest on the map; incidents without a figure get the smallest size."""
    if max_killed <= 0 or killed <= 0:
        return smallest
    return smallest + (largest - smallest) * math.sqrt(killed / max_killed)
