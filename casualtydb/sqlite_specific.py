"""Everything that only SQLite needs, in one place: pragmas, file checks, online backups and
SQLCipher encryption at rest.

The rest of casualtydb speaks portable SQLAlchemy so that the same code runs on PostgreSQL.

An encrypted database is an SQLCipher 4 file (AES-256, a key derived from the passphrase with
PBKDF2-HMAC-SHA512, every page authenticated): without the passphrase it is random bytes, and
so is every copy made here (backups, merge copies, bundles), because each copy is written
through SQLCipher with the same key. A plain database is opened with Python's own sqlite3."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import quote
from typing import Any

from sqlalchemy import Engine, Integer, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlcipher3 import dbapi2 as sqlcipher

from .errors import DatabaseOpenError

SQLITE_HEADER = b"SQLite format 3\x00"
# Either driver's errors: sqlcipher3 has its own exception classes, not sqlite3's.
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError, sqlcipher.OperationalError)


class WrongPassphrase(DatabaseOpenError):
    """The passphrase does not open the file (or the file is not a database at all: SQLCipher
    cannot tell the two apart, by design)."""


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(f"cannot read {path}: {exc.strerror}") from None


def is_plain_file(path: Path) -> bool:
    """An existing, non-empty, unencrypted SQLite file."""
    return path.is_file() and path.stat().st_size > 0 and _header(path) == SQLITE_HEADER


def is_encrypted_file(path: Path) -> bool:
    """A file that may be an SQLCipher database: not plain SQLite, and made of whole pages (a
    multiple of 512 bytes, SQLite's smallest page). Only the passphrase can tell for sure."""
    if not path.is_file():
        return False
    size = path.stat().st_size
    return size > 0 and size % 512 == 0 and _header(path) != SQLITE_HEADER


def _sql_string(text: str) -> str:
    if "\x00" in text:
        raise DatabaseOpenError("a passphrase cannot contain a NUL character")
    return "'" + text.replace("'", "''") + "'"


# SQLCipher 4's key derivation, its defaults (casualtydb never changes them): PBKDF2-HMAC-SHA512
# of the passphrase with the file's salt (its first 16 bytes), 256,000 rounds, a 256-bit key.
KDF_ITERATIONS = 256_000
SALT_SIZE = 16
# (passphrase, salt) → the derived key in hex. Each PBKDF2 takes 0.15–0.4 s here, and opening a
# file keyed a connection four times (checks, revision, engine); each connection now gets the
# raw key instead. Emptied when a database is locked (forget_keys).
_DERIVED: dict[tuple[str, bytes], str] = {}


def forget_keys() -> None:
    _DERIVED.clear()


def _salt(path: Path | None) -> bytes | None:
    """The salt of an existing SQLCipher file, or None (no file yet, a plain one, unreadable)."""
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            head = fh.read(SALT_SIZE)
    except OSError:
        return None
    return head if len(head) == SALT_SIZE and head != SQLITE_HEADER else None


def _key_value(passphrase: str, path: Path | None) -> str:
    """What PRAGMA key is given: the raw key and salt of an existing file (derived once), or the
    passphrase itself for a file SQLCipher is about to create (it picks the salt)."""
    salt = _salt(path)
    if salt is None:
        return _sql_string(passphrase)
    key = _DERIVED.get((passphrase, salt))
    if key is None:
        key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32).hex()
        _DERIVED[(passphrase, salt)] = key
    return f"\"x'{key}{salt.hex()}'\""


def apply_key(dbapi_conn: Any, passphrase: str, path: Path | None = None) -> None:
    """Key a fresh SQLCipher connection to `path`; must run before anything else reads the file.

    SQLCipher logs a failed key to stderr on its own; the log is switched off so that the user
    sees our one line instead. Temporary tables and sort spills stay in memory, never in an
    unencrypted temporary file."""
    if "\x00" in passphrase:
        raise DatabaseOpenError("a passphrase cannot contain a NUL character")
    dbapi_conn.execute("PRAGMA cipher_log_level = NONE")
    dbapi_conn.execute(f"PRAGMA key = {_key_value(passphrase, path)}")
    dbapi_conn.execute("PRAGMA temp_store = MEMORY")


