"""Opening databases: defaults, SQLite settings, and clear refusals that leave the file untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from casualtydb.db import default_path, open_database, resolve_url
from casualtydb.errors import DatabaseOpenError


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_wal_with_foreign_keys_and_reference_data(db) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        governorates = conn.execute(text("SELECT count(*) FROM places WHERE level = 'governorate'")).scalar_one()
        assert governorates == 14
        assert conn.execute(text("SELECT count(*) FROM actors")).scalar_one() >= 5


def test_default_location_is_the_user_data_folder(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_url(None).database == str(default_path())
    assert str(default_path()).startswith(str(tmp_path / "xdg"))
    database = open_database(None)
    try:
        assert default_path().exists()
    finally:
        database.dispose()


def test_env_var_and_urls(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("CASUALTYDB_DB", str(tmp_path / "env.db"))
    assert resolve_url(None).database == str(tmp_path / "env.db")
    assert resolve_url("postgresql+psycopg://u@h/db").get_backend_name() == "postgresql"


def test_not_a_database_is_refused_untouched(tmp_path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="not a casualtydb database"):
        open_database(path)
    assert _digest(path) == before


def test_foreign_sqlite_database_is_refused_untouched(tmp_path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="other tables"):
        open_database(path)
    assert _digest(path) == before


def test_newer_schema_is_refused_untouched(db_path) -> None:
    open_database(db_path).dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = _digest(db_path)
    with pytest.raises(DatabaseOpenError, match="newer casualtydb"):
        open_database(db_path)
    assert _digest(db_path) == before


def test_missing_folder_is_refused(tmp_path) -> None:
    with pytest.raises(DatabaseOpenError, match="folder does not exist"):
        open_database(tmp_path / "no" / "such" / "folder" / "x.db")


def test_locked_database_is_refused(db_path) -> None:
    open_database(db_path).dispose()
    holder = sqlite3.connect(db_path)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseOpenError, match="locked"):
            open_database(db_path)
    finally:
        holder.rollback()
        holder.close()


def test_backup_now_makes_a_readable_copy(demo_db) -> None:
    copy = demo_db.backup_now()
    con = sqlite3.connect(copy)
    try:
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] > 0
    finally:
        con.close()
