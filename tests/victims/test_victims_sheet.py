"""The Victims sheet's columns: well-formed, unique HXL hashtags that libhxl validates; every
column personal; every header one the importer reads back."""

from __future__ import annotations

from pathlib import Path

import pytest

from casualtydb.io import hxl as ourhxl
from casualtydb.io.victim_import import map_header
from casualtydb.io.victims_sheet import VICTIMS

hxl = pytest.importorskip("hxl")  # libhxl, in the test extra
from hxl.input import InputOptions  # noqa: E402


def test_hashtags_are_well_formed_and_unique() -> None:
    tags = [c.hxl for c in VICTIMS.columns]
    assert [t for t in tags if not ourhxl.is_hashtag(t)] == []
    assert ourhxl.duplicates(tags) == []


def test_every_column_is_personal_data() -> None:
    assert VICTIMS.visible_columns(redact=True) == ()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_headers_are_read_back_by_the_importer(lang: str) -> None:
    headers = [c.header(lang) for c in VICTIMS.columns]
    found, ignored = map_header(headers)
    assert ignored == []
    assert set(found) == {c.key for c in VICTIMS.columns} - {"place_pcode"}


def test_an_exported_victims_sheet_validates_with_libhxl(tmp_path: Path) -> None:
    from casualtydb.cli import main

    listing = tmp_path / "l.csv"
    listing.write_text("mention_id,name,sex,age,date,place,source\n1,محمد أحمد العلي,ذكر,12,2017-10-30,الحميدية,VDC\n",
                       encoding="utf-8")
    db = tmp_path / "v.db"
    assert main(["--db", str(db), "import", str(listing)]) == 0
    out = tmp_path / "w.xlsx"
    assert main(["--db", str(db), "export", str(out), "--lang", "en"]) == 0
    source = hxl.data(str(out), InputOptions(allow_local=True, sheet_index=7))  # after the seven sheets
    report = hxl.validate(source)
    assert [c.display_tag for c in source.columns] == [c.hxl for c in VICTIMS.columns]
    assert report["is_valid"], report["issues"][:3]


def test_the_about_sheet_describes_the_victims_sheet_only_when_the_workbook_has_it(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from casualtydb.cli import main

    listing = tmp_path / "l.csv"
    listing.write_text("mention_id,name,sex\n1,فاطمة أحمد,أنثى\n", encoding="utf-8")
    db = tmp_path / "v.db"
    assert main(["--db", str(db), "import", str(listing)]) == 0

    def about_rows(*extra: str) -> list[tuple]:
        out = tmp_path / f"w{len(extra)}.xlsx"
        assert main(["--db", str(db), "export", str(out), "--lang", "en", *extra]) == 0
        wb = load_workbook(out, read_only=True)
        about = next(ws for ws in wb.worksheets if ws.title == "About")
        return [row for row in about.iter_rows(values_only=True) if row and str(row[0]).startswith("Victims / ")]

    described = about_rows()
    assert {r[2] for r in described} >= {"person id", "name", "given", "family", "fate"}, described
    assert all(r[3] and r[3].startswith("#") for r in described)
    assert about_rows("--redact") == []
