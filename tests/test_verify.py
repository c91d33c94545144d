"""Tamper-evident history: `verify` finds every change made outside the app (with plain sqlite3,
or SQLCipher with the key), names what changed, and raises no false alarm after a full workload
of the app's own writes; `--head` proves the history extends an earlier head."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from casualtydb import sqlite_specific
from casualtydb.cli import main
from casualtydb.db import open_database
from casualtydb.demo import demo_id, load_demo

HEAD_LINE = r"^ok: \d+ entries, head [0-9a-f]{64}$"
SOUSA, HAMIDIYA = demo_id("incident:strike-sousa"), demo_id("incident:strike-hamidiya")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "casualtydb", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("verify") / "demo.db"
    db = open_database(path)
    load_demo(db)
    db.dispose()
    return path


def copy_of(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "field.db"
    shutil.copyfile(demo_file, target)
    return target


def tamper(path: Path, *statements: str, passphrase: str | None = None) -> None:
    con = sqlite_specific.connect(path, passphrase)
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def test_an_untouched_database_verifies(demo_file: Path, tmp_path: Path) -> None:
    path = copy_of(demo_file, tmp_path)
    result = run("--db", str(path), "verify")
    assert result.returncode == 0, result.stdout + result.stderr
    import re

    assert re.match(HEAD_LINE, result.stdout.strip()), result.stdout
    data = json.loads(run("--db", str(path), "verify", "--json").stdout)
    assert data["ok"] and data["entries"] > 400 and len(data["head"]) == 64 and not data["breaks"]


# Each: what is done outside the app, and what the output must name.
TAMPERING: list[tuple[str, list[str], list[str]]] = [
    ("update an audit entry",
     ["UPDATE audit_log SET \"user\" = 'someone' WHERE seq = 7"], ["entry changed", ":7 "]),
    ("change an audit entry's values",
     ["UPDATE audit_log SET new = json_set(new, '$.min', 99) WHERE table_name = 'claims' AND action = 'insert' "
      "AND seq = (SELECT max(seq) FROM audit_log WHERE table_name = 'claims')"], ["entry changed", "claims"]),
    ("delete an audit entry in the middle",
     ["DELETE FROM audit_log WHERE seq = 12"], ["entries missing", "12–12"]),
    ("delete the last audit entry",
     ["DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"], ["entries missing"]),
    ("insert an audit entry without a chain",
     ["INSERT INTO audit_log (id, at, \"user\", action, table_name, record_id, old, new, context) "
      "SELECT lower(hex(randomblob(16))), at, 'forger', 'update', table_name, record_id, new, new, NULL "
      "FROM audit_log WHERE table_name = 'claims' LIMIT 1"], ["unchained entry", "claims"]),
    ("insert an audit entry copied with its chain fields",
     ["INSERT INTO audit_log SELECT lower(hex(randomblob(16))), at, \"user\", action, table_name, record_id, old, "
      "new, context, origin, seq, prev_hash, hash FROM audit_log WHERE seq = 20"], ["entry changed", ":20 "]),
    ("change a claim's figure",
     ["UPDATE claims SET min = 70, max = 70 WHERE min = 7 AND max = 7"], ["record differs: claims", "field min"]),
    ("change a report's text",
     ["UPDATE reports SET text = replace(text, 'دير الزور', 'دير  الزور') WHERE text LIKE '%دير الزور%'"],
     ["record differs: reports", "field text"]),
    ("change a source's reliability",
     ["UPDATE sources SET reliability = 'A' WHERE reliability = 'C'"], ["record differs: sources", "field reliability"]),
    ("delete a claim",
     ["DELETE FROM claims WHERE rowid = (SELECT max(rowid) FROM claims WHERE part_of_id IS NULL "
      "AND id NOT IN (SELECT part_of_id FROM claims WHERE part_of_id IS NOT NULL) "
      "AND id NOT IN (SELECT claim_id FROM assessment_claims))"], ["record missing: claims"]),
    ("restore the previous head after deleting the last entry",
     ["DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)",
      "UPDATE database_info SET value = (SELECT seq || ':' || hash FROM audit_log ORDER BY seq DESC LIMIT 1) "
      "WHERE key = 'chain_head'"], ["record"]),
]


@pytest.mark.parametrize("what, statements, expected", TAMPERING, ids=[t[0] for t in TAMPERING])
def test_a_change_made_outside_the_app_is_found_and_named(demo_file: Path, tmp_path: Path, what: str,
                                                          statements: list[str], expected: list[str]) -> None:
    path = copy_of(demo_file, tmp_path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    for statement in statements:
        changed = con.execute(statement).rowcount
        assert changed != 0, f"the tampering did nothing: {statement}"
    con.commit()
    con.close()
    result = run("--db", str(path), "verify")
    assert result.returncode == 1, (what, result.stdout)
    assert not result.stdout.startswith("ok:")
    for text in expected:
        assert text in result.stdout, (what, text, result.stdout)
    assert "Traceback" not in result.stderr


def test_a_record_inserted_outside_the_app_is_found(demo_file: Path, tmp_path: Path) -> None:
    path = copy_of(demo_file, tmp_path)
    con = sqlite3.connect(path)
    columns = [row[1] for row in con.execute("PRAGMA table_info(claims)")]
    rest = ", ".join(f'"{c}"' for c in columns if c != "id")
    con.execute(f"INSERT INTO claims (id, {rest}) SELECT lower(hex(randomblob(16))), {rest} FROM claims LIMIT 1")
    con.commit()
    con.close()
    result = run("--db", str(path), "verify")
    assert result.returncode == 1 and "record without history: claims" in result.stdout, result.stdout


def test_an_encrypted_database_tampered_with_its_key_is_found_too(tmp_path: Path) -> None:
    secret = "a passphrase for the tamper test"
    path = tmp_path / "enc.db"
    db = open_database(path, passphrase=secret, encrypt_new=True)
    load_demo(db)
    db.dispose()
    tamper(path, "UPDATE claims SET min = 70, max = 70 WHERE min = 7 AND max = 7", passphrase=secret)
    pw = tmp_path / "pw"
    pw.write_text(secret, encoding="utf-8")
    result = run("--db", str(path), "--passphrase-file", str(pw), "verify")
    assert result.returncode == 1 and "record differs: claims" in result.stdout


def test_head_proves_the_history_extends_an_earlier_one(demo_file: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from casualtydb import chain

    path = copy_of(demo_file, tmp_path)
    assert main(["--db", str(path), "verify"]) == 0
    earlier = capsys.readouterr().out.split()[-1]
    db = open_database(path)
    with db.transaction(user="amal") as s:
        from casualtydb.models import Incident

        s.get(Incident, SOUSA).notes = "checked again with the hospital"
    db.dispose()
    assert main(["--db", str(path), "verify", "--head", earlier]) == 0
    later = capsys.readouterr().out.split()[-1]
    assert later != earlier

    # A forger who rewrites an old entry AND recomputes every hash after it (and the head) passes
    # the chain checks, but not the earlier head.
    con = sqlite3.connect(path)
    rows = con.execute("SELECT id FROM audit_log ORDER BY seq").fetchall()
    con.execute("UPDATE audit_log SET \"user\" = 'forger' WHERE id = ?", rows[3])
    con.commit()
    con.close()
    db = open_database(path)
    from sqlalchemy import select, update

    with db.engine.begin() as conn:
        prev = None
        for row in conn.execute(select(chain.AUDIT).order_by(chain.AUDIT.c.seq)).mappings().all():
            digest = chain.entry_hash(row, prev)
            conn.execute(update(chain.AUDIT).where(chain.AUDIT.c.id == row["id"]).values(prev_hash=prev, hash=digest))
            prev = digest
        conn.execute(update(chain.INFO).where(chain.INFO.c.key == "chain_head").values(value=f"{row['seq']}:{prev}"))
    db.dispose()
    assert main(["--db", str(path), "verify"]) == 0  # consistent again...
    capsys.readouterr()
    assert main(["--db", str(path), "verify", "--head", earlier]) == 1  # ...but not the history published
    assert "not in this database's history" in capsys.readouterr().out
    assert main(["--db", str(path), "verify", "--head", "nonsense"]) == 2


def test_a_database_from_before_the_chain_is_sealed_on_upgrade(tmp_path: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import URL

    from casualtydb.db import alembic_config

    path = tmp_path / "old.db"
    db = open_database(path)
    load_demo(db)
    db.dispose()
    script = ScriptDirectory.from_config(alembic_config())
    command.downgrade(alembic_config(URL.create("sqlite", database=str(path))),
                      script.get_revision("chain1").down_revision)
    result = run("--db", str(path), "verify")
    assert result.returncode == 0, result.stdout + result.stderr
    backups = list(tmp_path.glob("old_before-*"))
    assert backups, "the upgrade makes a backup first"


WorkStep = Callable[[Path, Path], None]


def test_no_false_alarm_after_a_full_workload(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """demo, import, report entry, reconcile and undo, merge and unmerge, merge-db both ways, a
    bundle, a migration: every write the app makes keeps `verify` passing on both sides."""
    from casualtydb.services.report_entry import ClaimDraft, ReportDraft, save_report

    here = Path(__file__).parent
    a, b = tmp_path / "a.db", tmp_path / "b.db"

    def cli(*args: str) -> str:
        code = main(list(args))
        out = capsys.readouterr()
        assert code == 0, (args, out.out, out.err)
        return out.out

    cli("--db", str(a), "demo")
    cli("--db", str(b), "demo")
    cli("--db", str(a), "import", str(here / "io" / "data" / "three_sources_one_incident.csv"))
    db = open_database(a)
    with db.transaction(user="amal", context="new report") as s:
        save_report(session=s, draft=ReportDraft(
            source_id=demo_id("source:horriya"), published_date="2017-11-01", title="تقرير ميداني",
            text="استشهد ثلاثة مدنيين في حي الحميدية",
            claims=[ClaimDraft(category="killed", group="civilians", min=3, max=3, incident_id=HAMIDIYA,
                               confirmed=True)]))
    db.dispose()
    conflicts = json.loads(cli("--db", str(a), "conflicts", "--json"))
    first = conflicts[0]
    low = first["low"] if first["low"] is not None else 1
    done = json.loads(cli("--db", str(a), "reconcile", first["incident"], "--category", first["category"],
                          "--group", first["group"], "--low", str(low), "--best", str(low), "--high", str(low),
                          "--note", "أخذنا بالرقم الأدنى الموثق", "--json"))
    cli("--db", str(a), "reconcile", "--undo", done["assessment"])
    cli("--db", str(a), "merge", str(HAMIDIYA), str(SOUSA))
    cli("--db", str(a), "unmerge", str(SOUSA))
    cli("--db", str(b), "merge-db", str(a))
    cli("--db", str(a), "merge-db", str(b))
    cli("--db", str(a), "bundle", str(tmp_path / "a.cdbx"), "--all")
    cli("--db", str(b), "merge-db", str(tmp_path / "a.cdbx"))
    for path in (a, b):
        out = cli("--db", str(path), "verify")
        assert out.startswith("ok: "), out
    # Another database merged in keeps its own chain: b's verify names two origins.
    data = json.loads(cli("--db", str(b), "verify", "--json"))
    assert data["ok"] and len(data["origins"]) == 2, data["origins"]
