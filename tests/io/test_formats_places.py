"""Places that do not resolve are not a dead end: spelling variants, coordinates, and places created
under the admin unit a row names; the import stays all or nothing and lists every unsettled place
once, with its rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from casualtydb.cli import main
from casualtydb.db import Database
from casualtydb.io.gazetteer import PlaceIndex
from casualtydb.io.place_match import PlaceMatcher, PlaceRef, distance_km
from casualtydb.models import IncidentPlace, LocationPrecision, Place
from casualtydb.text.translit import skeleton

from helpers.formats_data import ACLED_HEADER, acled_row, write_csv
from .test_spreadsheet_import import counts


@pytest.fixture
def matcher(db: Database) -> PlaceMatcher:
    with db.session() as s:
        return PlaceMatcher(PlaceIndex.load(s))


@pytest.mark.parametrize("spelling", ["Deir-ez-Zor", "Dayr al Zawr", "Deir Ezzor", "دير الزور", "Deir ez Zor",
                                      "DEIR AL-ZOUR", "Dayr az-Zawr", "ديرالزور"])
def test_spelling_variants_of_a_governorate(matcher: PlaceMatcher, spelling: str) -> None:
    place = matcher.resolve(PlaceRef(admin1=spelling), 2)
    assert place is not None and place.pcode == "SY09", spelling


@pytest.mark.parametrize(("name", "admin1", "expected"), [
    ("Dayr al Zawr", "Deir Ezzor", "Deir-ez-Zor"),  # the city (community) inside the governorate
    ("Al Boukamal", "Dayr az Zawr", "Abu Kamal"),
    ("As Sousa", "دير الزور", "As-Susah"),
    ("الحويقة", None, "Al-Huwayqa"),
    ("Al Hweiqa", "Deir ez-Zor", "Al-Huwayqa"),
])
def test_locations_by_name_and_variant_inside_the_admin_unit(matcher: PlaceMatcher, name: str, admin1: str | None,
                                                             expected: str) -> None:
    place = matcher.resolve(PlaceRef(name=name, admin1=admin1), 2)
    assert place is not None and place.name_en == expected
    assert place.level in ("community", "neighbourhood")


def test_a_name_of_another_governorate_is_not_taken(matcher: PlaceMatcher) -> None:
    # Hajin is a sub-district of Deir ez-Zor: a row in Aleppo naming a "Hajin" is not placed there.
    assert matcher.resolve(PlaceRef(name="Hajin", admin1="Aleppo"), 3) is None
    assert "no such place" in matcher.unresolved[0].reason and matcher.unresolved[0].rows == [3]


def test_coordinates_give_the_nearest_place_of_the_right_level(matcher: PlaceMatcher) -> None:
    # An unknown village 4 km from Hajin's sub-district centroid, known to ~25 km (UCDP where_prec 2).
    near_hajin = PlaceRef(name="Qaryat al-Majhula", latitude=34.86, longitude=41.03,
                          precision=LocationPrecision.SUBDISTRICT)
    assert distance_km(34.86, 41.03, 34.83574, 40.99698) < 5
    place = matcher.resolve(near_hajin, 2)
    assert place is not None and place.pcode == "SY090201"
    # Known to the town: a town 4 km away is another town, not this one.
    as_town = PlaceRef(name="Qaryat al-Majhula", latitude=34.86, longitude=41.03, precision=LocationPrecision.TOWN)
    assert matcher.resolve(as_town, 3) is None


def test_the_skeleton_key() -> None:
    assert {skeleton(n) for n in ("Deir-ez-Zor", "Dayr al Zawr", "Deir Ezzor", "Deir al-Zour")} == {"drzr"}
    assert skeleton("Homs") == skeleton("Hims") != skeleton("Hama")
    assert skeleton("Raqqa") == ""  # too short to trust: only the exact key matches it


def _half_unknown(tmp_path: Path) -> Path:
    rows = [
        acled_row("SYR92001", "2017-10-12", admin2="Abu Kamal", admin3="Susat", location="As Susah",
                  source="Deir Ezzor 24", fatalities="2"),
        acled_row("SYR92002", "2017-10-12", admin2="Abu Kamal", admin3="Susat", location="Al Baghuz Fawqani",
                  latitude="34.4630", longitude="40.9390", source="Deir Ezzor 24", fatalities="5"),
        acled_row("SYR92003", "2017-10-12", admin2="Abu Kamal", admin3="Hajin", location="Hajin",
                  source="Deir Ezzor 24", fatalities="1"),
        acled_row("SYR92004", "2017-10-13", admin2="Abu Kamal", admin3="Susat", location="Al Baghuz Fawqani",
                  source="Syrian Observatory for Human Rights", fatalities="3"),
        acled_row("SYR92005", "2017-10-13", admin2="Abu Kamal", location="Al Shafa",
                  source="Syrian Observatory for Human Rights", fatalities="4"),
        # No admin unit below the governorate, only coordinates (near Hajin's sub-district centroid).
        acled_row("SYR92006", "2017-10-14", location="Al Kishma", latitude="34.8500", longitude="40.9800",
                  source="Syrian Observatory for Human Rights", fatalities="1"),
    ]
    return write_csv(tmp_path / "half.csv", ACLED_HEADER, rows)


def test_half_unknown_places_listed_settled_then_imported(db: Database, db_path: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = _half_unknown(tmp_path)
    before = counts(db)
    code = main(["--db", str(db_path), "import", str(path), "--create-actors"])
    err = capsys.readouterr().err
    assert code == 2 and counts(db) == before  # nothing written
    assert "3 places not settled" in err
    assert "Al Baghuz Fawqani, Susat, Abu Kamal, Deir ez Zor at 34.4630, 40.9390: no such place in Susat" in err
    assert "(rows 3, 5)" in err  # each distinct place once, with all its rows
    assert "Al Shafa, Abu Kamal, Deir ez Zor: no such place" in err and "(rows 6)" in err
    assert "Al Kishma, Deir ez Zor at 34.8500, 40.9800" in err and "(rows 7)" in err
    # Settled: created under the admin unit each row names (or nearest its coordinates).
    code = main(["--db", str(db_path), "import", str(path), "--create-actors", "--create-places"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "added 3 places:" in out
    with db.session() as s:
        created = {p.name_en: p for p in s.scalars(select(Place).where(Place.origin.like("import of half.csv%")))}
        parents = {name: s.get(Place, p.parent_id).pcode for name, p in created.items()}
        assert parents == {"Al Baghuz Fawqani": "SY090203", "Al Shafa": "SY0902", "Al Kishma": "SY090201"}
        baghuz = created["Al Baghuz Fawqani"]
        assert (baghuz.latitude, baghuz.longitude, baghuz.level) == (34.463, 40.939, "community")
        assert baghuz.path.startswith(s.get(Place, baghuz.parent_id).path)
        used = [ip.place_id for ip in s.scalars(select(IncidentPlace))]
        assert used.count(baghuz.id) == 2  # both rows naming it, one place
    # A third run finds the created places: nothing new.
    code = main(["--db", str(db_path), "import", str(path), "--create-actors", "--create-places"])
    out = capsys.readouterr().out
    assert code == 0 and "added: 0 incidents" in out and "places: 6 by name" in out and "places:\n" not in out


def test_villages_and_coordinates_make_duplicate_candidates_drop(db: Database, tmp_path: Path) -> None:
    """Same-day incidents in different villages of one governorate: coded at the governorate they
    all look alike; placed in their villages (created under the sub-district their coordinates
    fall nearest to) they do not."""
    from casualtydb.crossref.duplicates import find_duplicates
    from casualtydb.io.formats.detect import open_dataset
    from casualtydb.io.formats.loader import import_events

    with db.session() as s:
        centroids = [(p.latitude, p.longitude) for p in s.scalars(
            select(Place).where(Place.pcode.like("SY09____"), Place.latitude.is_not(None)).order_by(Place.pcode))]
    assert len(centroids) >= 10

    def rows(coarse: bool) -> list[list[str]]:
        out = []
        villages = ["Al Shafa", "Al Kishma", "Al Baghuz", "Al Marashida", "Al Sayal", "Gharanij", "Al Kashkiyah",
                    "Abu Hamam", "Darnaj", "Suwaydan"]
        for i, ((lat, lon), village) in enumerate(zip(centroids, villages)):
            out.append(acled_row(f"SYR9{4 if coarse else 5}{i:03d}", "2017-10-12", location="Deir ez Zor" if coarse
                                 else village, latitude=f"{lat + 0.01:.4f}", longitude=f"{lon + 0.01:.4f}",
                                 geo_precision=3 if coarse else 1, source=f"Local network {i}",
                                 fatalities=str(i + 1)))
        return out

    found = {}
    for coarse in (True, False):
        path = write_csv(tmp_path / f"{'coarse' if coarse else 'fine'}.csv", ACLED_HEADER, rows(coarse))
        table, fmt = open_dataset(path)
        with db.transaction() as s:
            result = import_events(table, fmt, session=s, path=path, create_places=True)
            ids = result.touched_incidents
            found[coarse] = [c for c in find_duplicates(session=s, incident_ids=ids)
                             if set(c.incidents) <= set(ids)]
    assert len(found[True]) == 45  # every pair of the ten: same day, same governorate, same type and actor
    assert found[False] == []


def test_held_out_spellings_of_other_governorates(matcher: PlaceMatcher) -> None:
    """Spellings as ACLED, UCDP and HDX sheets write places outside Deir ez-Zor, written down before
    the matching was checked against them and never used to tune it (tests/io/data/README.md).
    Scored 40 of 45 (0.89) when first run; the five misses need gazetteer aliases (Al Ladhiqiyah,
    Dimashq, Palmyra) or are too short for a spelling skeleton (Aazaz, Daraya). The Deir ez-Zor
    spellings the matching was built on (the tests above) all match."""
    import csv

    rows = list(csv.DictReader((Path(__file__).parent / "data" / "place_spellings_heldout.csv")
                               .open(encoding="utf-8")))
    hits = 0
    for i, r in enumerate(rows):
        ref = PlaceRef(admin1=r["spelling"]) if not r["admin1"] else PlaceRef(name=r["spelling"], admin1=r["admin1"])
        got = matcher.resolve(ref, i)
        hits += got is not None and (got.name_en or "").lower() == r["expected"].lower()
    assert len(rows) == 45 and hits >= 40, f"{hits}/{len(rows)}"


def test_names_that_only_share_consonants_stay_two_places(db: Database) -> None:
    assert skeleton("Hamam") == skeleton("Hmeimim")
    with db.session() as s:
        creating = PlaceMatcher(PlaceIndex.load(s), create=True)
    a = creating.resolve(PlaceRef(name="Hmeimim", admin1="Deir ez-Zor", admin3="Hajin"), 2)
    b = creating.resolve(PlaceRef(name="Hamam", admin1="Deir ez-Zor", admin3="Hajin"), 3)
    again = creating.resolve(PlaceRef(name="Al Hmeimim", admin1="Deir ez-Zor", admin3="Hajin"), 4)
    assert a is not None and b is not None and a.id != b.id and again is a
    assert {p.name_en for p in creating.created.values()} == {"Hmeimim", "Hamam"}


def test_places_settled_in_one_list_before_anything_is_written(db: Database, tmp_path: Path) -> None:
    """The app's way (and any caller's): the unsettled places once each, with suggested matches and
    the admin unit a new one would go under; settled; then the import, which writes nothing before."""
    from casualtydb.io.formats.detect import open_dataset
    from casualtydb.io.formats.loader import import_events, places_to_settle
    from casualtydb.io.place_match import CREATE

    rows = [acled_row("SYR93001", "2017-10-15", admin2="Abu Kamal", admin3="Susat", location="As Sousah Town",
                      source="Deir Ezzor 24", fatalities="2")]
    path = _half_unknown(tmp_path)
    path.write_text(path.read_text(encoding="utf-8") + ",".join(rows[0]) + "\n", encoding="utf-8")
    table, fmt = open_dataset(path)
    before = counts(db)
    with db.session() as s:
        questions = places_to_settle(table, fmt, session=s)
    assert counts(db) == before
    by_name = {q.written.split(",")[0]: q for q in questions}
    assert set(by_name) == {"Al Baghuz Fawqani", "Al Shafa", "Al Kishma", "As Sousah Town"}
    assert by_name["Al Baghuz Fawqani"].rows == [3, 5] and by_name["Al Shafa"].rows == [6]
    assert by_name["Al Baghuz Fawqani"].parent.pcode == "SY090203"  # "create under" the sub-district named
    assert by_name["Al Kishma"].parent.pcode == "SY090201"  # nearest sub-district to its coordinates
    assert by_name["As Sousah Town"].suggestions[0].name_en == "As-Susah"  # did you mean
    susah = by_name["As Sousah Town"].suggestions[0]
    settled = {by_name["As Sousah Town"].key: susah.id, by_name["Al Baghuz Fawqani"].key: CREATE,
               by_name["Al Kishma"].key: CREATE}
    with db.session() as s:
        left = places_to_settle(*open_dataset(path), session=s, settled=settled)
    assert [q.written.split(",")[0] for q in left] == ["Al Shafa"]
    settled[left[0].key] = CREATE
    with db.transaction(context="import half.csv") as s:
        result = import_events(*open_dataset(path), session=s, path=path, settled=settled, create_actors=True)
    assert sorted(p.split(" under ")[0] for p in result.places_added) == ["Al Baghuz Fawqani", "Al Kishma",
                                                                         "Al Shafa"]
    with db.session() as s:
        used = {ip.place_id for ip in s.scalars(select(IncidentPlace))}
        assert susah.id in used
