"""Fixtures shared by all tests: Qt offscreen, a fresh SQLite file per test, a real PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never look for a display in tests (no DISPLAY → a misleading abort otherwise).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CASUALTYDB_USER", "tester")

from casualtydb.db import Database, open_database  # noqa: E402

from helpers.pg_server import PgServer, find_bindir  # noqa: E402

# The passphrase of every test database under --encrypted-db: quotes, spaces and Arabic, so that
# quoting and encoding mistakes show.
ENCRYPTED_PASSPHRASE = "كلمة 'مرور' للاختبار"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--encrypted-db", action="store_true",
                     help="run with every test database encrypted (SQLCipher) and its passphrase supplied "
                          "through $CASUALTYDB_PASSPHRASE_FILE, as a script would")


def encrypted_run(config: pytest.Config) -> bool:
    return bool(config.getoption("--encrypted-db"))


@pytest.fixture(autouse=True)
def _passphrase_for_encrypted_runs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    if not encrypted_run(request.config):
        monkeypatch.delenv("CASUALTYDB_PASSPHRASE_FILE", raising=False)
        return
    secret = tmp_path_factory.mktemp("secret") / "passphrase"
    secret.write_text(ENCRYPTED_PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setenv("CASUALTYDB_PASSPHRASE_FILE", str(secret))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests out of the real user's data folder and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CASUALTYDB_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


def _open_test_database(path: Path, config: pytest.Config) -> Database:
    if encrypted_run(config):
        return open_database(path, passphrase=ENCRYPTED_PASSPHRASE, encrypt_new=True)
    return open_database(path)


@pytest.fixture(scope="session")
def _database_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, Path]:
    """Migrated and seeded files (one with the demo loaded), made once and copied for each test:
    migrating, seeding and loading the demo cost more than most tests that use them."""
    return {}


@pytest.fixture
def db(db_path: Path, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
       _database_templates: dict[bool, Path]) -> Iterator[Database]:
    from casualtydb.demo import load_demo

    demo = "demo_db" in request.fixturenames
    template = _database_templates.get(demo)
    if template is None:
        template = tmp_path_factory.mktemp("template") / "template.db"
        made = _open_test_database(template, request.config)
        if demo:
            load_demo(made)
        made.dispose()
        _database_templates[demo] = template
    # A copy shares the template's database id and history, as a copied file does; tests that need
    # databases of their own (merging two field files) open them with open_database.
    shutil.copyfile(template, db_path)
    database = _open_test_database(db_path, request.config)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db: Database) -> Database:
    """The demo data set (the `db` fixture copies it from a template when a test asks for this)."""
    return db


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries on this machine (initdb not found): PostgreSQL tests skipped")
    server = PgServer.start(bindir)
    yield server
    server.stop()


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A new, empty PostgreSQL database on the throwaway server, dropped afterwards."""
    server: PgServer = request.getfixturevalue("pg_server")
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = server.create_database(name)
    yield url
    server.drop_database(name)
