"""The first start's screen: language offered and switched live (Arabic right-to-left), the
passphrase asked for by default and checked, the demo chosen already but an empty database
possible; and what open_start_database does with those choices."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casualtydb import sqlite_specific

pytestmark = pytest.mark.gui

SECRET = "four words of passphrase"


@pytest.fixture
def dialog(qtbot, tmp_path: Path):
    from casualtydb.ui.first_start import FirstStartDialog
    from casualtydb.ui.i18n import install_language

    app = QApplication.instance()
    install_language(app, "ar")
    d = FirstStartDialog(None, tmp_path / "casualtydb.db", "ar", lambda code: install_language(app, code))
    qtbot.addWidget(d)
    d.show()
    return d


def test_it_opens_in_the_given_language_and_switches_live(dialog) -> None:
    assert dialog.language.currentData() == "ar"
    assert dialog.windowTitle() == "مرحبًا بك في casualtydb"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.protect_box.title().startswith("ا") and "العرض" in dialog.demo.text()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.windowTitle() == "Welcome to casualtydb"
    assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.demo.text().startswith("The &demo data")


def test_the_passphrase_is_asked_and_checked_and_the_demo_chosen_already(dialog) -> None:
    assert dialog.protect_box.isChecked() and dialog.demo.isChecked()
    dialog.field.setText("short")
    dialog.again.setText("short")
    dialog.accept()
    assert dialog.isVisible() and dialog.choice() is None and "٨" in dialog.error.text()
    dialog.field.setText(SECRET)
    dialog.again.setText(SECRET + "!")
    dialog.accept()
    assert dialog.choice() is None and dialog.error.text() == "عبارتا المرور مختلفتان."
    dialog.again.setText(SECRET)
    dialog.accept()
    choice = dialog.choice()
    assert (choice.passphrase, choice.demo, choice.language) == (SECRET, True, "ar")
    assert SECRET not in repr(choice) and dialog.field.text() == ""


def test_unprotected_and_empty_is_said_plainly(dialog) -> None:
    dialog.protect_box.setChecked(False)
    assert "لا تُدخل حالات حقيقية" in dialog.protect_note.text()
    dialog.empty.setChecked(True)
    dialog.accept()
    choice = dialog.choice()
    assert (choice.passphrase, choice.demo) == (None, False)


def test_an_empty_first_database_gets_no_demo(monkeypatch, tmp_path: Path) -> None:
    from casualtydb import db as dbmod
    from casualtydb.stats import counts
    from casualtydb.ui import app
    from casualtydb.ui.first_start import NewDatabase

    target = tmp_path / "data" / "casualtydb.db"
    target.parent.mkdir(parents=True)
    monkeypatch.setattr(app, "default_path", lambda: target)
    monkeypatch.setattr(dbmod, "default_path", lambda: target)
    database = app.open_start_database(None, "", ask_new=lambda p: NewDatabase(None, demo=False))
    try:
        with database.session() as s:
            assert counts(s)["incidents"] == 0 and counts(s)["places"] > 300  # reference data, no demo
    finally:
        database.dispose()
    assert sqlite_specific.is_plain_file(target)
    with pytest.raises(app.StartCancelled):
        target.unlink()
        app.open_start_database(None, "", ask_new=lambda p: None)
    assert not target.exists()


def test_run_shows_the_screen_first_and_keeps_what_was_chosen(qapp, monkeypatch) -> None:
    """The real start (`casualtydb gui` with no database yet): the screen, then the main window on
    the new empty database, in the language switched to on the screen, kept for the next start."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    from casualtydb.db import default_path
    from casualtydb.stats import counts
    from casualtydb.ui import app
    from casualtydb.ui.first_start import FirstStartDialog
    from casualtydb.ui.i18n import install_language
    from casualtydb.ui.main_window import MainWindow
    from casualtydb.ui.settings import Settings

    monkeypatch.delenv("CASUALTYDB_PASSPHRASE_FILE", raising=False)
    assert not default_path().exists()
    seen: dict[str, object] = {}

    def drive() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, FirstStartDialog) and w.isVisible() and "offered" not in seen:
                seen["offered"] = w.language.currentData()
                seen["chosen"] = "ar" if seen["offered"] == "en" else "en"
                w.language.setCurrentIndex(w.language.findData(seen["chosen"]))
                w.protect_box.setChecked(False)
                w.empty.setChecked(True)
                w.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            elif isinstance(w, MainWindow) and w.isVisible():
                seen["window_lang"] = w.lang
                timer.stop()
                w.close()

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(50)
    settings = Settings()
    try:
        assert app.run() == 0
        assert seen["window_lang"] == seen["chosen"] and Settings().language == seen["chosen"]
    finally:
        settings.language = ""
        install_language(qapp, "en")
    database = app.open_start_database(None, "")
    try:
        with database.session() as s:
            assert counts(s)["incidents"] == 0
    finally:
        database.dispose()
