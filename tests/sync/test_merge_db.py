"""Merging field workers' databases: both directions give the same content, one-sided changes
are taken, changes on both sides become listed conflicts, deletions follow the audit log, and a
merge is all or nothing."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casualtydb.demo import demo_id
from casualtydb.models import (
    AuditAction,
    AuditEntry,
    Claim,
    ConflictKind,
    Incident,
    IncidentPlace,
    MergeConflict,
    Place,
    Report,
    Side,
    Source,
    SyncRun,
)
from casualtydb.sync.conflicts import list_conflicts, resolve_conflict
from casualtydb.sync.other import MergeSourceError, open_other
from helpers.merging import FieldDb, add_report, content_dump, full_dump, merge

SOUSA = demo_id("incident:strike-sousa")
HAMIDIYA = demo_id("incident:strike-hamidiya")
SIEGE = demo_id("incident:siege-deir-ez-zor")


def _edit(database, user: str, model, record_id, **values) -> None:
    with database.transaction(user=user) as s:
        obj = s.get(model, record_id)
        for key, value in values.items():
            setattr(obj, key, value)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_two_field_databases_merge_both_ways_into_the_same_content(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    new_a = add_report(a, user="amal", source="تنسيقية البوكمال", title="تقرير أمل", incident="strike-sousa", killed=8)
    new_b = add_report(b, user="bilal", source="شبكة الميادين", title="تقرير بلال", incident="strike-hamidiya",
                       killed=11)
    _edit(a, "amal", Incident, HAMIDIYA, notes="checked with the hospital")  # only in A
    _edit(b, "bilal", Incident, SIEGE, notes="the council revised its appeal")  # only in B
    _edit(a, "amal", Incident, SOUSA, description_en="Strike on al-Sousa (amal)")  # both: a conflict
    _edit(b, "bilal", Incident, SOUSA, description_en="Strike on al-Sousa (bilal)")

    into_b = merge(b, a)
    assert into_b.to_dict()["added"] == {"claims": 1, "reports": 1, "sources": 1}
    assert into_b.to_dict()["updated"] == {"incidents": 1}
    assert into_b.to_dict()["conflicts"] == {"incidents": 1}
    into_a = merge(a, b)
    assert into_a.to_dict()["added"] == {"claims": 1, "reports": 1, "sources": 1}

    assert content_dump(a) == content_dump(b)
    with b.session() as s:
        assert s.get(Report, new_a["report"]).title == "تقرير أمل"
        assert s.get(Incident, HAMIDIYA).notes == "checked with the hospital"
        assert s.get(Incident, SIEGE).notes == "the council revised its appeal"
        # The newer edit (bilal's) is applied; amal's is kept in the conflict, not lost.
        assert s.get(Incident, SOUSA).description_en == "Strike on al-Sousa (bilal)"
    with a.session() as s:
        assert s.get(Claim, new_b["claim"]).min == 11
        assert s.get(Incident, SOUSA).description_en == "Strike on al-Sousa (bilal)"
    with b.session() as s:
        [conflict] = list_conflicts(session=s)
    assert conflict.kind == ConflictKind.EDIT and conflict.record_id == SOUSA
    assert conflict.applied == Side.LOCAL
    assert [(d.field, d.local, d.remote) for d in conflict.differences] == [
        ("description_en", "Strike on al-Sousa (bilal)", "Strike on al-Sousa (amal)")]


def test_merging_the_same_file_twice_changes_nothing(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    add_report(a, user="amal", source="تنسيقية البوكمال", title="تقرير", incident="strike-sousa", killed=8)
    _edit(a, "amal", Incident, SOUSA, description_en="amal")
    _edit(b, "bilal", Incident, SOUSA, description_en="bilal")
    first = merge(b, a)
    assert first.changed
    before = full_dump(b.path)
    again = merge(b, a)
    assert not again.changed and again.run_id is None
    assert full_dump(b.path) == before


def test_one_sided_change_is_taken_without_conflict_in_both_directions(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    merge(b, a)
    merge(a, b)
    _edit(a, "amal", Incident, SOUSA, description_en="first edit in A")
    merge(b, a)  # B takes A's edit
    _edit(a, "amal", Incident, SOUSA, description_en="second edit in A")
    _edit(b, "bilal", Incident, HAMIDIYA, notes="edit in B")
    summary = merge(b, a)
    assert summary.to_dict()["updated"] == {"incidents": 1} and not summary.to_dict()["conflicts"]
    back = merge(a, b)
    assert back.to_dict()["updated"] == {"incidents": 1} and not back.to_dict()["conflicts"]
    assert content_dump(a) == content_dump(b)


def test_worker_keeps_editing_after_a_conflict_went_their_way(field_db: FieldDb) -> None:
    """A one-directional flow (the worker only sends): the worker's further edits are taken."""
    auditor, worker = field_db("auditor"), field_db("worker")
    _edit(auditor, "audrey", Incident, SOUSA, notes="auditor")
    _edit(worker, "walid", Incident, SOUSA, notes="worker")  # newer: applied
    assert merge(auditor, worker).to_dict()["conflicts"] == {"incidents": 1}
    _edit(worker, "walid", Incident, SOUSA, notes="worker, later")
    summary = merge(auditor, worker)
    assert summary.to_dict()["updated"] == {"incidents": 1} and not summary.to_dict()["conflicts"]
    with auditor.session() as s:
        assert s.get(Incident, SOUSA).notes == "worker, later"


