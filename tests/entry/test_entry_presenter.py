"""The entry page's presenter without Qt: the seed article from paste to save, the decisions on
claims and incidents, stale answers dropped, the checks before saving, the draft kept on disk."""

from __future__ import annotations

import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casualtydb.changes import Changes
from casualtydb.db import Database
from casualtydb.demo import demo_id, seed_text
from casualtydb.errors import ValidationError
from casualtydb.models import Claim, DatePrecision, EventType, Incident, LocationPrecision, Place, PlaceLevel, Report
from casualtydb.services.entry_presenter import (
    EntryPresenter,
    FieldPlace,
    as_date,
    as_int,
    as_uuid,
    edit_claim,
    guess_language,
    link_of,
    remove_claims,
)
from casualtydb.services.report_entry import ClaimDraft, NewIncident, NewSource, ReportDraft, SaveCheck, incident_captions

HORRIYA = demo_id("source:horriya")
SEED_REPORT = demo_id("report:horriya-2017-10-30")
RECORDED = [demo_id("incident:strike-hamidiya"), demo_id("incident:strike-sousa"), demo_id("incident:siege-deir-ez-zor")]


def count(db: Database, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def place_id(db: Database, name_ar: str, level: PlaceLevel = PlaceLevel.NEIGHBOURHOOD) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Place.id).where(Place.name_ar == name_ar, Place.level == level)).one()


def with_names(db: Database) -> EntryPresenter:
    p = EntryPresenter("en")
    with db.session() as s:
        assert not p.set_names(p.names_request().run(s))  # no text yet: nothing to read again
    return p


def read(p: EntryPresenter, *, current: int | None = None) -> int | None:
    request = p.extraction_request()
    assert request is not None and p.is_current(request)
    return p.apply_extraction(request.run() if request.text.strip() else None, request.published, current=current)


def propose(p: EntryPresenter, db: Database) -> dict | None:
    request = p.proposal_request()
    with db.session() as s:
        result = request.run(s)
    return p.apply_proposals(request, result)


def fill_seed(p: EntryPresenter, db: Database, *, source_id: uuid.UUID | None = HORRIYA,
              new_source: NewSource | None = None) -> None:
    p.set_fields(source_id=source_id, new_source=new_source, title="", author="", published_date=date(2017, 10, 30),
                 url="", language=None, text="", evidence=[])
    assert p.set_text(seed_text()) == "ar"  # the language follows the text
    read(p)
    propose(p, db)


def store(p: EntryPresenter, db: Database) -> uuid.UUID:
    request = p.save_request()
    assert request is not None
    p.start_saving()
    with db.transaction() as s:
        report_id = request.store(s)
    p.saved(report_id)
    return report_id


