"""Create, update and delete incidents, reports, sources, places, actors and claims, with
validation that names the field, usage checks before deletes, and snapshots for undo.

Contract: every function takes the Session as a keyword-only argument and never commits (the
caller owns the transaction: `with database.transaction(user=...) as s:`). Every write goes
through the ORM, so the audit hook records it.

Values are plain dicts of column values (`record_values` returns the editable ones); the
incident's `places` are `[(place_id, LocationPrecision, is_primary), …]` and its `actors`
`[(actor_id, ActorRole), …]`. `ValidationError.reason` is one of the `MESSAGES` below
(formatted), so a user interface can translate it by its English text."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Table, delete, insert, inspect, select
from sqlalchemy.orm import Session

from ..errors import StaleEditError, ValidationError
from ..models import (
    MAX_INTEGER,
    Actor,
    ActorRole,
    Base,
    Category,
    Claim,
    DatePrecision,
    EventType,
    Grade,
    Incident,
    IncidentActor,
    IncidentPlace,
    LocationPrecision,
    Place,
    PlaceLevel,
    Reliability,
    Report,
    Source,
    SourceKind,
    VictimGroup,
)
from ..text.urls import BadUrl, clean_url

KINDS: dict[str, type[Base]] = {
    "incident": Incident,
    "report": Report,
    "source": Source,
    "place": Place,
    "actor": Actor,
    "claim": Claim,
}

# The English text of every validation message (placeholders in braces). The GUI translates them.
MESSAGES = {
    "required": "This field is required.",
    "name_required": "Enter a name in Arabic.",
    "not_a_date": "Not a date: {value}.",
    "future_date": "The date {value} is in the future.",
    "end_before_start": "The end date is before the start date.",
    "not_a_number": "Not a whole number: {value}.",
    "negative": "A figure cannot be negative.",
    "max_below_min": "The maximum ({max}) is smaller than the minimum ({min}).",
    "figure_or_vague": "Give a figure, or the words the report used (\"dozens\").",
    "max_without_min": "A maximum needs a minimum.",
    "credibility_range": "Credibility is graded from 1 to 6.",
    "unknown_choice": "Not one of the choices: {value}.",
    "source_required": "Every report needs a source.",
    "no_such_record": "The chosen record no longer exists.",
    "self_relay": "A report cannot relay itself.",
    "place_required": "Give at least one place.",
    "one_primary_place": "Exactly one place must be the primary one.",
    "duplicate_place": "The same place is listed twice.",
    "parent_required": "Choose the place this one is inside.",
    "parent_level": "A {level} cannot be inside a {parent_level}.",
    "parent_cycle": "A place cannot be inside itself.",
    "pcode_taken": "The P-code {value} is already used by another place.",
    "latitude_range": "Latitude must be between -90 and 90.",
    "longitude_range": "Longitude must be between -180 and 180.",
    "coordinates_pair": "Give both latitude and longitude, or neither.",
    "report_required": "A claim belongs to a report.",
    "incident_required": "A claim belongs to an incident.",
    "in_use": "{what} is used by other records: {uses}.",
    "too_long": "Too long: at most {limit} characters.",
    "bad_url": "A web address starts with http:// or https://.",
    "url_server": "A web address needs a server name after //, such as https://example.org/….",
    "too_large": "Too large a number: {value}.",
}


def fail(code: str, field_name: str | None = None, **params: Any) -> ValidationError:
    """A ValidationError whose `code` and `params` let a GUI translate the message."""
    err = ValidationError(MESSAGES[code].format(**params), field=field_name)
    err.code = code  # type: ignore[attr-defined]
    err.params = params  # type: ignore[attr-defined]
    return err


# ---------------------------------------------------------------------------------------------
# Parsing of field values (strings from forms, or already typed values)


def _text(values: Mapping[str, Any], key: str, *, required: bool = False, limit: int | None = None,
          code: str = "required") -> str | None:
    raw = values.get(key)
    text = " ".join(str(raw).split()) if raw is not None and key not in _MULTILINE else raw
    if isinstance(text, str):
        text = text.strip() or None
    if required and not text:
        raise fail(code, key)
    if text and limit and len(text) > limit:
        raise fail("too_long", key, limit=limit)
    return text


_MULTILINE = {"text", "notes", "quote", "description_ar", "description_en", "grade_reasons", "contact"}


def parse_int(raw: Any, key: str) -> int | None:
    """Whole numbers; accepts Eastern Arabic (٠-٩) and Persian (۰-۹) digits and separators."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool):
        raise fail("not_a_number", key, value=raw)
    if isinstance(raw, int):
        return raw
    text = str(raw).strip().replace("٬", "").replace(",", "").replace("\u066b", ".").replace(" ", "")
    if not text:
        return None
    try:
        n = int(text)  # int() reads every Unicode decimal digit, Arabic-Indic included
    except ValueError:
        raise fail("not_a_number", key, value=raw) from None
    if abs(n) > MAX_INTEGER:  # what every backend's INTEGER column holds
        raise fail("too_large", key, value=raw)
    return n


