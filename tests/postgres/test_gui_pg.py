"""The desktop app on a shared PostgreSQL server: every page opens and lists the demo data, an
edit saves, and a merge runs from the File menu's dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from casualtydb.db import Database, open_database
from casualtydb.demo import demo_id, load_demo
from casualtydb.models import Incident
from helpers.merging import FieldDb, add_report

pytestmark = [pytest.mark.postgres, pytest.mark.gui]


def settle() -> None:
    from casualtydb.ui.ops import wait_for_ops

    for _ in range(4):
        QApplication.processEvents()
        assert wait_for_ops(20), "a background operation did not finish"
        QApplication.processEvents()


@pytest.fixture
def pg_window(qapp, qtbot, pg_url: str, tmp_path: Path) -> Iterator:
    from casualtydb.ui.app import build_window
    from casualtydb.ui.ops import wait_for_ops
    from casualtydb.ui.settings import Settings

    database = open_database(pg_url)
    load_demo(database)
    win = build_window(database, "en", Settings.at(str(tmp_path / "settings.ini")))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    settle()
    yield win
    wait_for_ops(10)
    win.close()
    database.dispose()


def test_every_page_opens_on_postgresql(pg_window) -> None:
    assert "postgresql" in pg_window.windowTitle() or "postgresql" in pg_window.context.database.describe()
    for key, spec in pg_window.specs.items():
        if spec.order is None:
            continue
        pg_window.show_page(key)
        settle()
        assert pg_window.current_key == key
    incidents = pg_window.show_page("incidents")
    settle()
    assert incidents.model.rowCount() == 4


def test_merge_into_the_server_from_the_app(pg_window, field_db: FieldDb) -> None:
    from casualtydb.ui.merge_dialog import MergeDialog

    field = field_db("amal")
    add_report(field, user="amal", source="تنسيقية البوكمال", title="تقرير", incident="strike-sousa", killed=8)
    field.dispose()
    dialog = MergeDialog(pg_window.context, str(field.path), pg_window)
    dialog.start()
    settle()
    dialog.merge_button.click()
    settle()
    assert dialog.merged and dialog.summary.to_dict()["totals"]["added"] == 3
    database: Database = pg_window.context.database
    with database.session() as s:
        assert s.get(Incident, demo_id("incident:strike-sousa")) is not None