def test_the_presenter_needs_no_qt() -> None:
    code = ("import sys, casualtydb.services.entry_presenter; "
            "print(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2]).stdout
    assert out.strip() == "False"


def test_seed_article_from_paste_to_the_stored_report_warning_and_a_second_copy(demo_db: Database) -> None:
    """Issue 12.2 without Qt: the seed article, which the demo holds, links to the recorded
    incidents by default and finds the stored report before saving; a second copy adds no incident."""
    p = with_names(demo_db)
    fill_seed(p, demo_db)
    d = p.draft
    assert [(c.category, c.group, c.min, c.max, c.approximate) for c in d.claims] == [
        ("killed", "civilians", 7, 7, False), ("killed", "civilians", 5, 5, False),
        ("besieged", "civilians", 700, 700, True)]
    assert not any(c.confirmed for c in d.claims) and all(c.suggested for c in d.claims)
    assert {h.kind for h in p.highlights()} == {"claim", "date", "place", "actor"}
    assert all(h.name for h in p.highlights() if h.kind in ("place", "actor"))
    counts = p.counts()
    assert (counts.claims, counts.confirmed, counts.total) == (3, 0, 3) and counts.dates >= 1
    # One new incident per event, pre-filled from the text ...
    assert len(d.new_incidents) == 3 and d.new_incidents[2].start_date == "2017-10-29"
    assert [c.new_incident for c in d.claims] == [0, 1, 2]
    # ... but each claim is linked by default to the incident recorded at the same place and date.
    assert [c.incident_id for c in d.claims] == RECORDED
    assert all(p.linked_by_default(i) for i in range(3))
    assert p.current_link(0) == ("existing", RECORDED[0])
    assert p.recorded[RECORDED[0]].start_date == date(2017, 10, 30)
    choices = p.incident_choices(0)
    assert [c.value for c in choices[:3]] == [("new", 0), ("new", 1), ("new", 2)]
    first = choices[3]
    assert first.value == ("existing", RECORDED[0]) and first.proposal is not None and first.matches_place
    assert len({c.value for c in choices}) == len(choices)  # each recorded incident offered once

    p.set_fields(source_id=HORRIYA, new_source=None, title="", author="", published_date=date(2017, 10, 30),
                 url="", language="ar", text=seed_text(), evidence=[])
    for c in d.claims:
        edit_claim(c, "confirmed", True)
    request = p.save_request()
    assert (request.confirmed, request.unconfirmed, request.new_source) == (3, 0, False)
    assert request.draft is not p.draft and request.draft.claims == p.draft.claims  # a copy
    p.start_saving()
    assert p.save_request() is None  # one save at a time
    with demo_db.session() as s:
        check = request.check(s)
    assert check.links == {} and [r.id for r in check.stored] == [SEED_REPORT] and check.stored[0].same_text
    assert p.checked(check) == "stored" and p.saving
    p.save_stopped()  # "Open the stored report" or Cancel: nothing saved, the form as it was
    assert not p.saving and p.last_saved_report is None and p.draft.text == seed_text()

    incidents, reports = count(demo_db, Incident), count(demo_db, Report)
    report_id = store(p, demo_db)  # "Save a second copy"
    assert p.last_saved_report == report_id and not p.saving
    with demo_db.session() as s:
        saved = s.scalars(select(Claim).where(Claim.report_id == report_id).order_by(Claim.min)).all()
        assert [(c.category, c.min, c.incident_id) for c in saved] == [
            ("killed", 5, RECORDED[1]), ("killed", 7, RECORDED[0]), ("besieged", 700, RECORDED[2])]
        report = s.get(Report, report_id)
        assert report.source_id == HORRIYA and report.language == "ar" and report.text == seed_text()
    assert (count(demo_db, Incident), count(demo_db, Report)) == (incidents, reports + 1)
    p.new_draft()
    assert p.draft.is_empty() and p.extraction is None and p.language_auto


def test_the_seed_article_in_new_incidents_when_the_person_says_so(demo_db: Database) -> None:
    p = with_names(demo_db)
    fill_seed(p, demo_db, source_id=None, new_source=NewSource(name_ar="شبكة الخابور"))
    assert p.link([0, 1, 2, 7], ("new", 0)) == [0, 1, 2]  # rows that are not claims are left out
    for row in range(3):
        p.link([row], ("new", row))
    assert [link_of(c) for c in p.draft.claims] == [("new", 0), ("new", 1), ("new", 2)]
    assert all(c.link_chosen and not c.suggested for c in p.draft.claims)
    assert propose(p, demo_db) == {}  # the person's choice: no default link comes back
    assert not any(p.linked_by_default(i) for i in range(3))
    for c in p.draft.claims:
        edit_claim(c, "confirmed", True)
    with demo_db.session() as s:
        check = p.save_request().check(s)
    assert check == SaveCheck(links={}, stored=[])  # a new source has no stored copy
    incidents = count(demo_db, Incident)
    report_id = store(p, demo_db)
    assert count(demo_db, Incident) == incidents + 3
    with demo_db.session() as s:
        [seven] = s.scalars(select(Claim).where(Claim.report_id == report_id, Claim.min == 7)).all()
        hamidiya = s.get(Incident, seven.incident_id)
        assert hamidiya.id != RECORDED[0]
        assert {link.place.name_ar for link in hamidiya.places} >= {"الحميدية", "الشيخ ياسين"}


def test_links_are_checked_again_on_save_when_the_proposals_came_late(demo_db: Database) -> None:
    p = with_names(demo_db)
    fill_seed(p, demo_db)
    p.proposals = {}
    for c in p.draft.claims:
        c.incident_id = None
        c.confirmed = True
    request = p.save_request()
    p.start_saving()
    with demo_db.session() as s:
        check = request.check(s)
    assert check.links == {0: RECORDED[0], 1: RECORDED[1], 2: RECORDED[2]}
    assert p.checked(check) == "relinked" and not p.saving
    assert [c.incident_id for c in p.draft.claims] == RECORDED
    assert [c.incident_id for c in request.draft.claims] == [None, None, None]  # the copy asked is left as it was


def test_an_invalid_claim_is_named_and_nothing_is_written(demo_db: Database) -> None:
    p = with_names(demo_db)
    fill_seed(p, demo_db)
    edit_claim(p.draft.claims[1], "confirmed", True)
    edit_claim(p.draft.claims[1], "max", 3)  # below the minimum
    reports = count(demo_db, Report)
    with pytest.raises(ValidationError) as err, demo_db.transaction() as s:
        p.save_request().store(s)
    assert err.value.field == "claims[1].max"
    assert p.locate(err.value.field) == FieldPlace("claim", "max", 1)
    assert count(demo_db, Report) == reports


def test_stale_answers_are_dropped(demo_db: Database) -> None:
    p = with_names(demo_db)
    p.set_text("استشهد ثلاثة مدنيين في قصف على حي الحميدية")
    old = p.extraction_request()
    newer = p.extraction_request()
    assert not p.is_current(old) and p.is_current(newer)
    p.set_text("استشهد خمسة مدنيين")
    assert not p.is_current(newer)  # the text changed since it was read
    first, second = p.proposal_request(), p.proposal_request()
    with demo_db.session() as s:
        assert p.apply_proposals(first, first.run(s)) is None
        assert p.apply_proposals(second, second.run(s)) == {}
    a = p.url_request("https://horrya.net/archives/999")
    assert p.url_request("  ") is None and not p.is_current(a)  # cleared: an older answer is dropped
    b = p.url_request(" https://example.org/x ")
    assert b.url == "https://example.org/x" and p.is_current(b)
    assert EntryPresenter().extraction_request() is None  # before the names are loaded


def test_a_new_reading_keeps_the_current_claim_and_what_the_person_changed(demo_db: Database) -> None:
    p = with_names(demo_db)
    p.set_fields(source_id=None, new_source=None, title="", author="", published_date=date(2017, 10, 30), url="",
                 language=None, text="", evidence=[])
    p.set_text("استشهد ثلاثة مدنيين في قصف على حي الحميدية")
    read(p)
    edit_claim(p.draft.claims[0], "min", 4)
    p.set_text("قال ناشطون: " + p.draft.text)
    assert read(p, current=0) == 0
    [kept] = p.draft.claims
    assert (kept.min, kept.suggested) == (4, False) and p.draft.text[kept.start:kept.end] == kept.text
    p.set_text("")
    assert read(p, current=0) == 0 and p.counts().claims == 0  # the person's claim stays


def test_claim_decisions() -> None:
    c = ClaimDraft(category="killed", suggested=True, new_incident=0)
    edit_claim(c, "confirmed", True)
    assert c.confirmed and c.suggested  # confirming keeps it a suggestion
    edit_claim(c, "category", "injured")
    assert c.category == "injured" and not c.suggested
    c.incident_id = RECORDED[0]  # a default link keeps the new incident
    assert link_of(c) == ("existing", RECORDED[0])
    edit_claim(c, "incident", ("new", 1))
    assert (c.incident_id, c.new_incident, c.link_chosen) == (None, 1, True)
    edit_claim(c, "incident", None)
    assert link_of(c) is None
    with pytest.raises(ValueError):
        edit_claim(c, "quote", "x")  # type: ignore[arg-type]

    claims = [ClaimDraft(min=1), ClaimDraft(min=2, part_of=0), ClaimDraft(min=3), ClaimDraft(min=4, part_of=2)]
    assert not remove_claims(claims, [9])
    assert remove_claims(claims, [0, 9])
    assert [(c.min, c.part_of) for c in claims] == [(2, None), (3, None), (4, 1)]


def test_claims_and_new_incidents_typed_by_the_person() -> None:
    p = EntryPresenter()
    p.set_published(date(2017, 10, 30))
    first = p.new_claim(None)
    assert (first.category, first.group, first.suggested, first.new_incident) == ("killed", "civilians", False, 0)
    assert p.draft.new_incidents[0].start_date == "2017-10-30" and p.draft.new_incidents[0].edited
    p.draft.claims.append(first)
    assert p.new_claim(0).new_incident == 0 and p.new_claim(None).new_incident == 0  # like the selected (or last)
    p.draft.claims[0].incident_id = RECORDED[0]
    assert p.new_claim(0).incident_id == RECORDED[0]
    assert p.new_incident_of(0) is None  # on a recorded incident
    p.draft.claims[0].incident_id = None

    hamidiya = uuid.uuid4()
    p.draft.new_incidents[0].places.append((hamidiya, None, True))
    assert p.new_incident_for(5) is None
    j = p.new_incident_for(0)
    assert j == 1 and p.draft.claims[0].new_incident == 1 and p.draft.claims[0].link_chosen
    assert p.draft.new_incidents[1].place_ids == [hamidiya]  # a copy of its incident
    assert p.draft.new_incidents[1] is not p.draft.new_incidents[0]


def test_dates_and_places_from_the_text_go_into_the_claims_new_incident(demo_db: Database) -> None:
    p = with_names(demo_db)
    p.set_fields(source_id=None, new_source=None, title="", author="", published_date=date(2017, 10, 30), url="",
                 language=None, text="", evidence=[])
    p.set_text(seed_text())
    read(p)
    assert not p.use_date(None, 0) and not p.use_date(0, 99)
    j = p.new_incident_of(0)
    spec = p.draft.new_incidents[j]
    spec.edited = False
    assert p.use_date(0, len(p.mentions("date")) - 1)
    assert spec.start_date == spec.end_date == p.mentions("date")[-1].date and spec.edited
    outside = next(i for i, m in enumerate(p.mentions("place")) if as_uuid(m.key) not in spec.place_ids)
    assert p.add_place(0, outside) and as_uuid(p.mentions("place")[outside].key) in spec.place_ids
    assert not p.add_place(0, outside)  # there already


def test_editing_a_new_incident(demo_db: Database) -> None:
    p = with_names(demo_db)
    hamidiya = place_id(demo_db, "الحميدية")
    p.draft.new_incidents.append(NewIncident(start_date="2017-10-30", places=[hamidiya],
                                             event_type=EventType.AIRSTRIKE.value))
    values = p.incident_values(0)
    assert values["start_date"] == date(2017, 10, 30) and values["event_type"] == EventType.AIRSTRIKE
    assert values["places"] == [(hamidiya, LocationPrecision.NEIGHBOURHOOD, True)]  # from the place's level
    assert p.precision(uuid.uuid4(), None) == LocationPrecision.TOWN and p.precision(hamidiya, "exact") == "exact"
    for change, code in (({"start_date": None}, "required"), ({"places": []}, "place_required"),
                         ({"end_date": date(2017, 10, 1)}, "end_before_start")):
        with pytest.raises(ValidationError) as err:
            p.update_new_incident(0, {**values, **change})
        assert err.value.code == code
    p.update_new_incident(0, {**values, "end_date": None, "date_precision": DatePrecision.WEEK,
                              "description_ar": "", "actors": [(RECORDED[0], "alleged")]})
    spec = p.draft.new_incidents[0]
    assert (spec.start_date, spec.end_date, spec.date_precision, spec.edited) == ("2017-10-30", "2017-10-30", "week", True)
    assert spec.places == [(hamidiya, "neighbourhood", True)] and spec.description_ar is None


def test_before_saving_and_where_errors_point() -> None:
    assert EntryPresenter.form_problem(published_typed="2017-10-32").code == "not_a_date"
    assert EntryPresenter.form_problem(published_typed=None) is None
    locate = EntryPresenter.locate
    assert locate("claims[0].incident") == FieldPlace("claim", "incident", 0)
    assert locate("claims[3]") == FieldPlace("claim", "", 3)
    assert locate("incidents[1].places") == FieldPlace("incident", "places", 1)
    assert locate("source.name_ar") == FieldPlace("source", "name_ar")
    assert locate("source") == FieldPlace("source", "")
    assert locate("published_date") == FieldPlace("field", "published_date")
    assert locate("claims[x].min") == FieldPlace("field", "claims[x].min")
    p = EntryPresenter()
    p.draft.claims = [ClaimDraft(confirmed=True), ClaimDraft()]
    assert p.confirmed_counts() == (1, 1)


def test_the_draft_kept_on_disk(demo_db: Database) -> None:
    from casualtydb.services.drafts import DraftStore

    p = EntryPresenter()
    assert p.keep_draft("").action == "none"
    p.set_fields(source_id=HORRIYA, new_source=None, title="  ", author="", published_date=None, url=" ",
                 language=None, text="\n  استشهد خمسة مدنيين\nفي السوسة", evidence=["/tmp/shot.png"])
    assert p.draft.title is None and p.draft.url is None
    write = p.keep_draft("حرية برس")
    assert write.action == "save" and write.label == "استشهد خمسة مدنيين" and p.draft_written
    store = DraftStore(demo_db)
    store.save(write.draft_id, write.data, label=write.label)
    draft, label = p.restored(store.load(write.draft_id))
    assert label == "حرية برس" and draft.source_id == HORRIYA and draft.evidence == ["/tmp/shot.png"]
    p.load(draft)
    assert p.draft is draft and p.language_auto
    p.set_fields(source_id=None, new_source=None, title="", author="", published_date=None, url="", language=None,
                 text="", evidence=[])
    assert p.keep_draft("").action == "delete" and not p.draft_written
    assert p.keep_draft("").action == "none"


def test_the_language_follows_the_text_until_chosen() -> None:
    p = EntryPresenter()
    assert p.set_text("   ") is None and p.draft.language is None
    assert p.set_text("12 killed in Deir ez-Zor") == "en"
    assert p.set_text("٧ قتلى") == "ar"
    p.choose_language(None)
    assert p.set_text("killed") is None and p.draft.language is None and not p.language_auto
    p.load(ReportDraft(language="en"))
    assert not p.language_auto
    assert [guess_language(t) for t in ("2017 «قصف»", "\u200fx", "123")] == ["ar", "ar", "en"]


def test_loose_values_of_a_restored_draft() -> None:
    assert as_date("2017-10-30") == date(2017, 10, 30) and as_date("30/10") is None and as_date("") is None
    assert as_uuid(str(HORRIYA)) == HORRIYA and as_uuid("x") is None
    assert as_int(7) == 7 and as_int("7") is None


def test_sources_web_addresses_and_recorded_incidents_are_read_in_the_database(demo_db: Database) -> None:
    p = EntryPresenter("ar")
    url = "https://horrya.net/archives/999"
    p.set_fields(source_id=HORRIYA, new_source=None, title="", author="", published_date=None, url=url,
                 language=None, text="لم يسجل سقوط ضحايا", evidence=[])
    report_id = store(p, demo_db)
    p.new_draft()
    with demo_db.session() as s:
        assert HORRIYA in [sid for sid, _ in p.source_lookup("حريه برس").run(s)]
        assert [rid for rid, _ in p.url_request(url + "/").run(s)] == [report_id]
        captions = incident_captions(session=s, ids=[RECORDED[0], RECORDED[0], uuid.uuid4()])
        assert list(captions) == [RECORDED[0]] and captions[RECORDED[0]][0] == date(2017, 10, 30)
        assert incident_captions(session=s, ids=[]) == {}
    # A claim linked to a recorded incident that no proposal lists is named all the same.
    p.draft.claims = [ClaimDraft(incident_id=RECORDED[2])]
    assert propose(p, demo_db) == {}
    assert p.recorded[RECORDED[2]].start_date is not None
    assert [c.value for c in p.incident_choices(0)] == [("existing", RECORDED[2])]
    assert p.needs_proposals(Changes.of("incident")) is False  # no new incident to propose for
    p.draft.new_incidents.append(NewIncident())
    assert p.needs_proposals(Changes.everything()) and not p.needs_proposals(Changes.of("report"))


PAGE = """حرية برس
الرئيسية
أخبار
مقتل مدنيين اثنين بقصف على حي الحميدية
آخر تحديث: 30 تشرين الأول 2017 - 14:20
قتل مدنيان اثنان، اليوم الإثنين، بقصف جوي على حي الحميدية في مدينة دير الزور.
جميع الحقوق محفوظة © 2017
"""


def test_the_pasted_pages_own_date_is_offered_as_the_published_date(demo_db: Database) -> None:
    p = with_names(demo_db)
    p.set_fields(source_id=HORRIYA, new_source=None, title="", author="", published_date=None, url="",
                 language="ar", text=PAGE, evidence=())
    read(p)
    assert p.offered_published == date(2017, 10, 30) and p.draft.published_date == date(2017, 10, 30)
    # «اليوم الإثنين» resolved by it at once: the suggested incident has the date.
    assert [(c.category, c.min) for c in p.draft.claims] == [("killed", 2)]
    assert p.draft.new_incidents[p.draft.claims[0].new_incident].start_date == "2017-10-30"
    # A date the person typed is never replaced.
    p.set_published(date(2017, 10, 31))
    read(p)
    assert p.offered_published is None and p.draft.published_date == date(2017, 10, 31)
