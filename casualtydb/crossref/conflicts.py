"""Conflicts as auditors see them: the groups whose claims cannot all be true, each with its
claims side by side (latest and earlier figures, source, reliability, independence, quote) and
the assessment in force.

Two ways in:
* `list_conflicts` computes live from the claims (the CLI; any tolerance; always current).
* `stored_conflict_keys` / `conflict_summaries` read `incident_figures` as the last scan or
  refresh left it, sorted and paged in SQL (the GUI list over large databases);
  `conflict_detail` then computes one group live.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ..models import (
    Assessment,
    Claim,
    Incident,
    IncidentFigure,
    IncidentPlace,
    Place,
    Report,
    Source,
    assessment_claims,
)
from ..models.enums import Category, ConflictStatus, VictimGroup
from . import derive
from .independence import Independence, ReportFacts, assess_independence
from .scan import CHUNK, GroupKey, GroupResult, _chunks, _tolerance, evaluate
from .sql import group_figures, latest_filter

OPEN = frozenset(derive.OPEN_STATUSES)


def figure_label(min_: int | None, max_: int | None, approximate: bool = False, vague: str | None = None) -> str:
    """A claim's figure in compact, language-neutral notation: 7, 5–9, ≥12, ~700, or the vague words."""
    if min_ is None:
        return vague or "?"
    prefix = "~" if approximate else ""
    if max_ is None:
        return f"≥{prefix}{min_}"
    if max_ == min_:
        return f"{prefix}{min_}"
    return f"{prefix}{min_}–{max_}"


@dataclass(frozen=True)
class ClaimView:
    claim_id: uuid.UUID
    report_id: uuid.UUID
    source_id: uuid.UUID
    source_ar: str
    source_en: str | None
    reliability: str
    credibility: int | None
    min: int | None
    max: int | None
    approximate: bool
    vague: str | None
    quote: str | None
    published: date | None
    stated_at: datetime | None
    created_at: datetime
    report_title: str | None
    language: str | None
    part_of_id: uuid.UUID | None
    latest: bool  # the report's current figure for this group (earlier ones are its timeline)
    independence: Independence | None  # None for earlier figures (only current ones are compared)
    relays_report_id: uuid.UUID | None = None
    relays_source_id: uuid.UUID | None = None

    @property
    def figure(self) -> str:
        return figure_label(self.min, self.max, self.approximate, self.vague)

    @property
    def credible(self) -> bool:
        return derive.is_credible(self.reliability, self.credibility)

    @property
    def when(self) -> datetime | date | None:
        """When the figure was stated: `stated_at`, else the report's date."""
        return self.stated_at or self.published

    def source_label(self, lang: str = "ar") -> str:
        return (self.source_en or self.source_ar) if lang == "en" else self.source_ar

    def to_json(self) -> dict[str, Any]:
        ind = self.independence
        return {
            "claim": str(self.claim_id), "report": str(self.report_id), "source": str(self.source_id),
            "source_name": self.source_ar, "source_name_en": self.source_en,
            "min": self.min, "max": self.max, "approximate": self.approximate, "vague": self.vague,
            "figure": self.figure,
            "published": self.published.isoformat() if self.published else None,
            "stated_at": self.stated_at.isoformat() if self.stated_at else None,
            "latest": self.latest,
            "independent": bool(ind and ind.independent),
            "independence": ind.label if ind else "earlier figure",
            "counted_as": str(ind.counted_as) if ind else None,
            "near_copy_of": str(ind.near_copy_of) if ind and ind.near_copy_of else None,
            "similarity": ind.similarity if ind else None,
            "relays_report": str(self.relays_report_id) if self.relays_report_id else None,
            "relays_source": str(self.relays_source_id) if self.relays_source_id else None,
            "reliability": self.reliability, "credibility": self.credibility, "credible": self.credible,
            "part_of": str(self.part_of_id) if self.part_of_id else None,
            "quote": self.quote, "report_title": self.report_title,
        }


@dataclass(frozen=True)
class AssessmentView:
    assessment_id: uuid.UUID
    low: int
    best: int
    high: int | None
    rationale: str
    assessed_by: str
    assessed_at: datetime
    withdrawn_by: str | None
    withdrawn_at: datetime | None
    claim_ids: tuple[uuid.UUID, ...]

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None

    def to_json(self) -> dict[str, Any]:
        return {
            "assessment": str(self.assessment_id), "low": self.low, "best": self.best, "high": self.high,
            "rationale": self.rationale, "assessed_by": self.assessed_by, "assessed_at": self.assessed_at.isoformat(),
            "withdrawn_by": self.withdrawn_by,
            "withdrawn_at": self.withdrawn_at.isoformat() if self.withdrawn_at else None,
            "claims": [str(c) for c in self.claim_ids],
        }


