"""The incident list's read side on the demo database: SQL sorting, every filter, rows, detail."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from helpers.figures import forget_figures
from sqlalchemy import select

from casualtydb.demo import demo_id
from casualtydb.models import Category, ConflictStatus, Grade, Incident, IncidentFigure, Place, VictimGroup
from casualtydb.queries import incidents as q

HAMIDIYA = demo_id("incident:strike-hamidiya")
SOUSA = demo_id("incident:strike-sousa")
SIEGE = demo_id("incident:siege-deir-ez-zor")
HOSPITAL = demo_id("incident:strike-sousa-hospital")


def place(s, name_en: str, level: str) -> Place:
    return s.scalars(select(Place).where(Place.name_en == name_en, Place.level == level)).one()


@pytest.mark.parametrize("key", q.SORT_KEYS)
def test_every_sort_key_orders_all_incidents_both_ways(demo_db, key):
    with demo_db.session() as s:
        up = q.incident_ids(s, order_by=key, descending=False)
        down = q.incident_ids(s, order_by=key, descending=True)
    assert sorted(up) == sorted(down) and len(up) == 4


def test_sort_by_killed_uses_the_largest_claim_until_figures_exist(demo_db):
    with demo_db.session() as s:
        assert q.incident_ids(s, order_by="killed", descending=True)[:3] == [HAMIDIYA, SOUSA, HOSPITAL]
        # the siege has no killed figure: last in both directions
        assert q.incident_ids(s, order_by="killed", descending=False)[-1] == SIEGE


def test_place_filter_includes_everything_inside_a_governorate(demo_db):
    with demo_db.session() as s:
        gov = s.scalars(select(Place).where(Place.pcode == "SY09")).one()  # Deir ez-Zor governorate
        assert len(q.incident_ids(s, q.IncidentFilters(place_id=gov.id))) == 4
        damascus = s.scalars(select(Place).where(Place.pcode == "SY01")).one()
        assert q.incident_ids(s, q.IncidentFilters(place_id=damascus.id)) == []
        hamidiya = s.scalars(select(Place).where(Place.name_ar == "الحميدية", Place.level == "neighbourhood")).one()
        assert set(q.incident_ids(s, q.IncidentFilters(place_id=hamidiya.id))) == {HAMIDIYA, SIEGE}


def test_date_category_actor_type_grade_filters(demo_db):
    with demo_db.session() as s:
        assert q.incident_ids(s, q.IncidentFilters(date_to=date(2017, 10, 29))) == [SIEGE]
        assert SIEGE not in q.incident_ids(s, q.IncidentFilters(date_from=date(2017, 10, 30)))
        assert q.incident_ids(s, q.IncidentFilters(category=Category.BESIEGED)) == [SIEGE]
        assert set(q.incident_ids(s, q.IncidentFilters(category=Category.INJURED))) == {HAMIDIYA, HOSPITAL}
        russia = demo_id("unused")  # an actor id that links nothing
        assert q.incident_ids(s, q.IncidentFilters(actor_id=russia)) == []
        assert q.incident_ids(s, q.IncidentFilters(event_type="siege")) == [SIEGE]
        assert len(q.incident_ids(s, q.IncidentFilters(grade=q.NO_GRADE))) == 4
    with demo_db.transaction() as s:
        s.get(Incident, SOUSA).grade = Grade.FAIR
    with demo_db.session() as s:
        assert q.incident_ids(s, q.IncidentFilters(grade=Grade.FAIR)) == [SOUSA]
        assert len(q.incident_ids(s, q.IncidentFilters(grade=q.NO_GRADE))) == 3


def test_derived_figures_win_over_claims_and_give_the_status(demo_db):
    forget_figures(demo_db)
    now = datetime(2024, 1, 1, tzinfo=timezone.utc)
    with demo_db.transaction() as s:
        s.add(IncidentFigure(incident_id=SOUSA, category=Category.KILLED, victim_group=VictimGroup.CIVILIANS, low=5,
                             best=5, high=6, rule="test", status=ConflictStatus.CONFLICTING, computed_at=now))
        s.add(IncidentFigure(incident_id=SOUSA, category=Category.INJURED, victim_group=VictimGroup.CIVILIANS, low=1,
                             best=1, high=1, rule="test", status=ConflictStatus.SINGLE_SOURCE, computed_at=now))
    with demo_db.session() as s:
        row = q.incident_rows(s, [SOUSA])[0]
        assert row.killed == q.Figure(5) and row.status == ConflictStatus.CONFLICTING
        assert q.incident_ids(s, q.IncidentFilters(status=ConflictStatus.CONFLICTING)) == [SOUSA]
        assert q.incident_ids(s, q.IncidentFilters(status=ConflictStatus.SINGLE_SOURCE)) == []
        assert q.incident_ids(s, order_by="status", descending=True)[0] == SOUSA


def test_rows_keep_the_order_asked_and_skip_missing_ids(demo_db):
    forget_figures(demo_db)  # figures from the claims: the largest latest figure
    with demo_db.session() as s:
        rows = q.incident_rows(s, [SIEGE, demo_id("nothing"), HAMIDIYA], lang="en")
    assert [r.id for r in rows] == [SIEGE, HAMIDIYA]
    hamidiya = rows[1]
    assert hamidiya.place == "Al-Hamidiya" and hamidiya.place_context == "Deir-ez-Zor" and hamidiya.place_count == 2
    assert hamidiya.killed == q.Figure(9, from_claims=True) and hamidiya.injured.value == 12
    assert hamidiya.reports == 4 and "Russian forces" in hamidiya.actors
    assert rows[0].actors == ("Iran-backed militias", "Syrian government forces") or len(rows[0].actors) == 2


def test_incident_detail_lists_every_claim_with_revisions_and_relays(demo_db):
    with demo_db.session() as s:
        d = q.incident_detail(s, HAMIDIYA, lang="en")
    assert d is not None and len(d.claims) == 7 and len(d.places) == 2 and d.places[0].primary
    revised = [c for c in d.claims if c.superseded]
    assert [(c.min, c.source) for c in revised] == [(5, "Euphrates News Network (fictional, demo)")]
    relayed = [c for c in d.claims if c.relays]
    assert [c.relays for c in relayed] == ["Horriya Press"]
    assert any(h.table_name == "incidents" and h.action == "insert" for h in d.history)
    with demo_db.session() as s:
        assert q.incident_detail(s, demo_id("nothing")) is None


def test_merged_incidents_are_hidden_unless_asked(demo_db):
    with demo_db.transaction() as s:
        s.get(Incident, HOSPITAL).merged_into_id = SOUSA
    with demo_db.session() as s:
        assert HOSPITAL not in q.incident_ids(s)
        assert HOSPITAL in q.incident_ids(s, q.IncidentFilters(include_merged=True))
        assert q.incident_count(s) == 3
