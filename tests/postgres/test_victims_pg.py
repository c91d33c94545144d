"""The victims commands against a real PostgreSQL server: import, matches, merge, unmerge,
not the same, export with the Victims sheet, the capture history, verify."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casualtydb.cli import main

pytestmark = pytest.mark.postgres

LIST_AR = """mention_id,name,sex,age,date,place,source
v1,الطفل محمد أحمد العلي (12 عاماً),ذكر,12,2017-10-30,الحميدية,VDC
v2,فاطمة خالد الحسن,أنثى,35,2017-10-30,دير الزور,VDC
"""
LIST_EN = """mention_id,given,father,family,sex,age,date,place,source
s1,Mohammad,Ahmad,al-Ali,male,13,2017-10-31,Deir-ez-Zor,SNHR
s2,Fatima,Khaled,al-Hassan,female,36,2017-10-30,Deir-ez-Zor,SNHR
"""


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out = capsys.readouterr()
    assert code == 0, (args, out.err)
    return out.out


def test_victims_commands_on_postgresql(pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", pg_url]
    for name, text in (("vdc.csv", LIST_AR), ("snhr.csv", LIST_EN)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert "added: 2 mentions" in _run(capsys, *db, "import", str(tmp_path / name))
    found = json.loads(_run(capsys, *db, "people-matches", "--json"))
    assert sorted(sorted(r["a"]["mention_ids"] + r["b"]["mention_ids"]) for r in found) == [["s1", "v1"], ["s2", "v2"]]
    a, b = found[0]["a"]["person"], found[0]["b"]["person"]
    _run(capsys, *db, "people-merge", a, b)
    assert len(json.loads(_run(capsys, *db, "people", "--json"))) == 3
    _run(capsys, *db, "people-unmerge", b)
    _run(capsys, *db, "people-not-same", a, b)
    assert len(json.loads(_run(capsys, *db, "people-matches", "--json"))) == 1
    assert "4 victim mentions" in _run(capsys, *db, "export", str(tmp_path / "w.xlsx"))
    assert "4 persons, 2 source columns" in _run(capsys, *db, "capture-history", str(tmp_path / "ch.csv"))
    assert _run(capsys, *db, "verify").startswith("ok:")


def test_people_list_and_names_against_figures_on_postgresql(pg_url: str) -> None:
    from casualtydb.db import open_database
    from casualtydb.demo import demo_id, load_demo
    from casualtydb.demo_people import load_demo_people
    from casualtydb.models import Category
    from casualtydb.queries import people as q
    from casualtydb.victims.figures import named_against_figures, over_named

    db = open_database(pg_url)
    try:
        load_demo(db)
        load_demo_people(db)
        with db.session() as s:
            for key in q.SORT_KEYS:
                assert len(q.person_ids(s, None, key, True, limit=5)) == 5, key
            assert q.person_count(s, q.PersonFilters(text="Fatima")) == 3
            assert q.person_count(s, q.PersonFilters(text="demo-m-omar")) == 1
            hospital = demo_id("incident:strike-sousa-hospital")
            killed = {f.category: f for f in named_against_figures(s, hospital)}[Category.KILLED]
            assert (killed.named, killed.highest, killed.over) == (5, 4, True)
            assert hospital in [o.incident_id for o in over_named(s)]
    finally:
        db.dispose()
