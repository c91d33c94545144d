"""The named rule that derives low / best / high from the claims when no auditor has decided,
and the comparison rules (tolerance, conflict, severity, status) it shares with the SQL scan.

This module is the reference: `casualtydb.crossref.sql` computes the same in SQL for whole
databases, and the tests check that both agree. Pure Python, no database access.

Rule "credible-range-v1" (stored in `IncidentFigure.rule`), over the claims being compared
(the latest numeric claim of each report, see `casualtydb.crossref.sql.latest_claims`):

* credible = the source's reliability is not E ("unreliable") and the claim's credibility is
  not 5 ("improbable"); an unset credibility counts as 6 ("cannot be judged"), i.e. credible.
  When no claim is credible, all claims are used (the status and severity still tell).
* low  = the lowest minimum among credible claims.
* high = the highest figure among credible claims (a stated maximum, or the N of "at least N");
  None ("no upper bound known") only when every credible claim is open-ended.
* best = the minimum of the top-ranked credible claim, ranked by source reliability
  (A, B, C, D, F, E: "cannot be judged" above "unreliable"), then claim credibility
  (1, 2, 3, 4, 6, 5), then the most recent statement (stated_at, then the report's date).
  A range claim contributes its minimum, the figure its source commits to.

low <= best <= high always holds, because best comes from a credible claim.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ..models.enums import ConflictStatus

RULE_NAME = "credible-range-v1"
AUDITOR_RULE = "auditor"  # IncidentFigure.rule when the figures come from an active Assessment
DEFAULT_TOLERANCE = 0.10  # approximate figures ("about 700") tolerate ±10 %
EPSILON = 1e-9  # float slack when comparing tolerance-widened bounds

# Most to least reliable. F ("reliability cannot be judged") ranks above E ("unreliable").
RELIABILITY_ORDER: tuple[str, ...] = ("A", "B", "C", "D", "F", "E")
# Most to least credible. 6 ("truth cannot be judged") ranks above 5 ("improbable").
CREDIBILITY_ORDER: tuple[int, ...] = (1, 2, 3, 4, 6, 5)
UNRELIABLE = "E"
IMPROBABLE = 5

# Statuses an auditor has to look at.
OPEN_STATUSES: tuple[ConflictStatus, ...] = (ConflictStatus.CONFLICTING, ConflictStatus.NEEDS_REVIEW)


def reliability_rank(reliability: str | None) -> int:
    return RELIABILITY_ORDER.index(str(reliability) if reliability else "F")


def credibility_rank(credibility: int | None) -> int:
    return CREDIBILITY_ORDER.index(credibility if credibility else 6)


def is_credible(reliability: str | None, credibility: int | None) -> bool:
    return str(reliability) != UNRELIABLE and credibility != IMPROBABLE


@dataclass(frozen=True)
class Compared:
    """One report's current figure in a group: what the rule and the comparison look at."""

    claim_id: uuid.UUID
    report_id: uuid.UUID
    origin_id: uuid.UUID  # the source this figure ultimately comes from (relays followed)
    min: int | None  # None: a vague claim ("dozens"), counted but not compared
    max: int | None  # None with min set: "at least min"
    approximate: bool = False
    reliability: str | None = None
    credibility: int | None = None
    stated_at: datetime | None = None
    published: date | None = None
    updated_at: datetime | None = None

    @property
    def numeric(self) -> bool:
        return self.min is not None

    @property
    def credible(self) -> bool:
        return is_credible(self.reliability, self.credibility)

    def bounds(self, tolerance: float) -> tuple[float, float | None]:
        """The range this claim allows: approximate figures widened by the tolerance; None = no upper bound."""
        assert self.min is not None
        if self.approximate:
            return (self.min * (1 - tolerance), None if self.max is None else self.max * (1 + tolerance))
        return (float(self.min), None if self.max is None else float(self.max))

    def rank_key(self) -> tuple:
        """Sort key of the 'best' choice: lower is better (see the module docstring)."""
        stated = self.stated_at.timestamp() if self.stated_at else float("-inf")
        published = self.published.toordinal() if self.published else -1
        return (0 if self.numeric else 1, 0 if self.credible else 1, reliability_rank(self.reliability),
                credibility_rank(self.credibility), -stated, -published, _desc_uuid(self.claim_id))


