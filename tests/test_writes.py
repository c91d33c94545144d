"""The one write path: `writes.write` commits or writes nothing, retries while another connection
keeps SQLite busy, and says what it changed; the shared settings are audited and say who set them."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from casualtydb import sqlite_specific
from casualtydb.changes import Changes
from casualtydb.crossref.scan import save_shared_settings, scan
from casualtydb.crossref.settings import get_tolerance, get_window, shared_settings
from casualtydb.db import Database, open_database
from casualtydb.demo import demo_id
from casualtydb.errors import DatabaseBusyError, ValidationError
from casualtydb.models import AuditEntry, Claim, Incident, IncidentFigure
from casualtydb.services import editing
from casualtydb.writes import write

HAMIDIYA = demo_id("incident:strike-hamidiya")


def _hold_write_lock(db: Database, seconds: float) -> threading.Thread:
    """Another program holding the file's write lock for a while (a real second connection)."""
    started = threading.Event()

    def hold() -> None:
        con = sqlite_specific.connect(db.path, db.passphrase)
        con.execute("BEGIN IMMEDIATE")
        started.set()
        time.sleep(seconds)
        con.execute("ROLLBACK")
        con.close()

    thread = threading.Thread(target=hold)
    thread.start()
    started.wait(5)
    return thread


def test_changes_are_collected_from_the_orm(demo_db: Database) -> None:
    def edit(s, changes):
        editing.update_record("incident", HAMIDIYA, {"description_en": "new wording"}, session=s)
        claim = s.query(Claim).filter(Claim.incident_id == HAMIDIYA).first()
        claim.quote = (claim.quote or "") + " …"
        return claim.id

    written = write(demo_db, edit, user="tester")
    assert written.changes.ids("incident") == {HAMIDIYA}
    assert written.changes.ids("claim") == {written.result}
    assert written.changes.touches_record("figure", HAMIDIYA)
    assert not written.changes.touches("source", "place")


def test_a_failed_write_writes_nothing_and_announces_nothing(demo_db: Database) -> None:
    def bad(s, changes):
        editing.update_record("incident", HAMIDIYA, {"description_en": "lost"}, session=s)
        raise ValidationError("refused")

    with pytest.raises(ValidationError):
        write(demo_db, bad)
    with demo_db.session() as s:
        assert s.get(Incident, HAMIDIYA).description_en != "lost"


def test_busy_database_is_retried_until_free(demo_db: Database) -> None:
    if demo_db.path is None:
        pytest.skip("SQLite only")
    holder = _hold_write_lock(demo_db, 0.8)
    # SQLite's own busy timeout is set per connection; make ours short so the retry is what waits
    attempts: list[int] = []

    def edit(s, changes):
        attempts.append(1)
        s.connection().exec_driver_sql("PRAGMA busy_timeout=50")
        editing.update_record("incident", HAMIDIYA, {"description_en": "after the other"}, session=s)

    write(demo_db, edit, backoff=(0.3, 0.3, 0.3, 0.3, 0.3))
    holder.join()
    assert len(attempts) > 1  # it was refused at least once, then went through
    with demo_db.session() as s:
        assert s.get(Incident, HAMIDIYA).description_en == "after the other"


def test_busy_through_every_retry_is_one_clear_error(demo_db: Database) -> None:
    if demo_db.path is None:
        pytest.skip("SQLite only")
    holder = _hold_write_lock(demo_db, 1.5)

    def edit(s, changes):
        s.connection().exec_driver_sql("PRAGMA busy_timeout=20")
        editing.update_record("incident", HAMIDIYA, {"description_en": "never"}, session=s)

    with pytest.raises(DatabaseBusyError, match="nothing was changed"):
        write(demo_db, edit, backoff=(0.05, 0.05))
    holder.join()
    with demo_db.session() as s:
        assert s.get(Incident, HAMIDIYA).description_en != "never"


def test_other_errors_are_not_retried(demo_db: Database) -> None:
    calls: list[int] = []

    def broken(s, changes):
        calls.append(1)
        s.connection().exec_driver_sql("SELECT * FROM no_such_table")

    with pytest.raises(Exception, match="no_such_table"):
        write(demo_db, broken)
    assert calls == [1]


def test_shared_settings_are_audited_and_say_who_set_them(demo_db: Database) -> None:
    with demo_db.session() as s:
        before = shared_settings(session=s)
    assert before.tolerance_set is None and before.window_set is None
    written = write(demo_db, lambda s, c: save_shared_settings(s, tolerance_percent=25, window_days=5), user="alice")
    assert written.changes.ids("setting") >= {"crossref.tolerance_percent", "crossref.duplicate_window_days"}
    with demo_db.session() as s:
        now = shared_settings(session=s)
        assert (now.tolerance, now.window_days) == (0.25, 5)
        assert now.tolerance_set[0] == "alice" and now.window_set[0] == "alice"
        entries = s.query(AuditEntry).filter(AuditEntry.table_name == "database_info").all()
        assert {e.new["key"] for e in entries} == {"crossref.tolerance_percent", "crossref.duplicate_window_days"}
    # setting the same value again records nothing new
    write(demo_db, lambda s, c: save_shared_settings(s, window_days=5), user="bob")
    with demo_db.session() as s:
        assert shared_settings(session=s).window_set[0] == "alice"


def test_a_rescan_keeps_the_databases_tolerance(demo_db: Database) -> None:
    """Two auditors: one sets ±0 %; the other's rescan no longer copies a personal value over it."""
    write(demo_db, lambda s, c: save_shared_settings(s, tolerance_percent=0), user="alice")
    with demo_db.session() as s:
        statuses = sorted((str(f.incident_id), f.category, f.status) for f in s.query(IncidentFigure))
    with demo_db.transaction(user="bob") as s:
        summary = scan(session=s)
    assert summary.tolerance == 0
    with demo_db.session() as s:
        assert get_tolerance(session=s) == 0 and get_window(session=s) == 2
        assert sorted((str(f.incident_id), f.category, f.status) for f in s.query(IncidentFigure)) == statuses


def test_changes_merge_and_everything() -> None:
    a = Changes.of("incident", [uuid.UUID(int=1)])
    b = Changes.of("incident", [uuid.UUID(int=2)]).add("claim")
    both = a | b
    assert both.ids("incident") == {uuid.UUID(int=1), uuid.UUID(int=2)} and both.ids("claim") is None
    assert Changes.everything().touches("anything") and Changes.everything().ids("incident") is None
    assert not Changes() and Changes().ids("incident") == set()
