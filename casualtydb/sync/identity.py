"""Folding one record into another that is the same thing (a confirmed name match, the same
P-code, the same place of an incident entered twice): every reference is re-pointed, the
absorbed record is deleted, the decision is kept in `sync_id_map` so that merges translate the
absorbed id wherever it still appears, and each write goes to the audit log.

Works on a Core connection inside the caller's transaction; never commits."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, select, update

from ..audit import log_rows
from ..models import AuditAction, SyncIdMap, SyncVersion, utcnow
from .common import ConcurrentChangeError
from .tables import BY_NAME, SyncedTable, jsonable_row, referencing

CHUNK = 500


def chunks(items: Sequence[Any] | Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class Touched:
    """Records written, per table (for the summary and the search index)."""

    inserted: dict[str, set[uuid.UUID]] = field(default_factory=lambda: defaultdict(set))
    updated: dict[str, set[uuid.UUID]] = field(default_factory=lambda: defaultdict(set))
    deleted: dict[str, set[uuid.UUID]] = field(default_factory=lambda: defaultdict(set))

    def all_ids(self, table: str) -> set[uuid.UUID]:
        return self.inserted[table] | self.updated[table] | self.deleted[table]


class IdMap:
    """absorbed id -> kept id per table, followed transitively."""

    def __init__(self) -> None:
        self._map: dict[str, dict[uuid.UUID, uuid.UUID]] = defaultdict(dict)

    @classmethod
    def load(cls, conn: Connection) -> IdMap:
        ids = cls()
        for row in conn.execute(select(SyncIdMap.table_name, SyncIdMap.absorbed_id, SyncIdMap.kept_id)):
            ids._map[row.table_name][row.absorbed_id] = row.kept_id
        return ids

    def add(self, table: str, absorbed: uuid.UUID, kept: uuid.UUID) -> None:
        self._map[table][absorbed] = kept

    def __contains__(self, key: tuple[str, uuid.UUID]) -> bool:
        return key[1] in self._map.get(key[0], {})

    def entries(self, table: str) -> dict[uuid.UUID, uuid.UUID]:
        return self._map.get(table, {})

    def resolve(self, table: str, record_id: uuid.UUID | None) -> uuid.UUID | None:
        if record_id is None:
            return None
        seen = set()
        mapping = self._map.get(table)
        if not mapping:
            return record_id
        while record_id in mapping and record_id not in seen:
            seen.add(record_id)
            record_id = mapping[record_id]
        return record_id

    def is_empty(self) -> bool:
        return not any(self._map.values())


def load_row(conn: Connection, spec: SyncedTable, record_id: uuid.UUID) -> dict[str, Any] | None:
    row = conn.execute(select(spec.table).where(spec.table.c.id == record_id)).mappings().first()
    if row is None:
        return None
    out = dict(row)
    for link in spec.links:
        out[link.key] = sorted(conn.execute(
            select(link.table.c[link.member_column]).where(link.table.c[link.owner_column] == record_id)
        ).scalars(), key=str)
    return out


def write_links(conn: Connection, spec: SyncedTable, record_id: uuid.UUID, row: Mapping[str, Any]) -> None:
    for link in spec.links:
        conn.execute(delete(link.table).where(link.table.c[link.owner_column] == record_id))
        members = row.get(link.key) or []
        if members:
            conn.execute(insert(link.table), [{link.owner_column: record_id, link.member_column: m}
                                              for m in members])


def table_row(spec: SyncedTable, row: Mapping[str, Any]) -> dict[str, Any]:
    """Only the table's own columns (no link pseudo-columns)."""
    return {c.name: row.get(c.name) for c in spec.table.columns}


def _find_by_key(conn: Connection, spec: SyncedTable, key: tuple[str, ...], values: Mapping[str, Any],
                 exclude: uuid.UUID) -> uuid.UUID | None:
    if any(values.get(col) is None for col in key):
        return None
    cond = and_(*(spec.table.c[col] == values[col] for col in key), spec.table.c.id != exclude)
    return conn.execute(select(spec.table.c.id).where(cond)).scalar()


