"""Small hand-made files in each dataset's documented columns (ACLED codebook, UCDP GED codebook,
Airwars' incident fields, HXL 1.1 hashtags, a KoboToolbox XLSForm and its submissions export).
The events are invented; the places are real places of the shipped gazetteer (Deir ez-Zor)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from openpyxl import Workbook

ACLED_HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                "fatalities", "tags", "timestamp"]


def acled_row(event_id: str, day: str, *, time_precision: int = 1, event_type: str = "Explosions/Remote violence",
              sub_event_type: str = "Air/drone strike", actor1: str = "Military Forces of Russia (2000-)",
              inter1: int = 8, actor2: str = "Civilians (Syria)", inter2: int | str = 7,
              admin1: str = "Deir ez Zor", admin2: str = "", admin3: str = "", location: str = "",
              latitude: str = "", longitude: str = "", geo_precision: int = 1,
              source: str = "Syrian Observatory for Human Rights", notes: str = "", fatalities: str = "0"
              ) -> list[str]:
    values = {
        "event_id_cnty": event_id, "event_date": day, "year": day[-4:] if " " in day else day[:4],
        "time_precision": str(time_precision), "disorder_type": "Political violence", "event_type": event_type,
        "sub_event_type": sub_event_type, "actor1": actor1, "assoc_actor_1": "", "inter1": str(inter1),
        "actor2": actor2, "assoc_actor_2": "", "inter2": str(inter2), "interaction": "",
        "civilian_targeting": "Civilian targeting" if inter2 == 7 else "", "iso": "760", "region": "Middle East",
        "country": "Syria", "admin1": admin1, "admin2": admin2, "admin3": admin3, "location": location,
        "latitude": latitude, "longitude": longitude, "geo_precision": str(geo_precision), "source": source,
        "source_scale": "National", "notes": notes, "fatalities": fatalities, "tags": "", "timestamp": "1700000000",
    }
    return [values[h] for h in ACLED_HEADER]


ACLED_ROWS = [
    acled_row("SYR91001", "2017-10-12", admin2="Al Mayadin", admin3="Al Mayadin", location="Al Mayadin",
              latitude="34.8980", longitude="40.1610", source="Syrian Observatory for Human Rights; Deir Ezzor 24",
              notes="Air strikes hit the market of Al Mayadin.", fatalities="7"),
    acled_row("SYR91002", "2017-10-13", event_type="Explosions/Remote violence",
              sub_event_type="Shelling/artillery/missile attack", actor1="Military Forces of Syria (2000-2024)",
              admin2="Deir ez Zor", admin3="Deir ez Zor", location="Al Jubaylah", source="SANA",
              notes="Shelling of Al Jubaylah neighbourhood; no casualties reported.", fatalities="0"),
    acled_row("SYR91003", "14 October 2017", time_precision=2, event_type="Battles", sub_event_type="Armed clash",
              actor1="IS: Islamic State", inter1=2, actor2="SDF: Syrian Democratic Forces", inter2=2,
              admin2="Abu Kamal", admin3="Hajin", location="Hajin", geo_precision=2, source="Deir Ezzor 24",
              fatalities="12"),
    acled_row("SYR91004", "2017-10-20", time_precision=3, sub_event_type="Remote explosive/landmine/IED",
              actor1="Unidentified Armed Group (Syria)", admin2="Deir ez Zor", admin3="Deir ez Zor",
              location="Deir ez Zor", geo_precision=3, source="Syrian Observatory for Human Rights", fatalities="3"),
]

UCDP_HEADER = ["id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
               "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
               "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
               "source_article", "source_office", "source_date", "source_headline", "source_original",
               "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude",
               "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
               "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best",
               "high", "low", "gwnoa", "gwnob"]


def ucdp_row(**values: Any) -> list[str]:
    base = {h: "" for h in UCDP_HEADER}
    base.update({"year": "2017", "active_year": "1", "code_status": "Clear", "country": "Syria", "country_id": "652",
                 "region": "Middle East", "event_clarity": "1", "number_of_sources": "1"})
    base.update({k: str(v) for k, v in values.items()})
    return [base[h] for h in UCDP_HEADER]


UCDP_ROWS = [
    ucdp_row(id=910001, relid="SYR-2017-3-411-91", type_of_violence=3, side_a="Government of Russia (Soviet Union)",
             side_b="Civilians", source_office="SOHR;Reuters", source_date="2017-10-13;2017-10-13",
             source_article="SOHR, 13 Oct 2017, 'Nine civilians killed in Albukamal'; Reuters, 13 Oct 2017",
             where_prec=1, where_coordinates="Abu Kamal town", adm_1="Dayr az Zawr province",
             adm_2="Abu Kamal district", latitude=34.4506, longitude=40.9171, date_prec=1, date_start="2017-10-12",
             date_end="2017-10-12", deaths_a=0, deaths_b=0, deaths_civilians=9, deaths_unknown=0, best=9, high=12,
             low=9),
    ucdp_row(id=910002, relid="SYR-2017-1-234-92", type_of_violence=1, side_a="IS", side_b="SDF",
             source_office="BBC Monitoring", source_date="2017-10-06", where_prec=2, where_coordinates="Hajin town",
             adm_1="Dayr az Zawr province", adm_2="Abu Kamal district", latitude=34.8357, longitude=40.9970,
             date_prec=2, date_start="2017-10-01", date_end="2017-10-05", deaths_a=10, deaths_b=8,
             deaths_civilians=0, deaths_unknown=2, best=20, high=30, low=15),
    ucdp_row(id=910003, relid="SYR-2017-3-411-93", type_of_violence=3, side_a="Government of Syria",
             side_b="Civilians", source_office="", where_prec=4, where_coordinates="Dayr az Zawr province",
             adm_1="Dayr az Zawr province", latitude=35.1667, longitude=40.2833, date_prec=4,
             date_start="2017-10-01", date_end="2017-10-31", deaths_civilians=3, best=3, high=3, low=3),
]

AIRWARS_HEADER = ["Code", "Date", "Location", "Latitude", "Longitude", "Geolocation accuracy",
                  "Civilian deaths (min)", "Civilian deaths (max)", "Civilian injuries (min)",
                  "Civilian injuries (max)", "Belligerent", "Grading", "Sources", "Summary"]
AIRWARS_ROWS: list[list[Any]] = [
    ["CS9101", "October 12, 2017", "As-Susah, Abu Kamal, Deir ez-Zor, Syria", 34.5331, 40.9933, "Village",
     3, 5, 2, None, "US-led Coalition", "Fair",
     "https://www.enabbaladi.net/archives/مقتل مدنيين في السوسة\nhttps://twitter.com/deirezzor24/status/9101",
     "Three to five civilians were reportedly killed in a strike on As-Susah."],
    ["CS9102", "2017-10-13", "Al Mayadin, Deir ez-Zor, Syria", 34.8980, 40.1610, "Sub-district",
     1, 1, None, None, "US-led Coalition", "Confirmed", "https://example.org/coalition-report-9102", ""],
    ["CS9103", "13 October 2017", "Abu Kamal, Deir ez-Zor, Syria", None, None, "Town",
     0, 2, None, None, "Russia", "Weak", "", "A weak single-source claim."],
]

HXL_HEADER = ["Date", "Governorate", "Location", "Civilians killed", "Source", "Link"]
HXL_TAGS = ["#date+occurred", "#adm1+name", "#loc+name", "#affected+killed+civilians", "#meta+source", "#meta+url"]
HXL_ROWS = [
    ["2017-10-15", "Deir-ez-Zor", "Al-Hamidiya", "4", "Deir Ezzor 24", "https://deirezzor24.net/archives/1"],
    ["2017-10-16", "Deir-ez-Zor", "Ali Bek", "0", "Deir Ezzor 24", "https://deirezzor24.net/archives/2"],
]


def write_csv(path: Path, header: list[str], rows: list[list[Any]], *, hxl: list[str] | None = None) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    if hxl:
        w.writerow(hxl)
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def write_xlsx(path: Path, header: list[str], rows: list[list[Any]], sheet: str = "Sheet1") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


# A KoboToolbox form as its XLSForm (survey, choices, settings) and a submissions export made from it.
SURVEY = [
    ["type", "name", "label::English (en)", "label::Arabic (ar)", "required"],
    ["start", "start", "", "", ""],
    ["end", "end", "", "", ""],
    ["begin_group", "incident", "Incident", "الحادثة", ""],
    ["date", "incident_date", "Date of the incident", "تاريخ الحادثة", "yes"],
    ["select_one gov", "governorate", "Governorate", "المحافظة", "yes"],
    ["text", "village", "Village", "القرية", "yes"],
    ["select_one attack", "attack_type", "Type of attack", "نوع الهجوم", ""],
    ["integer", "killed", "Number killed", "عدد القتلى", ""],
    ["integer", "injured", "Number injured", "عدد الجرحى", ""],
    ["end_group", "", "", "", ""],
    ["geopoint", "gps", "Location", "الموقع", ""],
]
CHOICES = [
    ["list_name", "name", "label::English (en)", "label::Arabic (ar)"],
    ["gov", "SY09", "Deir-ez-Zor", "دير الزور"],
    ["gov", "SY07", "Ar-Raqqa", "الرقة"],
    ["attack", "air_strike", "Airstrike", "غارة جوية"],
    ["attack", "shelling", "Shelling", "قصف"],
]


def write_kobo(folder: Path, submissions: list[dict[str, Any]]) -> Path:
    """The XLSForm next to its submissions export (xlsx, as KoboToolbox downloads it); returns the export."""
    form = Workbook()
    survey = form.active
    survey.title = "survey"
    for r in SURVEY:
        survey.append(r)
    choices = form.create_sheet("choices")
    for r in CHOICES:
        choices.append(r)
    settings = form.create_sheet("settings")
    settings.append(["form_title", "form_id", "version"])
    settings.append(["Deir ez-Zor incident report", "dez_incident", "2017-10"])
    form.save(folder / "dez_incident.xlsx")
    header = ["start", "end", "incident/incident_date", "incident/governorate", "incident/village",
              "incident/attack_type", "incident/killed", "incident/injured", "gps", "_gps_latitude",
              "_gps_longitude", "_gps_altitude", "_gps_precision", "__version__", "meta/instanceID", "_id", "_uuid",
              "_submission_time", "_validation_status", "_index"]
    rows = []
    for i, sub in enumerate(submissions, start=1):
        uid = f"5b1c7e0a-0000-4000-8000-{i:012d}"
        lat, lon = sub.get("gps", (None, None))
        rows.append(["2017-10-20T10:00:00", "2017-10-20T10:05:00", sub["date"], sub["governorate"], sub["village"],
                     sub.get("attack_type"), sub.get("killed"), sub.get("injured"),
                     f"{lat} {lon} 0 5" if lat is not None else None, lat, lon, 0 if lat else None,
                     5 if lat else None, "vX7dPq", f"uuid:{uid}", 1000 + i, uid, "2017-10-20T10:06:00", "", i])
    return write_xlsx(folder / "dez_incident_-_all_versions_-_2017-10-20.xlsx", header, rows,
                      sheet="Deir ez-Zor incident report")