def _float(raw: Any, key: str) -> float | None:
    if raw is None or raw == "":
        return None
    try:
        return float(str(raw).strip().replace("\u066b", ".").replace("٫", "."))
    except ValueError:
        raise fail("not_a_number", key, value=raw) from None


def parse_date(raw: Any, key: str, *, required: bool = False, allow_future: bool = False) -> date | None:
    if raw is None or raw == "":
        if required:
            raise fail("required", key)
        return None
    if isinstance(raw, datetime):
        value = raw.date()
    elif isinstance(raw, date):
        value = raw
    else:
        text = str(raw).strip().translate(_DIGITS)
        try:
            value = date.fromisoformat(text)
        except ValueError:
            raise fail("not_a_date", key, value=raw) from None
    if not allow_future and value > date.today():
        raise fail("future_date", key, value=value.isoformat())
    return value


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _choice(enum: type[StrEnum], raw: Any, key: str, *, default: Any = None) -> Any:
    if raw is None or raw == "":
        if default is not None:
            return default
        return None
    try:
        return enum(raw)
    except ValueError:
        raise fail("unknown_choice", key, value=raw) from None


def _names(raw: Any) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, str):
        parts = raw.replace("؛", "\n").replace(";", "\n").splitlines()
    else:
        parts = list(raw)
    seen: list[str] = []
    for p in parts:
        p = " ".join(str(p).split())
        if p and p not in seen:
            seen.append(p)
    return seen


def _uuid(raw: Any, key: str) -> uuid.UUID | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, uuid.UUID):
        return raw
    try:
        return uuid.UUID(str(raw))
    except ValueError:
        raise fail("no_such_record", key) from None


def _exists(session: Session, model: type[Base], rid: uuid.UUID | None, key: str) -> None:
    if rid is not None and session.get(model, rid) is None:
        raise fail("no_such_record", key)


def _url(values: Mapping[str, Any], key: str) -> str | None:
    url = _text(values, key)
    if not url:
        return None
    try:
        return clean_url(url)
    except BadUrl as exc:
        raise fail(exc.code, key, limit=2000) from None


# ---------------------------------------------------------------------------------------------
# Cleaning per kind: returns the column values to store (and link lists for incidents)


def clean_source(values: Mapping[str, Any], *, session: Session, record_id: uuid.UUID | None = None
                 ) -> dict[str, Any]:
    return {
        "name_ar": _text(values, "name_ar", required=True, limit=300, code="name_required"),
        "name_en": _text(values, "name_en", limit=300),
        "aliases": _names(values.get("aliases")),
        "kind": _choice(SourceKind, values.get("kind"), "kind", default=SourceKind.OTHER),
        "reliability": _choice(Reliability, values.get("reliability"), "reliability", default=Reliability.F),
        "url": _url(values, "url"),
        "notes": _text(values, "notes"),
        "contact": _text(values, "contact"),
        "notes_sensitive": bool(values.get("notes_sensitive", False)),
    }


