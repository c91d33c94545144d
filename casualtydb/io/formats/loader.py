"""Importing a dataset of another format: read its events, settle places and actors, write.

The events a format yields become the claim rows of casualtydb.io.spreadsheet_import, which
matches sources, reports and claims and writes them (Core inserts, audit, search index, derived
figures) exactly as it does for our own sheets, so both imports find each other's records.

All or nothing: every row problem, every place the gazetteer cannot settle and every unknown actor
is collected, each place and actor once with all the rows naming it, and nothing is written while
any remain. `create_places` / `create_actors` add what is missing instead (in the same
transaction, audited, with the file as their origin)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ... import audit, search
from ...errors import ValidationError
from ...models import Actor, AuditAction, LocationPrecision, Place, utcnow
from ...text.arabic import key as name_key
from ...text.translit import skeleton
from ..gazetteer import PlaceIndex, PlaceInfo
from ..place_match import PlaceMatcher, group_key
from ..readers import Table
from ..spreadsheet_import import (
    PRECISION_FOR_LEVEL,
    ImportCancelled,
    ImportProblems,
    ImportResult,
    Row,
    _Clock,
    _Importer,
    _refresh,
    _write,
)
from .base import ColumnUse, Event, Format, Problems

ACTORS_NS = uuid.UUID("3e9a1c57-8b2d-4f60-a1e4-7c5d9b0f2a83")
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


@dataclass
class FormatResult(ImportResult):
    format: str = ""
    uses: list[ColumnUse] = field(default_factory=list)
    places_found: dict[str, int] = field(default_factory=dict)
    places_added: list[str] = field(default_factory=list)  # "name under parent" of each new place
    actors_added: list[str] = field(default_factory=list)

    def describe(self) -> str:
        lines = [f"read as {self.format}; the columns:"] + [str(u) for u in self.uses]
        lines.append(super().describe())
        if self.places_found:
            found = ", ".join(f"{n:,} by {how}" for how, n in sorted(self.places_found.items()))
            lines.append(f"places: {found}")
        verb = "would add" if self.dry_run else "added"
        if self.places_added:
            lines.append(f"{verb} {len(self.places_added):,} places:")
            lines += [f"  {p}" for p in self.places_added]
        if self.actors_added:
            lines.append(f"{verb} {len(self.actors_added):,} actors: {', '.join(self.actors_added)}")
        return "\n".join(lines)


class _Actors:
    """Actor names → ids: the database's names and aliases, with the spelling variant as a
    second try; unknown names collected (or, with `create`, new actors)."""

    def __init__(self, session: Session, create: bool) -> None:
        self.create = create
        self.by_key: dict[str, set[uuid.UUID]] = defaultdict(set)
        self.by_skeleton: dict[str, set[uuid.UUID]] = defaultdict(set)
        for aid, ar, en, aliases in session.execute(select(Actor.id, Actor.name_ar, Actor.name_en, Actor.aliases)):
            for name in {ar, en, *(aliases or [])} - {None, ""}:
                self.by_key[name_key(name)].add(aid)
                s = skeleton(name)
                if s:
                    self.by_skeleton[s].add(aid)
        self.new: dict[uuid.UUID, str] = {}
        self.unknown: dict[str, list[int]] = {}
        self.ambiguous: dict[str, tuple[int, list[int]]] = {}

    def resolve(self, name: str, row: int) -> uuid.UUID | None:
        k = name_key(name)
        ids = self.by_key.get(k) or self.by_skeleton.get(skeleton(name) or "\0") or set()
        if len(ids) == 1:
            return next(iter(ids))
        if len(ids) > 1:
            self.ambiguous.setdefault(name, (len(ids), []))[1].append(row)
            return None
        if self.create:
            aid = uuid.uuid5(ACTORS_NS, k)
            self.new[aid] = name
            self.by_key[k].add(aid)
            return aid
        self.unknown.setdefault(name, []).append(row)
        return None


def _rows_text(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:8])
    return shown + (f" and {len(rows) - 8:,} more" if len(rows) > 8 else "")


@dataclass
class PlaceQuestion:
    """A place of the file the gazetteer does not settle, to be settled once before the import:
    `key` (place_match.group_key) → a place id or place_match.CREATE in `import_events(settled=…)`."""

    key: tuple[str | None, ...]
    written: str  # the place as the file names it (name, admin units, coordinates)
    reason: str
    rows: list[int]
    suggestions: list[PlaceInfo]
    parent: PlaceInfo | None  # where "create" would put it


def places_to_settle(table: Table, fmt: Format, *, session: Session,
                     settled: dict[tuple[str | None, ...], Any] | None = None,
                     cancelled: CancelFn | None = None) -> list[PlaceQuestion]:
    """Every place of the file the gazetteer does not settle (and `settled` does not), once each,
    with the rows naming it, suggested places and the admin unit a new one would go under. Reads
    only: the import that follows writes. Consumes `table`'s rows (open the file again to import)."""
    problems = Problems(table.file)
    matcher = PlaceMatcher(PlaceIndex.load(session), settled=settled)
    for count, ev in enumerate(fmt.events(table, problems), start=1):
        matcher.resolve(ev.place, ev.row)
        if count % 1000 == 0 and cancelled is not None and cancelled():
            raise ImportCancelled()
    return [PlaceQuestion(group_key(u.ref), u.ref.describe(), u.reason, list(u.rows), matcher.suggestions(u),
                          matcher.create_parent(u.ref)) for u in matcher.unresolved]


