"""Schema migrations: one head, upgrade/downgrade/upgrade, and no drift from the models,
on SQLite files and on a real PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from casualtydb.db import alembic_config, open_database
from casualtydb.models import Base


def _sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'm.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return _sqlite_url(tmp_path)
    return request.getfixturevalue("pg_url")


def test_exactly_one_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"several migration heads: {heads}"


def _drift(url: str) -> list:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            return compare_metadata(ctx, Base.metadata)
    finally:
        engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_upgrade_downgrade_upgrade_without_drift(url: str) -> None:
    cfg = alembic_config(make_url(url))
    command.upgrade(cfg, "head")
    assert _drift(url) == []
    assert set(Base.metadata.tables) <= _tables(url)
    command.downgrade(cfg, "base")
    assert _tables(url) <= {"alembic_version"}
    command.upgrade(cfg, "head")
    assert _drift(url) == []


@pytest.mark.postgres
def test_open_database_on_postgresql_migrates_and_seeds(pg_url: str) -> None:
    database = open_database(pg_url)
    try:
        with database.engine.connect() as conn:
            places = conn.execute(text("SELECT count(*) FROM places")).scalar_one()
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert places > 300
        assert revision == ScriptDirectory.from_config(alembic_config()).get_current_head()
    finally:
        database.dispose()


def test_upgrade_on_open_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    script = ScriptDirectory.from_config(alembic_config())
    revisions = list(script.walk_revisions())
    if len(revisions) < 2:
        # Simulate a database one step behind: stamp it at base after creating the schema.
        database = open_database(path)
        database.dispose()
        with create_engine(f"sqlite:///{path}").begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'ffffdeadbeef'"))
        with pytest.raises(Exception, match="newer casualtydb"):
            open_database(path)
        return
    first = revisions[-1].revision
    command.upgrade(alembic_config(make_url(f"sqlite:///{path}")), first)
    database = open_database(path)
    try:
        assert database.backup_path is not None and database.backup_path.exists()
        assert database.backup_path.parent == path.parent
        with create_engine(f"sqlite:///{database.backup_path}").connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == first
    finally:
        database.dispose()
