"""The drafts store: inside the database (so encryption covers it), newest first, one commit per
write, deletion after save, the first version's draft files taken in and deleted."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from casualtydb.db import Database, open_database
from casualtydb.services.drafts import DraftStore, legacy_folder
from casualtydb.services.report_entry import ClaimDraft, ReportDraft


def test_save_load_delete(db: Database) -> None:
    store = DraftStore(db)
    draft = ReportDraft(text="استشهد سبعة مدنيين", claims=[ClaimDraft(category="killed", min=7, max=7)])
    store.save(draft.draft_id, draft.to_json(), label="حرية برس")
    assert ReportDraft.from_json(store.load(draft.draft_id)) == draft
    [info] = store.list()
    assert (info.draft_id, info.label) == (draft.draft_id, "حرية برس")
    store.save(draft.draft_id, {"text": "changed"}, label="حرية برس")
    assert store.load(draft.draft_id) == {"text": "changed"} and len(store.list()) == 1
    store.delete(draft.draft_id)
    assert store.load(draft.draft_id) is None and store.list() == []
    store.delete(draft.draft_id)  # twice is fine


def test_a_draft_survives_the_process_and_is_not_in_the_audit_log(db: Database, db_path: Path) -> None:
    DraftStore(db).save("d1", {"text": "مسودة"}, label="x")
    db.dispose()
    again = open_database(db_path)
    try:
        assert DraftStore(again).load("d1") == {"text": "مسودة"}
    finally:
        again.dispose()
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("SELECT count(*) FROM audit_log WHERE table_name = 'drafts'").fetchone()[0] == 0
    finally:
        con.close()


def test_a_failed_write_keeps_the_previous_draft(db: Database) -> None:
    store = DraftStore(db)
    store.save("d1", {"text": "before"})
    with pytest.raises(TypeError):
        store.save("d1", {"text": object()})  # not JSON: nothing written
    assert store.load("d1") == {"text": "before"}


def test_newest_first(db: Database) -> None:
    store = DraftStore(db)
    now = datetime.now(timezone.utc)
    store.save("a", {}, saved_at=now - timedelta(minutes=2))
    store.save("c", {}, saved_at=now)
    store.save("b", {}, saved_at=now - timedelta(minutes=1))
    assert [d.draft_id for d in store.list()] == ["c", "b", "a"]


def test_ids_are_checked(db: Database) -> None:
    with pytest.raises(ValueError):
        DraftStore(db).save("../evil", {})


def test_the_first_versions_draft_files_are_taken_in_and_deleted(db: Database) -> None:
    folder = legacy_folder()
    assert str(folder).startswith(str(Path.home())) or "casualtydb" in folder.parts  # under XDG_DATA_HOME
    folder.mkdir(parents=True)

    def write(name: str, database: str | None, text: str) -> Path:
        path = folder / f"{name}.json"
        path.write_text(json.dumps({"saved_at": "2026-11-30T10:00:00+00:00", "database": database,
                                    "label": "حرية", "draft": {"text": text}}, ensure_ascii=False),
                        encoding="utf-8")
        return path

    mine, unbound, other = write("m1", db.describe(), "لي"), write("u1", None, "بلا"), write("o1", "/x.db", "غير")
    damaged = folder / "bad.json"
    damaged.write_bytes(b"\xff not json")
    store = DraftStore(db)
    assert store.adopt_files() == 2
    assert store.load("m1") == {"text": "لي"} and store.load("u1") == {"text": "بلا"}
    assert [d.saved_at for d in store.list()][0] == datetime(2026, 11, 30, 10, tzinfo=timezone.utc)
    assert not mine.exists() and not unbound.exists()
    assert other.exists() and damaged.exists() and store.load("o1") is None
    assert store.adopt_files() == 0