def clean_actor(values: Mapping[str, Any], *, session: Session, record_id: uuid.UUID | None = None
                ) -> dict[str, Any]:
    return {
        "name_ar": _text(values, "name_ar", required=True, limit=300, code="name_required"),
        "name_en": _text(values, "name_en", limit=300),
        "aliases": _names(values.get("aliases")),
        "kind": _text(values, "kind", limit=60),
        "notes": _text(values, "notes"),
    }


PLACE_LEVELS = tuple(PlaceLevel)


def clean_place(values: Mapping[str, Any], *, session: Session, record_id: uuid.UUID | None = None
                ) -> dict[str, Any]:
    level = _choice(PlaceLevel, values.get("level"), "level")
    if level is None:
        raise fail("required", "level")
    parent_id = _uuid(values.get("parent_id"), "parent_id")
    if level != PlaceLevel.COUNTRY:
        if parent_id is None:
            raise fail("parent_required", "parent_id")
        parent = session.get(Place, parent_id)
        if parent is None:
            raise fail("no_such_record", "parent_id")
        if record_id is not None and (parent.id == record_id or f"/{record_id.hex}/" in parent.path):
            raise fail("parent_cycle", "parent_id")
        if PLACE_LEVELS.index(parent.level) >= PLACE_LEVELS.index(level):
            raise fail("parent_level", "parent_id", level=level.value, parent_level=parent.level.value)
    pcode = _text(values, "pcode", limit=20)
    if pcode:
        other = session.scalar(select(Place.id).where(Place.pcode == pcode))
        if other is not None and other != record_id:
            raise fail("pcode_taken", "pcode", value=pcode)
    lat = _float(values.get("latitude"), "latitude")
    lon = _float(values.get("longitude"), "longitude")
    if (lat is None) != (lon is None):
        raise fail("coordinates_pair", "latitude" if lat is None else "longitude")
    if lat is not None and not -90 <= lat <= 90:
        raise fail("latitude_range", "latitude")
    if lon is not None and not -180 <= lon <= 180:
        raise fail("longitude_range", "longitude")
    return {
        "name_ar": _text(values, "name_ar", required=True, limit=300, code="name_required"),
        "name_en": _text(values, "name_en", limit=300),
        "alt_names": _names(values.get("alt_names")),
        "level": level,
        "parent_id": parent_id if level != PlaceLevel.COUNTRY else None,
        "pcode": pcode,
        "latitude": lat,
        "longitude": lon,
        "origin": _text(values, "origin", limit=300),
    }


def clean_report(values: Mapping[str, Any], *, session: Session, record_id: uuid.UUID | None = None
                 ) -> dict[str, Any]:
    source_id = _uuid(values.get("source_id"), "source_id")
    if source_id is None:
        raise fail("source_required", "source_id")
    _exists(session, Source, source_id, "source_id")
    relays_report_id = _uuid(values.get("relays_report_id"), "relays_report_id")
    if relays_report_id is not None and relays_report_id == record_id:
        raise fail("self_relay", "relays_report_id")
    _exists(session, Report, relays_report_id, "relays_report_id")
    relays_source_id = _uuid(values.get("relays_source_id"), "relays_source_id")
    _exists(session, Source, relays_source_id, "relays_source_id")
    published_time = values.get("published_time")
    if isinstance(published_time, str):
        try:
            published_time = time.fromisoformat(published_time.translate(_DIGITS)) if published_time.strip() else None
        except ValueError:
            raise fail("not_a_date", "published_time", value=published_time) from None
    retrieved = values.get("retrieved_at")
    if isinstance(retrieved, date) and not isinstance(retrieved, datetime):
        retrieved = datetime(retrieved.year, retrieved.month, retrieved.day, tzinfo=timezone.utc)
    return {
        "source_id": source_id,
        "title": _text(values, "title", limit=1000),
        "author": _text(values, "author", limit=300),
        "published_date": parse_date(values.get("published_date"), "published_date"),
        "published_time": published_time,
        "url": _url(values, "url"),
        "language": _text(values, "language", limit=10),
        "text": _text(values, "text"),
        "retrieved_at": retrieved,
        "relays_report_id": relays_report_id,
        "relays_source_id": relays_source_id,
        "notes": _text(values, "notes"),
        "notes_sensitive": bool(values.get("notes_sensitive", False)),
    }


