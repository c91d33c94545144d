"""Persons for the People list (ordered ids in SQL, then display rows for a page) and one
person's page (every mention side by side, the merge history).

A person's list row sums up its mentions: the name people chose to show (else the first
mention's), the sex, ages, status, fate, dates and places the mentions give, how many mentions
and sources. Filters and sorts are SQL: the name by an index (migration peopleui1), a mention's
value by a correlated aggregate over the person's mentions, so a million mentions sort in the
database, never in Python. Names are personal data: nothing here logs them."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, String, and_, case, cast, func, literal, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from ..models import (
    AgeGroup,
    CivilianStatus,
    Fate,
    Mention,
    Person,
    PersonMerge,
    Place,
    Report,
    Sex,
    Source,
)
from ..names import parse_name
from .common import chunks, ids_of, in_order, label, raw_id

SORT_KEYS: tuple[str, ...] = ("name", "sex", "age", "status", "fate", "date", "place", "mentions", "sources",
                              "updated")


@dataclass(frozen=True)
class PersonFilters:
    # Any spelling of the name: the words' skeletons (casualtydb.names), so «فاطمه», «فاطمة» and
    # "Fatima" find each other, as matching does.
    text: str = ""
    sex: Sex | None = None
    fate: Fate | None = None
    status: CivilianStatus | None = None
    source_id: uuid.UUID | None = None
    incident_id: uuid.UUID | None = None

    def is_empty(self) -> bool:
        return self == PersonFilters()


@dataclass(frozen=True)
class PersonRow:
    id: uuid.UUID
    name: str
    sexes: tuple[Sex, ...]
    ages: tuple[int, ...]  # the ages the mentions give, in order
    age_group: AgeGroup | None  # when no mention gives an age
    statuses: tuple[CivilianStatus, ...]
    fates: tuple[Fate, ...]
    first_date: date | None
    last_date: date | None
    place: str
    places: int  # how many different places the mentions give
    mentions: int
    sources: tuple[str, ...]


def _name_words(text: str) -> list[str]:
    """The skeletons of the words searched for (empty when the text holds no name)."""
    return [t.skel for t in parse_name(text).tokens if t.skel]


def _where(stmt: Select[Any], f: PersonFilters) -> Select[Any]:
    stmt = stmt.where(Person.merged_into_id.is_(None))
    conditions: list[ColumnElement[bool]] = []
    if f.text.strip():
        # the list's own mention id, the name as written, or every word of the name in any spelling
        needle = f.text.strip().lower()
        words = [(literal(" ", String) + Mention.name_key + literal(" ", String)).contains(f" {w} ", autoescape=True)
                 for w in _name_words(f.text)]
        conditions.append(or_(func.lower(cast(Mention.external_id, String)).contains(needle, autoescape=True),
                              func.lower(Mention.name).contains(needle, autoescape=True),
                              *([and_(*words)] if words else [])))
    if f.sex is not None:
        conditions.append(Mention.sex == f.sex)
    if f.fate is not None:
        conditions.append(Mention.fate == f.fate)
    if f.status is not None:
        conditions.append(Mention.status == f.status)
    if f.source_id is not None:
        conditions.append(Mention.source_id == f.source_id)
    if f.incident_id is not None:
        conditions.append(Mention.incident_id == f.incident_id)
    if conditions:
        stmt = stmt.where(Person.id.in_(select(Mention.person_id).where(and_(*conditions))))
    return stmt


def _aggregate(stmt: Select[Any], value: ColumnElement[Any], *where: Any,
               join: tuple[Any, Any] | None = None) -> tuple[Select[Any], ColumnElement[Any]]:
    """A person's aggregate over its mentions, as a correlated subquery (the index on
    mentions.person_id): at a million mentions twice as fast to sort by in SQLite as joining one
    grouped pass, which it materialises whole."""
    sub = select(value).select_from(Mention)
    if join is not None:
        sub = sub.outerjoin(*join)
    sub = sub.where(Mention.person_id == Person.id, *where).correlate(Person).scalar_subquery()
    return stmt, sub


def _first_name() -> ColumnElement[str]:
    first = (select(Mention.name).where(Mention.person_id == Person.id).order_by(Mention.created_at, Mention.id)
             .limit(1).correlate(Person).scalar_subquery())
    return func.coalesce(Person.display_name, first)


def _sorted(stmt: Select[Any], order_by: str, lang: str) -> tuple[Select[Any], ColumnElement[Any]]:
    match order_by:
        case "name":
            return stmt, Person.display_name  # an index (migration peopleui1): the list opens on it
        case "sex":
            return _aggregate(stmt, func.min(Mention.sex))
        case "age":
            return _aggregate(stmt, func.max(Mention.age))
        case "status":
            return _aggregate(stmt, func.min(Mention.status))
        case "fate":
            return _aggregate(stmt, func.min(Mention.fate))
        case "date":
            return _aggregate(stmt, func.min(Mention.fate_date))
        case "place":
            name = Place.name_en if lang == "en" else Place.name_ar
            return _aggregate(stmt, func.min(func.coalesce(name, Place.name_ar, Mention.place_text)),
                              join=(Place, Place.id == Mention.place_id))
        case "mentions":
            return _aggregate(stmt, func.count())
        case "sources":
            return _aggregate(stmt, func.count(func.distinct(Mention.source_id)))
        case "updated":
            return stmt, Person.updated_at
    raise ValueError(f"cannot sort persons by {order_by!r}; choose one of {', '.join(SORT_KEYS)}")


def person_ids(session: Session, filters: PersonFilters | None = None, order_by: str = "name",
               descending: bool = False, *, lang: str = "ar", limit: int | None = None,
               raw: bool = False) -> list[Any]:
    """The ids of the live persons `filters` selects, sorted in SQL (empty values last, ties by id)."""
    stmt = _where(select(raw_id(Person.id)), filters or PersonFilters())
    stmt, key = _sorted(stmt, order_by, lang)
    if order_by == "name":
        # the index's own order, both ways (a CASE for empty names first would sort every person)
        stmt = stmt.order_by(*((key.desc(), Person.id.desc()) if descending else (key.asc(), Person.id.asc())))
    else:
        stmt = stmt.order_by(case((key.is_(None), 1), else_=0), key.desc() if descending else key.asc(), Person.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return ids_of(session, stmt, raw=raw)


def person_count(session: Session, filters: PersonFilters | None = None) -> int:
    stmt = _where(select(func.count()).select_from(Person), filters or PersonFilters())
    return int(session.scalar(stmt) or 0)


def _unique(values: Any) -> tuple[Any, ...]:
    out: list[Any] = []
    for v in values:
        if v is not None and v not in out:
            out.append(v)
    return tuple(out)


def person_rows(session: Session, ids: list[uuid.UUID], *, lang: str = "ar") -> list[PersonRow]:
    """Display rows for `ids` (a page of the list), in the same order; missing ids are skipped."""
    out: dict[uuid.UUID, PersonRow] = {}
    for part in chunks(ids):
        part = list(part)
        names = dict(session.execute(select(Person.id, Person.display_name).where(Person.id.in_(part))).tuples().all())
        by_person: dict[uuid.UUID, list[Any]] = defaultdict(list)
        for row in session.execute(
                select(Mention.person_id, Mention.name, Mention.sex, Mention.age, Mention.age_group, Mention.status,
                       Mention.fate, Mention.fate_date, Mention.place_text, Place.name_ar, Place.name_en,
                       Source.name_ar.label("source_ar"), Source.name_en.label("source_en"))
                .outerjoin(Place, Place.id == Mention.place_id).outerjoin(Source, Source.id == Mention.source_id)
                .where(Mention.person_id.in_(part)).order_by(Mention.person_id, Mention.created_at, Mention.id)):
            by_person[row.person_id].append(row)
        for pid, display in names.items():
            ms = by_person.get(pid, [])
            dates = [m.fate_date for m in ms if m.fate_date is not None]
            places = _unique((label(m.name_ar, m.name_en, lang) if m.name_ar else m.place_text) for m in ms)
            groups = _unique(m.age_group for m in ms)
            out[pid] = PersonRow(
                id=pid, name=display or next((m.name for m in ms if m.name), "") or "",
                sexes=_unique(m.sex for m in ms), ages=tuple(sorted(set(_unique(m.age for m in ms)))),
                age_group=groups[0] if len(groups) == 1 else None, statuses=_unique(m.status for m in ms),
                fates=_unique(m.fate for m in ms), first_date=min(dates, default=None),
                last_date=max(dates, default=None), place=places[0] if places else "", places=len(places),
                mentions=len(ms),
                sources=_unique(label(m.source_ar, m.source_en, lang) if m.source_ar else None for m in ms))
    return in_order(ids, out)


# ---------------------------------------------------------------------------------------------
# One person's page


@dataclass(frozen=True)
class MentionRow:
    id: uuid.UUID
    mention_id: str  # the list's own id, else the record's
    name: str
    parts: dict[str, str]  # given, father, grandfather, family, laqab, kunya: those the mention gives
    sex: Sex | None
    age: int | None
    age_group: AgeGroup | None
    status: CivilianStatus | None
    occupation: str | None
    residence: str | None
    fate: Fate | None
    fate_date: date | None
    place: str
    cause: str | None
    incident_id: uuid.UUID | None
    incident: str  # the incident's primary place, or the list's label when it gave no incident id
    incident_date: date | None
    report_id: uuid.UUID | None
    report: str
    source: str
    url: str | None
    notes: str | None


@dataclass(frozen=True)
class MergeRow:
    kept_id: uuid.UUID
    absorbed_id: uuid.UUID
    absorbed_name: str
    mentions: int
    merged_at: datetime
    merged_by: str
    undone_at: datetime | None
    undone_by: str | None


@dataclass
class PersonDetail:
    id: uuid.UUID
    name: str
    notes: str | None
    merged_into_id: uuid.UUID | None
    mentions: list[MentionRow] = field(default_factory=list)
    merges: list[MergeRow] = field(default_factory=list)  # merges into this person and of it, oldest first


PARTS = ("given", "father", "grandfather", "family", "laqab", "kunya")


def _incident_labels(session: Session, ids: set[uuid.UUID], lang: str) -> dict[uuid.UUID, tuple[date, str]]:
    """(start date, primary place) of each incident."""
    from ..crossref.duplicates import incident_labels  # noqa: PLC0415 (the duplicates' labels: one query)

    return {iid: (day, label(place_ar, place_en, lang))
            for iid, (day, place_ar, place_en, _type) in incident_labels(session=session, incident_ids=ids).items()}


def person_detail(session: Session, person_id: uuid.UUID, *, lang: str = "ar") -> PersonDetail | None:
    """The person, every mention of it (oldest first) and its merge history; None when missing."""
    person = session.get(Person, person_id)
    if person is None:
        return None
    rows = session.execute(
        select(Mention, Place.name_ar, Place.name_en, Source.name_ar, Source.name_en, Report.title)
        .outerjoin(Place, Place.id == Mention.place_id).outerjoin(Source, Source.id == Mention.source_id)
        .outerjoin(Report, Report.id == Mention.report_id)
        .where(Mention.person_id == person_id).order_by(Mention.created_at, Mention.id)).all()
    incidents = _incident_labels(session, {m.incident_id for m, *_ in rows if m.incident_id is not None}, lang)
    mentions = [MentionRow(
        id=m.id, mention_id=m.external_id or str(m.id), name=m.name or "",
        parts={k: getattr(m, k) for k in PARTS if getattr(m, k)}, sex=m.sex, age=m.age, age_group=m.age_group,
        status=m.status, occupation=m.occupation, residence=m.residence, fate=m.fate, fate_date=m.fate_date,
        place=label(p_ar, p_en, lang) if p_ar else (m.place_text or ""), cause=m.cause, incident_id=m.incident_id,
        incident=incidents[m.incident_id][1] if m.incident_id in incidents else (m.incident_label or ""),
        incident_date=incidents[m.incident_id][0] if m.incident_id in incidents else None,
        report_id=m.report_id, report=title or "", source=label(s_ar, s_en, lang) if s_ar else "", url=m.url,
        notes=m.notes) for m, p_ar, p_en, s_ar, s_en, title in rows]
    merges = []
    records = session.execute(
        select(PersonMerge, Person.display_name).join(Person, Person.id == PersonMerge.absorbed_id)
        .where(or_(PersonMerge.kept_id == person_id, PersonMerge.absorbed_id == person_id))
        .order_by(PersonMerge.merged_at, PersonMerge.created_at)).all()
    for record, absorbed_name in records:
        merges.append(MergeRow(kept_id=record.kept_id, absorbed_id=record.absorbed_id,
                               absorbed_name=absorbed_name or "",
                               mentions=len((record.moved or {}).get("mentions", [])), merged_at=record.merged_at,
                               merged_by=record.merged_by, undone_at=record.undone_at, undone_by=record.undone_by))
    name = person.display_name or next((m.name for m in mentions if m.name), "")
    return PersonDetail(id=person.id, name=name, notes=person.notes, merged_into_id=person.merged_into_id,
                        mentions=mentions, merges=merges)


def person_names(session: Session, person_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The name each person shows (its display name, else its first mention's)."""
    out: dict[uuid.UUID, str] = {}
    for part in chunks(person_ids):
        out.update(session.execute(select(Person.id, _first_name()).where(Person.id.in_(list(part)))).tuples().all())
    return {k: v or "" for k, v in out.items()}


def incident_people(session: Session, incident_id: uuid.UUID, *, lang: str = "ar") -> list[PersonRow]:
    """The persons an incident's mentions name (merged ones as the person they are now), by name."""
    ids = person_ids(session, PersonFilters(incident_id=incident_id), "name", lang=lang)
    return person_rows(session, ids, lang=lang)

