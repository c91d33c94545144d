"""Grading an incident on the Airwars scale, suggested with reasons; a person accepts or changes it.

Suggestion rules, in order (the first that applies wins):

1. **contested**: two or more parties claimed responsibility (IncidentActor role `claimed`).
2. **confirmed**: one party accepted responsibility (role `claimed`).
3. **contested**: a party denied responsibility (role `denied`); or reports blame different
   parties (the actors each report alleges, `IncidentActor.report_id`, share none, unknown
   perpetrators aside); or reports disagree on who the victims were (one counts the killed as
   civilians and another only as combatants).
4. **fair**: two or more credible, probably independent sources (declared relays and same-source
   reports count once, near-copied texts count with what they copy; credible = source
   reliability not E and a claim whose credibility is not 5).
5. **weak**: otherwise (a single source, or sources that are not credible or not independent).

**discounted** is never suggested: it is an assessment that the harm was more likely caused by
another party, which only a person can make.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..audit import current_user
from ..errors import CasualtyDBError, ValidationError
from ..models import Actor, Claim, Incident, IncidentActor, Report, Source, utcnow
from ..models.enums import ActorRole, Category, Grade, VictimGroup
from .independence import ReportFacts, assess_independence
from .scan import evaluate

UNKNOWN_ACTOR_KIND = "unknown"


@dataclass(frozen=True)
class GradeReason:
    """One reason, as a code with parameters (for translated interfaces) and an English text."""

    code: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text, "params": self.params}


@dataclass(frozen=True)
class GradeSuggestion:
    incident_id: uuid.UUID
    grade: Grade
    reasons: tuple[GradeReason, ...]
    current: Grade | None
    current_reasons: str | None
    accepted_by: str | None
    accepted_at: datetime | None

    def reasons_text(self) -> str:
        return "\n".join(r.text for r in self.reasons)

    def to_json(self) -> dict[str, Any]:
        return {
            "incident": str(self.incident_id), "suggested": self.grade.value,
            "reasons": [r.to_json() for r in self.reasons],
            "grade": self.current.value if self.current else None, "grade_reasons": self.current_reasons,
            "accepted_by": self.accepted_by, "accepted_at": self.accepted_at.isoformat() if self.accepted_at else None,
        }


def _actor_name(row: Any) -> str:
    return row.name_en or row.name_ar


def _actor_names_ar(actors: list[Any], role: ActorRole) -> list[str]:
    return sorted({a.name_ar for a in actors if ActorRole(a.role) == role})


def suggest_grade(*, session: Session, incident_id: uuid.UUID) -> GradeSuggestion:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise CasualtyDBError(f"no incident {incident_id}")
    actors = list(session.execute(
        select(IncidentActor.actor_id, IncidentActor.role, IncidentActor.report_id, Actor.name_ar, Actor.name_en,
               Actor.kind)
        .join(Actor, Actor.id == IncidentActor.actor_id)
        .where(IncidentActor.incident_id == incident_id)))
    reasons: list[GradeReason] = []
    grade: Grade | None = None

    claimants = sorted({_actor_name(a) for a in actors if ActorRole(a.role) == ActorRole.CLAIMED})
    if len(claimants) >= 2:
        grade = Grade.CONTESTED
        reasons.append(GradeReason("claimed_several", f"several parties claimed responsibility: {', '.join(claimants)}",
                                   {"actors": claimants, "actors_ar": _actor_names_ar(actors, ActorRole.CLAIMED)}))
    elif claimants:
        grade = Grade.CONFIRMED
        reasons.append(GradeReason("claimed", f"{claimants[0]} accepted responsibility",
                                   {"actor": claimants[0], "actor_ar": _actor_names_ar(actors, ActorRole.CLAIMED)[0]}))

    if grade is None:
        deniers = sorted({_actor_name(a) for a in actors if ActorRole(a.role) == ActorRole.DENIED})
        if deniers:
            grade = Grade.CONTESTED
            reasons.append(GradeReason("denied", f"{', '.join(deniers)} denied responsibility",
                                       {"actors": deniers, "actors_ar": _actor_names_ar(actors, ActorRole.DENIED)}))
        blamed: dict[uuid.UUID, set[str]] = defaultdict(set)
        for a in actors:
            if ActorRole(a.role) == ActorRole.ALLEGED and a.report_id is not None and a.kind != UNKNOWN_ACTOR_KIND:
                blamed[a.report_id].add(_actor_name(a))
        sets = list(blamed.values())
        if any(not (x & y) for i, x in enumerate(sets) for y in sets[i + 1:]):
            grade = Grade.CONTESTED
            parties = sorted({name for s in sets for name in s})
            parties_ar = sorted({a.name_ar for a in actors if _actor_name(a) in parties})
            reasons.append(GradeReason("competing_allegations",
                                       f"reports blame different parties: {', '.join(parties)}",
                                       {"actors": parties, "actors_ar": parties_ar}))
        status_dispute = _victim_status_dispute(session, incident_id)
        if status_dispute:
            grade = Grade.CONTESTED
            reasons.append(GradeReason("victim_status", "reports disagree on who the victims were "
                                       "(civilians in one, only combatants in another)", {}))

    counted, notes = _credible_independent_sources(session, incident_id)
    reasons.extend(notes)
    if grade is None:
        if counted >= 2:
            grade = Grade.FAIR
            reasons.append(GradeReason("independent_sources",
                                       f"{counted} credible independent sources", {"count": counted}))
        else:
            grade = Grade.WEAK
            reasons.append(GradeReason("single_source", "a single credible independent source" if counted == 1
                                       else "no credible independent source", {"count": counted}))
    return GradeSuggestion(incident_id, grade, tuple(reasons), Grade(incident.grade) if incident.grade else None,
                           incident.grade_reasons, incident.grade_accepted_by, incident.grade_accepted_at)


def _victim_status_dispute(session: Session, incident_id: uuid.UUID) -> bool:
    groups: dict[uuid.UUID, set[VictimGroup]] = defaultdict(set)
    for report_id, group in session.execute(
            select(Claim.report_id, Claim.victim_group)
            .where(Claim.incident_id == incident_id, Claim.category == Category.KILLED, Claim.part_of_id.is_(None))):
        groups[report_id].add(VictimGroup(group))
    civilians = any(VictimGroup.CIVILIANS in g for g in groups.values())
    only_combatants = any(g == {VictimGroup.COMBATANTS} for g in groups.values())
    return civilians and only_combatants


def _credible_independent_sources(session: Session, incident_id: uuid.UUID) -> tuple[int, list[GradeReason]]:
    """Origins with a credible current claim, near-copies counted with what they copy."""
    results = evaluate(session=session, incident_ids=[incident_id])
    compared = [c for r in results.values() for c in r.compared]
    if not compared:
        return 0, [GradeReason("no_claims", "no claims yet", {})]
    credible_reports = {c.report_id for c in compared if c.credible}
    origin_of = {c.report_id: c.origin_id for c in compared}
    rows = {r.id: r for r in session.execute(
        select(Report.id, Report.source_id, Report.relays_report_id, Report.relays_source_id, Report.published_date,
               Report.text, Source.name_ar, Source.name_en)
        .join(Source, Source.id == Report.source_id)
        .where(Report.id.in_(list(origin_of))))}
    facts = [ReportFacts(rid, rows[rid].source_id, origin, rows[rid].relays_report_id, rows[rid].relays_source_id,
                         rows[rid].published_date, rows[rid].text) for rid, origin in origin_of.items()]
    independence = assess_independence(facts)
    notes: list[GradeReason] = []
    copied_origins = set()
    for rid, ind in independence.items():
        if ind.label == "near copy" and ind.near_copy_of is not None:
            copied_origins.add(origin_of[rid])
            name, original = _source_name(rows[rid]), _source_name(rows[ind.near_copy_of])
            notes.append(GradeReason("near_copy", f"{name} nearly copies {original} "
                                     f"({round((ind.similarity or 0) * 100)} % of its text): probably not independent",
                                     {"source": name, "source_ar": rows[rid].name_ar, "original": original,
                                      "original_ar": rows[ind.near_copy_of].name_ar, "similarity": ind.similarity}))
        elif ind.label == "relay":
            name = _source_name(rows[rid])
            notes.append(GradeReason("relay", f"{name} relays another report: not counted separately",
                                     {"source": name, "source_ar": rows[rid].name_ar}))
    credible_origins = {origin_of[rid] for rid in credible_reports} - copied_origins
    return len(credible_origins), notes


def _source_name(row: Any) -> str:
    return row.name_en or row.name_ar


def accept_grade(*, session: Session, incident_id: uuid.UUID, grade: Grade | str | None = None,
                 note: str | None = None, user: str | None = None) -> GradeSuggestion:
    """Set the incident's grade: the suggestion when `grade` is None, else the person's choice
    (with the suggestion and the note kept in `grade_reasons`). Audit-logged by the session hook."""
    suggestion = suggest_grade(session=session, incident_id=incident_id)
    if grade is None:
        chosen = suggestion.grade
    else:
        try:
            chosen = Grade(grade)
        except ValueError:
            raise ValidationError(f"unknown grade {grade!r} (one of: {', '.join(g.value for g in Grade)})",
                                  field="grade") from None
    who = user or session.info.get("user") or current_user()
    lines = []
    if chosen != suggestion.grade:
        lines.append(f"suggested {suggestion.grade.value}; set to {chosen.value} by {who}")
    if note and note.strip():
        lines.append(note.strip())
    lines.extend(r.text for r in suggestion.reasons)
    incident = session.get(Incident, incident_id)
    assert incident is not None
    incident.grade = chosen
    incident.grade_reasons = "\n".join(lines)
    incident.grade_accepted_by = who
    incident.grade_accepted_at = utcnow()
    session.flush()
    return suggest_grade(session=session, incident_id=incident_id)


__all__ = ["GradeReason", "GradeSuggestion", "accept_grade", "suggest_grade"]
