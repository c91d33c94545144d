"""The cross-referencing scan as SQL (portable Core: the same statements run on SQLite and
PostgreSQL). Grouping, minima, maxima, counts, the derived figures and the status are computed by
the database in one GROUP BY; Python only touches the few groups the SQL cannot settle (a tie
for "best" between equally ranked claims with different figures, and assessed groups).

Layers, each a subquery of the next:

1. `latest_claims`: per report × incident × category × group, the report's current figure: its
   latest numeric claim by `stated_at` (then `created_at`, then id); a report that only gave a
   vague figure ("dozens") contributes that. Earlier figures stay in the table (the timeline).
   Written as NOT EXISTS (a later claim of the same report and group), which the covering index
   `ix_claims_crossref_scan` answers without touching the table.
2. `compared_claims`: those rows with the report's source, reliability, date and *origin*: the
   source the figure ultimately comes from. A report that relays another report counts as the
   end of its relay chain (followed transitively by a recursive CTE); one that relays a source
   counts as that source; any other report counts as its own source. Reports with the same
   origin are one independent source.
3. `group_figures`: one row per incident × category × group with the derived figures
   (`casualtydb.crossref.derive`), severity, counts and the claims-only status.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import (
    BigInteger,
    Float,
    Integer,
    Select,
    String,
    Uuid,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.sql.elements import ColumnElement

from ..models import Claim, Report, Source
from ..models.enums import ConflictStatus
from .derive import CREDIBILITY_ORDER, EPSILON, IMPROBABLE, RELIABILITY_ORDER, RULE_NAME, UNRELIABLE

# Relay chains longer than this (or circular ones) end where they are: the report counts as itself.
MAX_RELAY_DEPTH = 32
# Packs a rank and a figure into one integer (rank * SCALE + figure) so that one MIN() finds the
# figure of the best-ranked claim. Figures are far below 10^12.
SCALE = 10**12

claims_t = Claim.__table__
reports_t = Report.__table__
sources_t = Source.__table__


def relay_origins(report_filter: ColumnElement[bool] | None = None):
    """CTE (report_id, origin_id) for reports that relay another report: the source at the end
    of the relay chain (that report's relayed source if it names one, else its own source).

    Each step looks the next report up with a correlated scalar subquery rather than a join:
    SQLite would otherwise build a Bloom filter over the whole reports table for every call,
    which costs more than the chain itself when only a few incidents are refreshed."""
    r = reports_t
    anchor = select(r.c.id.label("report_id"), r.c.relays_report_id.label("current_id"),
                    literal(1, Integer).label("depth")).where(r.c.relays_report_id.is_not(None))
    if report_filter is not None:
        anchor = anchor.where(report_filter)
    chain = anchor.cte("relay_chain", recursive=True)

    def next_of(alias_name: str):
        step = r.alias(alias_name)
        return select(step.c.relays_report_id).where(step.c.id == chain.c.current_id).scalar_subquery()

    chain = chain.union_all(
        select(chain.c.report_id, next_of("relay_next"), chain.c.depth + 1)
        .where(chain.c.depth < MAX_RELAY_DEPTH, next_of("relay_test").is_not(None)))
    end = r.alias("relay_end")
    origin = (select(func.coalesce(end.c.relays_source_id, end.c.source_id))
              .where(end.c.id == chain.c.current_id).scalar_subquery())
    return (select(chain.c.report_id, origin.label("origin_id"))
            .where(next_of("relay_last").is_(None))
            .cte("relay_origins"))


def _supersedes(d, c) -> ColumnElement[bool]:
    """Claim d (same report and group) is later than claim c: numeric before vague, then
    stated_at descending (unset last), then created_at, then id."""
    both_null = and_(d.min.is_(None), c.min.is_(None))
    both_set = and_(d.min.is_not(None), c.min.is_not(None))
    return or_(
        and_(d.min.is_not(None), c.min.is_(None)),
        and_(or_(both_null, both_set), or_(
            d.stated_at > c.stated_at,
            and_(d.stated_at.is_not(None), c.stated_at.is_(None)),
            and_(d.stated_at.is_not_distinct_from(c.stated_at), or_(
                d.created_at > c.created_at,
                and_(d.created_at == c.created_at, d.id > c.id),
            )),
        )),
    )


def latest_filter(c, incident_ids: Sequence[uuid.UUID] | None = None) -> ColumnElement[bool]:
    """WHERE clause keeping, of `c` (an alias of claims), each report's current claim per group."""
    d = claims_t.alias("later_claim")
    later = (select(literal(1)).where(d.c.incident_id == c.incident_id, d.c.category == c.category,
                                      d.c.victim_group == c.victim_group, d.c.report_id == c.report_id,
                                      _supersedes(d.c, c)).exists())
    cond = ~later
    if incident_ids is not None:
        cond = and_(c.incident_id.in_(list(incident_ids)), cond)
    return cond


def reliability_rank_sql(col) -> ColumnElement[int]:
    return case({v: i for i, v in enumerate(RELIABILITY_ORDER)}, value=col, else_=len(RELIABILITY_ORDER))


def credibility_rank_sql(col) -> ColumnElement[int]:
    return case({v: i for i, v in enumerate(CREDIBILITY_ORDER)}, value=func.coalesce(col, 6),
                else_=len(CREDIBILITY_ORDER))


def compared_claims(incident_ids: Sequence[uuid.UUID] | None = None, *, tolerance: float):
    """Subquery: each report's current claim per group, with source, origin, credibility, the
    rank of the "best" choice (`rank`, lower is better) and tolerance-widened bounds."""
    c = claims_t.alias("c")
    r, s = reports_t, sources_t
    report_filter = None
    if incident_ids is not None:
        report_filter = r.c.id.in_(select(claims_t.c.report_id).where(claims_t.c.incident_id.in_(list(incident_ids))))
    origins = relay_origins(report_filter)
    tol = literal(float(tolerance), Float)
    credible = and_(s.c.reliability != UNRELIABLE, func.coalesce(c.c.credibility, 6) != IMPROBABLE)
    # Only relaying reports look up the relay chain (a join for every row costs a second on 1M claims).
    chain_end = select(origins.c.origin_id).where(origins.c.report_id == c.c.report_id).scalar_subquery()
    origin = case((r.c.relays_report_id.is_not(None), func.coalesce(chain_end, r.c.relays_source_id, r.c.source_id)),
                  else_=func.coalesce(r.c.relays_source_id, r.c.source_id))
    rank = (case((credible, 0), else_=1) * 100 + reliability_rank_sql(s.c.reliability) * 10
            + credibility_rank_sql(c.c.credibility))
    return (
        select(
            c.c.id, c.c.report_id, c.c.incident_id, c.c.category, c.c.victim_group, c.c.min, c.c.max,
            c.c.approximate, c.c.credibility, c.c.stated_at, c.c.updated_at, r.c.source_id, r.c.published_date,
            s.c.reliability,
            origin.label("origin_id"),
            case((credible, 1), else_=0).label("credible"),
            rank.label("rank"),
            case((c.c.approximate, c.c.min * (1 - tol)), else_=cast(c.c.min, Float)).label("lo_t"),
            case((c.c.approximate, c.c.max * (1 + tol)), else_=cast(c.c.max, Float)).label("hi_t"),
        )
        .select_from(c)
        .join(r, r.c.id == c.c.report_id)
        .join(s, s.c.id == r.c.source_id)
        .where(latest_filter(c.c, incident_ids))
        .subquery("compared_claims")
    )


def group_figures(incident_ids: Sequence[uuid.UUID] | None = None, *, tolerance: float) -> Select:
    """One row per incident × category × group: id (the group's smallest claim id: unique, as a
    claim is in one group only), the derived figures, status, severity, counts, and `ambiguous`
    = 1 when equally ranked claims tie for "best" with different figures (Python then breaks
    the tie by recency, see `casualtydb.crossref.scan`)."""
    cc = compared_claims(incident_ids, tolerance=tolerance)
    numeric = cc.c.min.is_not(None)
    scale = literal(SCALE, BigInteger)
    # Packed aggregates (flag * SCALE + figure): one MIN/MAX picks among credible claims when
    # there are any, else among all, as the rule says; fewer aggregates keep the scan fast.
    credible = cast(cc.c.credible, BigInteger)
    low = func.min((1 - credible) * scale + cc.c.min) % scale
    figure = func.coalesce(cc.c.max, cc.c.min)
    # 3: a credible bounded claim exists; 2: credible claims, all open-ended; 1: no credible
    # claim, a bounded one; 0: none bounded. high is None when the claims used are all open-ended.
    bounded_flags = func.max(case((numeric, cc.c.credible * 2 + case((cc.c.max.is_not(None), 1), else_=0))))
    high = case((bounded_flags.in_([1, 3]), func.max(credible * scale + figure) % scale), else_=None)
    rank = cast(cc.c.rank, BigInteger)
    top_low = func.min(rank * scale + cc.c.min) % scale
    top_high = (scale - 1) - func.min(rank * scale + ((scale - 1) - cc.c.min)) % scale
    highest_min = func.max(cc.c.min)
    lowest_max = func.min(cc.c.max)
    severity = case((highest_min > lowest_max, cast(highest_min - lowest_max, Float) / highest_min), else_=0.0)
    conflicting = func.max(cc.c.lo_t) > func.min(cc.c.hi_t) + EPSILON
    # "Two or more independent numeric claims" without a second COUNT(DISTINCT) (each costs a
    # temporary B-tree per group on SQLite): the smallest and largest origin differ.
    numeric_origin = cast(case((numeric, cc.c.origin_id)), String)
    several_origins = func.min(numeric_origin) != func.max(numeric_origin)
    status = case((conflicting, ConflictStatus.CONFLICTING.value),
                  (several_origins, ConflictStatus.CORROBORATED.value),
                  else_=ConflictStatus.SINGLE_SOURCE.value)
    return (
        select(
            cast(func.min(cast(cc.c.id, String)), Uuid).label("id"),
            cc.c.incident_id, cc.c.category, cc.c.victim_group,
            cast(low, Integer).label("low"), cast(top_low, Integer).label("best"), cast(high, Integer).label("high"),
            literal(RULE_NAME, String).label("rule"), status.label("status"), severity.label("severity"),
            func.count().label("claims_count"),
            func.count(func.distinct(cc.c.origin_id)).label("independent_sources"),
            case((top_low != top_high, 1), else_=0).label("ambiguous"),
        )
        .group_by(cc.c.incident_id, cc.c.category, cc.c.victim_group)
    )
