"""`casualtydb search` and `casualtydb reindex` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casualtydb.cli import main
from casualtydb.db import Database


def test_search_json(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_db.path), "search", "الحميديّة", "--json", "--limit", "5"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert 0 < len(hits) <= 5
    assert set(hits[0]) == {"kind", "id", "title", "snippet", "score"}
    assert any(h["kind"] == "place" and "الحميدية" in h["title"] for h in hits)


def test_search_text_output_and_kind_filter(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_db.path), "search", "حريه", "برس", "--kind", "source"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("source") and "حرية برس" in out
    assert main(["--db", str(demo_db.path), "search", "لاشيءهنا"]) == 0
    assert capsys.readouterr().out.strip() == "nothing found"


def test_bad_limit_is_a_one_line_error(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_db.path), "search", "x", "--limit", "0"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("casualtydb: error:") and "--limit" in err and "Traceback" not in err


def test_reindex(demo_db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["--db", str(demo_db.path), "reindex"]) == 0
    out = capsys.readouterr().out
    assert "search index rebuilt" in out and "5 reports" in out
    assert main(["--db", str(demo_db.path), "reindex", "--kind", "place"]) == 0
