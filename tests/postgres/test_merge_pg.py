"""The team server: field workers' SQLite files merge into a PostgreSQL database and back, in
one transaction, and every command works with `--db postgresql+psycopg://…`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casualtydb.cli import main
from casualtydb.db import Database, open_database
from casualtydb.demo import demo_id, load_demo
from casualtydb.models import AuditEntry, Incident
from casualtydb.sync.bundle import write_bundle
from helpers.merging import FieldDb, add_report, content_dump, merge

pytestmark = pytest.mark.postgres

SOUSA = demo_id("incident:strike-sousa")


@pytest.fixture
def server_db(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    load_demo(database)
    yield database
    database.dispose()


def test_field_databases_merge_into_the_server_and_back(server_db: Database, field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    add_report(a, user="amal", source="تنسيقية البوكمال", title="تقرير أمل", incident="strike-sousa", killed=8)
    add_report(b, user="bilal", source="شبكة الميادين", title="تقرير بلال", incident="strike-hamidiya", killed=11)
    with server_db.transaction(user="audrey") as s:
        s.get(Incident, SOUSA).description_en = "auditor"
    with a.transaction(user="amal") as s:
        s.get(Incident, SOUSA).description_en = "amal"  # newer: a conflict, amal's applied

    assert merge(server_db, a).to_dict()["conflicts"] == {"incidents": 1}
    assert merge(server_db, b).to_dict()["added"] == {"claims": 1, "reports": 1, "sources": 1}
    # Back to the workers: the server as OTHER, by URL.
    merge(a, server_db)
    merge(b, server_db)
    assert content_dump(a) == content_dump(server_db) == content_dump(b)
    assert not merge(server_db, a).to_dict()["totals"]["added"]


def test_failed_merge_into_the_server_writes_nothing(server_db: Database, field_db: FieldDb) -> None:
    a = field_db("a")
    add_report(a, user="amal", source="تنسيقية البوكمال", title="تقرير", incident="strike-sousa", killed=8)
    before = content_dump(server_db)
    with server_db.engine.connect() as conn:
        audit_before = conn.execute(select(func.count()).select_from(AuditEntry)).scalar()

    def fail(stage: str, done: int, total: int) -> None:
        if stage == "audit log":
            raise RuntimeError("connection lost")

    with pytest.raises(RuntimeError):
        merge(server_db, a, progress=fail)
    assert content_dump(server_db) == before
    with server_db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(AuditEntry)).scalar() == audit_before


def test_bundle_from_the_server_into_a_field_file(server_db: Database, field_db: FieldDb, tmp_path: Path) -> None:
    add_report(server_db, user="audrey", source="مصدر الخادم", title="من الخادم", incident="strike-sousa", killed=4)
    info = write_bundle(server_db, tmp_path / "server.cdbx", since=None)
    a = field_db("a")
    merge(a, info.path)
    assert content_dump(a) == content_dump(server_db)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out = capsys.readouterr()
    assert code == 0, (args, out.err)
    return out.out


def test_every_command_works_against_postgresql(pg_url: str, field_db: FieldDb, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", pg_url]
    assert "postgresql" in _run(capsys, *db, "init")
    _run(capsys, *db, "demo")
    stats = json.loads(_run(capsys, *db, "stats", "--json"))
    assert stats["incidents"] == 4
    assert "incident" in _run(capsys, *db, "search", "السوسة")
    _run(capsys, *db, "reindex")
    workbook = tmp_path / "out.xlsx"
    _run(capsys, *db, "export", str(workbook))
    assert workbook.stat().st_size > 0
    _run(capsys, *db, "import", "--dry-run", str(workbook))
    assert "already present" in _run(capsys, *db, "import", str(workbook))
    text = tmp_path / "report.txt"
    text.write_text("قتل خمسة مدنيين في السوسة", encoding="utf-8")
    _run(capsys, *db, "extract", str(text), "--json")
    a = field_db("a")
    add_report(a, user="amal", source="تنسيقية البوكمال", title="تقرير", incident="strike-sousa", killed=8)
    with a.transaction(user="amal") as s:
        s.get(Incident, SOUSA).notes = "amal"
    with open_database(pg_url).transaction(user="audrey") as s:
        s.get(Incident, SOUSA).notes = "audrey"
    summary = json.loads(_run(capsys, *db, "merge-db", str(a.path), "--json"))
    assert summary["totals"]["added"] == 3 and summary["totals"]["conflicts"] == 1
    [conflict] = json.loads(_run(capsys, *db, "merge-conflicts", "--json"))
    _run(capsys, *db, "merge-conflicts", "--resolve", conflict["id"], "--keep", "local")
    json.loads(_run(capsys, *db, "merge-matches", "--all", "--json"))
    bundle = tmp_path / "server.cdbx"
    _run(capsys, *db, "bundle", str(bundle), "--since", "2000-01-01")
    assert bundle.exists()
