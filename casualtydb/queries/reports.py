"""Reports for the list: ordered ids, then display rows for a page."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from ..models import Claim, IncidentPlace, Place, Report, Source
from .common import chunks, ids_of, in_order, label, label_sql, raw_id

SORT_KEYS: tuple[str, ...] = ("published", "source", "title", "language", "claims", "incidents", "reliability",
                              "updated")


@dataclass(frozen=True)
class ReportFilters:
    date_from: date | None = None
    date_to: date | None = None
    source_id: uuid.UUID | None = None
    language: str | None = None
    # Reports with a claim about an incident in this place or inside it.
    place_id: uuid.UUID | None = None
    # Only reports that relay another report or source (True) or only original ones (False).
    relays: bool | None = None


@dataclass(frozen=True)
class ReportRow:
    id: uuid.UUID
    published: date | None
    source_id: uuid.UUID
    source: str
    reliability: str
    title: str
    language: str | None
    claims: int
    incidents: int
    relays: str | None  # name of what it relays


def _where(stmt: Select[Any], f: ReportFilters) -> Select[Any]:
    if f.date_from is not None:
        stmt = stmt.where(Report.published_date >= f.date_from)
    if f.date_to is not None:
        stmt = stmt.where(Report.published_date <= f.date_to)
    if f.source_id is not None:
        stmt = stmt.where(Report.source_id == f.source_id)
    if f.language:
        stmt = stmt.where(Report.language == f.language)
    if f.relays is True:
        stmt = stmt.where((Report.relays_report_id.is_not(None)) | (Report.relays_source_id.is_not(None)))
    elif f.relays is False:
        stmt = stmt.where(Report.relays_report_id.is_(None), Report.relays_source_id.is_(None))
    if f.place_id is not None:
        prefix = select(Place.path).where(Place.id == f.place_id).scalar_subquery()
        inside = select(Place.id).where(Place.path.startswith(prefix))
        incidents = select(IncidentPlace.incident_id).where(IncidentPlace.place_id.in_(inside))
        stmt = stmt.where(Report.id.in_(select(Claim.report_id).where(Claim.incident_id.in_(incidents))))
    return stmt


def _sorted(stmt: Select[Any], order_by: str, lang: str) -> tuple[Select[Any], ColumnElement[Any]]:
    """The statement joined with what the sort needs (joins and grouped aggregates, not
    correlated subqueries: reports can number in the hundreds of thousands) and the key."""
    match order_by:
        case "published":
            return stmt, Report.published_date
        case "source" | "reliability":
            stmt = stmt.join(Source, Source.id == Report.source_id)
            return stmt, (label_sql(Source.name_ar, Source.name_en, lang) if order_by == "source"
                          else Source.reliability)
        case "title":
            return stmt, Report.title
        case "language":
            return stmt, Report.language
        case "claims" | "incidents":
            value = func.count() if order_by == "claims" else func.count(func.distinct(Claim.incident_id))
            sub = select(Claim.report_id.label("rid"), value.label("v")).group_by(Claim.report_id).subquery()
            return stmt.outerjoin(sub, sub.c.rid == Report.id), func.coalesce(sub.c.v, 0)
        case "updated":
            return stmt, Report.updated_at
    raise ValueError(f"cannot sort reports by {order_by!r}; choose one of {', '.join(SORT_KEYS)}")


def report_ids(session: Session, filters: ReportFilters | None = None, order_by: str = "published",
               descending: bool = True, *, lang: str = "ar", limit: int | None = None,
               raw: bool = False) -> list[Any]:
    """Ordered ids of the reports `filters` selects (`limit` and `raw` as for incident_ids)."""
    stmt = _where(select(raw_id(Report.id)), filters or ReportFilters())
    stmt, key = _sorted(stmt, order_by, lang)
    stmt = stmt.order_by(case((key.is_(None), 1), else_=0), key.desc() if descending else key.asc(),
                         Report.created_at.desc(), Report.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return ids_of(session, stmt, raw=raw)


def report_count(session: Session, filters: ReportFilters | None = None) -> int:
    return int(session.scalar(_where(select(func.count()).select_from(Report), filters or ReportFilters())) or 0)


def report_rows(session: Session, ids: list[uuid.UUID], *, lang: str = "ar") -> list[ReportRow]:
    out: dict[uuid.UUID, ReportRow] = {}
    relayed = aliased(Report)
    relayed_source = aliased(Source)
    relayed_report_source = aliased(Source)
    for part in chunks(ids):
        part = list(part)
        counts = {rid: (n, m) for rid, n, m in session.execute(
            select(Claim.report_id, func.count(), func.count(func.distinct(Claim.incident_id)))
            .where(Claim.report_id.in_(part)).group_by(Claim.report_id))}
        for (r, s_ar, s_en, rel, rs_ar, rs_en, rr_ar, rr_en) in session.execute(
                select(Report, Source.name_ar, Source.name_en, Source.reliability,
                       relayed_source.name_ar, relayed_source.name_en,
                       relayed_report_source.name_ar, relayed_report_source.name_en)
                .join(Source, Source.id == Report.source_id)
                .outerjoin(relayed_source, relayed_source.id == Report.relays_source_id)
                .outerjoin(relayed, relayed.id == Report.relays_report_id)
                .outerjoin(relayed_report_source, relayed_report_source.id == relayed.source_id)
                .where(Report.id.in_(part))):
            relays = None
            if r.relays_report_id is not None or r.relays_source_id is not None:
                relays = label(rs_ar, rs_en, lang) or label(rr_ar, rr_en, lang) or "?"
            n, m = counts.get(r.id, (0, 0))
            out[r.id] = ReportRow(id=r.id, published=r.published_date, source_id=r.source_id,
                                  source=label(s_ar, s_en, lang), reliability=str(rel), title=r.title or "",
                                  language=r.language, claims=int(n), incidents=int(m), relays=relays)
    return in_order(ids, out)


def latest_reports(session: Session, limit: int = 8, *, lang: str = "ar") -> list[ReportRow]:
    """The most recently published reports (then most recently entered)."""
    ids = list(session.scalars(select(Report.id).order_by(
        case((Report.published_date.is_(None), 1), else_=0), Report.published_date.desc(),
        Report.created_at.desc()).limit(limit)))
    return report_rows(session, ids, lang=lang)
