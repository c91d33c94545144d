"""What the app's mapping dialog shows: whether a file needs a mapping, the guess, the saved
mappings, and the first rows read through a mapping as they would be stored (the same `Mapped`
format and place matching the import uses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...models import ImportMapping
from ..gazetteer import PlaceIndex, PlaceInfo
from ..place_match import PlaceMatcher
from ..readers import Table, read_table
from ..spreadsheet_import import Problem, map_header
from .base import ClaimSpec, Problems
from .detect import detect_table, own_workbook
from .mapped import FIELDS, Figure, Mapped, Mapping
from .suggest import suggest

PREVIEW_ROWS = 5


@dataclass
class SheetToMap:
    """A sheet that is neither ours nor a known format: its header, HXL row, first rows, the guess."""

    file: str
    header: list[str]
    hxl: list[str] | None
    first: list[tuple[int, list[Any]]]
    guess: Mapping
    saved: list[str] = field(default_factory=list)  # names of the mappings in the database

    def table(self) -> Table:
        return Table(file=self.file, sheet=None, header=list(self.header), rows=iter(list(self.first)),
                     hxl=list(self.hxl) if self.hxl else None)


def sheet_to_map(path: Path, session: Session, sheet: str | None = None) -> SheetToMap | None:
    """The sheet when it needs a mapping, else None (our workbook or columns, or a known format)."""
    if own_workbook(path):
        return None
    table = read_table(path, sheet)
    if detect_table(table, path) is not None:
        return None
    ours, _ = map_header(table.header)
    if {"incident", "category"} <= set(ours):
        return None
    first = []
    for row in table.rows:
        first.append(row)
        if len(first) == PREVIEW_ROWS:
            break
    saved = list(session.scalars(select(ImportMapping.name).order_by(ImportMapping.name)))
    return SheetToMap(table.file, list(table.header), table.hxl, first, suggest(table.header, table.hxl), saved)


def saved_mapping(session: Session, name: str) -> Mapping:
    from .saved import load_mapping  # noqa: PLC0415

    return load_mapping(session, name)


@dataclass
class PreviewRow:
    row: int
    date: str = ""
    written: str = ""  # the place as the row names it
    place: PlaceInfo | None = None  # the gazetteer place it resolves to (None: to settle before the import)
    event_type: str = ""
    source: str = ""
    claims: list[ClaimSpec] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def target_names() -> list[tuple[str, str]]:
    """(target, English description) of every target a column can be read as, figures included."""
    from ...models import Category, VictimGroup  # noqa: PLC0415

    out = [(k, v) for k, v in FIELDS.items()]
    for category in Category:
        for group in VictimGroup:
            for bound in ("exact", "min", "max"):
                fig = Figure(category, group, bound)
                out.append((fig.target, fig.label()))
    return out


def preview(sheet: SheetToMap, mapping: Mapping, session: Session) -> list[PreviewRow]:
    """The first rows as the import would store them: date, place (matched in the gazetteer),
    type, source and figures, or each row's problems."""
    fmt = Mapped(mapping)
    problems = Problems(sheet.file)
    try:
        events = list(fmt.events(sheet.table(), problems))
    except ValidationError as exc:
        return [PreviewRow(row=0, problems=[Problem(sheet.file, None, None, str(exc))])]
    matcher = PlaceMatcher(PlaceIndex.load(session))
    out: dict[int, PreviewRow] = {}
    for ev in events:
        out[ev.row] = PreviewRow(
            row=ev.row, date=ev.start.isoformat(), written=ev.place.describe(),
            place=matcher.resolve(ev.place, ev.row), event_type=ev.event_type.value if ev.event_type else "",
            source=ev.reports[0].source if ev.reports else "", claims=list(ev.claims))
    for p in problems.items:
        out.setdefault(p.row or 0, PreviewRow(row=p.row or 0)).problems.append(p)
    for n in getattr(fmt, "skipped", []):  # no figure: the import leaves the row out
        out.setdefault(n, PreviewRow(row=n))
    return [out[k] for k in sorted(out)]
