"""Files a person really has: every way a file can be wrong is a named problem (exit 2, file and
row named, nothing written), never "unexpected …" (exit 70); real Arabic web addresses pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from casualtydb.cli import main
from casualtydb.db import Database
from casualtydb.models import Report
from casualtydb.text.urls import BadUrl, clean_url

from .test_spreadsheet_import import GOOD, HEADER, counts, run, write_csv

URL_COLUMN = HEADER.index("url")


def _cli_import(db_path: Path, path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--db", str(db_path), "import", str(path)])
    return code, capsys.readouterr().err


def test_a_figure_beyond_the_database_range_is_a_row_problem(db_path: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    row = [*GOOD[:5], "99999999999999999999", "", *GOOD[7:]]
    code, err = _cli_import(db_path, write_csv(tmp_path / "huge.csv", HEADER, [GOOD, row]), capsys)
    assert code == 2
    assert "huge.csv, row 3, column min: too large a number: 99999999999999999999" in err
    assert "nothing was imported" in err


def test_a_cell_over_the_csv_module_limit_is_read(db: Database, tmp_path: Path) -> None:
    # 200,000 characters: over csv's default limit of 131,072 (a long report text pasted in a cell).
    row = [*GOOD[:11], "قتلى " * 40_000]
    result = run(db, write_csv(tmp_path / "long.csv", HEADER, [row]))
    assert result.claims_added == 1


def test_an_unclosed_quote_names_its_row_and_imports_nothing(db: Database, db_path: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    lines = [",".join(HEADER), ",".join(GOOD),
             ",".join([*GOOD[:8], '"Horriya Press', *GOOD[9:]]),  # the quote is never closed
             ",".join(["s2", *GOOD[1:]])]
    path = tmp_path / "quote.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = counts(db)
    code, err = _cli_import(db_path, path, capsys)
    assert code == 2
    assert "quote.csv, row 3" in err and "never closed" in err
    assert counts(db) == before


def test_a_renamed_file_is_not_a_workbook(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "figures.xlsx"
    path.write_text("incident,place\n", encoding="utf-8")
    code, err = _cli_import(db_path, path, capsys)
    assert code == 2
    assert "figures.xlsx: not a workbook" in err and "unexpected" not in err


def test_arabic_addresses_with_spaces_are_kept_readable(db: Database, tmp_path: Path) -> None:
    typed = "https://www.enabbaladi.net/archives/مقتل مدنيين في دير الزور"
    row = [*GOOD[:URL_COLUMN], typed, *GOOD[URL_COLUMN + 1:]]
    run(db, write_csv(tmp_path / "url.csv", HEADER, [row]))
    with db.session() as s:
        stored = s.scalars(select(Report.url)).all()
    assert stored == ["https://www.enabbaladi.net/archives/مقتل%20مدنيين%20في%20دير%20الزور"]


@pytest.mark.parametrize(("typed", "kept"), [
    ("https://example.org/a b", "https://example.org/a%20b"),
    ("www.syria.tv/مجزرة-في-إدلب", "https://www.syria.tv/مجزرة-في-إدلب"),
    ("HTTP://Example.org/?q=قصف", "HTTP://Example.org/?q=قصف"),
    ("https://عنب-بلدي.com/x", "https://عنب-بلدي.com/x"),
])
def test_addresses_people_paste(typed: str, kept: str) -> None:
    assert clean_url(typed) == kept


@pytest.mark.parametrize(("typed", "reason"), [
    ("example.org/page", "must start with http:// or https://"),
    ("ftp://example.org/x", "only http:// and https://"),
    ("https:example.org", "followed by //"),
    ("https:///path", "names no server"),
    ("https://news site.com/x", "server name contains a space"),
    ("https://localnews/x", "has no dot"),
    ("https://example.org:port/x", "server part is malformed"),
])
def test_what_is_wrong_with_an_address_is_said(typed: str, reason: str) -> None:
    with pytest.raises(BadUrl, match=reason):
        clean_url(typed)


@pytest.mark.parametrize(("typed", "said"), [
    ("ftp://example.org/x", "«ftp://example.org/x» (it starts with «ftp:»; only http:// and https:// addresses are kept)"),
    ("https:example.org/x", "(http: or https: must be followed by //)"),
    ("https://localnews/x", "(«localnews» is not a server name (it has no dot); a server name looks like example.org)"),
    ("https://news site.com/x", "(the server name contains a space or a character an address cannot hold;"),
])
def test_the_claims_importer_says_what_is_wrong_with_an_address(db_path: Path, tmp_path: Path, typed: str, said: str,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """The reason `clean_url` gives reaches the row's message (it used to be one fixed sentence per
    code: "it must start with http:// or https://" for an ftp:// address or a missing //)."""
    row = [*GOOD[:URL_COLUMN], typed, *GOOD[URL_COLUMN + 1:]]
    code, err = _cli_import(db_path, write_csv(tmp_path / "u.csv", HEADER, [row]), capsys)
    assert code == 2
    assert "u.csv, row 2, column url: not a web address: " in err and said in err
