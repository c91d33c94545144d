"""Migrations on a real PostgreSQL server, beyond tests/test_migrations.py (which runs the
upgrade/downgrade/upgrade round trip on SQLite and PostgreSQL): Alembic's own `check` against the
server, and every revision stepped down and up again with data in the database."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.engine import make_url

from casualtydb.db import alembic_config, open_database
from casualtydb.demo import load_demo
from casualtydb.models import Base

pytestmark = pytest.mark.postgres

# Tables whose rows must survive a step down and up of any later revision.
CORE = ("sources", "reports", "incidents", "claims", "places", "actors", "audit_log")


def _drift(url: str) -> list:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    finally:
        engine.dispose()


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            present = set(inspect(conn).get_table_names())
            return {t: conn.execute(select(func.count()).select_from(text(t))).scalar_one() for t in CORE
                    if t in present}
    finally:
        engine.dispose()


def test_alembic_check_finds_nothing_to_generate(pg_url: str) -> None:
    cfg = alembic_config(make_url(pg_url))
    command.upgrade(cfg, "head")
    command.check(cfg)  # raises when the models and the server's schema differ


def test_each_revision_steps_down_and_up_with_data(pg_url: str) -> None:
    database = open_database(pg_url)
    load_demo(database)
    database.dispose()
    before = _counts(pg_url)
    assert before["claims"] == 14 and before["places"] > 300
    cfg = alembic_config(make_url(pg_url))
    script = ScriptDirectory.from_config(cfg)
    revisions = [r.revision for r in script.walk_revisions()]  # head first
    for revision in revisions[:-1]:  # the first revision's downgrade drops everything
        down = script.get_revision(revision).down_revision
        command.downgrade(cfg, down)
        command.upgrade(cfg, revision)
        assert _counts(pg_url) == before, f"data lost stepping through {revision}"
    command.upgrade(cfg, "head")
    assert _drift(pg_url) == []
