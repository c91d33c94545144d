"""`casualtydb verify`: is the history intact, and is every record what its history says?

Three checks, each streaming (bounded memory at millions of entries):

1. **The chains** (casualtydb.chain): every entry's hash is recomputed; each entry's `prev_hash`
   must be the hash of an entry of the same origin one step before it; this database's own
   chain must run from 1 to the head kept in `database_info` with no step missing. An entry
   changed, deleted or inserted with another tool breaks one of these.
2. **The records**: each audited record's entries are replayed in order (insert, updates,
   delete) and the result compared with the row as it is: a value changed with another tool,
   bypassing the app, differs from what the last entry says it became; a row deleted or added
   outside the app has no matching history.
3. **Report texts and attachments**: a report's text is a field of its report (check 2); every
   attachment's bytes are hashed again and compared with the SHA-256 recorded when it was
   attached (and audited with it).

Each break names the table, the record, the field and the last entry that still holds."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, select

from . import chain
from .audit import jsonable
from .models import AUDITED, Attachment, AttachmentBlob, Recorded

AUDIT = chain.AUDIT
Progress = Callable[[str, int, int], None]


# What each break says, by its code (the app translates the same codes: ui/verify_dialog.py).
DETAILS = {
    "unchained": "audit entry {entry} has no place in any chain (inserted outside the app)",
    "chain_short": "this database's chain ends at {step}, its head says {head}",
    "head_behind": "entries go on to {step} after the head {head} (head changed, or entries added outside the app)",
    "head_differs": "no entry {head} has the head's hash {hash}…",
    "entries_gone": "entries {first}–{last} of this database's chain are gone (deleted outside the app)",
    "log_empty": "the head says {head} entries, the log has none",
    "chain_forks": "two entries are number {seq} of this database's chain: one was added outside the app (or a "
                   "copy of this file was used elsewhere and merged back)",
    "entry_changed": "audit entry {entry} does not match its hash (changed outside the app)",
    "link_broken": "audit entry {entry} does not follow the entry before it (an entry before it was changed or "
                   "replaced)",
    "first_with_previous": "audit entry {entry} is first but names a previous entry",
    "record_gone": "the record is gone but its history never deleted it (deleted outside the app)",
    "record_unrecorded": "no audit entry ever made this record (added outside the app)",
    "record_restored": "the history deleted this record, yet it is here (restored outside the app)",
    "record_differs": "is {actual}, its last audit entry says {recorded} (changed outside the app)",
    "attachment_changed": "the bytes of «{name}» no longer match the SHA-256 {digest}… recorded when it was "
                          "attached (changed outside the app)",
    "attachment_gone": "the bytes of «{name}» (SHA-256 {digest}…) are gone (deleted outside the app)",
}


NOTES = {
    "origin_gap": "origin {origin}: entries {first}–{last} are not here (bundles bring pieces of other databases' "
                  "chains)",
    "origin_forks": "origin {origin} forks at {seq}: a copy of that database was used in two places",
}


@dataclass(frozen=True)
class Note:
    """Something worth knowing that is not a break (another database's chain, partly here)."""

    code: str  # a key of NOTES
    params: dict[str, Any]

    def __str__(self) -> str:
        return NOTES[self.code].format(**self.params)


@dataclass(frozen=True)
class Break:
    kind: str  # "entry changed", "link broken", "entries missing", "unchained entry", "record differs", ...
    table: str
    record: str | None
    field: str | None
    code: str  # a key of DETAILS
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    last_good: str | None = None  # the last entry (origin:seq, id) that still holds

    @property
    def detail(self) -> str:
        return DETAILS[self.code].format(**self.params)

    def line(self) -> str:
        where = self.table + (f" {self.record}" if self.record else "") + (f" field {self.field}" if self.field else "")
        tail = f"; last entry that holds: {self.last_good}" if self.last_good else ""
        return f"{self.kind}: {where}: {self.detail}{tail}"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "table": self.table, "record": self.record, "field": self.field,
                "detail": self.detail, "code": self.code, "params": self.params, "last_good": self.last_good}


