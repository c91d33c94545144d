"""The same cross-referencing SQL on a real PostgreSQL server: the scan (recursive relay CTE,
packed aggregates, temporary table, UPDATE … FROM), duplicates (day numbers, containment),
merge / unmerge, and agreement with the Python rule on a generated database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from casualtydb.crossref import refresh_incidents, scan
from casualtydb.crossref.conflicts import list_conflicts
from casualtydb.crossref.duplicates import find_duplicates, pair_key
from casualtydb.crossref.merge import merge, unmerge
from casualtydb.crossref.reconcile import reconcile
from casualtydb.crossref.scan import evaluate
from casualtydb.db import Database, open_database
from casualtydb.demo import demo_id, load_demo
from casualtydb.models import Category, ConflictStatus, IncidentFigure, VictimGroup

from .conftest import Builder

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    yield database
    database.dispose()


def _stored(db: Database) -> dict:
    with db.session() as s:
        return {(f.incident_id, Category(f.category), VictimGroup(f.victim_group)): f
                for f in s.scalars(select(IncidentFigure))}


def test_demo_scan_conflicts_and_duplicates_on_postgresql(pg_db: Database) -> None:
    load_demo(pg_db)
    with pg_db.transaction() as s:  # the demo arrives with its figures: start from none
        s.execute(delete(IncidentFigure))
    with pg_db.transaction() as s:
        summary = scan(session=s)
    assert (summary.groups, summary.open, summary.written) == (8, 3, 8)
    with pg_db.transaction() as s:
        assert scan(session=s).written == 0
    stored = _stored(pg_db)
    hamidiya = stored[(demo_id("incident:strike-hamidiya"), Category.KILLED, VictimGroup.CIVILIANS)]
    assert (hamidiya.low, hamidiya.best, hamidiya.high, hamidiya.status, hamidiya.independent_sources) == (
        7, 7, 9, ConflictStatus.CONFLICTING, 3)
    with pg_db.session() as s:
        assert [round(g.result.severity, 3) for g in list_conflicts(session=s)] == [0.3, 0.222, 0.167]
        [dup] = find_duplicates(session=s)
    sousa, hospital = demo_id("incident:strike-sousa"), demo_id("incident:strike-sousa-hospital")
    assert dup.incidents == pair_key(sousa, hospital) and dup.score == pytest.approx(0.85)
    with pg_db.transaction() as s:
        reconcile(session=s, incident_id=sousa, category="killed", group="civilians", low=5, best=6, high=6,
                  rationale="monitor")
        merge(session=s, kept_id=sousa, absorbed_id=hospital)
    with pg_db.session() as s:
        assert find_duplicates(session=s) == []
        figs = {k[1:]: f.status for k, f in _stored(pg_db).items() if k[0] == sousa}
        # The hospital's 4 joined the group after the assessment (5 to 6) and falls outside it.
        assert figs[(Category.KILLED, VictimGroup.CIVILIANS)] == ConflictStatus.NEEDS_REVIEW
    with pg_db.transaction() as s:
        unmerge(session=s, absorbed_id=hospital)
    with pg_db.session() as s:
        assert len(find_duplicates(session=s)) == 1


def test_three_sources_and_a_relay_chain_on_postgresql(pg_db: Database) -> None:
    b = Builder(pg_db)
    iid = b.incident()
    _, origin, _ = b.sourced_claim(iid, 7)
    relay = b.report(b.source("relay"), relays_report=origin)
    b.claim(relay, iid, 7)
    b.claim(b.report(b.source("relay of relay"), relays_report=relay), iid, 7)
    b.sourced_claim(iid, 12)
    with pg_db.transaction() as s:
        refresh_incidents(session=s, incident_ids=[iid])
    f = _stored(pg_db)[(iid, Category.KILLED, VictimGroup.CIVILIANS)]
    assert (f.status, f.claims_count, f.independent_sources, f.severity) == (
        ConflictStatus.CONFLICTING, 4, 2, pytest.approx(5 / 12))


def test_sql_scan_agrees_with_the_python_rule_on_postgresql(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2]))
    from benchmarks.generate import generate

    generate(pg_url, incidents=150, seed=3, sources=20)
    db = open_database(pg_url)
    try:
        with db.transaction() as s:
            scan(session=s)
        stored = _stored(db)
        with db.session() as s:
            computed = evaluate(session=s, incident_ids={k[0] for k in stored})
        assert len(stored) == len(computed) > 150
        for key, f in stored.items():
            r = computed[key]
            assert (f.low, f.best, f.high, f.status, f.claims_count, f.independent_sources) == (
                r.low, r.best, r.high, r.status, r.claims_count, r.independent_sources)
        with db.session() as s:
            find_duplicates(session=s)  # the day_number / temporary-table SQL runs on PostgreSQL
    finally:
        db.dispose()
