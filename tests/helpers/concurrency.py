"""Two auditors saving the same record at once, with real connections, for SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

from casualtydb.db import Database
from casualtydb.demo import demo_id
from casualtydb.errors import StaleEditError
from casualtydb.models import Claim, Incident
from casualtydb.services import editing
from casualtydb.sync.concurrent import save_record

SOUSA = demo_id("incident:strike-sousa")
HOLD = 0.8  # seconds the first auditor keeps their transaction open


def as_user(database: Database, name: str) -> Database:
    """The database as `name` writes to it: on SQLite the same file under another name; on a
    server a connection with that person's own login (the audit log records the login), set up
    by the PostgreSQL tests' fixture as `database.info["logins"]`."""
    logins = getattr(database, "logins", None)
    return logins[name] if logins else database


def open_form(database: Database, kind: str, record_id: uuid.UUID) -> dict[str, Any]:
    """What an edit form holds: the values as loaded, with their version."""
    with database.session() as s:
        return editing.record_values(kind, record_id, session=s)


def sequential_stale_save(database: Database) -> None:
    form_a = open_form(database, "incident", SOUSA)
    form_b = open_form(database, "incident", SOUSA)
    with as_user(database, "alice").transaction(user="alice") as s:
        save_record("incident", SOUSA, {"description_en": "alice's wording"}, session=s,
                    expected_version=form_a["version"], original=form_a)
    try:
        with as_user(database, "bob").transaction(user="bob") as s:
            save_record("incident", SOUSA, {"notes": "bob's note", "grade_reasons": "bob's reasons"}, session=s,
                        expected_version=form_b["version"], original=form_b)
    except StaleEditError as exc:
        err = exc
    else:
        raise AssertionError("the stale save was accepted")
    assert err.changes == {"description_en": (form_b["description_en"], "alice's wording")}
    assert err.by == ("alice",) and err.at is not None and not err.deleted
    assert err.mine == {"notes": "bob's note", "grade_reasons": "bob's reasons"}
    assert "alice saved this incident" in str(err) and "«alice's wording»" in str(err)
    assert "Your changes were not saved; they are kept (notes, grade_reasons)" in str(err)
    with database.session() as s:
        inc = s.get(Incident, SOUSA)
        assert inc.description_en == "alice's wording" and inc.notes is None
    # Bob applies his kept edits to the fresh record: nothing of either is lost.
    fresh = open_form(database, "incident", SOUSA)
    with as_user(database, "bob").transaction(user="bob") as s:
        save_record("incident", SOUSA, err.mine, session=s, expected_version=fresh["version"], original=fresh)
    with database.session() as s:
        inc = s.get(Incident, SOUSA)
        assert (inc.description_en, inc.notes) == ("alice's wording", "bob's note")


def concurrent_saves(database: Database) -> float:
    """Alice's save holds its transaction; Bob, who read the record in his own transaction, saves
    meanwhile. Returns how long Bob's save took (it has to wait for Alice's)."""
    form = open_form(database, "incident", SOUSA)
    alice_wrote = threading.Event()
    outcome: dict[str, Any] = {}

    def alice() -> None:
        with as_user(database, "alice").transaction(user="alice") as s:
            save_record("incident", SOUSA, {"description_en": "alice, concurrently"}, session=s,
                        expected_version=form["version"], original=form)
            alice_wrote.set()
            time.sleep(HOLD)

    def bob() -> None:
        alice_wrote.wait(10)
        started = time.monotonic()
        try:
            with as_user(database, "bob").transaction(user="bob") as s:
                s.get(Incident, SOUSA)  # his transaction has read the record before Alice commits
                save_record("incident", SOUSA, {"notes": "bob, concurrently"}, session=s,
                            expected_version=form["version"], original=form)
            outcome["result"] = "saved"
        except StaleEditError as exc:
            outcome["result"] = exc
        except Exception as exc:  # noqa: BLE001 (reported by the assertion below)
            outcome["result"] = exc
        outcome["took"] = time.monotonic() - started

    threads = [threading.Thread(target=alice), threading.Thread(target=bob)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    err = outcome["result"]
    assert isinstance(err, StaleEditError), err
    assert err.changes == {"description_en": (form["description_en"], "alice, concurrently")}
    assert err.mine == {"notes": "bob, concurrently"} and err.by == ("alice",)
    with database.session() as s:
        inc = s.get(Incident, SOUSA)
        assert inc.description_en == "alice, concurrently" and inc.notes is None
    return outcome["took"]


def stale_save_without_original(database: Database) -> None:
    """Without the form's original values the audit log says what the other person changed."""
    form = open_form(database, "incident", SOUSA)
    with as_user(database, "alice").transaction(user="alice") as s:
        save_record("incident", SOUSA, {"notes": "first"}, session=s, expected_version=form["version"])
    second = open_form(database, "incident", SOUSA)
    with as_user(database, "carol").transaction(user="carol") as s:
        save_record("incident", SOUSA, {"notes": "second", "grade_reasons": "carol"}, session=s,
                    expected_version=second["version"])
    try:
        with as_user(database, "bob").transaction(user="bob") as s:
            save_record("incident", SOUSA, {"description_en": "bob"}, session=s, expected_version=form["version"])
    except StaleEditError as exc:
        assert exc.changes == {"notes": (None, "second"), "grade_reasons": (None, "carol")}
        assert set(exc.by) == {"alice", "carol"}
    else:
        raise AssertionError("the stale save was accepted")


def save_after_delete(database: Database) -> None:
    claim = demo_id("claim:p-killed-hamidiya")
    form = open_form(database, "claim", claim)
    with as_user(database, "alice").transaction(user="alice") as s:
        s.delete(s.get(Claim, claim))
    try:
        with as_user(database, "bob").transaction(user="bob") as s:
            save_record("claim", claim, {"min": 8, "max": 8}, session=s, expected_version=form["version"],
                        original=form)
    except StaleEditError as exc:
        assert exc.deleted and exc.by == ("alice",) and exc.mine == {"min": 8, "max": 8}
        assert "alice deleted this claim" in str(exc)
    else:
        raise AssertionError("a save to a deleted record was accepted")
