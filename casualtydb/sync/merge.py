"""Merging another casualtydb database (or a bundle) into this one, in one transaction.

Records are matched by UUID. For a record both sides hold with different content, the merge asks
which side has something the other has not seen, using *known versions* (content hashes):

- ours knows theirs when their hash is among the versions ours includes: our current hash, the
  versions recorded at earlier merges (`sync_versions`), and the record's state when it was
  created (from the audit log's insert entries);
- theirs knows ours when our hash is among the versions theirs includes (the same three sources
  read from the other database), or is what that database had when we last merged it in
  (`sync_peer_versions`: a database's own history is linear, so it has moved on from there).

Only theirs is new: take theirs. Only ours is new: keep ours. Both new: a merge conflict (both
versions kept in `merge_conflicts`, the more recently updated one applied, listed for a person).

Deletions come from the audit log: a record absent on one side whose delete entry is there was
deleted. The delete is applied when the other side's version is one the deleting side had
(unchanged since); otherwise, and whenever records still point at it, the record is kept and
the delete listed as a conflict. Nothing is overwritten or removed without a trace: every write
goes to the audit log under the context "merge-db <file>", and the other side's audit entries
are copied in.

Core statements only (the ORM is too slow for big merges); reads and writes go by chunks of ids.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from ..audit import current_user, log_rows
from ..crossref import duplicates
from ..db import Database
from ..errors import CasualtyDBError
from ..models import (
    AuditAction,
    AuditEntry,
    ConflictKind,
    MatchStatus,
    MergeConflict,
    MergeMatch,
    Side,
    SyncIdMap,
    SyncPeerVersion,
    SyncRun,
    SyncVersion,
    utcnow,
)
from ..search import reindex
from .blobs import copy_blobs
from .common import ConcurrentChangeError, MatchProposal, OtherDatabase, own_database_id
from .identity import CHUNK, IdMap, Touched, absorb, chunks, table_row, write_links
from .matching import propose_matches
from .tables import BY_NAME, SYNCED, SyncedTable, content_hash, from_json, jsonable_row, referencing

# ConcurrentChangeError, MatchProposal and own_database_id live in sync.common (shared with identity,
# matching and bundle); callers still import them from here.
__all__ = ["ConcurrentChangeError", "MatchProposal", "MergeSummary", "Progress", "merge_database", "merge_into",
           "own_database_id"]

log = logging.getLogger("casualtydb.sync")

Progress = Callable[[str, int, int], None]

AUDIT = AuditEntry.__table__
# What `sync_peer_versions` records for a record the peer had deleted when we last met.
DELETED = "deleted"


@dataclass
class MergeSummary:
    """What a merge did (or, with dry_run, would do)."""

    other: str
    kind: str
    peer_id: str
    dry_run: bool = False
    run_id: uuid.UUID | None = None
    signer: str | None = None  # a bundle's signing key (fingerprint), when its signature holds
    added: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    updated: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    deleted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    conflicts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kept_deleted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    same_records: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    audit_entries: int = 0
    conflict_ids: list[uuid.UUID] = field(default_factory=list)
    proposed_matches: list[MatchProposal] = field(default_factory=list)
    duplicate_candidates: int | None = None
    notes: list[str] = field(default_factory=list)

    @staticmethod
    def _total(d: Mapping[str, int]) -> int:
        return sum(d.values())

    @property
    def changed(self) -> bool:
        return bool(self._total(self.added) or self._total(self.updated) or self._total(self.deleted)
                    or self._total(self.conflicts) or self._total(self.same_records) or self.audit_entries
                    or self.proposed_matches)

    def to_dict(self) -> dict[str, Any]:
        def clean(d: Mapping[str, int]) -> dict[str, int]:
            return {k: v for k, v in sorted(d.items()) if v}

        return {
            "other": self.other, "kind": self.kind, "peer_id": self.peer_id, "dry_run": self.dry_run,
            "run_id": str(self.run_id) if self.run_id else None,
            "added": clean(self.added), "updated": clean(self.updated), "deleted": clean(self.deleted),
            "conflicts": clean(self.conflicts), "kept_deleted": clean(self.kept_deleted),
            "same_records": clean(self.same_records), "audit_entries": self.audit_entries,
            "totals": {"added": self._total(self.added), "updated": self._total(self.updated),
                       "deleted": self._total(self.deleted), "conflicts": self._total(self.conflicts),
                       "proposed_matches": len(self.proposed_matches)},
            "conflict_ids": [str(i) for i in self.conflict_ids],
            "proposed_matches": [
                {"id": str(m.id), "table": m.table, "local_id": str(m.local_id), "remote_id": str(m.remote_id),
                 "name": m.name, "reason": m.reason} for m in self.proposed_matches],
            "duplicate_candidates": self.duplicate_candidates,
            "notes": self.notes,
        }

    def headline(self) -> str:
        t = self.to_dict()["totals"]
        verb = "would add" if self.dry_run else "added"
        return (f"{verb} {t['added']}, updated {t['updated']}, deleted {t['deleted']}, "
                f"conflicts {t['conflicts']}, proposed matches {t['proposed_matches']}")


class _Merger:
    def __init__(self, conn: Connection, rconn: Connection, other: OtherDatabase, *, user: str, context: str,
                 progress: Progress | None) -> None:
        self.conn = conn
        self.rconn = rconn
        self.other = other
        self.user = user
        self.context = context
        self.progress = progress or (lambda stage, done, total: None)
        self.touched = Touched()
        self.summary = MergeSummary(other=other.label, kind=other.kind, peer_id=other.database_id)
        self.run_id = uuid.uuid4()
        self.now = utcnow()
        self.peer = other.database_id
        self.use_peer_state = True
        # (table, id) the local side deleted and the remote did not change since: not re-added
        # unless an incoming record needs them.
        self.kept_deleted: dict[str, set[uuid.UUID]] = defaultdict(set)
        self.remote_ids: dict[str, set[uuid.UUID]] = defaultdict(set)
        self.new_versions: set[tuple[str, uuid.UUID, str]] = set()
        self.peer_versions: dict[tuple[str, uuid.UUID], str] = {}
        self.new_map_entries: list[dict[str, Any]] = []
        self.self_fk_fixups: list[tuple[SyncedTable, uuid.UUID, dict[str, Any]]] = []
        self.pending_inserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        # Records the other side deleted that can be deleted here too (checked against references last).
        self._delete_candidates: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
        self.pending_updates: dict[str, list[tuple[Mapping[str, Any], dict[str, Any]]]] = defaultdict(list)

    # -- reading --------------------------------------------------------------------------------

    def _rows(self, conn: Connection, spec: SyncedTable, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
        rows = {r["id"]: dict(r) for r in conn.execute(select(spec.table).where(spec.table.c.id.in_(ids))).mappings()}
        for link in spec.links:
            for row in rows.values():
                row[link.key] = []
            for owner, member in conn.execute(select(link.table.c[link.owner_column], link.table.c[link.member_column])
                                              .where(link.table.c[link.owner_column].in_(ids))):
                rows[owner][link.key].append(member)
            for row in rows.values():
                row[link.key].sort(key=str)
        return rows

    def _map_row(self, spec: SyncedTable, row: dict[str, Any]) -> dict[str, Any]:
        for col, target in spec.references.items():
            if row.get(col) is not None:
                row[col] = self.id_map.resolve(target, row[col])
        for link in spec.links:
            target = next(iter(link.table.c[link.member_column].foreign_keys)).column.table.name
            row[link.key] = sorted({self.id_map.resolve(target, m) for m in row.get(link.key) or []}, key=str)
        return row

    def _known(self, conn: Connection, table: str, ids: Iterable[uuid.UUID], spec: SyncedTable
               ) -> tuple[dict[uuid.UUID, set[str]], dict[uuid.UUID, set[str]]]:
        """(stored versions, creation states) of records, from one side's bookkeeping and audit log."""
        stored: dict[uuid.UUID, set[str]] = defaultdict(set)
        created: dict[uuid.UUID, set[str]] = defaultdict(set)
        for chunk in chunks(list(ids)):
            for rid, h in conn.execute(select(SyncVersion.record_id, SyncVersion.hash).where(
                    SyncVersion.table_name == table, SyncVersion.record_id.in_(chunk))):
                stored[rid].add(h)
            for rid, new in conn.execute(select(AUDIT.c.record_id, AUDIT.c.new).where(
                    AUDIT.c.table_name == table, AUDIT.c.action == AuditAction.INSERT, AUDIT.c.record_id.in_(chunk))):
                if new:
                    created[rid].add(content_hash(spec, self._map_row(spec, _from_audit(spec, new))))
        return stored, created

    def _deleted(self, conn: Connection, table: str, spec: SyncedTable) -> dict[uuid.UUID, set[str]]:
        """Records this side deleted (audit delete entries): id -> hashes of the deleted versions."""
        out: dict[uuid.UUID, set[str]] = defaultdict(set)
        for rid, old in conn.execute(select(AUDIT.c.record_id, AUDIT.c.old).where(
                AUDIT.c.table_name == table, AUDIT.c.action == AuditAction.DELETE)):
            out[rid].add(content_hash(spec, self._map_row(spec, _from_audit(spec, old or {}))))
        return out

    # -- the merge ------------------------------------------------------------------------------

    def run(self) -> MergeSummary:
        own = own_database_id(self.conn)
        if own and own == self.peer:
            self.use_peer_state = False
            self.summary.notes.append(
                "the other database is a copy of this one (same database id): records changed on both "
                "sides since the copy are listed as conflicts")
        self._load_maps()
        self._apply_map_locally()
        tables = SYNCED
        for n, spec in enumerate(tables):
            self.progress("records", n, len(tables))
            self._merge_table(spec)
        self.progress("records", len(tables), len(tables))
        self._fix_self_references()
        self.progress("deletions", 0, 1)
        self._apply_deletes()
        self.progress("audit log", 0, 1)
        self._copy_audit()
        copy_blobs(self.rconn, self.conn)  # the bytes of the attachments now here
        self._write_bookkeeping()
        self.progress("matches", 0, 1)

        self.summary.proposed_matches = propose_matches(self.conn, self.touched.inserted, run_id=self.run_id)
        self._reindex()
        self.summary.duplicate_candidates = _duplicate_candidates(self.conn, self.touched.inserted.get("incidents"))
        if self.summary.changed:
            self.summary.run_id = self.run_id
            self.conn.execute(insert(SyncRun), [{
                "id": self.run_id, "peer_id": self.peer, "peer_label": self.other.label[:500],
                "kind": self.other.kind, "started_at": self.now, "finished_at": utcnow(), "user": self.user,
                "summary": self.summary.to_dict()}])
        return self.summary

    def _load_maps(self) -> None:
        self.id_map = IdMap.load(self.conn)
        remote = IdMap.load(self.rconn)
        for table in {s.name for s in SYNCED}:
            for absorbed, kept in remote.entries(table).items():
                if (table, absorbed) in self.id_map:
                    continue
                self.id_map.add(table, absorbed, kept)
        for row in self.rconn.execute(select(SyncIdMap.__table__)).mappings():
            if self.conn.execute(select(SyncIdMap.kept_id).where(
                    SyncIdMap.table_name == row["table_name"], SyncIdMap.absorbed_id == row["absorbed_id"])).first() is None:
                self.new_map_entries.append(dict(row))
        if self.new_map_entries:
            self.conn.execute(insert(SyncIdMap), self.new_map_entries)

    def _apply_map_locally(self) -> None:
        """Records the other side found to be the same: fold ours the same way."""
        if self.id_map.is_empty():
            return
        for spec in SYNCED:
            entries = self.id_map.entries(spec.name)
            if not entries:
                continue
            present = set()
            for chunk in chunks(list(entries)):
                present |= set(self.conn.execute(select(spec.table.c.id).where(spec.table.c.id.in_(chunk))).scalars())
            for absorbed in sorted(present, key=str):
                kept = self.id_map.resolve(spec.name, absorbed)
                if kept is None or kept == absorbed:
                    continue
                absorb(self.conn, spec.name, absorbed, kept, user=self.user, context=self.context,
                       reason="same record (decided in the other database)", touched=self.touched,
                       id_map=self.id_map)
                self.summary.same_records[spec.name] += 1
                # Our own proposal about the pair, if we had one, was decided over there.
                self.conn.execute(update(MergeMatch).where(
                    MergeMatch.table_name == spec.name, MergeMatch.status == MatchStatus.PROPOSED,
                    (MergeMatch.local_id == absorbed) | (MergeMatch.remote_id == absorbed)).values(
                    status=MatchStatus.CONFIRMED, decided_at=self.now, decided_by=f"{self.user} (in {self.other.label})"[:100],
                    kept_id=kept))

    def _merge_table(self, spec: SyncedTable) -> None:
        table = spec.name
        remote_ids = list(self.rconn.execute(select(spec.table.c.id)).scalars())
        self.remote_ids[table] = set(remote_ids)
        local_deleted = self._deleted(self.conn, table, spec)
        for chunk in chunks(remote_ids, CHUNK):
            remote_rows = self._rows(self.rconn, spec, chunk)
            mapped: dict[uuid.UUID, dict[str, Any]] = {}
            folded: dict[uuid.UUID, dict[str, Any]] = {}
            for rid, row in remote_rows.items():
                if (table, rid) in self.id_map:
                    folded[rid] = self._map_row(spec, row)  # folded into another record
                    continue
                mapped[rid] = self._map_row(spec, row)
            local_rows = self._rows(self.conn, spec, list(mapped))
            self._match_natural_keys(spec, mapped, local_rows)
            self._merge_chunk(spec, mapped, local_rows, local_deleted)
            self._flush(spec)
            if folded:
                self._changed_after_folding(spec, folded, local_deleted)
        self._remote_deletes(spec)

    def _changed_after_folding(self, spec: SyncedTable, folded: dict[uuid.UUID, dict[str, Any]],
                               local_deleted: dict[uuid.UUID, set[str]]) -> None:
        """The other side's copy of a record that was folded into another one: the kept record
        carries the content, unless the other side changed its copy since (then both versions
        are listed as a conflict on the kept record rather than dropped)."""
        k_local, c_local = self._known(self.conn, spec.name, list(folded), spec)
        k_remote, c_remote = self._known(self.rconn, spec.name, list(folded), spec)
        kept_ids = {rid: self.id_map.resolve(spec.name, rid) for rid in folded}
        kept_rows = self._rows(self.conn, spec, sorted(set(kept_ids.values()), key=str))
        for rid, row in folded.items():
            hr = content_hash(spec, row)
            known = k_local[rid] | c_local[rid] | local_deleted.get(rid, set()) | k_remote[rid] | c_remote[rid]
            if row.get("version") == 1 or hr in known:
                continue
            kept = kept_rows.get(kept_ids[rid])
            if kept is None or content_hash(spec, kept) == hr:
                continue
            remote = dict(row)
            remote["id"] = kept["id"]
            self._conflict(spec, kept["id"], ConflictKind.EDIT, kept, remote, Side.LOCAL,
                           note="changed in the other database after it was found to be the same as this record")
            self.new_versions.add((spec.name, rid, hr))

    def _match_natural_keys(self, spec: SyncedTable, mapped: dict[uuid.UUID, dict[str, Any]],
                            local_rows: dict[uuid.UUID, dict[str, Any]]) -> None:
        """A new remote record whose unique key (a P-code; an incident's place) a local record
        already has is the same record: it takes the local id."""
        if not spec.natural_keys:
            return
        for key in spec.natural_keys:
            new = {rid: tuple(row.get(col) for col in key) for rid, row in mapped.items()
                   if rid not in local_rows and all(row.get(col) is not None for col in key)}
            if not new:
                continue
            first = spec.table.c[key[0]]
            twins: dict[tuple[Any, ...], uuid.UUID] = {}
            for chunk in chunks(sorted({v[0] for v in new.values()}, key=str)):
                for row in self.conn.execute(select(spec.table.c.id, *(spec.table.c[c] for c in key))
                                             .where(first.in_(chunk))):
                    twins[tuple(row[1:])] = row[0]
            for rid, value in new.items():
                local_id = twins.get(value)
                if local_id is None or local_id == rid or rid not in mapped:
                    continue
                row = mapped.pop(rid)
                self.id_map.add(spec.name, rid, local_id)
                self.conn.execute(insert(SyncIdMap), [{
                    "table_name": spec.name, "absorbed_id": rid, "kept_id": local_id, "decided_at": self.now,
                    "decided_by": self.user, "reason": f"same {', '.join(key)}"}])
                self.summary.same_records[spec.name] += 1
                if local_id in mapped or local_id in self.remote_ids[spec.name]:
                    continue  # the other side also has our record itself: that row carries the content
                row["id"] = local_id
                mapped[local_id] = row
                local_rows.update(self._rows(self.conn, spec, [local_id]))

    def _merge_chunk(self, spec: SyncedTable, mapped: dict[uuid.UUID, dict[str, Any]],
                     local_rows: dict[uuid.UUID, dict[str, Any]], local_deleted: dict[uuid.UUID, set[str]]) -> None:
        table = spec.name
        h_remote = {rid: content_hash(spec, row) for rid, row in mapped.items()}
        h_local = {rid: content_hash(spec, row) for rid, row in local_rows.items()}
        differing = [rid for rid in mapped if rid not in local_rows or h_local[rid] != h_remote[rid]]
        if not differing:
            return
        k_local, c_local = self._known(self.conn, table, differing, spec)
        k_remote, c_remote = self._known(self.rconn, table, differing, spec)
        seen = self._seen(table, differing)
        for rid in differing:
            remote = mapped[rid]
            hr = h_remote[rid]
            remote_records = k_remote[rid] | c_remote[rid] | ({hr} if remote.get("version") == 1 else set())
            remote_knows = remote_records | {hr}
            local = local_rows.get(rid)
            if local is None:
                # Deleted here: an audit delete entry, or (deleted with its parent by the database,
                # unaudited) a record this database once had.
                if rid in local_deleted or k_local[rid] or c_local[rid]:
                    ours = k_local[rid] | c_local[rid] | local_deleted.get(rid, set())
                    if remote.get("version") == 1:
                        ours.add(hr)  # theirs is unchanged since it was created
                    if hr in ours:
                        self.kept_deleted[table].add(rid)
                        self.summary.kept_deleted[table] += 1
                        self._remember(table, rid, {hr} | k_remote[rid], hr, remote_records)
                        continue
                    self._insert(spec, remote)
                    self._conflict(spec, rid, ConflictKind.DELETE, None, remote, Side.REMOTE)
                    self._remember(table, rid, {hr} | k_remote[rid], hr, remote_records)
                else:
                    # Our audit entry of the insert records `hr` as its creation state here.
                    self._insert(spec, remote)
                    self.summary.added[table] += 1
                    self._remember(table, rid, set(k_remote[rid]), hr, remote_records)
                continue
            hl = h_local[rid]
            local_knows = k_local[rid] | c_local[rid] | {hl}
            # A record at version 1 has not changed since it was created, and every other version
            # of it descends from that state (ids are not reused): if only one side is still at
            # version 1, the other side's version includes it.
            if remote.get("version") == 1 and local.get("version", 1) > 1:
                local_knows.add(hr)
            elif local.get("version") == 1 and remote.get("version", 1) > 1:
                remote_knows = remote_knows | {hl}
            remote_new = hr not in local_knows
            local_new = hl not in remote_knows and seen.get(rid) != hl
            if remote_new and not local_new:
                self._update(spec, local, remote)
                self.summary.updated[table] += 1
            elif local_new and not remote_new:
                pass  # ours already includes theirs
            elif remote_new and local_new:
                newer = _newer(local, remote, hl, hr)
                if newer is Side.REMOTE:
                    self._update(spec, local, remote)
                self._conflict(spec, rid, ConflictKind.EDIT, local, remote, newer)
            else:
                # Each includes the other (a change was undone): the more recent one stands.
                if _newer(local, remote, hl, hr) is Side.REMOTE:
                    self._update(spec, local, remote)
                    self.summary.updated[table] += 1
            self._remember(table, rid, {hl, hr} | k_remote[rid], hr, remote_records)

    def _seen(self, table: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
        if not self.use_peer_state:
            return {}
        out: dict[uuid.UUID, str] = {}
        for chunk in chunks(ids):
            out.update(dict(self.conn.execute(select(SyncPeerVersion.record_id, SyncPeerVersion.hash).where(
                SyncPeerVersion.peer_id == self.peer, SyncPeerVersion.table_name == table,
                SyncPeerVersion.record_id.in_(chunk))).all()))
        return out

    def _remember(self, table: str, rid: uuid.UUID, hashes: set[str], remote_hash: str,
                  remote_records: set[str]) -> None:
        """Keep `hashes` as versions our record now includes; and what the other side had,
        unless it records that itself (`remote_records`: its stored versions and creation state)."""
        for h in hashes:
            self.new_versions.add((table, rid, h))
        if self.use_peer_state and remote_hash not in remote_records:
            self.peer_versions[(table, rid)] = remote_hash

    # -- writing --------------------------------------------------------------------------------

    def _ensure_parents(self, spec: SyncedTable, row: Mapping[str, Any]) -> None:
        """A record we deleted but an incoming record points at comes back (listed as a conflict)."""
        for col, target in spec.references.items():
            ref = row.get(col)
            if ref is not None and ref in self.kept_deleted.get(target, ()):
                self._restore(target, ref)
        for link in spec.links:
            target = next(iter(link.table.c[link.member_column].foreign_keys)).column.table.name
            for ref in row.get(link.key) or []:
                if ref in self.kept_deleted.get(target, ()):
                    self._restore(target, ref)

    def _restore(self, table: str, rid: uuid.UUID) -> None:

        spec = BY_NAME[table]
        self.kept_deleted[table].discard(rid)
        self.summary.kept_deleted[table] -= 1
        row = self._rows(self.rconn, spec, [rid]).get(rid)
        if row is None:
            return
        row = self._map_row(spec, row)
        self._insert(spec, row)
        self._flush(spec)  # before the record that needs it
        self._conflict(spec, rid, ConflictKind.DELETE, None, row, Side.REMOTE,
                       note="deleted here, but records merged in refer to it: restored")

    def _insert(self, spec: SyncedTable, row: dict[str, Any]) -> None:
        """Queue an insert (written by `_flush`, in bulk)."""
        self._ensure_parents(spec, row)
        self.pending_inserts[spec.name].append(row)

    def _update(self, spec: SyncedTable, local: Mapping[str, Any], remote: dict[str, Any]) -> None:
        """Queue an update of `local` to the content of `remote` (written by `_flush`, in bulk)."""
        self._ensure_parents(spec, remote)
        self.pending_updates[spec.name].append((local, remote))

    def _flush(self, spec: SyncedTable) -> None:
        """Write the queued inserts and updates of a table: one executemany each, plus their
        audit entries. Self-references are set at the end of the merge (the row they point at may
        come later)."""
        rows = self.pending_inserts.pop(spec.name, [])
        if rows:
            values = []
            for row in rows:
                v = table_row(spec, row)
                fix = {col: v[col] for col in spec.self_references if v.get(col) is not None}
                for col in fix:
                    v[col] = None
                v["version"] = v.get("version") or 1
                values.append(v)
                if fix:
                    self.self_fk_fixups.append((spec, row["id"], fix))
            self.conn.execute(insert(spec.table), values)
            for row in rows:
                if spec.links:
                    write_links(self.conn, spec, row["id"], row)
                self.touched.inserted[spec.name].add(row["id"])
            log_rows(self.conn, spec.name, AuditAction.INSERT,
                     [(row["id"], None, jsonable_row(spec, row)) for row in rows],
                     user=self.user, context=self.context)
        pairs = self.pending_updates.pop(spec.name, [])
        if pairs:
            cols = [c.name for c in spec.table.columns if c.name not in ("id", "created_at", "created_by")]
            stmt = (update(spec.table)
                    .where(spec.table.c.id == bindparam("b_id"), spec.table.c.version == bindparam("b_version"))
                    .values({c: bindparam(f"b_new_{c}") for c in cols}))
            params = []
            audit_rows = []
            for local, remote in pairs:
                v = table_row(spec, remote)
                v["version"] = local["version"] + 1
                fix = {}
                for col in spec.self_references:
                    if v.get(col) is not None and v[col] != local.get(col):
                        fix[col] = v[col]
                        v[col] = local.get(col)
                if fix:
                    self.self_fk_fixups.append((spec, local["id"], fix))
                params.append({"b_id": local["id"], "b_version": local["version"],
                               **{f"b_new_{c}": v.get(c) for c in cols}})
                old_j, new_j = jsonable_row(spec, local), jsonable_row(spec, remote)
                keys = [k for k in new_j if k not in ("id", "version", "created_at", "created_by")
                        and old_j.get(k) != new_j.get(k)]
                audit_rows.append((local["id"], {k: old_j.get(k) for k in keys}, {k: new_j.get(k) for k in keys}))
            result = self.conn.execute(stmt, params)
            if result.rowcount is not None and 0 <= result.rowcount != len(params):
                raise ConcurrentChangeError(spec.name, pairs[0][0]["id"])
            for local, remote in pairs:
                if any(link.key in remote for link in spec.links):
                    write_links(self.conn, spec, local["id"], remote)
                self.touched.updated[spec.name].add(local["id"])
            log_rows(self.conn, spec.name, AuditAction.UPDATE, audit_rows, user=self.user, context=self.context)

    def _fix_self_references(self) -> None:
        groups: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
        specs: dict[str, SyncedTable] = {}
        for spec, rid, values in self.self_fk_fixups:
            specs[spec.name] = spec
            groups[(spec.name, tuple(sorted(values)))].append({"b_id": rid, **{f"b_{k}": v for k, v in values.items()}})
        for (table, cols), params in groups.items():
            t = specs[table].table
            self.conn.execute(update(t).where(t.c.id == bindparam("b_id")).values({c: bindparam(f"b_{c}") for c in cols}),
                              params)

    def _conflict(self, spec: SyncedTable, rid: uuid.UUID, kind: ConflictKind, local: Mapping[str, Any] | None,
                  remote: Mapping[str, Any] | None, applied: Side, note: str | None = None) -> None:
        local_h = content_hash(spec, local) if local is not None else None
        remote_h = content_hash(spec, remote) if remote is not None else None
        for old in self.conn.execute(select(MergeConflict.local, MergeConflict.remote).where(
                MergeConflict.table_name == spec.name, MergeConflict.record_id == rid,
                MergeConflict.kind == kind, MergeConflict.resolved_at.is_(None))):
            old_l = content_hash(spec, _from_audit(spec, old.local)) if old.local is not None else None
            old_r = content_hash(spec, _from_audit(spec, old.remote)) if old.remote is not None else None
            if (old_l, old_r) == (local_h, remote_h):
                return  # already listed, not yet settled
        cid = uuid.uuid4()
        remote_j = jsonable_row(spec, remote) if remote is not None else None
        if remote_j is not None and note:
            remote_j["_note"] = note
        self.conn.execute(insert(MergeConflict), [{
            "id": cid, "run_id": self.run_id, "table_name": spec.name, "record_id": rid, "kind": kind,
            "local": jsonable_row(spec, local) if local is not None else None, "remote": remote_j,
            "applied": applied, "peer_id": self.peer, "peer_label": self.other.label[:500],
            "detected_at": self.now}])
        self.summary.conflicts[spec.name] += 1
        self.summary.conflict_ids.append(cid)

    # -- deletions ------------------------------------------------------------------------------

    def _remote_deletes(self, spec: SyncedTable) -> None:
        """Records the other side deleted: candidates for deletion here."""
        table = spec.name
        remote_deleted = self._deleted(self.rconn, table, spec)
        gone = [rid for rid in remote_deleted if rid not in self.remote_ids[table] and (table, rid) not in self.id_map]
        if not gone:
            return
        for chunk in chunks(gone):
            local_rows = self._rows(self.conn, spec, chunk)
            if not local_rows:
                continue
            k_remote, c_remote = self._known(self.rconn, table, list(local_rows), spec)
            seen = self._seen(table, list(local_rows))
            for rid, row in local_rows.items():
                hl = content_hash(spec, row)
                theirs = remote_deleted[rid] | k_remote[rid] | c_remote[rid]
                if row.get("version") == 1:
                    theirs.add(hl)  # unchanged here since it was created: what they deleted includes it
                if seen.get(rid) == DELETED:
                    continue  # their delete was settled at an earlier merge
                if hl in theirs or seen.get(rid) == hl:
                    self._delete_candidates[(table, rid)] = row
                else:
                    self._conflict(spec, rid, ConflictKind.DELETE, row, None, Side.LOCAL)
                    self.new_versions.update((table, rid, h) for h in remote_deleted[rid] | {hl})
                    if self.use_peer_state:
                        self.peer_versions[(table, rid)] = DELETED

    def _apply_deletes(self) -> None:

        candidates = self._delete_candidates
        if not candidates:
            return
        # A delete goes ahead only if everything that still points at the record goes too.
        changed = True
        blocked: dict[tuple[str, uuid.UUID], str] = {}
        while changed:
            changed = False
            by_table: dict[str, set[uuid.UUID]] = defaultdict(set)
            for table, rid in candidates:
                by_table[table].add(rid)
            for (table, rid) in list(candidates):
                why = None
                for child, col in referencing(table):
                    refs = set(self.conn.execute(select(child.table.c.id).where(child.table.c[col] == rid)).scalars())
                    refs -= by_table.get(child.name, set())
                    if child.name == table:
                        refs.discard(rid)
                    if refs and _cascades(child, col):
                        # Deleted with their parent on the other side by the database itself (no
                        # audit entry): gone there, and unchanged here since it had them.
                        rows = self._rows(self.conn, child, sorted(refs, key=str))
                        stored, created = self._known(self.rconn, child.name, list(rows), child)
                        for cid, crow in rows.items():
                            if cid not in self.remote_ids[child.name] and \
                                    content_hash(child, crow) in stored[cid] | created[cid]:
                                candidates[(child.name, cid)] = crow
                                refs.discard(cid)
                                changed = True
                    if refs:
                        why = f"{len(refs)} {child.name} record(s) still refer to it"
                        break
                for owner in BY_NAME.values():
                    for link in owner.links:
                        target = next(iter(link.table.c[link.member_column].foreign_keys)).column.table.name
                        if why is None and target == table:
                            refs = set(self.conn.execute(select(link.table.c[link.owner_column]).where(
                                link.table.c[link.member_column] == rid)).scalars())
                            refs -= by_table.get(owner.name, set())
                            if refs:
                                why = f"{len(refs)} {owner.name} record(s) still rest on it"
                if why:
                    blocked[(table, rid)] = why
                    del candidates[(table, rid)]
                    changed = True
        for (table, rid), why in blocked.items():
            spec = BY_NAME[table]
            row = self._rows(self.conn, spec, [rid]).get(rid)
            if row is not None:
                self._conflict(spec, rid, ConflictKind.DELETE, {**row}, None, Side.LOCAL)
        order = [s.name for s in SYNCED]
        for table in reversed(order):
            spec = BY_NAME[table]
            rows = [row for (t, _), row in candidates.items() if t == table]
            # Self-references first (a place inside another deleted place).
            for col in spec.self_references:
                ids = [row["id"] for row in rows if row.get(col) is not None]
                for chunk in chunks(ids):
                    self.conn.execute(update(spec.table).where(spec.table.c.id.in_(chunk)).values({col: None}))
            for row in rows:
                for link in spec.links:
                    self.conn.execute(delete(link.table).where(link.table.c[link.owner_column] == row["id"]))
                result = self.conn.execute(delete(spec.table).where(spec.table.c.id == row["id"],
                                                                     spec.table.c.version == row["version"]))
                if result.rowcount != 1:
                    raise ConcurrentChangeError(table, row["id"])
                self.touched.deleted[table].add(row["id"])
                self.summary.deleted[table] += 1
            if rows:
                log_rows(self.conn, table, AuditAction.DELETE,
                         [(row["id"], jsonable_row(spec, row), None) for row in rows],
                         user=self.user, context=self.context)

    # -- audit log and bookkeeping ----------------------------------------------------------------

    def _copy_audit(self) -> None:
        ids = list(self.rconn.execute(select(AUDIT.c.id)).scalars())
        copied = 0
        for chunk in chunks(ids, 2000):
            have = set(self.conn.execute(select(AUDIT.c.id).where(AUDIT.c.id.in_(chunk))).scalars())
            missing = [i for i in chunk if i not in have]
            if not missing:
                continue
            rows = [dict(r) for r in self.rconn.execute(select(AUDIT).where(AUDIT.c.id.in_(missing))).mappings()]
            self.conn.execute(insert(AUDIT), rows)
            copied += len(rows)
        self.summary.audit_entries = copied

    def _write_bookkeeping(self) -> None:
        by_table: dict[str, dict[uuid.UUID, set[str]]] = defaultdict(lambda: defaultdict(set))
        for table, rid, h in self.new_versions:
            by_table[table][rid].add(h)
        for table, records in by_table.items():
            for chunk in chunks(list(records)):
                have = defaultdict(set)
                for rid, h in self.conn.execute(select(SyncVersion.record_id, SyncVersion.hash).where(
                        SyncVersion.table_name == table, SyncVersion.record_id.in_(chunk))):
                    have[rid].add(h)
                rows = [{"table_name": table, "record_id": rid, "hash": h}
                        for rid in chunk for h in sorted(records[rid] - have[rid])]
                if rows:
                    self.conn.execute(insert(SyncVersion), rows)
        if not self.use_peer_state or not self.peer_versions:
            return
        by_peer_table: dict[str, dict[uuid.UUID, str]] = defaultdict(dict)
        for (table, rid), h in self.peer_versions.items():
            by_peer_table[table][rid] = h
        for table, records in by_peer_table.items():
            for chunk in chunks(list(records)):
                have = dict(self.conn.execute(select(SyncPeerVersion.record_id, SyncPeerVersion.hash).where(
                    SyncPeerVersion.peer_id == self.peer, SyncPeerVersion.table_name == table,
                    SyncPeerVersion.record_id.in_(chunk))).all())
                stale = [rid for rid in chunk if rid in have and have[rid] != records[rid]]
                if stale:
                    self.conn.execute(delete(SyncPeerVersion).where(
                        SyncPeerVersion.peer_id == self.peer, SyncPeerVersion.table_name == table,
                        SyncPeerVersion.record_id.in_(stale)))
                rows = [{"peer_id": self.peer, "table_name": table, "record_id": rid, "hash": records[rid]}
                        for rid in chunk if have.get(rid) != records[rid]]
                if rows:
                    self.conn.execute(insert(SyncPeerVersion), rows)

    def _reindex(self) -> None:
        kinds = {"reports": "report", "incidents": "incident", "places": "place", "actors": "actor",
                 "sources": "source"}
        incidents = self.touched.all_ids("incidents")
        # An incident's index entry holds its places' and actors' names.
        for link_table in ("incident_places", "incident_actors"):
            ids = list(self.touched.all_ids(link_table))
            for chunk in chunks(ids):

                t = BY_NAME[link_table].table
                incidents |= set(self.conn.execute(select(t.c.incident_id).where(t.c.id.in_(chunk))).scalars())
        for table, kind in kinds.items():
            ids = incidents if table == "incidents" else self.touched.all_ids(table)
            if ids:
                reindex(session=self.conn, kind=kind, ids=sorted(ids, key=str))


def _cascades(spec: SyncedTable, column: str) -> bool:
    return any((fk.ondelete or "").upper() == "CASCADE" for fk in spec.table.c[column].foreign_keys)


def _from_audit(spec: SyncedTable, data: Mapping[str, Any]) -> dict[str, Any]:

    try:
        return from_json(spec, data)
    except (ValueError, TypeError):
        return {}


def _newer(local: Mapping[str, Any], remote: Mapping[str, Any], hl: str, hr: str) -> Side:
    """The more recently updated version (ties broken by hash, so both directions agree)."""
    lt: datetime | None = local.get("updated_at")
    rt: datetime | None = remote.get("updated_at")
    if lt is not None and rt is not None and lt != rt:
        return Side.REMOTE if rt > lt else Side.LOCAL
    return Side.REMOTE if hr > hl else Side.LOCAL


def _duplicate_candidates(conn: Connection, incident_ids: set[uuid.UUID] | None) -> int:
    """How many duplicate candidates the cross-referencing scan sees among merged-in incidents."""

    if not incident_ids:
        return 0
    return int(duplicates.count_candidates(conn, incident_ids))


def merge_into(other: OtherDatabase, *, session: Session, user: str | None = None,
               progress: Progress | None = None, dry_run: bool = False) -> MergeSummary:
    """Merge `other` into the database of `session`, in the session's transaction (never
    commits; `dry_run` only marks the summary: the caller rolls back). Logs the summary."""
    user = user or session.info.get("user") or current_user()
    context = f"merge-db {other.label}"[:300]
    conn = session.connection()
    target = conn.engine.url
    if (other.path is not None and target.get_backend_name() == "sqlite" and target.database
            and Path(target.database).resolve() == other.path) or (
            other.url is not None and other.url == target.render_as_string(hide_password=False)):
        raise CasualtyDBError("that is this database itself: choose another database to merge in")
    with other.engine.connect() as rconn, rconn.begin():
        merger = _Merger(conn, rconn, other, user=user, context=context, progress=progress)
        summary = merger.run()
    summary.dry_run = dry_run
    log.info("%s%s: %s", context, " (dry run)" if dry_run else "", summary.headline())
    return summary


def merge_database(database: Database, other: OtherDatabase, *, dry_run: bool = False, user: str | None = None,
                   progress: Progress | None = None) -> MergeSummary:
    """The user action: merge `other` into `database` in one transaction, all of it or (on any
    error, an interruption, or `dry_run`) nothing. Returns the summary."""
    user = user or current_user()
    context = f"merge-db {other.label}"[:300]
    with database.session(user=user, context=context) as session:
        trans = session.begin()
        try:
            summary = merge_into(other, session=session, user=user, progress=progress, dry_run=dry_run)
            if dry_run:
                trans.rollback()
            else:
                trans.commit()
        except BaseException:
            if trans.is_active:
                trans.rollback()
            raise
    return summary
