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
    # The village is listed before anything is written; cancelled, nothing is.
    assert page.dialog is not None and page.dialog.objectName() == "places_dialog"
    assert [q.written.split(",")[0] for q in page.dialog.places.rows] == ["Qaryat al-Mithal"]
    page.dialog.reject()
    settle()
    assert count(demo_db, Incident) == incidents and "nothing was written" in page.import_result.text()

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


def test_a_sheet_in_no_known_format_is_mapped_in_a_dialog(page, demo_db: Database, tmp_path: Path,
                                                          qtmodeltester) -> None:
    """The mapping guessed from Arabic headers, a preview of the first rows as stored (places matched
    in the gazetteer), a named mapping kept after the import and offered for the next file."""
    from helpers.formats_data import write_xlsx

    from casualtydb.models import ImportMapping

    header = ["التاريخ", "المحافظة", "القرية", "عدد الشهداء المدنيين", "نوع الهجوم", "ملاحظات"]
    rows = [["2017-10-21", "دير الزور", "السوسة", "6", "غارة جوية", "x"],
            ["22/10/2017", "دير الزور", "الحميدية", "٢", "قصف", ""],
            ["2017-10-23", "دير الزور", "الحميدية", "many", "قصف", ""]]
    path = write_xlsx(tmp_path / "توثيق.xlsx", header, rows)
    page.set_import_file(path)
    settle()
    assert page.map_button.isVisible()
    page.start_import(dry_run=True)
    settle()
    dialog = page.dialog
    assert dialog is not None and dialog.objectName() == "mapping_dialog"
    qtmodeltester.check(dialog.columns)
    assert dialog.columns.mapping() == {"التاريخ": "date", "المحافظة": "governorate", "القرية": "place",
                                        "عدد الشهداء المدنيين": "killed:civilians", "نوع الهجوم": "event_type"}
    dialog.source.setText("فريق التوثيق")
    dialog.name.setText("monthly")
    dialog.refresh_preview()
    settle()
    qtmodeltester.check(dialog.preview)
    shown = dialog.preview.rows
    assert [r.row for r in shown] == [2, 3, 4]
    assert shown[0].place.name_en == "As-Susah" and [(c.category, c.group, c.min) for c in shown[0].claims] == [
        ("killed", "civilians", 6, )]
    assert shown[0].event_type == "airstrike" and shown[0].source == "فريق التوثيق"
    cell = dialog.preview.data(dialog.preview.index(0, 2))
    assert cell.startswith("As-Susah") and "Deir-ez-Zor" in cell
    assert dialog.preview.data(dialog.preview.index(0, 5)) == "killed (civilians): 6"
    assert shown[1].date == "2017-10-22" and "not a whole number" in dialog.preview.data(dialog.preview.index(2, 6))
    # "Read as" edited like a person would: the third row's figure column not read.
    index = dialog.columns.index(3, dialog.columns.COL_TARGET)
    assert dialog.columns.setData(index, "")
    assert "عدد الشهداء المدنيين" not in dialog.columns.mapping()
    assert dialog.columns.setData(index, "killed:civilians")
    incidents = count(demo_db, Incident)
    rows.pop()  # the bad row out of the file, then the import
    write_xlsx(path, header, rows)
    dialog.accept()
    settle()
    assert page.mapping is not None and page.mapping.name == "monthly"
    assert "would add incidents: 2" in page.import_result.text(), page.import_result.text()
    assert count(demo_db, Incident) == incidents and count(demo_db, ImportMapping) == 0
    page.start_import(dry_run=False)
    settle()
    assert count(demo_db, Incident) == incidents + 2 and count(demo_db, ImportMapping) == 1
    page.set_import_file(path)
    settle()
    assert page.to_map is not None and page.to_map.saved == ["monthly"]


def test_unresolved_places_are_settled_in_one_list_first(page, demo_db: Database, tmp_path: Path,
                                                        qtmodeltester) -> None:
    from helpers.formats_data import ACLED_HEADER, acled_row, write_csv

    rows = [acled_row("SYR94001", "2017-10-12", admin2="Abu Kamal", admin3="Susat", location="As Susah",
                      fatalities="2"),
            acled_row("SYR94002", "2017-10-12", admin2="Abu Kamal", admin3="Susat", location="Al Baghuz Fawqani",
                      latitude="34.4630", longitude="40.9390", fatalities="5"),
            acled_row("SYR94003", "2017-10-13", admin2="Abu Kamal", admin3="Susat", location="Al Baghuz Fawqani",
                      fatalities="3"),
            acled_row("SYR94004", "2017-10-15", admin2="Abu Kamal", admin3="Susat", location="As Sousah Town",
                      fatalities="1")]
    path = write_csv(tmp_path / "half.csv", ACLED_HEADER, rows)
    page.create_missing.setChecked(False)
    page.set_import_file(path)
    incidents, places = count(demo_db, Incident), count(demo_db, Place)
    page.start_import(dry_run=False)
    settle()
    dialog = page.dialog
    assert dialog is not None and dialog.objectName() == "places_dialog"
    qtmodeltester.check(dialog.places)
    assert count(demo_db, Incident) == incidents  # nothing written before the places are settled
    written = [q.written.split(",")[0] for q in dialog.places.rows]
    assert written == ["Al Baghuz Fawqani", "As Sousah Town"]
    assert dialog.places.rows[0].rows == [3, 4]
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.select(1)
    texts = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    assert any(t.startswith("the same as As-Susah") for t in texts), texts
    dialog.choice.setCurrentIndex(1)
    dialog.on_choice_activated(1)
    assert not ok.isEnabled()
    dialog.on_create_all_clicked()
    assert ok.isEnabled() and "new place under Susat" in dialog.places.data(
        dialog.places.index(0, dialog.places.COL_SETTLED))
    dialog.accept()
    settle()
    assert count(demo_db, Incident) == incidents + 4, page.import_result.text()
    assert count(demo_db, Place) == places + 1


@pytest.mark.parametrize("typed", ["ftp://example.org/x", "https:example.org", "https:///path",
                                   "https://news site.com/x", "https://localnews/x", "https://example.org:port/x",
                                   "example.org/x"])
def test_every_web_address_reason_has_a_translatable_text(typed: str) -> None:
    """The reasons clean_url gives are all known to the page (else Arabic would show English)."""
    from casualtydb.text.urls import BadUrl, clean_url
    from casualtydb.ui.import_problems import URL_REASONS, url_reason

    with pytest.raises(BadUrl) as caught:
        clean_url(typed)
    import re

    assert any(re.match(p, str(caught.value)) for p, _ in URL_REASONS), str(caught.value)
    assert url_reason(str(caught.value))
