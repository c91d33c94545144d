"""Helpers of the merge tests: field workers' databases filled from the demo plus their own
reports, and ways to compare databases."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from casualtydb.db import Database, open_database
from casualtydb.demo import demo_id, load_demo
from casualtydb.models import Category, Claim, Report, Source, VictimGroup
from casualtydb.sync.merge import MergeSummary, merge_database
from casualtydb.sync.other import open_other
from casualtydb.sync.tables import SYNCED, content

FieldDb = Callable[[str], Database]


@pytest.fixture
def field_db(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[FieldDb]:
    """A new database filled from the demo, one per name (encrypted, all with the same
    passphrase, under --encrypted-db)."""
    from conftest import ENCRYPTED_PASSPHRASE, encrypted_run  # noqa: PLC0415

    secret = ENCRYPTED_PASSPHRASE if encrypted_run(request.config) else None
    opened: list[Database] = []

    def make(name: str) -> Database:
        database = open_database(tmp_path / f"{name}.db", passphrase=secret, encrypt_new=secret is not None)
        load_demo(database)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.dispose()


def merge(target: Database, other: Database | Path | str, **kwargs: Any) -> MergeSummary:
    spec = other.path if isinstance(other, Database) and other.path else (
        other.url.render_as_string(hide_password=False) if isinstance(other, Database) else other)
    with open_other(spec, passphrases=(target.passphrase,)) as handle:
        return merge_database(target, handle, **kwargs)


def content_dump(database: Database) -> dict[str, dict[str, dict[str, Any]]]:
    """Every merged record's content (bookkeeping columns and tables left out), by table and id."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with database.engine.connect() as conn:
        for spec in SYNCED:
            rows: dict[str, dict[str, Any]] = {}
            for row in conn.execute(select(spec.table)).mappings():
                rows[str(row["id"])] = dict(row)
            for link in spec.links:
                for owner, member in conn.execute(select(link.table.c[link.owner_column],
                                                         link.table.c[link.member_column])):
                    rows[str(owner)].setdefault(link.key, []).append(member)
            out[spec.name] = {rid: content(spec, row) for rid, row in rows.items()}
    return out


def full_dump(path: Path) -> str:
    """The whole SQLite file as SQL text (every table, bookkeeping included); an encrypted one
    is read with the test passphrase."""
    from casualtydb import sqlite_specific  # noqa: PLC0415
    from conftest import ENCRYPTED_PASSPHRASE  # noqa: PLC0415

    secret = ENCRYPTED_PASSPHRASE if sqlite_specific.is_encrypted_file(path) else None
    con = sqlite_specific.connect(path, secret)
    try:
        # sqlcipher3 has no iterdump(): the schema, then every row of every table, sorted.
        lines = [sql for (sql,) in con.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")]
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
            lines += sorted(f"{name} {row!r}" for row in con.execute(f'SELECT * FROM "{name}"'))
        return "\n".join(lines)
    finally:
        con.close()


def add_report(database: Database, *, user: str, source: str, title: str, incident: str, killed: int,
               source_en: str | None = None) -> dict[str, uuid.UUID]:
    """A field worker's new source, report and claim about a demo incident."""
    with database.transaction(user=user) as s:
        src = s.scalars(select(Source).where(Source.name_ar == source)).first()
        if src is None:
            src = Source(name_ar=source, name_en=source_en)
            s.add(src)
            s.flush()
        report = Report(source_id=src.id, title=title, published_date=date(2017, 11, 2), language="ar",
                        text=f"{title}: مقتل {killed} مدنيين")
        s.add(report)
        s.flush()
        claim = Claim(report_id=report.id, incident_id=demo_id(f"incident:{incident}"), category=Category.KILLED,
                      victim_group=VictimGroup.CIVILIANS, min=killed, max=killed)
        s.add(claim)
        s.flush()
        return {"source": src.id, "report": report.id, "claim": claim.id}
