"""UCDP GED (Uppsala Conflict Data Program, Georeferenced Event Dataset) files, read by the
codebook's variables.

One row is one event: an incident (id from `relid`, the id that stays the same across releases,
else `id`), from `date_start` to `date_end` with `date_prec` (1 exact day; 2 two to six days;
3 a week; 4 a month; 5 a year); the place from `where_coordinates` inside `adm_2` and `adm_1`
(UCDP writes "Dayr az Zawr town", "Abu Kamal district": the trailing kind is dropped), with
`where_prec` (1 exact location: ours town; 2 within about 25 km of a known point: sub-district;
3 the ADM2 only: district; 4 the ADM1 only: governorate; 5 a part of the country between
provinces: the ADM1 named; 6 the country only and 7 waters or airspace are refused: casualtydb
needs at least a governorate).

Figures: a killed claim from `low` to `high` by each source office named (`source_office`, ';'
between them; "UCDP GED" when none), victim group civilians when every death of the best estimate
was a civilian (`deaths_civilians` = `best`), else unknown. A claim is a range and has no point
inside it, so `best` and its split (deaths_a, deaths_b, deaths_civilians, deaths_unknown) are kept
in the report's notes, word for word. `side_a` and `side_b` are the actors held responsible,
except a `side_b` of civilians (one-sided violence)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...models import ActorRole, Category, DatePrecision, EventType, LocationPrecision, VictimGroup
from ..place_match import PlaceRef
from ..readers import Table
from .base import Cells, ClaimSpec, ColumnUse, Event, Format, Problems, ReportSpec, split_sources

DATE_PREC = {1: DatePrecision.DAY, 2: DatePrecision.DAYS, 3: DatePrecision.WEEK, 4: DatePrecision.MONTH,
             5: DatePrecision.YEAR}
WHERE_PREC = {1: LocationPrecision.TOWN, 2: LocationPrecision.SUBDISTRICT, 3: LocationPrecision.DISTRICT,
              4: LocationPrecision.GOVERNORATE, 5: LocationPrecision.GOVERNORATE, 6: None, 7: None}
_KIND_SUFFIX = re.compile(r"\s+(town|city|village|district|province|governorate|sub-?district|nahiya|"
                          r"neighbou?rhood|area|region|camp|airport|airbase)$", re.IGNORECASE)
_CIVILIANS = re.compile(r"^\s*civilians?\b", re.IGNORECASE)
# UCDP's names of the sides (its actor list) → the names of our actors list.
SIDE_NAMES = {
    "government of syria": "Syrian government forces",
    "government of russia (soviet union)": "Russian forces",
    "government of turkey": "Turkish forces",
    "government of united states of america": "International coalition (US-led)",
    "is": "Islamic State (ISIS)",
    "sdf": "Syrian Democratic Forces (SDF)",
    "hts": "Hay'at Tahrir al-Sham (HTS)",
}

READ = {
    "relid": ("incident id", "uuid5 of relid (the same across UCDP releases)"),
    "id": ("incident id", "when there is no relid"),
    "date_start": ("incident date", ""),
    "date_end": ("incident end date", ""),
    "date_prec": ("date precision", "1 day, 2 days, 3 week, 4 month, 5 year"),
    "where_coordinates": ("place: town or village", "trailing 'town', 'village', 'district'… dropped"),
    "adm_1": ("place: governorate", "trailing 'province'/'governorate' dropped"),
    "adm_2": ("place: district", "inside adm_1"),
    "latitude": ("place: latitude", "tells same-named places apart; nearest place when the name is unknown"),
    "longitude": ("place: longitude", ""),
    "where_prec": ("location precision", "1 town, 2 sub-district, 3 district, 4–5 governorate; 6–7 refused"),
    "side_a": ("actor (alleged)", ""),
    "side_b": ("actor (alleged)", "unless civilians"),
    "source_office": ("report sources", "one report per source (separated by ';')"),
    "source_date": ("report publication date", "the first date given"),
    "source_article": ("report notes", "word for word"),
    "low": ("killed claim: min", ""),
    "high": ("killed claim: max", ""),
    "best": ("report notes", "a range has no point inside it: kept as 'UCDP best estimate N'"),
    "deaths_civilians": ("victim group", "civilians when equal to best; kept in the notes"),
    "deaths_a": ("report notes", ""), "deaths_b": ("report notes", ""), "deaths_unknown": ("report notes", ""),
    "where_description": ("incident description (English)", ""),
    "type_of_violence": ("incident type", "always 'other': UCDP does not say which weapon"),
}


def _place_name(text: str | None) -> str | None:
    if not text:
        return None
    return _KIND_SUFFIX.sub("", text.strip()) or None


class Ucdp(Format):
    key = "ucdp"
    name = "UCDP GED"
    signature = ("id", "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "date_prec",
                 "date_start", "date_end", "best", "low", "high", "side_a", "side_b", "source_article")
    threshold = 0.75

    def uses(self, table: Table) -> list[ColumnUse]:
        return self.describe_columns(table, READ)

    def events(self, table: Table, problems: Problems) -> Iterator[Event]:
        cols, headers = self.columns(table)
        seen: dict[str, int] = {}
        for n, cells in table.rows:
            c = Cells(n, cells, cols, problems, headers)
            key = c.text("relid") or c.need("id", c.text("id"), "UCDP event id")
            start = c.need("date_start", c.date("date_start"), "start date")
            end = c.date("date_end")
            date_prec = c.code("date_prec", DATE_PREC, "date_prec")
            where_prec = c.code("where_prec", WHERE_PREC, "where_prec")
            if where_prec is None and c.raw("where_prec") is not None and c.ok:
                c.bad("where_prec", "country_only")
            latitude = c.float("latitude", what="latitude", low=-90, high=90)
            longitude = c.float("longitude", what="longitude", low=-180, high=180)
            low, best, high = c.int("low"), c.int("best"), c.int("high")
            best = c.need("best", best, "best estimate")
            low = best if low is None else low
            high = best if high is None else high
            if low is not None and high is not None and low > high:
                c.bad("low", "low_above_high", low=low, high=high)
            elif best is not None and low is not None and high is not None and not (low <= best <= high):
                c.bad("best", "best_outside", best=best, low=low, high=high)
            if start is not None and end is not None and end < start:
                c.bad("date_end", "end_before_start", end=end.isoformat(), start=start.isoformat())
            if key is not None:
                if key in seen:
                    c.bad("relid" if c.raw("relid") is not None else "id", "duplicate_event", value=key,
                          other=seen[key])
                else:
                    seen[key] = n
            split = {k: c.int(k) for k in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")}
            published = _first_date(c)
            if not c.ok or key is None or start is None or best is None:
                continue
            place = PlaceRef(name=_place_name(c.text("where_coordinates")), admin1=_place_name(c.text("adm_1")),
                             admin2=_place_name(c.text("adm_2")), latitude=latitude, longitude=longitude,
                             precision=where_prec)
            if where_prec == LocationPrecision.GOVERNORATE:
                place = PlaceRef(admin1=place.admin1, latitude=latitude, longitude=longitude, precision=where_prec)
            elif where_prec == LocationPrecision.DISTRICT:
                place = PlaceRef(admin1=place.admin1, admin2=place.admin2, latitude=latitude, longitude=longitude,
                                 precision=where_prec)
            actors = [(SIDE_NAMES.get(name.strip().lower(), name), ActorRole.ALLEGED) for col in ("side_a", "side_b")
                      if (name := c.text(col)) and not (col == "side_b" and _CIVILIANS.match(name))]
            group = VictimGroup.CIVILIANS if split["deaths_civilians"] == best and best else VictimGroup.UNKNOWN
            figures = ", ".join(f"{k} {v}" for k, v in split.items() if v is not None)
            notes = "\n".join(filter(None, [f"UCDP best estimate {best} (low {low}, high {high})"
                                            + (f"; {figures}" if figures else ""), c.text("source_article")]))
            sources = split_sources(c.text("source_office")) or ["UCDP GED"]
            yield Event(
                row=n, key=key, start=start, end=end if end != start else None, place=place,
                date_precision=date_prec or DatePrecision.DAY, location_precision=where_prec,
                event_type=EventType.OTHER, actors=actors, description_en=c.text("where_description"),
                reports=[ReportSpec(source=s, title=f"UCDP GED {key}", published=published, notes=notes)
                         for s in sources],
                claims=[ClaimSpec(Category.KILLED, group, low, high)])


def _first_date(c: Cells):  # noqa: ANN202 - date | None
    text = c.text("source_date")
    if not text:
        return None
    first = re.split(r"\s*[;,]\s*", text)[0]
    cells = Cells(c.n, [first], {"d": 0}, c.problems, {"d": c.headers.get("source_date", "source_date")})
    value = cells.date("d")
    if not cells.ok:
        c.ok = False
    return value
