"""The map's read on PostgreSQL: the same points as on SQLite for the demo data (a uuid has no
MIN() there, window functions and grouped aggregates must be portable)."""

from __future__ import annotations

from datetime import date

import pytest

from casualtydb.db import open_database
from casualtydb.demo import demo_id, load_demo
from casualtydb.mapping.points import map_data, point_incidents
from casualtydb.queries.incidents import IncidentFilters

pytestmark = pytest.mark.postgres


def test_map_data_on_postgresql(pg_url: str) -> None:
    database = open_database(pg_url)
    try:
        load_demo(database)
        with database.session() as s:
            data = map_data(s, lang="en")
            assert {p.name: (p.incidents, p.killed) for p in data.points} == {"Susat": (2, 10), "Deir-ez-Zor": (2, 7)}
            listed, total = point_incidents(s, data.points[0], lang="en")
            assert total == 2 and {i.place for i in listed} == {"As-Susah"}
            one = map_data(s, IncidentFilters(date_from=date(2017, 10, 30)), lang="en")
            single = next(p for p in one.points if p.incidents == 1)
            assert single.incident_id == demo_id("incident:strike-hamidiya")
    finally:
        database.dispose()