def test_settling_a_conflict_and_merging_again(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    _edit(a, "amal", Incident, SOUSA, description_en="amal")
    _edit(b, "bilal", Incident, SOUSA, description_en="bilal")
    merge(b, a)
    with b.transaction(user="auditor") as s:
        [conflict] = list_conflicts(session=s)
        settled = resolve_conflict(conflict.id, "remote", session=s)
    assert settled.resolution == Side.REMOTE and settled.resolved_by == "auditor"
    with b.session() as s:
        assert s.get(Incident, SOUSA).description_en == "amal"
        assert list_conflicts(session=s) == []
        entry = s.scalars(select(AuditEntry).where(AuditEntry.record_id == SOUSA)
                          .order_by(AuditEntry.at.desc())).first()
        assert entry.user == "auditor" and entry.new == {"description_en": "amal"}
    assert not merge(b, a).to_dict()["conflicts"]
    merge(a, b)
    assert content_dump(a) == content_dump(b)


def test_conflicting_edit_is_kept_in_the_conflicts_table_with_both_versions(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    _edit(b, "bilal", Incident, SOUSA, description_en="bilal")
    _edit(a, "amal", Incident, SOUSA, description_en="amal")  # newer: applied in B
    merge(b, a)
    with b.session() as s:
        row = s.scalars(select(MergeConflict)).one()
        assert row.local["description_en"] == "bilal" and row.remote["description_en"] == "amal"
        assert row.applied == Side.REMOTE
        assert s.get(Incident, SOUSA).description_en == "amal"


def test_delete_of_an_unchanged_record_is_applied(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    claim = demo_id("claim:p-killed-hamidiya")
    with a.transaction(user="amal") as s:
        s.delete(s.get(Claim, claim))
    summary = merge(b, a)
    assert summary.to_dict()["deleted"] == {"claims": 1}
    with b.session() as s:
        assert s.get(Claim, claim) is None
    merge(a, b)
    assert content_dump(a) == content_dump(b)


def test_local_delete_is_not_undone_by_an_unchanged_remote(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    claim = demo_id("claim:p-killed-hamidiya")
    with b.transaction(user="bilal") as s:
        s.delete(s.get(Claim, claim))
    summary = merge(b, a)
    assert summary.to_dict()["kept_deleted"] == {"claims": 1} and not summary.to_dict()["added"]
    with b.session() as s:
        assert s.get(Claim, claim) is None


def test_delete_against_an_edit_keeps_the_record_and_lists_it(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    claim = demo_id("claim:p-killed-hamidiya")
    with a.transaction(user="amal") as s:
        s.delete(s.get(Claim, claim))
    _edit(b, "bilal", Claim, claim, quote="edited by bilal")
    summary = merge(b, a)
    assert summary.to_dict()["conflicts"] == {"claims": 1} and not summary.to_dict()["deleted"]
    with b.session() as s:
        assert s.get(Claim, claim).quote == "edited by bilal"
        [conflict] = list_conflicts(session=s)
    assert conflict.kind == ConflictKind.DELETE and conflict.remote is None
    # The other direction: A deleted it, B changed it: the change brings it back, listed.
    back = merge(a, b)
    assert back.to_dict()["conflicts"] == {"claims": 1}
    with a.session() as s:
        assert s.get(Claim, claim).quote == "edited by bilal"
    assert content_dump(a) == content_dump(b)
    again = merge(b, a).to_dict()  # brings only A's audit entry of the restore
    assert not any(again["totals"].values()) and again["audit_entries"] == 1


def test_delete_of_a_record_still_used_here_is_refused_and_listed(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    report = demo_id("report:page-2017-10-30")
    with a.transaction(user="amal") as s:
        s.delete(s.get(Report, report))  # its claim goes with it (cascade, audited)
    # B added a claim to that report in the meantime.
    with b.transaction(user="bilal") as s:
        s.add(Claim(report_id=report, incident_id=SOUSA, category="killed", victim_group="civilians", min=3, max=3))
    summary = merge(b, a)
    data = summary.to_dict()
    assert data["deleted"] == {"claims": 1}  # the claim A deleted with the report
    assert data["conflicts"] == {"reports": 1}
    with b.session() as s:
        assert s.get(Report, report) is not None


def test_kept_delete_comes_back_when_incoming_records_need_it(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    page = demo_id("source:demo-page")
    report = demo_id("report:page-2017-10-30")
    with b.transaction(user="bilal") as s:
        s.delete(s.get(Report, report))
        s.flush()
        s.delete(s.get(Source, page))
    add_report(a, user="amal", source="صفحة دير الزور الآن (تجريبي)", title="منشور جديد", incident="strike-sousa",
               killed=2)
    summary = merge(b, a)
    assert summary.to_dict()["conflicts"] == {"sources": 1}
    with b.session() as s:
        assert s.get(Source, page) is not None
        assert s.get(Report, report) is None  # unchanged in A, deleted here: stays deleted


def test_audit_entries_are_copied_and_merge_writes_are_logged(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    new = add_report(a, user="amal", source="تنسيقية البوكمال", title="تقرير", incident="strike-sousa", killed=8)
    merge(b, a)
    with b.session() as s:
        users = set(s.scalars(select(AuditEntry.user).where(AuditEntry.record_id == new["report"])))
        contexts = set(s.scalars(select(AuditEntry.context).where(AuditEntry.record_id == new["report"])))
        assert "amal" in users  # A's own entry, copied
        assert f"merge-db {a.path}" in contexts  # B's entry for the insert
        a_ids = set(s.scalars(select(AuditEntry.id)))
    with a.session() as s:
        assert set(s.scalars(select(AuditEntry.id))) <= a_ids
    with b.session() as s:
        run = s.scalars(select(SyncRun)).one()
        assert run.summary["totals"]["added"] == 3 and run.peer_label == str(a.path)


def test_dry_run_writes_nothing(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    add_report(a, user="amal", source="تنسيقية البوكمال", title="تقرير", incident="strike-sousa", killed=8)
    before = full_dump(b.path)
    summary = merge(b, a, dry_run=True)
    assert summary.dry_run and summary.to_dict()["totals"]["added"] == 3
    assert full_dump(b.path) == before


def test_failure_half_way_leaves_the_database_as_it_was(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    add_report(a, user="amal", source="تنسيقية البوكمال", title="تقرير", incident="strike-sousa", killed=8)
    _edit(a, "amal", Incident, SOUSA, description_en="amal")
    before = full_dump(b.path)

    def fail_late(stage: str, done: int, total: int) -> None:
        if stage == "audit log":  # records are written by now
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        merge(b, a, progress=fail_late)
    assert full_dump(b.path) == before


def test_the_other_database_is_never_written(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    add_report(a, user="amal", source="تنسيقية البوكمال", title="تقرير", incident="strike-sousa", killed=8)
    a.dispose()
    digest = _sha(a.path)
    merge(b, a.path)
    assert _sha(a.path) == digest


def test_same_place_added_to_an_incident_on_both_sides_is_one_record(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    with a.session() as s:
        place = s.scalars(select(Place).where(Place.name_ar == "البوكمال")).first()
    for database, user in ((a, "amal"), (b, "bilal")):
        with database.transaction(user=user) as s:
            s.add(IncidentPlace(incident_id=SOUSA, place_id=place.id))
    summary = merge(b, a)
    assert summary.to_dict()["same_records"] == {"incident_places": 1}
    merge(a, b)
    assert content_dump(a) == content_dump(b)
    with a.session() as s:
        assert s.scalar(select(func.count()).select_from(IncidentPlace).where(
            IncidentPlace.incident_id == SOUSA, IncidentPlace.place_id == place.id)) == 1


def test_copy_of_the_same_file_is_merged_with_a_note(field_db: FieldDb, tmp_path: Path) -> None:
    a = field_db("a")
    a.dispose()
    copy = tmp_path / "copy.db"
    shutil.copyfile(a.path, copy)
    from casualtydb.db import open_database

    b = open_database(copy)
    try:
        _edit(a, "amal", Incident, SOUSA, description_en="amal")
        _edit(b, "bilal", Incident, HAMIDIYA, notes="bilal")
        summary = merge(b, a)
        assert summary.to_dict()["updated"] == {"incidents": 1}
        assert any("copy" in note for note in summary.notes)
    finally:
        b.dispose()


def test_unusable_other_files_are_refused_clearly(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("not a database")
    with pytest.raises(MergeSourceError, match="not a casualtydb database"):
        with open_other(junk):
            pass
    with pytest.raises(MergeSourceError, match="no such file"):
        with open_other(tmp_path / "missing.db"):
            pass


def test_newer_schema_is_refused(field_db: FieldDb) -> None:
    a = field_db("a")
    with a.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff'")
    a.dispose()
    with pytest.raises(MergeSourceError, match="newer casualtydb"):
        with open_other(a.path):
            pass


def test_older_schema_is_upgraded_in_a_temporary_copy(field_db: FieldDb, tmp_path: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import make_url

    from casualtydb.db import alembic_config

    a, b = field_db("a"), field_db("b")
    new = add_report(a, user="amal", source="تنسيقية البوكمال", title="تقرير", incident="strike-sousa", killed=8)
    a.dispose()
    script = ScriptDirectory.from_config(alembic_config())
    previous = script.get_revision(script.get_current_head()).down_revision
    command.downgrade(alembic_config(make_url(f"sqlite:///{a.path}")), previous)
    digest = _sha(a.path)
    with open_other(a.path) as other:
        assert other.upgraded_from == previous
    summary = merge(b, a.path)
    assert summary.to_dict()["added"]["reports"] == 1
    assert _sha(a.path) == digest
    with b.session() as s:
        assert s.get(Report, new["report"]) is not None


def test_assessment_and_its_claims_travel_together(field_db: FieldDb) -> None:
    from datetime import datetime, timezone

    from casualtydb.models import Assessment

    a, b = field_db("a"), field_db("b")
    with a.transaction(user="amal") as s:
        claims = [s.get(Claim, demo_id("claim:h-killed-sousa")), s.get(Claim, demo_id("claim:m-killed-sousa"))]
        s.add(Assessment(incident_id=SOUSA, category="killed", victim_group="civilians", low=5, best=6, high=6,
                         rationale="two independent sources", assessed_by="amal",
                         assessed_at=datetime.now(timezone.utc), claims=claims))
    merge(b, a)
    with b.session() as s:
        assessment = s.scalars(select(Assessment)).one()
        linked = {c for c in s.execute(select(Claim.id).join(Assessment.claims)).scalars()}
    assert assessment.best == 6
    assert linked == {demo_id("claim:h-killed-sousa"), demo_id("claim:m-killed-sousa")}
    assert content_dump(a) == content_dump(b)


def test_deleted_audit_action_is_recorded_for_applied_deletes(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    claim = demo_id("claim:p-killed-hamidiya")
    with a.transaction(user="amal") as s:
        s.delete(s.get(Claim, claim))
    merge(b, a)
    with b.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.record_id == claim,
                                                     AuditEntry.action == AuditAction.DELETE)).all()
    assert {e.user for e in entries} >= {"amal", "tester"}


def test_change_to_a_record_folded_into_another_is_listed_not_dropped(field_db: FieldDb) -> None:
    from casualtydb.sync.matching import confirm_match

    a, b = field_db("a"), field_db("b")
    ids_a = add_report(a, user="amal", source="مرصد الفرات", title="تقرير أمل", incident="strike-sousa", killed=8)
    add_report(b, user="bilal", source="مرصد الفرات", title="تقرير بلال", incident="strike-hamidiya", killed=11)
    summary = merge(b, a)
    [match] = summary.proposed_matches
    with b.transaction(user="auditor") as s:
        confirm_match(match.id, session=s, keep="local")  # A's source folded into B's
    _edit(a, "amal", Source, ids_a["source"], notes="phone number changed")
    later = merge(b, a)
    assert later.to_dict()["conflicts"] == {"sources": 1}
    with b.session() as s:
        [conflict] = list_conflicts(session=s)
    assert conflict.record_id == match.local_id and "after it was found to be the same" in conflict.note
    assert [d.field for d in conflict.differences if d.field == "notes"] == ["notes"]
    assert not merge(b, a).to_dict()["conflicts"]


def test_merging_a_database_into_itself_is_refused(field_db: FieldDb) -> None:
    from casualtydb.errors import CasualtyDBError

    a = field_db("a")
    with pytest.raises(CasualtyDBError, match="this database itself"):
        merge(a, a.path)


def test_a_match_confirmed_in_one_database_settles_the_same_proposal_in_the_other(field_db: FieldDb) -> None:
    from casualtydb.models import MatchStatus
    from casualtydb.sync.matching import confirm_match, list_matches

    a, b = field_db("a"), field_db("b")
    add_report(a, user="amal", source="مرصد الفرات", title="تقرير أمل", incident="strike-sousa", killed=8)
    add_report(b, user="bilal", source="مرصد الفرات", title="تقرير بلال", incident="strike-hamidiya", killed=11)
    assert len(merge(a, b).proposed_matches) == 1  # A proposes the pair
    [match] = merge(b, a).proposed_matches  # so does B
    with b.transaction(user="auditor") as s:
        confirm_match(match.id, session=s, keep="local")
    merge(a, b)
    with a.session() as s:
        assert list_matches(session=s) == []
        [settled] = list_matches(session=s, status=MatchStatus.CONFIRMED)
    assert settled.kept_id == match.local_id and "b.db" in settled.decided_by
    assert content_dump(a) == content_dump(b)


def test_merged_in_incidents_reach_the_duplicate_scan(field_db: FieldDb) -> None:
    from datetime import date

    from casualtydb.models import EventType

    a, b = field_db("a"), field_db("b")
    with a.session() as s:
        sousa_place = s.scalars(select(IncidentPlace.place_id).where(IncidentPlace.incident_id == SOUSA)).first()
    with a.transaction(user="amal") as s:
        inc = Incident(start_date=date(2017, 10, 30), end_date=date(2017, 10, 30), event_type=EventType.AIRSTRIKE,
                       description_ar="غارة على السوسة")
        s.add(inc)
        s.flush()
        s.add(IncidentPlace(incident_id=inc.id, place_id=sousa_place, is_primary=True))
    summary = merge(b, a)
    assert summary.to_dict()["added"]["incidents"] == 1
    assert summary.duplicate_candidates >= 1  # the same strike as the demo's al-Sousa incidents
