"""One document from a source, with its full original text."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Recorded

if TYPE_CHECKING:
    from .attachment import Attachment
    from .claim import Claim
    from .source import Source


class Report(Recorded, Base):
    __tablename__ = "reports"

    source_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sources.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str | None] = mapped_column(String(1000))
    author: Mapped[str | None] = mapped_column(String(300))
    published_date: Mapped[date | None] = mapped_column(index=True)
    published_time: Mapped[time | None]
    url: Mapped[str | None] = mapped_column(String(2000), index=True)
    language: Mapped[str | None] = mapped_column(String(10))  # BCP 47: "ar", "en"
    text: Mapped[str | None] = mapped_column(Text)
    retrieved_at: Mapped[datetime | None]
    # What this report relays. A relay is not independent corroboration of what it relays.
    relays_report_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("reports.id", ondelete="SET NULL"), index=True)
    relays_source_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    notes_sensitive: Mapped[bool] = mapped_column(default=False)

    source: Mapped[Source] = relationship(back_populates="reports", foreign_keys=[source_id])
    relays_report: Mapped[Report | None] = relationship(remote_side="Report.id")
    relays_source: Mapped[Source | None] = relationship(foreign_keys=[relays_source_id])
    # Deleting a report deletes its claims through the ORM (not only ON DELETE CASCADE), so that
    # each deleted claim is in the audit log.
    claims: Mapped[list[Claim]] = relationship(back_populates="report", cascade="all, delete-orphan")
    # Likewise its attachments' records (their bytes stay, by hash, for an undo).
    attachments: Mapped[list[Attachment]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        CheckConstraint("relays_report_id IS NULL OR relays_report_id <> id", name="not_self_relay"),
        # The cross-referencing scan looks every claim's report up by id for these columns; the
        # index answers without reading the row, whose long text sits before the relay links
        # (migration 1830). Unique, so that SQLite prefers it to the primary-key index.
        Index("ix_reports_crossref", "id", "source_id", "relays_report_id", "relays_source_id", "published_date",
              unique=True),
    )
