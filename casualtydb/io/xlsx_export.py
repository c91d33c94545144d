"""Export a database (or a filtered part of it) as an Excel workbook for NGOs.

`export_workbook(path, session=..., options=...)` streams incidents from the database in chunks
(Core selects, never ORM objects), writes every sheet in openpyxl's write-only mode (memory stays
flat however large the database) and renames a temporary file into place at the end: a failed or
cancelled export leaves no partial file. The caller owns the session and its transaction; this
module only reads.
"""

from __future__ import annotations

import os
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import LineChart, Reference, Series
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from .. import __version__
from ..chain import head as chain_head
from ..errors import CasualtyDBError, ValidationError
from ..models import (
    Actor,
    ActorRole,
    Assessment,
    Category,
    Claim,
    ConflictStatus,
    DatabaseInfo,
    Incident,
    IncidentActor,
    IncidentFigure,
    IncidentPlace,
    Place,
    Report,
    Source,
    VictimGroup,
)
from ..queries.common import status_rank
from ..queries.incidents import IncidentFilters
from ..services.attachments import hashes_of_reports
from . import codebook, victims_sheet, vocab
from .cells import CellWriter, clean_text
from .gazetteer import PlaceIndex, PlaceInfo, place_error
from .export_options import ExportOptions
from .redact import Redactor
from .since_last import CHANGES, Delta, options_for
from .xlsx_discard import discard
from .xlsx_map import add_map
from .xlsx_pages import LINE_HEIGHT, Page, print_setup, wrapped_lines
from .sheets import (
    CLAIMS,
    CONFLICTS,
    FIGURES,
    INCIDENTS,
    SOURCES,
    SUMMARY_ACTOR,
    SUMMARY_GOVERNORATE,
    SUMMARY_MONTH,
    Column,
    SheetSpec,
    sheet_name,
)

CHUNK = 500  # incidents per round of queries
CHECK_EVERY = 256  # rows between two looks at the cancel flag
HEADER_ROW, HXL_ROW, FIRST_DATA_ROW = 1, 2, 3
BREAKDOWN_GROUPS = (VictimGroup.CHILDREN, VictimGroup.WOMEN, VictimGroup.MEN)
TOP_GROUPS = (VictimGroup.COMBATANTS, VictimGroup.UNKNOWN)
RESPONSIBLE_ROLES = (ActorRole.ALLEGED, ActorRole.CLAIMED)
CATEGORY_ORDER = {c: i for i, c in enumerate(Category)}
GROUP_ORDER = {g: i for i, g in enumerate(VictimGroup)}
ROLE_ORDER = {r: i for i, r in enumerate(ActorRole)}

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class ExportCancelled(CasualtyDBError):
    """The user cancelled; no file was written."""

    def __init__(self) -> None:
        super().__init__("export cancelled; no file was written")


@dataclass
class ExportSummary:
    path: Path
    incidents: int = 0
    claims: int = 0
    reports: int = 0
    sources: int = 0
    conflicts: int = 0  # incident × category × group still conflicting
    conflict_rows: int = 0
    victims: int = 0  # rows of the Victims sheet
    changes: Any = None  # since_last.DeltaCounts of an export --since-last
    withheld: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


# ---------------------------------------------------------------------------------------------
# Figures of one incident


@dataclass
class Fig:
    low: int | None
    best: int | None
    high: int | None
    basis: str
    status: ConflictStatus | None
    claims: int = 0
    independent: int = 0
    severity: float = 0.0


def _add(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    if b is None:
        return a
    return a + b


def incident_total(figs: dict[VictimGroup, Fig]) -> tuple[int | None, int | None, int | None, bool]:
    """(low, best, high, open-ended) for all victims of one category; see codebook 'Incident totals'.

    Civilians, or when absent the sum of the children/women/men breakdowns, plus combatants and
    unknown. high is None (no upper bound) when any part has no high."""
    parts: list[Fig] = []
    if VictimGroup.CIVILIANS in figs:
        parts.append(figs[VictimGroup.CIVILIANS])
    else:
        parts += [figs[g] for g in BREAKDOWN_GROUPS if g in figs]
    parts += [figs[g] for g in TOP_GROUPS if g in figs]
    parts = [p for p in parts if p.low is not None or p.best is not None or p.high is not None]
    if not parts:
        return None, None, None, False
    low = best = high = None
    open_ended = False
    for p in parts:
        low = _add(low, p.low)
        best = _add(best, p.best)
        if p.high is None:
            open_ended = True
        else:
            high = _add(high, p.high)
    return low, best, (None if open_ended else high), open_ended


class Totals:
    """Running sums for one summary row: incidents, and per category low/best/high."""

    __slots__ = ("incidents", "sums")

    def __init__(self) -> None:
        self.incidents = 0
        # category -> [low, best, high, open_ended, seen]
        self.sums: dict[Category, list[Any]] = {c: [0, 0, 0, False, False] for c in Category}

    def add(self, totals: dict[Category, tuple[int | None, int | None, int | None, bool]]) -> None:
        self.incidents += 1
        for cat, (low, best, high, open_ended) in totals.items():
            if low is None and best is None and high is None and not open_ended:
                continue
            s = self.sums[cat]
            s[0] += low or 0
            s[1] += best or 0
            s[2] += high or 0
            s[3] = s[3] or open_ended
            s[4] = True

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"incidents": self.incidents}
        for cat, (low, best, high, open_ended, seen) in self.sums.items():
            if seen:
                out[f"{cat.value}_low"] = low
                out[f"{cat.value}_best"] = best
                out[f"{cat.value}_high"] = None if open_ended else high
        return out


