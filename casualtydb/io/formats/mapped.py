"""Any other sheet, read through a column mapping (MAP.json, a saved mapping, or a suggestion).

A mapping says what each column is, and may give constant values for what no column holds:

    {"name": "sohr-monthly",
     "columns": {"التاريخ": "date", "المكان": "place", "المحافظة": "governorate",
                 "عدد القتلى": "killed", "منهم أطفال": "killed:children", "الجرحى": "injured:min"},
     "values": {"source": "SOHR", "event_type": "shelling"}}

Targets: `incident` (an id or label: rows sharing it are one incident, each row a report on it;
without it each row is its own incident), `date`, `end_date`, `date_precision`, `place`,
`governorate`, `district`, `subdistrict`, `pcode`, `latitude`, `longitude`, `location_precision`,
`event_type`, `actors` (';' between names), `grade`, `source`, `url`, `title`, `published`,
`author`, `language`, `description`, `description_ar`, `report_notes`, `ignore`, and figures
`CATEGORY[:GROUP][:min|:max]` (killed, injured, missing, detained, besieged, displaced; civilians,
children, women, men, combatants, unknown; "killed" alone is an exact figure of unknown group).
Categories, groups and vocabulary values may be written in English or Arabic."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import ValidationError
from ...models import ActorRole, Category, DatePrecision, EventType, Grade, LocationPrecision, VictimGroup
from .. import vocab
from ..cells import Bad, cell_term
from ..hxl import tag_and_attributes
from ..place_match import PlaceRef
from ..readers import Table
from .base import Cells, ClaimSpec, ColumnUse, Event, Format, Problems, ReportSpec, header_key

FIELDS = {
    "incident": "incident id or label", "date": "incident date", "end_date": "incident end date",
    "date_precision": "date precision", "place": "place", "governorate": "place: governorate",
    "district": "place: district", "subdistrict": "place: sub-district", "pcode": "place: P-code",
    "latitude": "place: latitude", "longitude": "place: longitude", "location_precision": "location precision",
    "event_type": "incident type", "actors": "actors", "grade": "grade", "source": "report source",
    "url": "report web address", "title": "report title", "published": "report publication date",
    "author": "report author", "language": "report language", "description": "incident description (English)",
    "description_ar": "incident description (Arabic)", "report_notes": "report notes", "ignore": "ignored",
}


@dataclass(frozen=True)
class Figure:
    category: Category
    group: VictimGroup
    bound: str  # "exact", "min" or "max"

    @property
    def target(self) -> str:
        return ":".join([self.category.value, self.group.value] + ([self.bound] if self.bound != "exact" else []))

    def label(self) -> str:
        bound = {"exact": "", "min": " (min)", "max": " (max)"}[self.bound]
        return f"{self.category.value} {self.group.value}{bound}"


def parse_target(text: str) -> str | Figure | None:
    """A mapping's target: a field name, a Figure, or None when it is neither."""
    t = str(text).strip()
    if header_key(t) in FIELDS:
        return header_key(t)
    parts = [p.strip() for p in t.split(":")]
    category = vocab.CATEGORY.parse(parts[0])
    if category is None:
        return None
    group: Any = VictimGroup.UNKNOWN
    bound = "exact"
    for p in parts[1:]:
        if p.lower() in ("min", "max"):
            bound = p.lower()
        elif (g := vocab.VICTIM_GROUP.parse(p)) is not None:
            group = g
        else:
            return None
    return Figure(Category(category), VictimGroup(group), bound)


def target_choices() -> str:
    return ", ".join(FIELDS) + ", or CATEGORY[:GROUP][:min|:max] (e.g. killed, killed:civilians, injured:max)"


@dataclass
class Mapping:
    columns: dict[str, str]  # header as written → target
    values: dict[str, Any] = field(default_factory=dict)
    name: str | None = None
    why: dict[str, str] = field(default_factory=dict)  # header → why it was guessed (suggestions)

    @classmethod
    def from_json(cls, data: Any, file: str) -> Mapping:
        if not isinstance(data, dict) or not isinstance(data.get("columns", {}), dict):
            raise ValidationError('a mapping is a JSON object with "columns": {"header": "target", …}', file=file)
        columns = {str(k): str(v) for k, v in data.get("columns", {}).items()}
        values = dict(data.get("values") or {})
        bad = [f"«{v}» (column «{k}»)" for k, v in columns.items() if parse_target(v) is None]
        bad += [f"«{k}» (in values)" for k in values if parse_target(k) is None]
        if bad:
            raise ValidationError(f"unknown target {', '.join(bad)}; use one of: {target_choices()}", file=file)
        name = data.get("name")
        return cls(columns=columns, values=values, name=str(name).strip() if name else None)

    @classmethod
    def load(cls, path: Path) -> Mapping:
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except OSError as exc:
            raise ValidationError(f"cannot read the mapping: {exc.strerror}", file=path.name) from None
        except json.JSONDecodeError as exc:
            raise ValidationError(f"not JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
                                  file=path.name) from None
        except UnicodeDecodeError:
            raise ValidationError("the mapping is not UTF-8 text", file=path.name) from None
        return cls.from_json(data, path.name)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.name:
            out["name"] = self.name
        out["columns"] = self.columns
        if self.values:
            out["values"] = self.values
        return out


