"""Importing claims from CSV and plain sheets: matching, idempotence, problems, encodings."""

from __future__ import annotations

import csv
import io
import shutil
import uuid
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from casualtydb.cli import main
from casualtydb.db import Database
from casualtydb.demo import demo_id
from casualtydb.errors import ValidationError
from casualtydb.io.spreadsheet_import import ImportProblems, ImportResult, import_spreadsheet
from casualtydb.models import (
    AuditEntry,
    Claim,
    ConflictStatus,
    Incident,
    IncidentActor,
    IncidentFigure,
    IncidentPlace,
    Report,
    Source,
)

from .conftest import DATA

HEADER = ["incident", "incident_date", "place", "category", "group", "min", "max", "approximate", "source",
          "published", "url", "quote"]
GOOD = ["s1", "2017-10-30", "SY090203", "killed", "civilians", "5", "5", "false", "Horriya Press", "2017-10-30",
        "https://example.org/s1", "خمسة قتلى"]


def write_csv(path: Path, header: list[str], rows: list[list[str]], *, encoding: str = "utf-8",
              hxl: list[str] | None = None) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    if hxl:
        w.writerow(hxl)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def run(db: Database, path: Path, **kw: object) -> ImportResult:
    with db.transaction(context=f"import {path.name}") as s:
        return import_spreadsheet(path, session=s, **kw)


def counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Incident, IncidentPlace, IncidentActor, Source, Report, Claim, AuditEntry)}


def test_three_sources_one_incident(db: Database, tmp_path: Path) -> None:
    path = DATA / "three_sources_one_incident.csv"
    result = run(db, path)
    assert (result.incidents_added, result.claims_added, result.sources_added, result.reports_added) == (1, 3, 3, 3)
    with db.session() as s:
        incidents = s.scalars(select(Incident)).all()
        assert len(incidents) == 1
        inc = incidents[0]
        assert inc.start_date == date(2017, 10, 30) and inc.month == "2017-10" and inc.event_type == "airstrike"
        claims = s.scalars(select(Claim).where(Claim.incident_id == inc.id)).all()
        assert sorted(c.min for c in claims) == [7, 7, 12]
        assert len({s.get(Report, c.report_id).source_id for c in claims}) == 3
        place = s.scalars(select(IncidentPlace).where(IncidentPlace.incident_id == inc.id)).one()
        assert place.is_primary and place.precision == "town"
        fig = s.scalars(select(IncidentFigure).where(IncidentFigure.incident_id == inc.id)).one()
        assert fig.status == ConflictStatus.CONFLICTING  # refreshed by the cross-referencing engine
    assert result.figures_refreshed


def test_importing_the_same_file_twice_adds_nothing(demo_db: Database, tmp_path: Path) -> None:
    path = DATA / "three_sources_one_incident.csv"
    run(demo_db, path)
    before = counts(demo_db)
    again = run(demo_db, path)
    assert (again.incidents_added, again.claims_added, again.sources_added, again.reports_added) == (0, 0, 0, 0)
    assert again.claims_present == 3
    assert counts(demo_db) == before


def test_ten_bad_rows_are_all_named_and_nothing_is_written(demo_db: Database, tmp_path: Path) -> None:
    bad = [
        (["", *GOOD[1:]], "incident"),
        ([GOOD[0], "30/13/2017", *GOOD[2:]], "incident_date"),
        ([*GOOD[:2], "Atlantis", *GOOD[3:]], "place"),
        ([*GOOD[:3], "eaten", *GOOD[4:]], "category"),
        ([*GOOD[:4], "aliens", *GOOD[5:]], "group"),
        ([*GOOD[:5], "seven", *GOOD[6:]], "min"),
        ([*GOOD[:5], "9", "4", *GOOD[7:]], "max"),
        ([*GOOD[:7], "maybe", *GOOD[8:]], "approximate"),
        ([*GOOD[:8], "", *GOOD[9:]], "source"),
        ([*GOOD[:10], "not a url", GOOD[11]], "url"),
    ]
    rows = [GOOD] + [r for r, _ in bad] + [GOOD[:-1] + ["another good row"]]
    path = write_csv(tmp_path / "bad.csv", HEADER, rows)
    before = counts(demo_db)
    with pytest.raises(ImportProblems) as info:
        run(demo_db, path)
    problems = info.value.problems
    assert [(p.row, p.column) for p in problems] == [(i + 3, col) for i, (_, col) in enumerate(bad)]
    assert all(p.file == "bad.csv" and p.reason for p in problems)
    assert "10 problems in 10 of 12 rows; nothing was imported" in str(info.value)
    assert counts(demo_db) == before