# ---------------------------------------------------------------------------------------------
# Sheets


class SheetOut:
    """One write-only data sheet: header row, HXL row, frozen panes, widths, filter, RTL."""

    def __init__(self, wb: Workbook, spec: SheetSpec, lang: str, redact: bool, *, title: str | None = None) -> None:
        self.spec = spec
        self.ws = wb.create_sheet(title or spec.name(lang))
        self.lang = lang
        self.cells = CellWriter(self.ws, lang)
        self.columns: tuple[Column, ...] = spec.visible_columns(redact)
        # Numbers go to openpyxl as they are; other kinds through their converter.
        self.plan = [(c.key, None if c.kind in ("int", "float") else self.cells.converter(c.kind))
                     for c in self.columns]
        self.rows = 0
        ws = self.ws
        ws.sheet_view.rightToLeft = lang == "ar"
        for i, col in enumerate(self.columns, 1):
            ws.column_dimensions[get_column_letter(i)].width = col.width
        ws.freeze_panes = f"A{FIRST_DATA_ROW}"
        print_setup(ws, fit_width=False, title_rows=f"{HEADER_ROW}:{HXL_ROW}")
        lines = max(wrapped_lines(c.header(lang), c.width) for c in self.columns)
        ws.row_dimensions[HEADER_ROW].height = LINE_HEIGHT * lines + 2
        head_font, hxl_font = Font(bold=True), Font(italic=True, color="FF595959")
        fill = PatternFill("solid", fgColor="FFE7EEF7")
        wrap = Alignment(wrap_text=True, vertical="top")
        header = []
        for col in self.columns:
            cell = self.cells.styled(col.header(lang), bold=True, wrap=True)
            cell.font, cell.fill, cell.alignment = head_font, fill, wrap
            header.append(cell)
        ws.append(header)
        tags = []
        for col in self.columns:
            cell = self.cells.styled(col.hxl)
            cell.font = hxl_font
            tags.append(cell)
        ws.append(tags)

    def write(self, values: dict[str, Any]) -> None:
        get = values.get
        self.ws.append([get(k) if conv is None else conv(get(k)) for k, conv in self.plan])
        self.rows += 1

    def finish(self) -> None:
        last = get_column_letter(len(self.columns))
        # The filter's header is the HXL row: sorting then never moves the two header rows.
        self.ws.auto_filter.ref = f"A{HXL_ROW}:{last}{HXL_ROW + max(self.rows, 1)}"


# ---------------------------------------------------------------------------------------------
# The export


@dataclass
class _SourceInfo:
    name_ar: str
    name_en: str | None
    kind: str
    reliability: str
    url: str | None
    aliases: list[str]
    notes: str | None
    notes_sensitive: bool
    contact: str | None

    def label(self, lang: str) -> str:
        return (self.name_en or self.name_ar) if lang == "en" else self.name_ar


