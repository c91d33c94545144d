"""Migration 0410 creates the search index and fills it for the rows a database already holds,
with the same entries as the app's own indexer (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, select

from casualtydb.db import alembic_config, open_database
from casualtydb.demo import load_demo
from casualtydb.models import SearchDocument, SearchTerm


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "m.db")
    return request.getfixturevalue("pg_url")


def _snapshot(conn) -> set[tuple]:
    return set(conn.execute(select(SearchDocument.kind, SearchDocument.record_id, SearchDocument.size,
                                   SearchTerm.token, SearchTerm.weight)
                            .join(SearchTerm, SearchTerm.document_id == SearchDocument.id)).all())


def test_upgrade_indexes_existing_rows_like_the_app(url: str) -> None:
    database = open_database(url)
    try:
        load_demo(database)  # indexed by the ORM hook
        with database.engine.connect() as conn:
            by_app = _snapshot(conn)
        assert len({(k, r) for k, r, *_ in by_app}) > 380
        cfg = alembic_config(database.url)
        command.downgrade(cfg, "0001")
        assert "search_terms" not in inspect(database.engine).get_table_names()
        command.upgrade(cfg, "head")
        with database.engine.connect() as conn:
            assert _snapshot(conn) == by_app
    finally:
        database.dispose()
