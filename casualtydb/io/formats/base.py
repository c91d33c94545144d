"""What every dataset format turns its rows into, and the cell readers they share.

A format reads a table (casualtydb.io.readers) and yields `Event`s: one incident with its date and
precision, the place as the row names it (`PlaceRef`, resolved later by place_match), actors by
name, the reports (one per source the row names) and the claims those reports make. `ColumnUse`
says how each column was read; the dry run prints them. Problems are collected per cell with the
row as a spreadsheet shows it, never raised one at a time."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ...models import (
    ActorRole,
    Category,
    DatePrecision,
    EventType,
    Grade,
    LocationPrecision,
    VictimGroup,
)
from ...text.arabic import to_ascii_digits
from .. import vocab
from ..place_match import PlaceRef
from ..readers import Table
from ..cells import Bad, cell_date, cell_int, cell_term, cell_text, cell_url
from ..spreadsheet_import import Problem
from ..spreadsheet_import import message as claim_message

# Ids of incidents from a dataset: uuid5(EVENTS_NS, "format|event id"), so a second import of the
# same events (or of a later release of the dataset) finds them.
EVENTS_NS = uuid.UUID("a4f0e8d2-3c6b-4f1e-9b27-5d8c1a7e6b39")

MESSAGES: dict[str, str] = {
    "bad_number": "not a number: «{value}»",
    "bad_coordinate": "not a {what} between {low} and {high}: «{value}»",
    "bad_code": "unknown {what} code «{value}»; the codes are: {choices}",
    "empty_field": "empty: the {what} is needed",
    "end_before_start": "the end date {end} is before the start {start}",
    "low_above_high": "low {low} is above high {high}",
    "best_outside": "best {best} is not between low {low} and high {high}",
    "unresolved_place": "{place}: {reason} (rows {rows}){candidates}",
    "unknown_actor": "unknown actor «{value}» (rows {rows}); add it to the actors list, or import with "
                     "--create-actors",
    "ambiguous_actor": "«{value}» names {count} actors (rows {rows}); use a more specific name",
    "duplicate_event": "event {value} is also in row {other}",
    "country_only": "only the country is known; casualtydb needs at least a governorate",
    "no_figures": "no figure column has a value in this row",
}


def message(code: str, params: dict[str, Any]) -> str:
    template = MESSAGES.get(code)
    if template is None:
        return claim_message(code, params)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return code


@dataclass(frozen=True)
class ColumnUse:
    """How one column of the file is read: its header, what it becomes, and how."""

    column: str
    target: str  # e.g. "incident date", "killed (min)", "report source", "ignored"
    how: str = ""

    def __str__(self) -> str:
        return f"  {self.column} → {self.target}" + (f" ({self.how})" if self.how else "")


@dataclass
class ReportSpec:
    source: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None
    author: str | None = None
    notes: str | None = None  # kept as the report's notes (marked sensitive, as every imported note)


@dataclass
class ClaimSpec:
    category: Category
    group: VictimGroup
    min: int | None
    max: int | None
    approximate: bool = False
    quote: str | None = None
    stated_at: datetime | None = None  # when the dataset last stated it (a later release's revision counts)


@dataclass
class Event:
    row: int
    key: str  # the dataset's id of the event (unique within the file)
    start: date
    place: PlaceRef
    end: date | None = None
    date_precision: DatePrecision = DatePrecision.DAY
    location_precision: LocationPrecision | None = None
    event_type: EventType | None = None
    actors: list[tuple[str, ActorRole]] = field(default_factory=list)
    grade: Grade | None = None
    description_en: str | None = None
    description_ar: str | None = None
    reports: list[ReportSpec] = field(default_factory=list)
    claims: list[ClaimSpec] = field(default_factory=list)


class Problems:
    """The problems of one file, collected."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[Problem] = []

    def add(self, row: int | None, column: str | None, code: str, **params: Any) -> None:
        self.items.append(Problem(self.file, row, column, message(code, params), code, params))

    def __bool__(self) -> bool:
        return bool(self.items)


def header_key(text: str) -> str:
    """A header compared loosely: lower case, spaces, dots and hyphens as underscores."""
    return re.sub(r"[\s.\-/()]+", "_", str(text or "").strip().lower()).strip("_")


_WHOLE_FLOAT = re.compile(r"(?<=\d)\.0+\s*$")
_RANGE = re.compile(r"^(\d[\d,.]*)\s*(?:(?:[-–—~]|to|الى|إلى)\s*(\d[\d,.]*)|\+)$", re.IGNORECASE)


