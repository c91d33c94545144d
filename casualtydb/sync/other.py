"""Opening the database to merge in (`merge-db OTHER`): a casualtydb file, a bundle or a server
URL, always read-only, never changed.

An SQLite file is opened through a `file:…?mode=ro` URI. A file made by an older casualtydb is
copied to a temporary folder and the copy upgraded; the user's file is never migrated. A file
from a newer casualtydb is refused.

An encrypted file (or bundle) is opened with the first of the candidate passphrases that opens
it (the one given for it, then this database's own: a team often shares one), else with the one
`ask` returns; every temporary copy made of it is encrypted with that same passphrase."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, make_url, select, text
from sqlalchemy.exc import DBAPIError

from .. import sqlite_specific
from ..db import head_revision, known_revisions, open_database
from ..errors import CasualtyDBError
from ..models import DatabaseInfo

ZIP_MAGIC = b"PK\x03\x04"


class MergeSourceError(CasualtyDBError):
    """The database or bundle to merge in cannot be used; nothing was written."""


class NeedsPassphrase(MergeSourceError):
    """The other file is encrypted and no passphrase given opens it (the GUI asks and tries again)."""


# Asked for the passphrase of an encrypted file (its label); None when the user declines.
Ask = Callable[[str], "str | None"]


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


@dataclass
class OtherDatabase:
    """The other side of a merge: a read-only engine on a schema at this app's head revision."""

    engine: Engine
    label: str  # what the user named (file name or URL without password)
    kind: str  # "database" or "bundle"
    database_id: str
    manifest: dict[str, Any] = field(default_factory=dict)
    upgraded_from: str | None = None  # the schema revision of an older file (a copy was upgraded)
    path: Path | None = None  # the file the user named (never written)
    url: str | None = None  # or the server URL they named
    signer: str | None = None  # a bundle's signer (key fingerprint), when its signature holds
    signature: str = "none"  # a bundle's: "valid", "unsigned" or "bad" (accepted explicitly)

    @property
    def is_bundle(self) -> bool:
        return self.kind == "bundle"


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


def _database_id(engine: Engine) -> str:
    with engine.connect() as conn:
        value = conn.execute(select(DatabaseInfo.value).where(DatabaseInfo.key == "database_id")).scalar()
    if not value:
        raise MergeSourceError("the other database has no database id (was it made by casualtydb?)")
    return str(value)


def _check_revision(current: str | None, label: str) -> None:
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
    _check_revision(current, label)
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
    return OtherDatabase(engine=engine, label=label, kind=kind, database_id=_database_id(engine),
                         manifest=manifest or {}, upgraded_from=upgraded_from)


def open_url(url_text: str) -> OtherDatabase:
    url = make_url(url_text)
    label = url.render_as_string(hide_password=True)
    engine = create_engine(url, pool_pre_ping=True)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
    except DBAPIError as exc:
        engine.dispose()
        raise MergeSourceError(f"cannot connect to {label}: {str(exc.orig).strip().splitlines()[0]}") from None
    _check_revision(current, label)
    if current != head_revision():
        engine.dispose()
        raise MergeSourceError(f"{label} has an older schema ({current}); open it once with this casualtydb "
                               "(`casualtydb --db URL init`) to upgrade it, then merge")
    return OtherDatabase(engine=engine, label=label, kind="database", database_id=_database_id(engine),
                         url=url.render_as_string(hide_password=False))


@contextmanager
def open_other(spec: str | os.PathLike[str], *, passphrases: Iterable[str | None] = (),
               ask: Ask | None = None, explicit: bool = False, own_key: Any = None,
               accept_unsigned: bool = False) -> Iterator[OtherDatabase]:
    """The database or bundle `spec` names, opened read-only; temporary files are removed after.
    `passphrases`, `ask` and `explicit` open an encrypted one (see find_key); `own_key` (this
    database's signing.KeyPair) opens a bundle sealed to it; an unsigned or badly signed bundle
    is refused unless `accept_unsigned`."""
    passphrases = tuple(passphrases)
    text_spec = os.fspath(spec)
    workdir = Path(tempfile.mkdtemp(prefix="casualtydb-merge-"))
    other: OtherDatabase | None = None
    try:
        if "://" in text_spec:
            other = open_url(text_spec)
        else:
            path = Path(text_spec).expanduser()
            if not path.exists():
                raise MergeSourceError(f"no such file: {path}")
            if path.is_dir():
                raise MergeSourceError(f"is a folder, not a database or bundle: {path}")
            with path.open("rb") as fh:
                head = fh.read(16)
            if head.startswith(ZIP_MAGIC) or path.suffix.lower() == ".cdbx":
                from .bundle import open_bundle  # noqa: PLC0415 (import cycle)

                other = open_bundle(path, workdir, passphrases=passphrases, ask=ask, explicit=explicit,
                                    own_key=own_key, accept_unsigned=accept_unsigned)
            else:
                other = open_sqlite(path.resolve(), workdir, label=str(path), passphrases=passphrases, ask=ask,
                                    explicit=explicit)
            other.path = path.resolve()
        yield other
    finally:
        if other is not None:
            other.engine.dispose()
        shutil.rmtree(workdir, ignore_errors=True)
