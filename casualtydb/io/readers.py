"""Reading spreadsheets for import: .xlsx with python-calamine, CSV with the csv module.

python-calamine (a Rust reader) was chosen on measured figures: it reads a 413,000-row Claims
sheet in 13 s of CPU where openpyxl's read-only mode needs 127 s (benchmarks/import_xlsx.py,
docs/excel.md). calamine holds the whole sheet in memory (1.2 GB for that sheet of a 146 MB
file); streaming that file with openpyxl instead saved only ~0.4 GB of the import's peak (the
parsed rows dominate) and made the check 8 times slower, so openpyxl's read-only mode is only the
safety valve for workbooks larger than CALAMINE_MAX_BYTES.

A table is a header row, an optional HXL hashtag row right under it (skipped), and data rows
numbered as the user sees them in Excel or LibreOffice (the header is row 1)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from .hxl import is_hxl_row

CSV_SNIFF_BYTES = 64 * 1024
# csv's own limit (128 KiB a cell) is below a long report's full text; a cell larger than this is
# refused with its row named.
CSV_FIELD_LIMIT = 16 * 1024 * 1024
CALAMINE_MAX_BYTES = 256 * 1024 * 1024  # ≈ 2 GB of memory for calamine (≈ 8 MB of RSS per MB of file)
_ARABIC_LETTERS = re.compile("[\u0621-\u064a]")


@dataclass
class Table:
    file: str  # the name shown in messages
    sheet: str | None
    header: list[str]
    rows: Iterator[tuple[int, list[Any]]]  # (row number as shown in a spreadsheet, cells)
    hxl: list[str] | None = None
    sheet_names: list[str] = field(default_factory=list)
    total: int = 0  # rows in the sheet including the header (0 when unknown), for progress


def _blank(cells: list[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _table(file: str, sheet: str | None, rows: Iterator[list[Any]], first_row: int = 1,
           sheet_names: list[str] | None = None) -> Table:
    """Header and HXL row from the first non-blank rows; the rest stays a lazy iterator."""
    number = first_row - 1
    header: list[Any] | None = None
    for cells in rows:
        number += 1
        if not _blank(cells):
            header = cells
            break
    if header is None:
        raise ValidationError("the sheet is empty: no header row", file=file)
    hxl: list[str] | None = None
    pending: tuple[int, list[Any]] | None = None
    for cells in rows:
        number += 1
        if is_hxl_row(cells):
            hxl = [str(c or "").strip() for c in cells]
        else:
            pending = (number, cells)
        break

    def data() -> Iterator[tuple[int, list[Any]]]:
        n = number
        if pending is not None and not _blank(pending[1]):
            yield pending
        for cells in rows:
            n += 1
            if not _blank(cells):
                yield n, cells

    return Table(file=file, sheet=sheet, header=[str(h or "").strip() for h in header], rows=data(), hxl=hxl,
                 sheet_names=sheet_names or [])


# ---------------------------------------------------------------------------------------------
# xlsx


def _streamed(path: Path) -> bool:
    """Too big for calamine's whole-sheet reading (openpyxl streams .xlsx/.xlsm only)."""
    return path.suffix.lower() in (".xlsx", ".xlsm") and path.stat().st_size > CALAMINE_MAX_BYTES


def xlsx_sheet_names(path: Path) -> list[str]:
    if _streamed(path):
        from openpyxl import load_workbook  # noqa: PLC0415

        wb = load_workbook(path, read_only=True)
        try:
            return list(wb.sheetnames)
        finally:
            wb.close()
    from python_calamine import CalamineError, CalamineWorkbook  # noqa: PLC0415

    try:
        with CalamineWorkbook.from_path(str(path)) as wb:
            return list(wb.sheet_names)
    except (CalamineError, OSError, ValueError) as exc:
        raise ValidationError(_not_a_workbook(path, exc), file=path.name) from None


def _read_streamed(path: Path, sheet: str | None, name: str) -> Table:
    from openpyxl import load_workbook  # noqa: PLC0415

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any unreadable file ends as the same user-facing error
        raise ValidationError(f"cannot read the workbook: {exc}", file=name) from None
    names = list(wb.sheetnames)
    sheet = sheet if sheet is not None else (names[0] if names else None)
    if sheet not in names:
        wb.close()
        raise ValidationError(f"no sheet named «{sheet}»; the sheets are: {', '.join(names)}", file=name)
    ws = wb[sheet]

    def rows() -> Iterator[list[Any]]:
        try:
            for values in ws.iter_rows(values_only=True):
                yield list(values)
        finally:
            wb.close()

    table = _table(name, sheet, rows(), 1, names)
    table.total = ws.max_row or 0
    return table


