"""Two auditors saving the same incident on one SQLite file: the second save is refused with
what changed, and nothing of either is lost (the PostgreSQL variant is in tests/postgres)."""

from __future__ import annotations

from casualtydb.db import Database
from helpers import concurrency


def test_stale_save_is_refused_with_what_changed(demo_db: Database) -> None:
    concurrency.sequential_stale_save(demo_db)


def test_concurrent_saves_second_is_refused(demo_db: Database) -> None:
    concurrency.concurrent_saves(demo_db)


def test_stale_save_without_original_reads_the_audit_log(demo_db: Database) -> None:
    concurrency.stale_save_without_original(demo_db)


def test_save_of_a_record_deleted_meanwhile(demo_db: Database) -> None:
    concurrency.save_after_delete(demo_db)
