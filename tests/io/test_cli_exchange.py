"""`casualtydb export`: arguments, output line, user errors without tracebacks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import argparse
import pytest
from openpyxl import load_workbook

from casualtydb.cli import main
from casualtydb.cli.exchange import parse_period
from casualtydb.db import Database


def test_periods_cover_whole_months_and_years() -> None:
    assert parse_period("2017-10", end=False) == date(2017, 10, 1)
    assert parse_period("2017-10", end=True) == date(2017, 10, 31)
    assert parse_period("2016", end=True) == date(2016, 12, 31)
    assert parse_period("٢٠١٧-٠٢", end=True) == date(2017, 2, 28)
    with pytest.raises(argparse.ArgumentTypeError):
        parse_period("2017-13-01", end=False)


def test_cli_export(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.xlsx"
    code = main(["--db", str(demo_db.path), "export", str(out), "--lang", "en", "--from", "2017-10",
                 "--to", "2017-10", "--place", "دير الزور", "--redact"])
    assert code == 0
    line = capsys.readouterr().out
    assert line.startswith(f"wrote {out}: 4 incidents, 14 claims, 5 sources") and "redacted" in line
    assert load_workbook(out).sheetnames[0] == "About"
    assert main(["--db", str(demo_db.path), "export", str(tmp_path / "y.xlsx"), "--place", "Atlantis"]) == 2
    assert "no place «Atlantis»" in capsys.readouterr().err
    assert not (tmp_path / "y.xlsx").exists()