def test_dry_run_checks_and_writes_nothing(demo_db: Database) -> None:
    before = counts(demo_db)
    result = run(demo_db, DATA / "three_sources_one_incident.csv", dry_run=True)
    assert result.dry_run and result.claims_added == 3 and "would add" in result.describe()
    assert counts(demo_db) == before


def test_eastern_arabic_digits_open_max_hxl_row_and_names(db: Database, tmp_path: Path) -> None:
    rows = [
        ["a", "٢٠١٧-١٠-٣٠", "الحميدية", "قتلى", "مدنيون", "١٢", "", "نعم", "مرصد", "٣١/١٠/٢٠١٧", "", "١٢ قتيلاً"],
        ["a", "2017-10-30", "Al-Hamidiya", "injured", "", "1,250", "1.300", "no", "Observatory", "", "", ""],
    ]
    path = write_csv(tmp_path / "digits.csv", HEADER, rows,
                     hxl=["#event", "#date", "#loc", "#impact", "#impact", "#affected", "#affected", "#meta",
                          "#meta+source", "#date", "#meta+url", "#description"])
    result = run(db, path)
    assert result.incidents_added == 1 and result.claims_added == 2 and result.sources_added == 2
    with db.session() as s:
        claims = {c.category: c for c in s.scalars(select(Claim))}
        assert (claims["killed"].min, claims["killed"].max, claims["killed"].approximate) == (12, None, True)
        assert (claims["injured"].min, claims["injured"].max) == (1250, 1300)
        assert claims["injured"].victim_group == "unknown"
        report = s.get(Report, claims["killed"].report_id)
        assert report.published_date == date(2017, 10, 31)
        names = {src.name_ar for src in s.scalars(select(Source))}
        assert names == {"مرصد", "Observatory"}


def test_existing_incident_id_and_source_name_match(demo_db: Database, tmp_path: Path) -> None:
    iid = str(demo_id("incident:strike-sousa"))
    rows = [[iid, "", "", "killed", "children", "3", "3", "", "حرية برس", "2017-11-01",
             "https://horrya.net/new", "ثلاثة أطفال"]]
    result = run(demo_db, write_csv(tmp_path / "x.csv", HEADER, rows))
    assert (result.incidents_added, result.incidents_existing, result.sources_added) == (0, 1, 0)
    with demo_db.session() as s:
        claim = s.scalars(select(Claim).where(Claim.quote == "ثلاثة أطفال")).one()
        assert claim.incident_id == demo_id("incident:strike-sousa")
        assert s.get(Report, claim.report_id).source_id == demo_id("source:horriya")


def test_a_merged_duplicate_id_means_the_incident_it_went_into(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        s.get(Incident, demo_id("incident:strike-sousa-hospital")).merged_into_id = demo_id("incident:strike-sousa")
    rows = [[str(demo_id("incident:strike-sousa-hospital")), "", "", "killed", "civilians", "4", "4", "",
             "Horriya Press", "2017-11-02", "https://horrya.net/m", "q"]]
    run(demo_db, write_csv(tmp_path / "m.csv", HEADER, rows))
    with demo_db.session() as s:
        assert s.scalars(select(Claim.incident_id).where(Claim.quote == "q")).one() == demo_id("incident:strike-sousa")


def test_rows_of_one_incident_must_agree(db: Database, tmp_path: Path) -> None:
    rows = [GOOD, [GOOD[0], "2017-10-31", *GOOD[2:9], "2017-10-31", "https://example.org/other", "x"]]
    with pytest.raises(ImportProblems) as info:
        run(db, write_csv(tmp_path / "x.csv", HEADER, rows))
    (problem,) = info.value.problems
    assert (problem.row, problem.column) == (3, "incident_date") and "row 2" in problem.reason


def test_a_new_incident_needs_date_and_place(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportProblems) as info:
        run(db, write_csv(tmp_path / "x.csv", HEADER, [["new", "", "", *GOOD[3:]]]))
    assert {(p.row, p.column) for p in info.value.problems} == {(2, "incident_date"), (2, "place")}


def test_missing_columns_are_reported_on_the_header_row(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportProblems) as info:
        run(db, write_csv(tmp_path / "x.csv", ["incident", "quote"], [["a", "b"]]))
    assert {(p.row, p.column) for p in info.value.problems} == {(1, "category"), (1, "min"), (1, "source")}


def test_optional_columns_and_actors(db: Database, tmp_path: Path) -> None:
    header = HEADER + ["incident_type", "actors", "report_title", "author", "language", "credibility",
                       "source_reliability"]
    row = GOOD + ["shelling", "قوات النظام; Russian forces (claimed)", "A title", "An author", "ar", "2", "B"]
    run(db, write_csv(tmp_path / "x.csv", header, [row]))
    with db.session() as s:
        inc = s.scalars(select(Incident)).one()
        assert inc.event_type == "shelling"
        roles = sorted(a.role for a in s.scalars(select(IncidentActor)))
        assert roles == ["alleged", "claimed"]
        report = s.scalars(select(Report)).one()
        assert (report.title, report.author, report.language) == ("A title", "An author", "ar")
        assert s.scalars(select(Claim)).one().credibility == 2
        assert s.scalars(select(Source)).one().reliability == "B"
    with pytest.raises(ImportProblems, match="problem") as info:
        run(db, write_csv(tmp_path / "y.csv", header, [row[:-6] + ["Nobody at all", "", "", "", "", ""]]))
    assert info.value.problems[0].column == "actors"


def test_utf8_with_bom_and_semicolons(db: Database, tmp_path: Path) -> None:
    buf = ";".join(HEADER) + "\r\n" + ";".join(GOOD) + "\r\n"
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + buf.encode("utf-8"))
    assert run(db, path).claims_added == 1