def clean_incident(values: Mapping[str, Any], *, session: Session, record_id: uuid.UUID | None = None
                   ) -> dict[str, Any]:
    start = parse_date(values.get("start_date"), "start_date", required=True)
    end = parse_date(values.get("end_date"), "end_date")
    if end is not None and start is not None and end < start:
        raise fail("end_before_start", "end_date")
    out: dict[str, Any] = {
        "start_date": start,
        "end_date": end,
        "date_precision": _choice(DatePrecision, values.get("date_precision"), "date_precision",
                                  default=DatePrecision.DAY),
        "event_type": _choice(EventType, values.get("event_type"), "event_type", default=EventType.OTHER),
        "description_ar": _text(values, "description_ar"),
        "description_en": _text(values, "description_en"),
        "notes": _text(values, "notes"),
        "notes_sensitive": bool(values.get("notes_sensitive", False)),
        "grade": _choice(Grade, values.get("grade"), "grade"),
        "grade_reasons": _text(values, "grade_reasons"),
    }
    if "places" in values or record_id is None:
        places = []
        seen: set[uuid.UUID] = set()
        for item in values.get("places") or ():
            pid, precision, primary = item
            pid = _uuid(pid, "places")
            if pid in seen:
                raise fail("duplicate_place", "places")
            seen.add(pid)
            _exists(session, Place, pid, "places")
            places.append((pid, _choice(LocationPrecision, precision, "places", default=LocationPrecision.TOWN),
                           bool(primary)))
        if not places:
            raise fail("place_required", "places")
        if sum(1 for p in places if p[2]) != 1:
            if len(places) == 1:
                places = [(places[0][0], places[0][1], True)]
            else:
                raise fail("one_primary_place", "places")
        out["places"] = places
    if "actors" in values:
        actors = []
        for aid, role in values.get("actors") or ():
            aid = _uuid(aid, "actors")
            _exists(session, Actor, aid, "actors")
            role = _choice(ActorRole, role, "actors", default=ActorRole.ALLEGED)
            if (aid, role) not in actors:
                actors.append((aid, role))
        out["actors"] = actors
    return out


def clean_claim(values: Mapping[str, Any], *, session: Session, record_id: uuid.UUID | None = None
                ) -> dict[str, Any]:
    report_id = _uuid(values.get("report_id"), "report_id")
    if report_id is None:
        raise fail("report_required", "report_id")
    _exists(session, Report, report_id, "report_id")
    incident_id = _uuid(values.get("incident_id"), "incident_id")
    if incident_id is None:
        raise fail("incident_required", "incident_id")
    _exists(session, Incident, incident_id, "incident_id")
    category = _choice(Category, values.get("category"), "category")
    if category is None:
        raise fail("required", "category")
    lo = parse_int(values.get("min"), "min")
    hi = parse_int(values.get("max"), "max")
    vague = _text(values, "vague", limit=200)
    if lo is not None and lo < 0:
        raise fail("negative", "min")
    if hi is not None and lo is None:
        raise fail("max_without_min", "min")
    if hi is not None and lo is not None and hi < lo:
        raise fail("max_below_min", "max", min=lo, max=hi)
    if lo is None and not vague:
        raise fail("figure_or_vague", "min")
    credibility = parse_int(values.get("credibility"), "credibility")
    if credibility is not None and not 1 <= credibility <= 6:
        raise fail("credibility_range", "credibility")
    stated = values.get("stated_at")
    if isinstance(stated, date) and not isinstance(stated, datetime):
        stated = datetime(stated.year, stated.month, stated.day, 12, tzinfo=timezone.utc)
    part_of = _uuid(values.get("part_of_id"), "part_of_id")
    _exists(session, Claim, part_of, "part_of_id")
    return {
        "report_id": report_id,
        "incident_id": incident_id,
        "category": category,
        "victim_group": _choice(VictimGroup, values.get("victim_group"), "victim_group", default=VictimGroup.UNKNOWN),
        "min": lo,
        "max": hi,
        "approximate": bool(values.get("approximate", False)),
        "vague": vague,
        "quote": _text(values, "quote"),
        "credibility": credibility,
        "stated_at": stated,
        "part_of_id": part_of,
    }


