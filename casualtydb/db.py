"""Opening a database: where it is, checks, backup, migrations on open, sessions."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from . import audit, changes, paths, search, server, sqlite_specific
from .chain import seal_unchained
from .errors import DatabaseOpenError
from .reference import ensure_reference_data

ENV_VAR = "CASUALTYDB_DB"


def default_path() -> Path:
    return Path(user_data_dir("casualtydb", appauthor=False)) / "casualtydb.db"


def resolve_url(db: str | os.PathLike[str] | None = None) -> URL:
    """`--db`: a file path or any SQLAlchemy URL; else $CASUALTYDB_DB; else the user's data folder."""
    if db is None:
        db = os.environ.get(ENV_VAR) or None
    if db is None:
        return URL.create("sqlite", database=str(default_path()))
    text = os.fspath(db)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def alembic_config(url: URL | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


class AppSession(Session):
    """Sessions of casualtydb: every flush writes the audit log (see `casualtydb.audit`)."""


audit.install(AppSession)
search.install(AppSession)
changes.install(AppSession)


@dataclass
class Database:
    url: URL
    engine: Engine
    backup_path: Path | None = None
    key: sqlite_specific.KeyHolder = field(default_factory=lambda: sqlite_specific.KeyHolder(None))
    _factory: sessionmaker[AppSession] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, class_=AppSession, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    @property
    def encrypted(self) -> bool:
        """An SQLCipher file: every copy made of it is encrypted with the same passphrase."""
        return self.key.encrypted

    @property
    def passphrase(self) -> str | None:
        return self.key.passphrase

    @property
    def locked(self) -> bool:
        return self.key.encrypted and self.key.passphrase is None

    def lock(self) -> None:
        """Close every connection and forget the key: nothing more is read until `unlock`."""
        if not self.key.encrypted:
            return
        self.key.drop()
        self.engine.dispose()

    def unlock(self, passphrase: str) -> None:
        """Raises sqlite_specific.WrongPassphrase (and stays locked) unless it opens the file."""
        assert self.path is not None
        sqlite_specific.check_key(self.path, passphrase)
        self.key.give(passphrase)

    def describe(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def session(self, *, user: str | None = None, context: str | None = None) -> AppSession:
        s = self._factory()
        s.info["user"] = user or audit.current_user()
        if context:
            s.info["context"] = context
        return s

    @contextmanager
    def transaction(self, *, user: str | None = None, context: str | None = None) -> Iterator[AppSession]:
        """One unit of work: commits on success, rolls back (writes nothing) on any error."""
        with self.session(user=user, context=context) as s, s.begin():
            yield s

    def backup_now(self, label: str = "backup") -> Path:
        if not self.path:
            raise DatabaseOpenError("backups of a server database are made with the server's own tools (pg_dump)")
        return sqlite_specific.backup(self.path, label, self.passphrase)

    def dispose(self) -> None:
        self.engine.dispose()


_migrate_lock = threading.Lock()


def open_database(db: str | os.PathLike[str] | URL | None = None, *, create: bool = True,
                  upgrade: bool = True, seed: bool = True, passphrase: str | None = None,
                  encrypt_new: bool = False) -> Database:
    """Open (and by default create) a database, upgrading its schema after a backup.

    `passphrase` opens an encrypted file (a plain one opens without it); a new file is created
    encrypted with it only when `encrypt_new` is set. Raises DatabaseOpenError with a one-line
    message for anything a user can get wrong (sqlite_specific.WrongPassphrase for a wrong
    passphrase); in that case the file is left as it was."""
    url = db if isinstance(db, URL) else resolve_url(db)
    is_sqlite = url.get_backend_name() == "sqlite"
    path: Path | None = None
    if is_sqlite:
        if not url.database or url.database == ":memory:":
            raise DatabaseOpenError("casualtydb needs a database file, not an in-memory database")
        path = Path(url.database)
        if path == default_path():
            path.parent.mkdir(parents=True, exist_ok=True)
        sqlite_specific.check_file(path, create=create, passphrase=passphrase)
        if sqlite_specific.is_encrypted_file(path) or (encrypt_new and not sqlite_specific.is_plain_file(path)):
            if passphrase is None:
                raise DatabaseOpenError("an encrypted database needs a passphrase")
            key = sqlite_specific.KeyHolder(passphrase)
        else:
            key = sqlite_specific.KeyHolder(None)
        sqlite_specific.check_not_locked(path, key.passphrase)
        current = sqlite_specific.read_revision(path, key.passphrase)
        engine = sqlite_specific.create_file_engine(url, key)
    else:
        server.check_transport(url)
        key = sqlite_specific.KeyHolder(None)
        engine = create_engine(url, pool_pre_ping=True)
        try:
            with engine.connect() as conn:
                current = MigrationContext.configure(conn).get_current_revision()
        except OperationalError as exc:
            engine.dispose()
            raise DatabaseOpenError(f"cannot connect to {url.render_as_string(hide_password=True)}: "
                                    f"{str(exc.orig).strip().splitlines()[0]}") from None

    database = Database(url=url, engine=engine, key=key)
    head = head_revision()
    if current is not None and current not in known_revisions():
        engine.dispose()
        raise DatabaseOpenError(
            f"{database.describe()} was made by a newer casualtydb (schema {current}); update casualtydb to open it")
    if current != head:
        if not upgrade:
            engine.dispose()
            raise DatabaseOpenError(f"{database.describe()} needs a schema upgrade (at {current}, app needs {head})")
        with _migrate_lock:
            if path is not None and current is not None:
                database.backup_path = sqlite_specific.backup(path, f"before-{head}", key.passphrase)
            _upgrade(database)
            if current is not None:
                with database.engine.begin() as conn:
                    seal_unchained(conn)
    if seed:
        with database.transaction(context="reference data") as s:
            ensure_reference_data(s)
    return database


def _upgrade(database: Database) -> None:
    cfg = alembic_config(database.url)
    with database.engine.connect() as conn:
        if database.is_sqlite:
            sqlite_specific.set_foreign_keys(conn, False)
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if database.is_sqlite:
                    sqlite_specific.check_foreign_keys(conn)
        finally:
            if database.is_sqlite:
                sqlite_specific.set_foreign_keys(conn, True)
