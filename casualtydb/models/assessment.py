"""Accepted figures: an auditor's assessment, and the figures derived by a named rule."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Recorded, Uuid, str_enum
from .claim import Claim
from .enums import Category, ConflictStatus, VictimGroup

assessment_claims = Table(
    "assessment_claims",
    Base.metadata,
    Column("assessment_id", Uuid, ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", Uuid, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
)


class Assessment(Recorded, Base):
    """An auditor's accepted low / best / high for incident × category × group, with a rationale.
    Withdrawing it (undo) keeps the row and stamps `withdrawn_*`: nothing is deleted."""

    __tablename__ = "assessments"

    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    category: Mapped[Category] = mapped_column(str_enum(Category))
    victim_group: Mapped[VictimGroup] = mapped_column(str_enum(VictimGroup))
    low: Mapped[int]
    best: Mapped[int]
    high: Mapped[int | None]
    rule: Mapped[str] = mapped_column(String(60), default="auditor")
    rationale: Mapped[str] = mapped_column(Text)
    assessed_by: Mapped[str] = mapped_column(String(100))
    assessed_at: Mapped[datetime]
    withdrawn_by: Mapped[str | None] = mapped_column(String(100))
    withdrawn_at: Mapped[datetime | None]

    claims: Mapped[list[Claim]] = relationship(secondary=assessment_claims)

    __table_args__ = (
        CheckConstraint("low >= 0 AND low <= best AND (high IS NULL OR best <= high)", name="low_best_high"),
        CheckConstraint("length(rationale) > 0", name="rationale_required"),
    )


class IncidentFigure(Base):
    """Derived low / best / high and conflict status per incident × category × group.

    A cache the cross-referencing scan rewrites; it is not audited and never merged (it is
    recomputed from claims and assessments). `rule` names how the figures were derived."""

    __tablename__ = "incident_figures"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    category: Mapped[Category] = mapped_column(str_enum(Category))
    victim_group: Mapped[VictimGroup] = mapped_column(str_enum(VictimGroup))
    low: Mapped[int | None]
    best: Mapped[int | None]
    high: Mapped[int | None]
    rule: Mapped[str] = mapped_column(String(60))
    status: Mapped[ConflictStatus] = mapped_column(str_enum(ConflictStatus))
    severity: Mapped[float] = mapped_column(default=0.0, index=True)
    claims_count: Mapped[int] = mapped_column(default=0)
    independent_sources: Mapped[int] = mapped_column(default=0)
    computed_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("incident_id", "category", "victim_group"),)
