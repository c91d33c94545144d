"""The gazetteer for the list and the place picker: ordered ids, display rows, choices."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from ..models import IncidentPlace, Place, PlaceLevel
from .common import chunks, ids_of, in_order, label, label_sql, raw_id
from .sources import text_match

SORT_KEYS: tuple[str, ...] = ("name", "level", "pcode", "parent", "incidents", "updated")

LEVEL_ORDER = tuple(PlaceLevel)


@dataclass(frozen=True)
class PlaceFilters:
    text: str = ""
    level: PlaceLevel | None = None
    # Places inside this one (not the place itself).
    inside_id: uuid.UUID | None = None


@dataclass(frozen=True)
class PlaceRow:
    id: uuid.UUID
    name: str
    other_name: str
    level: PlaceLevel
    pcode: str | None
    parent: str
    ancestors: tuple[str, ...]  # governorate … parent
    incidents: int  # incidents in this place or anywhere inside it


@dataclass(frozen=True)
class PlaceChoice:
    """A place as the picker offers it: names to match on and a label with its context."""

    id: uuid.UUID
    name: str
    context: str  # "district, governorate"
    level: PlaceLevel
    path: str
    match_names: tuple[str, ...]  # Arabic, English and alternative names


def _where(stmt: Select[Any], f: PlaceFilters) -> Select[Any]:
    if f.text.strip():
        stmt = stmt.where(text_match(f.text, Place.name_ar, Place.name_en, Place.alt_names, Place.pcode))
    if f.level is not None:
        stmt = stmt.where(Place.level == f.level)
    if f.inside_id is not None:
        outer = aliased(Place)
        prefix = select(outer.path).where(outer.id == f.inside_id).scalar_subquery()
        stmt = stmt.where(Place.path.startswith(prefix), Place.id != f.inside_id)
    return stmt


def _incidents_sql() -> ColumnElement[int]:
    inner = aliased(Place)
    return (select(func.count(func.distinct(IncidentPlace.incident_id)))
            .join(inner, inner.id == IncidentPlace.place_id)
            .where(inner.path.startswith(Place.path))
            .correlate(Place).scalar_subquery())


def _sort(order_by: str, lang: str) -> ColumnElement[Any]:
    match order_by:
        case "name":
            return label_sql(Place.name_ar, Place.name_en, lang)
        case "level":
            return case({lv.value: i for i, lv in enumerate(LEVEL_ORDER)}, value=Place.level)
        case "pcode":
            return Place.pcode
        case "parent":
            parent = aliased(Place)
            return (select(label_sql(parent.name_ar, parent.name_en, lang)).where(parent.id == Place.parent_id)
                    .correlate(Place).scalar_subquery())
        case "incidents":
            return _incidents_sql()
        case "updated":
            return Place.updated_at
    raise ValueError(f"cannot sort places by {order_by!r}; choose one of {', '.join(SORT_KEYS)}")


def place_ids(session: Session, filters: PlaceFilters | None = None, order_by: str = "level",
              descending: bool = False, *, lang: str = "ar", limit: int | None = None,
              raw: bool = False) -> list[Any]:
    key = _sort(order_by, lang)
    stmt = _where(select(raw_id(Place.id)), filters or PlaceFilters())
    stmt = stmt.order_by(case((key.is_(None), 1), else_=0), key.desc() if descending else key.asc(),
                         Place.path, Place.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return ids_of(session, stmt, raw=raw)


def _path_ids(path: str) -> list[uuid.UUID]:
    return [uuid.UUID(p) for p in path.strip("/").split("/") if p]


def place_rows(session: Session, ids: list[uuid.UUID], *, lang: str = "ar") -> list[PlaceRow]:
    out: dict[uuid.UUID, PlaceRow] = {}
    for part in chunks(ids):
        part = list(part)
        places = list(session.scalars(select(Place).where(Place.id.in_(part))))
        ancestor_ids = {a for p in places for a in _path_ids(p.path)[:-1]}
        names = {a.id: a for a in session.scalars(select(Place).where(Place.id.in_(ancestor_ids)))} \
            if ancestor_ids else {}
        counts = dict(session.execute(select(Place.id, _incidents_sql()).where(Place.id.in_(part))).all())
        for p in places:
            chain = tuple(label(names[a].name_ar, names[a].name_en, lang) for a in _path_ids(p.path)[:-1]
                          if a in names and names[a].level != PlaceLevel.COUNTRY)
            name = label(p.name_ar, p.name_en, lang)
            other = p.name_ar if lang == "en" else (p.name_en or "")
            out[p.id] = PlaceRow(id=p.id, name=name, other_name=other if other != name else "", level=p.level,
                                 pcode=p.pcode, parent=chain[-1] if chain else "", ancestors=chain,
                                 incidents=int(counts.get(p.id) or 0))
    return in_order(ids, out)


def place_choices(session: Session, *, lang: str = "ar") -> list[PlaceChoice]:
    """Every place with its context, for search-as-you-type pickers (the gazetteer is
    thousands of rows, not millions: one query, then matching in memory)."""
    rows = session.execute(select(Place.id, Place.name_ar, Place.name_en, Place.alt_names, Place.level,
                                  Place.path, Place.pcode)).all()
    by_id = {r.id: r for r in rows}
    out = []
    for r in rows:
        chain = [by_id[a] for a in _path_ids(r.path)[:-1] if a in by_id]
        context = [label(a.name_ar, a.name_en, lang) for a in reversed(chain) if a.level != PlaceLevel.COUNTRY]
        names = tuple(n for n in (r.name_ar, r.name_en, *(r.alt_names or ()), r.pcode) if n)
        out.append(PlaceChoice(id=r.id, name=label(r.name_ar, r.name_en, lang), context="، ".join(context[:2])
                               if lang != "en" else ", ".join(context[:2]), level=r.level, path=r.path,
                               match_names=names))
    order = {lv: i for i, lv in enumerate(LEVEL_ORDER)}
    out.sort(key=lambda c: (order[c.level], c.name))
    return out
