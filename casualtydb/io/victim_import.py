"""Import a victim list: one row per mention of a person, recognised by its columns.

A victim list has `name` (the full name as written) or name parts (`given`, `father`,
`grandfather`, `family`), and none of the claim importer's figure columns. Optional:
`mention_id` (the list's own row id, kept on the mention), `sex`, `age`, `age_group`, `status`,
`fate`, `date`, `place`, `cause`, `source`, `incident`, `url`, `occupation`, `residence`,
`laqab`, `kunya`, `notes`, and `person_id` / `record_id` (our own Victims sheet's ids: rows
with one person id are one person; a record id is the mention's id).

Like the claim importer: the whole file is checked first and every problem named with file, row
and column (`ImportProblems`, nothing written); a valid file is written with Core bulk inserts,
audited with `audit.log_rows`, in the caller's transaction. Importing a file twice adds
nothing: a mention is found again by its record id, else by its source and mention_id, else by
the same name, date, place, age and sex from the same source. Each new mention starts as a
person of its own unless `person_id` says otherwise; matching proposes, people decide.

Text is stored as written; a place not in the gazetteer is kept as text (counted in the
result), an incident that is not an id is kept as the mention's incident label."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from .. import audit, search
from ..models import (
    AgeGroup,
    AuditAction,
    CivilianStatus,
    Fate,
    Incident,
    Mention,
    Person,
    Reliability,
    Sex,
    Source,
    SourceKind,
    utcnow,
)
from ..models.person import CHILD_UNDER, derived_keys
from ..text.arabic import key as name_key
from ..text.arabic import normalize as _fold
from ..text.arabic import parse_int, to_ascii_digits
from .gazetteer import PlaceIndex
from .readers import Table, read_table, xlsx_sheet_names
from .cells import Bad, cell_date, cell_text, cell_url, cell_uuid
from .spreadsheet_import import ImportProblems, Problem

BATCH = 5_000
NAME_PARTS = ("given", "father", "grandfather", "family")
COLUMNS = ("name", *NAME_PARTS, "laqab", "kunya", "mention_id", "person_id", "record_id", "sex", "age", "age_group",
           "status", "fate", "date", "place", "cause", "source", "incident", "url", "occupation", "residence", "notes")
# Headers lists use, in both languages (folded before comparing); our Victims sheet's headers too.
ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("full name", "victim", "victim name", "الاسم", "الاسم الكامل", "اسم الضحية", "الاسم الثلاثي"),
    "given": ("first name", "given name", "الاسم الأول", "الاسم الاول"),
    "father": ("father name", "father's name", "fathers name", "اسم الأب", "اسم الاب"),
    "grandfather": ("grandfather name", "grandfather's name", "اسم الجد"),
    "family": ("family name", "last name", "surname", "tribe", "اسم العائلة", "العائلة", "الكنية", "الشهرة"),
    "laqab": ("nickname", "اللقب"),
    "kunya": ("الكنية (أبو/أم)", "أبو/أم"),
    "mention_id": ("mention id", "list id", "row id", "معرف القائمة"),
    "person_id": ("person id", "معرف الشخص"),
    "record_id": ("record id", "معرف السجل"),
    "sex": ("gender", "الجنس"),
    "age": ("العمر",),
    "age_group": ("age group", "الفئة العمرية"),
    "status": ("civilian status", "الصفة", "الوضع"),
    "fate": ("what happened", "المصير"),
    "date": ("date of death", "date of incident", "التاريخ", "تاريخ الوفاة", "تاريخ الحادثة"),
    "place": ("place of death", "location", "المكان", "مكان الوفاة", "مكان الحادثة"),
    "cause": ("cause of death", "السبب", "سبب الوفاة"),
    "source": ("list", "المصدر", "القائمة"),
    "incident": ("incident id", "الحادثة", "معرف الحادثة"),
    "url": ("link", "الرابط"),
    "occupation": ("المهنة",),
    "residence": ("place of residence", "مكان الإقامة", "الإقامة"),
    "notes": ("ملاحظات",),
}
# Columns that make a sheet a list of figures (claims), not of people.
CLAIM_COLUMNS = frozenset({"category", "min", "max", "vague", "claim id", "claim_id"})
VICTIMS_SHEET = {"en": "Victims", "ar": "الضحايا"}

SEX_WORDS = {"male": Sex.MALE, "m": Sex.MALE, "man": Sex.MALE, "boy": Sex.MALE, "ذكر": Sex.MALE, "ذ": Sex.MALE,
             "رجل": Sex.MALE, "female": Sex.FEMALE, "f": Sex.FEMALE, "woman": Sex.FEMALE, "girl": Sex.FEMALE,
             "انثي": Sex.FEMALE, "ا": Sex.FEMALE, "ث": Sex.FEMALE, "امراه": Sex.FEMALE}
STATUS_WORDS = {"civilian": CivilianStatus.CIVILIAN, "مدني": CivilianStatus.CIVILIAN,
                "combatant": CivilianStatus.COMBATANT, "عسكري": CivilianStatus.COMBATANT,
                "مقاتل": CivilianStatus.COMBATANT, "unknown": CivilianStatus.UNKNOWN,
                "غير معروف": CivilianStatus.UNKNOWN, "مجهول": CivilianStatus.UNKNOWN}
FATE_WORDS = {"killed": Fate.KILLED, "dead": Fate.KILLED, "قتيل": Fate.KILLED, "قتل": Fate.KILLED,
              "شهيد": Fate.KILLED, "متوفي": Fate.KILLED, "injured": Fate.INJURED, "wounded": Fate.INJURED,
              "جريح": Fate.INJURED, "مصاب": Fate.INJURED, "missing": Fate.MISSING, "مفقود": Fate.MISSING,
              "detained": Fate.DETAINED, "arrested": Fate.DETAINED, "معتقل": Fate.DETAINED, "محتجز": Fate.DETAINED}
AGE_GROUP_WORDS = {"child": AgeGroup.CHILD, "طفل": AgeGroup.CHILD, "قاصر": AgeGroup.CHILD,
                   "adult": AgeGroup.ADULT, "بالغ": AgeGroup.ADULT}
_AGE_RE = re.compile(r"^(\d{1,3})\s*(years?|yrs?|y|عام|عاما|اعوام|سنه|سنوات|سنين)?$")
_MONTHS_RE = re.compile(r"^(\d{1,2})\s*(months?|شهر|شهرا|اشهر)$")

MESSAGES = {
    "no_name": "empty: give the name (or its parts: given, father, grandfather, family)",
    "unknown_sex": "unknown sex «{value}»; use male or female (ذكر، أنثى)",
    "unknown_status": "unknown status «{value}»; use civilian, combatant or unknown",
    "unknown_fate": "unknown fate «{value}»; use killed, injured, missing or detained",
    "unknown_age_group": "unknown age group «{value}»; use child or adult",
    "bad_age": "not an age: «{value}» (a whole number of years, 0 to 130)",
    "age_disagrees": "age {age} is not a {group}",
    "unknown_incident": "no incident {value} in the database",
    "repeated_mention": "mention_id «{value}» of this source is also in row {other}",
    "too_long": "longer than {limit} characters",
}
LIMITS = {"name": 500, "given": 200, "father": 200, "grandfather": 200, "family": 200, "laqab": 200, "kunya": 200,
          "mention_id": 200, "place": 300, "cause": 300, "source": 300, "incident": 300, "occupation": 300,
          "residence": 300}

ProgressFn = Callable[[int, int], None]


def _header_index() -> dict[str, str]:
    index = {_fold(c): c for c in COLUMNS}
    index.update({_fold(c.replace("_", " ")): c for c in COLUMNS})
    for col, names in ALIASES.items():
        for n in names:
            index.setdefault(_fold(n), col)
    return index


HEADER_INDEX = _header_index()


# Columns of our Victims sheet that are views of others (the place's P-code).
INFORMATIVE = frozenset({_fold("place P-code"), _fold("رمز المكان")})


def map_header(header: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    found: dict[str, int] = {}
    ignored: list[str] = []
    for i, h in enumerate(header):
        if not h or _fold(h) in INFORMATIVE:
            continue
        k = HEADER_INDEX.get(_fold(h))
        if k is None or k in found:
            ignored.append(h)
        else:
            found[k] = i
    return found, ignored


def is_victim_header(header: Sequence[str]) -> bool:
    """A victim list: a name column or the given and family parts, and no figure columns."""
    cols, _ = map_header(header)
    folded = {_fold(h) for h in header if h}
    if folded & {_fold(c) for c in CLAIM_COLUMNS}:
        return False
    return "name" in cols or ("given" in cols and ("family" in cols or "father" in cols))


def victim_sheet(path: str | Path, sheet: str | None = None) -> str | None | bool:
    """Whether the file is a victim list: False if not; else the sheet to read (None for a CSV
    or the first sheet). A casualtydb workbook (it has a Claims sheet) is not one, though it
    may carry a Victims sheet (see `workbook_victims_sheet`)."""
    p = Path(path)
    if not p.is_file():
        return False
    if p.suffix.lower() == ".csv":
        return None if is_victim_header(read_table(p).header) else False
    if p.suffix.lower() not in (".xlsx", ".xlsm", ".xls", ".ods"):
        return False
    names = xlsx_sheet_names(p)
    if sheet is None:
        claims = [n for n in ("Claims", "الادعاءات") if n in names]
        if claims:  # a casualtydb workbook: its claims first, unless it has none
            victims = workbook_victims_sheet(p)
            return victims if victims and next(read_table(p, claims[0]).rows, None) is None else False
        sheet = next((VICTIMS_SHEET[lang] for lang in ("en", "ar") if VICTIMS_SHEET[lang] in names),
                     names[0] if names else None)
    if sheet not in names:
        return False
    return sheet if is_victim_header(read_table(p, sheet).header) else False


def workbook_victims_sheet(path: str | Path) -> str | None:
    """The Victims sheet of a casualtydb workbook, imported after its claims."""
    p = Path(path)
    if p.suffix.lower() == ".csv" or not p.is_file():
        return None
    names = xlsx_sheet_names(p)
    return next((VICTIMS_SHEET[lang] for lang in ("en", "ar") if VICTIMS_SHEET[lang] in names), None)


@dataclass
class VictimImportResult:
    file: str
    sheet: str | None
    rows: int = 0
    dry_run: bool = False
    persons_added: int = 0
    mentions_added: int = 0
    mentions_present: int = 0
    sources_added: int = 0
    places_as_text: int = 0
    ignored_columns: list[str] = field(default_factory=list)

    def describe(self) -> str:
        verb = "would add" if self.dry_run else "added"
        lines = [f"{self.file}: victim list, {self.rows:,} rows checked" + (" (dry run: nothing written)" if self.dry_run else ""),
                 f"{verb}: {self.mentions_added:,} mentions, {self.persons_added:,} persons, "
                 f"{self.sources_added:,} sources",
                 f"already present: {self.mentions_present:,} mentions"]
        if self.places_as_text:
            lines.append(f"{self.places_as_text:,} places not in the gazetteer kept as written")
        if self.ignored_columns:
            lines.append(f"ignored columns: {', '.join(self.ignored_columns)}")
        return "\n".join(lines)


def _word(value: Any, words: dict[str, Any], code: str) -> Any:
    text = cell_text(value)
    if text is None:
        return None
    found = _folded(words).get(_fold(to_ascii_digits(text)))
    if found is None:
        raise Bad(code, value=text)
    return found


_FOLDED: dict[int, dict[str, Any]] = {}


def _folded(words: dict[str, Any]) -> dict[str, Any]:
    """The word table with its keys folded as cells are (built once per table)."""
    table = _FOLDED.get(id(words))
    if table is None:
        table = _FOLDED[id(words)] = {_fold(k): v for k, v in words.items()} | {_fold(v.value): v for v in words.values()}
    return table


def _age(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and 0 <= value <= 130:
            return int(value)
        raise Bad("bad_age", value=str(value))
    text = _fold(to_ascii_digits(str(value)))
    if _MONTHS_RE.match(text):
        return 0
    m = _AGE_RE.match(text)
    n = parse_int(m.group(1)) if m else None
    if n is None or n > 130:
        raise Bad("bad_age", value=str(value).strip())
    return n


def _limited(key: str) -> Callable[[Any], str | None]:
    def parse(value: Any) -> str | None:
        text = cell_text(value)
        if text is not None and len(text) > LIMITS[key]:
            raise Bad("too_long", limit=LIMITS[key])
        return text
    return parse


PARSERS: dict[str, Callable[[Any], Any]] = {
    **{k: _limited(k) for k in LIMITS},
    "person_id": cell_uuid, "record_id": cell_uuid, "date": cell_date, "url": cell_url, "notes": cell_text,
    "sex": lambda v: _word(v, SEX_WORDS, "unknown_sex"),
    "status": lambda v: _word(v, STATUS_WORDS, "unknown_status"),
    "fate": lambda v: _word(v, FATE_WORDS, "unknown_fate"),
    "age_group": lambda v: _word(v, AGE_GROUP_WORDS, "unknown_age_group"),
    "age": _age,
}


class _VictimImporter:
    def __init__(self, session: Session, path: Path, sheet: str | None) -> None:
        self.s = session
        self.path = path
        self.sheet = sheet
        self.file = path.name
        self.problems: list[Problem] = []

    def problem(self, row: int | None, column: str | None, code: str, **params: Any) -> None:
        from .spreadsheet_import import message  # noqa: PLC0415

        text = MESSAGES[code].format(**params) if code in MESSAGES else message(code, params)
        self.problems.append(Problem(self.file, row, column, text, code, params))

    def parse(self, table: Table) -> list[tuple[int, dict[str, Any]]]:
        cols, self.ignored = map_header(table.header)
        plan = [(k, cols[k], PARSERS.get(k, cell_text)) for k in COLUMNS if k in cols]
        rows = []
        for n, cells in table.rows:
            out: dict[str, Any] = {}
            ok = True
            for key, i, parse in plan:
                raw = cells[i] if i < len(cells) else None
                if raw is None or raw == "":
                    continue
                try:
                    value = parse(raw)
                except Bad as exc:
                    self.problem(n, key, exc.code, **exc.params)
                    ok = False
                    continue
                if value is not None:
                    out[key] = value
            if not out.get("name") and not any(out.get(k) for k in NAME_PARTS):
                self.problem(n, "name", "no_name")
                ok = False
            age, group = out.get("age"), out.get("age_group")
            if age is not None and group is not None and (age < CHILD_UNDER) != (group == AgeGroup.CHILD):
                self.problem(n, "age_group", "age_disagrees", age=age, group=group.value)
                ok = False
            if ok:
                rows.append((n, out))
        self.count = len(rows) + len({p.row for p in self.problems})
        return rows

    def resolve(self, rows: list[tuple[int, dict[str, Any]]], result: VictimImportResult) -> dict[str, list[dict[str, Any]]]:
        s = self.s
        places = PlaceIndex.load(s)
        sources: dict[str, uuid.UUID] = {}
        for sid, ar, en, aliases in s.execute(select(Source.id, Source.name_ar, Source.name_en, Source.aliases)):
            for n in {ar, en, *(aliases or [])} - {None, ""}:
                sources.setdefault(name_key(n), sid)
        new_sources: dict[uuid.UUID, dict[str, Any]] = {}
        plan: dict[str, list[dict[str, Any]]] = {"sources": [], "persons": [], "mentions": []}
        incident_ids = {i for _, r in rows if (i := _as_uuid(r.get("incident"))) is not None}
        incidents: dict[uuid.UUID, uuid.UUID] = {}
        ids = list(incident_ids)
        for start in range(0, len(ids), 500):
            for iid, into in s.execute(select(Incident.id, Incident.merged_into_id)
                                       .where(Incident.id.in_(ids[start:start + 500]))):
                incidents[iid] = into or iid
        record_ids = [r["record_id"] for _, r in rows if "record_id" in r]
        present: set[uuid.UUID] = set()
        for start in range(0, len(record_ids), 500):
            present.update(s.scalars(select(Mention.id).where(Mention.id.in_(record_ids[start:start + 500]))))
        person_ids = list({r["person_id"] for _, r in rows if "person_id" in r})
        persons: dict[uuid.UUID, uuid.UUID] = {}
        for start in range(0, len(person_ids), 500):
            for pid, into in s.execute(select(Person.id, Person.merged_into_id)
                                       .where(Person.id.in_(person_ids[start:start + 500]))):
                persons[pid] = into or pid
        seen_external: dict[tuple[Any, str], int] = {}
        existing_external: dict[Any, set[str]] = {}
        existing_content: dict[Any, set[tuple[Any, ...]]] = {}
        new_persons: dict[uuid.UUID, dict[str, Any]] = {}
        for n, r in rows:
            label = r.get("source")
            sid = None
            if label:
                k = name_key(label)
                sid = sources.get(k)
                if sid is None:
                    sid = uuid.uuid4()
                    sources[k] = sid
                    latin = not re.search("[\u0621-\u064a]", label)
                    new_sources[sid] = {"id": sid, "name_ar": label, "name_en": label if latin else None,
                                        "aliases": [], "kind": SourceKind.OTHER, "reliability": Reliability.F,
                                        "url": None, "notes": None, "contact": None, "notes_sensitive": False}
            if sid not in existing_external:
                existing_external[sid], existing_content[sid] = \
                    (set(), set()) if sid in new_sources else self._existing_of(sid)
            if "record_id" in r and r["record_id"] in present:
                result.mentions_present += 1
                continue
            ext = r.get("mention_id")
            if ext is not None:
                if (sid, ext) in seen_external:
                    self.problem(n, "mention_id", "repeated_mention", value=ext, other=seen_external[(sid, ext)])
                    continue
                seen_external[(sid, ext)] = n
                if ext in existing_external.get(sid, ()):
                    result.mentions_present += 1
                    continue
            elif "record_id" not in r and _content(r) in existing_content.get(sid, ()):
                result.mentions_present += 1
                continue
            incident_id = None
            incident_label = None
            if "incident" in r:
                iid = _as_uuid(r["incident"])
                if iid is None:
                    incident_label = r["incident"]
                elif iid in incidents:
                    incident_id = incidents[iid]
                else:
                    self.problem(n, "incident", "unknown_incident", value=str(iid))
                    continue
            place_id = None
            if "place" in r:
                found = places.lookup(r["place"])
                finest = [p for p in found if p.level == found[0].level] if found else []
                if len(finest) == 1:
                    place_id = finest[0].id
                else:
                    result.places_as_text += 1
            pid = r.get("person_id")
            if pid is not None and pid in persons:
                person_id = persons[pid]
            else:
                person_id = pid or uuid.uuid4()
                if person_id not in new_persons:
                    new_persons[person_id] = {"id": person_id, "display_name": _display(r), "notes": None,
                                              "merged_into_id": None}
            values = {
                "id": r.get("record_id") or uuid.uuid4(), "person_id": person_id, "name": r.get("name"),
                **{k: r.get(k) for k in (*NAME_PARTS, "laqab", "kunya", "sex", "age", "age_group", "status", "fate",
                                         "cause", "url", "occupation", "residence", "notes")},
                "fate_date": r.get("date"), "place_id": place_id, "place_text": r.get("place"),
                "incident_id": incident_id, "incident_label": incident_label, "report_id": None, "claim_id": None,
                "source_id": sid, "external_id": ext,
                **derived_keys(name=r.get("name"), day=r.get("date"), **{k: r.get(k) for k in NAME_PARTS}),
            }
            plan["mentions"].append(values)
        plan["sources"] = list(new_sources.values())
        plan["persons"] = list(new_persons.values())
        result.sources_added = len(new_sources)
        result.persons_added = len(new_persons)
        result.mentions_added = len(plan["mentions"])
        return plan

    def _existing_of(self, sid: uuid.UUID | None) -> tuple[set[str], set[tuple[Any, ...]]]:
        """The mention ids and contents this source already has in the database."""
        external: set[str] = set()
        content: set[tuple[Any, ...]] = set()
        cond = Mention.source_id.is_(None) if sid is None else Mention.source_id == sid
        for row in self.s.execute(select(Mention.external_id, Mention.name, Mention.given, Mention.father,
                                         Mention.grandfather, Mention.family, Mention.fate_date, Mention.place_text,
                                         Mention.age, Mention.sex).where(cond)):
            if row.external_id is not None:
                external.add(row.external_id)
            content.add((row.name, row.given, row.father, row.grandfather, row.family, row.fate_date, row.place_text,
                         row.age, row.sex))
        return external, content


def _content(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r.get("name"), r.get("given"), r.get("father"), r.get("grandfather"), r.get("family"), r.get("date"),
            r.get("place"), r.get("age"), r.get("sex"))


def _display(r: dict[str, Any]) -> str | None:
    return r.get("name") or " ".join(r[k] for k in NAME_PARTS if r.get(k)) or None


def _as_uuid(text: Any) -> uuid.UUID | None:
    if not isinstance(text, str):
        return None
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        return None


def _write(session: Session, plan: dict[str, list[dict[str, Any]]], context: str) -> None:
    conn = session.connection()
    user = session.info.get("user") or audit.current_user()
    now = utcnow()
    book = {"created_at": now, "updated_at": now, "created_by": user, "updated_by": user, "version": 1}
    for model, key in ((Source, "sources"), (Person, "persons"), (Mention, "mentions")):
        rows = plan[key]
        for start in range(0, len(rows), BATCH):
            batch = [{**r, **book} for r in rows[start:start + BATCH]]
            conn.execute(insert(model.__table__), batch)
            audit.log_rows(conn, model.__tablename__, AuditAction.INSERT, ((r["id"], None, r) for r in batch),
                           user=user, context=context)
    if plan["sources"]:
        search.reindex(session=session, kind="source", ids=[r["id"] for r in plan["sources"]])


def import_victims(path: str | Path, *, session: Session, sheet: str | None = None, dry_run: bool = False,
                   progress: ProgressFn | None = None) -> VictimImportResult:
    """Check the list, then (unless `dry_run`) add the mentions the database lacks. Raises
    ImportProblems naming every problem (nothing written). Transaction: the caller's."""
    p = Path(path)
    imp = _VictimImporter(session, p, sheet)
    table = read_table(p, sheet)
    rows = imp.parse(table)
    result = VictimImportResult(file=imp.file, sheet=table.sheet, rows=imp.count, dry_run=dry_run,
                                ignored_columns=imp.ignored)
    plan = imp.resolve(rows, result)  # also on a file with problems: every problem is named at once
    if imp.problems:
        problems = sorted(imp.problems, key=lambda pr: (pr.row or 0, pr.column or ""))
        raise ImportProblems(imp.file, problems, imp.count)
    if not dry_run:
        _write(session, plan, session.info.get("context") or f"import {imp.file}")
    if progress is not None:
        progress(result.rows, result.rows)
    return result
