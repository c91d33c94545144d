"""Bundles: the changes since a date in one file; merge-db takes them; a damaged or truncated
bundle is refused before anything is written."""

from __future__ import annotations

import json
import time
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from casualtydb.demo import demo_id
from casualtydb.models import Claim, Incident, Report
from casualtydb.sync.bundle import BundleError, parse_since, read_manifest, write_bundle
from casualtydb.sync.other import open_other
from helpers.merging import FieldDb, add_report, content_dump, full_dump, merge

SOUSA = demo_id("incident:strike-sousa")


def _since_now() -> datetime:
    """A moment after everything written so far (the demo) and before what follows."""
    time.sleep(0.01)
    now = datetime.now(timezone.utc)
    time.sleep(0.01)
    return now


def test_bundle_of_recent_changes_merges_like_the_database(field_db: FieldDb, tmp_path: Path) -> None:
    a, b = field_db("a"), field_db("b")
    since = _since_now()
    new = add_report(a, user="amal", source="تنسيقية البوكمال", title="تقرير", incident="strike-sousa", killed=8)
    with a.transaction(user="amal") as s:
        s.get(Incident, SOUSA).notes = "amal's note"
        s.delete(s.get(Claim, demo_id("claim:p-killed-hamidiya")))
    info = write_bundle(a, tmp_path / "amal.cdbx", since=since)
    # Only what changed, plus the records it refers to (the incident's places, its actors).
    assert info.counts["reports"] == 1 and info.counts["claims"] == 1 and info.counts["incidents"] == 1
    assert info.counts["places"] < 20
    manifest = read_manifest(info.path)
    assert manifest["database_id"] == info.database_id and manifest["data"]["sha256"] == info.sha256

    summary = merge(b, info.path)
    data = summary.to_dict()
    assert data["kind"] == "bundle"
    assert data["added"] == {"claims": 1, "reports": 1, "sources": 1}
    assert data["updated"] == {"incidents": 1}
    assert data["deleted"] == {"claims": 1}  # deletions travel as audit entries
    assert content_dump(a) == content_dump(b)
    with b.session() as s:
        assert s.get(Report, new["report"]).title == "تقرير"
    assert not merge(b, info.path).changed


def test_bundle_all_into_an_empty_database(field_db: FieldDb, tmp_path: Path) -> None:
    from casualtydb.db import open_database

    a = field_db("a")
    add_report(a, user="amal", source="تنسيقية البوكمال", title="تقرير", incident="strike-sousa", killed=8)
    info = write_bundle(a, tmp_path / "all", since=None)
    assert info.path.name == "all.cdbx"
    fresh = open_database(tmp_path / "fresh.db")
    try:
        merge(fresh, info.path)
        assert content_dump(fresh) == content_dump(a)
    finally:
        fresh.dispose()


@pytest.fixture
def bundle_and_target(field_db: FieldDb, tmp_path: Path) -> tuple[Path, object]:
    a, b = field_db("a"), field_db("b")
    since = _since_now()
    add_report(a, user="amal", source="تنسيقية البوكمال", title="تقرير", incident="strike-sousa", killed=8)
    info = write_bundle(a, tmp_path / "amal.cdbx", since=since)
    return info.path, b


def _refused(path: Path, target) -> str:
    before = full_dump(target.path)
    with pytest.raises(BundleError) as err:
        merge(target, path)
    assert full_dump(target.path) == before
    message = str(err.value)
    assert "\n" not in message and "Traceback" not in message
    return message


@pytest.mark.parametrize("fraction", [0.0, 0.01, 0.3, 0.5, 0.9, 0.999])
def test_truncated_bundle_is_refused(bundle_and_target, tmp_path: Path, fraction: float) -> None:
    path, target = bundle_and_target
    data = path.read_bytes()
    cut = tmp_path / "cut.cdbx"
    cut.write_bytes(data[: int(len(data) * fraction)])
    message = _refused(cut, target)
    assert "damaged or incomplete" in message and "nothing was merged" in message


@pytest.mark.parametrize("where", [0.05, 0.2, 0.5, 0.8, 0.97])
def test_bundle_with_a_flipped_byte_is_refused(bundle_and_target, tmp_path: Path, where: float) -> None:
    path, target = bundle_and_target
    data = bytearray(path.read_bytes())
    data[int(len(data) * where)] ^= 0x5A
    bad = tmp_path / "flipped.cdbx"
    bad.write_bytes(bytes(data))
    _refused(bad, target)


def test_bundle_whose_data_does_not_match_its_checksum_is_refused(bundle_and_target, tmp_path: Path) -> None:
    path, target = bundle_and_target
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        data = zf.read("bundle.sqlite")
    manifest["data"]["sha256"] = "0" * 64
    forged = tmp_path / "forged.cdbx"
    with zipfile.ZipFile(forged, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("bundle.sqlite", data)
    assert "SHA-256" in _refused(forged, target)


def test_zip_that_is_not_a_bundle_is_refused(bundle_and_target, tmp_path: Path) -> None:
    _, target = bundle_and_target
    other = tmp_path / "photos.cdbx"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("photo.jpg", b"\xff\xd8")
    assert "not a casualtydb bundle" in _refused(other, target)


def test_bundle_from_a_newer_casualtydb_is_refused(bundle_and_target, tmp_path: Path) -> None:
    path, target = bundle_and_target
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        data = zf.read("bundle.sqlite")
    manifest["format_version"] = 99
    newer = tmp_path / "newer.cdbx"
    with zipfile.ZipFile(newer, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("bundle.sqlite", data)
    assert "newer casualtydb" in _refused(newer, target)


def test_bundle_is_opened_read_only_and_cleaned_up(bundle_and_target) -> None:
    path, _ = bundle_and_target
    with open_other(path) as other:
        workdir = Path(other.engine.url.database.split("?")[0].removeprefix("file:"))
        with other.engine.connect() as conn:
            assert conn.execute(select(Report.title)).scalars().all() == ["تقرير"]
    assert not workdir.exists()


def test_parse_since() -> None:
    assert parse_since("2017-10-30") == datetime(2017, 10, 30, tzinfo=timezone.utc)
    assert parse_since("2017-10-30T12:30+03:00").utcoffset() == timedelta(hours=3)
    with pytest.raises(Exception, match="not a date"):
        parse_since("30/10/2017")