class Mapped(Format):
    key = "mapped"

    def __init__(self, mapping: Mapping, name: str = "a mapped sheet", key: str | None = None) -> None:
        self.mapping = mapping
        self.name = name if not mapping.name else f"{name} (mapping «{mapping.name}»)"
        self.key = key or ("mapping:" + (mapping.name or "file"))
        self.skipped: list[int] = []  # rows without any figure

    def _targets(self, table: Table) -> dict[int, str | Figure]:
        by_key = {header_key(h): t for h, t in self.mapping.columns.items()}
        # A mapping may name columns by their HXL hashtag ("#affected+killed": "killed"), attributes
        # in any order.
        by_tag = {tag_and_attributes(h): t for h, t in self.mapping.columns.items() if h.startswith("#")}
        tags = table.hxl or []
        out: dict[int, str | Figure] = {}
        for i, h in enumerate(table.header):
            t = self.mapping.columns.get(h) or by_key.get(header_key(h))
            if t is None and i < len(tags) and tags[i]:
                t = by_tag.get(tag_and_attributes(tags[i]))
            if t is not None:
                target = parse_target(t)
                if target is not None and target != "ignore":
                    out[i] = target
        return out

    def missing(self, table: Table) -> list[str]:
        """Header names (or hashtags) of the mapping that the file does not have."""
        keys = {header_key(h) for h in table.header}
        tags = {tag_and_attributes(t) for t in table.hxl or [] if t}
        return [h for h in self.mapping.columns if h not in table.header and header_key(h) not in keys
                and not (h.startswith("#") and tag_and_attributes(h) in tags)]

    def uses(self, table: Table) -> list[ColumnUse]:
        targets = self._targets(table)
        out = []
        for i, h in enumerate(table.header):
            if not h:
                continue
            t = targets.get(i)
            label = t.label() if isinstance(t, Figure) else FIELDS.get(t, "ignored") if t else "ignored"
            out.append(ColumnUse(h, label, self.mapping.why.get(h, "")))
        for k, v in self.mapping.values.items():
            t = parse_target(k)
            label = t.label() if isinstance(t, Figure) else FIELDS.get(t or "", k)
            out.append(ColumnUse("(every row)", label, f"the value «{v}»"))
        return out

    def events(self, table: Table, problems: Problems) -> Iterator[Event]:
        targets = self._targets(table)
        cols: dict[str, int] = {}
        headers: dict[str, str] = {}
        figures: dict[Figure, str] = {}
        for i, t in targets.items():
            name = t.target if isinstance(t, Figure) else t
            if name not in cols:
                cols[name] = i
                headers[name] = table.header[i]
                if isinstance(t, Figure):
                    figures[t] = name
        constants = {}
        for k, v in self.mapping.values.items():
            t = parse_target(k)
            name = t.target if isinstance(t, Figure) else t
            if name and name not in cols:
                constants[name] = v
                if isinstance(t, Figure):
                    figures[t] = name
        if not any(f for f in figures) or "source" not in cols and "source" not in constants:
            need = [w for w, ok in (("a figure column (killed, injured…)", figures),
                                    ("the source (a column, or \"values\": {\"source\": …})",
                                     "source" in cols or "source" in constants)) if not ok]
            raise ValidationError(f"the mapping gives no {' and no '.join(need)}", file=table.file)
        width = len(table.header)
        for n, cells in table.rows:
            row = list(cells) + [None] * max(0, width - len(cells))
            extra = {}
            for name, value in constants.items():
                extra[name] = len(row)
                row.append(value)
            c = Cells(n, row, {**cols, **extra}, problems, headers)
            yield from self._event(c, figures)

    def _event(self, c: Cells, figures: dict[Figure, str]) -> Iterator[Event]:
        day = c.need("date", c.date("date"), "incident date")
        end = c.date("end_date")
        date_precision = c.term("date_precision", vocab.DATE_PRECISION)
        location_precision = c.term("location_precision", vocab.LOCATION_PRECISION)
        event_type = c._read("event_type", event_type_of)
        grade = c.term("grade", vocab.GRADE)
        source = c.need("source", c.text("source"), "source")
        url = c.url("url")
        published = c.date("published")
        latitude = c.float("latitude", what="latitude", low=-90, high=90)
        longitude = c.float("longitude", what="longitude", low=-180, high=180)
        values: dict[tuple[Category, VictimGroup], dict[str, int | None]] = {}
        for fig, name in figures.items():
            if fig.bound == "exact":  # "7", or a range in one cell: "3–5", "5+"
                r = c.range(name)
                if r is not None:
                    values.setdefault((fig.category, fig.group), {}).update(min=r[0], max=r[1], ranged=True)
                continue
            v = c.int(name)
            if v is not None:
                values.setdefault((fig.category, fig.group), {})[fig.bound] = v
        claims = []
        for (category, group), bounds in values.items():
            low = bounds.get("min")
            # A min column alone is exact (its max column empty); a one-cell "5+" has no upper bound.
            high = bounds["max"] if "max" in bounds and (bounds["max"] is not None or "ranged" in bounds) else low
            name = next(n for f, n in figures.items() if f.category == category and f.group == group)
            if low is None:
                c.bad(name, "max_without_min")
            elif high is not None and high < low:
                c.bad(name, "max_below_min", max=high, min=low)
            else:
                claims.append(ClaimSpec(category, group, low, high))
        if end is not None and day is not None and end < day:
            c.bad("end_date", "end_before_start", end=end.isoformat(), start=day.isoformat())
        place = PlaceRef(name=c.text("place"), admin1=c.text("governorate"), admin2=c.text("district"),
                         admin3=c.text("subdistrict"), pcode=c.text("pcode"), latitude=latitude,
                         longitude=longitude,
                         precision=LocationPrecision(location_precision) if location_precision else None)
        if c.ok and not claims:
            # A row without any figure (a note, a subtotal line) is not a report of casualties: left
            # out, and said so in the result.
            self.skipped.append(c.n)
            return
        if not c.ok or day is None or source is None:
            return
        label = c.text("incident")
        # A label alone ("1", "A") repeats across files: with the date and place, as our own import does.
        key = f"{label}|{day.isoformat()}|{place.describe()}" if label else _row_key(day, place, source, claims)
        actors = [(a.strip(), ActorRole.ALLEGED) for a in (c.text("actors") or "").replace("؛", ";").split(";")
                  if a.strip()]
        yield Event(row=c.n, key=key, start=day, end=end, place=place,
                    date_precision=DatePrecision(date_precision) if date_precision else DatePrecision.DAY,
                    location_precision=place.precision,
                    event_type=EventType(event_type) if event_type else None, actors=actors,
                    grade=Grade(grade) if grade else None, description_en=c.text("description"),
                    description_ar=c.text("description_ar"),
                    # A row without a title or address: titled by its date and place, so it is its
                    # own report (not merged with the source's other untitled rows) and found again.
                    reports=[ReportSpec(source=source, url=url,
                                        title=c.text("title") or (None if url else f"{day.isoformat()} {place.describe()}"),
                                        published=published,
                                        author=c.text("author"), language=c.text("language"),
                                        notes=c.text("report_notes"))],
                    claims=claims)