@dataclass
class ConflictGroup:
    """One incident × category × group with everything an auditor needs to decide."""

    result: GroupResult
    incident_date: date
    description_ar: str | None
    description_en: str | None
    place_ar: str | None
    place_en: str | None
    claims: list[ClaimView] = field(default_factory=list)  # current ones first, then earlier ones
    assessments: list[AssessmentView] = field(default_factory=list)  # newest first, withdrawn included

    @property
    def key(self) -> GroupKey:
        return self.result.key

    @property
    def status(self) -> ConflictStatus:
        return self.result.status

    @property
    def assessment(self) -> AssessmentView | None:
        """The assessment in force, if any."""
        for a in self.assessments:
            if a.assessment_id == self.result.assessment_id:
                return a
        return None

    @property
    def current_claims(self) -> list[ClaimView]:
        return [c for c in self.claims if c.latest]

    @property
    def probably_independent(self) -> int:
        return sum(1 for c in self.current_claims if c.independence and c.independence.probably_independent)

    def to_json(self) -> dict[str, Any]:
        r = self.result
        a = self.assessment
        return {
            "incident": str(r.incident_id), "category": r.category.value, "group": r.victim_group.value,
            "status": r.status.value, "severity": round(r.severity, 4),
            "low": r.low, "best": r.best, "high": r.high, "rule": r.rule,
            "claims_count": r.claims_count, "independent_sources": r.independent_sources,
            "probably_independent_sources": self.probably_independent,
            "incident_date": self.incident_date.isoformat(),
            "description": self.description_ar or self.description_en,
            "description_en": self.description_en,
            "place": self.place_ar, "place_en": self.place_en,
            "assessment": a.to_json() if a else None,
            "claims": [c.to_json() for c in self.claims],
        }


# ---------------------------------------------------------------------------------------------
# Details


def _claim_rows(session: Session, incident_ids: Sequence[uuid.UUID]) -> list[Any]:
    return list(session.execute(
        select(Claim.id, Claim.report_id, Claim.incident_id, Claim.category, Claim.victim_group, Claim.min,
               Claim.max, Claim.approximate, Claim.vague, Claim.quote, Claim.credibility, Claim.stated_at,
               Claim.created_at, Claim.part_of_id, Report.source_id, Report.title, Report.published_date,
               Report.language, Report.relays_report_id, Report.relays_source_id, Source.name_ar, Source.name_en,
               Source.reliability)
        .join(Report, Report.id == Claim.report_id)
        .join(Source, Source.id == Report.source_id)
        .where(Claim.incident_id.in_(list(incident_ids)))))


def _assessment_views(session: Session, incident_ids: Sequence[uuid.UUID]) -> dict[GroupKey, list[AssessmentView]]:
    rows = list(session.execute(
        select(Assessment.id, Assessment.incident_id, Assessment.category, Assessment.victim_group, Assessment.low,
               Assessment.best, Assessment.high, Assessment.rationale, Assessment.assessed_by, Assessment.assessed_at,
               Assessment.withdrawn_by, Assessment.withdrawn_at)
        .where(Assessment.incident_id.in_(list(incident_ids)))
        .order_by(Assessment.assessed_at.desc())))
    relied: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    if rows:
        for aid, cid in session.execute(select(assessment_claims.c.assessment_id, assessment_claims.c.claim_id)
                                        .where(assessment_claims.c.assessment_id.in_([r.id for r in rows]))):
            relied[aid].append(cid)
    out: dict[GroupKey, list[AssessmentView]] = defaultdict(list)
    for r in rows:
        out[(r.incident_id, Category(r.category), VictimGroup(r.victim_group))].append(AssessmentView(
            r.id, r.low, r.best, r.high, r.rationale, r.assessed_by, r.assessed_at, r.withdrawn_by, r.withdrawn_at,
            tuple(sorted(relied.get(r.id, []), key=str))))
    return out


def _incident_rows(session: Session, incident_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Any]:
    place = (select(IncidentPlace.incident_id, Place.name_ar, Place.name_en,
                    func.row_number().over(partition_by=IncidentPlace.incident_id,
                                           order_by=(IncidentPlace.is_primary.desc(), Place.name_ar)).label("rn"))
             .join(Place, Place.id == IncidentPlace.place_id)
             .where(IncidentPlace.incident_id.in_(list(incident_ids)))
             .subquery())
    rows = session.execute(
        select(Incident.id, Incident.start_date, Incident.description_ar, Incident.description_en,
               place.c.name_ar, place.c.name_en)
        .outerjoin(place, and_(place.c.incident_id == Incident.id, place.c.rn == 1))
        .where(Incident.id.in_(list(incident_ids))))
    return {r.id: r for r in rows}


