"""Merge conflicts: listing them with what differs, and settling them (keep this database's
version or the other's). Settling goes through the ORM, so the audit log, the version counter and
the search index follow as for any edit."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..audit import current_user, log_rows
from ..errors import CasualtyDBError
from ..models import AuditAction, Base, ConflictKind, MergeConflict, Side, utcnow
from .tables import BY_NAME, SyncedTable, content, from_json

# The fields a person recognises a record by, per table (first non-empty wins).
_LABEL_FIELDS = {
    "sources": ("name_ar", "name_en"),
    "actors": ("name_ar", "name_en"),
    "places": ("name_ar", "name_en", "pcode"),
    "reports": ("title", "url", "published_date"),
    "incidents": ("description_ar", "description_en", "start_date"),
    "claims": ("quote", "category"),
    "assessments": ("rationale", "category"),
}


class ConflictError(CasualtyDBError):
    """A merge conflict cannot be settled as asked."""


@dataclass
class FieldDifference:
    field: str
    local: Any
    remote: Any


@dataclass
class ConflictRow:
    id: uuid.UUID
    table: str
    record_id: uuid.UUID
    kind: ConflictKind
    applied: Side
    peer_label: str
    detected_at: datetime
    label: str
    local: dict[str, Any] | None
    remote: dict[str, Any] | None
    differences: list[FieldDifference] = field(default_factory=list)
    resolved_at: datetime | None = None
    resolved_by: str | None = None
    resolution: Side | None = None
    note: str | None = None

    def describe(self) -> str:
        """One line: what happened to which record."""
        if self.kind == ConflictKind.EDIT:
            fields = ", ".join(d.field for d in self.differences) or "no visible field"
            what = f"changed on both sides ({fields})"
        elif self.local is None:
            what = "deleted here, changed in the other database"
        else:
            what = "deleted in the other database, changed or still used here"
        return f"{self.table} «{self.label}»: {what}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.id), "table": self.table, "record_id": str(self.record_id), "kind": self.kind.value,
            "applied": self.applied.value, "other": self.peer_label, "detected_at": self.detected_at.isoformat(),
            "label": self.label, "description": self.describe(), "note": self.note,
            "differences": [{"field": d.field, "local": d.local, "remote": d.remote} for d in self.differences],
            "local": self.local, "remote": self.remote,
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
            "resolved_by": self.resolved_by, "resolution": self.resolution.value if self.resolution else None,
        }


def _conn(session: Session | Connection) -> Connection:
    return session.connection() if isinstance(session, Session) else session


def record_label(table: str, values: dict[str, Any] | None, limit: int = 70) -> str:
    if not values:
        return ""
    for name in _LABEL_FIELDS.get(table, ()):
        value = values.get(name)
        if value not in (None, ""):
            text = " ".join(str(value).split())
            return text if len(text) <= limit else text[: limit - 1] + "…"
    return str(values.get("id", ""))[:8]


def differences(spec: SyncedTable, local: dict[str, Any] | None, remote: dict[str, Any] | None
                ) -> list[FieldDifference]:
    """Content fields whose values differ between the two versions (defaults and NULLs alike)."""
    a = content(spec, from_json(spec, local)) if local else {}
    b = content(spec, from_json(spec, remote)) if remote else {}
    names = [c.name for c in spec.content] + [link.key for link in spec.links]
    return [FieldDifference(n, (local or {}).get(n), (remote or {}).get(n)) for n in names if a.get(n) != b.get(n)]


def _row(r: Any) -> ConflictRow:
    spec = BY_NAME[r["table_name"]]
    local, remote = r["local"], r["remote"]
    note = (remote or {}).pop("_note", None) if remote else None
    return ConflictRow(
        id=r["id"], table=r["table_name"], record_id=r["record_id"], kind=ConflictKind(r["kind"]),
        applied=Side(r["applied"]), peer_label=r["peer_label"], detected_at=r["detected_at"],
        label=record_label(r["table_name"], remote if r["applied"] == Side.REMOTE and remote else local or remote),
        local=local, remote=remote, differences=differences(spec, local, remote),
        resolved_at=r["resolved_at"], resolved_by=r["resolved_by"],
        resolution=Side(r["resolution"]) if r["resolution"] else None, note=note)


def list_conflicts(*, session: Session | Connection, include_resolved: bool = False) -> list[ConflictRow]:
    """Conflicts oldest first; by default only those not yet settled."""
    stmt = select(MergeConflict.__table__).order_by(MergeConflict.detected_at, MergeConflict.table_name)
    if not include_resolved:
        stmt = stmt.where(MergeConflict.resolved_at.is_(None))
    return [_row(r) for r in _conn(session).execute(stmt).mappings()]


def get_conflict(conflict_id: uuid.UUID, *, session: Session | Connection) -> ConflictRow:
    r = _conn(session).execute(select(MergeConflict.__table__).where(MergeConflict.id == conflict_id)).mappings().first()
    if r is None:
        raise ConflictError(f"no merge conflict {conflict_id}")
    return _row(r)


def find_conflict_id(prefix: str, *, session: Session | Connection) -> uuid.UUID:
    """A conflict id from its first characters (as the CLI prints them)."""
    prefix = prefix.strip().lower()
    ids = [i for i in _conn(session).execute(select(MergeConflict.id)).scalars()
           if str(i).startswith(prefix) or i.hex.startswith(prefix.replace("-", ""))]
    if not ids:
        raise ConflictError(f"no merge conflict {prefix}")
    if len(ids) > 1:
        raise ConflictError(f"{prefix} matches {len(ids)} conflicts; give more characters")
    return ids[0]


def _model(table: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise ConflictError(f"unknown table {table}")


def resolve_conflict(conflict_id: uuid.UUID, keep: Side | str, *, session: Session,
                     user: str | None = None) -> ConflictRow:
    """Settle a conflict: the record gets the kept version (or is deleted, when the kept side had
    deleted it). Needs an ORM session (the audit hook records the change); never commits."""
    keep = Side(keep)
    user = user or session.info.get("user") or current_user()
    conflict = get_conflict(conflict_id, session=session)
    if conflict.resolved_at is not None:
        raise ConflictError(f"this conflict was already settled by {conflict.resolved_by} "
                            f"({conflict.resolution.value if conflict.resolution else ''})")
    spec = BY_NAME[conflict.table]
    model = _model(conflict.table)
    chosen = conflict.local if keep == Side.LOCAL else conflict.remote
    obj = session.get(model, conflict.record_id)
    if chosen is None:
        if obj is not None:
            session.delete(obj)
            try:
                session.flush()
            except IntegrityError:
                raise ConflictError(f"{conflict.table} «{conflict.label}» cannot be deleted: other records still "
                                    "refer to it; change or delete those first") from None
    else:
        values = from_json(spec, chosen)
        fields = {c.name: values.get(c.name) for c in spec.content}
        if obj is None:
            obj = model(id=conflict.record_id, **fields)
            session.add(obj)
        else:
            for name, value in fields.items():
                if getattr(obj, name) != value:
                    setattr(obj, name, value)
        session.flush()
        for link in spec.links:
            _set_links(session.connection(), spec, link, conflict.record_id, values.get(link.key) or [],
                       user=user, context=f"settle merge conflict {conflict.id}")
    session.connection().execute(update(MergeConflict).where(MergeConflict.id == conflict.id).values(
        resolved_at=utcnow(), resolved_by=user, resolution=keep))
    return get_conflict(conflict.id, session=session)


def _set_links(conn: Connection, spec: SyncedTable, link: Any, owner_id: uuid.UUID, members: list[uuid.UUID],
               *, user: str, context: str) -> None:
    current = sorted(conn.execute(select(link.table.c[link.member_column]).where(
        link.table.c[link.owner_column] == owner_id)).scalars(), key=str)
    wanted = sorted(set(members), key=str)
    if current == wanted:
        return
    conn.execute(delete(link.table).where(link.table.c[link.owner_column] == owner_id))
    if wanted:
        conn.execute(insert(link.table), [{link.owner_column: owner_id, link.member_column: m} for m in wanted])
    log_rows(conn, spec.name, AuditAction.UPDATE,
             [(owner_id, {link.key: [str(m) for m in current]}, {link.key: [str(m) for m in wanted]})],
             user=user, context=context)
