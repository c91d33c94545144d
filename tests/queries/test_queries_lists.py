"""Reports, sources, places, actors lists and the dashboard's grouped totals."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from helpers.figures import forget_figures
from sqlalchemy import select

from casualtydb.demo import demo_id
from casualtydb.models import Category, ConflictStatus, IncidentFigure, Place, PlaceLevel, VictimGroup
from casualtydb.queries import actors, dashboard, places, reports, sources


@pytest.mark.parametrize(("mod", "ids", "rows"), [
    (reports, reports.report_ids, reports.report_rows),
    (sources, sources.source_ids, sources.source_rows),
    (places, places.place_ids, places.place_rows),
    (actors, actors.actor_ids, actors.actor_rows),
])
def test_every_sort_key_and_rows(demo_db, mod, ids, rows):
    with demo_db.session() as s:
        for key in mod.SORT_KEYS:
            for desc in (False, True):
                found = ids(s, order_by=key, descending=desc)
                assert found
        got = rows(s, found[:50], lang="en")
        assert [r.id for r in got] == found[:50]
        with pytest.raises(ValueError):
            ids(s, order_by="no such column")


def test_report_filters_and_relays(demo_db):
    with demo_db.session() as s:
        relaying = reports.report_ids(s, reports.ReportFilters(relays=True))
        assert relaying == [demo_id("report:page-2017-10-30")]
        assert len(reports.report_ids(s, reports.ReportFilters(relays=False))) == 4
        assert len(reports.report_ids(s, reports.ReportFilters(language="en"))) == 1
        row = reports.report_rows(s, relaying, lang="en")[0]
        assert row.relays == "Horriya Press" and row.claims == 1
        horriya = demo_id("source:horriya")
        assert reports.report_ids(s, reports.ReportFilters(source_id=horriya)) == [demo_id("report:horriya-2017-10-30")]


def test_text_filters_match_names_and_aliases(demo_db):
    with demo_db.session() as s:
        assert sources.source_ids(s, sources.SourceFilters(text="hurriya")) == [demo_id("source:horriya")]
        assert sources.source_ids(s, sources.SourceFilters(text="حرية")) == [demo_id("source:horriya")]
        assert actors.actor_ids(s, actors.ActorFilters(text="FSA"))
        gov = s.scalars(select(Place).where(Place.pcode == "SY09")).one()
        inside = places.place_ids(s, places.PlaceFilters(inside_id=gov.id))
        assert gov.id not in inside and len(inside) > 10
        assert places.place_ids(s, places.PlaceFilters(text="SY09"))[0] == gov.id  # and its districts (SY0900…)
        govs = places.place_ids(s, places.PlaceFilters(level=PlaceLevel.GOVERNORATE))
        assert len(govs) == 14
        row = places.place_rows(s, [gov.id], lang="en")[0]
        assert row.incidents == 4


def test_place_choices_have_context(demo_db):
    with demo_db.session() as s:
        choices = places.place_choices(s, lang="en")
    hamidiya = next(c for c in choices if c.name == "Al-Hamidiya")
    assert "Deir-ez-Zor" in hamidiya.context and "الحميدية" in hamidiya.match_names


def test_dashboard_totals_by_category_and_month(demo_db):
    forget_figures(demo_db)  # first the totals from the claims alone
    with demo_db.session() as s:
        d = dashboard.dashboard(s, lang="en")
    killed = d.totals[Category.KILLED]
    # 9 (al-Hamidiya, revised) + 6 (al-Sousa) + 4 (hospital duplicate): largest figure of each incident
    assert (killed.best, killed.high, killed.incidents, killed.from_claims) == (19, 19, 3, 3)
    assert killed.low == 5 + 5 + 4  # the smallest top-level figure of each (the "2 children" part is left out)
    assert d.totals[Category.BESIEGED].best == 1000
    assert d.months() == ["2017-10"] and d.by_month["2017-10"][Category.KILLED].best == 19
    assert d.open_conflicts == 0 and d.counts["claims"] == 14 and len(d.latest) == 5
    now = datetime(2024, 1, 1, tzinfo=timezone.utc)
    with demo_db.transaction() as s:
        s.add(IncidentFigure(incident_id=demo_id("incident:strike-sousa"), category=Category.KILLED,
                             victim_group=VictimGroup.CIVILIANS, low=5, best=6, high=6, rule="test",
                             status=ConflictStatus.CONFLICTING, computed_at=now))
    with demo_db.session() as s:
        d = dashboard.dashboard(s)
    assert d.open_conflicts == 1
    assert d.totals[Category.KILLED].from_claims == 2 and d.totals[Category.KILLED].best == 19


def test_a_total_has_no_upper_bound_when_one_incident_has_none(demo_db):
    """The monitor says "at least 12 injured" in al-Hamidiya: the injured total has no upper
    bound, rather than an upper bound below its lower bound."""
    with demo_db.session() as s:
        totals = dashboard.dashboard(s, lang="en").totals
    injured, killed = totals[Category.INJURED], totals[Category.KILLED]
    assert (injured.low, injured.best, injured.high, injured.incidents) == (20, 20, None, 2)
    assert killed.high is not None and killed.low <= killed.best <= killed.high
