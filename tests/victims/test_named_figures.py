"""Names against figures (issue 15, item 5): per incident × category how many persons are named
against the figure reported, and more names than the highest figure as a conflict of its own, in
the library and in `casualtydb conflicts`."""

from __future__ import annotations

import json

from sqlalchemy import select

from casualtydb.cli import main
from casualtydb.crossref import refresh_incidents
from casualtydb.crossref.merge import merge as merge_incidents
from casualtydb.demo import INCIDENTS, demo_id
from casualtydb.demo_people import load_demo_people
from casualtydb.models import Category, Mention
from casualtydb.victims import decisions
from casualtydb.victims.figures import named_against_figures, over_named

SOUSA = demo_id("incident:strike-sousa")
HOSPITAL = demo_id("incident:strike-sousa-hospital")
HAMIDIYA = demo_id("incident:strike-hamidiya")


def test_named_against_the_reported_figures(demo_db) -> None:
    load_demo_people(demo_db)
    with demo_db.session() as s:
        hamidiya = {f.category: f for f in named_against_figures(s, HAMIDIYA)}
        # killed: 7 reported (best; one report says 9), 5 persons named (two of them twice, unmerged)
        assert (hamidiya[Category.KILLED].best, hamidiya[Category.KILLED].best_rule,
                hamidiya[Category.KILLED].named, hamidiya[Category.KILLED].highest) == (7, "derived", 5, 9)
        assert not hamidiya[Category.KILLED].over and hamidiya[Category.KILLED].unnamed == 2
        assert (hamidiya[Category.INJURED].named, hamidiya[Category.INJURED].best) == (1, 12)
        hospital = {f.category: f for f in named_against_figures(s, HOSPITAL)}
        assert (hospital[Category.KILLED].named, hospital[Category.KILLED].highest) == (5, 4)
        assert hospital[Category.KILLED].over and hospital[Category.INJURED].named == 0
        assert [(o.incident_id, o.category, o.named, o.highest) for o in over_named(s)] == [
            (SOUSA, Category.KILLED, 7, 6), (HOSPITAL, Category.KILLED, 5, 4)]
    # One person named by two reports counts once: merged, al-Sousa's names fit its figures again
    with demo_db.transaction(context="merge persons") as s:
        for key in ("khaled", "fatima", "omar"):
            decisions.merge(s, demo_id(f"person:h-{key}"), demo_id(f"person:m-{key}"))
    with demo_db.session() as s:
        sousa = {f.category: f for f in named_against_figures(s, SOUSA)}[Category.KILLED]
        assert (sousa.named, sousa.over) == (4, False)
        assert [o.incident_id for o in over_named(s)] == [HOSPITAL]


def test_no_figure_no_conflict_and_merged_incidents_count_for_the_kept_one(demo_db) -> None:
    load_demo_people(demo_db)
    with demo_db.transaction(context="merge incidents") as s:
        merge_incidents(session=s, kept_id=SOUSA, absorbed_id=HOSPITAL)
        refresh_incidents(session=s, incident_ids=[demo_id(f"incident:{i['key']}") for i in INCIDENTS])
    with demo_db.session() as s:
        # the hospital's five mentions still name the absorbed incident, and count for al-Sousa
        assert s.scalar(select(Mention.incident_id).where(Mention.id == demo_id("mention:p-suad"))) == HOSPITAL
        sousa = {f.category: f for f in named_against_figures(s, SOUSA)}[Category.KILLED]
        assert sousa.named == 12 and sousa.over
        assert [o.incident_id for o in over_named(s)] == [SOUSA]
        assert named_against_figures(s, HOSPITAL) == []  # its claims moved; its names count elsewhere
    with demo_db.transaction() as s:
        for m in s.scalars(select(Mention).where(Mention.incident_id == HAMIDIYA)):
            m.fate = None  # named, but what happened to them is not said: nothing to count
    with demo_db.session() as s:
        assert {f.category: f.named for f in named_against_figures(s, HAMIDIYA)} == {
            Category.KILLED: 0, Category.INJURED: 0}


def test_conflicts_command_lists_more_names_than_figures(demo_db, capsys) -> None:
    load_demo_people(demo_db)
    assert main(["--db", str(demo_db.path), "conflicts", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    over = [d for d in data if d.get("kind") == "over_named"]
    assert over == [
        {"kind": "over_named", "incident": str(SOUSA), "category": "killed", "named": 7, "reported_best": 6,
         "best_from": "derived", "reported_highest": 6, "over_named": True},
        {"kind": "over_named", "incident": str(HOSPITAL), "category": "killed", "named": 5, "reported_best": 4,
         "best_from": "derived", "reported_highest": 4, "over_named": True}]
    assert main(["--db", str(demo_db.path), "conflicts", "--incident", str(HOSPITAL)]) == 0
    out = capsys.readouterr().out
    assert "1 incident figure with more persons named than reported:" in out
    assert "killed: 5 named, at most 4 reported (best 4)" in out
