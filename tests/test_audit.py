"""The audit log records every insert, update and delete with who, when, old and new values."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from casualtydb.models import AuditEntry, Category, Claim, Incident, Report, Source, VictimGroup


def _entries(db, record_id):
    with db.session() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.record_id == record_id).order_by(AuditEntry.at)).all()


def _new_claim(db, user="amal"):
    with db.transaction(user=user) as s:
        source = Source(name_ar="حرية برس")
        report = Report(source=source, published_date=date(2017, 10, 30))
        incident = Incident(start_date=date(2017, 10, 30))
        claim = Claim(report=report, incident=incident, category=Category.KILLED,
                      victim_group=VictimGroup.CIVILIANS, min=7, max=7)
        s.add(claim)
    return claim, incident


def test_insert_update_delete_are_logged_with_user_and_values(db) -> None:
    claim, incident = _new_claim(db)
    with db.transaction(user="omar", context="correction") as s:
        c = s.get(Claim, claim.id)
        c.max = 9
    with db.transaction(user="huda") as s:
        s.delete(s.get(Claim, claim.id))
    entries = _entries(db, claim.id)
    assert [(e.action.value, e.user) for e in entries] == [("insert", "amal"), ("update", "omar"), ("delete", "huda")]
    assert entries[0].new["min"] == 7 and entries[0].new["category"] == "killed"
    assert (entries[1].old, entries[1].new, entries[1].context) == ({"max": 7}, {"max": 9}, "correction")
    assert entries[2].old["max"] == 9
    with db.session() as s:
        stored = s.get(Incident, incident.id)
        assert stored.created_by == "amal" and stored.month == "2017-10"


def test_audit_log_is_append_only(db) -> None:
    claim, _ = _new_claim(db)
    with pytest.raises(PermissionError):
        with db.transaction() as s:
            entry = s.scalars(select(AuditEntry)).first()
            entry.user = "someone else"
    with pytest.raises(PermissionError):
        with db.transaction() as s:
            s.delete(s.scalars(select(AuditEntry)).first())
    assert len(_entries(db, claim.id)) == 1


def test_a_failed_save_writes_nothing(db) -> None:
    claim, _ = _new_claim(db)
    with pytest.raises(Exception):
        with db.transaction() as s:
            c = s.get(Claim, claim.id)
            c.min = 10  # above max: the database refuses it
            s.flush()
    with db.session() as s:
        assert s.get(Claim, claim.id).min == 7
    assert len(_entries(db, claim.id)) == 1


def test_second_concurrent_save_is_refused(db) -> None:
    claim, _ = _new_claim(db)
    first, second = db.session(user="a"), db.session(user="b")
    try:
        c1, c2 = first.get(Claim, claim.id), second.get(Claim, claim.id)
        # Both editors have loaded the claim and let go of the database while the people type.
        first.commit()
        second.commit()
        c1.max = 8
        first.commit()
        c2.max = 12
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with db.session() as s:
        assert s.get(Claim, claim.id).max == 8


def test_inserts_log_the_defaults_that_are_stored(db) -> None:
    claim, _ = _new_claim(db)
    new = _entries(db, claim.id)[0].new
    assert new["approximate"] is False and new["version"] == 1
    with db.session() as s:
        source_id = s.get(Claim, claim.id).report.source_id
    source_entry = _entries(db, source_id)[0].new
    assert source_entry["aliases"] == [] and source_entry["notes_sensitive"] is False
    assert source_entry["kind"] == "other" and source_entry["reliability"] == "F"


def test_deleting_a_report_logs_the_deletion_of_its_claims(db) -> None:
    claim, _ = _new_claim(db)
    with db.transaction(user="huda") as s:
        s.delete(s.get(Claim, claim.id).report)
    assert [e.action.value for e in _entries(db, claim.id)] == ["insert", "delete"]
