"""Opening a casualtydb SQLite file read-only to merge it in: a database file the user named, or
the database inside a bundle (sync.other and sync.bundle both use this; neither imports the other
for it).

An SQLite file is opened through a `file:…?mode=ro` URI. A file made by an older casualtydb is
copied to a temporary folder and the copy upgraded; the user's file is never migrated. A file
from a newer casualtydb is refused. An encrypted file is opened with the first candidate
passphrase that opens it, else with the one `ask` returns; every temporary copy made of it is
encrypted with that same passphrase."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError

from .. import sqlite_specific
from ..db import head_revision, known_revisions, open_database
from ..errors import CasualtyDBError
from ..models import DatabaseInfo
from .common import Ask, MergeSourceError, NeedsPassphrase, OtherDatabase


def find_key(path: Path, label: str, candidates: Iterable[str | None] = (), ask: Ask | None = None,
             *, explicit: bool = False) -> str | None:
    """The passphrase that opens `path`: None for a plain file, else the first candidate that
    does, else what `ask` returns; NeedsPassphrase when none does. `explicit`: the candidates
    were given for this file (so failing, they are "wrong", not "missing")."""
    if not sqlite_specific.is_encrypted_file(path):
        return None
    for candidate in dict.fromkeys(c for c in candidates if c):
        try:
            sqlite_specific.check_key(path, candidate)
            return candidate
        except sqlite_specific.WrongPassphrase:
            continue
        except CasualtyDBError as exc:
            raise MergeSourceError(str(exc)) from None
    answer = ask(label) if ask is not None else None
    if answer is None and explicit:
        raise NeedsPassphrase(f"wrong passphrase for {label}; nothing was merged")
    if answer:
        try:
            sqlite_specific.check_key(path, answer)
            return answer
        except sqlite_specific.WrongPassphrase:
            raise NeedsPassphrase(f"wrong passphrase for {label}; nothing was merged") from None
    raise NeedsPassphrase(f"{label} is encrypted: give its passphrase (--other-passphrase-file FILE, "
                          "or type it when asked); nothing was merged")


def _copy_sqlite(path: Path, target: Path, passphrase: str | None) -> None:
    """A consistent copy (SQLite's backup API from a read-only connection), falling back to a
    plain file copy when the folder is read-only (a write-protected USB stick). Either way an
    encrypted file's copy is encrypted with the same passphrase."""
    try:
        sqlite_specific.copy_database(path, target, passphrase=passphrase, read_only=True)
    except sqlite_specific.OPERATIONAL_ERRORS:
        shutil.copyfile(path, target)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))


def read_database_id(engine: Engine) -> str:
    with engine.connect() as conn:
        value = conn.execute(select(DatabaseInfo.value).where(DatabaseInfo.key == "database_id")).scalar()
    if not value:
        raise MergeSourceError("the other database has no database id (was it made by casualtydb?)")
    return str(value)


def check_revision(current: str | None, label: str) -> None:
    if current is None:
        raise MergeSourceError(f"{label} is empty: it holds no casualtydb data")
    if current not in known_revisions():
        raise MergeSourceError(f"{label} was made by a newer casualtydb (schema {current}); "
                               "update casualtydb to merge it")


def open_sqlite(path: Path, workdir: Path, *, label: str | None = None, kind: str = "database",
                manifest: dict[str, Any] | None = None, passphrases: Iterable[str | None] = (),
                ask: Ask | None = None, explicit: bool = False) -> OtherDatabase:
    label = label or str(path)
    try:
        key = find_key(path, label, passphrases, ask, explicit=explicit)
        sqlite_specific.check_file(path, create=False, passphrase=key)
        current = sqlite_specific.read_revision(path, key)
    except MergeSourceError:
        raise
    except CasualtyDBError as exc:
        raise MergeSourceError(str(exc)) from None
    check_revision(current, label)
    upgraded_from = None
    if current != head_revision():
        copy = workdir / "upgraded.db"
        _copy_sqlite(path, copy, key)
        try:
            open_database(copy, create=False, upgrade=True, seed=False, passphrase=key).dispose()
        except CasualtyDBError as exc:
            raise MergeSourceError(f"{label} (schema {current}) could not be upgraded for merging: {exc}") from None
        path, upgraded_from = copy, current
    engine = sqlite_specific.read_only_engine(path, key)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1 FROM sqlite_master LIMIT 1")).all()
    except DBAPIError:
        # The folder is read-only and the file is in WAL mode: SQLite cannot open it read-only
        # in place. Work on a copy.
        engine.dispose()
        copy = workdir / "readonly-copy.db"
        _copy_sqlite(path, copy, key)
        engine = sqlite_specific.read_only_engine(copy, key)
    return OtherDatabase(engine=engine, label=label, kind=kind, database_id=read_database_id(engine),
                         manifest=manifest or {}, upgraded_from=upgraded_from)
