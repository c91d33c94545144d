"""Assessments (recorded, replaced, withdrawn, audit-logged, validated) and grade suggestions."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from casualtydb.crossref.conflicts import list_conflicts
from casualtydb.crossref.grading import accept_grade, suggest_grade
from casualtydb.crossref.reconcile import reconcile, withdraw
from casualtydb.db import Database
from casualtydb.demo import demo_id
from casualtydb.errors import CasualtyDBError, ValidationError
from casualtydb.models import ActorRole, Assessment, AuditEntry, ConflictStatus, Grade, Incident, IncidentFigure

from .conftest import Builder

SOUSA = demo_id("incident:strike-sousa")


def _reconcile(db: Database, **kw: object) -> Assessment:
    args = dict(incident_id=SOUSA, category="killed", group="civilians", low=5, best=6, high=6,
                rationale="the monitor lists six names")
    args.update(kw)
    with db.transaction(user="auditor") as s:
        return reconcile(session=s, **args)


def test_assessment_is_recorded_logged_and_closes_the_conflict(xdemo: Database) -> None:
    a = _reconcile(xdemo, claim_ids=[demo_id("claim:m-killed-sousa")])
    with xdemo.session() as s:
        stored = s.get(Assessment, a.id)
        assert (stored.low, stored.best, stored.high, stored.assessed_by, stored.rule) == (5, 6, 6, "auditor", "auditor")
        assert [c.id for c in stored.claims] == [demo_id("claim:m-killed-sousa")]
        log = s.scalars(select(AuditEntry).where(AuditEntry.record_id == a.id)).all()
        assert [(e.action, e.user) for e in log] == [("insert", "auditor")]
        assert log[0].new["rationale"] == "the monitor lists six names"
        assert SOUSA not in {g.key[0] for g in list_conflicts(session=s)}
        fig = s.scalars(select(IncidentFigure).where(IncidentFigure.incident_id == SOUSA,
                                                     IncidentFigure.victim_group == "civilians")).one()
        assert (fig.status, fig.rule, fig.best) == (ConflictStatus.RECONCILED, "auditor", 6)


def test_withdrawing_reopens_the_conflict_and_is_logged(xdemo: Database) -> None:
    a = _reconcile(xdemo)
    with xdemo.transaction(user="lead auditor") as s:
        withdraw(session=s, assessment_id=a.id)
    with xdemo.session() as s:
        stored = s.get(Assessment, a.id)
        assert stored.withdrawn_by == "lead auditor" and stored.withdrawn_at is not None
        updates = s.scalars(select(AuditEntry).where(AuditEntry.record_id == a.id, AuditEntry.action == "update")).all()
        assert updates and updates[0].new["withdrawn_by"] == "lead auditor"
        assert SOUSA in {g.key[0] for g in list_conflicts(session=s)}
    with xdemo.transaction() as s, pytest.raises(CasualtyDBError, match="already withdrawn"):
        withdraw(session=s, assessment_id=a.id)


def test_a_new_assessment_replaces_the_one_in_force(xdemo: Database) -> None:
    first = _reconcile(xdemo)
    second = _reconcile(xdemo, low=6, best=6, high=6, rationale="hospital list checked")
    with xdemo.session() as s:
        assert s.get(Assessment, first.id).withdrawn_at is not None
        assert s.get(Assessment, second.id).withdrawn_at is None
        [g] = list_conflicts(session=s, include_reconciled=True, incident_ids=[SOUSA])
        assert g.assessment.assessment_id == second.id and len(g.assessments) == 2


@pytest.mark.parametrize(("kw", "field"), [
    ({"rationale": "   "}, "rationale"),
    ({"low": 7, "best": 6}, "low"),
    ({"best": 7, "high": 6}, "high"),
    ({"low": -1}, "low"),
    ({"category": "eaten"}, "category"),
    ({"claim_ids": [demo_id("claim:h-killed-hamidiya")]}, "claims"),
])
def test_invalid_assessments_are_refused(xdemo: Database, kw: dict, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        _reconcile(xdemo, **kw)
    assert info.value.field == field
    with xdemo.session() as s:
        assert s.scalars(select(Assessment)).all() == []


def test_demo_grades(xdemo: Database) -> None:
    with xdemo.session() as s:
        hamidiya = suggest_grade(session=s, incident_id=demo_id("incident:strike-hamidiya"))
        hospital = suggest_grade(session=s, incident_id=demo_id("incident:strike-sousa-hospital"))
    assert hamidiya.grade == Grade.FAIR
    assert [r.code for r in hamidiya.reasons] == ["relay", "independent_sources"]
    assert hospital.grade == Grade.WEAK


def test_claimed_responsibility_is_confirmed(build: Builder) -> None:
    iid = build.incident(actors=(("International coalition (US-led)", ActorRole.CLAIMED),))
    build.sourced_claim(iid, 3)
    with build.db.session() as s:
        g = suggest_grade(session=s, incident_id=iid)
    assert g.grade == Grade.CONFIRMED and g.reasons[0].code == "claimed"


def test_a_denial_or_competing_blame_is_contested(build: Builder) -> None:
    from casualtydb.models import IncidentActor

    denied = build.incident(actors=(("Russian forces", ActorRole.DENIED),))
    build.sourced_claim(denied, 4)
    blamed = build.incident()
    _, r1, _ = build.sourced_claim(blamed, 4)
    _, r2, _ = build.sourced_claim(blamed, 4)
    for report, actor in ((r1, "Russian forces"), (r2, "Syrian government forces")):
        build._add(IncidentActor(incident_id=blamed, actor_id=build.actor(actor), role=ActorRole.ALLEGED,
                                 report_id=report))
    with build.db.session() as s:
        assert suggest_grade(session=s, incident_id=denied).reasons[0].code == "denied"
        g = suggest_grade(session=s, incident_id=blamed)
    assert g.grade == Grade.CONTESTED and g.reasons[0].code == "competing_allegations"


def test_victim_status_dispute_is_contested(build: Builder) -> None:
    iid = build.incident()
    build.sourced_claim(iid, 6, group="civilians")
    build.sourced_claim(iid, 6, group="combatants")
    with build.db.session() as s:
        assert suggest_grade(session=s, incident_id=iid).grade == Grade.CONTESTED


def test_near_copies_do_not_make_a_grade_fair(build: Builder) -> None:
    from casualtydb.demo import PAGE_TEXT, seed_text

    iid = build.incident()
    build.claim(build.report(build.source("Horriya", "C"), text=seed_text()), iid, 7)
    build.claim(build.report(build.source("copying page", "C"), date(2017, 10, 31), text=PAGE_TEXT), iid, 7)
    with build.db.session() as s:
        g = suggest_grade(session=s, incident_id=iid)
    assert g.grade == Grade.WEAK
    assert "near_copy" in [r.code for r in g.reasons]


def test_accepting_or_changing_a_grade_is_recorded_and_logged(xdemo: Database) -> None:
    iid = demo_id("incident:strike-hamidiya")
    with xdemo.transaction(user="auditor") as s:
        accept_grade(session=s, incident_id=iid)
    with xdemo.session() as s:
        inc = s.get(Incident, iid)
        assert (inc.grade, inc.grade_accepted_by) == (Grade.FAIR, "auditor")
        assert "3 credible independent sources" in inc.grade_reasons
    with xdemo.transaction(user="lead") as s:
        accept_grade(session=s, incident_id=iid, grade="contested", note="the regime denies it on state TV")
    with xdemo.session() as s:
        inc = s.get(Incident, iid)
        assert inc.grade == Grade.CONTESTED
        assert inc.grade_reasons.splitlines()[:2] == ["suggested fair; set to contested by lead",
                                                     "the regime denies it on state TV"]
        log = s.scalars(select(AuditEntry).where(AuditEntry.record_id == iid, AuditEntry.action == "update")
                        .order_by(AuditEntry.at)).all()
        assert [e.new["grade"] for e in log] == ["fair", "contested"]
    with xdemo.transaction() as s, pytest.raises(ValidationError):
        accept_grade(session=s, incident_id=iid, grade="excellent")
