"""Bookkeeping of database merges: known versions of records, what each peer last had, records
found to be the same, the history of merges, merge conflicts and proposed matches.

None of these tables is audited or compared when two databases are checked for equal content;
`sync_versions` and `sync_id_map` travel with merges and bundles, the rest stay local."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Enum, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, str_enum, utcnow


class ConflictKind(StrEnum):
    EDIT = "edit"  # changed on both sides since they last met
    DELETE = "delete"  # deleted on one side, changed (or still needed) on the other


class Side(StrEnum):
    LOCAL = "local"  # this database, before the merge
    REMOTE = "remote"  # the database (or bundle) merged in


class MatchStatus(StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


def _side_enum(name: str) -> Enum:
    """Two Side columns in one table need CHECK constraints with different names."""
    enum = str_enum(Side, 10)
    enum.name = name
    return enum


class SyncVersion(Base):
    """A version (content hash) of a record that this database's current version of it includes:
    its own earlier versions that crossed a merge, and the versions merged in from others.

    "Remote has nothing new" is: the remote's hash is one of ours. Versions are never deleted."""

    __tablename__ = "sync_versions"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hash: Mapped[str] = mapped_column(String(32), primary_key=True)


class SyncPeerVersion(Base):
    """The version of a record a peer database had when we last merged it in (only kept when
    the peer itself did not record it). A database's own history is linear, so if ours equals
    what the peer had, the peer's current version descends from ours."""

    __tablename__ = "sync_peer_versions"

    peer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hash: Mapped[str] = mapped_column(String(32))


class SyncIdMap(Base):
    """Two records found to be the same (a confirmed match, or the same P-code): `absorbed_id`
    was folded into `kept_id`. Merges translate the absorbed id wherever it appears."""

    __tablename__ = "sync_id_map"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    absorbed_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kept_id: Mapped[uuid.UUID]
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str | None] = mapped_column(String(300))


class SyncRun(Base):
    """One merge of another database or bundle into this one, with its summary."""

    __tablename__ = "sync_runs"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    peer_id: Mapped[str] = mapped_column(String(36), index=True)
    peer_label: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(20))  # "database" or "bundle"
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime] = mapped_column(default=utcnow)
    user: Mapped[str] = mapped_column(String(100), default="")
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


class MergeConflict(Base):
    """A record both sides changed since they last met (or one deleted and the other changed).
    Both versions are kept here; `applied` says which one the record now has, until a person
    settles it (`resolution`)."""

    __tablename__ = "merge_conflicts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    run_id: Mapped[uuid.UUID | None]
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID]
    kind: Mapped[ConflictKind] = mapped_column(str_enum(ConflictKind, 10))
    # Column values of each side (JSON-ready), None for the side that deleted the record.
    local: Mapped[dict[str, Any] | None]
    remote: Mapped[dict[str, Any] | None]
    applied: Mapped[Side] = mapped_column(_side_enum("applied_side"))
    peer_id: Mapped[str] = mapped_column(String(36))
    peer_label: Mapped[str] = mapped_column(String(500))
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str | None] = mapped_column(String(100))
    resolution: Mapped[Side | None] = mapped_column(_side_enum("resolution_side"))

    __table_args__ = (
        Index("ix_merge_conflicts_record", "table_name", "record_id"),
        Index("ix_merge_conflicts_resolved_at", "resolved_at"),
    )


class MergeMatch(Base):
    """Two sources, places or actors created separately with the same normalised name: proposed
    as the same record until a person confirms (folding one into the other) or rejects it."""

    __tablename__ = "merge_matches"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    run_id: Mapped[uuid.UUID | None]
    table_name: Mapped[str] = mapped_column(String(60))
    local_id: Mapped[uuid.UUID]
    remote_id: Mapped[uuid.UUID]
    name: Mapped[str] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(String(300))
    status: Mapped[MatchStatus] = mapped_column(str_enum(MatchStatus, 10), default=MatchStatus.PROPOSED)
    proposed_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[str | None] = mapped_column(String(100))
    kept_id: Mapped[uuid.UUID | None]

    __table_args__ = (
        UniqueConstraint("table_name", "local_id", "remote_id"),
        Index("ix_merge_matches_status", "status"),
    )
