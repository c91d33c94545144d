"""Saved column mappings (import_mappings) travel with merge-db and bundles like the other
records: one saved in one database is found by name in the other, a mapping saved under the same
name on both sides is one record, and edits on both sides are a listed conflict."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select

from casualtydb.io.formats.mapped import Mapping
from casualtydb.io.formats.saved import load_mapping, save_mapping
from casualtydb.models import AuditEntry, ImportMapping
from casualtydb.sync.bundle import write_bundle
from casualtydb.verify import verify
from helpers.merging import FieldDb, content_dump, merge


def _save(database, user: str, name: str, columns: dict[str, str]) -> None:  # noqa: ANN001
    with database.transaction(user=user) as s:
        save_mapping(s, Mapping.from_json({"name": name, "columns": columns}, name), list(columns))


def _saved(database) -> dict[str, dict[str, str]]:  # noqa: ANN001
    with database.session() as s:
        return {m.name: m.columns for m in s.scalars(select(ImportMapping))}


def test_saved_mappings_travel_with_merge_db(field_db: FieldDb) -> None:
    a, b = field_db("a"), field_db("b")
    _save(a, "amal", "monthly", {"التاريخ": "date", "القرية": "place", "الشهداء": "killed"})
    with a.session() as s:  # saved through the audited path, like every record a merge carries
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.table_name == "import_mappings")).all() == [
            "insert"]
    summary = merge(b, a)
    assert summary.to_dict()["added"].get("import_mappings") == 1
    with b.session() as s:
        assert load_mapping(s, "monthly").columns == {"التاريخ": "date", "القرية": "place", "الشهداء": "killed"}
    # The same name saved on the other side is the same record, not a second "weekly".
    _save(a, "amal", "weekly", {"Date": "date", "Killed": "killed"})
    _save(b, "bilal", "weekly", {"Date": "date", "Killed": "killed"})
    merge(b, a)
    merge(a, b)
    assert _saved(a) == _saved(b) and sorted(_saved(a)) == ["monthly", "weekly"]
    # Edited on one side: taken; edited on both: a conflict listed with both versions.
    _save(a, "amal", "monthly", {"التاريخ": "date", "القرية": "place", "الشهداء": "killed:civilians"})
    assert merge(b, a).to_dict()["updated"] == {"import_mappings": 1}
    _save(a, "amal", "weekly", {"Date": "date", "Killed": "killed:children"})
    _save(b, "bilal", "weekly", {"Date": "date", "Killed": "killed:women"})
    conflicts = merge(b, a).to_dict()["conflicts"]
    assert conflicts == {"import_mappings": 1}, conflicts
    # Every mapping's history is in the audit log, copied with it: `verify` finds no break.
    for database in (a, b):
        assert [br for br in verify(database).breaks if br.table == "import_mappings"] == []


def test_saved_mappings_travel_in_bundles(field_db: FieldDb, tmp_path: Path) -> None:
    a, b = field_db("a"), field_db("b")
    time.sleep(0.01)
    since = datetime.now(timezone.utc)
    time.sleep(0.01)
    _save(a, "amal", "monthly", {"التاريخ": "date", "الشهداء": "killed"})
    info = write_bundle(a, tmp_path / "amal.cdbx", since=since)
    assert info.counts["import_mappings"] == 1
    merge(b, info.path)
    assert _saved(b) == {"monthly": {"التاريخ": "date", "الشهداء": "killed"}}
    assert content_dump(a)["import_mappings"] == content_dump(b)["import_mappings"]
    assert not merge(b, info.path).changed
