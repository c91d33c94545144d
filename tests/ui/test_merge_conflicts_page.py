"""File › Merge another database… and the Merge conflicts page, driven like a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItemIterator

from casualtydb.db import Database, open_database
from casualtydb.demo import demo_id, load_demo
from casualtydb.models import Incident, Source
from helpers.merging import add_report

from .conftest import settle

pytestmark = pytest.mark.gui

SOUSA = demo_id("incident:strike-sousa")


@pytest.fixture
def field_file(tmp_path: Path, demo_db: Database) -> Path:
    """A field worker's database: a new report under a source the auditors also entered, and an
    edit of an incident the auditors edited too."""
    field = open_database(tmp_path / "amal.db")
    load_demo(field)
    add_report(field, user="amal", source="مرصد الفرات", source_en="Euphrates Monitor", title="تقرير أمل",
               incident="strike-sousa", killed=8)
    add_report(demo_db, user="audrey", source="مرصد  الفُرات", source_en="euphrates monitor", title="تقرير",
               incident="strike-hamidiya", killed=11)
    with demo_db.transaction(user="audrey") as s:
        s.get(Incident, SOUSA).description_en = "checked by the auditors"
    with field.transaction(user="amal") as s:
        s.get(Incident, SOUSA).description_en = "a family of six, per the hospital"
    field.dispose()
    return field.path


def _tree_texts(tree) -> list[tuple[str, str]]:
    out = []
    it = QTreeWidgetItemIterator(tree)
    while it.value():
        out.append((it.value().text(0), it.value().text(1)))
        it += 1
    return out


def test_merge_dialog_checks_first_then_merges(window, field_file: Path, demo_db: Database) -> None:
    from casualtydb.ui.merge_dialog import MergeDialog

    assert window.actions_by_id["file.merge_database"].isEnabled()
    dialog = MergeDialog(window.context, str(field_file), window)
    dialog.show()
    dialog.start()
    settle()
    texts = _tree_texts(dialog.tree)
    assert ("Added", "3") in texts and ("Conflicts (both versions kept)", "1") in texts
    assert dialog.merge_button.isEnabled() and not dialog.show_button.isVisible()
    with demo_db.session() as s:  # the check wrote nothing
        assert s.get(Incident, SOUSA).description_en == "checked by the auditors"
    dialog.merge_button.click()
    settle()
    assert dialog.merged and "Merged. Added 3" in dialog.status.text()
    assert dialog.show_button.isVisible()
    with demo_db.session() as s:
        assert s.get(Incident, SOUSA).description_en == "a family of six, per the hospital"  # newer
    shown = []
    window.context.bus.sig_show_page.connect(lambda key, arg: shown.append(key))
    dialog.sig_show_conflicts.connect(lambda: window.context.bus.sig_show_page.emit("merge_conflicts", None))
    dialog.show_button.click()
    settle()
    assert shown == ["merge_conflicts"]


def test_merge_dialog_refuses_a_damaged_bundle(window, tmp_path: Path) -> None:
    from casualtydb.ui.merge_dialog import MergeDialog

    bad = tmp_path / "cut.cdbx"
    bad.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    dialog = MergeDialog(window.context, str(bad), window)
    dialog.show()
    dialog.start()
    settle()
    assert "damaged or incomplete" in dialog.status.text()
    assert not dialog.merge_button.isEnabled()


def _merge(window, path: Path) -> None:
    from casualtydb.ui.merge_dialog import MergeDialog

    dialog = MergeDialog(window.context, str(path), window)
    dialog.start()
    settle()
    dialog.merge_button.click()
    settle()


def test_conflicts_page_settles_a_conflict(window, field_file: Path, demo_db: Database, qtmodeltester) -> None:
    _merge(window, field_file)
    window.show_page("merge_conflicts")
    settle()
    page = window.page("merge_conflicts")
    assert page.conflicts_model.rowCount() == 1
    qtmodeltester.check(page.conflicts_model)
    assert page.tabs.tabText(0) == "Conflicts (1)" and page.tabs.tabText(1) == "Proposed matches (1)"
    diff = page.diff_model
    assert diff.rowCount() == 1
    qtmodeltester.check(diff)
    assert [diff.index(0, c).data() for c in range(3)] == [
        "Description (English)", "checked by the auditors", "a family of six, per the hospital"]
    assert page.conflicts_model.index(0, page.conflicts_model.COL_STATE).data() == "has the other version"
    page.keep_local.click()
    settle()
    with demo_db.session() as s:
        assert s.get(Incident, SOUSA).description_en == "checked by the auditors"
    assert page.conflicts_model.rowCount() == 0 and page.tabs.tabText(0) == "Conflicts (0)"
    page.show_settled.setChecked(True)
    settle()
    assert page.conflicts_model.index(0, page.conflicts_model.COL_STATE).data() == "settled: this database's version"
    assert not page.keep_local.isEnabled()


def test_conflicts_page_confirms_a_match(window, field_file: Path, demo_db: Database, qtmodeltester) -> None:
    _merge(window, field_file)
    window.show_page("merge_conflicts")
    settle()
    page = window.page("merge_conflicts")
    page.tabs.setCurrentIndex(1)
    assert page.matches_model.rowCount() == 1
    qtmodeltester.check(page.matches_model)
    assert page.matches_model.index(0, page.matches_model.COL_REASON).data() == "same Arabic name"
    match = page.matches_model.rows[0]
    page.same_keep_here.click()
    settle()
    assert page.matches_model.rowCount() == 0
    with demo_db.session() as s:
        assert s.get(Source, match.remote_id) is None
        assert "مرصد الفرات" in s.get(Source, match.local_id).aliases


def test_page_in_arabic_is_right_to_left(window, field_file: Path) -> None:
    from casualtydb.ui.i18n import install_language

    _merge(window, field_file)
    install_language(QApplication.instance(), "ar")
    window.show_page("merge_conflicts")
    settle()
    page = window.page("merge_conflicts")
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.tabs.tabText(0) != "Conflicts (1)"  # translated