@pytest.mark.parametrize(("encoding", "message"), [("cp1256", "Windows-1256"), ("utf-16", "UTF-16")])
def test_other_encodings_are_refused_clearly(db: Database, tmp_path: Path, encoding: str, message: str) -> None:
    path = write_csv(tmp_path / "legacy.csv", HEADER, [GOOD], encoding=encoding)
    with pytest.raises(ValidationError, match=message):
        run(db, path)
    assert counts(db)["claims"] == 0


def test_a_plain_xlsx_sheet(db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "my data"
    ws.append(HEADER)
    ws.append(["b", date(2017, 10, 30), "SY090203", "killed", "civilians", 5, 5, False, "Horriya Press",
               date(2017, 10, 30), "https://example.org/b", "=not a formula"])
    ws["L2"].data_type = "s"
    wb.save(tmp_path / "plain.xlsx")
    result = run(db, tmp_path / "plain.xlsx")
    assert result.claims_added == 1 and result.sheet == "my data"
    with db.session() as s:
        assert s.scalars(select(Claim.quote)).one() == "=not a formula"


def test_audit_and_search_follow_core_writes(db: Database) -> None:
    run(db, DATA / "three_sources_one_incident.csv")
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "claims")).all()
        assert len(entries) == 3 and all(e.context == "import three_sources_one_incident.csv" for e in entries)
        assert all(e.user == "tester" and e.action == "insert" for e in entries)
    from casualtydb.search import search

    with db.session() as s:
        hits = search(session=s, text="الاختبار الثالث", kinds=["source"])
    assert len(hits) == 1


def test_cli_import_lists_problems_and_exits_2(db_path: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "bad.csv", HEADER, [[*GOOD[:5], "seven", *GOOD[6:]], GOOD])
    assert main(["--db", str(db_path), "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "bad.csv, row 2, column min: not a whole number: «seven»" in err
    assert "nothing was imported" in err
    assert main(["--db", str(db_path), "import", str(path.with_name("none.csv"))]) == 2
    good = shutil.copy(DATA / "three_sources_one_incident.csv", tmp_path / "good.csv")
    assert main(["--db", str(db_path), "import", str(good), "--dry-run"]) == 0
    assert "would add: 1 incidents" in capsys.readouterr().out
    assert main(["--db", str(db_path), "import", str(good)]) == 0
    assert "added: 1 incidents, 3 sources, 3 reports, 3 claims" in capsys.readouterr().out


def test_label_incidents_get_stable_ids(db: Database, tmp_path: Path) -> None:
    run(db, write_csv(tmp_path / "a.csv", HEADER, [GOOD]))
    with db.session() as s:
        first = s.scalars(select(Incident.id)).one()
    assert isinstance(first, uuid.UUID)
    other = [*GOOD[:10], "https://example.org/s1-b", "another report"]
    result = run(db, write_csv(tmp_path / "b.csv", HEADER, [other]))
    assert result.incidents_added == 0 and result.claims_added == 1