CLEANERS: dict[str, Callable[..., dict[str, Any]]] = {
    "incident": clean_incident, "report": clean_report, "source": clean_source, "place": clean_place,
    "actor": clean_actor, "claim": clean_claim,
}


# ---------------------------------------------------------------------------------------------
# Reading the editable values


def record_values(kind: str, record_id: uuid.UUID, *, session: Session) -> dict[str, Any]:
    """The record's editable values in the shape the cleaners accept (plus `version`)."""
    obj = _get(kind, record_id, session)
    cleaner_keys = _KNOWN_KEYS[kind]
    out = {k: getattr(obj, k) for k in cleaner_keys if k not in ("places", "actors")}
    if kind == "incident":
        out["places"] = [(ip.place_id, ip.precision, ip.is_primary) for ip in session.scalars(
            select(IncidentPlace).where(IncidentPlace.incident_id == record_id)
            .order_by(IncidentPlace.is_primary.desc(), IncidentPlace.created_at))]
        out["actors"] = [(ia.actor_id, ia.role) for ia in session.scalars(
            select(IncidentActor).where(IncidentActor.incident_id == record_id).order_by(IncidentActor.created_at))]
    out["version"] = obj.version
    return out


_KNOWN_KEYS: dict[str, tuple[str, ...]] = {
    "source": ("name_ar", "name_en", "aliases", "kind", "reliability", "url", "notes", "contact", "notes_sensitive"),
    "actor": ("name_ar", "name_en", "aliases", "kind", "notes"),
    "place": ("name_ar", "name_en", "alt_names", "level", "parent_id", "pcode", "latitude", "longitude", "origin"),
    "report": ("source_id", "title", "author", "published_date", "published_time", "url", "language", "text",
               "retrieved_at", "relays_report_id", "relays_source_id", "notes", "notes_sensitive"),
    "incident": ("start_date", "end_date", "date_precision", "event_type", "description_ar", "description_en",
                 "notes", "notes_sensitive", "grade", "grade_reasons", "places", "actors"),
    "claim": ("report_id", "incident_id", "category", "victim_group", "min", "max", "approximate", "vague",
              "quote", "credibility", "stated_at", "part_of_id"),
}


def _get(kind: str, record_id: uuid.UUID, session: Session) -> Any:
    model = KINDS.get(kind)
    if model is None:
        raise ValueError(f"unknown kind of record {kind!r}")
    obj = session.get(model, record_id)
    if obj is None:
        raise fail("no_such_record")
    return obj


# ---------------------------------------------------------------------------------------------
# Writing


def create_record(kind: str, values: Mapping[str, Any], *, session: Session,
                  record_id: uuid.UUID | None = None) -> uuid.UUID:
    """Validate and insert; returns the new id (or `record_id` when given, e.g. for redo)."""
    clean = CLEANERS[kind](values, session=session, record_id=None)
    places = clean.pop("places", None)
    actors = clean.pop("actors", None)
    obj = KINDS[kind](id=record_id or uuid.uuid4(), **clean)
    if kind == "place":
        _set_place_path(session, obj)
    session.add(obj)
    session.flush()
    if kind == "incident":
        _set_links(session, obj.id, places or [], actors or [])
        session.flush()
    return obj.id


