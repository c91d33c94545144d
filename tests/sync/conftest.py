"""Fixtures for the merge tests (helpers in tests/helpers/merging.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casualtydb.db import Database, open_database
from casualtydb.demo import load_demo
from helpers.merging import FieldDb


@pytest.fixture
def field_db(tmp_path: Path) -> Iterator[FieldDb]:
    """A new database filled from the demo, one per name."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        database = open_database(tmp_path / f"{name}.db")
        load_demo(database)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.dispose()


