"""The main workflows on a real SQLite file: open a database, filter, open an incident, edit
with validation errors, undo, delete with confirmation, switch language, search, first run."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casualtydb.demo import demo_id
from casualtydb.models import Category, ConflictStatus
from casualtydb.ui.editors.base import RecordDialog

from .conftest import settle, type_text

pytestmark = pytest.mark.gui

HAMIDIYA = demo_id("incident:strike-hamidiya")


def test_window_opens_on_the_dashboard_with_every_page(window):
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    mine = ["Overview", "Incidents", "Reports", "Sources", "Places", "Actors"]
    assert [n for n in nav if n in mine] == mine  # other pages (New report, Conflicts…) plug in between
    assert window.current_key == "dashboard"
    assert str(window.context.database.path) in window.windowTitle()
    dash = window.page("dashboard")
    # Derived best figures (the demo is cross-referenced when loaded): 7 + 6 + 4 (the duplicate)
    assert dash.cards[Category.KILLED].value.text() == "17"
    # "at least 12 injured" in al-Hamidiya: the injured total has no upper bound, never low > high.
    assert dash.cards[Category.INJURED].range.text().startswith("low 20, no upper bound")
    assert dash.latest.count() == 5
    from casualtydb.ui import actions

    # enabled exactly when a module registered what it does (the merge engineer's hook)
    merge = window.actions_by_id["file.merge_database"]
    assert merge.isEnabled() == (actions.handler_for("file.merge_database") is not None)


def test_incident_list_loads_sorts_and_filters(window, qtbot):
    page = window.show_page("incidents")
    settle()
    assert page.model.rowCount() == 4 and page.count_label.text() == "4 incidents"
    # sort by killed through the header, in SQL
    killed = next(i for i, c in enumerate(page.model.columns) if c.sort_key == "killed")
    page.table.horizontalHeader().sectionClicked.emit(killed)
    settle()
    first = page.model.index(0, killed).data()
    page.table.horizontalHeader().sectionClicked.emit(killed)
    settle()
    assert page.model.order_by == "killed" and page.model.index(0, killed).data() != first
    # filter by the place: typing Arabic into the picker, then choosing
    picker = page.filter_bar.place
    picker.setFocus()
    type_text(picker, "الحميد")
    qtbot.waitUntil(lambda: bool(picker.matches()), timeout=2000)
    hood = next(c for c in picker.matches() if c.level == "neighbourhood")
    picker.choose(hood.id)
    page.apply_filters()
    settle()
    assert page.model.rowCount() == 2
    # a filter that matches nothing explains itself and offers to clear
    page.filter_bar.event_type.setCurrentIndex(page.filter_bar.event_type.findData("execution"))
    page.apply_filters()
    settle()
    assert page.model.rowCount() == 0 and not page.empty_label.isHidden()
    assert "Clear the filters" in page.empty_label.text()
    page.on_empty_link("clear")
    page.apply_filters()
    settle()
    assert page.model.rowCount() == 4


def test_open_an_incident_shows_claims_figures_history(window):
    page = window.show_page("incidents")
    settle()
    row = page.model.row_of(HAMIDIYA)
    page.table.selectRow(row)
    page.table.setCurrentIndex(page.model.index(row, 0))
    page.open_selected()
    settle()
    assert window.current_key == "incident"
    incident = window.page("incident")
    assert incident.claims.rowCount() == 7
    assert "Al-Hamidiya" in incident.heading.text()
    assert incident.history.rowCount() >= 10
    assert incident.figures_note.text() == ""  # cross-referenced: the derived figures are shown
    sources = [incident.claims.item(r, 0).text() for r in range(7)]
    assert any("relays Horriya Press" in s for s in sources)
    window.go_back()
    assert window.current_key == "incidents"


def test_edit_with_validation_errors_then_undo_and_redo(window, monkeypatch):
    window.open_record("incident", HAMIDIYA)
    settle()
    shown: dict[str, str] = {}

    def fake_exec(dialog: RecordDialog) -> int:
        dialog.fields["end_date"].set_value(date(2017, 10, 1))
        dialog.accept()  # refused: the end is before the start
        settle()
        shown["end_date"] = dialog.errors["end_date"].text()
        assert not dialog.errors["end_date"].isHidden()
        dialog.fields["places"].set_value([])
        dialog.fields["end_date"].set_value(date(2017, 10, 31))
        dialog.accept()  # refused: no place
        settle()
        shown["places"] = dialog.errors["places"].text()
        dialog.fields["places"].set_value(dialog.initial["places"])
        dialog.fields["description_en"].setPlainText("Edited description")
        dialog.accept()
        settle()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    window.page("incident").edit_incident()
    settle()
    assert shown == {"end_date": "The end date is before the start date.", "places": "Give at least one place."}
    incident = window.page("incident")
    assert incident.detail.description_en == "Edited description" and incident.detail.end_date == date(2017, 10, 31)
    assert window.undo_stack.count() == 1 and window.actions_by_id["edit.undo"].isEnabled()
    assert window.actions_by_id["edit.undo"].text() == "&Undo edit incident"
    window.actions_by_id["edit.undo"].trigger()
    settle()
    assert incident.detail.description_en.startswith("Regime and Russian airstrikes")
    assert incident.detail.end_date == date(2017, 10, 30)
    window.actions_by_id["edit.redo"].trigger()
    settle()
    assert incident.detail.description_en == "Edited description"
    assert any(h.context == "undo" for h in incident.detail.history)


def test_number_field_accepts_eastern_arabic_digits_in_the_claim_editor(window, monkeypatch):
    claim = demo_id("claim:m-killed-hamidiya")

    def fake_exec(dialog: RecordDialog) -> int:
        dialog.fields["max"].clear()
        type_text(dialog.fields["max"], "٣")
        dialog.accept()
        settle()
        assert "smaller than the minimum" in dialog.errors["max"].text()
        dialog.fields["max"].clear()
        type_text(dialog.fields["max"], "١٢")
        dialog.accept()
        settle()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    from casualtydb.ui.editing import edit_record

    assert edit_record(window.context, window, "claim", claim)
    with window.context.database.session() as s:
        from casualtydb.models import Claim

        assert s.get(Claim, claim).max == 12


def test_delete_asks_naming_what_goes_with_it_and_undo_restores(window, monkeypatch):
    from casualtydb.ui import editing as ui_editing

    asked: list[str] = []
    monkeypatch.setattr(ui_editing, "ask", lambda parent, title, text, dangerous=False: asked.append(text) or True)
    page = window.show_page("sources")
    settle()
    horriya = demo_id("source:horriya")
    assert page.table.select_id(horriya)
    page.delete_selected()
    settle()
    assert "claim: 3" in asked[0] and "report: 1" in asked[0]
    assert page.model.row_of(horriya) is None
    window.actions_by_id["edit.undo"].trigger()
    settle()
    assert page.model.row_of(horriya) is not None
    # refusing the question deletes nothing
    monkeypatch.setattr(ui_editing, "ask", lambda *a, **k: False)
    page.table.select_id(horriya)
    page.delete_selected()
    settle()
    assert page.model.row_of(horriya) is not None


def test_switch_language_to_arabic_right_to_left(window):
    window.switch_language("ar")
    settle()
    app = QApplication.instance()
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert {"نظرة عامة", "الحوادث", "التقارير", "المصادر", "الأماكن", "الجهات"} <= set(nav)
    assert window.menus["file"].title() == "&ملف"
    page = window.show_page("incidents")
    settle()
    assert page.count_label.text() == "٤ حوادث"  # Arabic-Indic digits from the Arabic locale (%Ln)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "التاريخ"
    type_col = next(i for i, c in enumerate(page.model.columns) if c.sort_key == "event_type")
    assert {page.model.index(r, type_col).data() for r in range(4)} == {"غارة جوية", "حصار"}
    assert "٢٠١٧" in page.model.index(0, 0).data()  # dates in the Arabic locale
    window.open_record("incident", HAMIDIYA)
    settle()
    history = window.page("incident").history
    reasons = {history.item(r, 4).text() for r in range(history.rowCount())}
    assert "بيانات العرض التجريبي" in reasons and "demo data" not in reasons
    window.switch_language("en")
    settle()
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "Incidents" in [window.nav.item(i).text() for i in range(window.nav.count())]


def test_search_box_finds_records_and_opens_them(window):
    window.search_box.setText("الحميدية")
    window.run_search()
    settle()
    page = window.page("search")
    assert window.current_key == "search" and page.results.count() > 0
    kinds = [hit.kind for hit in page.hits]
    assert "incident" in kinds
    item = page.results.item(kinds.index("incident"))
    page.on_results_item_activated(item)
    settle()
    assert window.current_key == "incident"


def test_dashboard_link_shows_conflicting_incidents(window):
    dash = window.page("dashboard")
    dash._on_conflicts_link("conflicts")
    settle()
    if window.current_key == "incidents":
        page = window.page("incidents")
        assert page.filter_bar.status.currentData() == ConflictStatus.CONFLICTING
        assert page.model.rowCount() == 0


def test_open_another_database_from_the_file_menu(window, tmp_path):
    other = tmp_path / "other.db"
    window.switch_database(str(other))
    settle()
    assert window.context.database.path == other
    assert str(other) in window.windowTitle()
    assert str(other) == window.settings.recent_databases[0]
    page = window.show_page("incidents")
    settle()
    assert page.model.rowCount() == 0 and "No incidents yet" in page.empty_label.text()


def test_first_run_creates_the_default_database_with_the_demo(monkeypatch, tmp_path):
    from casualtydb import db as dbmod
    from casualtydb.ui import app

    target = tmp_path / "data" / "casualtydb.db"
    monkeypatch.setattr(app, "default_path", lambda: target)
    monkeypatch.setattr(dbmod, "default_path", lambda: target)
    assert app.choose_database(None, "") == (None, True)
    monkeypatch.setattr(dbmod, "resolve_url", lambda db=None: dbmod.URL.create("sqlite", database=str(target)))
    target.parent.mkdir(parents=True)
    database = app.open_start_database(None, "")
    try:
        from casualtydb.stats import counts

        with database.session() as s:
            assert counts(s)["incidents"] == 4
        assert app.choose_database(None, "") == (None, False)  # second start: no demo again
        assert app.choose_database("/x.db", "") == ("/x.db", False)
    finally:
        database.dispose()


def test_moving_a_one_day_incident_moves_its_end(window, monkeypatch):
    """al-Hamidiya is a one-day incident (30 Oct): typing 31 Oct as its start moves the end too,
    so the save is not refused; an end that differs from the start is left alone."""
    window.open_record("incident", HAMIDIYA)
    settle()
    seen: dict[str, object] = {}

    def fake_exec(dialog: RecordDialog) -> int:
        start, end = dialog.fields["start_date"], dialog.fields["end_date"]
        assert start.value() == end.value() == date(2017, 10, 30)
        start.setFocus()
        start.selectAll()
        type_text(start, "2017-10-31")
        seen["end"] = end.value()
        end.set_value(date(2017, 11, 2))
        start.clear_value()
        type_text(start, "2017-11-01")
        seen["end_after"] = end.value()
        dialog.accept()
        settle()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    window.page("incident").edit_incident()
    settle()
    assert seen == {"end": date(2017, 10, 31), "end_after": date(2017, 11, 2)}
    detail = window.page("incident").detail
    assert (detail.start_date, detail.end_date) == (date(2017, 11, 1), date(2017, 11, 2))
