"""Named victims from a report's text, from suggestion to a saved mention and its person: only
confirmed ones, tied to the report, the incident and the claim that counts their fate."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from casualtydb.db import Database
from casualtydb.errors import ValidationError
from casualtydb.models import Claim, Mention, Person, ReportSuggestions
from casualtydb.services.report_entry import (
    NewSource,
    ReportDraft,
    VictimDraft,
    refresh_suggestions,
    save_report,
)

TEXT = ("قتل مدنيان في قصف على حي الحميدية اليوم، وهم: الحاج سليمان داود المصري وزوجته. "
        "وأصيب الطفل يامن عادل الخضر (9 أعوام) بجروح.")
PUBLISHED = date(2017, 10, 30)


def read(db: Database, text: str):
    from casualtydb.extract import Extractor
    from casualtydb.services.report_entry import names_from_database

    with db.session() as s:
        places, _ = names_from_database(session=s)
    return Extractor(places).extract(text, published=PUBLISHED)


def draft_of(db: Database, text: str = TEXT) -> ReportDraft:
    draft = ReportDraft(new_source=NewSource(name_ar="شبكة محلية"), published_date=PUBLISHED, text=text, language="ar")
    refresh_suggestions(draft, read(db, text), published=PUBLISHED)
    return draft


def test_confirmed_victims_become_mentions_of_the_report_incident_and_claim(db: Database) -> None:
    draft = draft_of(db)
    assert [(v.name, v.relation, v.fate) for v in draft.victims] == [
        ("سليمان داود المصري", None, "killed"), (None, "wife", "killed"), ("يامن عادل الخضر", None, "injured")]
    for c in draft.claims:
        c.confirmed = True
    draft.victims[0].confirmed = draft.victims[1].confirmed = True  # the boy is left unconfirmed
    with db.transaction() as s:
        report = save_report(session=s, draft=draft)
    with db.session() as s:
        mentions = s.scalars(select(Mention).order_by(Mention.name.is_(None), Mention.name)).all()
        assert len(mentions) == 2 and s.scalar(select(func.count()).select_from(Person)) == 2
        man, wife = mentions
        killed = s.scalars(select(Claim).where(Claim.category == "killed")).one()
        assert (man.name, man.given, man.father, man.family) == ("سليمان داود المصري", "سليمان", "داود", "المصري")
        assert (man.sex, man.age_group, man.fate) == ("male", "adult", "killed")
        assert man.report_id == report.id and man.claim_id == killed.id and man.incident_id == killed.incident_id
        assert man.fate_date == PUBLISHED and man.source_id == report.source_id
        # A relative without a name: no name parts (they would match as someone else), a note of whose.
        assert (wife.name, wife.given, wife.sex, wife.notes) == (None, None, "female", "زوجة سليمان داود المصري")
        assert man.person_id != wife.person_id
        # What was suggested is kept for extract-eval, without the names.
        payload = json.loads(s.scalars(select(ReportSuggestions.payload)).one())
        kept = [x for x in payload if x.get("kind") == "mention"]
        assert [(x["fate"], x["confirmed"], x["mention"] is not None) for x in kept] == [
            ("killed", True, True), ("killed", True, True), ("injured", False, False)]
        assert "سليمان" not in json.dumps(payload, ensure_ascii=False)


def test_confirmed_victims_survive_a_new_reading_and_json(db: Database) -> None:
    draft = draft_of(db)
    draft.victims[2].confirmed = True
    draft.victims[2].age = 10  # corrected by the person
    draft.victims[2].suggested = False
    draft.text = "عاجل: " + TEXT
    refresh_suggestions(draft, read(db, draft.text), published=PUBLISHED)
    assert [(v.name, v.confirmed) for v in draft.victims] == [
        ("يامن عادل الخضر", True), ("سليمان داود المصري", False), (None, False)]
    assert draft.text[draft.victims[0].start:draft.victims[0].end] == "يامن عادل الخضر"
    assert draft.victims[2].relative_of == 1
    again = ReportDraft.from_json(json.loads(json.dumps(draft.to_json())))
    assert again.victims == draft.victims


def test_a_bad_victim_names_its_field_and_nothing_is_written(db: Database) -> None:
    draft = draft_of(db)
    draft.victims.append(VictimDraft(name="أحمد", fate="vanished", confirmed=True))
    with pytest.raises(ValidationError) as err, db.transaction() as s:
        save_report(session=s, draft=draft)
    assert err.value.field == "victims[3].fate"
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Mention)) == 0


def test_extract_eval_counts_the_named_victims(db: Database) -> None:
    from casualtydb.extract import Extractor
    from casualtydb.services.extract_eval import evaluate

    draft = draft_of(db)
    for c in draft.claims:
        c.confirmed = True
    draft.victims[0].confirmed = True
    with db.transaction() as s:
        save_report(session=s, draft=draft)
    with db.session() as s:
        stored = evaluate(s)
        rerun = evaluate(s, extractor=Extractor())
    # Three suggested (the man, his wife, the boy), one saved from them.
    assert (stored.names.suggested, stored.names.confirmed, stored.names.right) == (3, 1, 1)
    # Read again: two names suggested, the one saved is among them.
    assert (rerun.names.suggested, rerun.names.confirmed, rerun.names.right) == (2, 1, 1)
    assert stored.to_json()["names"]["precision"] == pytest.approx(1 / 3)
