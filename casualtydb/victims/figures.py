"""Names against figures: per incident × category (killed, injured, missing, detained), how many
persons the mentions name and how that compares with the figures reported ("killed: 7 reported
(best), 5 named").

The figure shown is the incident's best (the auditor's accepted figure where there is one, else
the derived best of the last scan, else the largest figure a claim gives), the largest over its
victim groups as the incident list shows it. More persons named than the *highest* figure any
report or assessment gives is a conflict of its own (`over_named`): a list named someone twice,
a person belongs to another incident, or every report undercounts. One SQL statement computes
it for the whole database (grouped passes over mentions, claims and figures), so the Conflicts
page and the `conflicts` command read it however long the lists are.

Persons are counted once however many mentions name them (merged persons are one); mentions of
an incident merged into another count for the one it was merged into."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from ..models import Category, Claim, Incident, IncidentFigure, Mention
from ..models.person import Fate

CATEGORIES: tuple[Category, ...] = (Category.KILLED, Category.INJURED, Category.MISSING, Category.DETAINED)
_FATES = [Fate(c.value) for c in CATEGORIES]


@dataclass(frozen=True)
class NamedFigure:
    incident_id: uuid.UUID
    category: Category
    named: int  # persons named with this fate
    best: int | None  # the figure reported (accepted, derived best, or the largest claim)
    best_rule: str  # "accepted", "derived", "claims" or "" (no figure)
    highest: int | None  # the highest figure any claim, derived figure or assessment gives

    @property
    def over(self) -> bool:
        """More persons named than the highest figure reported: a conflict."""
        return self.highest is not None and self.named > self.highest

    @property
    def unnamed(self) -> int | None:
        """How many of the best figure are not named yet (None without a figure)."""
        return None if self.best is None else max(0, self.best - self.named)

    def to_json(self) -> dict[str, Any]:
        return {"incident": str(self.incident_id), "category": self.category.value, "named": self.named,
                "reported_best": self.best, "best_from": self.best_rule or None, "reported_highest": self.highest,
                "over_named": self.over}


def _statement(incident_ids: Sequence[uuid.UUID] | None, only_over: bool) -> Any:
    """(incident, category, named, best, best rule, highest) for every incident × category with
    names or figures (those of `incident_ids`, or all), only those named above the highest with
    `only_over`."""
    incident = func.coalesce(Incident.merged_into_id, Mention.incident_id)
    named = (select(incident.label("iid"), Mention.fate.label("cat"),
                    func.count(func.distinct(Mention.person_id)).label("n"))
             .join(Incident, Incident.id == Mention.incident_id)
             .where(Mention.fate.in_(_FATES)))
    claimed = (select(Claim.incident_id.label("iid"), Claim.category.label("cat"),
                      func.max(func.coalesce(Claim.max, Claim.min)).label("top"))
               .where(Claim.category.in_(CATEGORIES)))
    figures = (select(IncidentFigure.incident_id.label("iid"), IncidentFigure.category.label("cat"),
                      func.max(IncidentFigure.best).label("best"), func.max(IncidentFigure.high).label("high"),
                      func.max(case((IncidentFigure.rule == "auditor", 1), else_=0)).label("accepted"))
               .where(IncidentFigure.category.in_(CATEGORIES)))
    if incident_ids is not None:
        ids = list(incident_ids)
        # the incidents' own mentions and those of incidents merged into them (mentions.incident_id is indexed)
        sources = select(Incident.id).where(or_(Incident.id.in_(ids), Incident.merged_into_id.in_(ids)))
        named = named.where(Mention.incident_id.in_(sources), incident.in_(ids))
        claimed = claimed.where(Claim.incident_id.in_(ids))
        figures = figures.where(IncidentFigure.incident_id.in_(ids))
    n = named.group_by(incident, Mention.fate).subquery()
    c = claimed.group_by(Claim.incident_id, Claim.category).subquery()
    f = figures.group_by(IncidentFigure.incident_id, IncidentFigure.category).subquery()
    # The highest of the claims' and the figures' highs (NULLs skipped; greatest() is not portable).
    high = func.coalesce(f.c.high, c.c.top)
    highest = case((and_(c.c.top.is_not(None), c.c.top > high), c.c.top), else_=high)
    if only_over:
        # Only incidents with names: start from them, and keep those named above the highest.
        stmt = (select(n.c.iid, n.c.cat, n.c.n, f.c.best, f.c.accepted, c.c.top, highest.label("highest"))
                .select_from(n)
                .outerjoin(c, and_(c.c.iid == n.c.iid, c.c.cat == n.c.cat))
                .outerjoin(f, and_(f.c.iid == n.c.iid, f.c.cat == n.c.cat))
                .where(highest.is_not(None), n.c.n > highest))
        return stmt.order_by((n.c.n - highest).desc(), n.c.iid, n.c.cat)
    # Every incident × category with names, a claim or a figure: the union of the three keys.
    keys = select(n.c.iid, n.c.cat).union(select(c.c.iid, c.c.cat), select(f.c.iid, f.c.cat)).subquery()
    return (select(keys.c.iid, keys.c.cat, func.coalesce(n.c.n, literal(0)), f.c.best, f.c.accepted, c.c.top,
                   highest.label("highest"))
            .select_from(keys)
            .outerjoin(n, and_(n.c.iid == keys.c.iid, n.c.cat == keys.c.cat))
            .outerjoin(c, and_(c.c.iid == keys.c.iid, c.c.cat == keys.c.cat))
            .outerjoin(f, and_(f.c.iid == keys.c.iid, f.c.cat == keys.c.cat))
            .order_by(keys.c.iid, keys.c.cat))


def _rows(session: Session, stmt: Any) -> list[NamedFigure]:
    out = []
    for iid, cat, named, best, accepted, top, highest in session.execute(stmt):
        if best is not None:
            rule = "accepted" if accepted else "derived"
        elif top is not None:
            best, rule = top, "claims"
        else:
            rule = ""
        out.append(NamedFigure(incident_id=iid if isinstance(iid, uuid.UUID) else uuid.UUID(str(iid)),
                               category=Category(str(getattr(cat, "value", cat))), named=int(named or 0), best=best,
                               best_rule=rule, highest=highest))
    return out


def named_against_figures(session: Session, incident_id: uuid.UUID) -> list[NamedFigure]:
    """One incident's categories with names or figures, in the order of CATEGORIES."""
    rows = _rows(session, _statement([incident_id], only_over=False))
    return sorted(rows, key=lambda r: CATEGORIES.index(r.category))


def over_named(session: Session, incident_ids: Sequence[uuid.UUID] | None = None) -> list[NamedFigure]:
    """Incident × category where more persons are named than the highest figure reported, the
    largest excess first (live incidents only: a merged one counts for the one it went into)."""
    rows = _rows(session, _statement(incident_ids, only_over=True))
    merged = set(session.scalars(select(Incident.id).where(
        Incident.id.in_({r.incident_id for r in rows}), Incident.merged_into_id.is_not(None)))) if rows else set()
    return [r for r in rows if r.incident_id not in merged]
