"""Keeping the derived figures (`incident_figures`) fresh: the full scan and the incremental
refresh that other services call after they save claims.

Contract for callers (report entry, import, merge, editing):

    from casualtydb.crossref import refresh_incidents
    with database.transaction(user=...) as s:
        ... save claims ...
        refresh_incidents(session=s, incident_ids={claim.incident_id, old_incident_id, ...})

Pass every incident whose claims were added, changed, deleted or moved away (both ends of a
move), and incidents whose reports' source or relay links changed. The refresh runs in the
caller's transaction and never commits; it flushes the session first so that pending ORM
changes are seen. It costs a few milliseconds per incident.

How: the grouping query (`casualtydb.crossref.sql.group_figures`) fills a temporary table in one
INSERT … SELECT; Python settles the few groups SQL cannot (ties for "best", assessed groups);
then only the rows of `incident_figures` whose values changed are written (a rescan of an
unchanged database writes nothing). `computed_at` is when a row's values last changed.
"""

from __future__ import annotations

import time
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Uuid,
    and_,
    bindparam,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateTable, DropTable

from ..models import Assessment, DatabaseInfo, IncidentFigure, utcnow
from ..models.base import UTCDateTime
from ..models.enums import Category, ConflictStatus, VictimGroup
from . import derive
from .settings import get_tolerance, set_tolerance, set_window
from .sql import compared_claims, group_figures

CHUNK = 500  # incident ids per statement (far below SQLite's and PostgreSQL's parameter limits)
LAST_SCAN_KEY = "crossref.last_scan"

GroupKey = tuple[uuid.UUID, Category, VictimGroup]
figures_t = IncidentFigure.__table__
VALUE_COLUMNS = ("low", "best", "high", "rule", "status", "severity", "claims_count", "independent_sources")


@dataclass
class ScanSummary:
    groups: int = 0
    by_status: dict[ConflictStatus, int] = field(default_factory=dict)
    tolerance: float = derive.DEFAULT_TOLERANCE
    written: int = 0  # rows of incident_figures inserted, updated or deleted
    seconds: float = 0.0

    @property
    def open(self) -> int:
        return sum(self.by_status.get(s, 0) for s in derive.OPEN_STATUSES)


