"""Incident tables shaped like Airwars' (airwars.org civilian harm incidents).

One row is one incident: its code, date, location ("Al Mayadin, Deir ez-Zor, Syria": the first
part is the place, the last parts its admin units), coordinates and their accuracy, civilians
killed and injured as min–max (an empty max means the min is exact), the belligerent and the
Airwars grading (confirmed, fair, weak, contested, discounted: the same scale as ours). Each
web address in the sources column is a report, its source named by the site; a row without any
is reported by "Airwars". A "confirmed" grading means the belligerent accepted responsibility
(role "claimed"); otherwise the belligerent is "alleged"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from urllib.parse import urlsplit

from ...models import ActorRole, Category, EventType, Grade, LocationPrecision, VictimGroup
from .. import vocab
from ..place_match import PlaceRef
from ..readers import Table
from .acled import MONTHS
from .base import Cells, ClaimSpec, ColumnUse, Event, Format, Problems, ReportSpec, header_key

# Each of our column keys and the headers Airwars-style tables give it (header_key form).
ALIASES = {
    "code": ("code", "incident_code", "unique_reference_code", "incident_id", "id"),
    "date": ("date", "incident_date"),
    "location": ("location", "place"),
    "governorate": ("governorate", "province"),
    "district": ("district",),
    "subdistrict": ("subdistrict", "sub_district", "nahiya"),
    "latitude": ("latitude", "lat"),
    "longitude": ("longitude", "lon", "lng"),
    "accuracy": ("geolocation_accuracy", "location_accuracy", "accuracy"),
    "killed": ("civilian_deaths", "civilians_killed", "civilians_reported_killed", "civilian_harm_killed"),
    "injured": ("civilian_injuries", "civilians_injured", "civilians_reported_injured", "civilian_harm_injured"),
    "killed_min": ("civilian_deaths_min", "civilians_killed_min", "min_civilian_deaths", "civilians_reported_killed_min"),
    "killed_max": ("civilian_deaths_max", "civilians_killed_max", "max_civilian_deaths", "civilians_reported_killed_max"),
    "injured_min": ("civilian_injuries_min", "civilians_injured_min", "min_civilian_injuries",
                    "civilians_reported_injured_min"),
    "injured_max": ("civilian_injuries_max", "civilians_injured_max", "max_civilian_injuries",
                    "civilians_reported_injured_max"),
    "children_min": ("children_killed_min",), "children_max": ("children_killed_max",),
    "women_min": ("women_killed_min",), "women_max": ("women_killed_max",),
    "belligerent": ("belligerent", "belligerents", "suspected_belligerent"),
    "grading": ("grading", "civilian_harm_status", "grade"),
    "sources": ("sources", "source_urls", "links"),
    "summary": ("summary", "description"),
}
READ = {
    "code": ("incident id", "uuid5 of the code"),
    "date": ("incident date", "YYYY-MM-DD, DD/MM/YYYY, 'October 12, 2017' or '12 October 2017'"),
    "location": ("place", "first part the town or village, the last parts its admin units; 'Syria' dropped"),
    "governorate": ("place: governorate", ""), "district": ("place: district", ""),
    "subdistrict": ("place: sub-district", ""),
    "latitude": ("place: latitude", ""), "longitude": ("place: longitude", ""),
    "accuracy": ("location precision", "within metres → exact, neighbourhood, village/town/city → town, "
                                       "sub-district, district, province/governorate"),
    "killed": ("killed civilians", "a figure or a range in one cell: '3–5', '5+'"),
    "injured": ("injured civilians", "a figure or a range in one cell"),
    "killed_min": ("killed civilians: min", ""), "killed_max": ("killed civilians: max", "empty = the min"),
    "injured_min": ("injured civilians: min", ""), "injured_max": ("injured civilians: max", "empty = the min"),
    "children_min": ("killed children: min", ""), "children_max": ("killed children: max", ""),
    "women_min": ("killed women: min", ""), "women_max": ("killed women: max", ""),
    "belligerent": ("actor", "'claimed' when graded confirmed, else 'alleged'"),
    "grading": ("grade", "confirmed, fair, weak, contested, discounted"),
    "sources": ("reports", "each web address a report, its source named by the site"),
    "summary": ("incident description (English)", ""),
}
_URL_START = re.compile(r"https?://|(?<![/.\w])www\.", re.IGNORECASE)
_MDY = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
_DMY = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
FIGURES = (("killed", Category.KILLED, VictimGroup.CIVILIANS), ("injured", Category.INJURED, VictimGroup.CIVILIANS),
           ("children", Category.KILLED, VictimGroup.CHILDREN), ("women", Category.KILLED, VictimGroup.WOMEN))


def _canonical(header: list[str]) -> dict[str, str]:
    """header_key of a header → our column key."""
    out = {}
    for h in header:
        k = header_key(h)
        for col, names in ALIASES.items():
            if k in names:
                out[k] = col
    return out


def accuracy(text: str | None) -> LocationPrecision | None:
    if not text:
        return None
    t = text.lower()
    for words, precision in ((("sub-district", "subdistrict", "nahia", "nahiya"), LocationPrecision.SUBDISTRICT),
                             (("within", " m)", "exact", "metre", "meter"), LocationPrecision.EXACT),
                             (("neighbourhood", "neighborhood", "area"), LocationPrecision.NEIGHBOURHOOD),
                             (("village", "town", "city"), LocationPrecision.TOWN),
                             (("district",), LocationPrecision.DISTRICT),
                             (("province", "governorate"), LocationPrecision.GOVERNORATE)):
        if any(w in t for w in words):
            return precision
    return None


class Airwars(Format):
    key = "airwars"
    name = "Airwars-style incidents"
    signature = ("code", "date", "location", "killed", "belligerent", "grading")
    threshold = 0.7

    def score(self, header: list[str]) -> float:
        found = set(_canonical(header).values())
        if {"killed_min", "killed_max"} & found:
            found.add("killed")  # deaths as a min and a max column, or a range in one
        return sum(1 for c in self.signature if c in found) / len(self.signature)

    def uses(self, table: Table) -> list[ColumnUse]:
        canon = _canonical(table.header)
        return [ColumnUse(h, *READ[canon[header_key(h)]]) if header_key(h) in canon else ColumnUse(h, "ignored")
                for h in table.header if h]

    def events(self, table: Table, problems: Problems) -> Iterator[Event]:
        canon = _canonical(table.header)
        cols: dict[str, int] = {}
        headers: dict[str, str] = {}
        for i, h in enumerate(table.header):
            col = canon.get(header_key(h))
            if col and col not in cols:
                cols[col] = i
                headers[col] = h
        seen: dict[str, int] = {}
        for n, cells in table.rows:
            c = Cells(n, cells, cols, problems, headers)
            code = c.need("code", c.text("code"), "incident code")
            day = c.need("date", _airwars_date(c), "date")
            latitude = c.float("latitude", what="latitude", low=-90, high=90)
            longitude = c.float("longitude", what="longitude", low=-180, high=180)
            grade = c.term("grading", vocab.GRADE)
            claims = []
            for prefix, category, group in FIGURES:
                low, high = c.int(f"{prefix}_min"), c.int(f"{prefix}_max")
                if low is None and high is None and (r := c.range(prefix)) is not None:
                    claims.append(ClaimSpec(category, group, r[0], r[1]))
                    continue
                if low is None and high is None:
                    continue
                if low is None:
                    c.bad(f"{prefix}_max", "max_without_min")
                    continue
                if high is not None and high < low:
                    c.bad(f"{prefix}_max", "max_below_min", max=high, min=low)
                    continue
                claims.append(ClaimSpec(category, group, low, low if high is None else high))
            if c.ok and not claims:
                c.bad("killed_min", "no_figures")
            urls = []
            for piece in web_addresses(c.text("sources")):
                url = Cells(n, [piece], {"u": 0}, problems,
                            {"u": headers.get("sources", "sources")}).url("u")
                if url is None:
                    c.ok = False
                elif url not in urls:
                    urls.append(url)
            if code is not None:
                if code in seen:
                    c.bad("code", "duplicate_event", value=code, other=seen[code])
                else:
                    seen[code] = n
            if not c.ok or code is None or day is None:
                continue
            parts = [p.strip() for p in (c.text("location") or "").split(",") if p.strip()]
            if parts and parts[-1].lower() in ("syria", "سوريا", "سورية"):
                parts.pop()
            precision = accuracy(c.text("accuracy"))
            place = PlaceRef(name=parts[0] if parts else None,
                             admin1=c.text("governorate") or (parts[-1] if len(parts) > 1 else None),
                             admin2=c.text("district") or (parts[-2] if len(parts) > 2 else None),
                             admin3=c.text("subdistrict"), latitude=latitude, longitude=longitude,
                             precision=precision)
            belligerent = c.text("belligerent")
            role = ActorRole.CLAIMED if grade == Grade.CONFIRMED.value else ActorRole.ALLEGED
            actors = [(b.strip(), role) for b in re.split(r"\s*[;/،]\s*|\s+and\s+", belligerent or "") if b.strip()]
            reports = [ReportSpec(source=_site(u), url=u) for u in urls] or [ReportSpec(source="Airwars",
                                                                                        title=f"Airwars {code}")]
            yield Event(row=n, key=code, start=day, place=place, location_precision=precision,
                        event_type=EventType.AIRSTRIKE, actors=actors, grade=Grade(grade) if grade else None,
                        description_en=c.text("summary"), reports=reports, claims=claims)


def web_addresses(text: str | None) -> list[str]:
    """The web addresses of a sources cell: one a line (or between ';' or '|'), several on one line
    where each starts; an address keeps its spaces (Arabic sites put words with spaces in paths)."""
    out = []
    for line in re.split(r"[\n;|]+", text or ""):
        starts = [m.start() for m in _URL_START.finditer(line)]
        for a, b in zip(starts, [*starts[1:], len(line)]):
            piece = line[a:b].strip().rstrip(".,)")
            if piece:
                out.append(piece)
    return out


def _site(url: str) -> str:
    host = (urlsplit(url).hostname or url).lower()
    return host[4:] if host.startswith("www.") else host


def _airwars_date(c: Cells) -> date | None:
    raw = c.raw("date")
    if isinstance(raw, str):
        text = raw.strip()
        for pattern, (mi, di, yi) in ((_MDY, (1, 2, 3)), (_DMY, (2, 1, 3))):
            m = pattern.match(text)
            if m and m.group(mi).lower() in MONTHS:
                try:
                    return date(int(m.group(yi)), MONTHS[m.group(mi).lower()], int(m.group(di)))
                except ValueError:
                    break
    return c.date("date")