def import_events(table: Table, fmt: Format, *, session: Session, path: Path, dry_run: bool = False,
                  create_places: bool = False, create_actors: bool = False, progress: ProgressFn | None = None,
                  cancelled: CancelFn | None = None,
                  settled: dict[tuple[str | None, ...], Any] | None = None) -> FormatResult:
    """Check every row of `table` as `fmt` reads it, then (unless `dry_run`) add what the database
    lacks. Raises ImportProblems (nothing written). `settled`: the places a person settled
    (`places_to_settle`). Transaction: the caller's."""
    clock = _Clock()
    problems = Problems(table.file)
    uses = fmt.uses(table)
    events: list[Event] = []
    for count, event in enumerate(fmt.events(table, problems), start=1):
        events.append(event)
        if count % 1000 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(count, table.total)
    row_count = len(events) + len({p.row for p in problems.items}) + len(getattr(fmt, "skipped", []))
    clock.lap("read and check")

    index = PlaceIndex.load(session)
    matcher = PlaceMatcher(index, create=create_places, origin=table.file, settled=settled)
    actors = _Actors(session, create_actors)
    resolved: list[tuple[Event, PlaceInfo, list[tuple[uuid.UUID, Any]]]] = []
    for ev in events:
        place = matcher.resolve(ev.place, ev.row)
        ids = []
        for name, role in ev.actors:
            aid = actors.resolve(name, ev.row)
            if aid is not None and (aid, role) not in ids:
                ids.append((aid, role))
        if place is not None:
            resolved.append((ev, place, ids))
    for u in matcher.unresolved:
        cands = ("; it may be: " + "; ".join(p.describe() for p in u.candidates)) if u.candidates else ""
        problems.add(u.rows[0], "place", "unresolved_place", place=u.ref.describe(), reason=u.reason,
                     rows=_rows_text(u.rows), candidates=cands)
    for name, rows in actors.unknown.items():
        problems.add(rows[0], "actors", "unknown_actor", value=name, rows=_rows_text(rows))
    for name, (count, rows) in actors.ambiguous.items():
        problems.add(rows[0], "actors", "ambiguous_actor", value=name, count=count, rows=_rows_text(rows))
    if problems:
        raise ImportProblems(table.file, sorted(problems.items, key=lambda p: (p.row or 0, p.column or "")),
                             row_count)
    if not events:
        raise ValidationError("no data rows under the header", file=table.file)

    rows, details = _claim_rows(fmt, resolved)
    imp = _Importer(session, path, None, None, cancelled)
    imp.file = table.file
    imp.places = index
    imp.workbook_incidents = details
    imp.ignored = []
    plan = imp.resolve(rows)
    if imp.problems:
        raise ImportProblems(table.file, imp.problems, row_count)
    clock.lap("match")
    result = FormatResult(
        file=table.file, sheet=table.sheet, rows=row_count, dry_run=dry_run,
        incidents_added=len(plan.new_incidents), incidents_existing=len(plan.existing_incidents),
        sources_added=len(plan.new_sources), reports_added=len(plan.new_reports),
        claims_added=len(plan.new_claims), claims_present=plan.claims_present,
        touched_incidents=sorted(plan.touched), format=fmt.name, uses=uses, places_found=dict(matcher.counts),
        places_added=[f"{p.name_ar} under {index.by_id[p.parent_id].describe()}" for p in matcher.created.values()
                      if p.parent_id is not None], actors_added=list(actors.new.values()))
    skipped = getattr(fmt, "skipped", [])
    if skipped:
        result.notes.append(f"left out {len(skipped):,} rows without any figure (rows {_rows_text(skipped)})")
    if dry_run:
        result.seconds = clock.laps
        return result
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    context = session.info.get("context") or f"import {table.file}"
    _write_places_and_actors(session, matcher, actors.new, context, table.file, fmt.name)
    _write(session, plan, context, clock)
    result.figures_refreshed = _refresh(session, result.touched_incidents)
    clock.lap("derived figures")
    result.seconds = clock.laps
    return result


