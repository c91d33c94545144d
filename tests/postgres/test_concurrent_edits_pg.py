"""Two auditors saving the same incident on a shared PostgreSQL server, with two real
connections at once: the second save waits for the first, then is refused with what changed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from casualtydb.db import Database, open_database
from casualtydb.demo import load_demo
from helpers import concurrency

pytestmark = pytest.mark.postgres


PEOPLE = ("alice", "bob", "carol")


@pytest.fixture
def pg_demo(pg_server, pg_url: str) -> Iterator[Database]:
    """The demo on the server, and one login per person (members of a team role with the
    privileges `server-grants` gives): the audit log records logins, so each person is one."""
    import psycopg
    from sqlalchemy.engine import make_url

    from casualtydb.server import team_grants

    database = open_database(pg_url)
    load_demo(database)
    dbname = make_url(pg_url).database
    with psycopg.connect(f"host=127.0.0.1 port={pg_server.port} user=postgres dbname={dbname}",
                         autocommit=True) as conn:
        conn.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'test_team') "
                     "THEN CREATE ROLE test_team NOLOGIN; END IF; END $$")
        for person in PEOPLE:
            conn.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{person}') "
                         f"THEN CREATE ROLE {person} LOGIN IN ROLE test_team; END IF; END $$")
        for statement in team_grants("test_team"):
            conn.execute(statement)
    database.logins = {p: open_database(pg_url.replace("postgres@", f"{p}@", 1), seed=False) for p in PEOPLE}
    yield database
    for other in database.logins.values():
        other.dispose()
    database.dispose()


def test_concurrent_saves_second_waits_then_is_refused(pg_demo: Database) -> None:
    took = concurrency.concurrent_saves(pg_demo)
    # Bob's UPDATE waited on Alice's row lock, then found the version moved on.
    assert took >= concurrency.HOLD * 0.7


def test_stale_save_is_refused_with_what_changed(pg_demo: Database) -> None:
    concurrency.sequential_stale_save(pg_demo)


def test_stale_save_without_original_reads_the_audit_log(pg_demo: Database) -> None:
    concurrency.stale_save_without_original(pg_demo)


def test_save_of_a_record_deleted_meanwhile(pg_demo: Database) -> None:
    concurrency.save_after_delete(pg_demo)
