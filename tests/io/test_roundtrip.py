"""Export → import into an empty database → export gives the same rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from casualtydb.db import Database, open_database
from casualtydb.io.sheets import DATA_SHEETS
from casualtydb.io.spreadsheet_import import import_spreadsheet

from .conftest import export, refresh_figures


def data_rows(path: Path, lang: str) -> dict[str, list[tuple[object, ...]]]:
    wb = load_workbook(path)
    return {s.key: [tuple(r) for r in wb[s.name(lang)].iter_rows(values_only=True)] for s in DATA_SHEETS}


def round_trip(source: Database, target: Database, folder: Path, lang: str) -> None:
    first, second = folder / f"first-{lang}.xlsx", folder / f"second-{lang}.xlsx"
    export(source, first, lang=lang)
    with target.transaction(context="round trip") as s:
        result = import_spreadsheet(first, session=s)
    assert result.claims_added == 14 and result.incidents_added == 4 and result.sources_added == 5
    export(target, second, lang=lang)
    a, b = data_rows(first, lang), data_rows(second, lang)
    for key in a:
        assert a[key] == b[key], key
    # and once more: nothing new
    with target.transaction() as s:
        again = import_spreadsheet(first, session=s)
    assert (again.claims_added, again.claims_present) == (0, 14)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_round_trip_is_lossless(shared_demo: Database, tmp_path: Path, lang: str) -> None:
    target = open_database(tmp_path / "empty.db")
    try:
        round_trip(shared_demo, target, tmp_path, lang)
    finally:
        target.dispose()


@pytest.mark.postgres
def test_round_trip_into_postgresql(shared_demo: Database, tmp_path: Path, pg_url: str) -> None:
    target = open_database(pg_url)
    try:
        round_trip(shared_demo, target, tmp_path, "ar")
        refresh_figures(target)
    finally:
        target.dispose()


def test_big_workbooks_are_streamed_with_openpyxl(shared_demo: Database, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Above CALAMINE_MAX_BYTES the importer streams with openpyxl: the same result."""
    from casualtydb.io import readers

    monkeypatch.setattr(readers, "CALAMINE_MAX_BYTES", 0)
    target = open_database(tmp_path / "empty.db")
    try:
        round_trip(shared_demo, target, tmp_path, "en")
    finally:
        target.dispose()
