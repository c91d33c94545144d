"""Fixtures for the Excel/CSV exchange tests: the demo database with its derived figures, and
helpers to export and read sheets back."""

from __future__ import annotations

from pathlib import Path
from collections.abc import Iterator
from typing import Any

import pytest
from openpyxl import load_workbook

from casualtydb.db import Database
from casualtydb.io.sheets import DATA_SHEETS, SheetSpec
from casualtydb.io.xlsx_export import ExportOptions, ExportSummary, export_workbook

DATA = Path(__file__).parent / "data"


def refresh_figures(db: Database) -> None:
    """Run the cross-referencing scan, so that the export has derived figures and conflicts."""
    from casualtydb.crossref.scan import scan

    with db.transaction() as s:
        scan(session=s)


@pytest.fixture
def scanned_demo(demo_db: Database) -> Database:
    """The demo database with derived figures, for a test that changes it."""
    refresh_figures(demo_db)
    return demo_db


@pytest.fixture(scope="module")
def shared_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One demo database with derived figures for a whole module of tests that only read it."""
    from casualtydb.db import open_database
    from casualtydb.demo import load_demo

    database = open_database(tmp_path_factory.mktemp("shared") / "demo.db")
    load_demo(database)
    refresh_figures(database)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def demo_workbooks(shared_demo: Database, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The shared demo exported once in each language (read them, do not change them)."""
    folder = tmp_path_factory.mktemp("workbooks")
    out = {}
    for lang in ("ar", "en"):
        out[lang] = folder / f"demo-{lang}.xlsx"
        export(shared_demo, out[lang], lang=lang)
    return out


def export(db: Database, path: Path, **options: Any) -> ExportSummary:
    with db.transaction() as s:
        return export_workbook(path, session=s, options=ExportOptions(**options))


def spec(key: str) -> SheetSpec:
    return next(s for s in DATA_SHEETS if s.key == key)


def rows(path: Path, key: str, lang: str = "en", *, cells: bool = False) -> list[list[Any]]:
    """All rows of a data sheet (header and HXL rows included) as values, or as cells."""
    ws = load_workbook(path)[spec(key).name(lang)]
    if cells:
        return [list(r) for r in ws.iter_rows()]
    return [[c.value for c in r] for r in ws.iter_rows()]


def records(path: Path, key: str, lang: str = "en") -> list[dict[str, Any]]:
    """Data rows of a sheet as {column key: value} (keys from the sheet's definition)."""
    all_rows = rows(path, key, lang)
    by_header = {c.header(lang): c.key for c in spec(key).columns}
    keys = [by_header.get(h) for h in all_rows[0]]
    return [{k: v for k, v in zip(keys, r) if k} for r in all_rows[2:]]
