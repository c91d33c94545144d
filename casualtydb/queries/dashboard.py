"""The start page's figures: totals per category (low / best / high), per month, open conflicts.

Figures come from the derived figures (incident_figures) where the cross-referencing scan has
run; an incident without derived figures for a category falls back to its claims (low = the
smallest figure stated, best and high = the largest; breakdowns such as "of whom 2 children"
are left out), and is counted as `from_claims` so the
page can say so. Per incident, the figure of a category is the largest over victim groups
(children are part of civilians: summing groups would count them twice). Two grouped SQL
queries, whatever the size of the database."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, literal, null, select
from sqlalchemy.orm import Session

from ..models import Category, Claim, ConflictStatus, Incident, IncidentFigure
from ..stats import counts as record_counts
from .reports import ReportRow, latest_reports

OPEN_STATUSES = (ConflictStatus.CONFLICTING, ConflictStatus.NEEDS_REVIEW)


@dataclass
class Total:
    low: int = 0
    best: int = 0
    high: int | None = 0  # None: no upper bound (one of the incidents has only "at least N")
    incidents: int = 0
    # incidents whose figure for this category came from claims (no derived figure yet)
    from_claims: int = 0

    def add(self, low: int | None, best: int | None, high: int | None, incidents: int, from_claims: bool) -> None:
        self.low += int(low or 0)
        self.best += int(best or 0)
        if high is None or self.high is None:
            self.high = None
        else:
            self.high += int(high)
        self.incidents += int(incidents)
        if from_claims:
            self.from_claims += int(incidents)


@dataclass
class Dashboard:
    totals: dict[Category, Total] = field(default_factory=dict)
    by_month: dict[str, dict[Category, Total]] = field(default_factory=dict)
    open_conflicts: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    latest: list[ReportRow] = field(default_factory=list)

    def months(self) -> list[str]:
        return sorted(self.by_month)


def _high_or_open(high: Any, aggregate: Any) -> Any:
    """MAX/SUM of upper bounds, but NULL ("no upper bound") when any of them is NULL: SQL's
    aggregates skip NULLs, which would turn "at least 12" into an upper bound of 0."""
    return case((func.count() > func.count(high), null()), else_=aggregate(high))


def _per_month(session: Session) -> list[tuple[str, Category, int | None, int | None, int | None, int, bool]]:
    live = Incident.merged_into_id.is_(None)
    derived_inner = (
        select(Incident.month.label("month"), IncidentFigure.category.label("category"),
               func.max(IncidentFigure.low).label("low"), func.max(IncidentFigure.best).label("best"),
               _high_or_open(IncidentFigure.high, func.max).label("high"))
        .join(Incident, Incident.id == IncidentFigure.incident_id)
        .where(live)
        .group_by(IncidentFigure.incident_id, Incident.month, IncidentFigure.category)
        .subquery())
    derived = select(derived_inner.c.month, derived_inner.c.category, func.sum(derived_inner.c.low),
                     func.sum(derived_inner.c.best), _high_or_open(derived_inner.c.high, func.sum), func.count(),
                     literal(False)).group_by(derived_inner.c.month, derived_inner.c.category)
    # Claims are grouped per incident and category first (one pass over the claims), and only
    # then joined with their incidents and checked for derived figures.
    stated = func.coalesce(Claim.max, Claim.min)
    per_incident = (
        select(Claim.incident_id.label("iid"), Claim.category.label("category"),
               func.min(Claim.min).label("low"), func.max(stated).label("best"), func.max(stated).label("high"))
        .where(Claim.min.is_not(None), Claim.part_of_id.is_(None))
        .group_by(Claim.incident_id, Claim.category)
        .subquery())
    has_figure = (select(literal(1)).where(IncidentFigure.incident_id == per_incident.c.iid,
                                           IncidentFigure.category == per_incident.c.category).exists())
    claimed = (
        select(Incident.month, per_incident.c.category, func.sum(per_incident.c.low), func.sum(per_incident.c.best),
               func.sum(per_incident.c.high), func.count(), literal(True))
        .join(Incident, Incident.id == per_incident.c.iid)
        .where(live, ~has_figure)
        .group_by(Incident.month, per_incident.c.category))
    rows = list(session.execute(derived)) + list(session.execute(claimed))
    return [(m, Category(c), lo, be, hi, n, bool(fc)) for m, c, lo, be, hi, n, fc in rows]


def open_conflicts(session: Session) -> int:
    """Incidents with at least one figure that conflicts or needs review."""
    return int(session.scalar(
        select(func.count(func.distinct(IncidentFigure.incident_id)))
        .join(Incident, Incident.id == IncidentFigure.incident_id)
        .where(Incident.merged_into_id.is_(None), IncidentFigure.status.in_(OPEN_STATUSES))) or 0)


def dashboard(session: Session, *, lang: str = "ar", latest: int = 8) -> Dashboard:
    out = Dashboard(totals={c: Total() for c in Category})
    by_month: dict[str, dict[Category, Total]] = defaultdict(lambda: {c: Total() for c in Category})
    for month, cat, lo, be, hi, n, from_claims in _per_month(session):
        out.totals[cat].add(lo, be, hi, n, from_claims)
        by_month[month][cat].add(lo, be, hi, n, from_claims)
    out.by_month = dict(by_month)
    out.open_conflicts = open_conflicts(session)
    out.counts = record_counts(session)
    out.latest = latest_reports(session, latest, lang=lang)
    return out
