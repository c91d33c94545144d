"""Sources, places and actors entered separately in two databases under the same name: after a
merge they are proposed as the same record; a person confirms (one is folded into the other,
its references re-pointed, audit-logged) or rejects the proposal.

Names are compared with `casualtydb.text.arabic.key` (Arabic spelling variants, diacritics and
the article do not matter) and so are English names. Places must also be at the same
level inside the same parent (many villages share a name)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.orm import Session

from ..audit import current_user, log_rows
from ..errors import CasualtyDBError
from ..models import AuditAction, MatchStatus, MergeMatch, utcnow
from ..search import reindex
from ..text.arabic import key as name_key
from .common import MatchProposal
from .identity import Touched, absorb, chunks
from .tables import BY_NAME

MATCHED_TABLES = ("sources", "actors", "places")
# Where the absorbed record's name is kept on the kept one, so that searches still find it.
ALIAS_COLUMN = {"sources": "aliases", "actors": "aliases", "places": "alt_names"}


class MatchError(CasualtyDBError):
    """A proposed match cannot be confirmed or rejected as asked."""


@dataclass
class MatchRow(MatchProposal):
    """A proposal as the matches page lists it: its status and both records' labels."""

    status: MatchStatus
    proposed_at: datetime
    local_label: str
    remote_label: str
    decided_by: str | None = None
    decided_at: datetime | None = None
    kept_id: uuid.UUID | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": str(self.id), "table": self.table, "local_id": str(self.local_id),
                "remote_id": str(self.remote_id), "name": self.name, "reason": self.reason,
                "status": self.status.value, "proposed_at": self.proposed_at.isoformat(),
                "local_label": self.local_label, "remote_label": self.remote_label,
                "decided_by": self.decided_by,
                "decided_at": self.decided_at.isoformat() if self.decided_at else None,
                "kept_id": str(self.kept_id) if self.kept_id else None}


def _conn(session: Session | Connection) -> Connection:
    return session.connection() if isinstance(session, Session) else session


