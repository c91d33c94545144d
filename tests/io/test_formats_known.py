"""Known formats recognised by their documented columns: ACLED, UCDP GED, Airwars-style tables,
HXL-tagged sheets and Kobo submissions each become incidents, sources, reports and claims with the
right precision codes; the dry run prints how each column was read; a second import adds nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from casualtydb.cli import main
from casualtydb.db import Database
from casualtydb.io.formats.detect import open_dataset
from casualtydb.io.formats.loader import FormatResult, import_events
from casualtydb.models import Actor, Claim, Incident, IncidentActor, IncidentPlace, Place, Report, Source

from helpers.formats_data import (
    ACLED_HEADER,
    ACLED_ROWS,
    AIRWARS_HEADER,
    AIRWARS_ROWS,
    HXL_ROWS,
    HXL_TAGS,
    UCDP_HEADER,
    UCDP_ROWS,
    acled_row,
    write_csv,
    write_kobo,
    write_xlsx,
)
from .test_spreadsheet_import import counts


def run(db: Database, path: Path, **kw: object) -> FormatResult:
    table, fmt = open_dataset(path)
    assert fmt is not None, f"{path.name} not recognised"
    with db.transaction(context=f"import {path.name}") as s:
        return import_events(table, fmt, session=s, path=path, **kw)


def incident(db: Database, fmt_key: str, event_key: str) -> dict:
    from casualtydb.io.formats.detect import FORMATS

    fmt = next(f for f in FORMATS if f.key == fmt_key)
    iid = fmt.incident_id(event_key)
    with db.session() as s:
        inc = s.get(Incident, iid)
        assert inc is not None, event_key
        ip = s.scalars(select(IncidentPlace).where(IncidentPlace.incident_id == iid)).one()
        place = s.get(Place, ip.place_id)
        claims = s.scalars(select(Claim).where(Claim.incident_id == iid)).all()
        sources = sorted(s.get(Source, s.get(Report, c.report_id).source_id).label("en") for c in claims)
        actors = sorted((s.get(Actor, a.actor_id).label("en"), a.role) for a in
                        s.scalars(select(IncidentActor).where(IncidentActor.incident_id == iid)))
        return {"start": inc.start_date, "end": inc.end_date, "date_precision": inc.date_precision,
                "type": inc.event_type, "grade": inc.grade, "description": inc.description_en,
                "place": place.pcode or place.name_en, "level": place.level, "precision": ip.precision,
                "claims": sorted((c.category, c.victim_group, c.min, c.max) for c in claims),
                "sources": sources, "actors": actors}


def test_acled_one_event_one_incident_a_report_per_source(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "acled.csv", ACLED_HEADER, ACLED_ROWS)
    result = run(db, path)
    assert result.format == "ACLED"
    assert (result.incidents_added, result.reports_added, result.claims_added, result.sources_added) == (4, 5, 5, 3)
    first = incident(db, "acled", "SYR91001")
    assert first["start"] == date(2017, 10, 12) and first["date_precision"] == "day"
    assert first["type"] == "airstrike" and first["description"] == "Air strikes hit the market of Al Mayadin."
    # The gazetteer has Al Mayadin as a sub-district (no town record): never more precise than that.
    assert (first["place"], first["precision"]) == ("SY090300", "subdistrict")
    assert first["claims"] == [("killed", "unknown", 7, 7)] * 2
    assert first["sources"] == ["Deir Ezzor 24", "Syrian Observatory for Human Rights"]
    assert first["actors"] == [("Russian forces", "alleged")]  # civilians (inter2 7) are not a perpetrator
    shelling = incident(db, "acled", "SYR91002")
    assert shelling["claims"] == [("killed", "unknown", 0, 0)]  # 0 is a figure
    assert (shelling["place"], shelling["level"], shelling["precision"]) == ("Al-Jubayla", "neighbourhood",
                                                                           "neighbourhood")
    assert shelling["type"] == "shelling" and shelling["actors"] == [("Syrian government forces", "alleged")]
    clash = incident(db, "acled", "SYR91003")
    assert clash["start"] == date(2017, 10, 14) and clash["date_precision"] == "week"  # time_precision 2
    assert (clash["place"], clash["precision"]) == ("SY090201", "subdistrict")  # geo_precision 2
    assert clash["actors"] == [("Islamic State (ISIS)", "alleged"), ("Syrian Democratic Forces (SDF)", "alleged")]
    ied = incident(db, "acled", "SYR91004")
    assert ied["date_precision"] == "month" and ied["type"] == "explosive_device"
    # geo_precision 3: ACLED codes the capital for a larger region; the finest admin unit named, at its level.
    assert (ied["place"], ied["precision"]) == ("SY090100", "subdistrict")
    # Again: nothing new.
    again = run(db, path)
    assert (again.incidents_added, again.reports_added, again.claims_added) == (0, 0, 0)
    assert again.claims_present == 5


def test_ucdp_ranges_precisions_and_sides(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ged.csv", UCDP_HEADER, UCDP_ROWS)
    result = run(db, path)
    assert result.format == "UCDP GED"
    assert (result.incidents_added, result.reports_added, result.claims_added) == (3, 4, 4)
    town = incident(db, "ucdp", "SYR-2017-3-411-91")
    assert town["claims"] == [("killed", "civilians", 9, 12)] * 2  # low–high; all of best were civilians
    assert town["sources"] == ["Reuters", "SOHR"] and town["actors"] == [("Russian forces", "alleged")]
    assert (town["place"], town["precision"]) == ("Abu Kamal", "town")
    with db.session() as s:
        notes = {r.notes for r in s.scalars(select(Report).where(Report.title == "UCDP GED SYR-2017-3-411-91"))}
        published = {r.published_date for r in s.scalars(select(Report).where(Report.title.like("UCDP GED %91")))}
    assert notes == {"UCDP best estimate 9 (low 9, high 12); deaths_a 0, deaths_b 0, deaths_civilians 9, "
                     "deaths_unknown 0\nSOHR, 13 Oct 2017, 'Nine civilians killed in Albukamal'; Reuters, 13 Oct 2017"}
    assert published == {date(2017, 10, 13)}
    battle = incident(db, "ucdp", "SYR-2017-1-234-92")
    assert (battle["start"], battle["end"], battle["date_precision"]) == (date(2017, 10, 1), date(2017, 10, 5), "days")
    assert battle["claims"] == [("killed", "unknown", 15, 30)]
    # A claim has no point inside its range: UCDP's best (20) stays in the notes, and the derived
    # figure is the rule's (best = the low of the top claim), as docs/datasets.md says.
    from casualtydb.io.formats.detect import FORMATS
    from casualtydb.models import IncidentFigure

    with db.session() as s:
        figure = s.scalars(select(IncidentFigure).where(
            IncidentFigure.incident_id == next(f for f in FORMATS if f.key == "ucdp").incident_id("SYR-2017-1-234-92"),
            IncidentFigure.category == "killed")).one()
        battle_notes = s.scalars(select(Report.notes).where(Report.title == "UCDP GED SYR-2017-1-234-92")).one()
    assert (figure.low, figure.best, figure.high) == (15, 15, 30)
    assert battle_notes.startswith("UCDP best estimate 20 (low 15, high 30)")
    assert (battle["place"], battle["precision"]) == ("SY090201", "subdistrict")  # where_prec 2
    province = incident(db, "ucdp", "SYR-2017-3-411-93")
    assert (province["place"], province["precision"], province["date_precision"]) == ("SY09", "governorate", "month")
    assert province["sources"] == ["UCDP GED"]


def test_airwars_min_max_belligerent_and_grading(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "airwars.xlsx", AIRWARS_HEADER, AIRWARS_ROWS)
    result = run(db, path, create_actors=True)
    assert result.format == "Airwars-style incidents"
    assert result.actors_added == []  # "US-led Coalition" and "Russia" are aliases in our actors list
    susah = incident(db, "airwars", "CS9101")
    assert susah["claims"] == sorted([("injured", "civilians", 2, 2), ("killed", "civilians", 3, 5)] * 2)
    assert susah["grade"] == "fair" and susah["place"] == "As-Susah" and susah["precision"] == "town"
    assert susah["sources"] == ["enabbaladi.net"] * 2 + ["twitter.com"] * 2
    assert susah["actors"] == [("International coalition (US-led)", "alleged")]  # an alias of our actors list
    confirmed = incident(db, "airwars", "CS9102")
    assert confirmed["grade"] == "confirmed" and confirmed["actors"][0][1] == "claimed"
    weak = incident(db, "airwars", "CS9103")
    assert weak["claims"] == [("killed", "civilians", 0, 2)] and weak["sources"] == ["Airwars"]
    assert weak["start"] == date(2017, 10, 13) and weak["actors"] == [("Russian forces", "alleged")]
    with db.session() as s:
        urls = set(s.scalars(select(Report.url).where(Report.url.like("%enabbaladi%"))))
    assert urls == {"https://www.enabbaladi.net/archives/مقتل%20مدنيين%20في%20السوسة"}


def test_hxl_tagged_sheet_read_by_its_hashtags(db: Database, tmp_path: Path) -> None:
    # Headers that say nothing to a header guess in another language: the hashtags decide.
    header = ["Jour", "Province", "Lieu", "Victimes", "Origine", "Lien"]
    path = write_csv(tmp_path / "hdx.csv", header, HXL_ROWS, hxl=HXL_TAGS)
    result = run(db, path)
    assert result.format == "HXL-tagged sheet"
    assert (result.incidents_added, result.claims_added) == (2, 2)
    assert "  Victimes → killed civilians (HXL #affected+killed+civilians)" in result.describe()
    with db.session() as s:
        claims = sorted((c.victim_group, c.min) for c in s.scalars(select(Claim)))
        places = sorted(s.get(Place, p.place_id).name_en for p in s.scalars(select(IncidentPlace)))
    assert claims == [("civilians", 0), ("civilians", 4)] and places == ["Al-Hamidiya", "Ali Bek"]


def test_kobo_submissions_read_with_their_xlsform(db: Database, tmp_path: Path) -> None:
    export = write_kobo(tmp_path, [
        {"date": "2017-10-18", "governorate": "SY09", "village": "As-Susah", "attack_type": "air_strike",
         "killed": 4, "injured": 6, "gps": (34.5331, 40.9933)},
        {"date": "2017-10-19", "governorate": "SY09", "village": "Al-Huwayqa", "attack_type": "shelling",
         "killed": 0},
    ])
    result = run(db, export)
    assert result.format.startswith("Kobo/ODK submissions of the form «Deir ez-Zor incident report»")
    assert (result.incidents_added, result.claims_added, result.sources_added) == (2, 3, 1)
    described = result.describe()
    assert "incident/killed → killed unknown" in described and "incident/attack_type → incident type" in described
    with db.session() as s:
        incidents = {i.start_date: i for i in s.scalars(select(Incident))}
        assert incidents[date(2017, 10, 18)].event_type == "airstrike"  # choice code → its label → our type
        assert incidents[date(2017, 10, 19)].event_type == "shelling"
        source = s.scalars(select(Source)).one()
        assert source.label("en") == "Deir ez-Zor incident report"
    again = run(db, export)
    assert again.claims_added == 0 and again.incidents_added == 0


@pytest.mark.parametrize("name", ["acled", "ucdp", "airwars"])
def test_the_dry_run_prints_the_mapping_and_writes_nothing(db: Database, db_path: Path, tmp_path: Path, name: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    if name == "acled":
        path = write_csv(tmp_path / "acled.csv", ACLED_HEADER, ACLED_ROWS)
        expect = ["read as ACLED", "  fatalities → killed claim of each report", "  geo_precision → location precision",
                  "  year → ignored"]
    elif name == "ucdp":
        path = write_csv(tmp_path / "ged.csv", UCDP_HEADER, UCDP_ROWS)
        expect = ["read as UCDP GED", "  where_prec → location precision (1 town, 2 sub-district", "  low → killed"]
    else:
        path = write_xlsx(tmp_path / "airwars.xlsx", AIRWARS_HEADER, AIRWARS_ROWS)
        expect = ["read as Airwars-style incidents", "  Grading → grade", "  Civilian deaths (max) → killed civilians"]
    before = counts(db)
    code = main(["--db", str(db_path), "import", str(path), "--dry-run", "--create-actors"])
    out = capsys.readouterr().out
    assert code == 0
    for line in expect:
        assert line in out
    assert "(dry run: nothing written)" in out
    assert counts(db) == before


def test_odk_central_csv_with_hyphenated_groups(db: Database, tmp_path: Path) -> None:
    """ODK Central's CSV export: "group-question" columns, SubmissionDate, meta-instanceID and KEY."""
    write_kobo(tmp_path, [])  # the XLSForm (and an empty Kobo export beside it)
    (tmp_path / "dez_incident_-_all_versions_-_2017-10-20.xlsx").unlink()
    header = ["SubmissionDate", "start", "end", "incident-incident_date", "incident-governorate", "incident-village",
              "incident-attack_type", "incident-killed", "incident-injured", "gps-Latitude", "gps-Longitude",
              "meta-instanceID", "KEY", "SubmitterID", "ReviewState"]
    path = write_csv(tmp_path / "dez_incident.csv", header, [
        ["2017-10-20T10:06:00Z", "", "", "2017-10-18", "SY09", "As-Susah", "shelling", "2", "", "", "",
         "uuid:5b1c7e0a-0000-4000-8000-00000000aaaa", "uuid:5b1c7e0a-0000-4000-8000-00000000aaaa", "7", ""]])
    result = run(db, path)
    assert result.format.startswith("Kobo/ODK submissions")
    assert (result.incidents_added, result.claims_added) == (1, 1)
    with db.session() as s:
        assert s.scalars(select(Incident)).one().event_type == "shelling"


