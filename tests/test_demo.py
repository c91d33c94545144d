"""The demo dataset: the seed article as a report with its incidents and claims."""

from __future__ import annotations

from sqlalchemy import select

from casualtydb.demo import demo_id
from casualtydb.models import Claim, Incident, Report, Source


def test_seed_article_is_a_horriya_press_report_with_its_claims(demo_db) -> None:
    with demo_db.session() as s:
        report = s.get(Report, demo_id("report:horriya-2017-10-30"))
        assert report.source.name_en == "Horriya Press" and report.author == "زينة صبري"
        assert report.text.startswith("ماذا تبقى لتنظيم")
        figures = sorted((c.category.value, c.min, c.approximate) for c in report.claims)
        assert figures == [("besieged", 700, True), ("killed", 5, False), ("killed", 7, False)]
        for claim in report.claims:  # quotes point at the text they came from
            assert report.text[claim.span_start:claim.span_end] == claim.quote


def test_fictional_sources_say_so(demo_db) -> None:
    with demo_db.session() as s:
        for source in s.scalars(select(Source)):
            if source.name_en not in ("Horriya Press", "Deir ez-Zor Local Council"):
                assert "fictional" in source.name_en and "تجريبي" in source.name_ar
                assert "Fictional" in source.notes


def test_incidents_have_places_and_actors(demo_db) -> None:
    with demo_db.session() as s:
        strike = s.get(Incident, demo_id("incident:strike-hamidiya"))
        assert strike.primary_place.name_ar == "الحميدية"
        assert {link.actor.name_en for link in strike.actors} == {"Syrian government forces", "Russian forces"}
        siege = s.get(Incident, demo_id("incident:siege-deir-ez-zor"))
        assert len(siege.places) == 10
        revised = s.scalars(select(Claim).where(Claim.report_id == demo_id("report:network-2017-10-30"))
                            .order_by(Claim.stated_at)).all()
        assert [c.min for c in revised if c.victim_group.value == "civilians"] == [5, 9]
