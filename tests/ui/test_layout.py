"""The window at its default 1280×800 in both languages: the lists keep their rows and columns in
view (the Conflicts list once showed a row and a half, the incident list's Status and Grade were
off-screen), and a splitter the person moved comes back where they left it."""

from __future__ import annotations

import pytest

from helpers.gui import open_window, settle


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_lists_fit_the_default_window(qtbot, demo_db, ui_settings, lang) -> None:
    from casualtydb.demo import demo_id
    from casualtydb.demo_people import load_demo_people

    load_demo_people(demo_db)  # the People, person and matching pages with names in them
    win = open_window(qtbot, demo_db, ui_settings, lang)
    conflicts = win.show_page("conflicts")
    settle()
    table = conflicts.table
    assert table.model().rowCount() >= 3
    assert table.viewport().height() >= 6 * table.verticalHeader().defaultSectionSize()

    incidents = win.show_page("incidents")
    settle()
    view = incidents.table
    header = view.horizontalHeader()
    columns = [view.model().headerData(i, header.orientation()) for i in range(header.count())]
    grade = columns.index("Grade" if lang == "en" else "التصنيف")
    # The Grade column (after Status) ends inside the visible part of the list.
    right_edge = header.sectionViewportPosition(grade) + header.sectionSize(grade)
    left_edge = header.sectionViewportPosition(grade)
    assert 0 <= left_edge and right_edge <= view.viewport().width()
    nav = win.nav
    assert nav.width() <= 220, "the navigation is as wide as its titles, not more"
    for key in ("dashboard", "entry", "reports", "sources", "places", "actors", "duplicates", "exchange",
                "merge_conflicts", "search", "people", "matching"):
        win.show_page(key)
        settle()
        assert win.width() == 1280, f"the {key} page needs a wider window than the default"
    win.open_record("person", demo_id("person:h-khaled"))
    win.open_record("incident", demo_id("incident:strike-sousa-hospital"))
    win.pages["incident"].tabs.setCurrentIndex(3)
    settle()
    assert win.width() == 1280, "a person's page or an incident's people need a wider window than the default"


def test_a_moved_splitter_comes_back(qtbot, demo_db, ui_settings) -> None:
    win = open_window(qtbot, demo_db, ui_settings)
    page = win.show_page("conflicts")
    settle()
    split = page.table.parentWidget()
    sizes = split.sizes()
    split.moveSplitter(sizes[0] + 120, 1)  # what a drag of the divider does
    moved = split.sizes()[0]
    assert moved > sizes[0]
    qtbot.wait(600)  # the position is written once the drag stops
    win.close()
    again = open_window(qtbot, demo_db, ui_settings)
    page = again.show_page("conflicts")
    settle()
    assert page.table.parentWidget().sizes()[0] == moved
