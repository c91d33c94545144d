"""The Conflicts and Duplicates pages driven like a user would, on the demo database: the demo's
three conflicts worst first, claims side by side, reconciling (Arabic rationale) and undoing it;
the two al-Sousa strikes merged, unmerged and dismissed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from casualtydb.db import Database
from casualtydb.demo import demo_id
from casualtydb.models import Assessment, Incident, IncidentFigure, Place

from .conftest import settle, type_text

pytestmark = pytest.mark.gui

HAMIDIYA = demo_id("incident:strike-hamidiya")
SOUSA = demo_id("incident:strike-sousa")
HOSPITAL = demo_id("incident:strike-sousa-hospital")


def _conflicts(window):
    window.show_page("conflicts")
    settle(6)
    return window.page("conflicts")


def test_demo_conflicts_worst_first_with_claims_side_by_side(window, qtmodeltester) -> None:
    page = _conflicts(window)
    model = page.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    settle()  # the rows the tester asked for are read in a worker; their cells fill when they arrive
    severities = [model.index(r, model.COL_SEVERITY).data() for r in range(3)]
    assert severities == ["30 %", "22 %", "17 %"]
    assert "3 open conflicts" in page.summary.text()
    row = model.row_of((HAMIDIYA, "killed", "civilians"))
    assert row == 1
    page.table.selectRow(row)
    settle()
    claims = page.claims_model
    qtmodeltester.check(claims)
    assert claims.rowCount() == 5
    texts = {claims.index(r, claims.COL_SOURCE).data(): claims.index(r, claims.COL_INDEPENDENCE).data()
             for r in range(4)}
    assert texts["Deir ez-Zor Now page (fictional, demo)"] == "relays Horriya Press: not independent"
    assert texts["Horriya Press"] == "independent"
    earlier = claims.index(4, claims.COL_INDEPENDENCE).data()
    assert earlier == "earlier figure (revised)" and claims.index(4, claims.COL_FIGURE).data() == "5"
    assert not (claims.flags(claims.index(4, claims.COL_RELIED)) & Qt.ItemFlag.ItemIsUserCheckable)
    assert [p.low for p in page.chart.points] == [5, 7, 7, 9, 7]  # in time order, revision included
    assert (page.low.value(), page.best.value(), page.high.value()) == (7, 7, 9)


def test_reconcile_then_undo_from_the_page(window, demo_db: Database) -> None:
    page = _conflicts(window)
    page.table.selectRow(page.model.row_of((SOUSA, "killed", "civilians")))
    settle()
    claims = page.claims_model
    monitor = next(r for r in range(claims.rowCount()) if claims.claims[r].source_en.startswith("Witness"))
    claims.setData(claims.index(monitor, claims.COL_RELIED), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    page.low.set_value(5)
    page.best.set_value(6)
    page.high.set_value(6)
    page.record_button.click()  # no rationale yet: refused with a message, nothing written
    settle()
    assert "rationale is required" in page.error_label.text()
    page.rationale.setFocus()
    type_text(page.rationale, "المرصد يذكر ستة أسماء")
    page.record_button.click()
    settle(6)
    with demo_db.session() as s:
        a = s.scalars(select(Assessment)).one()
        assert (a.low, a.best, a.high, a.rationale) == (5, 6, 6, "المرصد يذكر ستة أسماء")
        assert [c.id for c in a.claims] == [demo_id("claim:m-killed-sousa")]
        fig = s.scalars(select(IncidentFigure).where(IncidentFigure.incident_id == SOUSA,
                                                     IncidentFigure.victim_group == "civilians")).one()
        assert fig.status == "reconciled"
    # the reconciled conflict stays in view, greyed, until the person moves on
    row = page.model.row_of((SOUSA, "killed", "civilians"))
    assert page.model.rowCount() == 3 and page.table.currentIndex().row() == row
    assert page.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color() == QColor(Qt.GlobalColor.gray)
    page.table.selectRow(0 if row else 1)
    settle(6)
    assert page.model.rowCount() == 2  # no longer open
    page.include_reconciled.setChecked(True)
    settle(6)
    assert page.model.rowCount() == 3
    page.table.selectRow(page.model.row_of((SOUSA, "killed", "civilians")))
    settle()
    assert page.withdraw_button.isEnabled() and "monitor" not in page.assessment_label.text()
    page.withdraw_button.click()
    settle(6)
    with demo_db.session() as s:
        assert s.scalars(select(Assessment)).one().withdrawn_at is not None
    page.include_reconciled.setChecked(False)
    settle(6)
    assert page.model.rowCount() == 3


def test_figures_out_of_order_are_refused_in_the_interface_language(window) -> None:
    page = _conflicts(window)
    page.low.set_value(9)
    page.best.set_value(7)
    page.high.set_value(9)
    type_text(page.rationale, "x")
    page.record_button.click()
    settle()
    assert page.error_label.text() == "The figures must satisfy low ≤ best ≤ high."


def test_duplicates_merge_unmerge_and_dismiss(window, demo_db: Database, qtmodeltester) -> None:
    window.show_page("duplicates")
    settle(6)
    page = window.page("duplicates")
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    assert page.keep_buttons[0].isChecked() and "2 reports" in page.keep_buttons[0].text()
    assert "same day" in page.reasons.text()
    page.merge_button.click()
    settle(6)
    with demo_db.session() as s:
        assert s.get(Incident, HOSPITAL).merged_into_id == SOUSA
    assert page.model.rowCount() == 0 and page.unmerge_button.isVisible()
    page.unmerge_button.click()
    settle(6)
    with demo_db.session() as s:
        assert s.get(Incident, HOSPITAL).merged_into_id is None
    assert page.model.rowCount() == 1 and not page.unmerge_button.isVisible()
    page.keep_buttons[1].setChecked(True)  # keep the hospital's record instead
    page.merge_button.click()
    settle(6)
    with demo_db.session() as s:
        assert s.get(Incident, SOUSA).merged_into_id == HOSPITAL
    page.unmerge_button.click()
    settle(6)
    page.note.setText("two strikes on the same village")
    page.dismiss_button.click()
    settle(6)
    assert page.model.rowCount() == 0
    assert "No possible duplicates" in page.empty.text()


def test_pages_in_arabic(window) -> None:
    from casualtydb.ui.i18n import install_language
    from PySide6.QtWidgets import QApplication

    install_language(QApplication.instance(), "ar")
    settle()
    page = _conflicts(window)
    assert page.heading.text() == "التعارضات"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "الفجوة"


def test_grade_suggested_and_recorded_from_the_page(window, demo_db: Database) -> None:
    from casualtydb.models import Grade

    page = _conflicts(window)
    page.table.selectRow(page.model.row_of((HAMIDIYA, "killed", "civilians")))
    settle()
    assert "suggested <b>fair</b>" in page.grade_label.text()
    assert "3 credible independent sources" in page.grade_label.text()
    page.grade_combo.setCurrentIndex(page.grade_combo.findData(Grade.CONTESTED))
    page.grade_button.click()
    settle(6)
    with demo_db.session() as s:
        inc = s.get(Incident, HAMIDIYA)
        assert (inc.grade, inc.grade_accepted_by) == (Grade.CONTESTED, "tester")
    assert "Recorded: <b>contested</b>" in page.grade_label.text()


def _active(demo_db: Database) -> list[Assessment]:
    with demo_db.session() as s:
        return list(s.scalars(select(Assessment).where(Assessment.withdrawn_at.is_(None))))


def test_reconcile_and_merge_are_steps_of_edit_undo_and_redo(window, demo_db: Database) -> None:
    page = _conflicts(window)
    page.table.selectRow(page.model.row_of((SOUSA, "killed", "civilians")))
    settle()
    page.low.set_value(5)
    page.best.set_value(6)
    page.high.set_value(7)
    page.rationale.setPlainText("two lists agree on six")
    page.record_button.click()
    settle(6)
    assert [(a.low, a.best, a.high) for a in _active(demo_db)] == [(5, 6, 7)]
    undo, redo = window.actions_by_id["edit.undo"], window.actions_by_id["edit.redo"]
    assert undo.text() == "&Undo reconcile"
    undo.trigger()
    settle(6)
    assert _active(demo_db) == []  # withdrawn, kept in the history
    redo.trigger()
    settle(6)
    again = _active(demo_db)
    assert [(a.low, a.best, a.high, a.rationale) for a in again] == [(5, 6, 7, "two lists agree on six")]
    # a withdrawal is a step too: undoing it records the same assessment again
    page.include_reconciled.setChecked(True)
    settle(6)
    page.table.selectRow(page.model.row_of((SOUSA, "killed", "civilians")))
    settle()
    page.withdraw_button.click()
    settle(6)
    assert _active(demo_db) == []
    undo.trigger()
    settle(6)
    assert [(a.low, a.best, a.high) for a in _active(demo_db)] == [(5, 6, 7)]

    window.show_page("duplicates")
    settle(6)
    duplicates = window.page("duplicates")
    duplicates.merge_button.click()
    settle(6)
    with demo_db.session() as s:
        assert s.get(Incident, HOSPITAL).merged_into_id == SOUSA
    assert undo.text() == "&Undo merge incidents"
    undo.trigger()
    settle(6)
    with demo_db.session() as s:
        assert s.get(Incident, HOSPITAL).merged_into_id is None
    redo.trigger()
    settle(6)
    with demo_db.session() as s:
        assert s.get(Incident, HOSPITAL).merged_into_id == SOUSA


def test_history_names_the_place_added_and_merges_tell_the_incidents_apart(window, demo_db: Database) -> None:
    from casualtydb.services import editing as service

    with demo_db.transaction(user="tester") as s:
        values = service.record_values("incident", SOUSA, session=s)
        extra = s.scalars(select(Place).where(Place.name_en == "Al-Hamidiya")).one()
        places = values["places"] + [(extra.id, values["places"][0][1], False)]
        service.update_record("incident", SOUSA, {"places": places}, session=s)
    window.open_record("incident", SOUSA)
    settle()
    history = window.page("incident").history
    texts = [history.item(r, 3).text() for r in range(history.rowCount())]
    assert any("Place: \u2068Al-Hamidiya\u2069" in t for t in texts), texts
    window.show_page("duplicates")
    settle(6)
    duplicates = window.page("duplicates")
    duplicates.merge_button.click()
    settle(6)
    text = duplicates.merged_label.text()
    kept, absorbed = duplicates.last_merge
    assert f"\u2068{str(kept)[:8]}\u2069" in text and f"\u2068{str(absorbed)[:8]}\u2069" in text
