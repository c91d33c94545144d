"""Two people editing the same record at once (a shared PostgreSQL server, or one SQLite file
on a network share): the second save is refused with a message that says who changed what, and
the refused edits travel in the exception so that nothing typed is lost.

Every recorded entity has a `version` column that SQLAlchemy uses as `version_id_col`: an UPDATE
runs `… WHERE id = ? AND version = <the version read>`, and finds no row if someone else saved
first (`StaleDataError`). On PostgreSQL the second UPDATE waits for the first transaction and
then finds the row changed; on SQLite the second writer's snapshot is too old to write and it
fails with "database is locked". `save_record` turns all three outcomes (the early version check
of `services.editing.update_record` included) into one `StaleEditError`."""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from .. import sqlite_specific
from ..audit import jsonable
from ..errors import DatabaseBusyError, DatabaseOpenError, StaleEditError
from ..models import AuditAction, AuditEntry
from ..services import editing

_KIND_TABLES = {"incident": "incidents", "report": "reports", "source": "sources", "place": "places",
                "actor": "actors", "claim": "claims"}


def save_record(kind: str, record_id: uuid.UUID, values: Mapping[str, Any], *, session: Session,
                expected_version: int, original: Mapping[str, Any] | None = None) -> bool:
    """`services.editing.update_record` with the version read when the form was opened; returns
    whether anything changed. Raises StaleEditError (with `changes`, `by`, `at`, `mine`) when
    someone else saved the record in between. `original`: the values as the form loaded them
    (`editing.record_values`), for an exact list of what the other person changed.

    Runs in a savepoint of the caller's transaction; never commits."""
    if session.get(editing.KINDS[kind], record_id) is None:  # deleted by someone else meanwhile
        raise stale_edit_error(session, kind, record_id, expected_version=expected_version, mine=values,
                               original=original)
    try:
        with session.begin_nested():
            return editing.update_record(kind, record_id, values, session=session,
                                         expected_version=expected_version)
    except (StaleEditError, StaleDataError):
        pass
    except OperationalError as exc:
        # SQLite: another writer holds the file, and our read snapshot can never write after it.
        if "locked" not in str(exc.orig) and "busy" not in str(exc.orig).lower():
            raise
        if not _changed_after_other_writer(session, kind, record_id, expected_version):
            raise SaveBusyError("another save was in progress; nothing of yours was lost: save again") from None
    raise stale_edit_error(session, kind, record_id, expected_version=expected_version, mine=values,
                           original=original) from None


class SaveBusyError(DatabaseBusyError):
    """The database was busy with another person's save (SQLite); the save can be repeated."""


def _changed_after_other_writer(session: Session, kind: str, record_id: uuid.UUID, expected_version: int,
                                timeout: float = 10.0) -> bool:
    """Wait (up to `timeout` s) for the other writer to finish; whether it changed our record."""
    bind = session.get_bind()
    path = bind.url.database if bind.url.get_backend_name() == "sqlite" else None
    deadline = time.monotonic() + timeout
    while True:
        if _current_version(session, kind, record_id) != expected_version:
            return True
        if path is None or time.monotonic() > deadline:
            return False
        try:
            sqlite_specific.check_not_locked(Path(path))
        except DatabaseOpenError:
            continue  # still writing (check_not_locked waited up to a second)
        return _current_version(session, kind, record_id) != expected_version


def _fresh(session: Session) -> Session:
    """A new session on the same database, outside the caller's (possibly failed) transaction."""
    return Session(session.get_bind())


def _current_version(session: Session, kind: str, record_id: uuid.UUID) -> int | None:
    model = editing.KINDS[kind]
    with _fresh(session) as s:
        return s.scalar(select(model.version).where(model.id == record_id))


def _plain(value: Any) -> Any:
    return jsonable(value)


def stale_edit_error(session: Session, kind: str, record_id: uuid.UUID, *, expected_version: int,
                     mine: Mapping[str, Any], original: Mapping[str, Any] | None = None) -> StaleEditError:
    """What the other person did to the record since `expected_version`, read afresh (their
    values, and the audit log for who and when), as a StaleEditError carrying `mine`."""
    table = _KIND_TABLES.get(kind, kind)
    with _fresh(session) as s:
        model = editing.KINDS[kind]
        obj = s.get(model, record_id)
        current_version = obj.version if obj is not None else None
        current = editing.record_values(kind, record_id, session=s) if obj is not None else None
        entries = list(s.execute(
            select(AuditEntry.user, AuditEntry.at, AuditEntry.action, AuditEntry.old, AuditEntry.new)
            .where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
            .order_by(AuditEntry.at.desc())
            .limit(max(1, (current_version or expected_version + 1) - expected_version))))
    theirs = [e for e in entries if e.action in (AuditAction.UPDATE, AuditAction.DELETE)]
    by = tuple(dict.fromkeys(e.user for e in theirs)) or ((obj.updated_by,) if obj is not None else ())
    at: datetime | None = theirs[0].at if theirs else None
    mine_plain = {k: v for k, v in mine.items() if k != "version"}

    if current is None:
        who = ", ".join(by) or "someone"
        when = f" at {at:%Y-%m-%d %H:%M} UTC" if at else ""
        return StaleEditError(
            f"{who} deleted this {kind}{when} while you were editing it. Your changes were not saved; "
            "they are kept so you can enter them again elsewhere.",
            table=table, record_id=record_id, mine=dict(mine_plain), by=by, at=at, deleted=True)

    changes: dict[str, tuple[Any, Any]] = {}
    if original is not None:
        for key, value in current.items():
            if key == "version" or key not in original:
                continue
            if not editing.values_equal({key: original[key]}, {key: value}):
                changes[key] = (original[key], value)
    else:
        for e in reversed(theirs):
            for key, value in (e.new or {}).items():
                before = (e.old or {}).get(key)
                first = changes.get(key, (before, None))[0]
                changes[key] = (first, current.get(key, value))
    who = ", ".join(by) or "someone"
    when = f" at {at:%Y-%m-%d %H:%M} UTC" if at else ""
    listed = "; ".join(f"{key}: {_show(old)} → {_show(new)}" for key, (old, new) in changes.items())
    yours = ", ".join(mine_plain)
    message = (f"{who} saved this {kind}{when} while you were editing it"
               + (f": {listed}." if listed else ".")
               + " Your changes were not saved; they are kept"
               + (f" ({yours})" if yours else "")
               + ": look at theirs, then apply yours again.")
    return StaleEditError(message, table=table, record_id=record_id,
                          changes={k: (_plain(o), _plain(n)) for k, (o, n) in changes.items()},
                          mine=dict(mine_plain), by=by, at=at, current_version=current_version)


def _show(value: Any, limit: int = 40) -> str:
    if value is None or value == "" or value == []:
        return "(empty)"
    value = _plain(value)
    text = " ".join(str(value).split())
    return f"«{text if len(text) <= limit else text[: limit - 1] + '…'}»"
