"""Opening the database to merge in (`merge-db OTHER`): a casualtydb file, a bundle or a server
URL, always read-only, never changed.

A file is opened by sync.readonly (a bundle's database by sync.bundle, which uses it too). A file
made by an older casualtydb is copied to a temporary folder and the copy upgraded; the user's file
is never migrated. A file from a newer casualtydb is refused.

An encrypted file (or bundle) is opened with the first of the candidate passphrases that opens
it (the one given for it, then this database's own: a team often shares one), else with the one
`ask` returns; every temporary copy made of it is encrypted with that same passphrase."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, make_url
from sqlalchemy.exc import DBAPIError

from ..db import head_revision
from .bundle import open_bundle
from .common import Ask, MergeSourceError, NeedsPassphrase, OtherDatabase
from .readonly import check_revision, find_key, open_sqlite, read_database_id

# Imported from here by callers that predate sync.common and sync.readonly.
__all__ = ["Ask", "MergeSourceError", "NeedsPassphrase", "OtherDatabase", "ZIP_MAGIC", "find_key", "open_other",
           "open_sqlite", "open_url"]

ZIP_MAGIC = b"PK\x03\x04"


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
    check_revision(current, label)
    if current != head_revision():
        engine.dispose()
        raise MergeSourceError(f"{label} has an older schema ({current}); open it once with this casualtydb "
                               "(`casualtydb --db URL init`) to upgrade it, then merge")
    return OtherDatabase(engine=engine, label=label, kind="database", database_id=read_database_id(engine),
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
