"""Datasets of other formats into a PostgreSQL server: an ACLED export with unknown places and
actors created, a mapped sheet whose mapping is saved and reused by name, nothing twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casualtydb.cli import main
from casualtydb.db import open_database
from casualtydb.models import Claim, ImportMapping, Incident, Place

from helpers.formats_data import ACLED_HEADER, ACLED_ROWS, acled_row, write_csv

pytestmark = pytest.mark.postgres


def test_acled_and_a_mapped_sheet_on_postgresql(pg_url: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    rows = [*ACLED_ROWS, acled_row("SYR99001", "2017-10-21", admin2="Abu Kamal", admin3="Susat",
                                   location="Al Baghuz Fawqani", latitude="34.4630", longitude="40.9390",
                                   actor1="Liwa al Quds", source="Deir Ezzor 24", fatalities="2")]
    acled = write_csv(tmp_path / "acled.csv", ACLED_HEADER, rows)
    args = ["--db", pg_url, "import", str(acled), "--create-places", "--create-actors"]
    assert main(args) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "added: 5 incidents" in out and "added 1 places:" in out and "Liwa al Quds" in out
    assert main(args) == 0 and "added: 0 incidents, 0 sources, 0 reports, 0 claims" in capsys.readouterr().out
    sheet = write_csv(tmp_path / "monthly.csv", ["التاريخ", "القرية", "المحافظة", "عدد القتلى", "المصدر"],
                      [["2017-10-22", "الحويقة", "دير الزور", "3", "شبكة دير الزور 24"]])
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"name": "monthly", "columns": {
        "التاريخ": "date", "القرية": "place", "المحافظة": "governorate", "عدد القتلى": "killed:civilians",
        "المصدر": "source"}}, ensure_ascii=False), encoding="utf-8")
    assert main(["--db", pg_url, "import", str(sheet), "--mapping", str(mapping)]) == 0
    assert main(["--db", pg_url, "import", str(sheet), "--mapping", "monthly"]) == 0
    assert "already present: 1 claims" in capsys.readouterr().out
    db = open_database(pg_url)
    try:
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Incident)) == 6
            assert s.scalar(select(func.count()).select_from(Claim)) == 7
            assert s.scalars(select(Place.name_en).where(Place.origin.like("import of acled.csv%"))).all() == [
                "Al Baghuz Fawqani"]
            assert s.scalars(select(ImportMapping.name)).all() == ["monthly"]
    finally:
        db.dispose()


def test_gazetteer_import_on_postgresql(pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from helpers.gazetteer_data import OCHA_HEADER, ocha_rows  # noqa: PLC0415

    path = write_csv(tmp_path / "pplp.csv", OCHA_HEADER, ocha_rows())
    args = ["--db", pg_url, "gazetteer", "import", str(path)]
    assert main(args) == 0, capsys.readouterr().err
    assert "added 4 places (1 sub-district, 3 community)" in capsys.readouterr().out
    assert main(args) == 0 and "added 0 places (nothing)" in capsys.readouterr().out
    db = open_database(pg_url)
    try:
        with db.session() as s:
            baghuz = s.scalars(select(Place).where(Place.pcode == "C9001")).one()
            assert (baghuz.latitude, baghuz.alt_names, baghuz.origin) == (
                34.463, ["Baghouz"], "OCHA populated places pplp.csv")
    finally:
        db.dispose()
