"""Duplicate candidates (date window, place containment, types, actors, dismissals) and the
merge / unmerge round trip that must restore both incidents exactly."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from casualtydb.audit import column_values
from casualtydb.crossref.duplicates import count_candidates, dismiss, find_duplicates, pair_key
from casualtydb.crossref.merge import merge, unmerge
from casualtydb.crossref.reconcile import reconcile
from casualtydb.db import Database
from casualtydb.demo import demo_id
from casualtydb.errors import CasualtyDBError
from casualtydb.models import (
    ActorRole,
    Assessment,
    AuditEntry,
    Claim,
    EventType,
    Incident,
    IncidentActor,
    IncidentFigure,
    IncidentMerge,
    IncidentPlace,
    PlaceLevel,
    Recorded,
)

from .conftest import Builder

SOUSA = demo_id("incident:strike-sousa")
HOSPITAL = demo_id("incident:strike-sousa-hospital")
D = date(2017, 10, 30)


def pairs(db: Database, **kw: Any) -> list[tuple[uuid.UUID, uuid.UUID]]:
    with db.session() as s:
        return [c.incidents for c in find_duplicates(session=s, **kw)]


def test_demo_duplicate_is_the_two_sousa_strikes(xdemo: Database) -> None:
    with xdemo.session() as s:
        [c] = find_duplicates(session=s)
    assert c.incidents == pair_key(SOUSA, HOSPITAL)
    assert [r.code for r in c.reasons] == ["same_day", "same_place", "same_type", "unknown_actors"]
    assert c.score == pytest.approx(0.85) and not c.strict
    assert c.suggested_keep == SOUSA  # two reports against one
    assert c.to_json()["incidents"] == [str(i) for i in c.incidents]
    with xdemo.session() as s:
        assert count_candidates(s.connection(), [HOSPITAL]) == 1
        assert count_candidates(s.connection(), [demo_id("incident:siege-deir-ez-zor")]) == 0


def test_acled_rule_is_the_strict_end(build: Builder) -> None:
    a = build.incident(actors=(("Russian forces", ActorRole.ALLEGED),))
    b = build.incident(actors=(("Russian forces", ActorRole.ALLEGED),))
    with build.db.session() as s:
        [c] = find_duplicates(session=s)
    assert c.strict and c.score == 1.0 and c.reasons[0].code == "acled_rule"
    assert c.incidents == pair_key(a, b)


def test_window_place_containment_types_and_actors(build: Builder) -> None:
    village = build.incident(D, "As-Susah")
    district = build.incident(D + timedelta(days=2), "Abu Kamal", place_level=PlaceLevel.DISTRICT)
    late = build.incident(D + timedelta(days=3), "As-Susah")  # too late for the first, not for the district
    build.incident(D, "Al-Hamidiya")  # another place
    build.incident(D, "As-Susah", event_type=EventType.SIEGE)  # incompatible type
    found = {c.incidents: c for c in _all(build.db)}
    c = found[pair_key(village, district)]
    assert [r.code for r in c.reasons] == ["days_apart", "place_inside", "same_type", "unknown_actors"]
    assert c.day_gap == 2 and not c.same_place
    assert set(found) == {pair_key(village, district), pair_key(late, district)}  # not the other place or siege
    assert pair_key(village, district) in pairs(build.db, window_days=2)
    assert pair_key(village, district) not in pairs(build.db, window_days=1)
    shelling = build.incident(D, "As-Susah", event_type=EventType.SHELLING)
    c = {c.incidents: c for c in _all(build.db)}[pair_key(village, shelling)]
    assert "same_family" in [r.code for r in c.reasons]  # air strike and shelling: both remote violence


def _all(db: Database) -> list:
    with db.session() as s:
        return find_duplicates(session=s)


def test_different_known_parties_are_not_candidates(build: Builder) -> None:
    build.incident(actors=(("Russian forces", ActorRole.ALLEGED),))
    build.incident(actors=(("Islamic State (ISIS)", ActorRole.ALLEGED),))
    assert pairs(build.db) == []


def test_dismissed_and_merged_pairs_are_not_listed(xdemo: Database) -> None:
    with xdemo.transaction(user="auditor") as s:
        d = dismiss(session=s, incident_a=HOSPITAL, incident_b=SOUSA, note="different strikes, same village")
    assert (d.incident_a_id, d.incident_b_id) == pair_key(SOUSA, HOSPITAL)
    assert pairs(xdemo) == []
    with xdemo.session() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.record_id == d.id)).one().action == "insert"
    with xdemo.transaction() as s:
        assert dismiss(session=s, incident_a=SOUSA, incident_b=HOSPITAL).id == d.id  # once only


def snapshot(db: Database) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
    """Every column of every incident, place link, actor link, claim and assessment, except
    the bookkeeping a change necessarily touches (updated_at/by, version)."""
    skip = {"updated_at", "updated_by", "version"}
    out = {}
    with db.session() as s:
        for model in (Incident, IncidentPlace, IncidentActor, Claim, Assessment):
            for obj in s.scalars(select(model)):
                out[(model.__tablename__, obj.id)] = {k: v for k, v in column_values(obj).items() if k not in skip}
    assert skip < Recorded.BOOKKEEPING
    return out


def test_merge_then_unmerge_restores_everything(xdemo: Database) -> None:
    with xdemo.transaction(user="auditor") as s:
        reconcile(session=s, incident_id=HOSPITAL, category="killed", group="civilians", low=4, best=4, high=4,
                  rationale="hospital register")
    before = snapshot(xdemo)
    with xdemo.transaction(user="auditor") as s:
        record = merge(session=s, kept_id=SOUSA, absorbed_id=HOSPITAL)
    with xdemo.session() as s:
        assert s.get(Incident, HOSPITAL).merged_into_id == SOUSA
        assert set(s.scalars(select(Claim.incident_id).where(Claim.report_id == demo_id("report:hospital-2017-10-31")))) == {SOUSA}
        assert s.scalars(select(IncidentFigure).where(IncidentFigure.incident_id == HOSPITAL)).all() == []
        moved = s.get(IncidentMerge, record.id).moved
        assert len(moved["claims"]) == 2 and len(moved["assessments"]) == 1
        assert moved["stayed"]["places"] == [str(demo_id("incident-place:strike-sousa-hospital:السوسة"))]
        assert find_duplicates(session=s) == []
        contexts = {e.context for e in s.scalars(select(AuditEntry).where(AuditEntry.context.like("%merge%")))}
        assert contexts == {"merge incidents"}
    with xdemo.transaction(user="auditor") as s:
        unmerge(session=s, absorbed_id=HOSPITAL)
    after = snapshot(xdemo)
    assert after == before
    with xdemo.session() as s:
        assert s.get(IncidentMerge, record.id).undone_by == "auditor"
        assert {e.context for e in s.scalars(select(AuditEntry).where(AuditEntry.context == "unmerge incidents"))}
        assert [c.incidents for c in find_duplicates(session=s)] == [pair_key(SOUSA, HOSPITAL)]


def test_a_primary_place_comes_back_primary(build: Builder) -> None:
    a = build.incident(D, "As-Susah")
    b = build.incident(D, "Abu Kamal", place_level=PlaceLevel.COMMUNITY)
    build.sourced_claim(b, 3)
    before = snapshot(build.db)
    with build.db.transaction() as s:
        merge(session=s, kept_id=a, absorbed_id=b)
    with build.db.session() as s:
        links = s.scalars(select(IncidentPlace).where(IncidentPlace.incident_id == a)).all()
        assert sorted(link.is_primary for link in links) == [False, True]  # one primary only
    with build.db.transaction() as s:
        record = s.scalars(select(IncidentMerge)).one()
        unmerge(session=s, merge_id=record.id)
    assert snapshot(build.db) == before


def test_merge_and_unmerge_refusals(xdemo: Database) -> None:
    hamidiya = demo_id("incident:strike-hamidiya")
    with xdemo.transaction() as s, pytest.raises(CasualtyDBError, match="into itself"):
        merge(session=s, kept_id=SOUSA, absorbed_id=SOUSA)
    with xdemo.transaction() as s:
        merge(session=s, kept_id=SOUSA, absorbed_id=HOSPITAL)
    with xdemo.transaction() as s, pytest.raises(CasualtyDBError, match="already merged"):
        merge(session=s, kept_id=hamidiya, absorbed_id=HOSPITAL)
    with xdemo.transaction() as s:
        merge(session=s, kept_id=hamidiya, absorbed_id=SOUSA)
    with xdemo.transaction() as s, pytest.raises(CasualtyDBError, match="undo that merge first"):
        unmerge(session=s, absorbed_id=HOSPITAL)
    with xdemo.transaction() as s:
        unmerge(session=s, absorbed_id=SOUSA)
        unmerge(session=s, absorbed_id=HOSPITAL)
    with xdemo.transaction() as s, pytest.raises(CasualtyDBError, match="not merged"):
        unmerge(session=s, absorbed_id=HOSPITAL)