@dataclass(frozen=True)
class ActiveAssessment:
    id: uuid.UUID
    low: int
    best: int
    high: int | None
    assessed_at: datetime


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[Sequence[uuid.UUID]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _key(incident_id: uuid.UUID, category: Any, group: Any) -> GroupKey:
    return (incident_id, Category(category), VictimGroup(group))


def compared_by_group(session: Session, incident_ids: Iterable[uuid.UUID], *,
                      tolerance: float) -> dict[GroupKey, list[derive.Compared]]:
    """The compared claims (each report's current claim) of the given incidents, grouped."""
    out: dict[GroupKey, list[derive.Compared]] = defaultdict(list)
    for chunk in _chunks(sorted(set(incident_ids), key=str)):
        cc = compared_claims(chunk, tolerance=tolerance)
        for row in session.execute(select(cc)):
            out[_key(row.incident_id, row.category, row.victim_group)].append(derive.Compared(
                claim_id=row.id, report_id=row.report_id, origin_id=row.origin_id, min=row.min, max=row.max,
                approximate=bool(row.approximate), reliability=str(row.reliability) if row.reliability else None,
                credibility=row.credibility, stated_at=row.stated_at, published=row.published_date,
                updated_at=row.updated_at))
    return dict(out)


def active_assessments(session: Session, incident_ids: Iterable[uuid.UUID] | None = None
                       ) -> dict[GroupKey, ActiveAssessment]:
    """The assessment in force per group: the latest one not withdrawn."""
    stmt = (select(Assessment.id, Assessment.incident_id, Assessment.category, Assessment.victim_group,
                   Assessment.low, Assessment.best, Assessment.high, Assessment.assessed_at, Assessment.created_at)
            .where(Assessment.withdrawn_at.is_(None)))
    rows: list[Any] = []
    if incident_ids is None:
        rows = list(session.execute(stmt))
    else:
        for chunk in _chunks(sorted(set(incident_ids), key=str)):
            rows.extend(session.execute(stmt.where(Assessment.incident_id.in_(chunk))))
    rows.sort(key=lambda r: (r.assessed_at, r.created_at))
    out: dict[GroupKey, ActiveAssessment] = {}
    for r in rows:  # later ones replace earlier ones
        out[_key(r.incident_id, r.category, r.victim_group)] = ActiveAssessment(
            r.id, r.low, r.best, r.high, r.assessed_at)
    return out


@dataclass(frozen=True)
class GroupResult:
    """What the scan stores for one incident × category × group (see `evaluate`)."""

    incident_id: uuid.UUID
    category: Category
    victim_group: VictimGroup
    low: int | None
    best: int | None
    high: int | None
    rule: str
    status: ConflictStatus
    severity: float
    claims_count: int
    independent_sources: int
    assessment_id: uuid.UUID | None = None
    compared: tuple[derive.Compared, ...] = ()

    @property
    def key(self) -> GroupKey:
        return (self.incident_id, self.category, self.victim_group)


def evaluate(*, session: Session, incident_ids: Iterable[uuid.UUID], tolerance: float | None = None
             ) -> dict[GroupKey, GroupResult]:
    """The figures and status of every group of these incidents, computed in Python from the
    compared claims (the reference the SQL scan agrees with; used for details and small sets)."""
    tol = _tolerance(session, tolerance)
    ids = set(incident_ids)
    compared = compared_by_group(session, ids, tolerance=tol)
    assessed = active_assessments(session, ids)
    out: dict[GroupKey, GroupResult] = {}
    for key in set(compared) | set(assessed):
        claims = compared.get(key, [])
        derived = derive.derive(claims)
        low, best, high, rule = derived.low, derived.best, derived.high, derived.rule
        status = derive.claims_status(claims, tol)
        a = assessed.get(key)
        if a is not None:
            low, best, high, rule = a.low, a.best, a.high, derive.AUDITOR_RULE
            status = derive.assessed_status(claims, low=a.low, high=a.high, assessed_at=a.assessed_at, tolerance=tol)
        out[key] = GroupResult(key[0], key[1], key[2], low, best, high, rule, status, derive.severity(claims),
                               len(claims), derive.independent_origins(claims), a.id if a else None, tuple(claims))
    return out


def _groups_table() -> Table:
    """The temporary table the grouping query fills (a fresh definition per use)."""
    return Table(
        "crossref_groups", MetaData(),
        Column("id", Uuid), Column("incident_id", Uuid), Column("category", String(20)),
        Column("victim_group", String(20)), Column("low", Integer), Column("best", Integer),
        Column("high", Integer), Column("rule", String(60)), Column("status", String(20)),
        Column("severity", Float), Column("claims_count", Integer), Column("independent_sources", Integer),
        Column("ambiguous", Integer),
        prefixes=["TEMPORARY"],
    )


def _same_group(a: Table, b: Any) -> Any:
    return and_(a.c.incident_id == b.c.incident_id, a.c.category == b.c.category,
                a.c.victim_group == b.c.victim_group)


def _group_param_where(t: Table) -> Any:
    return and_(t.c.incident_id == bindparam("k_incident"), t.c.category == bindparam("k_category"),
                t.c.victim_group == bindparam("k_group"))


def _settle_ties(session: Session, tmp: Table, tolerance: float) -> None:
    """Groups where equally ranked claims give different figures: best = the most recent."""
    ids = [r[0] for r in session.execute(select(tmp.c.incident_id).where(tmp.c.ambiguous == 1).distinct())]
    if not ids:
        return
    params = []
    for key, claims in compared_by_group(session, ids, tolerance=tolerance).items():
        params.append({"k_incident": key[0], "k_category": key[1].value, "k_group": key[2].value,
                       "v_best": derive.derive(claims).best})
    session.execute(update(tmp).where(_group_param_where(tmp), tmp.c.ambiguous == 1)
                    .values(best=bindparam("v_best")), params)


def _apply_assessments(session: Session, tmp: Table, incident_ids: Sequence[uuid.UUID] | None,
                       tolerance: float) -> None:
    """Assessed groups: the auditor's figures, `reconciled` or `needs review`."""
    assessed = active_assessments(session, incident_ids)
    if not assessed:
        return
    claims = compared_by_group(session, {k[0] for k in assessed}, tolerance=tolerance)
    updates, inserts = [], []
    for key, a in assessed.items():
        status = derive.assessed_status(claims.get(key, []), low=a.low, high=a.high, assessed_at=a.assessed_at,
                                        tolerance=tolerance)
        values = {"low": a.low, "best": a.best, "high": a.high, "rule": derive.AUDITOR_RULE, "status": status.value}
        if key in claims:
            updates.append({"k_incident": key[0], "k_category": key[1].value, "k_group": key[2].value,
                            **{f"v_{k}": v for k, v in values.items()}})
        else:  # assessed, but no claims left in the group (e.g. moved by a merge): keep the figures
            inserts.append({"id": a.id, "incident_id": key[0], "category": key[1].value,
                            "victim_group": key[2].value, "severity": 0.0, "claims_count": 0,
                            "independent_sources": 0, "ambiguous": 0, **values})
    if updates:
        session.execute(update(tmp).where(_group_param_where(tmp))
                        .values({k: bindparam(f"v_{k}") for k in ("low", "best", "high", "rule", "status")}),
                        updates)
    if inserts:
        session.execute(insert(tmp), inserts)


def _write_changes(session: Session, conn: Connection, tmp: Table, incident_ids: Sequence[uuid.UUID] | None,
                   now: datetime) -> int:
    """Make incident_figures (for these incidents, or all) equal to the temporary table."""
    f = figures_t
    written = 0
    in_tmp = select(literal(1)).where(_same_group(tmp, f)).exists()
    stale = delete(f).where(~in_tmp)
    if incident_ids is None:
        written += conn.execute(stale).rowcount
    else:
        for chunk in _chunks(incident_ids):
            written += conn.execute(stale.where(f.c.incident_id.in_(chunk))).rowcount
    changed = or_(*[f.c[col].is_distinct_from(tmp.c[col]) for col in VALUE_COLUMNS])
    written += conn.execute(
        update(f).where(_same_group(f, tmp), changed)
        .values({**{col: tmp.c[col] for col in VALUE_COLUMNS}, "computed_at": literal(now, UTCDateTime())})
    ).rowcount
    in_figures = select(literal(1)).where(_same_group(f, tmp)).exists()
    id_taken = select(literal(1)).where(f.c.id == tmp.c.id).exists()
    cols = ["id", "incident_id", "category", "victim_group", *VALUE_COLUMNS]
    written += conn.execute(insert(f).from_select(
        [*cols, "computed_at"],
        select(*[tmp.c[c] for c in cols], literal(now, UTCDateTime())).where(~in_figures, ~id_taken),
    ).execution_options(preserve_rowcount=True)).rowcount
    # A group whose smallest claim id names another group's row (claims moved between groups):
    # give it a new id.
    leftovers = [dict(r._mapping) for r in conn.execute(select(*[tmp.c[c] for c in cols]).where(~in_figures))]
    for row in leftovers:
        row["id"] = uuid.uuid4()
        row["computed_at"] = now
    if leftovers:
        conn.execute(insert(f), leftovers)
        written += len(leftovers)
    return written


def _recompute(session: Session, incident_ids: Sequence[uuid.UUID] | None, tolerance: float) -> int:
    session.flush()
    conn = session.connection()
    now = utcnow()
    tmp = _groups_table()
    conn.execute(DropTable(tmp, if_exists=True))
    conn.execute(CreateTable(tmp))
    try:
        cols = [c.name for c in tmp.columns]
        if incident_ids is None:
            conn.execute(insert(tmp).from_select(cols, group_figures(tolerance=tolerance)))
        else:
            for chunk in _chunks(incident_ids):
                conn.execute(insert(tmp).from_select(cols, group_figures(chunk, tolerance=tolerance)))
        Index("ix_crossref_groups_key", tmp.c.incident_id, tmp.c.category, tmp.c.victim_group).create(conn)
        Index("ix_crossref_groups_id", tmp.c.id).create(conn)
        _settle_ties(session, tmp, tolerance)
        _apply_assessments(session, tmp, incident_ids, tolerance)
        written = _write_changes(session, conn, tmp, incident_ids, now)
    finally:
        conn.execute(DropTable(tmp, if_exists=True))
    for obj in [o for o in session.identity_map.values() if isinstance(o, IncidentFigure)]:
        session.expire(obj)  # loaded figures are stale after the Core writes above
    return written


def _summary(session: Session, incident_ids: Sequence[uuid.UUID] | None) -> dict[ConflictStatus, int]:
    stmt = select(figures_t.c.status, func.count()).group_by(figures_t.c.status)
    counts: dict[ConflictStatus, int] = defaultdict(int)
    for chunk in ([None] if incident_ids is None else _chunks(incident_ids)):
        for status, n in session.execute(stmt if chunk is None else stmt.where(figures_t.c.incident_id.in_(chunk))):
            counts[ConflictStatus(status)] += n
    return dict(counts)


def _tolerance(session: Session, tolerance: float | None) -> float:
    return get_tolerance(session=session) if tolerance is None else float(tolerance)


def scan(*, session: Session, tolerance: float | None = None) -> ScanSummary:
    """Recompute every derived figure and status (`incident_figures`) in the caller's transaction.

    `tolerance` (a fraction) defaults to the database's setting. Records the time of the scan
    in `database_info` (`last_scan`)."""
    started = time.perf_counter()
    tol = _tolerance(session, tolerance)
    written = _recompute(session, None, tol)
    stamp = session.get(DatabaseInfo, LAST_SCAN_KEY)
    if stamp is None:
        session.add(DatabaseInfo(key=LAST_SCAN_KEY, value=utcnow().isoformat()))
    else:
        stamp.value = utcnow().isoformat()
    counts = _summary(session, None)
    return ScanSummary(groups=sum(counts.values()), by_status=counts, tolerance=tol, written=written,
                       seconds=time.perf_counter() - started)


def last_scan(*, session: Session) -> datetime | None:
    row = session.get(DatabaseInfo, LAST_SCAN_KEY)
    return datetime.fromisoformat(row.value) if row is not None else None


def refresh_incidents(*, session: Session, incident_ids: Iterable[uuid.UUID | str],
                      tolerance: float | None = None) -> ScanSummary:
    """Recompute the derived figures of these incidents only (see the module docstring)."""
    started = time.perf_counter()
    ids = sorted({i if isinstance(i, uuid.UUID) else uuid.UUID(str(i)) for i in incident_ids}, key=str)
    tol = _tolerance(session, tolerance)
    if not ids:
        return ScanSummary(tolerance=tol)
    written = _recompute(session, ids, tol)
    counts = _summary(session, ids)
    return ScanSummary(groups=sum(counts.values()), by_status=counts, tolerance=tol, written=written,
                       seconds=time.perf_counter() - started)


def save_shared_settings(session: Session, *, tolerance_percent: float | None = None,
                         window_days: int | None = None) -> None:
    """Change the database's settings (audited); a new tolerance rescans every figure, in the
    same transaction, so that no stored status follows the old one."""
    if window_days is not None:
        set_window(session=session, days=window_days)
    if tolerance_percent is not None:
        set_tolerance(session=session, percent=tolerance_percent)
        scan(session=session)
