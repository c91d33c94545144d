"""Import claims from a spreadsheet: a casualtydb workbook's Claims sheet, or any .xlsx/.csv
with the documented columns.

The whole file is checked before anything is written: every problem is collected with the
file, row, column and reason, and if there is any, `ImportProblems` is raised and the
database is untouched. A valid file is written with Core bulk inserts (audited through
`audit.log_rows`, search index refreshed) in the caller's transaction, and the derived
figures of the touched incidents are refreshed.

Matching, so that importing a file twice adds nothing:
- incident: an existing incident id (a merged duplicate resolves to the incident it was merged
  into); an unknown id creates the incident with that id (workbooks carry ids); any other text is
  a label grouping the file's rows, and the incident it creates gets an id derived from the label,
  date and place, so the same rows find it again.
- source: its id, else its name (Arabic or English, any alias; normalised matching).
- report: its id, else the same source and URL, else the same source, title and publication date.
- claim: its id, else the same report, incident, category, group and figure.
"""

from __future__ import annotations

import re
import time as time_
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from .. import audit, search
from ..crossref.scan import refresh_incidents
from ..errors import CasualtyDBError, ValidationError
from ..models import (
    Actor,
    ActorRole,
    AuditAction,
    Category,
    Claim,
    DatePrecision,
    EventType,
    Grade,
    Incident,
    IncidentActor,
    IncidentPlace,
    LocationPrecision,
    PlaceLevel,
    Reliability,
    Report,
    Source,
    SourceKind,
    VictimGroup,
    utcnow,
)
from ..text.arabic import key as name_key
from . import vocab
from .gazetteer import PlaceIndex, PlaceInfo
from .readers import Table, read_table, read_xlsx, xlsx_sheet_names
from .redact import is_marker
from .sheets import CLAIMS, INCIDENTS, SOURCES, SheetSpec
from .cells import (
    Bad,
    cell_bool,
    cell_date,
    cell_datetime,
    cell_int,
    cell_limited,
    cell_term,
    cell_text,
    cell_url,
    cell_uuid,
)
from .vocab import _fold

# Ids of incidents created from a label: uuid5(IMPORT_NS, "label|date|place").
IMPORT_NS = uuid.UUID("6c1d3e2a-9b7f-4e55-8a0c-3f1e2d4b5a69")
BATCH = 5_000

REQUIRED_COLUMNS = ("incident", "category", "min", "source")
# Column keys this importer reads; headers may be these names (spaces or underscores), our own
# workbook's English or Arabic headers, or the aliases below.
COLUMNS = (
    "incident", "incident_date", "place", "category", "group", "min", "max", "approximate", "source", "published",
    "url", "quote", "incident_type", "actors", "report_title", "author", "language", "credibility",
    "source_reliability", "source_kind", "vague", "stated_at", "part_of", "claim_id", "report_id", "source_id",
    "relays_report", "relays", "victim_names", "witnesses", "report_notes",
)
ALIASES = {
    "incident": ("incident id", "incident label", "event", "event id"),
    "incident_date": ("date", "event date"),
    "group": ("victim group", "victims"),
    "published": ("published date", "publication date", "report date"),
    "report_title": ("title",),
    "source_reliability": ("reliability",),
    "quote": ("text", "excerpt"),
    "url": ("link", "report url"),
}
INFORMATIVE = {"place_name"}  # columns of our workbook that are read-only views of others

PRECISION_FOR_LEVEL = {
    PlaceLevel.NEIGHBOURHOOD: LocationPrecision.NEIGHBOURHOOD, PlaceLevel.COMMUNITY: LocationPrecision.TOWN,
    PlaceLevel.SUBDISTRICT: LocationPrecision.SUBDISTRICT, PlaceLevel.DISTRICT: LocationPrecision.DISTRICT,
    PlaceLevel.GOVERNORATE: LocationPrecision.GOVERNORATE,
}
_ROLE_RE = re.compile(r"^(?P<name>.*?)\s*\((?P<role>[^()]*)\)\s*$")
_LIST_SPLIT = re.compile(r"\s*[;؛]\s*")
_ARABIC = re.compile("[\u0621-\u064a]")

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


# ---------------------------------------------------------------------------------------------
# Problems and results


@dataclass(frozen=True)
class Problem:
    """One problem of an imported file. `reason` is English; `code` and `params` let an
    interface say it in its own language (MESSAGES holds the English templates)."""

    file: str
    row: int | None
    column: str | None
    reason: str
    code: str = ""
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.reason}"


class ImportProblems(CasualtyDBError):
    """The file has problems; nothing was written. `problems` lists every one."""

    def __init__(self, file: str, problems: list[Problem], rows: int) -> None:
        self.file = file
        self.problems = problems
        self.rows = rows
        super().__init__(self.summary())

    def summary(self) -> str:
        bad_rows = len({p.row for p in self.problems if p.row is not None})
        n = len(self.problems)
        return (f"{n} problem{'s' if n != 1 else ''} in {bad_rows} of {self.rows} rows; nothing was imported"
                if bad_rows else f"{n} problem{'s' if n != 1 else ''}; nothing was imported")


class ImportCancelled(CasualtyDBError):
    def __init__(self) -> None:
        super().__init__("import cancelled; nothing was written")


