"""Which tables a merge carries, in which order, and the content hash of a record.

A record's *content* is every column but its id and the bookkeeping columns (created/updated
at/by, version); for an assessment it also includes the set of claims it rests on
(`assessment_claims`). Two records with the same content hash are the same version, whichever
database holds them and whenever they were written. The hash leaves out NULLs and values equal
to the column's default, so a new nullable or defaulted column does not change the hashes of
existing records, and an audit-log snapshot taken before the defaults were applied hashes like
the stored row."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, Table, Time, Uuid
from sqlalchemy.types import JSON

from ..models import AUDITED, Base, Recorded, assessment_claims

HASH_LENGTH = 32  # hex characters (128 bits of SHA-256)

# Derived or local tables that merges never carry (the test `test_every_table_is_classified`
# makes a new table fail until it is listed here or synced).
NOT_MERGED = frozenset({
    "alembic_version", "database_info", "audit_log",  # the audit log is merged separately (by entry id)
    "incident_figures",  # a cache the cross-referencing scan recomputes
    "search_documents", "search_terms",  # the search index (re-indexed after a merge)
    "sync_versions", "sync_peer_versions", "sync_id_map", "sync_runs", "merge_conflicts", "merge_matches",
    "drafts",  # a worker's unsaved forms stay on that worker's database
    "attachment_blobs",  # copied by hash with the attachments that name them (sync/blobs.py)
})


@dataclass(frozen=True)
class LinkSet:
    """A many-to-many table merged as part of its owner's content (e.g. assessment_claims)."""

    table: Table
    owner_column: str
    member_column: str
    key: str  # name of the pseudo-column in the owner's content


@dataclass
class SyncedTable:
    """A table of recorded entities as a merge sees it."""

    table: Table
    content: tuple[Column[Any], ...]
    # foreign-key column name -> referenced table name (self-references included)
    references: dict[str, str] = field(default_factory=dict)
    # unique keys other than the id: a remote record with the same key is the same record
    natural_keys: tuple[tuple[str, ...], ...] = ()
    links: tuple[LinkSet, ...] = ()

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def self_references(self) -> list[str]:
        return [col for col, target in self.references.items() if target == self.name]


LINKS = {"assessments": (LinkSet(assessment_claims, "assessment_id", "claim_id", "claims"),)}
LINK_TABLES = frozenset(link.table.name for links in LINKS.values() for link in links)

# Columns kept by other code (derived from other columns): compared and merged like the rest.


def _build() -> list[SyncedTable]:
    audited = {model.__table__.name for model in AUDITED}
    out: list[SyncedTable] = []
    for table in Base.metadata.sorted_tables:
        if table.name not in audited:
            continue
        content = tuple(c for c in table.columns if c.name != "id" and c.name not in Recorded.BOOKKEEPING)
        refs = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
        keys = tuple(tuple(c.name for c in con.columns) for con in table.constraints
                     if con.__class__.__name__ == "UniqueConstraint")
        keys += tuple(tuple(c.name for c in ix.columns) for ix in table.indexes if ix.unique)
        keys += tuple((c.name,) for c in table.columns if c.unique and c.name != "id")
        out.append(SyncedTable(table=table, content=content, references=refs,
                               natural_keys=tuple(dict.fromkeys(keys)), links=LINKS.get(table.name, ())))
    return out


SYNCED: list[SyncedTable] = _build()
BY_NAME: dict[str, SyncedTable] = {t.name: t for t in SYNCED}


def referencing(table_name: str) -> list[tuple[SyncedTable, str]]:
    """(table, column) pairs whose foreign key points at `table_name`, among merged tables."""
    return [(t, col) for t in SYNCED for col, target in t.references.items() if target == table_name]


# ---------------------------------------------------------------------------------------------
# Canonical values and hashes


def _default(column: Column[Any]) -> Any:
    default = column.default
    if default is None:
        return None
    if getattr(default, "is_scalar", False):
        return default.arg
    if getattr(default, "is_callable", False):
        # list/dict factories (JSON columns); other callables (uuid4, utcnow) have no fixed value
        fn = getattr(default.arg, "__wrapped__", None) or default.arg
        for factory in (list, dict):
            if fn is factory:
                return factory()
        try:
            value = default.arg(None)
        except Exception:  # noqa: BLE001 (a context-dependent default: no fixed value)
            return None
        return value if isinstance(value, (list, dict)) and not value else None
    return None


def _to_uuid(value: Any) -> str:
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))


def _to_datetime(value: Any) -> str:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat()


