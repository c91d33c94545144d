"""The merge commands as a person uses them: merge-db, merge-conflicts, merge-matches, bundle."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casualtydb.cli import main
from casualtydb.demo import demo_id
from casualtydb.models import Incident, Report, Source
from helpers.merging import FieldDb, add_report, full_dump

SOUSA = demo_id("incident:strike-sousa")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([*args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def two(field_db: FieldDb):
    a, b = field_db("a"), field_db("b")
    add_report(a, user="amal", source="مرصد الفرات", source_en="Euphrates Monitor", title="تقرير أمل",
               incident="strike-sousa", killed=8)
    add_report(b, user="bilal", source="مرصد  الفُرات", source_en="euphrates monitor", title="تقرير بلال",
               incident="strike-hamidiya", killed=11)
    for database, who in ((a, "amal"), (b, "bilal")):
        with database.transaction(user=who) as s:
            s.get(Incident, SOUSA).description_en = f"edited by {who}"
    a.dispose()
    b.dispose()
    return a, b


def test_merge_db_prints_a_summary_and_settles_conflicts(two, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two
    code, out, _ = run(capsys, "--db", str(b.path), "merge-db", str(a.path), "--dry-run")
    assert code == 0 and out.startswith("dry run, nothing written")
    code, out, _ = run(capsys, "--db", str(b.path), "merge-db", str(a.path))
    assert code == 0
    assert "added                  3" in out and "conflicts              1" in out
    assert "proposed matches       1" in out and "مرصد الفرات" in out
    assert "casualtydb merge-conflicts" in out

    code, out, _ = run(capsys, "--db", str(b.path), "merge-conflicts", "--json")
    [conflict] = json.loads(out)
    assert conflict["differences"] == [{"field": "description_en", "local": "edited by bilal",
                                        "remote": "edited by amal"}]
    code, out, _ = run(capsys, "--db", str(b.path), "merge-conflicts")
    assert "description_en: local edited by bilal  |  remote edited by amal" in out
    code, out, _ = run(capsys, "--db", str(b.path), "merge-conflicts", "--resolve", conflict["id"][:8], "--keep", "remote")
    assert code == 0 and "kept the remote version" in out
    code, out, _ = run(capsys, "--db", str(b.path), "merge-conflicts")
    assert out.strip() == "no merge conflicts to settle"
    code, out, _ = run(capsys, "--db", str(b.path), "merge-conflicts", "--all", "--json")
    assert json.loads(out)[0]["resolution"] == "remote"


def test_merge_matches_confirm_folds_the_records(two, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two
    run(capsys, "--db", str(b.path), "merge-db", str(a.path))
    code, out, _ = run(capsys, "--db", str(b.path), "merge-matches", "--json")
    [match] = json.loads(out)
    assert match["table"] == "sources" and match["reason"] == "same Arabic name"
    code, out, _ = run(capsys, "--db", str(b.path), "merge-matches", "--confirm", match["id"][:8])
    assert code == 0 and "confirmed" in out
    from casualtydb.db import open_database

    database = open_database(b.path, passphrase=b.passphrase)
    try:
        with database.session() as s:
            kept = s.get(Source, __import__("uuid").UUID(match["local_id"]))
            assert s.get(Source, __import__("uuid").UUID(match["remote_id"])) is None
            reports = {r.title: r.source_id for r in s.query(Report).filter(Report.source_id == kept.id)}
            assert set(reports) == {"تقرير أمل", "تقرير بلال"}
            assert "مرصد الفرات" in kept.aliases
    finally:
        database.dispose()
    # The confirmation travels: merging B into A folds A's copy the same way.
    code, out, _ = run(capsys, "--db", str(a.path), "merge-db", str(b.path), "--json")
    data = json.loads(out)
    assert data["same_records"] == {"sources": 1} and data["proposed_matches"] == []
    code, out, _ = run(capsys, "--db", str(b.path), "merge-matches")
    assert out.strip() == "no proposed matches"


def test_merge_matches_reject(two, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two
    run(capsys, "--db", str(b.path), "merge-db", str(a.path))
    [match] = json.loads(run(capsys, "--db", str(b.path), "merge-matches", "--json")[1])
    code, out, _ = run(capsys, "--db", str(b.path), "merge-matches", "--reject", match["id"])
    assert code == 0 and "both records stay" in out
    assert json.loads(run(capsys, "--db", str(b.path), "merge-matches", "--all", "--json")[1])[0]["status"] == "rejected"
    # Not proposed again by the next merge.
    run(capsys, "--db", str(b.path), "merge-db", str(a.path))
    assert run(capsys, "--db", str(b.path), "merge-matches")[1].strip() == "no proposed matches"


def test_bundle_command_and_merge(two, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two
    out_file = tmp_path / "amal.cdbx"
    code, out, _ = run(capsys, "--db", str(a.path), "bundle", str(out_file), "--all")
    assert code == 0 and out.startswith(f"wrote {out_file}")
    code, out, _ = run(capsys, "--db", str(a.path), "bundle", str(tmp_path / "x.cdbx"), "--since", "2017-10-30", "--json")
    assert json.loads(out)["records"]["reports"] >= 1
    code, out, _ = run(capsys, "--db", str(b.path), "merge-db", str(out_file), "--json")
    assert json.loads(out)["kind"] == "bundle"


def test_errors_are_one_line_without_traceback(two, tmp_path: Path) -> None:
    a, b = two
    cut = tmp_path / "cut.cdbx"
    subprocess.run([sys.executable, "-m", "casualtydb", "--db", str(a.path), "bundle", str(tmp_path / "ok.cdbx"),
                    "--all"], check=True, capture_output=True)
    cut.write_bytes((tmp_path / "ok.cdbx").read_bytes()[:5000])
    before = full_dump(b.path)
    for args in (["merge-db", str(cut)], ["merge-db", str(tmp_path / "nothing.db")],
                 ["merge-conflicts", "--resolve", "ffff", "--keep", "local"],
                 ["merge-conflicts", "--resolve", "ffff"], ["merge-matches", "--confirm", "ffff"],
                 ["bundle", str(tmp_path / "y.cdbx"), "--since", "yesterday"]):
        proc = subprocess.run([sys.executable, "-m", "casualtydb", "--db", str(b.path), *args],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 2, (args, proc.stderr)
        assert proc.stderr.startswith("casualtydb: error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert full_dump(b.path) == before
