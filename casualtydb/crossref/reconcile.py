"""An auditor's reconciliation: recording an assessment (low / best / high, a rationale, the
claims relied on) and withdrawing it (undo). Both are ordinary ORM writes, so the session's
audit hook logs them; the derived figures of the incident are refreshed in the same transaction.

An assessment replaces the one in force for the same group (that one is withdrawn, not
deleted). Withdrawing the one in force reopens the conflict; an earlier, still active one is
not revived (it was withdrawn when it was replaced)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..audit import current_user
from ..errors import CasualtyDBError, ValidationError
from ..models import Assessment, Claim, Incident, utcnow
from ..models.enums import Category, VictimGroup
from . import derive
from .scan import refresh_incidents


def _user(session: Session, user: str | None) -> str:
    return user or session.info.get("user") or current_user()


def _category(value: Category | str) -> Category:
    try:
        return Category(value)
    except ValueError:
        raise ValidationError(f"unknown category {value!r} (one of: {', '.join(c.value for c in Category)})",
                              field="category") from None


def _group(value: VictimGroup | str) -> VictimGroup:
    try:
        return VictimGroup(value)
    except ValueError:
        raise ValidationError(f"unknown victim group {value!r} (one of: {', '.join(g.value for g in VictimGroup)})",
                              field="group") from None


def check_figures(low: int, best: int, high: int | None) -> None:
    for name, value in (("low", low), ("best", best), ("high", high)):
        if value is None and name != "high":
            raise ValidationError("is required", field=name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValidationError(f"must be a whole number, not {value!r}", field=name)
        if value is not None and value < 0:
            raise ValidationError("must not be negative", field=name)
    if not low <= best:
        raise ValidationError(f"low ({low}) must not be above best ({best})", field="low")
    if high is not None and not best <= high:
        raise ValidationError(f"best ({best}) must not be above high ({high})", field="high")


def reconcile(*, session: Session, incident_id: uuid.UUID, category: Category | str, group: VictimGroup | str,
              low: int, best: int, high: int | None, rationale: str, claim_ids: Iterable[uuid.UUID] = (),
              user: str | None = None) -> Assessment:
    """Record an assessment for incident × category × group (in the caller's transaction).

    Raises ValidationError when the rationale is empty, low <= best <= high does not hold, or a
    claim relied on is not a claim of this group."""
    cat, grp = _category(category), _group(group)
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise CasualtyDBError(f"no incident {incident_id}")
    if incident.merged_into_id is not None:
        raise CasualtyDBError(f"incident {incident_id} was merged into {incident.merged_into_id}; reconcile that one")
    text = (rationale or "").strip()
    if not text:
        raise ValidationError("a rationale is required: say why these figures", field="rationale")
    check_figures(low, best, high)
    ids = list(dict.fromkeys(claim_ids))
    claims: list[Claim] = []
    if ids:
        claims = list(session.scalars(select(Claim).where(Claim.id.in_(ids))))
        found = {c.id for c in claims}
        missing = [str(i) for i in ids if i not in found]
        if missing:
            raise ValidationError(f"no such claim: {', '.join(missing)}", field="claims")
        foreign = [str(c.id) for c in claims
                   if (c.incident_id, Category(c.category), VictimGroup(c.victim_group)) != (incident_id, cat, grp)]
        if foreign:
            raise ValidationError(f"not a claim of this incident, category and group: {', '.join(foreign)}",
                                  field="claims")
    who = _user(session, user)
    now = utcnow()
    for previous in active_for(session=session, incident_id=incident_id, category=cat, group=grp):
        previous.withdrawn_at = now
        previous.withdrawn_by = who
    assessment = Assessment(incident_id=incident_id, category=cat, victim_group=grp, low=low, best=best, high=high,
                            rule=derive.AUDITOR_RULE, rationale=text, assessed_by=who, assessed_at=now, claims=claims)
    session.add(assessment)
    session.flush()
    refresh_incidents(session=session, incident_ids=[incident_id])
    return assessment


def active_for(*, session: Session, incident_id: uuid.UUID, category: Category | str,
               group: VictimGroup | str) -> list[Assessment]:
    return list(session.scalars(select(Assessment).where(
        Assessment.incident_id == incident_id, Assessment.category == Category(category),
        Assessment.victim_group == VictimGroup(group), Assessment.withdrawn_at.is_(None))))


def withdraw(*, session: Session, assessment_id: uuid.UUID, user: str | None = None) -> Assessment:
    """Undo an assessment: stamp it withdrawn (kept, logged); the group's status is recomputed
    from its claims, so a conflict it closed is open again."""
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise CasualtyDBError(f"no assessment {assessment_id}")
    if assessment.withdrawn_at is not None:
        raise CasualtyDBError(f"assessment {assessment_id} was already withdrawn on "
                              f"{assessment.withdrawn_at:%Y-%m-%d %H:%M} by {assessment.withdrawn_by}")
    assessment.withdrawn_at = utcnow()
    assessment.withdrawn_by = _user(session, user)
    session.flush()
    refresh_incidents(session=session, incident_ids=[assessment.incident_id])
    return assessment
