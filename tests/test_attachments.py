"""Evidence attachments: stored inside the (encrypted) database with the SHA-256 taken when
attached, read back checked, refused clearly when empty or too big, carried by bundles and
merge-db, and checked by `verify` against the recorded hash."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from casualtydb.cli import main
from casualtydb.db import open_database
from casualtydb.demo import demo_id, load_demo
from casualtydb.errors import ValidationError
from casualtydb.services.attachments import NewAttachment, attach, data, media_type, of_report

SEED_REPORT = demo_id("report:horriya-2017-10-30")
# A small PNG-looking file whose bytes are easy to search for in the raw database.
PICTURE = b"\x89PNG\r\n\x1a\n" + "لقطة شاشة لمنشور محذوف عن قصف الحميدية".encode() * 40


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "field.db"
    db = open_database(path)
    load_demo(db)
    db.dispose()
    return path


def test_attach_list_and_get_back(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shot = tmp_path / "post-deleted.png"
    shot.write_bytes(PICTURE)
    code, out, err = cli(capsys, "--db", str(demo_path), "attach", str(SEED_REPORT)[:8], str(shot),
                         "--url", "https://example.org/post/1", "--by", "amal", "--captured-at", "2017-10-30T09:15:00+03:00")
    assert code == 0, err
    assert f"sha256 {hashlib.sha256(PICTURE).hexdigest()}" in out and "image/png" in out
    code, out, _ = cli(capsys, "--db", str(demo_path), "attachments", str(SEED_REPORT), "--json")
    import json

    [row] = json.loads(out)
    assert row["original_url"] == "https://example.org/post/1" and row["captured_by"] == "amal"
    assert row["captured_at"].startswith("2017-10-30T06:15:00")  # kept as the same instant, in UTC
    back = tmp_path / "back.png"
    assert cli(capsys, "--db", str(demo_path), "attachment-get", row["id"][:8], str(back))[0] == 0
    assert back.read_bytes() == PICTURE
    code, out, _ = cli(capsys, "--db", str(demo_path), "verify")
    assert code == 0 and out.startswith("ok:")


def test_empty_and_too_big_files_are_refused_with_the_file_named(demo_path: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    code, _, err = cli(capsys, "--db", str(demo_path), "attach", str(SEED_REPORT), str(empty))
    assert code == 2 and "empty.html" in err and "empty" in err
    db = open_database(demo_path)
    try:
        with pytest.raises(ValidationError, match="big.pdf: larger than"):
            with db.transaction() as s:
                attach(s, SEED_REPORT, NewAttachment(data=b"%PDF-" + bytes(2 * 1024 * 1024), file_name="big.pdf"),
                       max_bytes=1024 * 1024)
        with db.session() as s:
            assert of_report(s, SEED_REPORT) == []  # nothing written
    finally:
        db.dispose()


def test_media_types_from_names_and_first_bytes() -> None:
    assert media_type("x", b"\x89PNG\r\n\x1a\n") == "image/png"
    assert media_type("page.mhtml", b"From: <Saved by Blink>") == "multipart/related"
    assert media_type("saved", b"<!DOCTYPE html><html>") == "text/html"
    assert media_type("voice.ogg", b"OggS") == "audio/ogg"
    assert media_type("scan.pdf", b"%PDF-1.7") == "application/pdf"
    assert media_type("blob", b"\x00\x01") == "application/octet-stream"


def test_encrypted_database_keeps_the_bytes_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "enc.db"
    db = open_database(path, passphrase="a passphrase for attachments", encrypt_new=True)
    try:
        load_demo(db)
        with db.transaction() as s:
            attach(s, SEED_REPORT, NewAttachment(data=PICTURE, file_name="shot.png"))
        with db.session() as s:
            [a] = of_report(s, SEED_REPORT)
            assert data(s, a) == PICTURE
    finally:
        db.dispose()
    assert PICTURE[8:60] not in path.read_bytes()


def test_verify_finds_changed_or_missing_bytes(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(demo_path)
    with db.transaction() as s:
        attach(s, SEED_REPORT, NewAttachment(data=PICTURE, file_name="shot.png"))
    db.dispose()
    con = sqlite3.connect(demo_path)
    con.execute("UPDATE attachment_blobs SET data = ?", (PICTURE.replace(b"PNG", b"JPG"),))
    con.commit()
    code, out, _ = cli(capsys, "--db", str(demo_path), "verify")
    assert code == 1 and "attachment changed" in out and "shot.png" in out
    con.execute("DELETE FROM attachment_blobs")
    con.commit()
    con.close()
    code, out, _ = cli(capsys, "--db", str(demo_path), "verify")
    assert code == 1 and "attachment missing" in out


def test_bundles_and_merges_carry_the_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b, c = (tmp_path / f"{n}.db" for n in "abc")
    for path in (a, b, c):
        assert cli(capsys, "--db", str(path), "demo")[0] == 0
    shot = tmp_path / "shot.png"
    shot.write_bytes(PICTURE)
    assert cli(capsys, "--db", str(a), "attach", str(SEED_REPORT), str(shot))[0] == 0
    assert cli(capsys, "--db", str(b), "merge-db", str(a))[0] == 0
    assert cli(capsys, "--db", str(a), "bundle", str(tmp_path / "a.cdbx"), "--since", "2000-01-01")[0] == 0
    assert cli(capsys, "--db", str(c), "merge-db", str(tmp_path / "a.cdbx"))[0] == 0
    for path in (b, c):
        db = open_database(path)
        try:
            with db.session() as s:
                [att] = of_report(s, SEED_REPORT)
                assert data(s, att) == PICTURE
        finally:
            db.dispose()
        code, out, _ = cli(capsys, "--db", str(path), "verify")
        assert code == 0, out


def test_deleting_the_report_deletes_its_attachments_in_the_audit_log(demo_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from casualtydb.models import Report

    db = open_database(demo_path)
    try:
        with db.transaction() as s:
            attach(s, SEED_REPORT, NewAttachment(data=PICTURE, file_name="shot.png"))
        with db.transaction() as s:
            s.delete(s.get(Report, SEED_REPORT))
        with db.session() as s:
            assert of_report(s, SEED_REPORT) == []
    finally:
        db.dispose()
    code, out, _ = cli(capsys, "--db", str(demo_path), "verify")
    assert code == 0, out


def test_the_workbook_lists_only_the_hashes(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import zipfile

    from openpyxl import load_workbook

    shot = tmp_path / "shot.png"
    shot.write_bytes(PICTURE)
    assert cli(capsys, "--db", str(demo_path), "attach", str(SEED_REPORT), str(shot))[0] == 0
    out = tmp_path / "export.xlsx"
    assert cli(capsys, "--db", str(demo_path), "export", str(out), "--lang", "en")[0] == 0
    wb = load_workbook(out, read_only=True)
    claims = next(wb[name] for name in wb.sheetnames if name.lower().startswith("claims"))
    rows = list(claims.iter_rows(values_only=True))
    header_row = next(i for i, r in enumerate(rows) if r and "evidence sha256" in r)
    col = rows[header_row].index("evidence sha256")
    report_col = rows[header_row].index("report id")
    digest = hashlib.sha256(PICTURE).hexdigest()
    values = {r[report_col]: r[col] for r in rows[header_row + 1:] if r and r[report_col] and not r[report_col].startswith("#")}
    assert values[str(SEED_REPORT)] == digest
    assert sum(1 for v in values.values() if v) == 1  # only the seed report has evidence
    with zipfile.ZipFile(out) as zf:
        assert all(PICTURE[8:40] not in zf.read(n) for n in zf.namelist())
