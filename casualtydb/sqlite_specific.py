"""Everything that only SQLite needs, in one place: pragmas, file checks, online backups.

The rest of casualtydb speaks portable SQLAlchemy so that the same code runs on PostgreSQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import quote
from typing import Any

from sqlalchemy import Engine, Integer, event
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from .errors import DatabaseOpenError

SQLITE_HEADER = b"SQLite format 3\x00"


def check_file(path: Path, *, create: bool) -> None:
    """Refuse, with one clear line, what cannot be opened; never touch the file."""
    if not path.parent.is_dir():
        raise DatabaseOpenError(f"folder does not exist: {path.parent}")
    if path.is_dir():
        raise DatabaseOpenError(f"is a folder, not a database file: {path}")
    if not path.exists():
        if not create:
            raise DatabaseOpenError(f"no database at {path}")
        return
    size = path.stat().st_size
    if size == 0:
        return  # an empty file is a new SQLite database
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(f"cannot read {path}: {exc.strerror}") from None
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(f"not a casualtydb database (not an SQLite file): {path}")


def configure_engine(engine: Engine) -> None:
    """WAL journal (readers never block the writer), foreign keys on, a busy timeout."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # pysqlite's own transaction handling is off so that SQLAlchemy's BEGIN is what runs.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def check_not_locked(path: Path) -> None:
    """A database another program holds an exclusive lock on: say so instead of waiting forever."""
    if not path.exists() or path.stat().st_size == 0:
        return
    con = sqlite3.connect(path, timeout=1.0)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseOpenError(f"the database is locked by another program: {path}") from None
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise DatabaseOpenError(f"not a casualtydb database (damaged SQLite file): {path}") from None
        raise DatabaseOpenError(f"cannot open {path}: {exc}") from None
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(f"not a casualtydb database ({exc}): {path}") from None
    finally:
        con.close()


def copy_database(path: Path, target: Path, *, read_only: bool = False) -> None:
    """A consistent copy with SQLite's online backup API (safe while others write, WAL included).
    `read_only` opens the source read-only, for files that are not ours to touch."""
    src = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True) if read_only else sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def backup(path: Path, label: str) -> Path:
    """A consistent copy next to the file, named after what it was made for and when."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}_{label}_{stamp}{path.suffix or '.db'}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}_{label}_{stamp}-{n}{path.suffix or '.db'}")
        n += 1
    copy_database(path, target)
    return target


def read_revision(path: Path) -> str | None:
    """The Alembic revision stored in a file, read without SQLAlchemy (and without writing)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if not row:
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise DatabaseOpenError(f"not a casualtydb database (it has other tables): {path}")
            return None
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return rev[0] if rev else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(f"not a casualtydb database ({exc}): {path}") from None
    finally:
        con.close()


def set_foreign_keys(conn: Any, on: bool) -> None:
    """Switch foreign-key enforcement outside any transaction (SQLite ignores it inside one).

    Migrations run with it off: batch mode rebuilds a table by copy-and-drop, and a DROP with
    enforcement on would delete or refuse the rows that point at it."""
    conn.connection.dbapi_connection.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


@contextmanager
def large_cache(conn: Any, mebibytes: int = 256) -> Iterator[None]:
    """A bigger page cache on this connection while a bulk write runs; nothing on other databases.

    Inserts in random key order (a search index, a big import) with SQLite's default 2 MB cache
    spill the same pages to the WAL again and again: measured ~120 GB written to rebuild the
    search index of a 1.3 GB database. The previous size is restored afterwards."""
    if conn.dialect.name != "sqlite":
        yield
        return
    old = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{int(mebibytes) * 1024}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(old)}")


def check_foreign_keys(conn: Any) -> None:
    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if bad:
        raise DatabaseOpenError(f"the migration left {len(bad)} broken references, first: {bad[0]}")


# ---------------------------------------------------------------------------------------------
# Date arithmetic: SQLite has no date type, so "days between two dates" is spelled differently.
# Kept here with its PostgreSQL spelling so that callers write one portable expression.


class day_number(FunctionElement[int]):  # noqa: N801 (reads like the SQL function it stands for)
    """Whole days from 1970-01-01 to a DATE expression: the same integer on SQLite and
    PostgreSQL, so date windows become integer comparisons (`day_number(a) - day_number(b)`)."""

    type = Integer()
    name = "day_number"
    inherit_cache = True


@compiles(day_number)
def _day_number_default(element: day_number, compiler: Any, **kw: Any) -> str:
    return "(%s - DATE '1970-01-01')" % compiler.process(element.clauses, **kw)


@compiles(day_number, "sqlite")
def _day_number_sqlite(element: day_number, compiler: Any, **kw: Any) -> str:
    return "CAST(julianday(%s) - 2440587.5 AS INTEGER)" % compiler.process(element.clauses, **kw)
