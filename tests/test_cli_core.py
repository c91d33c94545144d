"""The command line as a script uses it: init, demo, stats, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casualtydb.cli import main


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "casualtydb", *args], capture_output=True, text=True,
                          timeout=120)


def test_demo_then_stats_json(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    assert run("--db", db, "demo").returncode == 0
    stats = json.loads(run("--db", db, "stats", "--json").stdout)
    assert set(stats) == {"incidents", "reports", "sources", "claims", "places", "actors"}
    assert stats["incidents"] == 4 and stats["reports"] == 5 and stats["sources"] == 6 and stats["claims"] == 14
    again = run("--db", db, "demo")
    assert again.returncode == 0 and "nothing added" in again.stdout
    assert json.loads(run("--db", db, "stats", "--json").stdout) == stats


def test_init_prints_the_location(tmp_path: Path, capsys) -> None:
    db = tmp_path / "new.db"
    assert main(["--db", str(db), "init"]) == 0
    assert capsys.readouterr().out.strip() == str(db)


@pytest.mark.parametrize("make, expected", [
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200)), "not a casualtydb database"),
    (lambda p: None, "folder does not exist"),
])
def test_errors_are_one_line_without_traceback(tmp_path: Path, make, expected) -> None:
    path = tmp_path / "file.db" if expected != "folder does not exist" else tmp_path / "missing" / "x.db"
    make(path)
    before = path.read_bytes() if path.exists() else None
    result = run("--db", str(path), "stats")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and expected in result.stderr
    assert (path.read_bytes() if path.exists() else None) == before
