"""The HXL hashtag rows validate with libhxl, the reference HXL library."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from casualtydb.io import hxl as ourhxl
from casualtydb.io.sheets import DATA_SHEETS, SUMMARY_TABLES

hxl = pytest.importorskip("hxl")  # libhxl, in the test extra
from hxl.input import InputOptions  # noqa: E402


def validate(path: Path, sheet_index: int) -> dict:
    source = hxl.data(str(path), InputOptions(allow_local=True, sheet_index=sheet_index))
    return hxl.validate(source), [c.display_tag for c in source.columns]


def test_every_hashtag_is_well_formed_and_unique_per_sheet() -> None:
    for spec in (*DATA_SHEETS, *SUMMARY_TABLES):
        tags = [c.hxl for c in spec.columns]
        assert [t for t in tags if not ourhxl.is_hashtag(t)] == [], spec.key
        assert ourhxl.duplicates(tags) == [], spec.key


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_data_sheets_validate_with_libhxl(demo_workbooks: dict[str, Path], lang: str) -> None:
    out = demo_workbooks[lang]
    for index, spec in enumerate(DATA_SHEETS, start=2):  # after About and Summary
        report, tags = validate(out, index)
        assert tags == [c.hxl for c in spec.columns], spec.key
        assert report["is_valid"] and report["stats"]["total"] == 0, (spec.key, report["issues"][:3])


def test_libhxl_does_find_errors(tmp_path: Path) -> None:
    """A control: the validator rejects text in a number column and a non-date in a date column."""
    wb = Workbook()
    ws = wb.active
    ws.append(["date", "killed"])
    ws.append(["#date", "#affected+killed"])
    ws.append(["not a date", "seven"])
    wb.save(tmp_path / "bad.xlsx")
    report, _ = validate(tmp_path / "bad.xlsx", 0)
    assert not report["is_valid"] and report["stats"]["error"] >= 2


def test_hashtag_rows_are_recognised() -> None:
    assert ourhxl.is_hxl_row(["#event+id", "", None, "#affected +killed"])
    assert not ourhxl.is_hxl_row(["#event", "killed"])
    assert not ourhxl.is_hxl_row(["", None])