def test_acled_as_a_workbook_with_real_dates_and_numbers(db: Database, tmp_path: Path) -> None:
    """ACLED's Excel download: dates are date cells, codes and coordinates numbers."""
    from datetime import datetime

    rows = []
    for r in ACLED_ROWS[:2]:
        cells: list[object] = list(r)
        cells[ACLED_HEADER.index("event_date")] = datetime.fromisoformat(r[ACLED_HEADER.index("event_date")])
        for name in ("time_precision", "geo_precision", "fatalities", "inter1", "inter2", "year"):
            i = ACLED_HEADER.index(name)
            cells[i] = int(r[i])
        for name in ("latitude", "longitude"):
            i = ACLED_HEADER.index(name)
            cells[i] = float(r[i]) if r[i] else None
        rows.append(cells)
    result = run(db, write_xlsx(tmp_path / "acled.xlsx", ACLED_HEADER, rows))
    assert (result.incidents_added, result.claims_added) == (2, 3)
    assert incident(db, "acled", "SYR91001")["start"] == date(2017, 10, 12)
    assert incident(db, "acled", "SYR91002")["claims"] == [("killed", "unknown", 0, 0)]


def test_a_later_acled_release_revises_the_fatalities(db: Database, tmp_path: Path) -> None:
    """The same event with more fatalities and a later timestamp: a further claim, stated later, that
    counts; the first is kept. The unchanged events add nothing."""
    from casualtydb.models import IncidentFigure

    first = write_csv(tmp_path / "acled-2017-10.csv", ACLED_HEADER, ACLED_ROWS)
    run(db, first)
    revised = [r[:] for r in ACLED_ROWS]
    revised[0][ACLED_HEADER.index("fatalities")] = "9"
    revised[0][ACLED_HEADER.index("timestamp")] = "1700100000"
    result = run(db, write_csv(tmp_path / "acled-2017-11.csv", ACLED_HEADER, revised))
    assert (result.incidents_added, result.reports_added, result.claims_added) == (0, 0, 2)
    from casualtydb.io.formats.detect import FORMATS

    iid = next(f for f in FORMATS if f.key == "acled").incident_id("SYR91001")
    with db.session() as s:
        claims = sorted((c.stated_at.timestamp(), c.min) for c in s.scalars(select(Claim).where(Claim.incident_id == iid)))
        figure = s.scalars(select(IncidentFigure).where(IncidentFigure.incident_id == iid)).one()
    assert claims == [(1700000000, 7), (1700000000, 7), (1700100000, 9), (1700100000, 9)]
    assert figure.best == 9


