"""The audit log as a hash chain: each entry stores the SHA-256 of the previous entry of its
origin, and its own hash covers its content and that link (docs/security.md, "Tamper-evident
history").

- **Origin**: the database an entry was made in (its `database_id`). Each origin has one chain,
  numbered by `seq` from 1. A file copied and then used on two machines has one origin and two
  continuations: the chain forks, which `verify` reports as such (each branch still checks). Entries merged in from another database keep their origin, seq and
  hashes, so they are verified as that database's chain; a bundle of changes since a date
  brings a piece of a chain, which starts mid-way.
- **Hash**: SHA-256 over the canonical JSON (sorted keys, no spaces, UTF-8, times as UTC with
  microseconds) of the entry's fields and `prev`, the previous entry's hash (null for seq 1).
- **Head**: this database's last (seq, hash), kept in `database_info` under `chain_head` and
  moved in the same transaction as every write. Printed by `verify`, written into each
  export's About sheet and each bundle's manifest: anyone who kept an earlier head can prove
  (`verify --head H`) that the history they saw is still a prefix of today's.

Without a secret key, someone who can write the file with another tool could recompute every
hash after a change; what they cannot do is make the result agree with a head published
earlier. An encrypted database cannot be written at all without its passphrase (SQLCipher
authenticates every page)."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, MutableMapping
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, select, update

from .models import AuditEntry, DatabaseInfo

AUDIT = AuditEntry.__table__
INFO = DatabaseInfo.__table__
HEAD_KEY = "chain_head"
ORIGIN_KEY = "database_id"
# The fields an entry's hash covers, besides `prev`.
FIELDS = ("id", "origin", "seq", "at", "user", "action", "table_name", "record_id", "old", "new", "context")


def _time(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return _time(value)
    if hasattr(value, "value") and not isinstance(value, (dict, list, str, int, float, bool)):
        return value.value  # an Enum (the action)
    return value


def canonical(entry: MutableMapping[str, Any] | Any, prev: str | None) -> bytes:
    """The bytes an entry's hash is taken over."""
    get = entry.get if isinstance(entry, MutableMapping) else lambda k: getattr(entry, k)
    body = {name: _plain(get(name)) for name in FIELDS}
    body["prev"] = prev
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def entry_hash(entry: MutableMapping[str, Any] | Any, prev: str | None) -> str:
    return hashlib.sha256(canonical(entry, prev)).hexdigest()


def own_origin(conn: Connection, pending: str | None = None) -> str:
    """This database's id (`pending`: one being created in the same flush)."""
    cached = conn.info.get("casualtydb_origin")
    if cached:
        return cached
    value = conn.execute(select(INFO.c.value).where(INFO.c.key == ORIGIN_KEY)).scalar() or pending
    if not value:
        raise RuntimeError("this database has no id yet: the audit log cannot be chained")
    conn.info["casualtydb_origin"] = str(value)
    return str(value)


def head(conn: Connection, *, lock: bool = False) -> tuple[int, str | None]:
    """This database's chain head (seq, hash); (0, None) before the first entry. `lock` holds the
    row until the transaction ends (PostgreSQL: concurrent writers take turns)."""
    stmt = select(INFO.c.value).where(INFO.c.key == HEAD_KEY)
    if lock and conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    value = conn.execute(stmt).scalar()
    if not value:
        return 0, None
    seq, _, digest = str(value).partition(":")
    return int(seq), digest or None


def format_head(seq: int, digest: str | None) -> str:
    return f"{seq}:{digest}" if digest else "0:"


def _store_head(conn: Connection, seq: int, digest: str, existed: bool) -> None:
    if existed:
        conn.execute(update(INFO).where(INFO.c.key == HEAD_KEY).values(value=format_head(seq, digest)))
    else:
        conn.execute(INFO.insert().values(key=HEAD_KEY, value=format_head(seq, digest)))


def seal(conn: Connection, entries: Iterable[MutableMapping[str, Any] | Any], *, pending_origin: str | None = None) -> int:
    """Give new entries of this database their origin, seq, prev_hash and hash, in order, and
    move the head. Call inside the transaction that inserts them (before the insert)."""
    items = list(entries)
    if not items:
        return 0
    origin = own_origin(conn, pending_origin)
    seq, prev = head(conn, lock=True)
    existed = conn.execute(select(INFO.c.key).where(INFO.c.key == HEAD_KEY)).first() is not None
    for entry in items:
        seq += 1
        values = {"origin": origin, "seq": seq, "prev_hash": prev}
        if isinstance(entry, MutableMapping):
            entry.update(values)
            if entry.get("id") is None:
                entry["id"] = uuid.uuid4()
        else:
            for k, v in values.items():
                setattr(entry, k, v)
            if entry.id is None:
                entry.id = uuid.uuid4()
        digest = entry_hash(entry, prev)
        if isinstance(entry, MutableMapping):
            entry["hash"] = digest
        else:
            entry.hash = digest
        prev = digest
    assert prev is not None
    _store_head(conn, seq, prev, existed)
    return len(items)


def seal_unchained(conn: Connection) -> int:
    """Chain the entries written before the chain existed (after the migration that added it):
    in the order they were made, as this database's, after its head. Entries with a hash are
    left alone. Returns how many were sealed."""
    rows = conn.execute(select(AUDIT).where(AUDIT.c.hash.is_(None)).order_by(AUDIT.c.at, AUDIT.c.id)).mappings().all()
    if not rows:
        return 0
    if conn.execute(select(INFO.c.value).where(INFO.c.key == ORIGIN_KEY)).scalar() is None:
        conn.execute(INFO.insert().values(key=ORIGIN_KEY, value=str(uuid.uuid4())))
    origin = own_origin(conn)
    seq, prev = head(conn, lock=True)
    existed = conn.execute(select(INFO.c.key).where(INFO.c.key == HEAD_KEY)).first() is not None
    if conn.execute(select(AUDIT.c.id).where(AUDIT.c.hash.is_not(None)).limit(1)).first() is None:
        seq, prev = 0, None  # a head left from before a downgrade names entries that are no longer chained
    for row in rows:
        seq += 1
        entry = dict(row)
        entry.update(origin=origin, seq=seq)
        digest = entry_hash(entry, prev)
        conn.execute(update(AUDIT).where(AUDIT.c.id == row["id"]).values(
            origin=origin, seq=seq, prev_hash=prev, hash=digest))
        prev = digest
    assert prev is not None
    _store_head(conn, seq, prev, existed)
    return len(rows)
