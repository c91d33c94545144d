"""The report-entry service: saving a draft (confirmed claims only, one transaction, errors that
name the field), incidents proposed for linking, suggestions from an extraction, draft JSON."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from casualtydb.db import Database
from casualtydb.demo import demo_id
from casualtydb.errors import ValidationError
from casualtydb.extract.model import Claim as XClaim
from casualtydb.extract.model import Event, EventActor, Extraction
from casualtydb.models import (
    Actor,
    ActorRole,
    Claim,
    Incident,
    IncidentActor,
    IncidentFigure,
    IncidentPlace,
    Place,
    PlaceLevel,
    Report,
    Source,
)
from casualtydb.services.report_entry import (
    ClaimDraft,
    NewIncident,
    NewSource,
    ReportDraft,
    propose_incidents,
    reports_with_url,
    save_report,
    source_choices,
    suggestions,
)


def place_id(db: Database, name_ar: str, level: PlaceLevel = PlaceLevel.NEIGHBOURHOOD) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Place.id).where(Place.name_ar == name_ar, Place.level == level)).one()


def actor_id(db: Database, name_en: str) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Actor.id).where(Actor.name_en == name_en)).one()


def count(db: Database, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


HORRIYA = demo_id("source:horriya")


STRIKE_HAMIDIYA = demo_id("incident:strike-hamidiya")


def seed_like_draft(db: Database) -> ReportDraft:
    hamidiya, yassin = place_id(db, "الحميدية"), place_id(db, "الشيخ ياسين")
    sousa = place_id(db, "السوسة", PlaceLevel.COMMUNITY)
    return ReportDraft(
        source_id=HORRIYA, title="ماذا تبقى لتنظيم داعش", author="زينة صبري", published_date="2017-10-30",
        url="https://horrya.net/archives/999", language="ar", text="استشهد سبعة مدنيين ... خمسة مدنيين ...",
        new_incidents=[
            NewIncident(start_date="2017-10-30", event_type="airstrike", places=[hamidiya, yassin],
                        actors=[(actor_id(db, "Russian forces"), "alleged")]),
            NewIncident(start_date="2017-10-30", event_type="airstrike", places=[sousa]),
        ],
        claims=[
            ClaimDraft(category="killed", group="civilians", min=7, max=7, quote="سبعة مدنيين", start=8, end=19,
                       confirmed=True, new_incident=0),
            ClaimDraft(category="killed", group="children", min="٢", max="٢", quote="طفلان", confirmed=True,
                       new_incident=0, part_of=0),
            ClaimDraft(category="killed", group="civilians", min=5, max=5, quote="خمسة مدنيين",
                       confirmed=False, new_incident=1),
        ])


def test_saves_confirmed_claims_only_with_their_new_incident(demo_db: Database) -> None:
    incidents_before, claims_before = count(demo_db, Incident), count(demo_db, Claim)
    draft = seed_like_draft(demo_db)
    with demo_db.transaction() as s:
        report = save_report(session=s, draft=draft)
    with demo_db.session() as s:
        report = s.get(Report, report.id)
        assert report.source_id == HORRIYA and report.published_date == date(2017, 10, 30)
        assert report.author == "زينة صبري" and report.retrieved_at is not None
        claims = s.scalars(select(Claim).where(Claim.report_id == report.id).order_by(Claim.min.desc())).all()
        assert [(c.category, c.victim_group, c.min, c.max) for c in claims] == [
            ("killed", "civilians", 7, 7), ("killed", "children", 2, 2)]
        assert claims[1].part_of_id == claims[0].id
        assert (claims[0].span_start, claims[0].span_end, claims[0].quote) == (8, 19, "سبعة مدنيين")
        assert claims[0].stated_at.date() == date(2017, 10, 30)
        incident = s.get(Incident, claims[0].incident_id)
        links = s.scalars(select(IncidentPlace).where(IncidentPlace.incident_id == incident.id)).all()
        assert {link.place_id: link.is_primary for link in links} == {
            place_id(demo_db, "الحميدية"): True, place_id(demo_db, "الشيخ ياسين"): False}
        assert all(link.precision == "neighbourhood" for link in links)
        actor = s.scalars(select(IncidentActor).where(IncidentActor.incident_id == incident.id)).one()
        assert actor.role == ActorRole.ALLEGED and actor.report_id == report.id
        # The derived figures of the new incident were computed in the same transaction.
        figures = s.scalars(select(IncidentFigure).where(IncidentFigure.incident_id == incident.id)).all()
        assert {(f.category, f.victim_group, f.best) for f in figures} >= {("killed", "civilians", 7)}
    # The unconfirmed claim and the new incident only it used were not saved.
    assert count(demo_db, Incident) == incidents_before + 1
    assert count(demo_db, Claim) == claims_before + 2


def test_a_new_source_is_created_with_the_report(db: Database) -> None:
    draft = ReportDraft(new_source=NewSource(name_ar="شبكة شام", name_en="Shaam Network", kind="news_outlet"),
                        text="نص", published_date=date(2020, 1, 2))
    with db.transaction() as s:
        report = save_report(session=s, draft=draft)
    with db.session() as s:
        source = s.get(Source, s.get(Report, report.id).source_id)
        assert (source.name_ar, source.kind) == ("شبكة شام", "news_outlet")


def test_claims_linked_to_an_existing_incident_refresh_its_figures(demo_db: Database) -> None:
    draft = ReportDraft(source_id=HORRIYA, published_date="2017-10-31", text="ارتفع عدد الضحايا إلى 11",
                        claims=[ClaimDraft(category="killed", group="civilians", min=11, max=11, confirmed=True,
                                           incident_id=STRIKE_HAMIDIYA)])
    with demo_db.transaction() as s:
        save_report(session=s, draft=draft)
    with demo_db.session() as s:
        figure = s.scalars(select(IncidentFigure).where(
            IncidentFigure.incident_id == STRIKE_HAMIDIYA, IncidentFigure.category == "killed",
            IncidentFigure.victim_group == "civilians")).one()
        assert figure.high is not None and figure.high >= 11


@pytest.mark.parametrize("change, field", [
    (lambda d: setattr(d.claims[0], "max", 3), "claims[0].max"),
    (lambda d: setattr(d.claims[1], "min", "سبعة"), "claims[1].min"),
    (lambda d: setattr(d.claims[0], "category", ""), "claims[0].category"),
    (lambda d: setattr(d.claims[0], "new_incident", None), "claims[0].incident"),
    (lambda d: setattr(d.claims[0], "incident_id", uuid.uuid4()), "claims[0].incident"),
    (lambda d: setattr(d.claims[0], "min", None), "claims[0].min"),
    (lambda d: setattr(d.new_incidents[0], "places", []), "incidents[0].places"),
    (lambda d: setattr(d.new_incidents[0], "start_date", "30/10"), "incidents[0].start_date"),
    (lambda d: setattr(d.new_incidents[0], "actors", [(uuid.uuid4(), "alleged")]), "incidents[0].actors"),
    (lambda d: setattr(d, "url", "horrya.net/x"), "url"),
    (lambda d: setattr(d, "published_date", "2999-01-01"), "published_date"),
    (lambda d: setattr(d, "source_id", None), "source"),
    (lambda d: (setattr(d, "source_id", None), setattr(d, "new_source", NewSource(name_ar=" "))), "source.name_ar"),
])
def test_errors_name_the_field_and_nothing_is_written(demo_db: Database, change, field: str) -> None:
    draft = seed_like_draft(demo_db)
    change(draft)
    before = (count(demo_db, Report), count(demo_db, Claim), count(demo_db, Incident), count(demo_db, Source))
    with pytest.raises(ValidationError) as err, demo_db.transaction() as s:
        save_report(session=s, draft=draft)
    assert err.value.field == field
    assert (count(demo_db, Report), count(demo_db, Claim), count(demo_db, Incident), count(demo_db, Source)) == before


def test_a_breakdown_of_an_unconfirmed_claim_stands_alone(demo_db: Database) -> None:
    draft = seed_like_draft(demo_db)
    draft.claims[0].confirmed = False
    with demo_db.transaction() as s:
        report = save_report(session=s, draft=draft)
    with demo_db.session() as s:
        claim = s.scalars(select(Claim).where(Claim.report_id == report.id)).one()
        assert claim.victim_group == "children" and claim.part_of_id is None


def test_a_report_without_claims_is_still_a_report(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        report = save_report(session=s, draft=ReportDraft(source_id=HORRIYA, text="لم يسجل سقوط ضحايا"))
    assert report.id is not None


# --- incidents to link to -----------------------------------------------------------------------

def test_proposes_incidents_at_the_same_place_within_three_days(demo_db: Database) -> None:
    hamidiya = place_id(demo_db, "الحميدية")
    with demo_db.session() as s:
        found = propose_incidents(session=s, place_ids=[hamidiya], on=date(2017, 11, 1))
        assert {p.id for p in found} == {STRIKE_HAMIDIYA, demo_id("incident:siege-deir-ez-zor")}
        assert all(p.same_place for p in found)
        first = next(p for p in found if p.id == STRIKE_HAMIDIYA)
        assert first.days_apart == 2 and "الحميدية" in first.place_names and first.claims >= 5
        assert propose_incidents(session=s, place_ids=[hamidiya], on=date(2017, 11, 3)) == []
        assert propose_incidents(session=s, place_ids=[hamidiya], on=date(2017, 10, 26))[0].days_apart == 3
        assert propose_incidents(session=s, place_ids=[], on=date(2017, 10, 30)) == []
        assert propose_incidents(session=s, place_ids=[hamidiya], on=None) == []


def test_places_inside_and_around_count_but_rank_after_the_same_place(demo_db: Database) -> None:
    subdistrict = place_id(demo_db, "مركز دير الزور", PlaceLevel.SUBDISTRICT)
    sousa = place_id(demo_db, "السوسة", PlaceLevel.COMMUNITY)
    yassin = place_id(demo_db, "الشيخ ياسين")
    with demo_db.session() as s:
        # Asking about the sub-district finds the incidents in its neighbourhoods.
        inside = propose_incidents(session=s, place_ids=[subdistrict], on=date(2017, 10, 30))
        assert STRIKE_HAMIDIYA in {p.id for p in inside} and not any(p.same_place for p in inside)
        assert demo_id("incident:strike-sousa") not in {p.id for p in inside}
        # Asking about the village finds both al-Sousa incidents (the duplicate too).
        both = propose_incidents(session=s, place_ids=[sousa], on=date(2017, 10, 30))
        assert {p.id for p in both} == {demo_id("incident:strike-sousa"), demo_id("incident:strike-sousa-hospital")}
        ranked = propose_incidents(session=s, place_ids=[yassin, subdistrict], on=date(2017, 10, 30))
        assert ranked[0].same_place
    # An incident at the sub-district is "around" a neighbourhood in it.
    with demo_db.transaction() as s:
        wide = Incident(start_date=date(2017, 10, 31), description_ar="قصف على المدينة")
        s.add(wide)
        s.flush()
        s.add(IncidentPlace(incident_id=wide.id, place_id=subdistrict, is_primary=True))
    with demo_db.session() as s:
        found = propose_incidents(session=s, place_ids=[yassin], on=date(2017, 10, 30))
        around = next(p for p in found if p.id == wide.id)
        assert not around.same_place and found.index(around) > 0


def test_merged_incidents_are_not_proposed(demo_db: Database) -> None:
    sousa = place_id(demo_db, "السوسة", PlaceLevel.COMMUNITY)
    with demo_db.transaction() as s:
        s.get(Incident, demo_id("incident:strike-sousa-hospital")).merged_into_id = demo_id("incident:strike-sousa")
    with demo_db.session() as s:
        found = propose_incidents(session=s, place_ids=[sousa], on=date(2017, 10, 30))
    assert [p.id for p in found] == [demo_id("incident:strike-sousa")]


def test_reports_with_url_and_source_choices(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        save_report(session=s, draft=ReportDraft(source_id=HORRIYA, url="https://horrya.net/a/1", text="x"))
    with demo_db.session() as s:
        assert len(reports_with_url(session=s, url="https://horrya.net/a/1/")) == 1
        assert reports_with_url(session=s, url="") == []
        assert source_choices(session=s, text="حريه")[0][0] == HORRIYA
        assert source_choices(session=s, text="")[0][0] == HORRIYA  # most recently used first


# --- suggestions and drafts -----------------------------------------------------------------------

def test_suggestions_make_unconfirmed_claims_and_one_new_incident_per_event() -> None:
    place, actor = str(uuid.uuid4()), str(uuid.uuid4())
    extraction = Extraction(
        claims=(XClaim("killed", "civilians", 23, 23, False, None, "23 قتيلا", 10, 18),
                XClaim("killed", "children", 8, 8, False, None, "8 أطفال", 25, 32, part_of=0),
                XClaim("besieged", "civilians", 700, 700, True, None, "نحو 700", 50, 57)),
        events=(Event(claims=(0, 1), type="airstrike", date="2017-10-30", place_keys=(place,),
                      actors=(EventActor(actor, "perpetrator"),), start=0, end=40),
                Event(claims=(2,), type="siege", date=None, place_keys=("not-a-uuid",), actors=(), start=45, end=60)))
    claims, incidents = suggestions(extraction, published=date(2017, 10, 31))
    assert [c.confirmed for c in claims] == [False, False, False]
    assert [c.new_incident for c in claims] == [0, 0, 1] and claims[1].part_of == 0
    assert incidents[0].places == [(uuid.UUID(place), None, True)]
    assert incidents[0].actors == [(uuid.UUID(actor), "alleged")]
    assert incidents[0].start_date == "2017-10-30" and incidents[1].start_date == "2017-10-31"
    assert incidents[1].places == [] and incidents[1].event_type == "siege"


def test_a_draft_survives_json(demo_db: Database) -> None:
    import json

    draft = seed_like_draft(demo_db)
    draft.new_source = NewSource(name_ar="مصدر")
    again = ReportDraft.from_json(json.loads(json.dumps(draft.to_json())))
    assert again == draft
    assert ReportDraft().is_empty() and not draft.is_empty()
    # Unknown keys from a newer version are ignored.
    assert ReportDraft.from_json({**draft.to_json(), "future": 1}).title == draft.title


# --- the seed article end to end, and suggestions refreshed as the text changes ---------------------

def seed_extraction(db: Database, text: str, published: date):
    from casualtydb.extract import Extractor
    from casualtydb.services.report_entry import names_from_database

    with db.session() as s:
        places, actors = names_from_database(session=s)
    return Extractor(places, actors).extract(text, published=published)


def test_the_seed_article_from_suggestions_to_saved_claims(db: Database) -> None:
    from casualtydb.demo import seed_text

    text, published = seed_text(), date(2017, 10, 30)
    claims, incidents = suggestions(seed_extraction(db, text, published), published=published)
    by_figure = {(c.category, c.min): c for c in claims}
    assert {("killed", 7), ("killed", 5), ("besieged", 700)} <= set(by_figure)
    for c in claims:
        c.confirmed = True
    draft = ReportDraft(new_source=NewSource(name_ar="حرية برس"), published_date=published, text=text,
                        language="ar", claims=claims, new_incidents=incidents)
    with db.transaction() as s:
        report = save_report(session=s, draft=draft)
    with db.session() as s:
        saved = s.scalars(select(Claim).where(Claim.report_id == report.id)).all()
        assert len(saved) == len(claims)
        seven = next(c for c in saved if c.min == 7)
        assert text[seven.span_start:seven.span_end] == "سبعة مدنيين"
        incident = s.get(Incident, seven.incident_id)
        assert incident.start_date == date(2017, 10, 30) and incident.event_type == "airstrike"
        names = {s.get(Place, link.place_id).name_ar for link in incident.places}
        assert {"الحميدية", "الشيخ ياسين"} <= names
        actors = {s.get(Actor, link.actor_id).name_en for link in incident.actors}
        assert {"Syrian government forces", "Russian forces"} <= actors
        siege = s.get(Incident, next(c for c in saved if c.min == 700).incident_id)
        assert siege.start_date == date(2017, 10, 29) and len(siege.places) >= 10
        five = s.get(Incident, next(c for c in saved if c.min == 5).incident_id)
        assert "السوسة" in {s.get(Place, link.place_id).name_ar for link in five.places}


def test_refreshing_suggestions_keeps_what_the_person_touched(db: Database) -> None:
    text = "استشهد سبعة مدنيين في قصف على حي الحميدية اليوم. وأصيب خمسة آخرون."
    published = date(2017, 10, 30)
    draft = ReportDraft(text=text)
    from casualtydb.services.report_entry import refresh_suggestions

    refresh_suggestions(draft, seed_extraction(db, text, published), published=published)
    assert [(c.category, c.min) for c in draft.claims] == [("killed", 7), ("injured", 5)]
    assert len(draft.new_incidents) == 1
    draft.claims[0].confirmed = True
    draft.claims[0].min = draft.claims[0].max = 8  # corrected by the person
    # Text typed in front moves the confirmed claim's highlight; the injured suggestion is redone.
    draft.text = "عاجل: " + text.replace("خمسة", "ستة")
    refresh_suggestions(draft, seed_extraction(db, draft.text, published), published=published)
    assert [(c.category, c.min, c.confirmed) for c in draft.claims] == [("killed", 8, True), ("injured", 6, False)]
    first = draft.claims[0]
    assert draft.text[first.start:first.end] == "سبعة مدنيين" and first.new_incident == 0
    assert len(draft.new_incidents) == 1  # the repeated event is not added twice
    # A typed-in claim survives; a claim whose words were deleted loses its highlight only.
    draft.claims.append(ClaimDraft(category="missing", min=2, max=2, confirmed=False, suggested=False))
    draft.text = "وأصيب ستة آخرون."
    refresh_suggestions(draft, seed_extraction(db, draft.text, published), published=published)
    assert [(c.category, c.min) for c in draft.claims] == [("killed", 8), ("missing", 2), ("injured", 6)]
    assert draft.claims[0].start is None and draft.claims[0].confirmed


# --- no silent duplicates: the recorded incident as the default link, the stored report ---------

def test_the_seed_article_defaults_to_the_recorded_incidents_and_finds_the_stored_report(demo_db: Database) -> None:
    from casualtydb.demo import seed_text
    from casualtydb.services.report_entry import apply_default_links, check_before_save

    text, published = seed_text(), date(2017, 10, 30)
    claims, incidents = suggestions(seed_extraction(demo_db, text, published), published=published)
    draft = ReportDraft(source_id=HORRIYA, published_date=published, text=text + "\n", language="ar",
                        claims=claims, new_incidents=incidents)
    with demo_db.session() as s:
        check = check_before_save(session=s, draft=draft)
    by_figure = {(c.category, c.min): i for i, c in enumerate(draft.claims)}
    assert check.links[by_figure[("killed", 7)]] == STRIKE_HAMIDIYA
    # Two recorded incidents at al-Sousa that day: the one with more claims first.
    assert check.links[by_figure[("killed", 5)]] == demo_id("incident:strike-sousa")
    assert check.links[by_figure[("besieged", 700)]] == demo_id("incident:siege-deir-ez-zor")
    [stored] = check.stored
    assert stored.id == demo_id("report:horriya-2017-10-30") and stored.same_text and not stored.same_url
    apply_default_links(draft, check.links)
    for c in draft.claims:
        c.confirmed = True
    before = count(demo_db, Incident)
    with demo_db.transaction() as s:
        save_report(session=s, draft=draft)
    assert count(demo_db, Incident) == before  # no duplicate incident
    with demo_db.session() as s:  # the links hold now, nothing more to change
        assert check_before_save(session=s, draft=draft).links == {}


def test_a_chosen_link_an_edited_incident_or_another_day_keep_new(demo_db: Database) -> None:
    from casualtydb.services.report_entry import check_before_save

    draft = seed_like_draft(demo_db)
    draft.claims[2].link_chosen = True  # the person said "new" for al-Sousa
    draft.new_incidents.append(NewIncident(start_date="2017-11-02", event_type="airstrike",
                                           places=[place_id(demo_db, "الحميدية")]))
    draft.claims.append(ClaimDraft(category="killed", min=1, max=1, confirmed=True, new_incident=2))
    with demo_db.session() as s:
        links = check_before_save(session=s, draft=draft).links
    assert links == {0: STRIKE_HAMIDIYA, 1: STRIKE_HAMIDIYA}  # 3 days later is near, not the same
    draft.new_incidents[0].edited = True
    draft.claims[0].incident_id = STRIKE_HAMIDIYA  # a default that no longer holds goes back to new
    with demo_db.session() as s:
        assert check_before_save(session=s, draft=draft).links == {0: None}
    # A siege and an airstrike on one day at one place are two incidents.
    draft = seed_like_draft(demo_db)
    draft.new_incidents[0].event_type = "siege"
    draft.new_incidents[0].start_date = "2017-10-29"
    with demo_db.session() as s:
        links = check_before_save(session=s, draft=draft).links
    assert links[0] == demo_id("incident:siege-deir-ez-zor")


def test_stored_reports_same_source_and_text_or_address(demo_db: Database) -> None:
    from casualtydb.demo import NETWORK_TEXT
    from casualtydb.services.report_entry import stored_reports

    network = demo_id("source:demo-network")
    with demo_db.session() as s:
        spaced = "  " + NETWORK_TEXT.replace(" ", "  ").replace("\n\n", "\r\n")
        [hit] = stored_reports(session=s, source_id=network, text=spaced, url=None)
        assert hit.id == demo_id("report:network-2017-10-30") and hit.same_text
        assert stored_reports(session=s, source_id=HORRIYA, text=NETWORK_TEXT, url=None) == []  # another source
        assert stored_reports(session=s, source_id=network, text=NETWORK_TEXT + " تحديث", url=None) == []
        assert stored_reports(session=s, source_id=None, text=NETWORK_TEXT, url=None) == []
    with demo_db.transaction() as s:
        s.get(Report, demo_id("report:network-2017-10-30")).url = "https://example.org/a/"
    with demo_db.session() as s:
        [hit] = stored_reports(session=s, source_id=network, text="نص آخر", url="https://example.org/a")
        assert hit.same_url and not hit.same_text


def test_evidence_files_are_attached_with_the_report_or_nothing_is_saved(demo_db: Database, tmp_path) -> None:
    from casualtydb.models import Report
    from casualtydb.services import attachments

    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\nbytes")
    draft = ReportDraft(source_id=HORRIYA, published_date="2017-10-31", text="ارتفع عدد الضحايا إلى 11",
                        evidence=[str(shot)])
    assert ReportDraft.from_json(draft.to_json()).evidence == [str(shot)]
    with demo_db.transaction() as s:
        report = save_report(session=s, draft=draft)
    with demo_db.session() as s:
        [a] = attachments.of_report(s, report.id)
        assert a.media_type == "image/png" and attachments.data(s, a) == shot.read_bytes()
    missing = ReportDraft(source_id=HORRIYA, published_date="2017-10-31", text="نص آخر",
                          evidence=[str(tmp_path / "gone.png")])
    with demo_db.session() as s:
        before = s.query(Report).count()
    with pytest.raises(ValidationError) as err:
        with demo_db.transaction() as s:
            save_report(session=s, draft=missing)
    assert err.value.field == "evidence[0]" and "gone.png" in str(err.value)
    with demo_db.session() as s:
        assert s.query(Report).count() == before
