"""The cross-referencing commands as a user types them: conflicts (JSON shape), reconcile and
its undo, scan, grade, duplicates, merge / unmerge, id prefixes, one-line errors; and the
spreadsheet scenario end to end (three sources say 7, 7 and 12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casualtydb.cli import main
from casualtydb.db import Database
from casualtydb.demo import demo_id

SOUSA = str(demo_id("incident:strike-sousa"))
HOSPITAL = str(demo_id("incident:strike-sousa-hospital"))
FIXTURE_CSV = Path(__file__).resolve().parents[1] / "io" / "data" / "three_sources_one_incident.csv"


def cli(db: Database, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def cli_json(db: Database, *args: str, capsys: pytest.CaptureFixture[str]) -> object:
    code, out, err = cli(db, *args, "--json", capsys=capsys)
    assert code == 0, err
    return json.loads(out)


def test_conflicts_json_shape(xdemo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    data = cli_json(xdemo, "conflicts", capsys=capsys)
    assert [(g["incident"], g["category"], g["group"]) for g in data] == [
        (str(demo_id("incident:siege-deir-ez-zor")), "besieged", "civilians"),
        (str(demo_id("incident:strike-hamidiya")), "killed", "civilians"),
        (SOUSA, "killed", "civilians"),
    ]
    g = data[1]
    assert {"incident", "category", "group", "status", "severity", "claims"} <= set(g)
    assert g["status"] == "conflicting" and g["severity"] == pytest.approx(2 / 9, abs=1e-4)
    for c in g["claims"]:
        assert {"claim", "report", "source", "min", "max", "approximate", "published", "independent", "latest",
                "reliability", "credibility", "quote"} <= set(c)
    page = next(c for c in g["claims"] if c["source_name_en"].startswith("Deir ez-Zor Now"))
    assert (page["independent"], page["independence"], page["published"]) == (False, "relay", "2017-10-30")
    code, text, _ = cli(xdemo, "conflicts", capsys=capsys)
    assert code == 0 and text.startswith("3 open conflicts")


def test_tolerance_option(xdemo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    wide = cli_json(xdemo, "conflicts", "--tolerance", "20", capsys=capsys)
    assert "besieged" not in [g["category"] for g in wide]  # ~700 ±20 % reaches 840, ~1000 −20 % is 800
    code, _, err = cli(xdemo, "conflicts", "--tolerance", "-5", capsys=capsys)
    assert code == 2 and err.startswith("casualtydb: error:") and "tolerance" in err


def test_reconcile_by_prefix_closes_the_conflict_and_undo_reopens_it(xdemo: Database,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    claim = str(demo_id("claim:m-killed-sousa"))
    a = cli_json(xdemo, "reconcile", SOUSA[:8], "--category", "killed", "--low", "5", "--best", "6", "--high", "6",
                 "--note", "the monitor names six", "--claims", claim[:10], capsys=capsys)
    assert a["group"] == "civilians" and a["claims"] == [claim]  # the one open group of that category
    assert SOUSA not in [g["incident"] for g in cli_json(xdemo, "conflicts", capsys=capsys)]
    reconciled = [g for g in cli_json(xdemo, "conflicts", "--all", capsys=capsys) if g["incident"] == SOUSA]
    assert reconciled[0]["status"] == "reconciled" and reconciled[0]["assessment"]["assessment"] == a["assessment"]
    code, out, _ = cli(xdemo, "reconcile", "--undo", a["assessment"][:8], capsys=capsys)
    assert code == 0 and "withdrew" in out
    assert SOUSA in [g["incident"] for g in cli_json(xdemo, "conflicts", capsys=capsys)]


@pytest.mark.parametrize(("args", "message"), [
    (["reconcile", SOUSA, "--category", "killed", "--group", "civilians", "--low", "5", "--best", "6",
      "--high", "6", "--note", " "], "rationale"),
    (["reconcile", SOUSA, "--category", "killed", "--group", "civilians", "--low", "7", "--best", "6",
      "--high", "6", "--note", "x"], "low (7) must not be above best (6)"),
    (["reconcile", SOUSA, "--category", "killed", "--low", "5"], "needs --best, --high, --note"),
    (["reconcile", "0f6a5", "--category", "killed", "--low", "1", "--best", "1", "--high", "1", "--note", "x"],
     "at least 6 characters"),
    (["reconcile", "ffffffff", "--category", "killed", "--low", "1", "--best", "1", "--high", "1", "--note", "x"],
     "no incident whose id starts with ffffffff"),
    (["merge", SOUSA, SOUSA], "into itself"),
    (["unmerge", SOUSA], "not merged"),
    (["grade", "zzzzzzzz"], "not a valid incident id"),
])
def test_one_line_errors(xdemo: Database, capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    code, out, err = cli(xdemo, *args, capsys=capsys)
    assert code == 2 and out == ""
    assert err.startswith("casualtydb: error:") and message in err and err.count("\n") == 1


def test_scan_grade_duplicates_merge_unmerge(xdemo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    scanned = cli_json(xdemo, "scan", capsys=capsys)
    assert (scanned["groups"], scanned["open"], scanned["by_status"]) == (
        8, 3, {"conflicting": 3, "single source": 5})
    grade = cli_json(xdemo, "grade", SOUSA[:8], capsys=capsys)
    assert grade["suggested"] == "fair" and grade["grade"] is None
    assert cli_json(xdemo, "grade", SOUSA[:8], "--accept", capsys=capsys)["grade"] == "fair"
    assert cli_json(xdemo, "grade", SOUSA, "--accept", "contested", "--note", "x", capsys=capsys)["grade"] == "contested"

    dups = cli_json(xdemo, "duplicates", capsys=capsys)
    assert [sorted(d["incidents"]) for d in dups] == [sorted([SOUSA, HOSPITAL])]
    assert {"incidents", "score", "reasons"} <= set(dups[0]) and dups[0]["reasons"][0] == "same day"
    merged = cli_json(xdemo, "merge", SOUSA[:8], HOSPITAL[:8], capsys=capsys)
    assert (merged["kept"], merged["absorbed"]) == (SOUSA, HOSPITAL)
    assert cli_json(xdemo, "duplicates", capsys=capsys) == []
    assert cli_json(xdemo, "unmerge", HOSPITAL[:8], capsys=capsys)["merge"] == merged["merge"]
    assert len(cli_json(xdemo, "duplicates", capsys=capsys)) == 1
    # Merge again and undo by the merge record's id.
    again = cli_json(xdemo, "merge", SOUSA, HOSPITAL, capsys=capsys)
    assert cli_json(xdemo, "unmerge", again["merge"][:8], capsys=capsys)["absorbed"] == HOSPITAL
    code, out, _ = cli(xdemo, "not-duplicates", SOUSA[:8], HOSPITAL[:8], "--note", "checked", capsys=capsys)
    assert code == 0 and cli_json(xdemo, "duplicates", capsys=capsys) == []


def test_imported_spreadsheet_7_7_12_lists_exactly_that_conflict(xdb: Database,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(xdb, "import", str(FIXTURE_CSV), capsys=capsys)
    assert code == 0, err
    [g] = cli_json(xdb, "conflicts", capsys=capsys)
    assert (g["category"], g["group"], g["status"]) == ("killed", "civilians", "conflicting")
    assert sorted(c["min"] for c in g["claims"]) == [7, 7, 12]
    a = cli_json(xdb, "reconcile", g["incident"][:8], "--category", "killed", "--low", "7", "--best", "7",
                 "--high", "12", "--note", "two sources agree on 7; the third counts the injured who died later",
                 capsys=capsys)
    assert cli_json(xdb, "conflicts", capsys=capsys) == []
    [closed] = cli_json(xdb, "conflicts", "--all", capsys=capsys)
    assert closed["status"] == "reconciled" and closed["assessment"]["assessment"] == a["assessment"]
