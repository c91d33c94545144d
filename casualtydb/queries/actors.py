"""Actors for the list: ordered ids, then display rows for a page; choices for pickers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from ..models import Actor, IncidentActor
from .common import chunks, ids_of, in_order, label, label_sql, raw_id
from .sources import text_match

SORT_KEYS: tuple[str, ...] = ("name", "kind", "incidents", "updated")


@dataclass(frozen=True)
class ActorFilters:
    text: str = ""


@dataclass(frozen=True)
class ActorRow:
    id: uuid.UUID
    name: str
    other_name: str
    kind: str | None
    aliases: tuple[str, ...]
    incidents: int


def _where(stmt: Select[Any], f: ActorFilters) -> Select[Any]:
    if f.text.strip():
        stmt = stmt.where(text_match(f.text, Actor.name_ar, Actor.name_en, Actor.aliases))
    return stmt


def _incidents_sql() -> ColumnElement[int]:
    return (select(func.count(func.distinct(IncidentActor.incident_id))).where(IncidentActor.actor_id == Actor.id)
            .correlate(Actor).scalar_subquery())


def _sort(order_by: str, lang: str) -> ColumnElement[Any]:
    match order_by:
        case "name":
            return label_sql(Actor.name_ar, Actor.name_en, lang)
        case "kind":
            return Actor.kind
        case "incidents":
            return _incidents_sql()
        case "updated":
            return Actor.updated_at
    raise ValueError(f"cannot sort actors by {order_by!r}; choose one of {', '.join(SORT_KEYS)}")


def actor_ids(session: Session, filters: ActorFilters | None = None, order_by: str = "name",
              descending: bool = False, *, lang: str = "ar", limit: int | None = None,
              raw: bool = False) -> list[Any]:
    key = _sort(order_by, lang)
    stmt = _where(select(raw_id(Actor.id)), filters or ActorFilters())
    stmt = stmt.order_by(case((key.is_(None), 1), else_=0), key.desc() if descending else key.asc(), Actor.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return ids_of(session, stmt, raw=raw)


def actor_rows(session: Session, ids: list[uuid.UUID], *, lang: str = "ar") -> list[ActorRow]:
    out: dict[uuid.UUID, ActorRow] = {}
    for part in chunks(ids):
        part = list(part)
        counts = dict(session.execute(
            select(IncidentActor.actor_id, func.count(func.distinct(IncidentActor.incident_id)))
            .where(IncidentActor.actor_id.in_(part)).group_by(IncidentActor.actor_id)).all())
        for a in session.scalars(select(Actor).where(Actor.id.in_(part))):
            name = label(a.name_ar, a.name_en, lang)
            other = a.name_ar if lang == "en" else (a.name_en or "")
            # Aliases in the interface's script first, so a list cell reads in one direction.
            aliases = sorted(a.aliases or (), key=lambda n: _is_arabic(n) != (lang == "ar"))
            out[a.id] = ActorRow(id=a.id, name=name, other_name=other if other != name else "", kind=a.kind,
                                 aliases=tuple(aliases), incidents=int(counts.get(a.id, 0)))
    return in_order(ids, out)


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def actor_choices(session: Session, *, lang: str = "ar") -> list[tuple[uuid.UUID, str]]:
    rows = session.execute(select(Actor.id, Actor.name_ar, Actor.name_en)).all()
    return sorted(((i, label(a, e, lang)) for i, a, e in rows), key=lambda r: r[1])