@dataclass
class ImportResult:
    file: str
    sheet: str | None
    rows: int = 0
    dry_run: bool = False
    incidents_added: int = 0
    incidents_existing: int = 0
    sources_added: int = 0
    reports_added: int = 0
    claims_added: int = 0
    claims_present: int = 0  # rows that matched a claim already in the database (or earlier in the file)
    ignored_columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    touched_incidents: list[uuid.UUID] = field(default_factory=list)
    figures_refreshed: bool = False
    seconds: dict[str, float] = field(default_factory=dict)  # read+check, resolve, write, search, figures

    def describe(self) -> str:
        verb = "would add" if self.dry_run else "added"
        lines = [f"{self.file}: {self.rows:,} rows checked" + (" (dry run: nothing written)" if self.dry_run else ""),
                 f"{verb}: {self.incidents_added:,} incidents, {self.sources_added:,} sources, "
                 f"{self.reports_added:,} reports, {self.claims_added:,} claims",
                 f"already present: {self.claims_present:,} claims; {self.incidents_existing:,} existing incidents "
                 "received claims or were matched"]
        if self.ignored_columns:
            lines.append(f"ignored columns: {', '.join(self.ignored_columns)}")
        lines += self.notes
        if self.figures_refreshed:
            lines.append(f"derived figures refreshed for {len(self.touched_incidents):,} incidents")
        return "\n".join(lines)


# Every problem an import can report: code → English template. The GUI translates the same
# templates (casualtydb/ui/pages/exchange.py); a test keeps both tables in step.
MESSAGES: dict[str, str] = {
    "missing_column": "missing column «{name}» (the header row must name it)",
    "not_whole": "not a whole number: «{value}»",
    "negative": "negative number: {value}",
    "bad_date": "not a date: «{value}» (write YYYY-MM-DD, or DD/MM/YYYY with the day first)",
    "bad_datetime": "not a date and time: «{value}» (write YYYY-MM-DD HH:MM, in UTC)",
    "bad_bool": "not yes/no: «{value}» (write TRUE or FALSE)",
    "bad_id": "not an id (UUID): «{value}»",
    # The reason is urls.clean_url's: what is wrong with this address (its scheme, the slashes, the
    # server name), not a fixed sentence that fits only some of them.
    "bad_url": "not a web address: «{value}» ({reason})",
    "url_server": "not a web address: «{value}» ({reason}; a server name looks like example.org)",
    "too_large": "too large a number: {value} (the largest a figure can be is {limit})",
    "too_long": "longer than {limit} characters",
    "unknown_category": "unknown category «{value}»; use one of: {choices}",
    "unknown_victim_group": "unknown victim group «{value}»; use one of: {choices}",
    "unknown_event_type": "unknown incident type «{value}»; use one of: {choices}",
    "unknown_credibility": "unknown credibility «{value}»; use one of: {choices}",
    "unknown_reliability": "unknown source reliability «{value}»; use one of: {choices}",
    "unknown_source_kind": "unknown source kind «{value}»; use one of: {choices}",
    "unknown_date_precision": "unknown date precision «{value}»; use one of: {choices}",
    "unknown_location_precision": "unknown location precision «{value}»; use one of: {choices}",
    "unknown_grade": "unknown grade «{value}»; use one of: {choices}",
    "unknown_place": "no place «{value}» in the gazetteer (give a P-code or a gazetteer name)",
    "ambiguous_place": "«{value}» names {count} places: {names}; give the P-code",
    "country_place": "«{value}» is a whole country: give at least a governorate",
    "unknown_actor": "unknown actor «{value}» (add it to the actors list first, or use a known name)",
    "ambiguous_actor": "«{value}» names {count} actors; use a more specific name",
    "empty_incident": "empty: give an incident id or a label shared by the rows of one incident",
    "empty_category": "empty: give one of {choices}",
    "empty_source": "empty: name the source that published the report",
    "empty_min": "empty: give the figure (or the vague wording, e.g. \"dozens\")",
    "max_without_min": "a maximum needs a minimum",
    "max_below_min": "{max} is below the minimum {min}",
    "incident_disagrees": "incident «{incident}» has {first} in row {other_row} but {value} here",
    "needs_incident_date": "empty: incident «{incident}» is not in the database, so it needs its date",
    "needs_place": "empty: incident «{incident}» is not in the database, so it needs its place",
    "ambiguous_source": "«{value}» matches {count} sources ({names}); use the source's exact name",
    "unknown_source_id": "unknown source id {value} and no source name",
    "report_of_other_source": "report {value} belongs to another source in the database",
    "unknown_report": "no report {value} in the file or the database",
    "unknown_source": "unknown source «{value}»",
    "unknown_claim": "no claim {value} in the file or the database",
    "end_before_start": "the end date {end} is before the start {start}",
}


def message(code: str, params: dict[str, Any]) -> str:
    try:
        return MESSAGES[code].format(**params)
    except (KeyError, IndexError):
        return code


# ---------------------------------------------------------------------------------------------
# Headers


def _header_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for col in COLUMNS:
        index[_fold(col)] = col
    for col, names in ALIASES.items():
        for n in names:
            index.setdefault(_fold(n), col)
    for c in CLAIMS.columns:
        for h in (c.en, c.ar):
            index[_fold(h)] = c.key
    return index


def map_header(header: Sequence[str], spec: SheetSpec | None = None) -> tuple[dict[str, int], list[str]]:
    """{column key: index} and the headers that mean nothing to the importer."""
    if spec is not None:
        index = {_fold(h): c.key for c in spec.columns for h in (c.en, c.ar)}
        index.update({_fold(c.key): c.key for c in spec.columns})
    else:
        index = _header_index()
    found: dict[str, int] = {}
    ignored: list[str] = []
    for i, h in enumerate(header):
        if not h:
            continue
        k = index.get(_fold(h))
        if k is None or k in found:
            ignored.append(h)
        elif k in INFORMATIVE:
            continue
        else:
            found[k] = i
    return found, ignored