def _texts(session: Session, report_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str | None]:
    out: dict[uuid.UUID, str | None] = {}
    ids = sorted(set(report_ids), key=str)
    for start in range(0, len(ids), CHUNK):
        out.update((i, t) for i, t in session.execute(
            select(Report.id, Report.text).where(Report.id.in_(ids[start:start + CHUNK]))))
    return out


def _claim_order(c: ClaimView) -> tuple:
    when = c.stated_at.isoformat() if c.stated_at else (c.published.isoformat() if c.published else "")
    return (not c.latest, when, str(c.claim_id))


def build_groups(session: Session, results: Sequence[GroupResult], *, near_copies: bool = True) -> list[ConflictGroup]:
    """Details for these groups (in the given order)."""
    out: list[ConflictGroup] = []
    for start in range(0, len(results), CHUNK):
        part = results[start:start + CHUNK]
        incident_ids = sorted({r.incident_id for r in part}, key=str)
        wanted = {r.key for r in part}
        claims_by_group: dict[GroupKey, list[Any]] = defaultdict(list)
        for row in _claim_rows(session, incident_ids):
            key = (row.incident_id, Category(row.category), VictimGroup(row.victim_group))
            if key in wanted:
                claims_by_group[key].append(row)
        latest_reports = {c.report_id for r in part for c in r.compared}
        texts = _texts(session, latest_reports) if near_copies else {}
        assessments = _assessment_views(session, incident_ids)
        incidents = _incident_rows(session, incident_ids)
        for r in part:
            compared = {c.claim_id: c for c in r.compared}
            rows = claims_by_group.get(r.key, [])
            facts = [ReportFacts(row.report_id, row.source_id, compared[row.id].origin_id, row.relays_report_id,
                                 row.relays_source_id, row.published_date, texts.get(row.report_id))
                     for row in rows if row.id in compared]
            independence = assess_independence(facts, near_copies=near_copies)
            views = [ClaimView(
                claim_id=row.id, report_id=row.report_id, source_id=row.source_id, source_ar=row.name_ar,
                source_en=row.name_en, reliability=str(row.reliability), credibility=row.credibility, min=row.min,
                max=row.max, approximate=bool(row.approximate), vague=row.vague, quote=row.quote,
                published=row.published_date, stated_at=row.stated_at, created_at=row.created_at,
                report_title=row.title, language=row.language, part_of_id=row.part_of_id,
                latest=row.id in compared,
                independence=independence.get(row.report_id) if row.id in compared else None,
                relays_report_id=row.relays_report_id, relays_source_id=row.relays_source_id)
                for row in rows]
            views.sort(key=_claim_order)
            inc = incidents[r.incident_id]
            out.append(ConflictGroup(r, inc.start_date, inc.description_ar, inc.description_en, inc.name_ar,
                                     inc.name_en, views, assessments.get(r.key, [])))
    return out


# ---------------------------------------------------------------------------------------------
# Live listing (CLI) and one group (GUI detail)


def _severity_order(r: GroupResult) -> tuple:
    return (-r.severity, str(r.incident_id), r.category.value, r.victim_group.value)


def list_conflicts(*, session: Session, include_reconciled: bool = False, tolerance: float | None = None,
                   incident_ids: Iterable[uuid.UUID] | None = None, near_copies: bool = True) -> list[ConflictGroup]:
    """Open conflicts (`conflicting`, `needs review`), worst first; with `include_reconciled`
    also reconciled groups. Computed live from the claims with this tolerance (a fraction;
    default: the database's setting). SQL finds the candidate groups; only those are detailed."""
    tol = _tolerance(session, tolerance)
    ids = None if incident_ids is None else sorted(set(incident_ids), key=str)
    candidates: set[uuid.UUID] = set()
    for chunk in ([None] if ids is None else _chunks(ids)):
        gf = group_figures(chunk, tolerance=tol).subquery()
        candidates.update(session.scalars(select(gf.c.incident_id).where(
            gf.c.status == ConflictStatus.CONFLICTING.value).distinct()))
        assessed = select(Assessment.incident_id).where(Assessment.withdrawn_at.is_(None)).distinct()
        if chunk is not None:
            assessed = assessed.where(Assessment.incident_id.in_(chunk))
        candidates.update(session.scalars(assessed))
    wanted = set(OPEN) | ({ConflictStatus.RECONCILED} if include_reconciled else set())
    results: list[GroupResult] = []
    for chunk in _chunks(sorted(candidates, key=str)):
        results.extend(r for r in evaluate(session=session, incident_ids=chunk, tolerance=tol).values()
                       if r.status in wanted)
    results.sort(key=_severity_order)
    return build_groups(session, results, near_copies=near_copies)