@dataclass
class VerifyResult:
    entries: int = 0
    head: str = ""  # SEQ:HASH
    head_hash: str = ""
    origins: dict[str, int] = field(default_factory=dict)
    records: int = 0
    breaks: list[Break] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    extends: bool | None = None  # with --head: does the history extend that head?

    @property
    def ok(self) -> bool:
        return not self.breaks and self.extends is not False

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "entries": self.entries, "head": self.head_hash, "head_seq": int(self.head.split(":")[0]),
                "origins": self.origins,
                "records": self.records, "extends_head": self.extends, "notes": [str(n) for n in self.notes],
                "breaks": [b.to_dict() for b in self.breaks]}


# ---------------------------------------------------------------------------------------------
# 1. The chains


def _label(row: Any) -> str:
    return f"{row['origin']}:{row['seq']} ({row['id']})"


def check_chains(conn: Connection, result: VerifyResult, progress: Progress) -> None:
    own = chain.own_origin(conn)
    head_seq, head_hash = chain.head(conn)
    result.head = chain.format_head(head_seq, head_hash)
    result.head_hash = head_hash or ""
    unchained = conn.execute(select(AUDIT.c.id, AUDIT.c.table_name, AUDIT.c.record_id)
                             .where(AUDIT.c.hash.is_(None))).all()
    for rid, table, record in unchained:
        result.breaks.append(Break("unchained entry", table, str(record), None, "unchained", {"entry": str(rid)}))
    stmt = (select(AUDIT).where(AUDIT.c.hash.is_not(None)).order_by(AUDIT.c.origin, AUDIT.c.seq, AUDIT.c.id)
            .execution_options(yield_per=5000))
    origin: str | None = None
    prev_hashes: set[str] = set()  # hashes of the previous step of this origin
    step_hashes: set[str] = set()
    step = 0
    last_good: str | None = None
    seen = 0

    def close_origin() -> None:
        if origin == own:
            if step < head_seq:
                result.breaks.append(Break("entries missing", "audit_log", None, None, "chain_short",
                                           {"step": step, "head": head_seq}, last_good))
            elif step > head_seq:
                result.breaks.append(Break("head behind", "audit_log", None, None, "head_behind",
                                           {"step": step, "head": head_seq}, last_good))
            elif head_hash and head_hash not in step_hashes:
                result.breaks.append(Break("head differs", "audit_log", None, None, "head_differs",
                                           {"head": head_seq, "hash": head_hash[:12]}, last_good))

    for row in conn.execute(stmt).mappings():
        seen += 1
        if seen % 20000 == 0:
            progress("chain", seen, 0)
        if row["origin"] != origin:
            if origin is not None:
                close_origin()
            origin = row["origin"]
            step, prev_hashes, step_hashes, last_good = 0, set(), set(), None
            first = True
        else:
            first = False
        result.origins[origin] = result.origins.get(origin, 0) + 1
        seq = int(row["seq"])
        if seq != step:
            if not first and seq > step + 1 or (first and origin == own and seq != 1):
                missing_from = 1 if first else step + 1
                kind = "entries missing" if origin == own else None
                if kind:
                    result.breaks.append(Break(kind, "audit_log", None, None, "entries_gone",
                                               {"first": missing_from, "last": seq - 1}, last_good))
                else:
                    result.notes.append(Note("origin_gap", {"origin": origin, "first": missing_from,
                                                            "last": seq - 1}))
                prev_hashes = set()
            else:
                prev_hashes = step_hashes
            step_hashes = set()
            step = seq
        elif len(step_hashes) == 1 and not first:
            if origin == own:
                result.breaks.append(Break("chain forks", "audit_log", str(row["record_id"]), None, "chain_forks",
                                           {"seq": seq}, last_good))
            else:
                result.notes.append(Note("origin_forks", {"origin": origin, "seq": seq}))
        digest = chain.entry_hash(row, row["prev_hash"])
        if digest != row["hash"]:
            result.breaks.append(Break("entry changed", row["table_name"], str(row["record_id"]), None, "entry_changed",
                                       {"entry": _label(row)}, last_good))
        elif prev_hashes and row["prev_hash"] not in prev_hashes:
            result.breaks.append(Break("link broken", row["table_name"], str(row["record_id"]), None, "link_broken",
                                       {"entry": _label(row)}, last_good))
        elif seq == 1 and row["prev_hash"] is not None:
            result.breaks.append(Break("link broken", row["table_name"], str(row["record_id"]), None, "first_with_previous",
                                       {"entry": _label(row)}, last_good))
        else:
            last_good = _label(row)
        step_hashes.add(row["hash"])
    if origin is not None:
        close_origin()
    elif head_seq:
        result.breaks.append(Break("entries missing", "audit_log", None, None, "log_empty", {"head": head_seq}))
    result.entries = seen + len(unchained)


