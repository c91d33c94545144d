"""The one way data changes: `write(database, fn)` runs `fn(session)` in one transaction that
commits when it returns and writes nothing when it raises, retries it from the start while
SQLite says the database is busy, and returns what it changed (`changes.Changes`) beside its
result. The GUI's op helper and the command line both call it."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.exc import OperationalError

from . import sqlite_specific
from .changes import Changes, track
from .db import AppSession, Database
from .errors import DatabaseBusyError

T = TypeVar("T")

# Waits between attempts, in seconds (each attempt may also wait SQLite's own busy timeout
# when another connection holds the write lock; a stale snapshot fails at once).
BACKOFF = (0.05, 0.2, 0.8, 1.6)


@dataclass
class Written(Generic[T]):
    """A committed write: the function's result and what it changed."""

    result: T
    changes: Changes


def write(database: Database, fn: Callable[[AppSession, Changes], T], *, user: str | None = None,
          context: str | None = None, backoff: tuple[float, ...] = BACKOFF,
          stop: Callable[[], bool] | None = None) -> Written[T]:
    """Run `fn(session, changes)` in one transaction (see the module docstring). `fn` adds to
    `changes` what it writes with Core statements; what goes through the ORM is counted
    without it. `fn` may be run more than once (a busy database), so it must not keep state
    of its own between runs. `stop()` true between attempts gives up retrying."""
    for attempt in range(len(backoff) + 1):
        try:
            with database.transaction(user=user, context=context) as session, track(session) as changes:
                result = fn(session, changes)
            return Written(result, changes)
        except (OperationalError, DatabaseBusyError) as exc:
            if isinstance(exc, OperationalError) and not sqlite_specific.is_busy(exc):
                raise
            if attempt == len(backoff) or (stop is not None and stop()):
                raise DatabaseBusyError() from exc
            time.sleep(backoff[attempt])
    raise AssertionError("unreachable")