def connect(path: Path, passphrase: str | None = None, *, read_only: bool = False,
            timeout: float = 5.0) -> Any:
    """A DB-API connection to a file: sqlite3 for a plain file, SQLCipher (keyed) otherwise."""
    target = f"file:{quote(str(path))}?mode=ro" if read_only else f"file:{quote(str(path))}"
    if passphrase is None:
        return sqlite3.connect(target, uri=True, timeout=timeout)
    con = sqlcipher.connect(target, uri=True, timeout=timeout)
    try:
        apply_key(con, passphrase, path)
    except BaseException:
        con.close()
        raise
    return con


def is_wrong_key(exc: BaseException) -> bool:
    return isinstance(exc, DATABASE_ERRORS) and "file is not a database" in str(exc)


def check_key(path: Path, passphrase: str | None) -> None:
    """Raise WrongPassphrase unless `passphrase` opens the (encrypted) file; reads only."""
    if passphrase is None:
        raise DatabaseOpenError(
            f"{path} is encrypted (or not a database): give its passphrase "
            "(--passphrase-file FILE, or type it when asked)")
    con = connect(path, passphrase, read_only=True, timeout=1.0)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DATABASE_ERRORS as exc:
        if is_wrong_key(exc):
            raise WrongPassphrase(f"wrong passphrase for {path} (or it is not a casualtydb database)") from None
        raise DatabaseOpenError(f"cannot open {path}: {exc}") from None
    finally:
        con.close()


def check_file(path: Path, *, create: bool, passphrase: str | None = None) -> None:
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
    if _header(path) != SQLITE_HEADER:
        if not is_encrypted_file(path):
            raise DatabaseOpenError(f"not a casualtydb database (not an SQLite file): {path}")
        check_key(path, passphrase)


class KeyHolder:
    """The passphrase an engine keys its new connections with. Dropping it (the app locks)
    makes every later connection fail until it is given again; the pool is disposed separately."""

    def __init__(self, passphrase: str | None) -> None:
        self.encrypted = passphrase is not None
        self._passphrase = passphrase

    @property
    def passphrase(self) -> str | None:
        return self._passphrase

    def drop(self) -> None:
        self._passphrase = None
        forget_keys()

    def give(self, passphrase: str) -> None:
        self._passphrase = passphrase


def create_file_engine(url: URL, key: KeyHolder, *, foreign_keys: bool = True, **kwargs: Any) -> Engine:
    """An engine on a database file; an encrypted one goes through SQLCipher's driver. The key
    is never part of the URL (which is shown and logged)."""
    if key.encrypted:
        kwargs["module"] = sqlcipher
    engine = create_engine(url, **kwargs)
    configure_engine(engine, key, foreign_keys=foreign_keys)
    return engine