def _keys(table: str, row: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    scope: tuple[Any, ...] = (row.get("level"), row.get("parent_id")) if table == "places" else ()
    out = []
    ar = name_key(row.get("name_ar") or "")
    if ar:
        out.append(("ar", ar, *scope))
    en = name_key(row.get("name_en") or "")
    if en:
        out.append(("en", en, *scope))
    return out


def _label(row: Mapping[str, Any]) -> str:
    ar, en = row.get("name_ar") or "", row.get("name_en") or ""
    return f"{ar} ({en})" if ar and en else ar or en


def propose_matches(session: Session | Connection, inserted: Mapping[str, Iterable[uuid.UUID]], *,
                    run_id: uuid.UUID | None = None) -> list[MatchProposal]:
    """Pair each newly merged-in source, place and actor with the records this database already
    had under the same normalised name; store the new proposals and return them."""
    conn = _conn(session)
    proposals: list[MatchProposal] = []
    for table in MATCHED_TABLES:
        new_ids = set(inserted.get(table) or ())
        if not new_ids:
            continue
        spec = BY_NAME[table]
        cols = [spec.table.c.id, spec.table.c.name_ar, spec.table.c.name_en]
        if table == "places":
            cols += [spec.table.c.level, spec.table.c.parent_id]
        index: dict[tuple[Any, ...], list[uuid.UUID]] = defaultdict(list)
        new_rows: dict[uuid.UUID, dict[str, Any]] = {}
        for row in conn.execute(select(*cols)).mappings():
            if row["id"] in new_ids:
                new_rows[row["id"]] = dict(row)
                continue
            for k in _keys(table, row):
                index[k].append(row["id"])
        if not new_rows:
            continue
        known = {(r.local_id, r.remote_id) for r in conn.execute(
            select(MergeMatch.local_id, MergeMatch.remote_id).where(MergeMatch.table_name == table))}
        rows = []
        for rid, row in sorted(new_rows.items(), key=lambda item: str(item[0])):
            pairs: dict[uuid.UUID, str] = {}
            for k in _keys(table, row):
                for local_id in index.get(k, ()):
                    pairs.setdefault(local_id, "same Arabic name" if k[0] == "ar" else "same English name")
            for local_id, reason in pairs.items():
                if (local_id, rid) in known:
                    continue
                mid = uuid.uuid4()
                rows.append({"id": mid, "run_id": run_id, "table_name": table, "local_id": local_id,
                             "remote_id": rid, "name": _label(row)[:300], "reason": reason,
                             "status": MatchStatus.PROPOSED, "proposed_at": utcnow()})
                proposals.append(MatchProposal(id=mid, table=table, local_id=local_id, remote_id=rid,
                                               name=_label(row), reason=reason))
        if rows:
            conn.execute(insert(MergeMatch), rows)
    return proposals


def list_matches(*, session: Session | Connection, status: MatchStatus | None = MatchStatus.PROPOSED
                 ) -> list[MatchRow]:
    conn = _conn(session)
    stmt = select(MergeMatch.__table__).order_by(MergeMatch.proposed_at, MergeMatch.table_name, MergeMatch.name)
    if status is not None:
        stmt = stmt.where(MergeMatch.status == status)
    rows = list(conn.execute(stmt).mappings())
    labels: dict[tuple[str, uuid.UUID], str] = {}
    by_table: dict[str, set[uuid.UUID]] = defaultdict(set)
    for r in rows:
        by_table[r["table_name"]] |= {r["local_id"], r["remote_id"]}
    for table, ids in by_table.items():
        t = BY_NAME[table].table
        for chunk in chunks(sorted(ids, key=str)):
            for rec in conn.execute(select(t.c.id, t.c.name_ar, t.c.name_en).where(t.c.id.in_(chunk))).mappings():
                labels[(table, rec["id"])] = _label(rec)
    return [MatchRow(id=r["id"], table=r["table_name"], local_id=r["local_id"], remote_id=r["remote_id"],
                     name=r["name"], reason=r["reason"], status=MatchStatus(r["status"]),
                     proposed_at=r["proposed_at"],
                     local_label=labels.get((r["table_name"], r["local_id"]), "(gone)"),
                     remote_label=labels.get((r["table_name"], r["remote_id"]), "(gone)"),
                     decided_by=r["decided_by"], decided_at=r["decided_at"], kept_id=r["kept_id"])
            for r in rows]


def _get(conn: Connection, match_id: uuid.UUID) -> Mapping[str, Any]:
    row = conn.execute(select(MergeMatch.__table__).where(MergeMatch.id == match_id)).mappings().first()
    if row is None:
        raise MatchError(f"no proposed match {match_id}")
    if row["status"] != MatchStatus.PROPOSED:
        raise MatchError(f"match {match_id} was already {row['status']} by {row['decided_by']}")
    return row


def find_match_id(prefix: str, *, session: Session | Connection) -> uuid.UUID:
    """A match id from its first characters (as printed by the CLI)."""
    conn = _conn(session)
    prefix = prefix.strip().lower()
    ids = [i for i in conn.execute(select(MergeMatch.id)).scalars() if str(i).startswith(prefix)
           or i.hex.startswith(prefix.replace("-", ""))]
    if not ids:
        raise MatchError(f"no proposed match {prefix}")
    if len(ids) > 1:
        raise MatchError(f"{prefix} matches {len(ids)} proposals; give more characters")
    return ids[0]


def confirm_match(match_id: uuid.UUID, *, session: Session | Connection, keep: str = "local",
                  user: str | None = None) -> uuid.UUID:
    """Fold one record of the pair into the other (`keep`: "local", "remote" or an id); returns
    the kept id. References are re-pointed, the absorbed name becomes an alias of the kept one,
    and every write is audit-logged under the context "confirm match <name>"."""
    conn = _conn(session)
    user = user or (session.info.get("user") if isinstance(session, Session) else None) or current_user()
    row = _get(conn, match_id)
    table = row["table_name"]
    if keep == "local":
        kept, absorbed = row["local_id"], row["remote_id"]
    elif keep == "remote":
        kept, absorbed = row["remote_id"], row["local_id"]
    else:
        kept = uuid.UUID(str(keep))
        if kept not in (row["local_id"], row["remote_id"]):
            raise MatchError("keep must be one of the two records of the match")
        absorbed = row["remote_id"] if kept == row["local_id"] else row["local_id"]
    spec = BY_NAME[table]
    t = spec.table
    recs = {r["id"]: dict(r) for r in conn.execute(select(t).where(t.c.id.in_([kept, absorbed]))).mappings()}
    if kept not in recs or absorbed not in recs:
        raise MatchError("one of the two records no longer exists; the match cannot be confirmed")
    context = f"confirm match {row['name']}"[:300]
    touched = Touched()
    # Keep the absorbed names as aliases of the kept record.
    alias_col = ALIAS_COLUMN[table]
    aliases = list(recs[kept].get(alias_col) or [])
    for name in [recs[absorbed].get("name_ar"), recs[absorbed].get("name_en"), *(recs[absorbed].get(alias_col) or [])]:
        if name and name not in aliases and name not in (recs[kept].get("name_ar"), recs[kept].get("name_en")):
            aliases.append(name)
    if aliases != list(recs[kept].get(alias_col) or []):
        conn.execute(update(t).where(t.c.id == kept).values({alias_col: aliases, "version": recs[kept]["version"] + 1,
                                                             "updated_at": utcnow(), "updated_by": user}))
        log_rows(conn, table, AuditAction.UPDATE,
                 [(kept, {alias_col: recs[kept].get(alias_col) or []}, {alias_col: aliases})],
                 user=user, context=context)
        touched.updated[table].add(kept)
    absorb(conn, table, absorbed, kept, user=user, context=context,
           reason=f"confirmed match: {row['name']}"[:300], touched=touched)
    now = utcnow()
    conn.execute(update(MergeMatch).where(MergeMatch.id == match_id).values(
        status=MatchStatus.CONFIRMED, decided_at=now, decided_by=user, kept_id=kept))
    # Other proposals about the absorbed record now concern the kept one (or are moot).
    for other in conn.execute(select(MergeMatch.__table__).where(
            MergeMatch.status == MatchStatus.PROPOSED, MergeMatch.table_name == table,
            (MergeMatch.local_id == absorbed) | (MergeMatch.remote_id == absorbed))).mappings():
        conn.execute(update(MergeMatch).where(MergeMatch.id == other["id"]).values(
            status=MatchStatus.REJECTED, decided_at=now, decided_by=user))
    _reindex(conn, table, touched)
    return kept


def reject_match(match_id: uuid.UUID, *, session: Session | Connection, user: str | None = None) -> None:
    conn = _conn(session)
    user = user or (session.info.get("user") if isinstance(session, Session) else None) or current_user()
    _get(conn, match_id)
    conn.execute(update(MergeMatch).where(MergeMatch.id == match_id).values(
        status=MatchStatus.REJECTED, decided_at=utcnow(), decided_by=user))


def _reindex(conn: Connection, table: str, touched: Touched) -> None:
    kinds = {"sources": "source", "actors": "actor", "places": "place", "reports": "report",
             "incidents": "incident"}
    incidents = set(touched.all_ids("incidents"))
    for link in ("incident_places", "incident_actors"):
        t = BY_NAME[link].table
        ids = touched.updated[link] | touched.inserted[link]
        for chunk in chunks(sorted(ids, key=str)):
            incidents |= set(conn.execute(select(t.c.incident_id).where(t.c.id.in_(chunk))).scalars())
    for name, kind in kinds.items():
        ids = incidents if name == "incidents" else touched.all_ids(name)
        if ids:
            reindex(session=conn, kind=kind, ids=sorted(ids, key=str))