def _desc_uuid(value: uuid.UUID) -> int:
    return -value.int


@dataclass(frozen=True)
class Derived:
    low: int | None
    best: int | None
    high: int | None
    best_claim_id: uuid.UUID | None
    rule: str = RULE_NAME


def derive(claims: Sequence[Compared]) -> Derived:
    """Low / best / high by credible-range-v1 (see the module docstring)."""
    numeric = [c for c in claims if c.numeric]
    if not numeric:
        return Derived(None, None, None, min(claims, key=Compared.rank_key).claim_id if claims else None)
    used = [c for c in numeric if c.credible] or numeric
    low = min(c.min for c in used if c.min is not None)
    bounded = [c for c in used if c.max is not None]
    high = max(c.max if c.max is not None else c.min for c in used) if bounded else None  # type: ignore[type-var]
    top = min(used, key=Compared.rank_key)
    return Derived(low, top.min, high, top.claim_id)


def is_conflicting(claims: Sequence[Compared], tolerance: float) -> bool:
    """Two claims conflict when their ranges cannot both be true. On a line, ranges pairwise
    overlap exactly when the highest lower bound is not above the lowest upper bound, so one
    comparison decides the whole group."""
    bounds = [c.bounds(tolerance) for c in claims if c.numeric]
    if len(bounds) < 2:
        return False
    highest_low = max(lo for lo, _ in bounds)
    uppers = [hi for _, hi in bounds if hi is not None]
    return bool(uppers) and highest_low > min(uppers) + EPSILON


def severity(claims: Sequence[Compared]) -> float:
    """How far apart the claims are, as stated (no tolerance): (highest minimum − lowest maximum)
    / highest minimum, 0 when every pair of stated ranges overlaps. 7 vs 12 → 5/12 ≈ 0.42;
    "at least 12" vs 9 → 0.25; 0 vs 3 → 1. Always in [0, 1]."""
    numeric = [c for c in claims if c.numeric]
    if len(numeric) < 2:
        return 0.0
    highest_min = max(c.min for c in numeric if c.min is not None)
    maxima = [c.max for c in numeric if c.max is not None]
    if not maxima or highest_min <= min(maxima):
        return 0.0
    return (highest_min - min(maxima)) / highest_min


def independent_origins(claims: Sequence[Compared], *, numeric_only: bool = False) -> int:
    return len({c.origin_id for c in claims if c.numeric or not numeric_only})


def claims_status(claims: Sequence[Compared], tolerance: float) -> ConflictStatus:
    """The status from the claims alone (before any assessment)."""
    if is_conflicting(claims, tolerance):
        return ConflictStatus.CONFLICTING
    if independent_origins(claims, numeric_only=True) >= 2:
        return ConflictStatus.CORROBORATED
    return ConflictStatus.SINGLE_SOURCE


def outside_range(claim: Compared, low: int, high: int | None, tolerance: float) -> bool:
    """The claim cannot be true if the accepted range [low, high] is (None high: no upper bound)."""
    if not claim.numeric:
        return False
    lo, hi = claim.bounds(tolerance)
    if hi is not None and hi < low - EPSILON:
        return True
    return high is not None and lo > high + EPSILON


def assessed_status(claims: Sequence[Compared], *, low: int, high: int | None, assessed_at: datetime,
                    tolerance: float) -> ConflictStatus:
    """`reconciled`, or `needs review` when a claim arrived (or changed) after the assessment
    and falls outside its accepted range."""
    for c in claims:
        if c.updated_at is not None and c.updated_at > assessed_at and outside_range(c, low, high, tolerance):
            return ConflictStatus.NEEDS_REVIEW
    return ConflictStatus.RECONCILED