class Cells:
    """One data row, read by column name; a bad cell becomes a problem and reads as None."""

    def __init__(self, n: int, cells: Sequence[Any], columns: dict[str, int], problems: Problems,
                 headers: dict[str, str]) -> None:
        self.n = n
        self.cells = cells
        self.columns = columns
        self.problems = problems
        self.headers = headers  # column key → the header as the file writes it
        self.ok = True

    def raw(self, name: str) -> Any:
        i = self.columns.get(name)
        if i is None or i >= len(self.cells):
            return None
        value = self.cells[i]
        return None if value == "" else value

    def _read(self, name: str, parse: Callable[[Any], Any]) -> Any:
        value = self.raw(name)
        if value is None:
            return None
        try:
            return parse(value)
        except Bad as exc:
            self.bad(name, exc.code, **exc.params)
            return None

    def bad(self, name: str, code: str, **params: Any) -> None:
        self.problems.add(self.n, self.headers.get(name, name), code, **params)
        self.ok = False

    def text(self, name: str) -> str | None:
        return self._read(name, cell_text)

    def int(self, name: str) -> int | None:
        """A whole number; "9.0" too (what pandas writes for a number column with empty cells)."""
        return self._read(name, lambda v: cell_int(_WHOLE_FLOAT.sub("", v) if isinstance(v, str) else v))

    def range(self, name: str) -> tuple[int, int | None] | None:
        """A figure or a range as tables write them: "7", "3–5", "3 - 5", "3 to 5", "٣-٥", "5+"
        (at least 5: no upper bound)."""
        def parse(value: Any) -> tuple[int, int | None] | None:
            if not isinstance(value, str):
                n = cell_int(value)
                return None if n is None else (n, n)
            text = to_ascii_digits(value.strip())
            m = _RANGE.match(text)
            if m is None:
                n = cell_int(text)
                return None if n is None else (n, n)
            low = cell_int(m.group(1))
            if m.group(2) is None:
                return (low, None) if low is not None else None
            high = cell_int(m.group(2))
            if low is None or high is None:
                return None
            if high < low:
                raise Bad("max_below_min", max=high, min=low)
            return low, high
        return self._read(name, parse)

    def date(self, name: str) -> date | None:
        return self._read(name, cell_date)

    def url(self, name: str) -> str | None:
        """A web address (spaces and the like percent-encoded, Arabic kept), or what is wrong with it."""
        return self._read(name, cell_url)

    def term(self, name: str, v: vocab.Vocabulary) -> Any:
        return self._read(name, lambda x: cell_term(v, x))

    def float(self, name: str, *, what: str = "number", low: float = -1e300, high: float = 1e300) -> float | None:
        def parse(value: Any) -> float:
            if isinstance(value, bool):
                raise Bad("bad_number", value=str(value))
            if isinstance(value, (int, float)):
                f = float(value)
            else:
                try:
                    f = float(to_ascii_digits(str(value).strip()).replace("٫", ".").replace(",", "."))
                except ValueError:
                    raise Bad("bad_number", value=str(value)) from None
            if not (low <= f <= high) or f != f:
                raise Bad("bad_coordinate", what=what, low=low, high=high, value=str(value))
            return f
        return self._read(name, parse)

    def code(self, name: str, codes: dict[int, Any], what: str) -> Any:
        """A numeric code of a codebook (ACLED time_precision 1–3, UCDP where_prec 1–7…)."""
        def parse(value: Any) -> Any:
            try:
                n = cell_int(_WHOLE_FLOAT.sub("", value) if isinstance(value, str) else value)
            except Bad:
                n = None
            if n is None or n not in codes:
                raise Bad("bad_code", what=what, value=str(value), choices=", ".join(map(str, sorted(codes))))
            return codes[n]
        return self._read(name, parse)

    def need(self, name: str, value: Any, what: str) -> Any:
        if value is None and self.raw(name) is None:
            self.bad(name, "empty_field", what=what)
        return value


class Format:
    """A dataset's format: recognised by its documented columns."""

    key = ""
    name = ""
    # Columns whose presence identifies the format (header_key form), and the share needed.
    signature: tuple[str, ...] = ()
    threshold = 0.8

    def score(self, header: Sequence[str]) -> float:
        if not self.signature:
            return 0.0
        keys = {header_key(h) for h in header}
        return sum(1 for c in self.signature if c in keys) / len(self.signature)

    def uses(self, table: Table) -> list[ColumnUse]:
        raise NotImplementedError

    def events(self, table: Table, problems: Problems) -> Iterator[Event]:
        raise NotImplementedError

    def incident_id(self, event_key: str) -> uuid.UUID:
        return uuid.uuid5(EVENTS_NS, f"{self.key}|{event_key}")

    # -- helpers for subclasses ---------------------------------------------------------------

    @staticmethod
    def columns(table: Table) -> tuple[dict[str, int], dict[str, str]]:
        cols: dict[str, int] = {}
        headers: dict[str, str] = {}
        for i, h in enumerate(table.header):
            k = header_key(h)
            if k and k not in cols:
                cols[k] = i
                headers[k] = h
        return cols, headers

    @staticmethod
    def describe_columns(table: Table, known: dict[str, tuple[str, str]]) -> list[ColumnUse]:
        """ColumnUse for every header: `known` maps a column key to (target, how)."""
        out = []
        for h in table.header:
            if not h:
                continue
            target, how = known.get(header_key(h), ("ignored", ""))
            out.append(ColumnUse(h, target, how))
        return out


def split_sources(text: str | None) -> list[str]:
    """Source names as datasets list them: separated by ';' (ACLED, UCDP) or '؛'."""
    if not text:
        return []
    seen: dict[str, None] = {}
    for part in re.split(r"\s*[;؛]\s*", text):
        part = part.strip()
        if part:
            seen.setdefault(part, None)
    return list(seen)
