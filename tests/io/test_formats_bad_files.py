"""Bad dataset files get a message naming the file, row and column (exit 2, nothing written), never
"unexpected …" (exit 70); web addresses with spaces or Arabic in their path are accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from casualtydb.cli import main
from casualtydb.db import Database
from casualtydb.io.readers import CSV_FIELD_LIMIT

from helpers.formats_data import (
    ACLED_HEADER,
    AIRWARS_HEADER,
    AIRWARS_ROWS,
    UCDP_HEADER,
    UCDP_ROWS,
    acled_row,
    write_csv,
    write_xlsx,
)
from .test_spreadsheet_import import counts


def _import(db_path: Path, path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["--db", str(db_path), "import", str(path), "--create-actors", *extra])
    return code, capsys.readouterr().err


def _good(event_id: str = "SYR93001", **kw: str) -> list[str]:
    return acled_row(event_id, "2017-10-12", admin3="Hajin", location="Hajin", **kw)


def test_a_figure_beyond_sqlites_integer_range(db: Database, db_path: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "acled.csv", ACLED_HEADER,
                     [_good(), _good("SYR93002", fatalities="99999999999999999999")])
    before = counts(db)
    code, err = _import(db_path, path, capsys)
    assert code == 2 and counts(db) == before
    assert ("acled.csv, row 3, column fatalities: too large a number: 99999999999999999999 (the largest a figure "
            "can be is 2147483647)") in err
    rows = [r[:] for r in UCDP_ROWS]
    rows[1][UCDP_HEADER.index("high")] = "1" + "0" * 30
    code, err = _import(db_path, write_csv(tmp_path / "ged.csv", UCDP_HEADER, rows), capsys)
    assert code == 2 and "ged.csv, row 3, column high: too large a number" in err


def test_a_cell_over_the_csv_field_limit_names_its_row(db: Database, db_path: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    notes = "غارة " * (CSV_FIELD_LIMIT // 5 + 10)
    path = write_csv(tmp_path / "acled.csv", ACLED_HEADER, [_good(), _good("SYR93002", notes=notes)])
    before = counts(db)
    code, err = _import(db_path, path, capsys)
    assert code == 2 and counts(db) == before
    assert "acled.csv, row 3" in err and "a cell is larger than 16 MB" in err and "unexpected" not in err


def test_a_file_named_xlsx_that_is_not_a_workbook(db_path: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "acled.xlsx"
    path.write_text(",".join(ACLED_HEADER) + "\n" + ",".join(_good()) + "\n", encoding="utf-8")
    code, err = _import(db_path, path, capsys)
    assert code == 2 and "acled.xlsx: not a workbook" in err and "unexpected" not in err


def test_an_unclosed_quote_is_not_taken_into_the_source(db: Database, db_path: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    source = ACLED_HEADER.index("source")
    bad = _good("SYR93002")
    bad[source] = '"Syrian Observatory for Human Rights'  # the quote is never closed
    lines = [",".join(ACLED_HEADER), ",".join(_good()), ",".join(bad), ",".join(_good("SYR93003"))]
    path = tmp_path / "acled.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = counts(db)
    code, err = _import(db_path, path, capsys)
    assert code == 2 and counts(db) == before
    assert "acled.csv, row 3" in err and "never closed" in err


@pytest.mark.parametrize(("cell", "reason"), [
    ("not a number", "column latitude: not a number: «not a number»"),
    ("95.5", "column latitude: not a latitude between -90 and 90: «95.5»"),
    ("nan", "column latitude: not a latitude between -90 and 90: «nan»"),
])
def test_bad_coordinates(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], cell: str,
                         reason: str) -> None:
    path = write_csv(tmp_path / "acled.csv", ACLED_HEADER, [_good(latitude=cell, longitude="40.9")])
    code, err = _import(db_path, path, capsys)
    assert code == 2 and f"acled.csv, row 2, {reason}" in err


@pytest.mark.parametrize(("column", "value", "reason"), [
    ("time_precision", "4", "unknown time_precision code «4»; the codes are: 1, 2, 3"),
    ("event_date", "2017-13-45", "not a date: «2017-13-45»"),
    ("fatalities", "-3", "not a whole number: «-3»"),
    ("fatalities", "", "empty: the number of fatalities is needed"),
    ("event_id_cnty", "SYR93001", "event SYR93001 is also in row 2"),
])
def test_row_problems_name_row_and_column(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          column: str, value: str, reason: str) -> None:
    row = _good("SYR93002")
    row[ACLED_HEADER.index(column)] = value
    path = write_csv(tmp_path / "acled.csv", ACLED_HEADER, [_good(), row])
    code, err = _import(db_path, path, capsys)
    assert code == 2 and f"acled.csv, row 3, column {column}: {reason}" in err


def test_web_addresses_with_spaces_and_arabic_pass_and_bad_ones_are_explained(
        db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [r[:] for r in AIRWARS_ROWS]
    rows[1][AIRWARS_HEADER.index("Sources")] = "https://news site.com/خبر عاجل"
    code, err = _import(db_path, write_xlsx(tmp_path / "airwars.xlsx", AIRWARS_HEADER, rows), capsys)
    assert code == 2
    assert ("airwars.xlsx, row 3, column Sources: not a web address: «https://news site.com/خبر عاجل» (the "
            "server name contains a space or a character an address cannot hold; a server name looks like example.org)") in err
    code, err = _import(db_path, write_xlsx(tmp_path / "airwars.xlsx", AIRWARS_HEADER, AIRWARS_ROWS), capsys)
    assert code == 0, err
