"""Fixtures of the desktop-app tests: a main window on a real SQLite file, settings in a
temporary file, and the app language restored to English after each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from casualtydb.db import Database
from helpers.gui import open_window, settle

__all__ = ["open_window", "settle", "type_text"]


@pytest.fixture
def ui_settings(tmp_path: Path):
    from casualtydb.ui.settings import Settings

    return Settings.at(str(tmp_path / "settings.ini"))


@pytest.fixture
def window(qapp, qtbot, demo_db: Database, ui_settings) -> Iterator:
    from casualtydb.ui.ops import wait_for_ops

    yield open_window(qtbot, demo_db, ui_settings)
    wait_for_ops(10)


@pytest.fixture(autouse=True)
def _english_afterwards(qapp) -> Iterator[None]:
    yield
    from casualtydb.ui.i18n import install_language
    from casualtydb.ui.ops import wait_for_ops

    wait_for_ops(10)
    install_language(qapp, "en")


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Arabic included (QTest.keyClicks aborts on non-ASCII characters)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
