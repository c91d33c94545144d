"""`export --since-last` on a PostgreSQL server: what the recipient holds is remembered there,
a second export is empty, an edit is exactly one change."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from casualtydb.cli import main
from casualtydb.db import open_database
from casualtydb.demo import demo_id, load_demo
from casualtydb.models import Incident

pytestmark = pytest.mark.postgres


def test_since_last_on_postgresql(pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(pg_url)
    load_demo(db)
    args = ["--db", pg_url, "export"]
    assert main([*args, str(tmp_path / "a.xlsx"), "--since-last", "NGO", "--lang", "en", "--redact"]) == 0
    assert main([*args, str(tmp_path / "b.xlsx"), "--since-last", "NGO"]) == 0
    assert "0 rows added, 0 changed (0 columns), 0 withdrawn" in capsys.readouterr().out
    with db.transaction() as s:
        s.get(Incident, demo_id("incident:strike-sousa")).description_en = "revised on the server"
    assert main([*args, str(tmp_path / "c.xlsx"), "--since-last", "NGO"]) == 0
    changes = list(load_workbook(tmp_path / "c.xlsx")["Changes"].iter_rows(min_row=3, values_only=True))
    assert [c[:4] for c in changes] == [("changed", "Incidents", str(demo_id("incident:strike-sousa")),
                                         "description (English)")]
    db.dispose()