def test_airwars_ranges_in_one_cell(db: Database, tmp_path: Path) -> None:
    header = ["Unique reference code", "Date", "Location", "Civilians reported killed", "Civilians reported injured",
              "Belligerent", "Grading"]
    rows = [["CS9201", "2017-10-12", "Hajin, Deir ez-Zor, Syria", "3–5", "2", "Russia", "Fair"],
            ["CS9202", "2017-10-13", "Hajin, Deir ez-Zor, Syria", "٧ - ١٠", "", "Russia", "Weak"],
            ["CS9203", "2017-10-14", "Hajin, Deir ez-Zor, Syria", "12+", "4 to 6", "Russia", "Contested"]]
    result = run(db, write_csv(tmp_path / "airwars.csv", header, rows))
    assert result.format == "Airwars-style incidents"
    assert incident(db, "airwars", "CS9201")["claims"] == [("injured", "civilians", 2, 2), ("killed", "civilians", 3, 5)]
    assert incident(db, "airwars", "CS9202")["claims"] == [("killed", "civilians", 7, 10)]
    assert incident(db, "airwars", "CS9203")["claims"] == [("injured", "civilians", 4, 6),
                                                          ("killed", "civilians", 12, None)]


def test_kobo_export_with_labels_for_headers(db: Database, tmp_path: Path) -> None:
    """Kobo's "Labels" export: headers and choices written as their (Arabic) labels."""
    write_kobo(tmp_path, [])
    (tmp_path / "dez_incident_-_all_versions_-_2017-10-20.xlsx").unlink()
    header = ["start", "end", "الحادثة/تاريخ الحادثة", "الحادثة/المحافظة", "الحادثة/القرية", "الحادثة/نوع الهجوم",
              "الحادثة/عدد القتلى", "الحادثة/عدد الجرحى", "الموقع", "_id", "_uuid", "_submission_time"]
    path = write_xlsx(tmp_path / "labels.xlsx", header, [
        ["", "", "2017-10-18", "دير الزور", "السوسة", "غارة جوية", 3, 1, "34.5331 40.9933 0 5", 1,
         "5b1c7e0a-0000-4000-8000-00000000bbbb", "2017-10-20T10:06:00"]])
    result = run(db, path)
    assert result.format.startswith("Kobo/ODK submissions")
    assert (result.incidents_added, result.claims_added) == (1, 2)
    with db.session() as s:
        assert s.scalars(select(Incident)).one().event_type == "airstrike"