def update_record(kind: str, record_id: uuid.UUID, values: Mapping[str, Any], *, session: Session,
                  expected_version: int | None = None) -> bool:
    """Validate and apply `values` (only the keys given are changed); returns whether anything
    changed. Raises StaleEditError when the record changed since `expected_version` was read."""
    obj = _get(kind, record_id, session)
    if expected_version is not None and obj.version != expected_version:
        raise StaleEditError("this record was changed by someone else since you opened it; reopen it to see "
                             "their changes")
    merged = record_values(kind, record_id, session=session)
    merged.update({k: v for k, v in values.items() if k != "version"})
    clean = CLEANERS[kind](merged, session=session, record_id=record_id)
    places = clean.pop("places", None)
    actors = clean.pop("actors", None)
    changed = False
    for key, value in clean.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)
            changed = True
    if kind == "place" and "parent_id" in clean:
        old_path = obj.path
        _set_place_path(session, obj)
        if obj.path != old_path:
            for child in session.scalars(select(Place).where(Place.path.startswith(old_path), Place.id != obj.id)):
                child.path = obj.path + child.path[len(old_path):]
    if kind == "incident":
        changed = _set_links(session, record_id, places, actors) or changed
    session.flush()
    return changed


def _set_place_path(session: Session, place: Place) -> None:
    parent = session.get(Place, place.parent_id) if place.parent_id else None
    place.path = f"{parent.path if parent else '/'}{place.id.hex}/"


def _set_links(session: Session, incident_id: uuid.UUID, places: list[tuple] | None,
               actors: list[tuple] | None) -> bool:
    changed = False
    if places is not None:
        current = {ip.place_id: ip for ip in session.scalars(
            select(IncidentPlace).where(IncidentPlace.incident_id == incident_id))}
        wanted = {pid: (precision, primary) for pid, precision, primary in places}
        for pid, link in current.items():
            if pid not in wanted:
                session.delete(link)
                changed = True
        session.flush()
        for pid, (precision, primary) in wanted.items():
            link = current.get(pid)
            if link is None:
                session.add(IncidentPlace(incident_id=incident_id, place_id=pid, precision=precision,
                                          is_primary=primary))
                changed = True
            elif (link.precision, link.is_primary) != (precision, primary):
                link.precision, link.is_primary = precision, primary
                changed = True
    if actors is not None:
        current_a = {(ia.actor_id, ia.role): ia for ia in session.scalars(
            select(IncidentActor).where(IncidentActor.incident_id == incident_id))}
        wanted_a = set(actors)
        for key, link in current_a.items():
            if key not in wanted_a:
                session.delete(link)
                changed = True
        session.flush()
        for aid, role in actors:
            if (aid, role) not in current_a:
                session.add(IncidentActor(incident_id=incident_id, actor_id=aid, role=role))
                changed = True
    return changed


# ---------------------------------------------------------------------------------------------
# Deleting: what uses a record, snapshots, restore


# Tables that are part of the record being deleted (or caches): deleting them needs no question.
OWNED = {
    "incident": {"incident_places", "incident_actors", "incident_figures", "duplicate_dismissals"},
    "claim": set(),
    "report": set(),
    "source": set(),
    "place": set(),
    "actor": set(),
}
ALWAYS_OWNED = {"incident_figures"}


@dataclass
class Usage:
    """How other records depend on one: `deleted` rows would go with it (cascade), `unlinked`
    rows would lose their reference to it; counts per table name."""

    deleted: dict[str, int] = field(default_factory=dict)
    unlinked: dict[str, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.deleted or self.unlinked)

    def describe(self) -> str:
        parts = [f"{n} {t.replace('_', ' ')}" for t, n in sorted(self.deleted.items())]
        parts += [f"{n} {t.replace('_', ' ')} (link removed)" for t, n in sorted(self.unlinked.items())]
        return ", ".join(parts)


@dataclass
class Snapshot:
    """Everything a delete removed or unlinked, to put it back (undo)."""

    kind: str
    record_id: uuid.UUID
    # (mapped class name or table name, column values), parents first
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    # (class name, primary key, column) set to NULL by the delete
    unlinked: list[tuple[str, uuid.UUID, str, uuid.UUID]] = field(default_factory=list)


