"""Merging and bundling encrypted databases: a bundle of an encrypted database is unreadable
without the passphrase (the temporary copies too), merge-db asks for the other file's
passphrase, a wrong one is refused and writes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from casualtydb.db import Database, open_database
from casualtydb.demo import load_demo
from casualtydb.sync.bundle import write_bundle
from casualtydb.sync.merge import merge_database
from casualtydb.sync.other import NeedsPassphrase, open_other
from helpers.merging import add_report, content_dump

SECRET = "كلمة سر الفريق الميداني"
OTHER_SECRET = "a different team passphrase"
READABLE = ["+000 0000 0000 (fictional)".encode(), "رئيس المجلس المحلي".encode(), "تقرير أمل".encode()]


def encrypted(path: Path, secret: str = SECRET) -> Database:
    database = open_database(path, passphrase=secret, encrypt_new=True)
    load_demo(database)
    return database


def run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CASUALTYDB_PASSPHRASE_FILE"}
    return subprocess.run([sys.executable, "-m", "casualtydb", *args], capture_output=True, text=True,
                          timeout=180, env=env)


def test_a_bundle_of_an_encrypted_database_is_unreadable_and_merges_with_the_passphrase(tmp_path: Path) -> None:
    a = encrypted(tmp_path / "a.db")
    add_report(a, user="amal", source="مرصد الفرات", source_en="Euphrates Monitor", title="تقرير أمل",
               incident="strike-sousa", killed=8)
    out = tmp_path / "a.cdbx"
    write_bundle(a, out, since=None)
    with zipfile.ZipFile(out) as zf:
        data = zf.read("bundle.sqlite")
        manifest = zf.read("manifest.json")
    assert b'"encrypted": true' in manifest
    # Nothing in the clear names the worker or where the database lives on their laptop.
    from casualtydb.audit import current_user

    for name in (current_user(), str(tmp_path), "a.db"):
        assert name.encode() not in manifest, name
    for secret in READABLE:
        assert secret not in data and secret not in manifest and secret not in out.read_bytes()
    assert not data.startswith(b"SQLite format 3")

    b = encrypted(tmp_path / "b.db")  # the same team passphrase: found without asking
    with open_other(out, passphrases=(b.passphrase,)) as other:
        summary = merge_database(b, other)
    assert summary.to_dict()["totals"]["added"] >= 2
    assert any(r.get("title") == "تقرير أمل"
               for r in content_dump(b)["reports"].values())
    a.dispose()
    b.dispose()


def test_merge_db_of_an_encrypted_file_needs_its_passphrase(tmp_path: Path) -> None:
    a = encrypted(tmp_path / "a.db", OTHER_SECRET)
    add_report(a, user="amal", source="مرصد الفرات", source_en="Euphrates Monitor", title="تقرير أمل",
               incident="strike-sousa", killed=8)
    a.dispose()
    plain = open_database(tmp_path / "plain.db")
    load_demo(plain)
    before = content_dump(plain)
    with pytest.raises(NeedsPassphrase, match="is encrypted"):
        with open_other(a.path):
            pass
    with pytest.raises(NeedsPassphrase, match="wrong passphrase"):
        with open_other(a.path, ask=lambda label: "not the right one"):
            pass
    asked: list[str] = []
    with open_other(a.path, passphrases=(SECRET,), ask=lambda label: asked.append(label) or OTHER_SECRET) as other:
        merge_database(plain, other)
    assert asked == [str(a.path)]
    assert content_dump(plain) != before
    plain.dispose()

    # The command line: the other file's passphrase by file; a wrong one is one line, nothing written.
    target = tmp_path / "target.db"
    assert run("--db", str(target), "demo").returncode == 0
    wrong, right = tmp_path / "wrong", tmp_path / "right"
    wrong.write_text("not the right one\n", encoding="utf-8")
    right.write_text(OTHER_SECRET + "\n", encoding="utf-8")
    before_bytes = target.read_bytes()
    result = run("--db", str(target), "merge-db", str(a.path), "--other-passphrase-file", str(wrong))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "wrong passphrase" in result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_bytes() == before_bytes
    result = run("--db", str(target), "merge-db", str(a.path), "--other-passphrase-file", str(right))
    assert result.returncode == 0, result.stderr
    assert "added" in result.stdout


def test_an_older_encrypted_file_is_upgraded_through_an_encrypted_copy(tmp_path: Path, monkeypatch) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import URL

    from casualtydb import sqlite_specific
    from casualtydb.db import alembic_config

    old = tmp_path / "old.db"
    database = open_database(old)
    load_demo(database)
    database.dispose()
    script = ScriptDirectory.from_config(alembic_config())
    previous = script.get_revision(script.get_current_head()).down_revision
    command.downgrade(alembic_config(URL.create("sqlite", database=str(old))), previous)
    sqlite_specific.replace_key(old, None, SECRET)
    digest = old.read_bytes()
    copies: list[Path] = []
    real_copy = sqlite_specific.copy_database

    def watch(path, target, **kwargs):
        real_copy(path, target, **kwargs)
        copies.append(Path(target))
        assert not sqlite_specific.is_plain_file(Path(target)), "a readable temporary copy"

    monkeypatch.setattr(sqlite_specific, "copy_database", watch)
    with open_other(old, passphrases=(SECRET,)) as other:
        assert other.upgraded_from == previous
    assert copies and old.read_bytes() == digest
