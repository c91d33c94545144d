"""The desktop app in a test: the real main window on a database, and letting its background
ops finish (shared by tests/ui and the PostgreSQL GUI tests)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from casualtydb.db import Database


def settle(rounds: int = 4, timeout: float = 60) -> None:
    """Let background ops finish and their callbacks run."""
    from casualtydb.ui.ops import wait_for_ops

    for _ in range(rounds):
        QApplication.processEvents()
        assert wait_for_ops(timeout), "a background operation did not finish"
        QApplication.processEvents()


def open_window(qtbot: Any, database: Database, settings: Any, lang: str = "en") -> Any:
    """The main window on `database`, shown at 1280×800 and settled."""
    from casualtydb.ui.app import build_window

    win = build_window(database, lang, settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    settle()
    return win