def _claim_rows(fmt: Format, resolved: list[tuple[Event, PlaceInfo, list[tuple[uuid.UUID, Any]]]]
                ) -> tuple[list[Row], dict[uuid.UUID, dict[str, Any]]]:
    """One claim row per report × claim of each event, and each incident's details."""
    rows: list[Row] = []
    details: dict[uuid.UUID, dict[str, Any]] = {}
    for ev, place, actor_ids in resolved:
        iid = fmt.incident_id(ev.key)
        precision = _precision(ev.location_precision, place)
        details[iid] = {
            "end_date": ev.end, "date_precision": ev.date_precision.value,
            "location_precision": precision.value if precision else None,
            "grade": ev.grade.value if ev.grade else None,
            "description_en": ev.description_en, "description_ar": ev.description_ar,
        }
        for report in ev.reports:
            for claim in ev.claims:
                rows.append(Row(
                    n=ev.row, incident_text=str(iid), incident_uuid=iid, incident_date=ev.start, place=place,
                    incident_type=ev.event_type, actors=actor_ids or None, category=claim.category,
                    group=claim.group, min=claim.min, max=claim.max, approximate=claim.approximate, vague=None,
                    quote=claim.quote, credibility=None, stated_at=claim.stated_at, part_of=None, claim_id=None,
                    report_id=None, report_title=report.title, author=report.author, language=report.language,
                    published=report.published, url=report.url, source_text=report.source, source_id=None,
                    source_reliability=None, source_kind=None, relays_report=None, relays=None,
                    victim_names=None, witnesses=None, report_notes=report.notes))
    return rows, details


_ORDER = list(LocationPrecision)  # exact … governorate, finest first


def _precision(stated: LocationPrecision | None, place: PlaceInfo) -> LocationPrecision:
    """The incident's location precision: what the dataset says, but never finer than the place it
    was matched to (a town code on a sub-district the gazetteer has instead of the town), and a
    coarse code (district, governorate) means the admin unit's own level."""
    own = PRECISION_FOR_LEVEL.get(place.level, LocationPrecision.TOWN)
    if stated is None or stated in (LocationPrecision.DISTRICT, LocationPrecision.GOVERNORATE):
        return own
    if stated == LocationPrecision.TOWN and own == LocationPrecision.NEIGHBOURHOOD:
        return own  # a neighbourhood is as precise as a town code can say
    return max(stated, own, key=_ORDER.index)


def _write_places_and_actors(session: Session, matcher: PlaceMatcher, new_actors: dict[uuid.UUID, str],
                             context: str, file: str, fmt: str) -> None:
    conn = session.connection()
    user = session.info.get("user") or audit.current_user()
    now = utcnow()
    book = {"created_at": now, "updated_at": now, "created_by": user, "updated_by": user, "version": 1}
    origin = f"import of {file} ({fmt})"[:300]
    # Parents before children (a created neighbourhood may sit in a created town).
    places = sorted(matcher.created.values(), key=lambda p: p.path.count("/"))
    if places:
        rows = [{"id": p.id, "parent_id": p.parent_id, "level": p.level, "pcode": None, "name_ar": p.name_ar,
                 "name_en": p.name_en, "alt_names": [], "latitude": p.latitude, "longitude": p.longitude,
                 "path": p.path, "origin": origin, **book} for p in places]
        conn.execute(insert(Place.__table__), rows)
        audit.log_rows(conn, "places", AuditAction.INSERT, ((r["id"], None, r) for r in rows), user=user,
                       context=context)
        search.reindex(session=session, kind="place", ids=[p.id for p in places])
    if new_actors:
        rows = [{"id": aid, "name_ar": name, "name_en": None if _arabic(name) else name, "aliases": [],
                 "kind": None, "notes": f"added by the {origin}", **book} for aid, name in new_actors.items()]
        conn.execute(insert(Actor.__table__), rows)
        audit.log_rows(conn, "actors", AuditAction.INSERT, ((r["id"], None, r) for r in rows), user=user,
                       context=context)
        search.reindex(session=session, kind="actor", ids=list(new_actors))


def _arabic(text: str) -> bool:
    return any("\u0621" <= c <= "\u064a" for c in text)