def configure_engine(engine: Engine, key: KeyHolder | None = None, *, foreign_keys: bool = True) -> None:
    """WAL journal (readers never block the writer), foreign keys on, a busy timeout; the key
    first on an encrypted file."""

    path = Path(engine.url.database) if engine.url.database else None

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        if key is not None and key.encrypted:
            if key.passphrase is None:
                raise DatabaseOpenError("the database is locked: give its passphrase to go on")
            apply_key(dbapi_conn, key.passphrase, path)
        # pysqlite's own transaction handling is off so that SQLAlchemy's BEGIN is what runs.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def read_only_engine(path: Path, passphrase: str | None = None) -> Engine:
    """An engine that can only read `path` (a file that is not ours: the other side of a merge),
    each transaction one read snapshot."""
    uri = f"file:{quote(str(path))}?mode=ro"
    kwargs: dict[str, Any] = {"module": sqlcipher} if passphrase is not None else {}
    engine = create_engine(f"sqlite:///{uri}&uri=true", **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        if passphrase is not None:
            apply_key(dbapi_conn, passphrase, path)
        dbapi_conn.isolation_level = None
        dbapi_conn.execute("PRAGMA query_only=ON")
        dbapi_conn.execute("PRAGMA busy_timeout=5000")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def is_busy(exc: BaseException) -> bool:
    """SQLite's "database is locked/busy": another connection writes, or this transaction's
    snapshot is older than a commit made since (WAL), which only a fresh transaction can fix."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    return isinstance(orig, OPERATIONAL_ERRORS) and ("locked" in text or "busy" in text)


def check_not_locked(path: Path, passphrase: str | None = None) -> None:
    """A database another program holds an exclusive lock on: say so instead of waiting forever."""
    if not path.exists() or path.stat().st_size == 0:
        return
    con = connect(path, passphrase, timeout=1.0)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
    except OPERATIONAL_ERRORS as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseOpenError(f"the database is locked by another program: {path}") from None
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise DatabaseOpenError(f"not a casualtydb database (damaged SQLite file): {path}") from None
        raise DatabaseOpenError(f"cannot open {path}: {exc}") from None
    except DATABASE_ERRORS as exc:
        raise DatabaseOpenError(f"not a casualtydb database ({exc}): {path}") from None
    finally:
        con.close()


def copy_database(path: Path, target: Path, *, passphrase: str | None = None, read_only: bool = False) -> None:
    """A consistent copy with SQLite's online backup API (safe while others write, WAL included),
    encrypted with the same passphrase as the source. `read_only` opens the source read-only,
    for files that are not ours to touch."""
    src = connect(path, passphrase, read_only=read_only)
    try:
        dst = connect(target, passphrase)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def write_copy(path: Path, target: Path, old: str | None, new: str | None) -> None:
    """A copy of `path` (opened with `old`) written to the new file `target` under `new`: the
    way to encrypt, change the key or decrypt (SQLite's backup API cannot change a key).
    The copy is fsync'ed before this returns."""
    if target.exists():
        target.unlink()
    con = connect(path, old) if old is not None else sqlcipher.connect(str(path))
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        if old is not None:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        con.isolation_level = None
        con.execute(f"ATTACH DATABASE {_sql_string(str(target))} AS target KEY {_sql_string(new or '')}")
        con.execute("BEGIN")  # one read snapshot of the source, whoever writes meanwhile
        con.execute("SELECT sqlcipher_export('target')")
        version = con.execute("PRAGMA main.user_version").fetchone()[0]
        con.execute(f"PRAGMA target.user_version = {int(version)}")
        con.execute("COMMIT")
        con.execute("DETACH DATABASE target")
    finally:
        con.close()
    _fsync(target)


def replace_key(path: Path, old: str | None, new: str | None) -> None:
    """Encrypt (old None), change the key, or decrypt (new None) the file in place.

    A crash at any moment leaves a file that opens with the old or the new passphrase: the new
    file is written whole beside the old one, checked, and renamed over it (atomic). The WAL is
    checkpointed and switched off first, so no journal of the old file is left beside the new
    one; the caller holds the only connection (check_not_locked)."""
    check_not_locked(path, old)
    con = connect(path, old)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()
    tmp = path.with_name(f".{path.name}.rekey-tmp")
    try:
        write_copy(path, tmp, old, new)
        check = connect(tmp, new, read_only=True)
        try:
            if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise DatabaseOpenError(f"the re-keyed copy of {path} did not check out; {path} was left as it was")
        finally:
            check.close()
        os.replace(tmp, path)
        _fsync(path.parent)
    finally:
        if tmp.exists():
            tmp.unlink()


def plain_backups(path: Path) -> list[Path]:
    """Unencrypted copies beside the file made by `backup` (or by hand: `<stem>_*`), which an
    encrypted database would otherwise leave readable next to it."""
    return sorted(p for p in path.parent.glob(f"{path.stem}_*{path.suffix or '.db'}")
                  if p != path and is_plain_file(p))


def _fsync(path: Path) -> None:
    if os.name != "posix" and path.is_dir():
        return  # Windows has no directory handles
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup(path: Path, label: str, passphrase: str | None = None) -> Path:
    """A consistent copy next to the file, named after what it was made for and when; an
    encrypted database's copy is encrypted with the same passphrase."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}_{label}_{stamp}{path.suffix or '.db'}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}_{label}_{stamp}-{n}{path.suffix or '.db'}")
        n += 1
    copy_database(path, target, passphrase=passphrase)
    return target


def read_revision(path: Path, passphrase: str | None = None) -> str | None:
    """The Alembic revision stored in a file, read without SQLAlchemy (and without writing)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    con = connect(path, passphrase, read_only=True)
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
    except DATABASE_ERRORS as exc:
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