def conflict_detail(*, session: Session, incident_id: uuid.UUID, category: Category | str,
                    group: VictimGroup | str, tolerance: float | None = None) -> ConflictGroup | None:
    """One group, live (whatever its status); None when it has no claims and no assessment."""
    key = (incident_id, Category(category), VictimGroup(group))
    result = evaluate(session=session, incident_ids=[incident_id], tolerance=tolerance).get(key)
    if result is None:
        return None
    return build_groups(session, [result])[0]


def incident_groups(*, session: Session, incident_id: uuid.UUID, tolerance: float | None = None) -> list[ConflictGroup]:
    """Every group of one incident, live (for an incident page)."""
    results = sorted(evaluate(session=session, incident_ids=[incident_id], tolerance=tolerance).values(),
                     key=lambda r: (r.category.value, r.victim_group.value))
    return build_groups(session, results)


# ---------------------------------------------------------------------------------------------
# Stored (GUI list): keys in SQL order, rows for the visible page


@dataclass(frozen=True)
class ConflictSummary:
    """One row of the conflicts list, from `incident_figures`."""

    incident_id: uuid.UUID
    category: Category
    victim_group: VictimGroup
    status: ConflictStatus
    severity: float
    low: int | None
    best: int | None
    high: int | None
    claims_count: int
    independent_sources: int
    incident_date: date
    description_ar: str | None
    description_en: str | None
    place_ar: str | None
    place_en: str | None
    lowest: int | None = None  # the lowest and highest current figures (what disagrees)
    highest: int | None = None

    @property
    def key(self) -> GroupKey:
        return (self.incident_id, self.category, self.victim_group)


def stored_conflict_keys(*, session: Session, include_reconciled: bool = False) -> list[GroupKey]:
    """Open (and optionally reconciled) groups as the last scan stored them, worst first."""
    statuses = [s.value for s in derive.OPEN_STATUSES]
    if include_reconciled:
        statuses.append(ConflictStatus.RECONCILED.value)
    f = IncidentFigure
    rows = session.execute(
        select(f.incident_id, f.category, f.victim_group)
        .join(Incident, Incident.id == f.incident_id)
        .where(f.status.in_(statuses), Incident.merged_into_id.is_(None))
        .order_by(f.severity.desc(), Incident.start_date.desc(), f.incident_id, f.category, f.victim_group))
    return [(i, Category(c), VictimGroup(g)) for i, c, g in rows]


def conflict_summaries(*, session: Session, keys: Sequence[GroupKey]) -> dict[GroupKey, ConflictSummary]:
    """Display rows for these keys (a page of the list)."""
    out: dict[GroupKey, ConflictSummary] = {}
    if not keys:
        return out
    incident_ids = sorted({k[0] for k in keys}, key=str)
    incidents = _incident_rows(session, incident_ids)
    wanted = set(keys)
    spans: dict[GroupKey, tuple[int | None, int | None]] = {}
    c = Claim.__table__.alias("c")
    for row in session.execute(
            select(c.c.incident_id, c.c.category, c.c.victim_group, func.min(c.c.min),
                   func.max(func.coalesce(c.c.max, c.c.min)))
            .where(latest_filter(c.c, incident_ids))  # current figures only, not revised ones
            .group_by(c.c.incident_id, c.c.category, c.c.victim_group)):
        spans[(row[0], Category(row[1]), VictimGroup(row[2]))] = (row[3], row[4])
    f = IncidentFigure
    for row in session.execute(select(f).where(f.incident_id.in_(incident_ids))).scalars():
        key = (row.incident_id, Category(row.category), VictimGroup(row.victim_group))
        if key not in wanted:
            continue
        inc = incidents.get(row.incident_id)
        lo, hi = spans.get(key, (None, None))
        out[key] = ConflictSummary(
            row.incident_id, key[1], key[2], ConflictStatus(row.status), row.severity, row.low, row.best, row.high,
            row.claims_count, row.independent_sources, inc.start_date if inc else date.min,
            inc.description_ar if inc else None, inc.description_en if inc else None,
            inc.name_ar if inc else None, inc.name_en if inc else None, lo, hi)
    return out


def open_conflict_count(*, session: Session) -> int:
    f = IncidentFigure
    return int(session.scalar(
        select(func.count()).select_from(f).join(Incident, Incident.id == f.incident_id)
        .where(f.status.in_([s.value for s in derive.OPEN_STATUSES]), Incident.merged_into_id.is_(None))) or 0)


__all__ = [
    "AssessmentView", "ClaimView", "ConflictGroup", "ConflictSummary", "build_groups", "conflict_detail",
    "conflict_summaries", "figure_label", "incident_groups", "list_conflicts", "open_conflict_count",
    "stored_conflict_keys",
]