# Words teams write for an incident type, beyond our own labels (compared with arabic.key).
EVENT_WORDS = (
    (("غاره", "غارات", "قصف جوي", "طيران", "air strike", "airstrike", "air raid", "bombing"), EventType.AIRSTRIKE),
    (("قصف", "قذائف", "صواريخ", "مدفعي", "shelling", "artillery", "rocket", "mortar"), EventType.SHELLING),
    (("عبوه", "تفجير", "انفجار", "مفخخه", "لغم", "ied", "explosion", "car bomb", "landmine"),
     EventType.EXPLOSIVE_DEVICE),
    (("اعدام", "execution"), EventType.EXECUTION),
    (("حصار", "siege"), EventType.SIEGE),
    (("اعتقال", "مداهمه", "arrest", "raid", "detention"), EventType.DETENTION_CAMPAIGN),
    (("اشتباك", "اشتباكات", "هجوم", "اقتحام", "clash", "ground attack", "assault"), EventType.GROUND_ATTACK),
)


def event_type_of(value: Any) -> str | None:
    """Our incident type for a cell: our labels (English or Arabic), else a word teams use for it."""
    from ...text.arabic import key as name_key  # noqa: PLC0415

    try:
        return cell_term(vocab.EVENT_TYPE, value)
    except Bad:
        words = f" {name_key(str(value))} "
        for phrases, event_type in EVENT_WORDS:
            if any(f" {name_key(p)} " in words for p in phrases):
                return event_type.value
        raise


def _row_key(day: Any, place: PlaceRef, source: str, claims: list[ClaimSpec]) -> str:
    """A row without an incident label: the same row imported again finds the same incident."""
    text = json.dumps([str(day), place.describe(), source,
                       [(c.category.value, c.group.value, c.min, c.max) for c in claims]], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
