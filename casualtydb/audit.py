"""The audit hook: every ORM insert, update and delete of an audited record is logged in the
same flush, with who, when, and old and new values. Core bulk writers call `log_rows`."""

from __future__ import annotations

import getpass
import os
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from sqlalchemy import Connection, event, inspect, insert
from sqlalchemy.orm import Session

from .chain import seal
from .models import AUDITED, AuditEntry, DatabaseInfo, Recorded, utcnow
from .models.enums import AuditAction
from .server import login


@contextmanager
def in_context(session: Session, context: str) -> Iterator[None]:
    """Record the writes made inside as part of `context` (appended to the context already in force,
    e.g. "merge incidents; move claims"), flushed before the outer context comes back."""
    previous = session.info.get("context")
    session.info["context"] = context if not previous else f"{previous}; {context}"
    try:
        yield
        session.flush()
    finally:
        if previous is None:
            session.info.pop("context", None)
        else:
            session.info["context"] = previous


def current_user() -> str:
    """The name changes are recorded under: CASUALTYDB_USER, else the OS user."""
    name = os.environ.get("CASUALTYDB_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no passwd entry (containers): still record something honest
        return "unknown"


def recorded_user(conn: Any, given: str) -> str:
    """Who a change is recorded under: on a PostgreSQL server the login (the one name the
    server has checked), elsewhere the name given (CASUALTYDB_USER, the settings, the OS user)."""
    if conn.dialect.name == "postgresql":
        return login(conn)
    return given


def jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    return value


def column_values(obj: Any) -> dict[str, Any]:
    """The record's column values as JSON-ready data (what the audit log and merges store)."""
    mapper = inspect(obj).mapper
    return {attr.key: jsonable(getattr(obj, attr.key)) for attr in mapper.column_attrs}


def _changes(obj: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in Recorded.BOOKKEEPING:
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            before = hist.deleted[0] if hist.deleted else None
            after = hist.added[0] if hist.added else None
            if before != after:
                old[attr.key] = jsonable(before)
                new[attr.key] = jsonable(after)
    return old, new


def _set_null_references(session: Session) -> None:
    """References the database would clear itself (ON DELETE SET NULL) are cleared here first,
    through the ORM, so that each is in the audit log: a change the database makes on its own
    would look, to `verify`, like one made outside the app."""
    deleted = [obj for obj in session.deleted if isinstance(obj, AUDITED)]
    if not deleted:
        return
    by_table: dict[str, list[Any]] = {}
    for obj in deleted:
        by_table.setdefault(obj.__tablename__, []).append(obj.id)
    gone = {id(obj) for obj in deleted}
    for model in AUDITED:
        for column in model.__table__.columns:
            for fk in column.foreign_keys:
                ids = by_table.get(fk.column.table.name)
                if not ids or fk.ondelete != "SET NULL":
                    continue
                attr = getattr(model, column.key)
                with session.no_autoflush:
                    for ref in session.query(model).filter(attr.in_(ids)):
                        if id(ref) not in gone:
                            setattr(ref, column.key, None)


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditEntry):
            raise PermissionError("the audit log is append-only")
    _set_null_references(session)
    user = recorded_user(session.connection(), session.info.get("user") or current_user())
    context = session.info.get("context")
    now = utcnow()
    entries: list[AuditEntry] = []
    for obj in session.new:
        if not isinstance(obj, AUDITED):
            continue
        if obj.id is None:
            obj.id = uuid.uuid4()
        obj.created_at = obj.created_at or now
        obj.updated_at = obj.updated_at or now
        obj.created_by = obj.created_by or user
        obj.updated_by = obj.updated_by or user
        _apply_defaults(obj)
        _set_derived(obj)
        entries.append(AuditEntry(at=now, user=user, action=AuditAction.INSERT, table_name=obj.__tablename__,
                                  record_id=obj.id, old=None, new=column_values(obj), context=context))
    for obj in session.dirty:
        if not isinstance(obj, AUDITED) or not session.is_modified(obj, include_collections=False):
            continue
        _set_derived(obj)
        old, new = _changes(obj)
        if not new:
            continue
        obj.updated_at = now
        obj.updated_by = user
        entries.append(AuditEntry(at=now, user=user, action=AuditAction.UPDATE, table_name=obj.__tablename__,
                                  record_id=obj.id, old=old, new=new, context=context))
    for obj in session.deleted:
        if isinstance(obj, AUDITED):
            entries.append(AuditEntry(at=now, user=user, action=AuditAction.DELETE, table_name=obj.__tablename__,
                                      record_id=obj.id, old=column_values(obj), new=None, context=context))
    if entries:
        pending = next((o.value for o in session.new if isinstance(o, DatabaseInfo) and o.key == "database_id"), None)
        seal(session.connection(), entries, pending_origin=pending)
    session.add_all(entries)


def _apply_defaults(obj: Any) -> None:
    """Fill unset columns with their Python-side defaults now rather than at INSERT, so that the
    audit entry (and anything hashing the record) sees the values that will be stored."""
    for attr in inspect(obj).mapper.column_attrs:
        column = attr.columns[0]
        default = column.default
        if default is None or getattr(obj, attr.key) is not None:
            continue
        if default.is_scalar:
            setattr(obj, attr.key, default.arg)
        elif default.is_callable:
            setattr(obj, attr.key, default.arg(None))


def _set_derived(obj: Any) -> None:
    """Columns the model keeps in step with others (see the models' comments)."""
    start = getattr(obj, "start_date", None)
    if start is not None and hasattr(obj, "month"):
        obj.month = start.strftime("%Y-%m")
    derive = getattr(obj, "set_derived", None)
    if derive is not None:  # e.g. a mention's name keys (models/person.py)
        derive()


def install(session_class: type[Session]) -> None:
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)


def log_rows(conn: Connection, table_name: str, action: AuditAction,
             rows: Iterable[tuple[uuid.UUID, Mapping[str, Any] | None, Mapping[str, Any] | None]],
             *, user: str | None = None, context: str | None = None) -> int:
    """Audit entries for writes made with Core (bulk import, database merge): (id, old, new) each."""
    now = utcnow()
    who = recorded_user(conn, user or current_user())
    params = [
        {"id": uuid.uuid4(), "at": now, "user": who, "action": action, "table_name": table_name,
         "record_id": rid, "old": jsonable(dict(old)) if old is not None else None,
         "new": jsonable(dict(new)) if new is not None else None, "context": context}
        for rid, old, new in rows
    ]
    if params:
        seal(conn, params)
        conn.execute(insert(AuditEntry), params)
    return len(params)