def _to_date(value: Any) -> str:
    return (date.fromisoformat(value) if isinstance(value, str) else value).isoformat()


def _to_time(value: Any) -> str:
    return (time.fromisoformat(value) if isinstance(value, str) else value).isoformat()


def _to_json(value: Any) -> Any:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    return json.loads(json.dumps(value, default=str))


def _to_plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    return str(value) if not isinstance(value, (str, int, float, bool, list, dict)) else value


def _converter(column: Column[Any]) -> Any:
    """The function giving a column's canonical value (chosen once per column)."""
    ctype = column.type
    if isinstance(ctype, Uuid):
        return _to_uuid
    if isinstance(ctype, DateTime) or getattr(ctype, "impl", None).__class__ is DateTime:
        return _to_datetime
    if isinstance(ctype, Date):
        return _to_date
    if isinstance(ctype, Time):
        return _to_time
    if isinstance(ctype, Boolean):
        return bool
    if isinstance(ctype, Float):
        return float
    if isinstance(ctype, Integer):
        return int
    if isinstance(ctype, JSON):
        return _to_json
    return _to_plain


_CONVERTERS: dict[tuple[str, str], Any] = {}


def canonical(column: Column[Any], value: Any) -> Any:
    """The value as plain JSON data, whether it comes from a database row (Python objects) or
    from an audit-log snapshot (JSON strings): the same value gives the same result."""
    if value is None:
        return None
    key = (column.table.name, column.name)
    fn = _CONVERTERS.get(key)
    if fn is None:
        fn = _CONVERTERS[key] = _converter(column)
    return fn(value)


_DEFAULTS: dict[tuple[str, str], Any] = {}


def _canonical_default(column: Column[Any]) -> Any:
    key = (column.table.name, column.name)
    if key not in _DEFAULTS:
        raw = _default(column)
        _DEFAULTS[key] = canonical(column, raw) if raw is not None else None
    return _DEFAULTS[key]


_PLANS: dict[str, list[tuple[str, Any, Any]]] = {}


def _plan(spec: SyncedTable) -> list[tuple[str, Any, Any]]:
    """(column name, converter, canonical default) of the content columns, built once per table."""
    plan = _PLANS.get(spec.name)
    if plan is None:
        plan = _PLANS[spec.name] = [(c.name, _converter(c), _canonical_default(c)) for c in spec.content]
    return plan


def content(spec: SyncedTable, row: Mapping[str, Any], links: Mapping[str, Iterable[Any]] | None = None
            ) -> dict[str, Any]:
    """The record's content as canonical JSON data, without NULLs and default values."""
    out: dict[str, Any] = {}
    get = row.get
    for name, fn, default in _plan(spec):
        value = get(name)
        if value is None:
            continue
        value = fn(value)
        if value == default:
            continue
        out[name] = value
    for link in spec.links:
        members = (links or {}).get(link.key)
        if members is None:
            members = row.get(link.key) or ()
        ids = sorted(str(m) for m in members)
        if ids:
            out[link.key] = ids
    return out


def content_hash(spec: SyncedTable, row: Mapping[str, Any], links: Mapping[str, Iterable[Any]] | None = None
                 ) -> str:
    data = json.dumps(content(spec, row, links), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def jsonable_row(spec: SyncedTable, row: Mapping[str, Any]) -> dict[str, Any]:
    """All columns of a row (bookkeeping included) as JSON data: what conflicts and the audit log store."""
    out = {c.name: canonical(c, row.get(c.name)) for c in spec.table.columns}
    for link in spec.links:
        if link.key in row:
            out[link.key] = sorted(str(m) for m in row[link.key] or ())
    return out


def from_json(spec: SyncedTable, data: Mapping[str, Any]) -> dict[str, Any]:
    """Column values (Python objects, ready for an insert or update) from JSON data."""
    out: dict[str, Any] = {}
    for column in spec.table.columns:
        if column.name not in data:
            continue
        out[column.name] = python_value(column, data[column.name])
    for link in spec.links:
        if link.key in data:
            out[link.key] = [uuid.UUID(str(m)) for m in data[link.key] or ()]
    return out


def python_value(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    ctype = column.type
    enum_class = getattr(ctype, "enum_class", None)
    if enum_class is not None:
        return enum_class(value)
    if isinstance(ctype, Uuid):
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    if isinstance(ctype, DateTime) or getattr(ctype, "impl", None).__class__ is DateTime:
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(ctype, Date) and isinstance(value, str):
        return date.fromisoformat(value)
    if isinstance(ctype, Time) and isinstance(value, str):
        return time.fromisoformat(value)
    return value
