"""Cell safety: formula-like text stays text, forbidden characters go, long text is cut visibly."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from casualtydb.io.cells import EXCEL_MAX_CHARS, CellWriter, clean_text, needs_guard, utf16_len

FORMULA_LIKE = ["=1+1", '=HYPERLINK("http://x","click")', "+972 5", "-3 killed", "@SUM(A1)", "\tindented",
                "#N/A", "#REF!", "=", "-"]


@pytest.mark.parametrize("text", FORMULA_LIKE)
def test_formula_like_text_needs_a_guard(text: str) -> None:
    assert needs_guard(text)


@pytest.mark.parametrize("text", ["7 killed", "سبعة قتلى", "a=b", "#meta+source", "٧"])
def test_ordinary_text_needs_none(text: str) -> None:
    assert not needs_guard(text)


def test_formula_like_text_is_written_as_text_and_reads_back_unchanged(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("t")
    cw = CellWriter(ws)
    for text in FORMULA_LIKE:
        ws.append([cw.text(text)])
    wb.save(tmp_path / "t.xlsx")
    back = [row[0] for row in load_workbook(tmp_path / "t.xlsx")["t"].iter_rows()]
    assert [c.value for c in back] == FORMULA_LIKE
    assert {c.data_type for c in back} == {"s"}
    assert all(c.quotePrefix for c in back)  # stays text even after the user edits the cell
    xml = (tmp_path / "t.xlsx").read_bytes()
    assert b"<f>" not in xml


def test_control_characters_are_removed_and_line_breaks_kept() -> None:
    text = "a\x00b\x07c\x0bd\x1fe\x7ff\x85g\ufffeh\ud800i\r\nj\rk\tl\nm"
    assert clean_text(text) == "abcdefghi\nj\nk\tl\nm"


def test_control_characters_do_not_break_the_workbook(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("t")
    ws.append([CellWriter(ws).text("قتلى\x01\x02 سبعة")])
    wb.save(tmp_path / "t.xlsx")
    assert load_workbook(tmp_path / "t.xlsx")["t"]["A1"].value == "قتلى سبعة"


@pytest.mark.parametrize("unit", ["x", "ق", "😀"])
def test_long_text_is_cut_to_excels_limit_with_a_visible_marker(unit: str) -> None:
    text = unit * 40_000
    for lang, word in (("en", "cut"), ("ar", "مقتطع")):
        out = clean_text(text, lang)
        assert utf16_len(out) <= EXCEL_MAX_CHARS
        assert word in out and "40,000" in out
        assert out.startswith(unit * 100)


def test_text_at_the_limit_is_not_cut() -> None:
    text = "x" * EXCEL_MAX_CHARS
    assert clean_text(text) == text


def test_dates_are_dates_and_timestamps_lose_only_their_timezone(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("t")
    cw = CellWriter(ws)
    aware = datetime(2017, 10, 30, 14, 30, tzinfo=timezone(timedelta(hours=3)))
    ws.append([cw.date(date(2017, 10, 30)), cw.datetime(aware), cw.number(7), cw.boolean(True), cw.text(None)])
    wb.save(tmp_path / "t.xlsx")
    a, b, c, d = next(load_workbook(tmp_path / "t.xlsx")["t"].iter_rows())[:4]
    assert a.is_date and a.value == datetime(2017, 10, 30) and a.number_format == "yyyy-mm-dd"
    assert b.is_date and b.value == datetime(2017, 10, 30, 11, 30)  # UTC
    assert (c.data_type, c.value) == ("n", 7)
    assert (d.data_type, d.value) == ("b", True)