# ---------------------------------------------------------------------------------------------
# Rows


@dataclass(slots=True)
class Row:
    n: int
    incident_text: str
    incident_uuid: uuid.UUID | None
    incident_date: date | None
    place: PlaceInfo | None
    incident_type: EventType | None
    actors: list[tuple[uuid.UUID, ActorRole]] | None
    category: Category
    group: VictimGroup
    min: int | None
    max: int | None
    approximate: bool
    vague: str | None
    quote: str | None
    credibility: int | None
    stated_at: datetime | None
    part_of: uuid.UUID | None
    claim_id: uuid.UUID | None
    report_id: uuid.UUID | None
    report_title: str | None
    author: str | None
    language: str | None
    published: date | None
    url: str | None
    source_text: str | None
    source_id: uuid.UUID | None
    source_reliability: Reliability | None
    source_kind: SourceKind | None
    relays_report: uuid.UUID | None
    relays: str | None
    victim_names: str | None
    witnesses: str | None
    report_notes: str | None
    # resolved later
    incident_id: uuid.UUID | None = None
    source: uuid.UUID | None = None
    report: uuid.UUID | None = None


class _Importer:
    def __init__(self, session: Session, path: Path, sheet: str | None, progress: ProgressFn | None,
                 cancelled: CancelFn | None) -> None:
        self.s = session
        self.path = path
        self.requested_sheet = sheet
        self.progress = progress
        self.cancelled = cancelled
        self.problems: list[Problem] = []
        self.file = path.name
        self.places = PlaceIndex.load(session)
        self._actors: dict[str, list[uuid.UUID]] | None = None
        self.workbook_sources: dict[uuid.UUID, dict[str, Any]] = {}
        self.workbook_incidents: dict[uuid.UUID, dict[str, Any]] = {}
        self.own_workbook = False
        self.total = 0

    # -- reading -------------------------------------------------------------------------------

    def problem(self, row: int | None, column: str | None, code: str, **params: Any) -> None:
        self.problems.append(Problem(self.file, row, column, message(code, params), code, params))

    def open(self) -> Table:
        suffix = self.path.suffix.lower()
        sheet = self.requested_sheet
        if suffix != ".csv" and self.path.is_file():
            names = xlsx_sheet_names(self.path)
            for lang in ("en", "ar"):
                if sheet is None and CLAIMS.name(lang) in names:
                    sheet = CLAIMS.name(lang)
                if sheet == CLAIMS.name(lang):
                    self.own_workbook = True
                    self._read_companions(names, lang)
                    break
        return read_table(self.path, sheet)

    # What the importer takes from a workbook's own Sources and Incidents sheets.
    COMPANION_FIELDS = {
        "source_id": ("name_ar", "name_en", "kind", "reliability", "url", "aliases", "notes", "contact"),
        "incident_id": ("end_date", "date_precision", "location_precision", "other_places", "grade",
                        "description_ar", "description_en", "notes"),
    }

    def _read_companions(self, names: list[str], lang: str) -> None:
        """A casualtydb workbook: details of sources and incidents from its own sheets."""
        for spec, target, id_key in ((SOURCES, self.workbook_sources, "source_id"),
                                     (INCIDENTS, self.workbook_incidents, "incident_id")):
            if spec.name(lang) not in names:
                continue
            table = read_xlsx(self.path, spec.name(lang))
            cols, _ = map_header(table.header, spec=spec)
            if id_key not in cols:
                continue
            wanted = [(k, cols[k]) for k in self.COMPANION_FIELDS[id_key] if k in cols]
            wanted.append((id_key, cols[id_key]))
            for _, cells in table.rows:
                values = {k: cells[i] for k, i in wanted if i < len(cells) and cells[i] not in (None, "")}
                try:
                    rid = cell_uuid(values.get(id_key))
                except Bad:
                    continue
                if rid is not None:
                    target[rid] = values

    # -- parsing -------------------------------------------------------------------------------

    def parse(self, table: Table) -> list[Row]:
        cols, ignored = map_header(table.header)
        self.ignored = ignored
        missing = [c for c in REQUIRED_COLUMNS if c not in cols]
        if "min" in missing and "vague" in cols:
            missing.remove("min")
        if "source" in missing and "source_id" in cols:
            missing.remove("source")
        for c in missing:
            self.problem(1, c, "missing_column", name=c)
        if missing:
            return []
        rows: list[Row] = []
        self.row_count = 0
        parsers = self._parsers()
        plan = [(key, cols[key], parsers[key]) for key in COLUMNS if key in cols]
        self._row_problems = 0
        self.total = max(table.total - (2 if table.hxl else 1), 0)
        for n, cells in table.rows:
            self.row_count += 1
            if self.row_count % 1000 == 0:
                self._tick(self.row_count)
            row = self._parse_row(n, cells, plan)
            if row is not None:
                rows.append(row)
        return rows

    def _tick(self, done: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(done, max(self.total, done) if self.total else 0)

    def _parsers(self) -> dict[str, Callable[[Any], Any]]:
        """One parser per column; those whose values repeat down a sheet remember their answers."""
        return {
            "incident": cell_text, "incident_date": _memo(cell_date), "min": cell_int, "max": cell_int,
            "category": _memo(lambda x: cell_term(vocab.CATEGORY, x)),
            "group": _memo(lambda x: cell_term(vocab.VICTIM_GROUP, x)),
            "approximate": _memo(cell_bool), "vague": lambda x: cell_limited(x, 200, "vague wording"), "quote": cell_text,
            "credibility": _memo(lambda x: cell_term(vocab.CREDIBILITY, x)), "stated_at": cell_datetime,
            "part_of": cell_uuid, "claim_id": cell_uuid, "report_id": _memo(cell_uuid),
            "report_title": lambda x: cell_limited(x, 1000, "title"), "author": lambda x: cell_limited(x, 300, "author"),
            "language": _memo(lambda x: cell_limited(x, 10, "language code")), "published": _memo(cell_date), "url": cell_url,
            "source": _memo(lambda x: cell_limited(x, 300, "source name")), "source_id": _memo(cell_uuid),
            "source_reliability": _memo(lambda x: cell_term(vocab.RELIABILITY, x)),
            "source_kind": _memo(lambda x: cell_term(vocab.SOURCE_KIND, x)),
            "incident_type": _memo(lambda x: cell_term(vocab.EVENT_TYPE, x)), "relays_report": _memo(cell_uuid),
            "relays": cell_text, "victim_names": cell_text, "witnesses": cell_text, "report_notes": cell_text,
            "place": _memo(self._place), "actors": _memo(self._actors_of),
        }

    def _parse_row(self, n: int, cells: list[Any], plan: list[tuple[str, int, Callable[[Any], Any]]]) -> Row | None:
        ok = True
        out: dict[str, Any] = dict.fromkeys(COLUMNS)
        width = len(cells)
        bad: set[str] = set()
        for column, i, parser in plan:
            if i >= width:
                continue
            raw = cells[i]
            if raw is None or raw == "":
                continue
            try:
                out[column] = parser(raw)
            except Bad as exc:
                self.problem(n, column, exc.code, **exc.params)
                bad.add(column)
                ok = False

        if out["incident"] is None:
            self.problem(n, "incident", "empty_incident")
            ok = False
        if out["category"] is None and "category" not in bad:
            self.problem(n, "category", "empty_category", choices=", ".join(vocab.CATEGORY.labels("en")),
                         choices_ar="، ".join(vocab.CATEGORY.labels("ar")))
            ok = False
        if out["source"] is None and out["source_id"] is None:
            self.problem(n, "source", "empty_source")
            ok = False
        low, high = out["min"], out["max"]
        if low is None and out["vague"] is None and "min" not in bad:
            self.problem(n, "min", "empty_min")
            ok = False
        if high is not None and low is None and "min" not in bad:
            self.problem(n, "max", "max_without_min")
            ok = False
        if high is not None and low is not None and high < low:
            self.problem(n, "max", "max_below_min", max=high, min=low)
            ok = False
        if not ok:
            return None
        incident_text = out["incident"]
        try:
            incident_uuid = uuid.UUID(incident_text)
        except ValueError:
            incident_uuid = None
        return Row(
            n=n, incident_text=incident_text, incident_uuid=incident_uuid, incident_date=out["incident_date"],
            place=out["place"], incident_type=EventType(out["incident_type"]) if out["incident_type"] else None,
            actors=out["actors"], category=Category(out["category"]),
            group=VictimGroup(out["group"]) if out["group"] else VictimGroup.UNKNOWN,
            min=low, max=high, approximate=bool(out["approximate"]), vague=out["vague"], quote=out["quote"],
            credibility=out["credibility"], stated_at=out["stated_at"], part_of=out["part_of"],
            claim_id=out["claim_id"], report_id=out["report_id"], report_title=out["report_title"],
            author=out["author"], language=out["language"], published=out["published"], url=out["url"],
            source_text=out["source"], source_id=out["source_id"],
            source_reliability=Reliability(out["source_reliability"]) if out["source_reliability"] else None,
            source_kind=SourceKind(out["source_kind"]) if out["source_kind"] else None,
            relays_report=out["relays_report"], relays=out["relays"], victim_names=out["victim_names"],
            witnesses=out["witnesses"], report_notes=out["report_notes"])

    def _place(self, value: Any) -> PlaceInfo | None:
        text = cell_text(value)
        if text is None:
            return None
        try:
            place = self.places.resolve(text)
        except ValueError as exc:
            raise Bad(exc.args[0], **exc.args[1]) from None
        if place.level == PlaceLevel.COUNTRY:
            raise Bad("country_place", value=text)
        return place

    def _actor_index(self) -> dict[str, list[uuid.UUID]]:
        if self._actors is None:
            index: dict[str, list[uuid.UUID]] = defaultdict(list)
            for aid, ar, en, aliases in self.s.execute(select(Actor.id, Actor.name_ar, Actor.name_en, Actor.aliases)):
                for name in {ar, en, *(aliases or [])} - {None, ""}:
                    k = name_key(name)
                    if k and aid not in index[k]:
                        index[k].append(aid)
            self._actors = index
        return self._actors

    def _actors_of(self, value: Any) -> list[tuple[uuid.UUID, ActorRole]] | None:
        text = cell_text(value)
        if text is None:
            return None
        out: list[tuple[uuid.UUID, ActorRole]] = []
        index = self._actor_index()
        for part in _LIST_SPLIT.split(text):
            if not part:
                continue
            name, role = part, ActorRole.ALLEGED
            m = _ROLE_RE.match(part)
            if m and vocab.ACTOR_ROLE.parse(m["role"]) is not None:
                name, role = m["name"], ActorRole(vocab.ACTOR_ROLE.parse(m["role"]))
            ids = index.get(name_key(name), [])
            if not ids:
                raise Bad("unknown_actor", value=name)
            if len(ids) > 1:
                raise Bad("ambiguous_actor", value=name, count=len(ids))
            if (ids[0], role) not in out:
                out.append((ids[0], role))
        return out

    # -- resolving -----------------------------------------------------------------------------

    def resolve(self, rows: list[Row]) -> _Plan:
        plan = _Plan()
        self._resolve_incidents(rows, plan)
        self._resolve_sources(rows, plan)
        self._resolve_reports(rows, plan)
        self._resolve_claims(rows, plan)
        return plan

    def _resolve_incidents(self, rows: list[Row], plan: _Plan) -> None:
        groups: dict[str, list[Row]] = defaultdict(list)
        for r in rows:
            groups[r.incident_text if r.incident_uuid is None else str(r.incident_uuid)].append(r)
        uuids = {r.incident_uuid for r in rows if r.incident_uuid is not None}
        existing = self._existing_incidents(uuids)
        # First pass: what each group says, and the id it means.
        wanted: list[tuple[str, list[Row], uuid.UUID, dict[str, Any]]] = []
        for text, members in groups.items():
            first = members[0]
            agreed: dict[str, Any] = {}
            for attr in ("incident_date", "place", "incident_type", "actors"):
                for r in members:
                    value = getattr(r, attr)
                    if value is None:
                        continue
                    if attr not in agreed:
                        agreed[attr] = (value, r.n)
                    elif _comparable(value) != _comparable(agreed[attr][0]):
                        self.problem(r.n, attr, "incident_disagrees", incident=text, first=_show(agreed[attr][0]),
                                     other_row=agreed[attr][1], value=_show(value))
            if first.incident_uuid is not None and first.incident_uuid in existing:
                wanted.append((text, members, existing[first.incident_uuid], {}))
                continue
            date_ = agreed.get("incident_date", (None,))[0]
            place = agreed.get("place", (None,))[0]
            missing = [c for c, val in (("incident_date", date_), ("place", place)) if val is None]
            for c in missing:
                self.problem(first.n, c, f"needs_{c}", incident=text)
            if missing:
                continue
            iid = first.incident_uuid or uuid.uuid5(IMPORT_NS, f"{_fold(text)}|{date_.isoformat()}|{place.id}")
            wanted.append((text, members, iid, agreed))
        # Label-derived ids already in the database (an earlier import of the same rows).
        present = set(existing.values())
        candidates = [iid for _, _, iid, agreed in wanted if agreed and iid not in present]
        for chunk in _chunks(candidates):
            present.update(self.s.scalars(select(Incident.id).where(Incident.id.in_(chunk))))
        for _text_, members, iid, agreed in wanted:
            if iid in present:
                plan.existing_incidents.add(iid)
            elif iid not in plan.new_incident_ids:
                plan.add_incident(self, iid, agreed["incident_date"][0], agreed["place"][0],
                                  agreed.get("incident_type", (None,))[0], agreed.get("actors", (None,))[0],
                                  members[0].n)
            for r in members:
                r.incident_id = iid

    def _existing_incidents(self, ids: set[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
        """id → the live incident it means (a merged duplicate means the incident it went into)."""
        out: dict[uuid.UUID, uuid.UUID] = {}
        merged: dict[uuid.UUID, uuid.UUID] = {}
        for chunk in _chunks(list(ids)):
            for iid, into in self.s.execute(select(Incident.id, Incident.merged_into_id).where(Incident.id.in_(chunk))):
                out[iid] = iid
                if into is not None:
                    merged[iid] = into
        for iid, into in merged.items():
            seen = {iid}
            while into is not None and into not in seen:
                seen.add(into)
                out[iid] = into
                into = self.s.scalar(select(Incident.merged_into_id).where(Incident.id == into))
        return out

    def _resolve_sources(self, rows: list[Row], plan: _Plan) -> None:
        by_id: dict[uuid.UUID, Any] = {}
        by_key: dict[str, list[uuid.UUID]] = defaultdict(list)
        by_key_alias: dict[uuid.UUID, uuid.UUID] = {}
        for row in self.s.execute(select(Source.id, Source.name_ar, Source.name_en, Source.aliases)):
            by_id[row.id] = row
            for name in {row.name_ar, row.name_en, *(row.aliases or [])} - {None, ""}:
                k = name_key(name)
                if k and row.id not in by_key[k]:
                    by_key[k].append(row.id)
        for r in rows:
            if r.source_id is not None and r.source_id in by_id:
                r.source = r.source_id
                continue
            # An unknown id (a workbook from another database) or none: the name decides.
            name = r.source_text
            if name is None and r.source_id is not None:
                name = cell_text(self.workbook_sources.get(r.source_id, {}).get("name_ar"))
            key = name_key(name) if name else ""
            if key:
                ids = by_key.get(key, [])
                if len(ids) > 1:
                    names = "; ".join(by_id[i].name_ar for i in ids if by_id.get(i) is not None)
                    self.problem(r.n, "source", "ambiguous_source", value=name, count=len(ids), names=names)
                    continue
                if ids:
                    r.source = ids[0]
                    if r.source_id is not None:
                        by_id[r.source_id] = by_id.get(ids[0])
                        by_key_alias[r.source_id] = ids[0]
                    continue
            if r.source_id is not None and r.source_id in by_key_alias:
                r.source = by_key_alias[r.source_id]
                continue
            new_id = r.source_id or (plan.source_by_key.get(key) if key else None) or uuid.uuid4()
            if new_id not in plan.new_sources:
                details = self.workbook_sources.get(new_id, {})
                name_ar = cell_text(details.get("name_ar"))
                name_en = cell_text(details.get("name_en"))
                if not name_ar and not name_en:
                    if not r.source_text:
                        self.problem(r.n, "source_id", "unknown_source_id", value=str(new_id))
                        continue
                    if _ARABIC.search(r.source_text):
                        name_ar = r.source_text
                    else:
                        name_en = r.source_text
                try:
                    kind = cell_term(vocab.SOURCE_KIND, details.get("kind")) or r.source_kind or SourceKind.OTHER
                    reliability = (cell_term(vocab.RELIABILITY, details.get("reliability")) or r.source_reliability
                                   or Reliability.F)
                    aliases = [a for a in _LIST_SPLIT.split(cell_text(details.get("aliases")) or "") if a]
                    url = cell_url(details.get("url"))
                except Bad as exc:
                    self.problem(None, "Sources sheet", exc.code, **exc.params)
                    continue
                plan.new_sources[new_id] = {
                    "id": new_id, "name_ar": name_ar or name_en, "name_en": name_en, "aliases": aliases,
                    "kind": SourceKind(kind), "reliability": Reliability(reliability), "url": url,
                    "notes": _notes(details.get("notes")), "contact": cell_text(details.get("contact")),
                    "notes_sensitive": _notes(details.get("notes")) is not None,
                }
                for name in {name_ar, name_en, *aliases} - {None, ""}:
                    k = name_key(name)
                    if k:
                        by_key[k].append(new_id)
                        plan.source_by_key[k] = new_id
                by_id[new_id] = None
            r.source = new_id

    def _resolve_reports(self, rows: list[Row], plan: _Plan) -> None:
        report_ids = {r.report_id for r in rows if r.report_id is not None}
        report_ids |= {r.relays_report for r in rows if r.relays_report is not None}
        existing_ids: dict[uuid.UUID, uuid.UUID] = {}
        for chunk in _chunks(list(report_ids)):
            existing_ids.update(self.s.execute(select(Report.id, Report.source_id).where(Report.id.in_(chunk))).all())
        urls = {r.url for r in rows if r.url and r.report_id not in existing_ids}
        by_url: dict[tuple[uuid.UUID, str], uuid.UUID] = {}
        for chunk in _chunks(list(urls)):
            for rid, sid, url in self.s.execute(select(Report.id, Report.source_id, Report.url)
                                                .where(Report.url.in_(chunk))):
                by_url.setdefault((sid, url), rid)
        titled = {(r.source, r.report_title, r.published) for r in rows
                  if not r.url and r.report_id not in existing_ids and r.source is not None}
        by_title: dict[tuple[Any, ...], uuid.UUID] = {}
        sources = list({k[0] for k in titled})
        for chunk in _chunks(sources):
            for rid, sid, title, published in self.s.execute(
                    select(Report.id, Report.source_id, Report.title, Report.published_date)
                    .where(Report.source_id.in_(chunk), Report.url.is_(None))):
                by_title.setdefault((sid, title, published), rid)
        for r in rows:
            if r.source is None:
                continue
            if r.report_id is not None and r.report_id in existing_ids:
                if existing_ids[r.report_id] != r.source:
                    self.problem(r.n, "report_id", "report_of_other_source", value=str(r.report_id))
                    continue
                r.report = r.report_id
                plan.existing_reports.add(r.report_id)
                continue
            k = (r.source, r.url) if r.url else (r.source, r.report_title, r.published)
            found = by_url.get(k) if r.url else by_title.get(k)  # type: ignore[arg-type]
            if found is not None:
                r.report = found
                plan.existing_reports.add(found)
                if r.report_id is not None:
                    plan.report_alias[r.report_id] = found
                continue
            rid = r.report_id or plan.report_by_key.get(k)
            if rid is None:
                rid = uuid.uuid4()
            if rid not in plan.new_reports:
                plan.new_reports[rid] = {
                    "id": rid, "source_id": r.source, "title": r.report_title, "author": r.author,
                    "published_date": r.published, "published_time": None, "url": r.url, "language": r.language,
                    "text": None, "retrieved_at": None, "relays_report_id": None, "relays_source_id": None,
                    "notes": _notes(r.report_notes), "notes_sensitive": _notes(r.report_notes) is not None,
                    "_row": r,
                }
                plan.report_by_key.setdefault(k, rid)
            r.report = rid
        # Relays, once every report of the file has its id.
        for rid, values in plan.new_reports.items():
            r = values.pop("_row")
            if r.relays_report is not None:
                target = plan.report_alias.get(r.relays_report, r.relays_report)
                if target in existing_ids or target in plan.new_reports or target in plan.existing_reports:
                    if target != rid:
                        values["relays_report_id"] = target
                else:
                    self.problem(r.n, "relays_report", "unknown_report", value=str(r.relays_report))
            elif r.relays:
                k = name_key(r.relays)
                sid = plan.source_by_key.get(k) or self._source_named(k)
                if sid is None:
                    self.problem(r.n, "relays", "unknown_source", value=r.relays)
                else:
                    values["relays_source_id"] = sid

    def _source_named(self, k: str) -> uuid.UUID | None:
        for sid, ar, en, aliases in self.s.execute(select(Source.id, Source.name_ar, Source.name_en, Source.aliases)):
            if k in {name_key(n) for n in {ar, en, *(aliases or [])} - {None, ""}}:
                return sid
        return None

    def _resolve_claims(self, rows: list[Row], plan: _Plan) -> None:
        claim_ids = {r.claim_id for r in rows if r.claim_id} | {r.part_of for r in rows if r.part_of}
        existing_claims: set[uuid.UUID] = set()
        for chunk in _chunks(list(claim_ids)):
            existing_claims.update(self.s.scalars(select(Claim.id).where(Claim.id.in_(chunk))))
        figures: set[tuple[Any, ...]] = set()
        for chunk in _chunks(list(plan.existing_reports)):
            for row in self.s.execute(select(Claim.report_id, Claim.incident_id, Claim.category, Claim.victim_group,
                                             Claim.min, Claim.max, Claim.approximate, Claim.vague)
                                      .where(Claim.report_id.in_(chunk))):
                figures.add((row.report_id, row.incident_id, Category(row.category), VictimGroup(row.victim_group),
                             row.min, row.max, bool(row.approximate), row.vague))
        new_ids = {r.claim_id for r in rows if r.claim_id and r.claim_id not in existing_claims}
        for r in rows:
            if r.report is None or r.incident_id is None:
                continue
            if r.claim_id is not None and r.claim_id in existing_claims:
                plan.claims_present += 1
                continue
            figure = (r.report, r.incident_id, r.category, r.group, r.min, r.max, r.approximate, r.vague)
            if figure in figures:
                plan.claims_present += 1
                continue
            figures.add(figure)
            if r.part_of is not None and r.part_of not in existing_claims and r.part_of not in new_ids:
                self.problem(r.n, "part_of", "unknown_claim", value=str(r.part_of))
                continue
            plan.new_claims.append((r.claim_id or uuid.uuid4(), r))
            plan.touched.add(r.incident_id)


def _notes(value: Any) -> str | None:
    """Notes worth keeping: not empty and not the marker a redacted export put in their place."""
    text = cell_text(value)
    if text is None or is_marker(text):
        return None
    return text


def _comparable(value: Any) -> Any:
    if isinstance(value, PlaceInfo):
        return value.id
    if isinstance(value, list):
        return sorted((str(a), str(b)) for a, b in value)
    return value


def _show(value: Any) -> str:
    if isinstance(value, PlaceInfo):
        return f"place «{value.ref}»"
    if isinstance(value, list):
        return "other actors"
    return f"«{value}»"


def _memo(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`parse` for values that repeat down a column (dates, names, categories): each distinct
    value is parsed once, its problem too."""
    cache: dict[Any, tuple[bool, Any]] = {}

    def parsed(value: Any) -> Any:
        key = (type(value), value)
        hit = cache.get(key)
        if hit is None:
            try:
                hit = (True, parse(value))
            except Bad as exc:
                hit = (False, exc)
            cache[key] = hit
        if hit[0]:
            return hit[1]
        raise hit[1]

    return parsed


def _chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


# ---------------------------------------------------------------------------------------------
# The plan and the writing


class _Plan:
    def __init__(self) -> None:
        self.new_incidents: list[dict[str, Any]] = []
        self.new_incident_ids: set[uuid.UUID] = set()
        self.new_places: list[dict[str, Any]] = []
        self.new_actors: list[dict[str, Any]] = []
        self.existing_incidents: set[uuid.UUID] = set()
        self.new_sources: dict[uuid.UUID, dict[str, Any]] = {}
        self.source_by_key: dict[str, uuid.UUID] = {}
        self.new_reports: dict[uuid.UUID, dict[str, Any]] = {}
        self.report_by_key: dict[tuple[Any, ...], uuid.UUID] = {}
        self.report_alias: dict[uuid.UUID, uuid.UUID] = {}  # a file's report id → the existing report
        self.existing_reports: set[uuid.UUID] = set()
        self.new_claims: list[tuple[uuid.UUID, Row]] = []  # rows become dicts batch by batch
        self.claims_present = 0
        self.touched: set[uuid.UUID] = set()

    def add_incident(self, imp: _Importer, iid: uuid.UUID, start: date, place: PlaceInfo, event_type: EventType | None,
                     actors: list[tuple[uuid.UUID, ActorRole]] | None, row: int) -> None:
        details = imp.workbook_incidents.get(iid, {})
        try:
            end = cell_date(details.get("end_date"))
            precision = cell_term(vocab.DATE_PRECISION, details.get("date_precision"))
            loc_precision = cell_term(vocab.LOCATION_PRECISION, details.get("location_precision"))
            grade = cell_term(vocab.GRADE, details.get("grade"))
        except Bad as exc:
            imp.problem(row, "Incidents sheet", exc.code, **exc.params)
            return
        if end is not None and end < start:
            imp.problem(row, "Incidents sheet", "end_before_start", end=end.isoformat(), start=start.isoformat())
            return
        self.new_incident_ids.add(iid)
        self.new_incidents.append({
            "id": iid, "start_date": start, "end_date": end, "month": start.strftime("%Y-%m"),
            "date_precision": DatePrecision(precision) if precision else DatePrecision.DAY,
            "event_type": event_type or EventType.OTHER,
            "description_ar": cell_text(details.get("description_ar")), "description_en": cell_text(details.get("description_en")),
            "notes": _notes(details.get("notes")), "notes_sensitive": _notes(details.get("notes")) is not None,
            "grade": Grade(grade) if grade else None, "grade_reasons": None, "grade_accepted_by": None,
            "grade_accepted_at": None, "merged_into_id": None,
        })
        precision_ = LocationPrecision(loc_precision) if loc_precision else PRECISION_FOR_LEVEL.get(
            place.level, LocationPrecision.TOWN)
        self.new_places.append({"id": uuid.uuid4(), "incident_id": iid, "place_id": place.id, "is_primary": True,
                                "precision": precision_})
        seen = {place.id}
        for name in _LIST_SPLIT.split(cell_text(details.get("other_places")) or ""):
            if not name:
                continue
            found = imp.places.lookup(name)
            if not found:
                imp.problem(row, "Incidents sheet", "unknown_place", value=name)
                continue
            other = found[0]
            if other.id in seen:
                continue
            seen.add(other.id)
            self.new_places.append({"id": uuid.uuid4(), "incident_id": iid, "place_id": other.id, "is_primary": False,
                                    "precision": PRECISION_FOR_LEVEL.get(other.level, LocationPrecision.TOWN)})
        for actor_id, role in actors or []:
            self.new_actors.append({"id": uuid.uuid4(), "incident_id": iid, "actor_id": actor_id, "role": role,
                                    "report_id": None})


def _claim_values(cid: uuid.UUID, r: Row) -> dict[str, Any]:
    return {"id": cid, "report_id": r.report, "incident_id": r.incident_id, "category": r.category,
            "victim_group": r.group, "min": r.min, "max": r.max, "approximate": r.approximate, "vague": r.vague,
            "quote": r.quote, "span_start": None, "span_end": None, "credibility": r.credibility,
            "part_of_id": r.part_of, "stated_at": r.stated_at, "victim_names": r.victim_names,
            "witnesses": r.witnesses}


def _write(session: Session, plan: _Plan, context: str, clock: _Clock) -> None:
    conn = session.connection()
    user = session.info.get("user") or audit.current_user()
    now = utcnow()
    book = {"created_at": now, "updated_at": now, "created_by": user, "updated_by": user, "version": 1}

    def put(model: Any, rows: Iterable[dict[str, Any]]) -> None:
        """Insert and audit in batches: memory stays at one batch whatever the file's size."""
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append({**row, **book})
            if len(batch) == BATCH:
                flush(model, batch)
                batch = []
        if batch:
            flush(model, batch)

    def flush(model: Any, batch: list[dict[str, Any]]) -> None:
        conn.execute(insert(model.__table__), batch)
        audit.log_rows(conn, model.__tablename__, AuditAction.INSERT, ((r["id"], None, r) for r in batch),
                       user=user, context=context)

    put(Source, plan.new_sources.values())
    put(Incident, plan.new_incidents)
    put(IncidentPlace, plan.new_places)
    put(IncidentActor, plan.new_actors)
    # A relayed report before the report relaying it (foreign keys are checked per statement).
    reports = plan.new_reports
    put(Report, (r for r in reports.values() if r["relays_report_id"] not in reports))
    put(Report, (r for r in reports.values() if r["relays_report_id"] in reports))
    # A claim before its breakdowns ("of whom 8 children"): parts point at rows already written.
    new_ids = {cid for cid, _ in plan.new_claims}
    pending = plan.new_claims
    done: set[uuid.UUID] = set()
    while pending:
        ready = [(cid, r) for cid, r in pending
                 if r.part_of is None or r.part_of not in new_ids or r.part_of in done]
        if not ready:  # a cycle of part_of: break it rather than loop
            cid, r = pending[0]
            r.part_of = None
            ready = [(cid, r)]
        put(Claim, (_claim_values(cid, r) for cid, r in ready))
        done.update(cid for cid, _ in ready)
        if len(ready) == len(pending):
            break
        ready_ids = {cid for cid, _ in ready}
        pending = [(cid, r) for cid, r in pending if cid not in ready_ids]

    clock.lap("write")
    for kind, ids in (("source", list(plan.new_sources)), ("incident", [i["id"] for i in plan.new_incidents]),
                      ("report", list(plan.new_reports))):
        if ids:
            search.reindex(session=session, kind=kind, ids=ids)
    clock.lap("search index")


def _refresh(session: Session, incident_ids: list[uuid.UUID]) -> bool:
    """Recompute the derived figures of the incidents that got claims (cross-referencing engine)."""
    if incident_ids:
        refresh_incidents(session=session, incident_ids=incident_ids)
    return True


def import_spreadsheet(path: str | Path, *, session: Session, dry_run: bool = False, sheet: str | None = None,
                       progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> ImportResult:
    """Check the file, then (unless `dry_run`) add what the database lacks.

    Raises ImportProblems listing every problem (nothing written), ValidationError for a file
    that cannot be read at all. Transaction: the caller's; this function never commits.
    `progress(done, total)` gets total 0 while the row count is unknown."""
    p = Path(path)
    clock = _Clock()
    imp = _Importer(session, p, sheet, progress, cancelled)
    table = imp.open()
    rows = imp.parse(table)
    row_count = getattr(imp, "row_count", 0)
    clock.lap("read and check")
    if not imp.problems:
        plan = imp.resolve(rows)
        clock.lap("match")
    if imp.problems:
        problems = sorted(imp.problems, key=lambda pr: (pr.row if pr.row is not None else 0, pr.column or ""))
        raise ImportProblems(imp.file, problems, row_count)
    if row_count == 0:
        raise ValidationError("no data rows under the header", file=imp.file)
    result = ImportResult(
        file=imp.file, sheet=table.sheet, rows=row_count, dry_run=dry_run,
        incidents_added=len(plan.new_incidents), incidents_existing=len(plan.existing_incidents),
        sources_added=len(plan.new_sources), reports_added=len(plan.new_reports),
        claims_added=len(plan.new_claims), claims_present=plan.claims_present,
        ignored_columns=imp.ignored, touched_incidents=sorted(plan.touched))
    if imp.own_workbook:
        result.notes.append("read as a casualtydb workbook (sources and incidents completed from its sheets)")
    result.seconds = clock.laps
    if dry_run:
        return result
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    _write(session, plan, session.info.get("context") or f"import {imp.file}", clock)
    result.figures_refreshed = _refresh(session, result.touched_incidents)
    clock.lap("derived figures")
    if progress is not None:
        progress(row_count, row_count)
    return result


class _Clock:
    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self.t = time_.perf_counter()

    def lap(self, name: str) -> None:
        now = time_.perf_counter()
        self.laps[name] = now - self.t
        self.t = now