def read_xlsx(path: Path, sheet: str | None = None, *, display: str | None = None) -> Table:
    """One sheet (by name; default the first) of an .xlsx/.xlsm/.ods/.xls workbook."""
    from python_calamine import CalamineError, CalamineWorkbook  # noqa: PLC0415

    name = display or path.name
    if _streamed(path):
        return _read_streamed(path, sheet, name)
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        raise ValidationError(_not_a_workbook(path, exc), file=name) from None
    names = list(wb.sheet_names)
    if sheet is None:
        sheet = names[0] if names else None
    if sheet not in names:
        raise ValidationError(f"no sheet named «{sheet}»; the sheets are: {', '.join(names)}", file=name)
    data = wb.get_sheet_by_name(sheet)
    start_row = (data.start or (0, 0))[0] + 1 if data.height else 1
    table = _table(name, sheet, (list(r) for r in data.iter_rows()), start_row, names)
    table.total = data.height or 0
    return table


def _not_a_workbook(path: Path, exc: Exception) -> str:
    """Why calamine could not open the file, in words a person can act on."""
    from python_calamine import PasswordError, ZipError  # noqa: PLC0415

    if isinstance(exc, PasswordError):
        return "the workbook is protected by a password; save an unprotected copy and import that"
    try:
        with path.open("rb") as f:
            magic = f.read(4)
    except OSError:
        magic = b""
    if isinstance(exc, ZipError) or magic not in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0"):
        return (f"not a workbook: the file is named {path.suffix} but is not one Excel or LibreOffice wrote "
                "(damaged, or another kind of file renamed)")
    return f"cannot read the workbook: {exc}"


# ---------------------------------------------------------------------------------------------
# CSV


def decode_csv(raw: bytes, name: str) -> str:
    """UTF-8 with or without a byte-order mark; anything else is refused with a hint."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")) or raw[:200].count(b"\x00") > 10:
        raise ValidationError(
            "the CSV is UTF-16 (Excel's \"Unicode Text\"); save it as \"CSV UTF-8 (comma delimited)\" and import "
            "that file", file=name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        guess = ""
        try:
            text = raw.decode("cp1256")
            if _ARABIC_LETTERS.search(text):
                guess = " It looks like Windows-1256 (Arabic Windows)."
        except UnicodeDecodeError:
            pass
        if not guess:
            guess = " It may be Windows-1252/Latin-1 or another legacy encoding."
        raise ValidationError(
            f"the CSV is not UTF-8 (first bad byte on line {line}).{guess} Open it in Excel or LibreOffice and save "
            "it as \"CSV UTF-8\", then import again", file=name) from None


def read_csv(path: Path, *, display: str | None = None) -> Table:
    name = display or path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read the file: {exc.strerror}", file=name) from None
    text = decode_csv(raw, name)
    sample = text[:CSV_SNIFF_BYTES]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    # strict: an unclosed quote is an error, not the rest of the file taken into one cell.
    reader = csv.reader(io.StringIO(text, newline=""), dialect, strict=True)

    def rows() -> Iterator[list[Any]]:
        start = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ValidationError(_csv_problem(str(exc)), file=name, row=start) from None
            start = reader.line_num + 1
            yield row

    return _table(name, None, rows(), 1)


def _csv_problem(error: str) -> str:
    if "field larger than field limit" in error:
        return f"a cell is larger than {CSV_FIELD_LIMIT // (1024 * 1024)} MB; is the file really a CSV table?"
    if "unexpected end of data" in error or "expected after" in error:
        return ('a quote (") opened in this row is never closed, or is followed by more text in the same cell; '
                'put quotes only around whole cells and double a quote inside a cell ("")')
    return f"the CSV cannot be read here: {error}"


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    p = Path(path)
    if not p.is_file():
        raise ValidationError("no such file", file=str(path))
    suffix = p.suffix.lower()
    if suffix == ".csv":
        if sheet:
            raise ValidationError("a CSV file has no sheets", file=p.name, field="sheet")
        return read_csv(p)
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        return read_xlsx(p, sheet)
    raise ValidationError(f"cannot import {suffix or 'files without an extension'}: give an .xlsx or a .csv file",
                          file=p.name)
