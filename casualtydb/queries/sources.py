"""Sources for the list: ordered ids, then display rows for a page; choices for pickers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, String, case, cast, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from ..models import Reliability, Report, Source, SourceKind
from .common import chunks, ids_of, in_order, label, label_sql, raw_id

SORT_KEYS: tuple[str, ...] = ("name", "kind", "reliability", "reports", "latest", "updated")


@dataclass(frozen=True)
class SourceFilters:
    text: str = ""
    kind: SourceKind | None = None
    reliability: Reliability | None = None


@dataclass(frozen=True)
class SourceRow:
    id: uuid.UUID
    name: str
    other_name: str  # the name in the other language
    kind: SourceKind
    reliability: Reliability
    reports: int
    latest: date | None
    url: str | None


def text_match(text: str, *columns: ColumnElement[Any]) -> ColumnElement[bool]:
    """Case-insensitive substring match on any of the columns (portable LIKE)."""
    needle = text.strip().lower()
    return or_(*(func.lower(cast(c, String)).contains(needle, autoescape=True) for c in columns))


def _where(stmt: Select[Any], f: SourceFilters) -> Select[Any]:
    if f.text.strip():
        stmt = stmt.where(text_match(f.text, Source.name_ar, Source.name_en, Source.aliases))
    if f.kind is not None:
        stmt = stmt.where(Source.kind == f.kind)
    if f.reliability is not None:
        stmt = stmt.where(Source.reliability == f.reliability)
    return stmt


def _sort(order_by: str, lang: str) -> ColumnElement[Any]:
    match order_by:
        case "name":
            return label_sql(Source.name_ar, Source.name_en, lang)
        case "kind":
            return Source.kind
        case "reliability":
            return Source.reliability
        case "reports":
            return select(func.count()).where(Report.source_id == Source.id).correlate(Source).scalar_subquery()
        case "latest":
            return (select(func.max(Report.published_date)).where(Report.source_id == Source.id)
                    .correlate(Source).scalar_subquery())
        case "updated":
            return Source.updated_at
    raise ValueError(f"cannot sort sources by {order_by!r}; choose one of {', '.join(SORT_KEYS)}")


def source_ids(session: Session, filters: SourceFilters | None = None, order_by: str = "name",
               descending: bool = False, *, lang: str = "ar", limit: int | None = None,
               raw: bool = False) -> list[Any]:
    key = _sort(order_by, lang)
    stmt = _where(select(raw_id(Source.id)), filters or SourceFilters())
    stmt = stmt.order_by(case((key.is_(None), 1), else_=0), key.desc() if descending else key.asc(), Source.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return ids_of(session, stmt, raw=raw)


def source_rows(session: Session, ids: list[uuid.UUID], *, lang: str = "ar") -> list[SourceRow]:
    out: dict[uuid.UUID, SourceRow] = {}
    for part in chunks(ids):
        part = list(part)
        stats = {sid: (n, latest) for sid, n, latest in session.execute(
            select(Report.source_id, func.count(), func.max(Report.published_date))
            .where(Report.source_id.in_(part)).group_by(Report.source_id))}
        for s in session.scalars(select(Source).where(Source.id.in_(part))):
            n, latest = stats.get(s.id, (0, None))
            other = s.name_ar if lang == "en" else (s.name_en or "")
            name = label(s.name_ar, s.name_en, lang)
            out[s.id] = SourceRow(id=s.id, name=name, other_name=other if other != name else "", kind=s.kind,
                                  reliability=s.reliability, reports=int(n), latest=latest, url=s.url)
    return in_order(ids, out)


def source_choices(session: Session, *, lang: str = "ar") -> list[tuple[uuid.UUID, str]]:
    """(id, name) of every source, by name: for pickers (sources are a short list)."""
    rows = session.execute(select(Source.id, Source.name_ar, Source.name_en)).all()
    return sorted(((i, label(a, e, lang)) for i, a, e in rows), key=lambda r: r[1])
