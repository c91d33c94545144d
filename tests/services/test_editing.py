"""The editing service: validation naming the field, deletes that check usage, undo snapshots."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from casualtydb.demo import demo_id
from casualtydb.errors import StaleEditError, ValidationError
from casualtydb.models import AuditEntry, Claim, Incident, Place, Report
from casualtydb.services import editing
from casualtydb.stats import counts

HAMIDIYA = demo_id("incident:strike-hamidiya")


def error(fn, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        fn(*args, **kwargs)
    return info.value


def test_report_needs_a_source(demo_db):
    with demo_db.transaction() as s:
        err = error(editing.create_record, "report", {"title": "x"}, session=s)
    assert err.field == "source_id" and err.code == "source_required"


def test_dates_must_be_ordered_and_not_in_the_future(demo_db):
    with demo_db.transaction() as s:
        err = error(editing.update_record, "incident", HAMIDIYA, {"end_date": date(2017, 10, 1)}, session=s)
        assert (err.field, err.code) == ("end_date", "end_before_start")
        err = error(editing.update_record, "incident", HAMIDIYA, {"start_date": date.today() + timedelta(days=3)},
                    session=s)
        assert (err.field, err.code) == ("start_date", "future_date")
        err = error(editing.update_record, "incident", HAMIDIYA, {"start_date": "30/10/2017"}, session=s)
        assert err.code == "not_a_date"
        # Eastern Arabic digits in an ISO date are read
        assert editing.update_record("incident", HAMIDIYA, {"end_date": "٢٠١٧-١٠-٣١"}, session=s)
        assert s.get(Incident, HAMIDIYA).end_date == date(2017, 10, 31)


def test_claim_figures_min_max_and_eastern_arabic_digits(demo_db):
    claim = demo_id("claim:n-killed-first")
    with demo_db.transaction() as s:
        err = error(editing.update_record, "claim", claim, {"max": "٣"}, session=s)
        assert (err.field, err.code, err.params) == ("max", "max_below_min", {"min": 5, "max": 3})
        assert error(editing.update_record, "claim", claim, {"min": "-1"}, session=s).code == "negative"
        assert error(editing.update_record, "claim", claim, {"min": "five"}, session=s).code == "not_a_number"
        assert error(editing.update_record, "claim", claim, {"min": None, "max": None}, session=s).code \
            == "figure_or_vague"
        assert error(editing.update_record, "claim", claim, {"credibility": 9}, session=s).field == "credibility"
        editing.update_record("claim", claim, {"min": "١٬٠٠٠", "max": "۱۲۰۰"}, session=s)
        c = s.get(Claim, claim)
        assert (c.min, c.max) == (1000, 1200)
        editing.update_record("claim", claim, {"min": None, "max": None, "vague": "العشرات"}, session=s)


def test_incident_places_one_primary_and_at_least_one(demo_db):
    with demo_db.transaction() as s:
        assert error(editing.update_record, "incident", HAMIDIYA, {"places": []}, session=s).code == "place_required"
        places = editing.record_values("incident", HAMIDIYA, session=s)["places"]
        both_primary = [(p, prec, True) for p, prec, _ in places]
        assert error(editing.update_record, "incident", HAMIDIYA, {"places": both_primary}, session=s).code \
            == "one_primary_place"
        # swap which one is primary, drop an actor
        swapped = [(p, prec, not primary) for p, prec, primary in places]
        actors = editing.record_values("incident", HAMIDIYA, session=s)["actors"][:1]
        assert editing.update_record("incident", HAMIDIYA, {"places": swapped, "actors": actors}, session=s)
        values = editing.record_values("incident", HAMIDIYA, session=s)
        assert sorted(values["places"], key=str) == sorted(swapped, key=str) and values["actors"] == actors


def test_stale_version_is_refused(demo_db):
    with demo_db.transaction() as s:
        version = editing.record_values("source", demo_id("source:horriya"), session=s)["version"]
        editing.update_record("source", demo_id("source:horriya"), {"notes": "first"}, session=s,
                              expected_version=version)
    with demo_db.transaction() as s, pytest.raises(StaleEditError):
        editing.update_record("source", demo_id("source:horriya"), {"notes": "second"}, session=s,
                              expected_version=version)


def test_create_validates_names_and_records_the_audit(demo_db):
    with demo_db.transaction(user="editor") as s:
        assert error(editing.create_record, "actor", {"name_ar": "  "}, session=s).code == "name_required"
        aid = editing.create_record("actor", {"name_ar": " جهة   جديدة ", "aliases": "أ\nب\nأ"}, session=s)
        values = editing.record_values("actor", aid, session=s)
    assert values["name_ar"] == "جهة جديدة" and values["aliases"] == ["أ", "ب"]
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.record_id == aid,
                                                                            AuditEntry.user == "editor")) == 1


def test_place_parent_rules_and_subtree_paths(demo_db):
    with demo_db.transaction() as s:
        gov = s.scalars(select(Place).where(Place.pcode == "SY09")).one()
        other = s.scalars(select(Place).where(Place.pcode == "SY01")).one()
        err = error(editing.create_record, "place", {"name_ar": "حي", "level": "neighbourhood"}, session=s)
        assert err.code == "parent_required"
        err = error(editing.create_record, "place", {"name_ar": "محافظة", "level": "governorate",
                                                     "parent_id": gov.id}, session=s)
        assert err.code == "parent_level"
        assert error(editing.create_record, "place", {"name_ar": "x", "level": "community", "parent_id": gov.id,
                                                      "pcode": "SY01"}, session=s).code == "pcode_taken"
        assert error(editing.create_record, "place", {"name_ar": "x", "level": "community", "parent_id": gov.id,
                                                      "latitude": "35"}, session=s).code == "coordinates_pair"
        town = editing.create_record("place", {"name_ar": "بلدة", "level": "community", "parent_id": gov.id},
                                     session=s)
        hood = editing.create_record("place", {"name_ar": "حي", "level": "neighbourhood", "parent_id": town},
                                     session=s)
        assert s.get(Place, hood).path == f"{gov.path}{town.hex}/{hood.hex}/"
        assert error(editing.update_record, "place", town, {"parent_id": hood}, session=s).code in (
            "parent_cycle", "parent_level")
        editing.update_record("place", town, {"parent_id": other.id}, session=s)
        assert s.get(Place, hood).path == f"{other.path}{town.hex}/{hood.hex}/"


def test_delete_refuses_what_others_use_then_cascades_and_restores(demo_db):
    horriya = demo_id("source:horriya")
    with demo_db.session() as s:
        before = counts(s)
        usage = editing.usages("source", horriya, session=s)
    assert usage.deleted == {"reports": 1, "claims": 3} and usage.unlinked == {"reports": 1}
    with demo_db.transaction() as s:
        err = error(editing.delete_record, "source", horriya, session=s)
        assert err.code == "in_use"
    with demo_db.transaction() as s:
        snap = editing.delete_record("source", horriya, session=s, cascade=True)
    with demo_db.session() as s:
        assert counts(s)["claims"] == before["claims"] - 3
        assert s.get(Report, demo_id("report:page-2017-10-30")).relays_report_id is None
    with demo_db.transaction() as s:
        editing.restore_record(snap, session=s)
    with demo_db.session() as s:
        assert counts(s) == before
        assert s.get(Report, demo_id("report:page-2017-10-30")).relays_report_id == \
            demo_id("report:horriya-2017-10-30")


def test_delete_incident_restores_places_claims_and_breakdowns(demo_db):
    with demo_db.session() as s:
        before = counts(s)
        values = editing.record_values("incident", HAMIDIYA, session=s)
    with demo_db.transaction() as s:
        snap = editing.delete_record("incident", HAMIDIYA, session=s, cascade=True)
    with demo_db.transaction() as s:
        editing.restore_record(snap, session=s)
    with demo_db.session() as s:
        assert counts(s) == before
        assert editing.values_equal(values, editing.record_values("incident", HAMIDIYA, session=s))
        children = s.get(Claim, demo_id("claim:n-killed-children"))
        assert children.part_of_id == demo_id("claim:n-killed-revised")


def test_unused_record_deletes_without_cascade(demo_db):
    with demo_db.transaction() as s:
        aid = editing.create_record("actor", {"name_ar": "جهة"}, session=s)
    with demo_db.transaction() as s:
        assert not editing.usages("actor", aid, session=s)
        editing.delete_record("actor", aid, session=s)
    with demo_db.transaction() as s, pytest.raises(ValidationError):
        editing.delete_record("actor", uuid.uuid4(), session=s)
