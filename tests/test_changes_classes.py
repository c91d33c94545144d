"""Changes are collected in the sessions of every database opened, however many came before."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

from sqlalchemy import event

from casualtydb.changes import _record_flush
from casualtydb.crossref.settings import set_window
from casualtydb.db import AppSession, open_database
from casualtydb.writes import write


def test_the_collector_is_registered_once_on_the_apps_session_class() -> None:
    assert event.contains(AppSession, "after_flush", _record_flush)


def test_databases_opened_one_after_another_all_announce_their_changes(tmp_path: Path) -> None:
    # Each database has a session class of its own (sessionmaker makes one); a new one often
    # takes the memory, and so the id, of one already collected.
    first = tmp_path / "first.db"
    open_database(first).dispose()
    ids = set()
    reused = False
    for n in range(40):
        shutil.copyfile(first, tmp_path / f"{n}.db")
        db = open_database(tmp_path / f"{n}.db")
        cls = db.session().__class__
        reused = reused or id(cls) in ids
        ids.add(id(cls))
        written = write(db, lambda s, c, n=n: set_window(session=s, days=n + 1))
        assert written.changes.ids("setting") == {"crossref.duplicate_window_days"}, n
        db.dispose()
        del db, cls
        gc.collect()
    assert reused, "no session class took an old one's place: the test did not test that case"
