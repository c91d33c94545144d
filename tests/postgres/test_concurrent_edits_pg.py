"""Two auditors saving the same incident on a shared PostgreSQL server, with two real
connections at once: the second save waits for the first, then is refused with what changed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from casualtydb.db import Database, open_database
from casualtydb.demo import load_demo
from helpers import concurrency

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_demo(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    load_demo(database)
    yield database
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