def test_ucdp_written_by_pandas_with_float_counts(db: Database, tmp_path: Path) -> None:
    """A GED file saved through pandas: counts as "9.0" where a column had empty cells."""
    rows = [r[:] for r in UCDP_ROWS[:1]]
    for name in ("best", "low", "high", "deaths_civilians", "where_prec", "date_prec"):
        i = UCDP_HEADER.index(name)
        rows[0][i] = f"{rows[0][i]}.0"
    rows[0][UCDP_HEADER.index("date_start")] = "2017-10-12 00:00:00.000"
    result = run(db, write_csv(tmp_path / "ged.csv", UCDP_HEADER, rows))
    assert result.claims_added == 2
    assert incident(db, "ucdp", "SYR-2017-3-411-91")["claims"] == [("killed", "civilians", 9, 12)] * 2


def test_create_actors_adds_the_unknown_ones_once(db: Database, db_path: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    rows = [acled_row("SYR97001", "2017-10-12", actor1="Liwa al-Test Brigade", inter1=3, location="As-Susah",
                      fatalities="2"),
            acled_row("SYR97002", "2017-10-13", actor1="Liwa al-Test Brigade", inter1=3, location="As-Susah")]
    path = write_csv(tmp_path / "actors.csv", ACLED_HEADER, rows)
    before = counts(db)
    assert main(["--db", str(db_path), "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "unknown actor «Liwa al-Test Brigade» (rows 2, 3)" in err and "--create-actors" in err
    assert counts(db) == before
    for _ in range(2):  # the second time it is found: no second actor
        assert main(["--db", str(db_path), "import", str(path), "--create-actors"]) == 0
    out = capsys.readouterr().out
    assert out.count("Liwa al-Test Brigade") == 1
    with db.session() as s:
        actor = s.scalars(select(Actor).where(Actor.name_en == "Liwa al-Test Brigade")).one()
        assert actor.notes == "added by the import of actors.csv (ACLED)"
        used = s.scalars(select(IncidentActor).where(IncidentActor.actor_id == actor.id)).all()
        assert len(used) == 2 and {a.role for a in used} == {"alleged"}
