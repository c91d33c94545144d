"""Encrypted databases (SQLCipher): nothing readable without the passphrase, in the file, its
WAL, its backups or its drafts; a wrong passphrase is one line and changes nothing; encrypt,
rekey and decrypt round trips; the CLI contract once more against an encrypted database."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command

from casualtydb import sqlite_specific
from casualtydb.db import alembic_config, open_database
from casualtydb.demo import load_demo, seed_text
from casualtydb.errors import DatabaseOpenError
from casualtydb.services.drafts import DraftStore

from conftest import ENCRYPTED_PASSPHRASE, encrypted_run

PASSPHRASE = "كلمة سر للاختبار 'مع' علامات"
OTHER = "another passphrase, quite long"
# What the demo holds that must never be readable: a contact, a victim group's sentence of the
# seed article, a source's name.
SECRETS = ["+000 0000 0000 (fictional)", "رئيس المجلس المحلي", "Albukamal Field Hospital"]


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    # Only the passphrase this test gives, not one an --encrypted-db run put in the environment.
    full_env = {k: v for k, v in os.environ.items() if k != "CASUALTYDB_PASSPHRASE_FILE"} | (env or {})
    return subprocess.run([sys.executable, "-m", "casualtydb", *args], capture_output=True, text=True,
                          timeout=180, input=stdin, env=full_env)


def secret_file(folder: Path, text: str, name: str = "pw") -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_unreadable(path: Path) -> None:
    data = path.read_bytes()
    assert data, path
    assert not data.startswith(sqlite_specific.SQLITE_HEADER), f"{path} is plain SQLite"
    for secret in SECRETS:
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in data, f"{secret!r} readable in {path}"


def test_the_seed_article_text_holds_what_we_search_for() -> None:
    # The byte searches below mean something only if the demo really holds these strings.
    assert "رئيس المجلس المحلي" in seed_text()


def test_nothing_readable_in_the_file_its_wal_backups_and_drafts(tmp_path: Path) -> None:
    path = tmp_path / "field.db"
    db = open_database(path, passphrase=PASSPHRASE, encrypt_new=True)
    try:
        assert db.encrypted
        load_demo(db)
        DraftStore(db).save("d1", {"text": seed_text(), "contact": SECRETS[0]}, label="حرية برس")
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # written, not yet checkpointed
        backup = db.backup_now()
        for file in (path, wal, backup):
            assert_unreadable(file)
        # The backup opens with the same passphrase and holds the draft.
        copy = open_database(backup, passphrase=PASSPHRASE, upgrade=False, seed=False)
        try:
            assert DraftStore(copy).load("d1")["contact"] == SECRETS[0]
        finally:
            copy.dispose()
    finally:
        db.dispose()
    assert_unreadable(path)
    # No file of the database's folder but the database and the backup (no temporary spill).
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, backup.name])


def test_plain_sqlite_cannot_read_it(tmp_path: Path) -> None:
    path = tmp_path / "field.db"
    open_database(path, passphrase=PASSPHRASE, encrypt_new=True).dispose()
    con = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        con.close()


def test_a_wrong_or_missing_passphrase_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "field.db"
    db = open_database(path, passphrase=PASSPHRASE, encrypt_new=True)
    load_demo(db)
    db.dispose()
    before = sha256(path)
    wrong = secret_file(tmp_path, "not the passphrase at all")
    for args, expected in [(["--passphrase-file", str(wrong)], "wrong passphrase"),
                           ([], "is encrypted")]:
        result = run("--db", str(path), *args, "stats")
        assert result.returncode == 2, result
        assert "Traceback" not in result.stderr and "ERROR" not in result.stderr
        assert result.stderr.count("\n") == 1 and expected in result.stderr, result.stderr
        assert result.stdout == ""
        assert sha256(path) == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["field.db", "pw"]
    with pytest.raises(sqlite_specific.WrongPassphrase):
        open_database(path, passphrase="wrong passphrase here")
    assert sha256(path) == before


def test_init_encrypt_demo_and_the_passphrase_by_file_descriptor(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    pw = secret_file(tmp_path, PASSPHRASE)
    result = run("--db", str(path), "--passphrase-file", str(pw), "init", "--encrypt")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(path) and "encrypted" in result.stderr
    assert run("--db", str(path), "--passphrase-file", str(pw), "demo").returncode == 0
    assert_unreadable(path)
    # A script hands the passphrase over a pipe on descriptor 3.
    read, write = os.pipe()
    os.write(write, (PASSPHRASE + "\n").encode())
    os.close(write)
    result = subprocess.run([sys.executable, "-m", "casualtydb", "--db", str(path), "--passphrase-fd", str(read),
                             "stats", "--json"], capture_output=True, text=True, timeout=120, pass_fds=(read,))
    os.close(read)
    assert result.returncode == 0 and '"claims": 14' in result.stdout, result.stderr
    # $CASUALTYDB_PASSPHRASE_FILE does the same.
    env = {"CASUALTYDB_PASSPHRASE_FILE": str(pw)}
    assert '"claims": 14' in run("--db", str(path), "stats", "--json", env=env).stdout
    # A passphrase is never an argument: there is no option that takes one.
    assert run("--db", str(path), "--passphrase", PASSPHRASE, "stats").returncode == 2


def test_init_encrypt_refuses_a_plain_file_and_a_short_passphrase(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    open_database(plain).dispose()
    pw = secret_file(tmp_path, PASSPHRASE)
    result = run("--db", str(plain), "--passphrase-file", str(pw), "init", "--encrypt")
    assert result.returncode == 2 and "is not encrypted: encrypt it with" in result.stderr
    short = secret_file(tmp_path, "short", "short")
    result = run("--db", str(tmp_path / "new.db"), "--passphrase-file", str(short), "init", "--encrypt")
    assert result.returncode == 2 and "at least 8" in result.stderr
    assert not (tmp_path / "new.db").exists()


def test_encrypt_rekey_decrypt(tmp_path: Path) -> None:
    path = tmp_path / "field.db"
    assert run("--db", str(path), "demo").returncode == 0
    early = sqlite_specific.backup(path, "by-hand")  # a plain copy left beside it
    pw, pw2 = secret_file(tmp_path, PASSPHRASE), secret_file(tmp_path, OTHER, "pw2")
    result = run("--db", str(path), "--passphrase-file", str(pw), "encrypt")
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stderr and str(early) in result.stderr
    assert_unreadable(path)
    assert not path.with_name(path.name + "-wal").exists()
    stats = run("--db", str(path), "--passphrase-file", str(pw), "stats", "--json")
    assert '"claims": 14' in stats.stdout

    result = run("--db", str(path), "--passphrase-file", str(pw), "rekey", "--new-passphrase-file", str(pw2))
    assert result.returncode == 0, result.stderr
    assert run("--db", str(path), "--passphrase-file", str(pw), "stats").returncode == 2
    assert '"claims": 14' in run("--db", str(path), "--passphrase-file", str(pw2), "stats", "--json").stdout
    assert_unreadable(path)

    out = tmp_path / "copy.db"
    result = run("--db", str(path), "--passphrase-file", str(pw2), "decrypt", str(out))
    assert result.returncode == 0 and "NOT encrypted" in result.stderr
    con = sqlite3.connect(out)
    try:
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 14
    finally:
        con.close()
    assert_unreadable(path)  # decrypt writes a copy; the database stays encrypted
    assert run("--db", str(path), "--passphrase-file", str(pw2), "decrypt", str(out)).returncode == 2


def test_the_backup_before_a_migration_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    command.upgrade(alembic_config(sqlite_specific_url(path)), "0001")
    sqlite_specific.replace_key(path, None, PASSPHRASE)
    db = open_database(path, passphrase=PASSPHRASE)
    try:
        assert db.backup_path is not None and db.backup_path.exists()
    finally:
        db.dispose()
    assert sqlite_specific.read_revision(db.backup_path, PASSPHRASE) == "0001"
    assert not sqlite_specific.is_plain_file(db.backup_path)
    with pytest.raises(DatabaseOpenError):
        sqlite_specific.read_revision(db.backup_path)


def sqlite_specific_url(path: Path):
    from sqlalchemy.engine import URL

    return URL.create("sqlite", database=str(path))


def test_lock_drops_the_key_and_unlock_checks_it(tmp_path: Path) -> None:
    db = open_database(tmp_path / "field.db", passphrase=PASSPHRASE, encrypt_new=True)
    try:
        load_demo(db)
        db.lock()
        assert db.locked and db.passphrase is None
        with pytest.raises(DatabaseOpenError, match="locked"):
            DraftStore(db).list()
        with pytest.raises(sqlite_specific.WrongPassphrase):
            db.unlock("not it, not it")
        assert db.locked
        db.unlock(PASSPHRASE)
        assert DraftStore(db).list() == [] and not db.locked
    finally:
        db.dispose()


def test_the_key_is_derived_once_and_forgotten_on_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening keyed four connections, each running SQLCipher's 256,000-round PBKDF2 (0.6 s to
    open here); now the key is derived once per file and handed over raw, and a lock forgets it."""
    made = open_database(tmp_path / "field.db", passphrase=PASSPHRASE, encrypt_new=True)
    load_demo(made)
    made.dispose()
    sqlite_specific.forget_keys()
    derived: list[bytes] = []
    real = hashlib.pbkdf2_hmac

    def counting(name: str, password: bytes, salt: bytes, *args: object) -> bytes:
        derived.append(salt)
        return real(name, password, salt, *args)

    monkeypatch.setattr(sqlite_specific.hashlib, "pbkdf2_hmac", counting)
    db = open_database(tmp_path / "field.db", passphrase=PASSPHRASE)
    try:
        assert DraftStore(db).list() == []
        assert len(derived) == 1 and derived[0] == (tmp_path / "field.db").read_bytes()[:16]
        db.lock()
        assert sqlite_specific._DERIVED == {}
        with pytest.raises(sqlite_specific.WrongPassphrase):
            db.unlock(OTHER)  # a raw key derived from the wrong passphrase is refused like the passphrase
        db.unlock(PASSPHRASE)
        assert DraftStore(db).list() == []
    finally:
        db.dispose()
    # Plain sqlite3 still reads nothing, whatever the cache holds.
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(tmp_path / "field.db").execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_the_fixture_database_follows_the_encrypted_option(db, request: pytest.FixtureRequest) -> None:
    assert db.encrypted == encrypted_run(request.config)


def test_the_cli_contract_passes_against_encrypted_databases(request: pytest.FixtureRequest) -> None:
    if encrypted_run(request.config):
        pytest.skip("already running encrypted")
    here = Path(__file__).parent
    suites = ["test_cli_core.py", "io/test_cli_exchange.py", "crossref/test_cli_crossref.py",
              "entry/test_extract_cli.py", "sync/test_sync_cli.py"]
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--encrypted-db",
                             "-k", "not the_cli_contract_passes", *(str(here / s) for s in suites),
                             str(here / "test_encryption.py")],
                            capture_output=True, text=True, timeout=900, cwd=here.parent)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout
