"""ACLED (Armed Conflict Location & Event Data) exports, read by the codebook's columns.

One row is one event: one incident (id from `event_id_cnty`), one report per source named in
`source` (ACLED separates them with ';'), each claiming `fatalities` people killed (0 is a figure:
ACLED codes 0 when the sources report none). Codebook (acleddata.com/knowledge-base/codebook):
- `time_precision` 1: the actual date; 2: sometime within a week (ours: week); 3: within a month.
- `geo_precision` 1: a particular town with coordinates (ours: town); 2: a small part of a region
  or near a town (ours: sub-district); 3: a larger region, or the provincial capital when nothing
  else is known (ours: the finest admin unit the row names, at its own level, not the capital).
- `actor1`/`actor2` do not imply direction; both are held responsible ("alleged") unless the
  actor is civilians, protesters or rioters (`inter` codes 7, 6, 5, or those words in newer
  exports, where `inter1`/`inter2` are text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timezone

from ...models import ActorRole, Category, DatePrecision, EventType, LocationPrecision, VictimGroup
from ..place_match import PlaceRef
from ..readers import Table
from .base import Cells, ClaimSpec, ColumnUse, Event, Format, Problems, ReportSpec, split_sources

TIME_PRECISION = {1: DatePrecision.DAY, 2: DatePrecision.WEEK, 3: DatePrecision.MONTH}
GEO_PRECISION = {1: LocationPrecision.TOWN, 2: LocationPrecision.SUBDISTRICT, 3: LocationPrecision.DISTRICT}
# ACLED's sub-event types (codebook) → our incident types; anything else is "other".
SUB_EVENT_TYPES = {
    "air/drone strike": EventType.AIRSTRIKE,
    "shelling/artillery/missile attack": EventType.SHELLING,
    "armed clash": EventType.GROUND_ATTACK,
    "government regains territory": EventType.GROUND_ATTACK,
    "non-state actor overtakes territory": EventType.GROUND_ATTACK,
    "attack": EventType.GROUND_ATTACK,
    "remote explosive/landmine/ied": EventType.EXPLOSIVE_DEVICE,
    "suicide bomb": EventType.EXPLOSIVE_DEVICE,
    "grenade": EventType.EXPLOSIVE_DEVICE,
    "arrests": EventType.DETENTION_CAMPAIGN,
    "abduction/forced disappearance": EventType.DETENTION_CAMPAIGN,
}
NOT_PERPETRATORS = {5, 6, 7}  # inter codes: rioters, protesters, civilians
_NOT_PERPETRATOR_WORDS = re.compile(r"\b(civilians?|protesters?|rioters?)\b", re.IGNORECASE)
_ACLED_DATE = re.compile(r"^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$")
MONTHS = {m: i for i, m in enumerate(("january february march april may june july august september october "
                                      "november december").split(), start=1)}

# ACLED's standard actor names (its actor list, year range dropped) → the names of our actors list.
ACTOR_NAMES = {
    "military forces of syria": "Syrian government forces",
    "military forces of russia": "Russian forces",
    "military forces of turkey": "Turkish forces",
    "military forces of the united states": "International coalition (US-led)",
    "is: islamic state": "Islamic State (ISIS)",
    "islamic state (syria)": "Islamic State (ISIS)",
    "sdf: syrian democratic forces": "Syrian Democratic Forces (SDF)",
    "hts: hayat tahrir al sham": "Hay'at Tahrir al-Sham (HTS)",
    "unidentified armed group (syria)": "Unknown perpetrator",
}
_YEARS = re.compile(r"\s*\((?:\d{4})?-?(?:\d{4})?\)\s*$")


def actor_name(name: str) -> str:
    """Our actors list's name for an ACLED actor, else the name as ACLED writes it."""
    return ACTOR_NAMES.get(_YEARS.sub("", name).strip().lower(), name)


READ = {
    "event_id_cnty": ("incident id", "uuid5 of the ACLED event id: a later release finds the same incident"),
    "event_date": ("incident date", "YYYY-MM-DD, or ACLED's older '12 October 2017'"),
    "time_precision": ("date precision", "1 day, 2 week, 3 month"),
    "event_type": ("incident type", "only when sub_event_type is empty"),
    "sub_event_type": ("incident type", "air/drone strike → airstrike, shelling/artillery/missile attack → "
                                        "shelling, armed clash/attack → ground attack, IED/suicide bomb/grenade → "
                                        "explosive device, arrests/abduction → detention campaign, else other"),
    "actor1": ("actor (alleged)", "unless civilians, protesters or rioters; ACLED's names of state forces and "
                                  "main groups read as our actors list's"),
    "actor2": ("actor (alleged)", "unless civilians, protesters or rioters (inter2 5–7)"),
    "inter1": ("actor kind", "tells victims (5–7) from perpetrators"),
    "inter2": ("actor kind", "tells victims (5–7) from perpetrators"),
    "admin1": ("place: governorate", "gazetteer name, spelling variants allowed"),
    "admin2": ("place: district", "inside admin1"),
    "admin3": ("place: sub-district", "inside admin2"),
    "location": ("place: town or village", "inside the finest admin unit named"),
    "latitude": ("place: latitude", "tells same-named places apart; nearest place when the name is unknown"),
    "longitude": ("place: longitude", ""),
    "geo_precision": ("location precision", "1 town, 2 sub-district, 3 the finest admin unit named (not the "
                                            "capital ACLED codes for a larger region), at its own level"),
    "source": ("report sources", "one report per source (separated by ';')"),
    "notes": ("incident description (English)", ""),
    "fatalities": ("killed claim of each report", "min = max = fatalities, victim group unknown; 0 is a figure"),
    "timestamp": ("when the claim was stated", "a later release's revised fatalities count, the earlier kept"),
}


