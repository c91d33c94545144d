"""The Export / Import page, driven like a user would (file dialogs bypassed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from casualtydb.db import Database
from casualtydb.models import Claim, Incident, Place

from .conftest import settle

pytestmark = pytest.mark.gui

DATA = Path(__file__).resolve().parents[1] / "io" / "data"


def count(db: Database, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def page(window):
    window.show_page("exchange")
    settle()
    return window.pages["exchange"]


def test_export_writes_a_redacted_workbook_in_the_chosen_language(page, tmp_path: Path) -> None:
    assert page.redact.isChecked()  # the safe default
    page.language.setCurrentIndex(page.language.findData("en"))
    out = tmp_path / "ngo.xlsx"
    page.start_export(out)
    settle()
    assert out.exists()
    wb = load_workbook(out)
    assert wb.sheetnames[:3] == ["About", "Summary", "Incidents"]
    assert "victim names" not in [c.value for c in wb["Claims"][1]]
    assert "incidents: 4, claims: 14" in page.export_result.text()
    assert page.open_folder.isVisible() and page.export_button.isEnabled()


def test_export_place_and_date_filters(page, tmp_path: Path) -> None:
    from datetime import date

    page.language.setCurrentIndex(page.language.findData("ar"))
    page.date_from.set_value(date(2017, 10, 30))
    out = tmp_path / "f.xlsx"
    page.start_export(out)
    settle()
    wb = load_workbook(out)
    assert wb["الحوادث"].sheet_view.rightToLeft
    assert wb["الحوادث"].max_row == 2 + 3  # three incidents start on or after 30 October
    with page.context.database.session() as s:
        abu_kamal = s.scalar(select(Place.id).where(Place.pcode == "SY0902"))
    page.place.choose(abu_kamal)
    page.start_export(out)
    settle()
    assert load_workbook(out)["الحوادث"].max_row == 2 + 2  # the two al-Sousa incidents


def test_cancelled_export_leaves_no_file(page, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "c.xlsx"
    page.start_export(out)
    page.running.cancel()
    settle()
    assert list(folder.iterdir()) == []
    assert "cancelled" in page.export_result.text()


def test_check_lists_every_problem_and_writes_nothing(page, tmp_path: Path, demo_db: Database, qtmodeltester) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("incident,incident_date,place,category,group,min,max,approximate,source,published,url,quote\n"
                   "a,2017-10-30,Atlantis,killed,civilians,5,5,,Horriya Press,,,q\n"
                   "a,2017-10-30,SY09,eaten,civilians,five,,,Horriya Press,,,q\n", encoding="utf-8")
    before = count(demo_db, Claim)
    page.set_import_file(bad)
    page.start_import(dry_run=False)
    settle()
    assert page.problems_view.isVisible()
    assert [(p.row, p.column) for p in page.problems.problems] == [(2, "place"), (3, "category"), (3, "min")]
    qtmodeltester.check(page.problems)
    assert "Nothing was imported" in page.import_result.text()
    assert count(demo_db, Claim) == before


def test_check_then_import_then_import_again(page, window, demo_db: Database, qtbot) -> None:
    path = DATA / "three_sources_one_incident.csv"
    page.set_import_file(path)
    page.start_import(dry_run=True)
    settle()
    assert "would add incidents: 1, sources: 3, reports: 3, claims: 3" in page.import_result.text()
    incidents = count(demo_db, Incident)
    with qtbot.waitSignal(window.context.bus.sig_changed, timeout=10_000) as announced:
        page.start_import(dry_run=False)
        settle()
    assert announced.args[0].touches("incident") and announced.args[0].touches("claim")
    assert count(demo_db, Incident) == incidents + 1
    assert "Added incidents: 1, sources: 3, reports: 3, claims: 3" in page.import_result.text()
    page.start_import(dry_run=False)
    settle()
    assert count(demo_db, Incident) == incidents + 1
    assert "Claims already in the database: 3" in page.import_result.text()


def test_problem_messages_are_all_translatable() -> None:
    from casualtydb.io.spreadsheet_import import MESSAGES
    from casualtydb.ui.pages.exchange import PROBLEM_TEXTS

    assert PROBLEM_TEXTS == MESSAGES


def test_a_known_dataset_imports_from_the_page(page, window, demo_db: Database, qtbot, tmp_path: Path) -> None:
    """An ACLED export imports from the app as from the command line; a village the gazetteer
    lacks stops it (listed, nothing written) until the person ticks "add the places"."""
    from helpers.formats_data import ACLED_HEADER, ACLED_ROWS, acled_row, write_csv

    unknown = acled_row("SYR91009", "2017-10-21", admin2="Al Mayadin", admin3="Al Mayadin",
                        location="Qaryat al-Mithal", fatalities="2")
    path = write_csv(tmp_path / "acled.csv", ACLED_HEADER, [*ACLED_ROWS, unknown])
    incidents = count(demo_db, Incident)
    page.set_import_file(path)
    page.start_import(dry_run=False)
    settle()
    assert page.problems_view.isVisible() and count(demo_db, Incident) == incidents
    reasons = [page.problems.problems[i].reason for i in range(len(page.problems.problems))]
    assert any("Qaryat al-Mithal" in r for r in reasons)

    page.create_missing.setChecked(True)
    page.start_import(dry_run=True)
    settle()
    assert page.import_result.text().startswith("Read as ACLED.") and "would add incidents: 5" in page.import_result.text()
    with qtbot.waitSignal(window.context.bus.sig_changed, timeout=10_000):
        page.start_import(dry_run=False)
        settle()
    assert count(demo_db, Incident) == incidents + 5
    assert "New places: 1" in page.import_result.text()
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Place).where(Place.name_en == "Qaryat al-Mithal")) == 1


def test_only_what_changed_since_the_last_export_to_a_recipient(page, demo_db: Database, tmp_path: Path) -> None:
    from casualtydb.demo import demo_id
    from casualtydb.models import AuditEntry, RecipientExport

    assert not page.only_changes.isEnabled()  # no recipient named yet
    page.language.setCurrentIndex(page.language.findData("en"))
    page.recipient.setEditText("Partner NGO")
    settle()
    assert page.only_changes.isEnabled() and "Nothing was exported to this recipient yet" in page.recipient_note.text()
    page.only_changes.setChecked(True)
    page.start_export(tmp_path / "first.xlsx")
    settle()
    assert "Since the last export to this recipient: rows added" in page.export_result.text()
    assert page.recipient.findText("Partner NGO") >= 0  # now a known recipient
    with demo_db.transaction() as s:
        s.get(Incident, demo_id("incident:strike-sousa")).description_en = "changed on the page's watch"
    page.language.setCurrentIndex(page.language.findData("ar"))
    page.recipient.setEditText("")
    page.recipient.setEditText("Partner NGO")  # a known recipient: their language comes back
    settle()
    assert page.language.currentData() == "en" and "Last export to this recipient" in page.recipient_note.text()
    page.start_export(tmp_path / "second.xlsx")
    settle()
    assert "rows added 0, changed 1, withdrawn 0" in page.export_result.text()
    wb = load_workbook(tmp_path / "second.xlsx")
    assert [r for r in wb["Changes"].iter_rows(min_row=3, values_only=True)][0][:4] == (
        "changed", "Incidents", str(demo_id("incident:strike-sousa")), "description (English)")
    assert count(demo_db, RecipientExport) == 2
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.table_name == "recipient_exports", AuditEntry.context == "export second.xlsx to Partner NGO")) >= 1
