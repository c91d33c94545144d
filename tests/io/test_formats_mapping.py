"""Any other sheet, mapped once: a mapping suggested from Arabic or English headers (and HXL tags),
applied from MAP.json, saved under its name and reused by that name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from casualtydb.cli import main
from casualtydb.db import Database
from casualtydb.io.formats.suggest import guess_header, suggest
from casualtydb.models import Claim, ImportMapping, Incident, IncidentPlace, Place, Report

from helpers.formats_data import write_csv, write_xlsx
from .test_spreadsheet_import import counts

ARABIC_HEADER = ["التاريخ", "المحافظة", "القرية", "عدد الشهداء المدنيين", "الجرحى", "نوع الهجوم", "المصدر",
                 "الرابط", "ملاحظات الموثق"]
ARABIC_ROWS = [
    ["2017-10-21", "دير الزور", "السوسة", "6", "10", "غارة جوية", "شبكة دير الزور 24",
     "https://deirezzor24.net/archives/مجزرة في السوسة", "رأيت الصور"],
    ["22/10/2017", "دير الزور", "الحميدية", "٢", "", "قصف", "شبكة دير الزور 24", "", ""],
]


@pytest.mark.parametrize(("header", "target"), [
    ("عدد الشهداء المدنيين", "killed:civilians"), ("القتلى (الحد الأدنى)", "killed:unknown:min"),
    ("Killed (max)", "killed:unknown:max"), ("Civilians injured", "injured:civilians"),
    ("children killed", "killed:children"), ("المصابين", "injured:unknown"), ("Date of incident", "date"),
    ("تاريخ الحادثة", "date"), ("المحافظة", "governorate"), ("Sub-district", "subdistrict"), ("Village", "place"),
    ("الجهة المسؤولة", "actors"), ("Link", "url"), ("Lat", "latitude"), ("نوع الهجوم", "event_type"),
])
def test_headers_guessed(header: str, target: str) -> None:
    guess = guess_header(header)
    assert guess is not None and guess[0] == target, (header, guess)


def test_nothing_guessed_for_what_means_nothing() -> None:
    assert guess_header("ملاحظات الموثق") is None and guess_header("Column7") is None


def test_hxl_tags_win_over_headers() -> None:
    mapping = suggest(["A", "B", "C"], ["#date", "#affected+injured+children+max", "#adm2+name"])
    assert mapping.columns == {"A": "date", "B": "injured:children:max", "C": "district"}
    assert mapping.why["B"] == "HXL #affected+injured+children+max"


def test_suggest_then_map_then_reuse_by_name(db: Database, db_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    sheet = write_xlsx(tmp_path / "توثيق تشرين.xlsx", ARABIC_HEADER, ARABIC_ROWS)
    assert main(["--db", str(db_path), "import", str(sheet), "--suggest-mapping"]) == 0
    captured = capsys.readouterr()
    suggestion = json.loads(captured.out)
    assert suggestion["columns"] == {
        "التاريخ": "date", "المحافظة": "governorate", "القرية": "place", "عدد الشهداء المدنيين": "killed:civilians",
        "الجرحى": "injured:unknown", "نوع الهجوم": "event_type", "المصدر": "source", "الرابط": "url"}
    assert "not recognised (add them, or leave them out): ملاحظات الموثق" in captured.err
    # The person checks it, names it and keeps the notes as report notes.
    suggestion["name"] = "monthly"
    suggestion["columns"]["ملاحظات الموثق"] = "report_notes"
    map_path = tmp_path / "map.json"
    map_path.write_text(json.dumps(suggestion, ensure_ascii=False), encoding="utf-8")
    before = counts(db)
    assert main(["--db", str(db_path), "import", str(sheet), "--mapping", str(map_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "read as a mapped sheet (mapping «monthly»)" in out and "  عدد الشهداء المدنيين → killed civilians" in out
    assert counts(db) == before
    assert main(["--db", str(db_path), "import", str(sheet), "--mapping", str(map_path)]) == 0
    out = capsys.readouterr().out
    assert "added: 2 incidents, 1 sources, 2 reports, 3 claims" in out and "mapping «monthly» saved" in out
    with db.session() as s:
        saved = s.scalars(select(ImportMapping)).one()
        assert saved.name == "monthly" and saved.columns["الرابط"] == "url"
        claims = sorted((c.category, c.victim_group, c.min) for c in s.scalars(select(Claim)))
        assert claims == [("injured", "unknown", 10), ("killed", "civilians", 2), ("killed", "civilians", 6)]
        types = sorted(i.event_type for i in s.scalars(select(Incident)))
        assert types == ["airstrike", "shelling"]
        places = sorted(s.get(Place, p.place_id).name_en for p in s.scalars(select(IncidentPlace)))
        assert places == ["Al-Hamidiya", "As-Susah"]
        report = s.scalars(select(Report).where(Report.url.is_not(None))).one()
        assert report.url == "https://deirezzor24.net/archives/مجزرة%20في%20السوسة"
        assert report.notes == "رأيت الصور" and report.notes_sensitive
    # Next month: the same columns, by the mapping's name; the rows already imported add nothing.
    nxt = write_csv(tmp_path / "next.csv", ARABIC_HEADER, [*ARABIC_ROWS, [
        "2017-11-02", "دير الزور", "الحويقة", "1", "", "قصف", "شبكة دير الزور 24", "", ""]])
    assert main(["--db", str(db_path), "import", str(nxt), "--mapping", "monthly"]) == 0
    out = capsys.readouterr().out
    assert "added: 1 incidents, 0 sources, 1 reports, 1 claims" in out and "already present: 3 claims" in out


def test_an_unknown_sheet_without_a_mapping_says_what_to_do(db_path: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    sheet = write_csv(tmp_path / "ours.csv", ARABIC_HEADER, ARABIC_ROWS)
    assert main(["--db", str(db_path), "import", str(sheet)]) == 2
    err = capsys.readouterr().err
    assert "not a known format" in err and "--suggest-mapping > map.json" in err


@pytest.mark.parametrize(("content", "message"), [
    ('{"columns": {"التاريخ": "day"}}', "unknown target «day» (column «التاريخ»); use one of: incident, date"),
    ('{"columns": {"Date": "date"}', "map.json: not JSON: Expecting ',' delimiter (line 1"),
    ('["date"]', 'a mapping is a JSON object with "columns"'),
    ('{"columns": {"التاريخ": "date", "Killed": "killed"}, "values": {"source": "X"}}',
     "the mapping names columns the file does not have: «Killed»"),
    ('{"columns": {"التاريخ": "date", "القرية": "place"}, "values": {"source": "X"}}',
     'the mapping gives no a figure column'),
])
def test_bad_mappings_are_named(db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                content: str, message: str) -> None:
    sheet = write_csv(tmp_path / "s.csv", ARABIC_HEADER, ARABIC_ROWS)
    (tmp_path / "map.json").write_text(content, encoding="utf-8")
    before = counts(db)
    assert main(["--db", str(db_path), "import", str(sheet), "--mapping", str(tmp_path / "map.json")]) == 2
    assert message in capsys.readouterr().err
    assert counts(db) == before


def test_an_unknown_saved_mapping_lists_the_saved_ones(db_path: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    sheet = write_csv(tmp_path / "s.csv", ARABIC_HEADER, ARABIC_ROWS)
    assert main(["--db", str(db_path), "import", str(sheet), "--mapping", "monthly"]) == 2
    assert "no mapping file or saved mapping «monthly»; no mapping is saved yet" in capsys.readouterr().err


def test_rows_without_figures_are_said_to_be_left_out(db: Database, tmp_path: Path) -> None:
    from casualtydb.io.formats.loader import import_events
    from casualtydb.io.formats.mapped import Mapped, Mapping
    from casualtydb.io.readers import read_table

    rows = [*ARABIC_ROWS, ["2017-10-23", "دير الزور", "الحميدية", "", "", "", "شبكة دير الزور 24", "", "مجموع"]]
    path = write_csv(tmp_path / "s.csv", ARABIC_HEADER, rows)
    mapping = Mapping.from_json({"columns": {"التاريخ": "date", "المحافظة": "governorate", "القرية": "place",
                                             "عدد الشهداء المدنيين": "killed:civilians", "المصدر": "source"}}, "m")
    with db.transaction() as s:
        result = import_events(read_table(path), Mapped(mapping), session=s, path=path, dry_run=True)
    assert result.rows == 3 and result.incidents_added == 2
    assert "left out 1 rows without any figure (rows 4)" in result.describe()


def test_a_range_in_one_cell_and_a_range_backwards(db: Database, tmp_path: Path) -> None:
    from casualtydb.io.formats.loader import import_events
    from casualtydb.io.formats.mapped import Mapped, Mapping
    from casualtydb.io.readers import read_table
    from casualtydb.io.spreadsheet_import import ImportProblems

    header = ["date", "village", "killed", "source"]
    mapping = Mapping.from_json({"columns": {"date": "date", "village": "place", "killed": "killed:civilians",
                                             "source": "source"}}, "m")
    good = write_csv(tmp_path / "good.csv", header, [["2017-10-12", "As-Susah", "3–5", "X"],
                                                     ["2017-10-13", "As-Susah", "10+", "X"]])
    with db.transaction() as s:
        result = import_events(read_table(good), Mapped(mapping), session=s, path=good)
    assert result.claims_added == 2
    with db.session() as s:
        assert sorted((c.min, c.max) for c in s.scalars(select(Claim))) == [(3, 5), (10, None)]
    bad = write_csv(tmp_path / "bad.csv", header, [["2017-10-14", "As-Susah", "5-3", "X"]])
    with pytest.raises(ImportProblems) as exc, db.transaction() as s:
        import_events(read_table(bad), Mapped(mapping), session=s, path=bad)
    assert str(exc.value.problems[0]) == "bad.csv, row 2, column killed: 3 is below the minimum 5"


def test_a_mapping_may_name_columns_by_hashtag(db: Database, db_path: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    sheet = write_csv(tmp_path / "tagged.csv", ["d", "v", "k", "src"],
                      [["2017-10-12", "As-Susah", "4", "X"]], hxl=["#date", "#loc+name", "#affected+killed", "#org"])
    (tmp_path / "map.json").write_text(json.dumps({"columns": {
        "#date": "date", "#loc +name": "place", "#affected+killed": "killed:civilians", "#org": "source"}}),
        encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(sheet), "--mapping", str(tmp_path / "map.json")]) == 0
    assert "added: 1 incidents, 1 sources, 1 reports, 1 claims" in capsys.readouterr().out