class Acled(Format):
    key = "acled"
    name = "ACLED"
    signature = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "admin1", "location",
                 "latitude", "longitude", "geo_precision", "time_precision", "source", "fatalities")
    threshold = 0.75

    def uses(self, table: Table) -> list[ColumnUse]:
        return self.describe_columns(table, READ)

    def events(self, table: Table, problems: Problems) -> Iterator[Event]:
        cols, headers = self.columns(table)
        seen: dict[str, int] = {}
        for n, cells in table.rows:
            c = Cells(n, cells, cols, problems, headers)
            event_id = c.need("event_id_cnty", c.text("event_id_cnty"), "ACLED event id")
            day = c.need("event_date", _acled_date(c, "event_date"), "event date")
            time_precision = c.code("time_precision", TIME_PRECISION, "time_precision")
            geo_precision = c.code("geo_precision", GEO_PRECISION, "geo_precision")
            latitude = c.float("latitude", what="latitude", low=-90, high=90)
            longitude = c.float("longitude", what="longitude", low=-180, high=180)
            fatalities = c.need("fatalities", c.int("fatalities"), "number of fatalities")
            sources = split_sources(c.text("source"))
            if not sources:
                c.bad("source", "empty_field", what="source")
            if event_id is not None:
                if event_id in seen:
                    c.bad("event_id_cnty", "duplicate_event", value=event_id, other=seen[event_id])
                else:
                    seen[event_id] = n
            place = PlaceRef(name=c.text("location"), admin1=c.text("admin1"), admin2=c.text("admin2"),
                             admin3=c.text("admin3"), latitude=latitude, longitude=longitude,
                             precision=geo_precision)
            stated = _timestamp(c)
            if not c.ok or event_id is None or day is None or fatalities is None:
                continue
            actors = []
            for actor_col, inter_col in (("actor1", "inter1"), ("actor2", "inter2")):
                name = c.text(actor_col)
                if name and not _not_perpetrator(name, c.raw(inter_col)):
                    actors.append((actor_name(name), ActorRole.ALLEGED))
            sub = (c.text("sub_event_type") or c.text("event_type") or "").strip().lower()
            yield Event(
                row=n, key=event_id, start=day, place=place, date_precision=time_precision or DatePrecision.DAY,
                location_precision=geo_precision, event_type=SUB_EVENT_TYPES.get(sub, EventType.OTHER),
                actors=actors, description_en=c.text("notes"),
                reports=[ReportSpec(source=s, title=f"ACLED {event_id}") for s in sources],
                claims=[ClaimSpec(Category.KILLED, VictimGroup.UNKNOWN, fatalities, fatalities,
                                  stated_at=stated)])


def _timestamp(c: Cells) -> datetime | None:
    """ACLED's `timestamp`: when the event's row last changed (Unix seconds). A later release that
    revises the fatalities adds a claim stated later, which then counts (the earlier one is kept)."""
    seconds = c.int("timestamp")
    if seconds is None:
        return None
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        c.bad("timestamp", "bad_number", value=str(seconds))
        return None


def _not_perpetrator(name: str, inter: object) -> bool:
    if inter not in (None, ""):
        try:
            if int(float(str(inter))) in NOT_PERPETRATORS:
                return True
        except ValueError:
            if _NOT_PERPETRATOR_WORDS.search(str(inter)):
                return True
    return bool(_NOT_PERPETRATOR_WORDS.match(name.strip()))


def _acled_date(c: Cells, name: str) -> date | None:
    """ISO dates (the API and current exports), real spreadsheet dates, or '12 October 2017'."""
    raw = c.raw(name)
    if isinstance(raw, str):
        m = _ACLED_DATE.match(raw.strip())
        if m and m.group(2).lower() in MONTHS:
            try:
                return date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
            except ValueError:
                pass
    if isinstance(raw, datetime):
        return raw.date()
    return c.date(name)
