"""Encryption in the app: the passphrase dialog (wrong passphrase said inside it, a new one typed
twice), the first run's choice, locking on idle and on Lock now (key dropped, nothing typed
lost, dialogs back after unlocking)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from casualtydb import sqlite_specific
from casualtydb.db import Database, open_database
from casualtydb.demo import load_demo
from casualtydb.services.drafts import DraftStore

from .conftest import open_window, settle, type_text

pytestmark = pytest.mark.gui

SECRET = "كلمة سر طويلة للاختبار"


@pytest.fixture
def encrypted_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "field.db", passphrase=SECRET, encrypt_new=True)
    load_demo(database)
    yield database
    database.dispose()


@pytest.fixture
def enc_window(qapp, qtbot, encrypted_db: Database, ui_settings) -> Iterator:
    from casualtydb.ui.ops import wait_for_ops

    yield open_window(qtbot, encrypted_db, ui_settings)
    wait_for_ops(10)


def test_the_dialog_says_a_wrong_passphrase_and_stays_open(qapp, qtbot, encrypted_db: Database) -> None:
    from casualtydb.ui.passphrase_dialog import PassphraseDialog

    path = encrypted_db.path
    dialog = PassphraseDialog(None, str(path), check=lambda s: sqlite_specific.check_key(path, s))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.field, "not the passphrase")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible() and "Wrong passphrase" in dialog.error.text()
    assert dialog.passphrase() is None
    dialog.field.clear()
    type_text(dialog.field, SECRET)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.passphrase() == SECRET
    assert dialog.field.text() == ""  # cleared once done


def test_a_new_passphrase_is_typed_twice_and_long_enough(qapp, qtbot) -> None:
    from casualtydb.ui.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(None, "new.db", new=True, allow_plain=True)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.field, "short")
    dialog.accept()
    assert "at least 8" in dialog.error.text() and dialog.isVisible()
    dialog.field.clear()
    type_text(dialog.field, SECRET)
    type_text(dialog.again, SECRET + "x")
    dialog.accept()
    assert "differ" in dialog.error.text() and dialog.isVisible()
    dialog.again.clear()
    type_text(dialog.again, SECRET)
    dialog.accept()
    assert dialog.passphrase() == SECRET and not dialog.plain
    plain = PassphraseDialog(None, "new.db", new=True, allow_plain=True)
    qtbot.addWidget(plain)
    plain.show()
    plain.plain_button.click()
    assert plain.plain and plain.passphrase() is None and plain.result() == QDialog.DialogCode.Accepted


def test_first_run_encrypts_the_new_database_with_the_chosen_passphrase(monkeypatch, tmp_path: Path) -> None:
    from casualtydb import db as dbmod
    from casualtydb.ui import app
    from casualtydb.ui.first_start import NewDatabase

    target = tmp_path / "data" / "casualtydb.db"
    target.parent.mkdir(parents=True)
    monkeypatch.setattr(app, "default_path", lambda: target)
    monkeypatch.setattr(dbmod, "default_path", lambda: target)
    asked: list[Path] = []
    database = app.open_start_database(None, "", ask_new=lambda p: (asked.append(p), NewDatabase(SECRET))[1])
    try:
        assert asked == [target] and database.encrypted
    finally:
        database.dispose()
    assert not sqlite_specific.is_plain_file(target)
    # The next start asks for it; cancelling opens nothing.
    with pytest.raises(app.StartCancelled):
        app.open_start_database(None, "", ask=lambda p: None)
    again = app.open_start_database(None, "", ask=lambda p: SECRET)
    try:
        from casualtydb.stats import counts

        with again.session() as s:
            assert counts(s)["incidents"] == 4
    finally:
        again.dispose()


def test_first_run_may_stay_unencrypted_when_the_user_says_so(monkeypatch, tmp_path: Path) -> None:
    from casualtydb import db as dbmod
    from casualtydb.ui import app
    from casualtydb.ui.first_start import NewDatabase

    target = tmp_path / "data" / "casualtydb.db"
    target.parent.mkdir(parents=True)
    monkeypatch.setattr(app, "default_path", lambda: target)
    monkeypatch.setattr(dbmod, "default_path", lambda: target)
    database = app.open_start_database(None, "", ask_new=lambda p: NewDatabase(None))
    database.dispose()
    assert sqlite_specific.is_plain_file(target)


def test_lock_now_drops_the_key_and_keeps_what_was_typed(enc_window, qtbot, encrypted_db: Database) -> None:
    win = enc_window
    entry = win.show_page("entry")
    settle()
    entry.published.set_value(date(2017, 10, 30))
    entry.text.setFocus()
    type_text(entry.text, "استشهد ثلاثة مدنيين")
    assert entry._draft_timer.isActive()  # not yet written: the debounce is running
    other = QMessageBox(win)
    other.setText("an open dialog")
    other.show()
    win.actions_by_id["file.lock"].trigger()
    assert win.lock.locked and encrypted_db.locked and encrypted_db.passphrase is None
    assert win.central.currentWidget() is win.lock.page and not other.isVisible()
    assert not win.menuBar().isEnabled() and not win.actions_by_id["file.quit"].isEnabled()
    with pytest.raises(Exception, match="locked"):
        DraftStore(encrypted_db).list()
    # Wrong, then right.
    type_text(win.lock.page.field, "wrong passphrase")
    win.lock.page.unlock_button.click()
    assert win.lock.locked and "Wrong passphrase" in win.lock.page.error.text()
    assert win.lock.page.field.text() == ""
    type_text(win.lock.page.field, SECRET)
    win.lock.page.unlock_button.click()
    settle()
    assert not win.lock.locked and not encrypted_db.locked
    assert win.central.currentIndex() == 0 and other.isVisible() and win.menuBar().isEnabled()
    assert entry.text.toPlainText() == "استشهد ثلاثة مدنيين"
    [draft] = DraftStore(encrypted_db).list()
    assert DraftStore(encrypted_db).load(draft.draft_id)["text"] == "استشهد ثلاثة مدنيين"
    other.close()


def test_idle_time_locks_and_activity_postpones_it(enc_window, qtbot, ui_settings) -> None:
    win = enc_window
    assert win.lock.idle.isActive() and win.lock.idle.interval() == 10 * 60_000  # the default: 10 minutes
    win.lock.idle.setInterval(1500)
    win.lock.idle.start()
    for _ in range(5):  # typing keeps it unlocked past the interval (wide margins: a loaded CI machine)
        qtbot.wait(400)
        type_text(win.search_box, "a")
        assert not win.lock.locked
    qtbot.waitUntil(lambda: win.lock.locked, timeout=3000)
    ui_settings.lock_minutes = 0
    type_text(win.lock.page.field, SECRET)
    win.lock.page.unlock_button.click()
    assert not win.lock.locked and not win.lock.idle.isActive()  # 0: never


def test_a_plain_database_is_not_locked_and_says_why(window) -> None:
    window.actions_by_id["file.lock"].trigger()
    assert not window.lock.locked and "not encrypted" in window.statusBar().currentMessage()
    assert not window.lock.idle.isActive()


def test_lock_waits_for_work_in_the_background(enc_window, qtbot, encrypted_db: Database) -> None:
    import threading

    release = threading.Event()
    enc_window.context.run_op(enc_window, lambda ctx: release.wait(5))
    enc_window.lock.lock()
    assert not enc_window.lock.locked  # not in the middle of the work
    release.set()
    qtbot.waitUntil(lambda: enc_window.lock.locked, timeout=5000)
    QTimer.singleShot(0, lambda: None)
    QApplication.processEvents()
