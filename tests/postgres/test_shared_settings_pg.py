"""Two app sessions on one PostgreSQL database: the conflict tolerance set in one is what the
other uses and shows, with who set it; the other's rescan does not change it back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import make_url

from casualtydb.crossref.settings import get_tolerance
from casualtydb.db import open_database
from casualtydb.demo import load_demo
from casualtydb.ui.settings_dialog import SettingsDialog

from helpers.gui import open_window, settle

pytestmark = [pytest.mark.postgres, pytest.mark.gui]


def _window(qtbot, url: str, settings_path: Path):
    from casualtydb.ui.settings import Settings

    return open_window(qtbot, open_database(url), Settings.at(str(settings_path)))


@pytest.fixture
def two_windows(qapp, qtbot, pg_url: str, tmp_path: Path) -> Iterator:
    database = open_database(pg_url)
    load_demo(database)
    database.dispose()
    first = _window(qtbot, pg_url, tmp_path / "first.ini")
    second = _window(qtbot, pg_url, tmp_path / "second.ini")
    yield first, second
    for win in (first, second):
        settle()
        win.close()
        win.context.database.dispose()


def test_tolerance_set_in_one_session_is_seen_with_who_in_the_other(two_windows, monkeypatch) -> None:
    first, second = two_windows
    login = make_url(first.context.database.url).username

    def set_25(dialog: SettingsDialog) -> int:
        dialog.tolerance.setValue(25)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", set_25)
    first.open_settings()
    settle()

    page = second.show_page("conflicts")
    page.reload()
    settle()
    assert "±25 %" in page.summary.text() and f"set by \u2068{login}\u2069" in page.summary.text()
    page.rescan()  # the other auditor's rescan uses the database's value, never a personal one
    settle()
    with second.context.database.session() as s:
        assert get_tolerance(session=s) == 0.25

    seen: dict[str, str] = {}

    def look(dialog: SettingsDialog) -> int:
        seen["tolerance"] = dialog.tolerance.text()
        seen["origin"] = _origin(dialog)
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", look)
    second.open_settings()
    settle()
    assert seen["tolerance"].startswith("25") and login in seen["origin"]


def _origin(dialog: SettingsDialog) -> str:
    from PySide6.QtWidgets import QLabel

    return dialog.findChild(QLabel, "origin_tolerance").text()