def absorb(conn: Connection, table: str, absorbed_id: uuid.UUID, kept_id: uuid.UUID, *, user: str,
           context: str, reason: str, touched: Touched, id_map: IdMap | None = None,
           kept_row: Mapping[str, Any] | None = None) -> None:
    """Fold record `absorbed_id` into `kept_id` (same table). When `kept_id` does not exist here
    yet, it is created from `kept_row` (default: the absorbed record's own values under the new
    id), which re-keys the record."""
    spec = BY_NAME[table]
    absorbed = load_row(conn, spec, absorbed_id)
    if absorbed is None or absorbed_id == kept_id:
        return
    kept_exists = conn.execute(select(spec.table.c.id).where(spec.table.c.id == kept_id)).first() is not None
    inbound = referencing(table)
    link_refs = [(owner, link) for owner in BY_NAME.values() for link in owner.links
                 if link.table.c[link.member_column].foreign_keys
                 and next(iter(link.table.c[link.member_column].foreign_keys)).column.table.name == table]

    if not kept_exists:
        new_row = dict(kept_row) if kept_row is not None else dict(absorbed)
        new_row["id"] = kept_id
        if not inbound and not link_refs:
            _delete_row(conn, spec, absorbed, user=user, context=context, touched=touched)
            absorbed = None
        else:
            # Free the absorbed record's unique values (a P-code) so the kept one can take them.
            frees = {col: None for key in spec.natural_keys for col in key
                     if len(key) == 1 and spec.table.c[col].nullable and absorbed.get(col) is not None}
            if frees:
                conn.execute(update(spec.table).where(spec.table.c.id == absorbed_id).values(**frees))
        self_refs = {col: new_row.get(col) for col in spec.self_references
                     if new_row.get(col) == absorbed_id}
        values = table_row(spec, new_row)
        values.update({col: None for col in self_refs})
        conn.execute(insert(spec.table), [values])
        write_links(conn, spec, kept_id, new_row)
        log_rows(conn, table, AuditAction.INSERT, [(kept_id, None, jsonable_row(spec, new_row))],
                 user=user, context=context)
        touched.inserted[table].add(kept_id)

    if absorbed is not None:
        for child, col in inbound:
            _repoint(conn, child, col, absorbed_id, kept_id, user=user, context=context, reason=reason,
                     touched=touched, id_map=id_map)
        for owner, link in link_refs:
            rows = conn.execute(select(link.table).where(link.table.c[link.member_column] == absorbed_id)).all()
            for row in rows:
                owner_id = row._mapping[link.owner_column]
                conn.execute(delete(link.table).where(
                    link.table.c[link.owner_column] == owner_id, link.table.c[link.member_column] == absorbed_id))
                exists = conn.execute(select(link.table).where(
                    link.table.c[link.owner_column] == owner_id, link.table.c[link.member_column] == kept_id)).first()
                if exists is None:
                    conn.execute(insert(link.table), [{link.owner_column: owner_id, link.member_column: kept_id}])
                log_rows(conn, owner.name, AuditAction.UPDATE,
                         [(owner_id, {link.key: [str(absorbed_id)]}, {link.key: [str(kept_id)]})],
                         user=user, context=context)
                touched.updated[owner.name].add(owner_id)
        if table == "places":
            _fix_paths(conn, spec, absorbed, kept_id, user=user, context=context, touched=touched)
        _delete_row(conn, spec, absorbed, user=user, context=context, touched=touched)

    # What we knew of the absorbed record's versions now belongs to the kept one.
    known = set(conn.execute(select(SyncVersion.hash).where(
        SyncVersion.table_name == table, SyncVersion.record_id == absorbed_id)).scalars())
    have = set(conn.execute(select(SyncVersion.hash).where(
        SyncVersion.table_name == table, SyncVersion.record_id == kept_id)).scalars())
    if known - have:
        conn.execute(insert(SyncVersion), [{"table_name": table, "record_id": kept_id, "hash": h}
                                           for h in sorted(known - have)])
    if conn.execute(select(SyncIdMap.kept_id).where(
            SyncIdMap.table_name == table, SyncIdMap.absorbed_id == absorbed_id)).first() is None:
        conn.execute(insert(SyncIdMap), [{"table_name": table, "absorbed_id": absorbed_id, "kept_id": kept_id,
                                          "decided_at": utcnow(), "decided_by": user, "reason": reason[:300]}])
    if id_map is not None:
        id_map.add(table, absorbed_id, kept_id)


def _repoint(conn: Connection, child: SyncedTable, col: str, old: uuid.UUID, new: uuid.UUID, *, user: str,
             context: str, reason: str, touched: Touched, id_map: IdMap | None) -> None:
    rows = [dict(r) for r in conn.execute(select(child.table).where(child.table.c[col] == old)).mappings()]
    for row in rows:
        moved = dict(row)
        moved[col] = new
        twin = None
        for key in child.natural_keys:
            if col in key:
                twin = _find_by_key(conn, child, key, moved, exclude=row["id"])
                if twin is not None:
                    break
        if twin is not None:
            # The same link already exists for the kept record: this one is folded into it.
            absorb(conn, child.name, row["id"], twin, user=user, context=context, reason=reason,
                   touched=touched, id_map=id_map)
            continue
        result = conn.execute(update(child.table).where(child.table.c.id == row["id"],
                                                        child.table.c.version == row["version"])
                              .values({col: new, "version": row["version"] + 1}))
        if result.rowcount != 1:
            raise ConcurrentChangeError(child.name, row["id"])
        log_rows(conn, child.name, AuditAction.UPDATE, [(row["id"], {col: str(old)}, {col: str(new)})],
                 user=user, context=context)
        touched.updated[child.name].add(row["id"])


def _fix_paths(conn: Connection, spec: SyncedTable, absorbed: Mapping[str, Any], kept_id: uuid.UUID, *,
               user: str, context: str, touched: Touched) -> None:
    """Places below the absorbed one: their materialised path now runs through the kept place."""
    old_prefix = absorbed.get("path") or ""
    kept_path = conn.execute(select(spec.table.c.path).where(spec.table.c.id == kept_id)).scalar() or ""
    if not old_prefix or not kept_path:
        return
    rows = conn.execute(select(spec.table.c.id, spec.table.c.path, spec.table.c.version).where(
        spec.table.c.path.startswith(old_prefix, autoescape=True), spec.table.c.id != absorbed["id"])).all()
    for rid, path, version in rows:
        new_path = kept_path + path[len(old_prefix):]
        conn.execute(update(spec.table).where(spec.table.c.id == rid).values(path=new_path, version=version + 1))
        log_rows(conn, spec.name, AuditAction.UPDATE, [(rid, {"path": path}, {"path": new_path})],
                 user=user, context=context)
        touched.updated[spec.name].add(rid)


def _delete_row(conn: Connection, spec: SyncedTable, row: Mapping[str, Any], *, user: str, context: str,
                touched: Touched) -> None:
    for link in spec.links:
        conn.execute(delete(link.table).where(link.table.c[link.owner_column] == row["id"]))
    conn.execute(delete(spec.table).where(spec.table.c.id == row["id"]))
    log_rows(conn, spec.name, AuditAction.DELETE, [(row["id"], jsonable_row(spec, row), None)],
             user=user, context=context)
    touched.deleted[spec.name].add(row["id"])