def _mapped_by_table() -> dict[str, type[Base]]:
    return {m.local_table.name: m.class_ for m in Base.registry.mappers}


def _referencing(table_name: str) -> list[ForeignKey]:
    out = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == table_name:
                out.append(fk)
    return out


def _closure(session: Session, kind: str, record_id: uuid.UUID
             ) -> tuple[list[list[tuple[str, Any]]], list[tuple[str, Any, str]]]:
    """Levels of rows that a cascading delete removes (level 0 is the record itself) and the
    references it sets to NULL. Rows are (table name, primary key or row mapping)."""
    root_table = KINDS[kind].__table__.name
    levels: list[list[tuple[str, Any]]] = [[(root_table, record_id)]]
    nullified: list[tuple[str, Any, str]] = []
    seen = {(root_table, record_id)}
    frontier = [(root_table, record_id)]
    while frontier:
        nxt: list[tuple[str, Any]] = []
        by_table: dict[str, list[Any]] = {}
        for t, pk in frontier:
            by_table.setdefault(t, []).append(pk)
        for table_name, pks in by_table.items():
            for fk in _referencing(table_name):
                child: Table = fk.parent.table
                rows = session.execute(select(child).where(fk.parent.in_(pks))).mappings().all()
                for row in rows:
                    pk = row["id"] if "id" in row else tuple(row.values())
                    if fk.ondelete == "SET NULL":
                        if (child.name, pk) not in seen:
                            nullified.append((child.name, pk, fk.parent.name))
                        continue
                    if (child.name, pk) in seen:
                        continue
                    seen.add((child.name, pk))
                    nxt.append((child.name, pk if "id" in row else dict(row)))
        if nxt:
            levels.append(nxt)
        frontier = [(t, pk) for t, pk in nxt if not isinstance(pk, dict)]
    # a reference set to NULL on a row that is deleted anyway does not count
    deleted = {(t, pk) for lvl in levels for t, pk in lvl if not isinstance(pk, dict)}
    nullified = [n for n in nullified if (n[0], n[1]) not in deleted]
    return levels, nullified


def usages(kind: str, record_id: uuid.UUID, *, session: Session) -> Usage:
    """What deleting the record would also delete or unlink (its owned parts left out)."""
    _get(kind, record_id, session)
    return _usage(kind, *_closure(session, kind, record_id))


def _usage(kind: str, levels: list[list[tuple[str, Any]]], nullified: list[tuple[str, Any, str]]) -> Usage:
    owned = OWNED.get(kind, set()) | ALWAYS_OWNED
    usage = Usage()
    for depth, lvl in enumerate(levels[1:], start=1):
        for table, _pk in lvl:
            if depth == 1 and table in owned:
                continue
            if table in ALWAYS_OWNED or table == "assessment_claims" and depth > 1:
                continue
            usage.deleted[table] = usage.deleted.get(table, 0) + 1
    for table, _pk, _col in nullified:
        usage.unlinked[table] = usage.unlinked.get(table, 0) + 1
    return usage


