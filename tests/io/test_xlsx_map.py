"""The workbook's Summary sheet holds the map as a picture, following the export's filters (that
casualtydb/mapping and casualtydb/io import no Qt is tests/test_layering.py's check)."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook
from PIL import Image

from casualtydb.cli import main
from casualtydb.io.xlsx_export import ExportOptions, export_workbook
from casualtydb.io.xlsx_map import map_picture
from casualtydb.queries.incidents import IncidentFilters


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_summary_sheet_holds_the_map_picture(demo_db, tmp_path, lang):
    out = tmp_path / f"{lang}.xlsx"
    with demo_db.session() as s:
        export_workbook(out, session=s, options=ExportOptions(lang=lang))
    wb = load_workbook(out)
    summary = wb.worksheets[1]
    assert summary.title == ("الملخص" if lang == "ar" else "Summary")
    pictures = summary._images
    assert len(pictures) == 1
    anchor = pictures[0].anchor._from
    assert (anchor.col, anchor.row) == (21, 22)  # below the chart: V23
    with zipfile.ZipFile(out) as z:
        media = [n for n in z.namelist() if n.startswith("xl/media/")]
        assert len(media) == 1
        img = Image.open(io.BytesIO(z.read(media[0])))
    assert img.format == "PNG" and img.size == (1000, 640)
    # only the Summary sheet has drawings besides the chart it already had
    assert all(not ws._images for ws in wb.worksheets if ws is not summary)


def test_the_picture_follows_the_export_filters(demo_db):
    with demo_db.session() as s:
        everything, all_data = map_picture(s, "en", IncidentFilters())
        before, before_data = map_picture(s, "en", IncidentFilters(date_to=date(2017, 10, 29)))
    assert everything != before
    assert (all_data.incidents, before_data.incidents) == (4, 1)


def test_map_command_writes_the_picture_with_the_export_s_filters(demo_db, tmp_path, capsys):
    out = tmp_path / "map.png"
    assert main(["--db", str(demo_db.path), "map", str(out), "--lang", "en", "--to", "2017-10-29",
                 "--colour", "grade", "--size", "800x500"]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {out}: 1 incident at 1 point"
    assert Image.open(out).size == (800, 500)
    assert main(["--db", str(demo_db.path), "map", str(tmp_path / "m.png"), "--place", "Atlantis"]) == 2
    assert "no place «Atlantis»" in capsys.readouterr().err
    assert main(["--db", str(demo_db.path), "map", str(tmp_path / "m.jpg")]) == 2
    assert main(["--db", str(demo_db.path), "map", str(tmp_path / "m.png"), "--size", "big"]) == 2
    assert not (tmp_path / "m.png").exists()
