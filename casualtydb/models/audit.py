"""The append-only audit log, and the bookkeeping records of merges and dismissed duplicates."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Recorded, str_enum, utcnow
from .enums import AuditAction


class AuditEntry(Base):
    """One insert, update or delete of an audited record: who, when, old and new values.

    Written by the session hook in `casualtydb.audit`; rows are never updated or deleted."""

    __tablename__ = "audit_log"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(100))
    action: Mapped[AuditAction] = mapped_column(str_enum(AuditAction, 10))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID]
    old: Mapped[dict[str, Any] | None]
    new: Mapped[dict[str, Any] | None]
    # Why, when the change was part of a larger operation ("merge incidents", "import x.xlsx").
    context: Mapped[str | None] = mapped_column(String(300))
    # The hash chain (casualtydb.chain): the database the entry was made in, its number in that
    # database's chain, the previous entry's SHA-256 and its own.
    origin: Mapped[str | None] = mapped_column(String(36))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_log_record", "table_name", "record_id", "at"),
                      Index("ix_audit_log_chain", "origin", "seq"))


class IncidentMerge(Recorded, Base):
    """Incident `absorbed` merged into `kept` as a duplicate; `moved` lists what was moved so
    that unmerge restores both as they were."""

    __tablename__ = "incident_merges"

    kept_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    absorbed_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    moved: Mapped[dict[str, Any]] = mapped_column(default=dict)
    merged_at: Mapped[datetime] = mapped_column(default=utcnow)
    merged_by: Mapped[str] = mapped_column(String(100), default="")
    undone_at: Mapped[datetime | None]
    undone_by: Mapped[str | None] = mapped_column(String(100))


class DuplicateDismissal(Recorded, Base):
    """A person decided that two incidents are not duplicates (ids stored in sorted order)."""

    __tablename__ = "duplicate_dismissals"

    incident_a_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    incident_b_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("incident_a_id", "incident_b_id"),)


class DatabaseInfo(Base):
    """Key/value facts about this database file itself (its own id for merges, creation time)."""

    __tablename__ = "database_info"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
