"""What one report says about one incident: a category, a victim group and a figure."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Recorded, str_enum
from .enums import Category, VictimGroup

if TYPE_CHECKING:
    from .incident import Incident
    from .report import Report


class Claim(Recorded, Base):
    """A figure as a range: min == max when exact, max NULL for "at least min", both NULL with
    `vague` set when the text gave no number ("dozens"). Revisions by the same report are kept
    as further claims; `stated_at` orders them and the latest one counts."""

    __tablename__ = "claims"

    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    incident_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("incidents.id", ondelete="RESTRICT"))
    category: Mapped[Category] = mapped_column(str_enum(Category))
    victim_group: Mapped[VictimGroup] = mapped_column(str_enum(VictimGroup), default=VictimGroup.UNKNOWN)
    min: Mapped[int | None]
    max: Mapped[int | None]
    approximate: Mapped[bool] = mapped_column(default=False)
    vague: Mapped[str | None] = mapped_column(String(200))
    quote: Mapped[str | None] = mapped_column(Text)
    # Offsets of the quoted words in the report's text, when known.
    span_start: Mapped[int | None]
    span_end: Mapped[int | None]
    credibility: Mapped[int | None]  # Admiralty 1..6
    # A breakdown ("23 killed, of whom 8 children"): the 8 is part of the 23.
    part_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"), index=True)
    # When the report stated this figure (live-updated reports revise their own figures).
    stated_at: Mapped[datetime | None]
    # Personal data: left out of redacted exports.
    victim_names: Mapped[str | None] = mapped_column(Text)
    witnesses: Mapped[str | None] = mapped_column(Text)

    report: Mapped[Report] = relationship(back_populates="claims")
    incident: Mapped[Incident] = relationship(back_populates="claims")
    part_of: Mapped[Claim | None] = relationship(remote_side="Claim.id")

    __table_args__ = (
        CheckConstraint('"min" IS NULL OR "min" >= 0', name="min_not_negative"),
        CheckConstraint('"max" IS NULL OR ("min" IS NOT NULL AND "max" >= "min")', name="max_not_below_min"),
        CheckConstraint('"min" IS NOT NULL OR vague IS NOT NULL', name="figure_or_vague"),
        CheckConstraint("credibility IS NULL OR (credibility BETWEEN 1 AND 6)", name="credibility_1_6"),
        # The cross-referencing scan groups by these; what it reads (report, when stated, figure,
        # credibility) and what sorting incidents by a figure and the dashboard's totals read
        # are included, so that both read the index alone (migration 1805).
        Index("ix_claims_incident_category_group", "incident_id", "category", "victim_group", "report_id",
              "stated_at", "created_at", "id", "min", "max", "part_of_id", "approximate", "credibility"),
    )
