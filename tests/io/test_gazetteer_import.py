"""`gazetteer import`: OCHA's populated places (CSV with its HXL row, XLSX with COD-style headers)
and a GeoNames dump, each a small hand-made file in that shape; all or nothing, twice adds nothing,
and with the villages in the gazetteer an import of same-day incidents finds no duplicates."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casualtydb.cli import main
from casualtydb.db import Database
from casualtydb.io.gazetteer import PlaceIndex
from casualtydb.io.gazetteer_import import KEY_NAMESPACE
from casualtydb.models import AuditEntry, Place

from helpers.formats_data import ACLED_HEADER, acled_row, write_csv, write_xlsx
from helpers.gazetteer_data import OCHA_HEADER, OCHA_HXL, SUSAT, ocha_rows


def places(db: Database) -> dict[str, Place]:
    with db.session() as s:
        out = {p.pcode or p.name_en: p for p in s.scalars(select(Place))}
        for p in out.values():
            p.parent_pcode = s.get(Place, p.parent_id).pcode if p.parent_id else None  # type: ignore[attr-defined]
        return out


def audit_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.table_name == "places")) or 0


def test_ocha_populated_places_csv(db: Database, db_path: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "syr_pplp.csv", OCHA_HEADER, ocha_rows(), hxl=OCHA_HXL)
    before = places(db)
    assert main(["--db", str(db_path), "gazetteer", "import", str(path), "--dry-run"]) == 0
    assert "would add 4 places (1 sub-district, 3 community)" in capsys.readouterr().out
    assert len(places(db)) == len(before)
    assert main(["--db", str(db_path), "gazetteer", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "added 4 places (1 sub-district, 3 community); 1 already in the gazetteer" in out, out
    assert "1 found by name and given their P-code or coordinates" in out
    after = places(db)
    assert len(after) == len(before) + 4
    baghuz = after["C9001"]
    assert (baghuz.name_ar, baghuz.name_en, baghuz.level, baghuz.parent_pcode) == (
        "الباغوز فوقاني", "Al Baghuz Fawqani", "community", "SY090203")
    assert (baghuz.latitude, baghuz.longitude, baghuz.alt_names) == (34.463, 40.939, ["Baghouz"])
    assert baghuz.origin == "OCHA populated places syr_pplp.csv"
    assert baghuz.id == uuid.uuid5(KEY_NAMESPACE, "C9001")  # the same key in every database
    assert after["C9003"].parent_pcode == "SY090201"
    nahiya = after["SY090299"]
    assert (nahiya.level, nahiya.parent_pcode, nahiya.name_ar) == ("sub-district", "SY0902", "وادي التجربة")
    assert after["C9004"].parent_pcode == "SY090299" and after["C9004"].path.startswith(nahiya.path)
    # The shipped As-Susah (no code) is completed, not doubled.
    susah = after["C9002"]
    assert susah.id == before["As-Susah"].id and (susah.latitude, susah.longitude) == (34.54, 40.98)
    assert susah.version == before["As-Susah"].version + 1
    logged = audit_count(db)
    assert logged >= 5  # four inserts and one update, in the audit log
    # Twice adds nothing.
    assert main(["--db", str(db_path), "gazetteer", "import", str(path)]) == 0
    assert "added 0 places (nothing); 4 already in the gazetteer" in capsys.readouterr().out
    assert len(places(db)) == len(after) and audit_count(db) == logged
    from casualtydb.verify import verify

    assert [b for b in verify(db).breaks if b.table == "places"] == []  # inserts and update replay to the rows
    # The new places are found as imports name them, by P-code and by name.
    assert main(["--db", str(db_path), "search", "الباغوز"]) == 0
    assert "الباغوز فوقاني" in capsys.readouterr().out
    with db.session() as s:
        assert [p.name_en for p in PlaceIndex.load(s).lookup("c9001")] == ["Al Baghuz Fawqani"]


def test_ocha_xlsx_with_cod_headers(db: Database, db_path: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    header = ["ADM1_EN", "ADM1_AR", "ADM1_PCODE", "ADM2_EN", "ADM2_AR", "ADM2_PCODE", "ADM3_EN", "ADM3_AR",
              "ADM3_PCODE", "ADM4_EN", "ADM4_AR", "ADM4_PCODE", "ADM5_EN", "ADM5_AR", "ADM5_PCODE", "Latitude_y",
              "Longitude_x"]
    rows = [[*SUSAT[3:], "Al Baghuz Fawqani", "الباغوز فوقاني", "C9001", "", "", "", 34.463, 40.939],
            # Two villages of one name in one sub-district: two codes, two places.
            [*SUSAT[3:], "Tall Hamad", "تل حمد", "C9011", "", "", "", 34.50, 40.95],
            [*SUSAT[3:], "Tall Hamad", "تل حمد", "C9012", "", "", "", 34.56, 41.02],
            # A neighbourhood (admin5) of a village of the same file.
            [*SUSAT[3:], "Al Baghuz Fawqani", "الباغوز فوقاني", "C9001", "Al Hara", "الحارة", "N9001", 34.465, 40.94]]
    path = write_xlsx(tmp_path / "pplp.xlsx", header, rows)
    assert main(["--db", str(db_path), "gazetteer", "import", str(path)]) == 0, capsys.readouterr().err
    assert "added 4 places (3 community, 1 neighbourhood)" in capsys.readouterr().out
    after = places(db)
    assert after["C9001"].parent_pcode == "SY090203" and after["C9001"].latitude == 34.463
    assert (after["C9011"].latitude, after["C9012"].latitude) == (34.50, 34.56)
    hara = after["N9001"]
    assert (hara.level, hara.parent_pcode, hara.latitude) == ("neighbourhood", "C9001", 34.465)


def test_bad_rows_are_all_listed_and_nothing_is_written(db: Database, db_path: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    rows = ocha_rows()
    rows[0][-1] = "north"  # latitude
    rows[2][11] = "SY0902"  # a district given as the sub-district
    rows.append([*SUSAT, "Other name", "اسم آخر", "C9002", "", "40.98", "34.54"])  # C9002 twice
    rows.append([*SUSAT[:11], "", "Nowhere", "لا مكان", "C9005", "", "40.9", "34.5"])  # no admin3 code
    path = write_csv(tmp_path / "bad.csv", OCHA_HEADER, rows)
    before, logged = len(places(db)), audit_count(db)
    assert main(["--db", str(db_path), "gazetteer", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "file bad.csv: 4 problems, nothing imported" in err, err
    assert "row 2, field latitude: «north» is not a number of degrees" in err
    assert "row 4, field admin3Pcode: SY0902 is a district in the gazetteer, not a sub-district" in err
    assert "row 6: P-code or id C9002 is also row 3's" in err
    assert "row 7, field admin3Pcode: empty" in err
    assert len(places(db)) == before and audit_count(db) == logged
    # Not OCHA's shape at all: said so.
    other = write_csv(tmp_path / "other.csv", ["name", "lat"], [["x", "1"]])
    assert main(["--db", str(db_path), "gazetteer", "import", str(other)]) == 2
    assert "not OCHA's populated places: no admin4 P-code column" in capsys.readouterr().err


def _geonames_line(gid: int, name: str, alternates: str, lat: str, lon: str, fclass: str = "P",
                   fcode: str = "PPL", cc: str = "SY") -> str:
    # geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature code,
    # country code, cc2, admin1..4 codes, population, elevation, dem, timezone, modification date
    return "\t".join([str(gid), name, name, alternates, lat, lon, fclass, fcode, cc, "", "09", "", "", "", "0", "",
                      "180", "Asia/Damascus", "2024-01-01"]) + "\n"


def test_geonames_dump(db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "SY.txt"
    path.write_text("".join([
        _geonames_line(9100001, "Al Baghuz Fawqani", "Baghouz,Al-Baghuz,الباغوز فوقاني,BGZ", "34.46300", "40.93900"),
        _geonames_line(9100002, "Nahr al-Furat", "", "34.5", "40.9", fclass="H", fcode="STM"),  # a river
        _geonames_line(9100003, "Khirbat al-Qadima", "", "34.6", "40.8", fcode="PPLQ"),  # abandoned
        _geonames_line(9100004, "Al Qaim", "", "34.37", "41.09", cc="IQ"),  # across the border
        _geonames_line(9100005, "Al Marashida", "المراشدة", "34.8100", "40.9500"),
    ]), encoding="utf-8")
    before = places(db)
    assert main(["--db", str(db_path), "gazetteer", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "SY.txt (GeoNames): added 2 places (2 community)" in out and "3 rows left out" in out, out
    with db.session() as s:
        new = {p.name_en: p for p in s.scalars(select(Place).where(Place.origin.like("GeoNames%")))}
        parents = {n: s.get(Place, p.parent_id).pcode for n, p in new.items()}
    assert parents == {"Al Baghuz Fawqani": "SY090203", "Al Marashida": "SY090201"}  # nearest sub-district
    baghuz = new["Al Baghuz Fawqani"]
    assert baghuz.name_ar == "الباغوز فوقاني" and baghuz.alt_names == ["Baghouz", "Al-Baghuz"]  # not the code
    assert baghuz.origin == "GeoNames dump SY.txt, geonameid 9100001"
    assert baghuz.id == uuid.uuid5(KEY_NAMESPACE, "geonames:9100001")
    assert main(["--db", str(db_path), "gazetteer", "import", str(path)]) == 0
    assert "added 0 places" in capsys.readouterr().out and len(places(db)) == len(before) + 2
    bad = tmp_path / "bad.txt"
    bad.write_text(path.read_text(encoding="utf-8") + "9100006\tShort\tline\n"
                   + _geonames_line(9100007, "Far", "", "36.9", "38.0").replace("36.9", "nord"), encoding="utf-8")
    assert main(["--db", str(db_path), "gazetteer", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "line 6: 3 tab-separated columns, a GeoNames dump has 19" in err, err
    assert "line 7, field latitude: «nord» is not a number of degrees" in err


def test_the_fuller_gazetteer_makes_duplicate_candidates_drop(db: Database, db_path: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Ten same-day incidents in ten villages of Deir ez-Zor: coded at the governorate every pair is a
    duplicate candidate; with the villages imported into the gazetteer (OCHA's list) the same
    incidents, named by village, resolve to them without --create-places, and none is a candidate."""
    from casualtydb.crossref.duplicates import find_duplicates
    from casualtydb.io.formats.detect import open_dataset
    from casualtydb.io.formats.loader import import_events

    with db.session() as s:
        subs = list(s.scalars(select(Place).where(Place.pcode.like("SY09____"), Place.latitude.is_not(None))
                              .order_by(Place.pcode)))[:10]
        for p in subs:
            p.district_pcode = s.get(Place, p.parent_id).pcode  # type: ignore[attr-defined]
    assert len(subs) == 10
    villages = [f"Qaryat Test {i}" for i in range(10)]
    gaz = [["Syria", "سوريا", "SY", "Deir-ez-Zor", "دير الزور", "SY09", "", "", p.district_pcode, p.name_en,
            p.name_ar, p.pcode, v, f"قرية تجريبية {i}", f"C98{i:02d}", "", f"{p.longitude + 0.01:.4f}",
            f"{p.latitude + 0.01:.4f}"] for i, (p, v) in enumerate(zip(subs, villages))]
    assert main(["--db", str(db_path), "gazetteer", "import",
                 str(write_csv(tmp_path / "pplp.csv", OCHA_HEADER, gaz))]) == 0
    assert "added 10 places (10 community)" in capsys.readouterr().out
    found = {}
    for coarse in (True, False):
        rows = [acled_row(f"SYR8{int(coarse)}{i:03d}", "2017-10-12", location="Deir ez Zor" if coarse else v,
                          latitude=g[17], longitude=g[16], geo_precision=3 if coarse else 1,
                          source=f"Local network {i}", fatalities=str(i + 1))
                for i, (v, g) in enumerate(zip(villages, gaz))]
        path = write_csv(tmp_path / f"acled-{coarse}.csv", ACLED_HEADER, rows)
        table, fmt = open_dataset(path)
        with db.transaction() as s:
            result = import_events(table, fmt, session=s, path=path)  # no --create-places: all in the gazetteer
            ids = result.touched_incidents
            found[coarse] = [c for c in find_duplicates(session=s, incident_ids=ids) if set(c.incidents) <= set(ids)]
    assert len(found[True]) == 45 and found[False] == []