# ---------------------------------------------------------------------------------------------
# 2. The records against their history

_DELETED = object()


def _same(expected: Any, actual: Any) -> bool:
    if expected == actual:
        return True
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)) and not isinstance(expected, bool):
        return float(expected) == float(actual)
    if isinstance(expected, str) and isinstance(actual, str):
        try:  # the same instant written with another offset ("+03:00" at entry, UTC when read)
            a, b = datetime.fromisoformat(expected), datetime.fromisoformat(actual)
        except ValueError:
            return False
        if a.tzinfo is None:
            a = a.replace(tzinfo=timezone.utc)
        if b.tzinfo is None:
            b = b.replace(tzinfo=timezone.utc)
        return a == b
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(_same(x, y) for x, y in zip(expected, actual))
    return False


def _shown(value: Any, other: Any = None) -> str:
    """A value for one line; of two long texts, the part where they start to differ."""
    if isinstance(value, str) and isinstance(other, str) and len(value) > 60:
        i = next((k for k, (a, b) in enumerate(zip(value, other)) if a != b), min(len(value), len(other)))
        start = max(0, i - 20)
        piece = value[start:i + 40]
        return ("…" if start else "") + json.dumps(piece, ensure_ascii=False) + ("…" if i + 40 < len(value) else "") \
            + f" (from character {i + 1})"
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 80 else text[:77] + "…"


def _histories(conn: Connection, table: str) -> Iterator[tuple[uuid.UUID, list[Any]]]:
    stmt = (select(AUDIT.c.record_id, AUDIT.c.action, AUDIT.c.new, AUDIT.c.origin, AUDIT.c.seq, AUDIT.c.id)
            .where(AUDIT.c.table_name == table)
            .order_by(AUDIT.c.record_id, AUDIT.c.at, AUDIT.c.origin, AUDIT.c.seq)
            .execution_options(yield_per=5000))
    current: uuid.UUID | None = None
    rows: list[Any] = []
    for row in conn.execute(stmt):
        if row.record_id != current:
            if current is not None:
                yield current, rows
            current, rows = row.record_id, []
        rows.append(row)
    if current is not None:
        yield current, rows


def _replay(entries: list[Any]) -> tuple[Any, str | None]:
    state: Any = None
    last: str | None = None
    for e in entries:
        action = getattr(e.action, "value", e.action)
        if action == "delete":
            state = _DELETED
        elif action == "insert" or state is None or state is _DELETED:
            state = dict(e.new or {})
        else:
            state.update(e.new or {})
        last = f"{e.origin}:{e.seq} ({e.id})"
    return state, last


def _gone(result: VerifyResult, table: str, hist: tuple[uuid.UUID, list[Any]]) -> None:
    """A history with no row left: a break unless the history itself deleted the record."""
    state, last = _replay(hist[1])
    if state is not _DELETED:
        result.breaks.append(Break("record missing", table, str(hist[0]), None, "record_gone", {}, last))