def delete_record(kind: str, record_id: uuid.UUID, *, session: Session, cascade: bool = False) -> Snapshot:
    """Delete the record; with `cascade` also what depends on it (after the user confirmed).
    Without `cascade`, refuses with ValidationError("in_use") when other records use it.
    Returns a Snapshot that `restore_record` puts back."""
    _get(kind, record_id, session)
    levels, nullified = _closure(session, kind, record_id)
    usage = _usage(kind, levels, nullified)
    if usage and not cascade:
        raise fail("in_use", None, what=kind, uses=usage.describe())
    classes = _mapped_by_table()
    snap = Snapshot(kind=kind, record_id=record_id)
    # Objects are loaded a chunk of ids at a time and autoflush is off while they are read:
    # one `session.get` per row would flush (and check foreign keys) once per row.
    with session.no_autoflush:
        _load(session, classes, [(t, pk) for t, pk, _ in nullified])
        for table, pk, column in nullified:
            cls = classes[table]
            obj = session.get(cls, pk)
            if obj is not None:
                snap.unlinked.append((cls.__name__, pk, column, getattr(obj, column)))
                setattr(obj, column, None)
    session.flush()
    with session.no_autoflush:
        _load(session, classes, [(t, pk) for lvl in levels for t, pk in lvl if not isinstance(pk, dict)])
        for lvl in levels:
            for table, pk in lvl:
                if isinstance(pk, dict):
                    snap.rows.append((table, dict(pk)))
                else:
                    obj = session.get(classes[table], pk)
                    if obj is not None:
                        snap.rows.append((classes[table].__name__, _columns(obj)))
    for lvl in reversed(levels):
        with session.no_autoflush:
            for table, pk in lvl:
                if isinstance(pk, dict):
                    tbl = Base.metadata.tables[table]
                    session.execute(delete(tbl).where(*(tbl.c[k] == v for k, v in pk.items())))
                else:
                    obj = session.get(classes[table], pk)
                    if obj is not None:
                        session.delete(obj)
        session.flush()
    return snap


_LOAD_CHUNK = 500


def _load(session: Session, classes: dict[str, type[Base]], rows: Iterable[tuple[str, Any]]) -> None:
    """Bring these rows into the session's identity map in a few queries."""
    by_table: dict[str, list[Any]] = {}
    for table, pk in rows:
        by_table.setdefault(table, []).append(pk)
    for table, pks in by_table.items():
        cls = classes[table]
        for i in range(0, len(pks), _LOAD_CHUNK):
            session.scalars(select(cls).where(cls.id.in_(pks[i:i + _LOAD_CHUNK]))).all()  # type: ignore[attr-defined]


def _columns(obj: Any) -> dict[str, Any]:
    return {a.key: getattr(obj, a.key) for a in inspect(obj).mapper.column_attrs}


def restore_record(snapshot: Snapshot, *, session: Session) -> None:
    """Put back what `delete_record` removed, with the same ids (the audit log records the
    inserts, so history shows the delete and the undo)."""
    classes = {m.class_.__name__: m.class_ for m in Base.registry.mappers}
    deferred: list[tuple[type[Base], uuid.UUID, str, Any]] = []
    pending: list[type[Base]] = []
    for name, values in snapshot.rows:
        if name in classes:
            cls = classes[name]
            vals = {k: v for k, v in values.items() if k != "version"}
            # References between restored rows of one table (a claim that is part of another)
            # are set once all rows are back.
            for col in cls.__table__.columns:
                if vals.get(col.key) is not None and any(
                        fk.column.table is cls.__table__ for fk in col.foreign_keys):
                    deferred.append((cls, vals["id"], col.key, vals[col.key]))
                    vals[col.key] = None
            if pending and pending[-1] is not cls:
                session.flush()  # parents before the rows that refer to them
            pending.append(cls)
            session.add(cls(**vals))
        else:
            session.flush()
            session.execute(insert(Base.metadata.tables[name]), [values])
    session.flush()
    for cls, pk, column, value in deferred:
        obj = session.get(cls, pk)
        if obj is not None:
            setattr(obj, column, value)
    for cls_name, pk, column, value in snapshot.unlinked:
        obj = session.get(classes[cls_name], pk)
        if obj is not None and getattr(obj, column) is None:
            setattr(obj, column, value)
    session.flush()


def values_equal(a: Mapping[str, Any], b: Mapping[str, Any], keys: Iterable[str] | None = None) -> bool:
    """Whether two value dicts agree (on `keys`, default all keys of `a` but `version`)."""
    keys = [k for k in (keys or a.keys()) if k != "version"]

    def norm(v: Any) -> Any:
        return sorted(map(tuple, v), key=str) if isinstance(v, list) and v and isinstance(v[0], tuple) else v
    return all(norm(a.get(k)) == norm(b.get(k)) for k in keys)
