"""What was sent to whom: one record per export to a named recipient, and the rows that recipient
holds, so that `export --since-last RECIPIENT` sends only what changed (casualtydb.io.since_last)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Recorded, utcnow


class RecipientExport(Recorded, Base):
    """One workbook sent to a recipient: when, with which language, filters and redaction, what it
    added, changed and withdrew, and the audit chain head at the time (`audit_seq`, `audit_hash`):
    the record versions sent are the ones the audit log holds up to that entry. Audited, so every
    export to a recipient is in the audit log."""

    __tablename__ = "recipient_exports"

    recipient: Mapped[str] = mapped_column(String(200), index=True)
    exported_at: Mapped[datetime] = mapped_column(default=utcnow)
    lang: Mapped[str] = mapped_column(String(2))
    date_from: Mapped[date | None]
    date_to: Mapped[date | None]
    place: Mapped[str | None] = mapped_column(String(300))
    redact: Mapped[bool]
    file_name: Mapped[str] = mapped_column(String(300))  # the name only: a path may name the user
    rows: Mapped[int] = mapped_column(default=0)  # data rows the recipient holds after this export
    added: Mapped[int] = mapped_column(default=0)
    changed: Mapped[int] = mapped_column(default=0)
    withdrawn: Mapped[int] = mapped_column(default=0)
    audit_seq: Mapped[int | None] = mapped_column(BigInteger)
    audit_hash: Mapped[str | None] = mapped_column(String(64))
    previous_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("recipient_exports.id", ondelete="SET NULL"))


class RecipientRow(Base):
    """A data-sheet row as the recipient last received it: its values (only the columns that
    recipient's exports show, so a redacted recipient's rows hold no personal data), their digest,
    and the export that sent it. Bookkeeping derived from the records, so not audited row by row:
    the export that wrote it is."""

    __tablename__ = "recipient_rows"

    recipient: Mapped[str] = mapped_column(String(200), primary_key=True)
    sheet: Mapped[str] = mapped_column(String(20), primary_key=True)
    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    # Unredacted recipients' rows carry names of victims and witnesses, as their workbook did.
    values: Mapped[dict[str, Any]] = mapped_column(info={"personal": True})
    export_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("recipient_exports.id", ondelete="CASCADE"))

    __table_args__ = (Index("ix_recipient_rows_export_id", "export_id"),)