class _Exporter:
    def __init__(self, session: Session, options: ExportOptions, progress: ProgressFn | None,
                 cancelled: CancelFn | None, delta: Delta | None = None) -> None:
        self.s = session
        self.delta = delta
        self.data_sheet: type[SheetOut] = delta.sheet_class(SheetOut) if delta is not None else SheetOut
        self.o = options
        self.lang = options.lang
        self.progress = progress
        self.cancelled = cancelled
        self.done = 0
        self.total = 0
        self.redactor = Redactor(options.redact, options.lang)
        self.places = PlaceIndex.load(session)
        self.place_filter: PlaceInfo | None = None
        if options.place:
            try:
                self.place_filter = self.places.resolve(options.place, coarsest=True)
            except ValueError as exc:
                raise ValidationError(place_error(exc), field="place") from None
        self.actors = {row.id: (row.name_ar, row.name_en) for row in
                       session.execute(select(Actor.id, Actor.name_ar, Actor.name_en))}
        self.sources = {row.id: _SourceInfo(row.name_ar, row.name_en, row.kind, row.reliability, row.url,
                                            list(row.aliases or []), row.notes, bool(row.notes_sensitive), row.contact)
                        for row in session.execute(select(
                            Source.id, Source.name_ar, Source.name_en, Source.kind, Source.reliability, Source.url,
                            Source.aliases, Source.notes, Source.notes_sensitive, Source.contact))}
        self.by_month: dict[str, Totals] = defaultdict(Totals)
        self.by_gov: dict[tuple[uuid.UUID | None, str], Totals] = defaultdict(Totals)
        self.by_actor: dict[uuid.UUID, Totals] = defaultdict(Totals)
        self.conflict_groups = 0
        self.incidents_without_figures = 0
        self.figures_computed_at: datetime | None = None

    # -- filters -------------------------------------------------------------------------------

    def incident_conditions(self) -> list[Any]:
        conds: list[Any] = [Incident.merged_into_id.is_(None)]
        if self.o.date_to:
            conds.append(Incident.start_date <= self.o.date_to)
        if self.o.date_from:
            conds.append(func.coalesce(Incident.end_date, Incident.start_date) >= self.o.date_from)
        if self.place_filter is not None:
            inside = (select(IncidentPlace.id).join(Place, Place.id == IncidentPlace.place_id)
                      .where(IncidentPlace.incident_id == Incident.id,
                             Place.path.startswith(self.place_filter.path, autoescape=True)))
            conds.append(exists(inside))
        return conds

    # -- progress ------------------------------------------------------------------------------

    def tick(self, n: int = 1) -> None:
        self.done += n
        if self.done % CHECK_EVERY < n or n >= CHECK_EVERY:
            self.check()

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    # -- the run -------------------------------------------------------------------------------

    def run(self, path: Path) -> ExportSummary:
        started = time.perf_counter()
        summary = ExportSummary(path=path)
        conds = self.incident_conditions()
        n_incidents = self.s.scalar(select(func.count()).select_from(Incident).where(*conds)) or 0
        claim_counts = self.s.execute(
            select(func.count(Claim.id), func.count(func.distinct(Claim.report_id)))
            .join(Incident, Incident.id == Claim.incident_id).where(*conds)).one()
        self.total = n_incidents + claim_counts[0]
        self.check()

        wb = Workbook(write_only=True)
        lang, redact = self.lang, self.o.redact
        about_ws = wb.create_sheet(sheet_name("about", lang))
        summary_ws = wb.create_sheet(sheet_name("summary", lang))
        if self.delta is not None:  # only what changed: its Changes sheet third
            self.delta.open_changes(lambda spec: SheetOut(wb, spec, lang, redact))
        make = self.data_sheet
        incidents = make(wb, INCIDENTS, lang, redact)
        figures = make(wb, FIGURES, lang, redact)
        claims = make(wb, CLAIMS, lang, redact)
        sources = make(wb, SOURCES, lang, redact)
        conflicts = make(wb, CONFLICTS, lang, redact)
        try:
            self.write_incidents(conds, incidents, figures, claims, conflicts)
            summary.victims = victims_sheet.export_victims(lambda spec: make(wb, spec, lang, redact), self.s,
                                                           self.redactor, self.o, self.place_filter)
            source_counts = self.write_sources(conds, sources)
            if self.delta is not None:
                self.delta.finish()
                summary.changes = self.delta.counts
            summary.incidents = incidents.rows
            summary.claims = claims.rows
            summary.reports = claim_counts[1]
            summary.sources = source_counts
            summary.conflicts = self.conflict_groups
            summary.conflict_rows = conflicts.rows
            for sheet in (incidents, figures, claims, sources, conflicts):
                sheet.finish()
            self.write_summary(summary_ws)
            summary.withheld = self.redactor.counts()
            self.write_about(about_ws, summary)
            self.check()
            self.save(wb, path)
        except BaseException:
            discard(wb)
            raise
        summary.seconds = time.perf_counter() - started
        if self.progress is not None:
            self.progress(self.total, self.total)
        return summary

    def save(self, wb: Workbook, path: Path) -> None:
        # Created with open(..., "xb"), not mkstemp: the workbook gets the user's usual
        # permissions (mkstemp's 0600 would survive the rename).
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
        with open(tmp, "xb"):
            pass
        try:
            wb.save(tmp)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    # -- incidents, figures, claims, conflicts ---------------------------------------------------

    def write_incidents(self, conds: list[Any], incidents: SheetOut, figures: SheetOut, claims: SheetOut,
                        conflicts: SheetOut) -> None:
        stmt = (select(Incident.id, Incident.start_date, Incident.end_date, Incident.date_precision,
                       Incident.event_type, Incident.month, Incident.description_ar, Incident.description_en,
                       Incident.notes, Incident.notes_sensitive, Incident.grade)
                .where(*conds).order_by(Incident.start_date, Incident.id)
                .execution_options(yield_per=CHUNK))
        for chunk in self.s.execute(stmt).partitions(CHUNK):
            self.write_chunk(chunk, incidents, figures, claims, conflicts)

    def write_chunk(self, chunk: Sequence[Any], incidents: SheetOut, figures: SheetOut, claims: SheetOut,
                    conflicts: SheetOut) -> None:
        lang = self.lang
        ids = [row.id for row in chunk]
        places = self._places_of(ids)
        actors = self._actors_of(ids)
        figs = self._figures_of(ids)
        chunk_claims = self._claims_of(ids)

        info: dict[uuid.UUID, dict[str, Any]] = {}
        for inc in chunk:
            links = places.get(inc.id, [])
            primary: PlaceInfo | None = links[0][0] if links else None
            precision = links[0][1] if links else None
            inc_claims = chunk_claims.get(inc.id, [])
            inc_figs = figs.get(inc.id, {})
            actor_text = self._actor_text(actors.get(inc.id, []))
            values: dict[str, Any] = {
                "incident_id": str(inc.id),
                "start_date": inc.start_date,
                "end_date": inc.end_date,
                "date_precision": vocab.DATE_PRECISION.label(inc.date_precision, lang),
                "date_prec": vocab.UCDP_DATE_PREC.get(inc.date_precision),
                "time_precision": vocab.ACLED_TIME_PRECISION.get(inc.date_precision),
                "event_type": vocab.EVENT_TYPE.label(inc.event_type, lang),
                "location_precision": vocab.LOCATION_PRECISION.label(precision, lang),
                "where_prec": vocab.UCDP_WHERE_PREC.get(precision) if precision else None,
                "geo_precision": vocab.ACLED_GEO_PRECISION.get(precision) if precision else None,
                "other_places": "; ".join(p.label(lang) for p, _ in links[1:]) or None,
                "actors": actor_text,
                "grade": vocab.GRADE.label(inc.grade, lang),
                "claims": len(inc_claims),
                "description_ar": inc.description_ar,
                "description_en": inc.description_en,
                "notes": self._notes(inc.notes, inc.notes_sensitive, "incident notes"),
            }
            if primary is not None:
                values.update({
                    "place_name_ar": primary.name_ar, "place_name_en": primary.name_en,
                    "place_pcode": primary.pcode, "latitude": primary.latitude, "longitude": primary.longitude,
                })
                for level, adm in enumerate(primary.admin, 1):
                    if adm is not None:
                        values[f"adm{level}_name_ar"] = adm.name_ar
                        values[f"adm{level}_name_en"] = adm.name_en
                        values[f"adm{level}_pcode"] = adm.pcode
            totals: dict[Category, tuple[int | None, int | None, int | None, bool]] = {}
            by_cat: dict[Category, dict[VictimGroup, Fig]] = defaultdict(dict)
            for (cat, group), fig in inc_figs.items():
                by_cat[cat][group] = fig
            for cat in Category:
                totals[cat] = incident_total(by_cat.get(cat, {}))
                low, best, high, _ = totals[cat]
                values[f"{cat.value}_low"] = low
                values[f"{cat.value}_best"] = best
                values[f"{cat.value}_high"] = high
            statuses = [f.status for f in inc_figs.values() if f.status is not None]
            status = max(statuses, key=status_rank) if statuses else None
            values["status"] = vocab.STATUS.label(status, lang)
            independent = max((f.independent for f in inc_figs.values()), default=0)
            if not inc_figs:
                self.incidents_without_figures += 1
                independent = len({c.source_id for c in inc_claims if c.relayed_source is None and c.min is not None})
            values["independent_sources"] = independent
            incidents.write(values)
            self.tick()

            # Summary accumulators.
            adm1 = primary.admin[0] if primary is not None else None
            self.by_month[inc.month].add(totals)
            self.by_gov[(adm1.id if adm1 else None, inc.month)].add(totals)
            for actor_id, role in {(a, r) for a, r in actors.get(inc.id, []) if r in RESPONSIBLE_ROLES}:
                self.by_actor[actor_id].add(totals)

            # Figures sheet: one row per category × group.
            for (cat, group), fig in sorted(inc_figs.items(), key=lambda kv: (CATEGORY_ORDER[kv[0][0]],
                                                                              GROUP_ORDER[kv[0][1]])):
                figures.write({
                    "incident_id": str(inc.id), "start_date": inc.start_date, "month": inc.month,
                    "adm1_name": adm1.label(lang) if adm1 else None, "adm1_pcode": adm1.pcode if adm1 else None,
                    "category": vocab.CATEGORY.label(cat, lang), "victim_group": vocab.VICTIM_GROUP.label(group, lang),
                    "low": fig.low, "best": fig.best, "high": fig.high, "basis": fig.basis,
                    "status": vocab.STATUS.label(fig.status, lang), "claims": fig.claims,
                    "independent_sources": fig.independent,
                })
            info[inc.id] = {
                "incident_date": inc.start_date,
                "place": primary.ref if primary else None,
                "place_name": primary.label(lang) if primary else None,
                "incident_type": values["event_type"],
                "actors": actor_text,
            }

            # Conflicts sheet: every claim of each group still conflicting.
            for (cat, group), fig in inc_figs.items():
                if fig.status != ConflictStatus.CONFLICTING:
                    continue
                self.conflict_groups += 1
                for c in inc_claims:
                    if c.category != cat or c.victim_group != group:
                        continue
                    src = self.sources.get(c.source_id)
                    conflicts.write({
                        "incident_id": str(inc.id), "start_date": inc.start_date,
                        "place_name": primary.label(lang) if primary else None,
                        "category": vocab.CATEGORY.label(cat, lang),
                        "victim_group": vocab.VICTIM_GROUP.label(group, lang),
                        "low": fig.low, "best": fig.best, "high": fig.high, "severity": fig.severity,
                        "claim_id": str(c.id), "source": src.label(lang) if src else None,
                        "source_reliability": src.reliability if src else None,
                        "relays": self._source_label(c.relayed_source),
                        "published": c.published_date, "stated_at": c.stated_at, "min": c.min, "max": c.max,
                        "approximate": c.approximate, "credibility": c.credibility, "quote": c.quote, "url": c.url,
                    })

        evidence = hashes_of_reports(self.s, {c.report_id for cs in chunk_claims.values() for c in cs})
        for inc in chunk:
            common = info[inc.id]
            for c in chunk_claims.get(inc.id, []):
                src = self.sources.get(c.source_id)
                values = {
                    "claim_id": str(c.id), "incident": str(inc.id), **common,
                    "category": vocab.CATEGORY.label(c.category, lang),
                    "group": vocab.VICTIM_GROUP.label(c.victim_group, lang),
                    "min": c.min, "max": c.max, "approximate": c.approximate, "vague": c.vague, "quote": c.quote,
                    "credibility": c.credibility, "stated_at": c.stated_at,
                    "part_of": str(c.part_of_id) if c.part_of_id else None,
                    "report_id": str(c.report_id), "report_title": c.title, "author": c.author,
                    "language": c.language, "published": c.published_date, "url": c.url,
                    "evidence": evidence.get(c.report_id), "source_id": str(c.source_id), "source": src.label(lang) if src else None,
                    "source_reliability": src.reliability if src else None,
                    "relays": self._source_label(c.relayed_source),
                    "relays_report": str(c.relays_report_id) if c.relays_report_id else None,
                    "report_notes": self._notes(c.report_notes, c.report_notes_sensitive, "report notes"),
                }
                self.redactor.personal(values, victim_names=c.victim_names, witnesses=c.witnesses)
                claims.write(values)
                self.tick()

    def _notes(self, text: str | None, sensitive: bool, what: str) -> str | None:
        return self.redactor.notes(text, sensitive, what)

    def _source_label(self, source_id: uuid.UUID | None) -> str | None:
        if source_id is None:
            return None
        src = self.sources.get(source_id)
        return src.label(self.lang) if src else str(source_id)

    def _actor_text(self, links: list[tuple[uuid.UUID, ActorRole]]) -> str | None:
        parts = []
        for actor_id, role in sorted(links, key=lambda ar: (ROLE_ORDER[ar[1]], self._actor_label(ar[0]))):
            name = self._actor_label(actor_id)
            parts.append(name if role == ActorRole.ALLEGED else f"{name} ({vocab.ACTOR_ROLE.label(role, self.lang)})")
        return "; ".join(parts) or None

    def _actor_label(self, actor_id: uuid.UUID) -> str:
        ar, en = self.actors.get(actor_id, (str(actor_id), None))
        return (en or ar) if self.lang == "en" else ar

    def _places_of(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[tuple[PlaceInfo, Any]]]:
        out: dict[uuid.UUID, list[tuple[PlaceInfo, Any, bool]]] = defaultdict(list)
        for iid, place_id, primary, precision in self.s.execute(
                select(IncidentPlace.incident_id, IncidentPlace.place_id, IncidentPlace.is_primary,
                       IncidentPlace.precision).where(IncidentPlace.incident_id.in_(ids))):
            place = self.places.by_id.get(place_id)
            if place is not None:
                out[iid].append((place, precision, primary))
        return {iid: [(p, prec) for p, prec, _ in sorted(links, key=lambda x: (not x[2], x[0].name_ar))]
                for iid, links in out.items()}

    def _actors_of(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[tuple[uuid.UUID, ActorRole]]]:
        out: dict[uuid.UUID, list[tuple[uuid.UUID, ActorRole]]] = defaultdict(list)
        for iid, actor_id, role in self.s.execute(
                select(IncidentActor.incident_id, IncidentActor.actor_id, IncidentActor.role)
                .where(IncidentActor.incident_id.in_(ids))):
            out[iid].append((actor_id, ActorRole(role)))
        return out

    def _figures_of(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[tuple[Category, VictimGroup], Fig]]:
        out: dict[uuid.UUID, dict[tuple[Category, VictimGroup], Fig]] = defaultdict(dict)
        for row in self.s.execute(
                select(IncidentFigure.incident_id, IncidentFigure.category, IncidentFigure.victim_group,
                       IncidentFigure.low, IncidentFigure.best, IncidentFigure.high, IncidentFigure.rule,
                       IncidentFigure.status, IncidentFigure.severity, IncidentFigure.claims_count,
                       IncidentFigure.independent_sources, IncidentFigure.computed_at)
                .where(IncidentFigure.incident_id.in_(ids))):
            out[row.incident_id][(Category(row.category), VictimGroup(row.victim_group))] = Fig(
                row.low, row.best, row.high, row.rule, ConflictStatus(row.status) if row.status else None,
                row.claims_count, row.independent_sources, row.severity or 0.0)
            if row.computed_at is not None and (self.figures_computed_at is None
                                                or row.computed_at > self.figures_computed_at):
                self.figures_computed_at = row.computed_at
        # An active (not withdrawn) assessment overrides the derived figures.
        for row in self.s.execute(
                select(Assessment.incident_id, Assessment.category, Assessment.victim_group, Assessment.low,
                       Assessment.best, Assessment.high)
                .where(Assessment.incident_id.in_(ids), Assessment.withdrawn_at.is_(None))
                .order_by(Assessment.assessed_at)):
            k = (Category(row.category), VictimGroup(row.victim_group))
            fig = out[row.incident_id].get(k)
            status = fig.status if fig and fig.status else ConflictStatus.RECONCILED
            out[row.incident_id][k] = Fig(row.low, row.best, row.high, vocab_assessment(self.lang), status,
                                          fig.claims if fig else 0, fig.independent if fig else 0,
                                          fig.severity if fig else 0.0)
        return out

    def _claims_of(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Any]]:
        relayed = aliased(Report)
        stmt = (select(Claim.id, Claim.incident_id, Claim.category, Claim.victim_group, Claim.min, Claim.max,
                       Claim.approximate, Claim.vague, Claim.quote, Claim.credibility, Claim.stated_at,
                       Claim.part_of_id, Claim.victim_names, Claim.witnesses, Claim.report_id,
                       Report.title, Report.author, Report.language, Report.published_date, Report.url,
                       Report.source_id, Report.relays_report_id, Report.notes.label("report_notes"),
                       Report.notes_sensitive.label("report_notes_sensitive"),
                       func.coalesce(Report.relays_source_id, relayed.source_id).label("relayed_source"))
                .join(Report, Report.id == Claim.report_id)
                .outerjoin(relayed, relayed.id == Report.relays_report_id)
                .where(Claim.incident_id.in_(ids)))
        out: dict[uuid.UUID, list[Any]] = defaultdict(list)
        for row in self.s.execute(stmt):
            out[row.incident_id].append(row)
        far = date.max
        for rows in out.values():
            rows.sort(key=lambda r: (r.published_date or far, _naive(r.stated_at), self._source_sort(r.source_id),
                                     CATEGORY_ORDER[r.category], str(r.id)))
        return out

    def _source_sort(self, source_id: uuid.UUID) -> str:
        src = self.sources.get(source_id)
        return src.label(self.lang) if src else ""

    # -- sources -------------------------------------------------------------------------------

    def write_sources(self, conds: list[Any], sheet: SheetOut) -> int:
        stmt = (select(Report.source_id, func.count(func.distinct(Report.id)), func.count(Claim.id))
                .select_from(Claim).join(Report, Report.id == Claim.report_id)
                .join(Incident, Incident.id == Claim.incident_id)
                .where(*conds).group_by(Report.source_id))
        counts = {sid: (reports, n) for sid, reports, n in self.s.execute(stmt)}
        order = sorted(counts, key=lambda sid: clean_text(self.sources[sid].label(self.lang)).casefold()
                       if sid in self.sources else "")
        for sid in order:
            src = self.sources.get(sid)
            if src is None:
                continue
            reports, n = counts[sid]
            values: dict[str, Any] = {
                "source_id": str(sid), "name_ar": src.name_ar, "name_en": src.name_en,
                "kind": vocab.SOURCE_KIND.label(src.kind, self.lang),
                "reliability": src.reliability, "url": src.url, "aliases": "; ".join(src.aliases) or None,
                "reports": reports, "claims": n,
                "notes": self._notes(src.notes, src.notes_sensitive, "source notes"),
            }
            self.redactor.personal(values, contact=src.contact)
            sheet.write(values)
        return sheet.rows

    # -- summary ---------------------------------------------------------------------------------

    def write_summary(self, ws: Any) -> None:
        lang = self.lang
        widths = [24, 12, 10, 9] + [9] * (len(SUMMARY_GOVERNORATE.columns) - 4)
        page = Page(ws, lang, widths)
        cells = page.cells

        def table(spec: SheetSpec, rows: Iterable[dict[str, Any]]) -> tuple[int, int]:
            page.row([cells.styled(spec.name(lang), bold=True)])
            doc = codebook.t(lang, spec.doc_en, spec.doc_ar)
            page.row([cells.styled(doc, wrap=True)], merge_from=1, text=doc)
            heads = [c.header(lang) for c in spec.columns]
            page.row([cells.styled(h, bold=True, wrap=True) for h in heads], texts=heads)
            page.row([cells.styled(c.hxl) for c in spec.columns])
            first = page.n + 1
            keys = [c.key for c in spec.columns]
            conv = [cells.converter(c.kind) for c in spec.columns]
            for values in rows:
                page.row([f(values.get(k)) for k, f in zip(keys, conv)])
            last = page.n
            page.row([])
            return first, last

        months = _month_range(sorted(self.by_month))
        first, last = table(SUMMARY_MONTH, ({"month": m, **(self.by_month[m].values() if m in self.by_month
                                                              else {"incidents": 0})} for m in months))
        if last >= first:
            chart = LineChart()
            chart.title = codebook.t(lang, "People killed by month (low, best, high)",
                                     "القتلى حسب الشهر (الأدنى، الأرجح، الأعلى)")
            chart.y_axis.title = codebook.t(lang, "killed", "قتلى")
            chart.x_axis.title = codebook.t(lang, "month", "الشهر")
            chart.height, chart.width = 9, 24
            col = [c.key for c in SUMMARY_MONTH.columns].index("killed_low") + 1
            for offset in range(3):  # low, best, high; the HXL row between header and data is skipped
                spec_col = SUMMARY_MONTH.columns[col - 1 + offset]
                values = Reference(ws, min_col=col + offset, min_row=first, max_row=last)
                series = Series(values, title=spec_col.header(lang))
                series.smooth = False  # a smoothed line would show figures nobody reported
                chart.series.append(series)
            chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
            ws.add_chart(chart, f"{get_column_letter(len(SUMMARY_MONTH.columns) + 2)}3")
        # the map below the chart (9 cm: about 18 rows)
        add_map(ws, self.s, lang, IncidentFilters(date_from=self.o.date_from, date_to=self.o.date_to,
                                                  place_id=self.place_filter.id if self.place_filter else None),
                f"{get_column_letter(len(SUMMARY_MONTH.columns) + 2)}23")

        def gov_rows() -> Iterable[dict[str, Any]]:
            def order(k: tuple[uuid.UUID | None, str]) -> tuple[str, str]:
                place = self.places.by_id.get(k[0]) if k[0] else None
                return ((place.pcode or "") if place else "~", k[1])
            for key in sorted(self.by_gov, key=order):
                place = self.places.by_id.get(key[0]) if key[0] else None
                yield {"adm1_name": place.label(lang) if place else codebook.t(lang, "(unknown)", "(غير معروف)"),
                       "adm1_pcode": place.pcode if place else None, "month": key[1], **self.by_gov[key].values()}

        table(SUMMARY_GOVERNORATE, gov_rows())

        def actor_rows() -> Iterable[dict[str, Any]]:
            for actor_id in sorted(self.by_actor, key=lambda a: (-self.by_actor[a].incidents, self._actor_label(a))):
                yield {"actor": self._actor_label(actor_id), **self.by_actor[actor_id].values()}

        table(SUMMARY_ACTOR, actor_rows())

    # -- about -----------------------------------------------------------------------------------

    def write_about(self, ws: Any, summary: ExportSummary) -> None:
        lang = self.lang
        t = codebook.t
        page = Page(ws, lang, ABOUT_WIDTHS)

        def line(label: str, value: Any = None) -> None:
            head = page.cells.styled(label, bold=True, wrap=True)
            if isinstance(value, str):
                page.row([head, page.cells.styled(value, wrap=True)], merge_from=2, text=value, label=label)
            else:
                page.row([head, page.cells.date(value) if isinstance(value, (date, datetime)) else value],
                         label=label)

        def heading(text: str) -> None:
            page.row([])
            page.row([page.cells.styled(text, bold=True)])

        def paragraph(text: str, *, bold: bool = False) -> None:
            page.row([page.cells.styled(text, bold=bold, wrap=True)], merge_from=1, text=text)

        def table(heads: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
            page.row([page.cells.styled(h, bold=True, wrap=True) for h in heads], texts=heads)
            for row in rows:
                page.row([page.cells.styled(v, wrap=True) if v else None for v in row], texts=row)

        paragraph(t(lang, *codebook.TITLE), bold=True)
        paragraph(t(lang, *codebook.WHAT))
        page.row([])
        now = datetime.now(timezone.utc)
        line(t(lang, "Exported at (UTC)", "وقت التصدير (UTC)"), now.strftime("%Y-%m-%d %H:%M:%S"))
        line(t(lang, "Database", "قاعدة البيانات"), _database_label(self.s))
        db_id = self.s.get(DatabaseInfo, "database_id")
        line(t(lang, "Database id", "معرّف قاعدة البيانات"), db_id.value if db_id else None)
        seq, digest = chain_head(self.s.connection())
        line(t(lang, "History (audit log chain head)", "السجل (رأس سلسلة سجل التدقيق)"),
             f"{digest} ({seq} {t(lang, 'entries', 'مدخلة')}; "
             f"{t(lang, 'check with', 'للتحقق')}: casualtydb verify --head {digest})" if digest else None)
        line(t(lang, "casualtydb version", "إصدار casualtydb"), __version__)
        line(t(lang, "Language of this file", "لغة هذا الملف"), t(lang, "English", "العربية"))
        everything = t(lang, "(all)", "(الكل)")
        line(t(lang, "Filter: from", "التصفية: من"), self.o.date_from or everything)
        line(t(lang, "Filter: to", "التصفية: إلى"), self.o.date_to or everything)
        line(t(lang, "Filter: place", "التصفية: المكان"),
             f"{self.place_filter.describe()}; "
             f"{t(lang, 'incidents with any place inside it', 'الحوادث التي يقع أي من أماكنها ضمنه')}"
             if self.place_filter else everything)
        line(t(lang, "Merged duplicates", "الحوادث المكررة المدموجة"),
             t(lang, "left out (their claims belong to the incident they were merged into)",
               "مستبعدة (ادعاءاتها تتبع الحادثة التي دُمجت فيها)"))
        line(t(lang, "Redaction", "التنقيح"), codebook.redaction_text(lang, self.o.redact, summary.withheld))
        for label, text in self.delta.about_lines() if self.delta is not None else ():
            line(label, text)
        heading(t(lang, "Counts", "الأعداد"))
        line(t(lang, "Incidents", "الحوادث"), summary.incidents)
        line(t(lang, "Claims", "الادعاءات"), summary.claims)
        line(t(lang, "Reports", "التقارير"), summary.reports)
        line(t(lang, "Sources", "المصادر"), summary.sources)
        line(t(lang, "Open conflicts (incident × category × group)", "التعارضات المفتوحة (حادثة × فئة × فئة ضحايا)"),
             summary.conflicts)
        line(t(lang, "Derived figures computed at (UTC)", "وقت حساب الأرقام المستخلصة (UTC)"),
             _naive(self.figures_computed_at).strftime("%Y-%m-%d %H:%M:%S") if self.figures_computed_at else
             t(lang, "never: run the cross-referencing scan", "لم تُحسب: شغّل فحص المقارنة"))
        line(t(lang, "Incidents without derived figures", "حوادث بلا أرقام مستخلصة"), self.incidents_without_figures)

        heading(t(lang, "How to read this file", "كيف تقرأ هذا الملف"))
        paragraph(t(lang, *codebook.LAYOUT))
        # The Victims sheet only when the workbook has it (mentions, not redacted).
        victims = (victims_sheet.VICTIMS,) if summary.victims else ()
        for spec in (SUMMARY_MONTH, INCIDENTS, FIGURES, CLAIMS, SOURCES, CONFLICTS, *victims):
            name = sheet_name("summary", lang) if spec is SUMMARY_MONTH else spec.name(lang)
            doc = (t(lang, "Totals by month (with a chart of people killed), by governorate and month, and by actor.",
                     "المجاميع حسب الشهر (مع رسم بياني للقتلى)، وحسب المحافظة والشهر، وحسب الطرف.")
                   if spec is SUMMARY_MONTH else t(lang, spec.doc_en, spec.doc_ar))
            line(name, doc)

        heading(t(lang, "Rules behind the figures", "القواعد وراء الأرقام"))
        for title, text in codebook.rules(lang):
            line(title, text)

        heading(t(lang, "Codebook: columns (Arabic and English)", "دليل الترميز: الأعمدة (بالعربية والإنكليزية)"))
        table(("sheet / الورقة", "column (Arabic) / العمود بالعربية", "column (English) / العمود بالإنكليزية",
               "HXL", "definition (English)", "التعريف (بالعربية)", "values (English)", "القيم (بالعربية)"),
              codebook.codebook_rows(self.o.redact, (*victims, *((CHANGES,) if self.delta is not None else ()))))
        heading(t(lang, "Codebook: categories and scales (Arabic and English)",
                  "دليل الترميز: الفئات والمقاييس (بالعربية والإنكليزية)"))
        table(("vocabulary / المفردات", "value / القيمة", "English", "العربية", "definition (English)",
               "التعريف (بالعربية)"), codebook.vocabulary_rows())
        heading(t(lang, "Sources of the scales", "مصادر المقاييس"))
        for v in vocab.ALL:
            if v.source_en:
                line(f"{v.en} / {v.ar}", v.source_en)
        line("UCDP GED", vocab.UCDP_CITATION)
        line("ACLED", vocab.ACLED_CITATION)
        line("HXL", "Humanitarian Exchange Language 1.1, https://hxlstandard.org/standard/1-1final/dictionary/")


ABOUT_WIDTHS = (28, 22, 22, 24, 44, 44, 30, 30)


def vocab_assessment(lang: str) -> str:
    return codebook.t(lang, "assessment", "تقييم")


def _naive(value: datetime | None) -> datetime:
    if value is None:
        return datetime.min
    return value.astimezone(timezone.utc).replace(tzinfo=None) if value.tzinfo else value


def _month_range(months: list[str]) -> list[str]:
    """Every month from the first to the last (a chart's time axis must not skip quiet months)."""
    if not months:
        return []
    y, m = map(int, months[0].split("-"))
    y1, m1 = map(int, months[-1].split("-"))
    out = []
    while (y, m) <= (y1, m1):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _database_label(session: Session) -> str:
    """The database's file name (not its full path, which may name the user) or its server URL."""
    url = session.get_bind().url
    if url.get_backend_name() == "sqlite" and url.database:
        return Path(url.database).name
    return url.render_as_string(hide_password=True)


def export_workbook(path: str | os.PathLike[str], *, session: Session, options: ExportOptions | None = None,
                    progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
                    delta: Delta | None = None) -> ExportSummary:
    """Write the workbook to `path` (replaced only when complete).

    `progress(done, total)` is called every few hundred rows and `cancelled()` checked as often;
    when it returns True, ExportCancelled is raised and no file is left behind. Thread: any,
    with a session of that thread. Transaction: read-only; run it inside one transaction so the
    sheets agree with each other. With `delta` (see `export_since_last`) only the rows the
    recipient does not hold are written, and what the recipient holds is updated: a write."""
    out = Path(path)
    if out.suffix.lower() != ".xlsx":
        raise ValidationError(f"the workbook must end in .xlsx: {out.name}", field="path")
    if not out.parent.is_dir():
        raise ValidationError(f"folder does not exist: {out.parent}", field="path")
    return _Exporter(session, options or ExportOptions(), progress, cancelled, delta).run(out)


def export_since_last(path: str | os.PathLike[str], *, session: Session, recipient: str,
                      options: ExportOptions | None = None, progress: ProgressFn | None = None,
                      cancelled: CancelFn | None = None) -> ExportSummary:
    """The rows added and changed since the last export to `recipient`, with a Changes sheet
    (casualtydb/io/since_last.py); remembers what they now hold. `options`: from
    `since_last.options_for` (the recipient's remembered ones). Run it through `writes.write`."""
    options = options or options_for(session, recipient)
    delta = Delta(session, recipient, options, Path(path).name)
    return export_workbook(path, session=session, options=options, progress=progress, cancelled=cancelled,
                           delta=delta)
