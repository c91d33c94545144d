"""The People list, a person's page, the matching page and an incident's people, on the demo with
its fictional named victims (casualtydb/demo_people.py): lazy SQL list with filters, mentions side
by side, merge / not the same / undo through ops, and names against figures."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from casualtydb.db import Database
from casualtydb.demo import demo_id
from casualtydb.demo_people import load_demo_people
from casualtydb.models import Mention, Person, PersonDismissal, PersonMerge
from casualtydb.victims import decisions
from helpers.gui import open_window, settle


@pytest.fixture
def people_db(demo_db: Database) -> Database:
    load_demo_people(demo_db)
    return demo_db


def _state(db: Database) -> tuple[dict, dict, int]:
    """Who each mention belongs to, who is merged into whom, and the not-same decisions."""
    with db.session() as s:
        owners = dict(s.execute(select(Mention.id, Mention.person_id)).tuples().all())
        merged = dict(s.execute(select(Person.id, Person.merged_into_id)).tuples().all())
        dismissals = len(s.scalars(select(PersonDismissal.id)).all())
    return owners, merged, dismissals


def test_people_list_model_sorts_and_filters_in_sql(qtmodeltester, people_db) -> None:
    from casualtydb.queries import people as q
    from casualtydb.ui.models.lazy import RecordTableModel
    from casualtydb.ui.pages.people import COLUMNS

    model = RecordTableModel(people_db, COLUMNS, q.person_ids, q.person_rows, count=q.person_count, lang="en",
                             background=False)
    model.set_query(q.PersonFilters(), "name", False)
    assert model.rowCount() == 18
    qtmodeltester.check(model)
    for col, column in enumerate(COLUMNS):
        model.sort(col, Qt.SortOrder.DescendingOrder)
        assert model.order_by == column.sort_key and model.rowCount() == 18
    # Any spelling: "Fatima" finds «فاطمة» and «فاطمه» as well (the names' skeletons)
    model.set_query(q.PersonFilters(text="Fatima"), "name", False)
    names = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert names == {"فاطمة علي الحمد", "Fatima Ali Al-Hamad", "فاطمه علي الحمد"}
    model.set_query(q.PersonFilters(fate=q.Fate.INJURED), "name", False)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Yasser Saleh al-Omar"]
    model.set_query(q.PersonFilters(text="demo-m-omar"), "name", False)  # a list's mention id
    assert model.rowCount() == 1
    model.set_query(q.PersonFilters(text="nobody-here"), "name", False)
    assert model.rowCount() == 0


def test_people_page_lists_and_opens_a_person(qtbot, people_db, ui_settings) -> None:
    win = open_window(qtbot, people_db, ui_settings)
    page = win.show_page("people")
    settle()
    assert page.count_label.text() == "18 persons"
    page.filter_bar.text.setText("Khaled Hussein")
    page.apply_filters()
    settle()
    assert page.model.rowCount() == 2  # «خالد حسين العبدالله», "Khaled Hussein al-Abdullah" (not «خالد العبدالله»)
    page.table.selectRow(0)
    page.open_selected()
    settle()
    person = win.pages["person"]
    assert win.current_key == "person" and person.heading.text()
    assert person.mentions.columnCount() == 1
    win.show_page("<back>")
    assert win.current_key == "people"


def test_person_page_shows_mentions_side_by_side_and_undoes_a_merge(qtbot, people_db, ui_settings) -> None:
    kept, absorbed = demo_id("person:h-khaled"), demo_id("person:m-khaled")
    before = _state(people_db)
    with people_db.transaction(context="merge persons") as s:
        decisions.merge(s, kept, absorbed)
    win = open_window(qtbot, people_db, ui_settings)
    win.open_record("person", kept)
    settle()
    page = win.pages["person"]
    assert page.mentions.columnCount() == 2
    rows = [page.mentions.verticalHeaderItem(r).text() for r in range(page.mentions.rowCount())]
    assert rows[0] == "Name as written" and "Mention id" in rows and "Incident" in rows
    age = rows.index("Age")
    assert {page.mentions.item(age, c).text() for c in range(2)} == {"44", "45"}
    assert page.mentions.item(age, 0).font().bold()  # the mentions disagree on the age
    assert page.history.rowCount() == 1 and not page.unmerge_button.isEnabled()
    page.history.selectRow(0)
    assert page.unmerge_button.isEnabled()
    page.unmerge_button.click()
    settle()
    assert _state(people_db) == before
    assert page.mentions.columnCount() == 1  # the page followed the change
    assert win.context.undo_stack.count() == 1


def test_split_off_a_mention_from_the_person_page(qtbot, people_db, ui_settings) -> None:
    kept = demo_id("person:h-omar")
    with people_db.transaction(context="merge persons") as s:
        decisions.merge(s, kept, demo_id("person:m-omar"))
        decisions.merge(s, kept, demo_id("person:p-omar"))
    win = open_window(qtbot, people_db, ui_settings)
    win.open_record("person", kept)
    settle()
    page = win.pages["person"]
    assert page.mentions.columnCount() == 3 and not page.split_button.isEnabled()
    page.mentions.selectColumn(2)
    assert page.split_button.isEnabled() and page.incident_button.isEnabled()
    moved = page.selected_mentions()[0].id
    page.split_button.click()
    settle()
    with people_db.session() as s:
        owner = s.get(Mention, moved).person_id
        assert owner != kept and s.scalar(select(Mention.id).where(Mention.person_id == owner)) == moved
    assert page.person_id == owner


def test_matching_merge_and_undo_restore_the_state(qtbot, qtmodeltester, people_db, ui_settings) -> None:
    from casualtydb.ui.undo import step_back, step_forward

    before = _state(people_db)
    win = open_window(qtbot, people_db, ui_settings)
    page = win.show_page("matching")
    settle()
    model = page.model
    assert model.rowCount() >= 10
    qtmodeltester.check(model)
    scores = [c.score for c in model.candidates]
    assert scores == sorted(scores, reverse=True)
    assert "given name agrees" in model.index(0, model.COL_REASONS).data()
    pair = page.pair
    assert pair is not None and page.browsers[0].toPlainText() and page.browsers[1].toPlainText()
    page.merge_button.click()
    settle()
    after = _state(people_db)
    assert after != before
    assert {after[1][pair.a], after[1][pair.b]} - {None} and page.undo_button.isVisible()
    assert all((pair.a, pair.b) != (c.a, c.b) for c in model.candidates)  # the pair is gone from the list
    page.undo_button.click()
    settle()
    assert _state(people_db) == before
    # Edit › Undo and Redo replay the same decisions (the stack holds the merge and its undo)
    assert win.context.undo_stack.count() == 2
    step_back(win.context)
    settle()
    assert _state(people_db) == after
    step_back(win.context)
    settle()
    assert _state(people_db) == before
    step_forward(win.context)
    settle()
    assert _state(people_db) == after
    with people_db.session() as s:
        assert len(s.scalars(select(PersonMerge.id)).all()) == 3  # every step kept in the history


def test_not_the_same_is_recorded_and_undone(qtbot, people_db, ui_settings) -> None:
    win = open_window(qtbot, people_db, ui_settings)
    page = win.show_page("matching")
    settle()
    n = page.model.rowCount()
    pair = page.pair
    page.not_same_button.click()
    settle()
    assert _state(people_db)[2] == 1 and page.model.rowCount() == n - 1
    assert all((pair.a, pair.b) != (c.a, c.b) for c in page.model.candidates)
    page.undo_button.click()
    settle()
    assert _state(people_db)[2] == 0 and page.model.rowCount() == n


def test_matching_reasons_in_arabic(qtbot, people_db, ui_settings) -> None:
    win = open_window(qtbot, people_db, ui_settings, "ar")
    page = win.show_page("matching")
    settle()
    reasons = page.model.index(0, page.model.COL_REASONS).data()
    assert "given name" not in reasons and "الاسم" in reasons
    assert page.merge_button.text().replace("&", "") == "الشخص نفسه"


def test_incident_page_lists_its_people_against_its_figures(qtbot, people_db, ui_settings) -> None:
    from casualtydb.crossref import refresh_incidents

    with people_db.transaction() as s:
        refresh_incidents(session=s, incident_ids=[demo_id("incident:strike-sousa-hospital")])
    win = open_window(qtbot, people_db, ui_settings)
    win.open_record("incident", demo_id("incident:strike-sousa-hospital"))
    settle()
    page = win.pages["incident"]
    tab = page.people_tab
    assert tab.table.rowCount() == 5
    assert page.tabs.tabText(3) == "People (5)"
    text = tab.against.text()
    assert "killed: 4 reported (best), 5 named — more named than the highest figure reported (4)" in text
    assert "injured: 8 reported (best), 0 named" in text
    tab.table.selectRow(0)
    tab.open_person()
    assert win.current_key == "person"


def test_conflicts_page_shows_more_names_than_figures(qtbot, people_db, ui_settings) -> None:
    win = open_window(qtbot, people_db, ui_settings)
    page = win.show_page("conflicts")
    settle()
    assert page.over_named.isVisible()
    text = page.over_named.text()
    assert "2 incident figures with more people named than reported" in text
    assert f"incident:{demo_id('incident:strike-sousa-hospital')}" in text
    assert "killed: 5 named, at most 4 reported" in text
    page.on_over_named_link(f"incident:{demo_id('incident:strike-sousa-hospital')}")
    assert win.current_key == "incident"
    # Merged as one person each, the al-Sousa strike's names no longer outnumber its figures
    with people_db.transaction(context="merge persons") as s:
        for key in ("khaled", "fatima", "omar"):
            decisions.merge(s, demo_id(f"person:h-{key}"), demo_id(f"person:m-{key}"))
    page.reload()  # written outside the window: nothing told the page
    settle()
    assert "1 incident figure with more people named" in page.over_named.text()


def test_a_page_for_a_person_that_is_gone(qtbot, people_db, ui_settings) -> None:
    win = open_window(qtbot, people_db, ui_settings)
    win.open_record("person", uuid.uuid4())
    settle()
    assert win.pages["person"].heading.text() == "This person no longer exists."