def check_records(conn: Connection, result: VerifyResult, progress: Progress) -> None:
    for n, model in enumerate(AUDITED):
        table = model.__table__
        progress("records", n, len(AUDITED))
        columns = [c for c in table.columns if c.name not in Recorded.BOOKKEEPING]
        rows = conn.execute(select(table).order_by(table.c.id).execution_options(yield_per=5000)).mappings()
        histories = _histories(conn, table.name)
        hist = next(histories, None)
        for row in rows:
            rid = row["id"]
            result.records += 1
            while hist is not None and hist[0] < rid:
                _gone(result, table.name, hist)
                hist = next(histories, None)
            if hist is None or hist[0] != rid:
                result.breaks.append(Break("record without history", table.name, str(rid), None, "record_unrecorded"))
                continue
            state, last = _replay(hist[1])
            hist = next(histories, None)
            if state is _DELETED:
                result.breaks.append(Break("record without history", table.name, str(rid), None, "record_restored", {}, last))
                continue
            for column in columns:
                if column.name not in state:
                    continue  # a column added after the entries were written
                actual = jsonable(row[column.name])
                if not _same(state[column.name], actual):
                    result.breaks.append(Break("record differs", table.name, str(rid), column.name, "record_differs",
                                               {"actual": _shown(actual, state[column.name]),
                                                "recorded": _shown(state[column.name], actual)}, last))
        while hist is not None:
            _gone(result, table.name, hist)
            hist = next(histories, None)


def check_attachments(conn: Connection, result: VerifyResult, progress: Progress) -> None:
    blobs, attachments = AttachmentBlob.__table__, Attachment.__table__
    present: set[str] = set()
    for digest, data in conn.execute(select(blobs.c.sha256, blobs.c.data).execution_options(yield_per=50)):
        present.add(digest)
        if hashlib.sha256(data).hexdigest() != digest:
            for (aid, name) in conn.execute(select(attachments.c.id, attachments.c.file_name)
                                            .where(attachments.c.sha256 == digest)):
                result.breaks.append(Break("attachment changed", "attachments", str(aid), "bytes", "attachment_changed",
                                           {"name": name, "digest": digest[:12]}))
    for aid, name, digest in conn.execute(select(attachments.c.id, attachments.c.file_name, attachments.c.sha256)):
        if digest not in present:
            result.breaks.append(Break("attachment missing", "attachments", str(aid), "bytes", "attachment_gone",
                                       {"name": name, "digest": digest[:12]}))


# ---------------------------------------------------------------------------------------------


def extends(conn: Connection, earlier: str) -> bool:
    """Does this database's chain still hold the entry an earlier head named (its seq and
    hash)? Given the chain checks pass, everything up to it is then unchanged."""
    text = earlier.strip().lower()
    seq_text, _, digest = text.rpartition(":") if ":" in text else ("", "", text)
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest) or (seq_text and not seq_text.isdigit()):
        raise ValueError(f"not a chain head: {earlier!r} (64 hexadecimal digits, as `verify` prints it)")
    own = chain.own_origin(conn)
    stmt = select(AUDIT.c.id).where(AUDIT.c.origin == own, AUDIT.c.hash == digest)
    if seq_text:
        stmt = stmt.where(AUDIT.c.seq == int(seq_text))
    return conn.execute(stmt.limit(1)).first() is not None


def verify(database: Any, *, head: str | None = None, progress: Progress | None = None) -> VerifyResult:
    progress = progress or (lambda stage, done, total: None)
    result = VerifyResult()
    with database.engine.connect() as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        check_chains(conn, result, progress)
        check_records(conn, result, progress)
        check_attachments(conn, result, progress)
        if head is not None:
            result.extends = extends(conn, head)
    return result
