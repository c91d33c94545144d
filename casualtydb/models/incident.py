"""One event: when, where (one or more places), what kind, who is held responsible."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Recorded, str_enum
from .enums import ActorRole, DatePrecision, EventType, Grade, LocationPrecision

if TYPE_CHECKING:
    from .actor import Actor
    from .claim import Claim
    from .place import Place


class Incident(Recorded, Base):
    __tablename__ = "incidents"

    start_date: Mapped[date] = mapped_column(index=True)
    end_date: Mapped[date | None]
    date_precision: Mapped[DatePrecision] = mapped_column(
        str_enum(DatePrecision), default=DatePrecision.DAY)
    # "YYYY-MM" of start_date, kept by the model: monthly totals group on a plain indexed
    # column instead of a dialect-specific date function.
    month: Mapped[str] = mapped_column(String(7), index=True)
    event_type: Mapped[EventType] = mapped_column(str_enum(EventType), default=EventType.OTHER)
    description_ar: Mapped[str | None] = mapped_column(Text)
    description_en: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    notes_sensitive: Mapped[bool] = mapped_column(default=False)
    # Airwars grade: suggested by the cross-referencing service, accepted or changed by a person.
    grade: Mapped[Grade | None] = mapped_column(str_enum(Grade))
    grade_reasons: Mapped[str | None] = mapped_column(Text)
    grade_accepted_by: Mapped[str | None] = mapped_column(String(100))
    grade_accepted_at: Mapped[datetime | None]
    # Set when merged into another incident as a duplicate (kept so that unmerge can restore it).
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="SET NULL"), index=True)

    places: Mapped[list[IncidentPlace]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="IncidentPlace.is_primary.desc()")
    actors: Mapped[list[IncidentActor]] = relationship(
        back_populates="incident", cascade="all, delete-orphan")
    claims: Mapped[list[Claim]] = relationship(back_populates="incident", passive_deletes="all")

    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates_ordered"),
        Index("ix_incidents_month_start", "month", "start_date"),
    )

    @property
    def primary_place(self) -> Place | None:
        for link in self.places:
            if link.is_primary:
                return link.place
        return self.places[0].place if self.places else None


class IncidentPlace(Recorded, Base):
    __tablename__ = "incident_places"

    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    place_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("places.id", ondelete="RESTRICT"), index=True)
    is_primary: Mapped[bool] = mapped_column(default=False)
    precision: Mapped[LocationPrecision] = mapped_column(
        str_enum(LocationPrecision), default=LocationPrecision.TOWN)

    incident: Mapped[Incident] = relationship(back_populates="places")
    place: Mapped[Place] = relationship()

    __table_args__ = (UniqueConstraint("incident_id", "place_id"),)


class IncidentActor(Recorded, Base):
    __tablename__ = "incident_actors"

    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("actors.id", ondelete="RESTRICT"), index=True)
    role: Mapped[ActorRole] = mapped_column(str_enum(ActorRole), default=ActorRole.ALLEGED)
    # The report that attributes it, when one does.
    report_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("reports.id", ondelete="SET NULL"), index=True)

    incident: Mapped[Incident] = relationship(back_populates="actors")
    actor: Mapped[Actor] = relationship()

    __table_args__ = (UniqueConstraint("incident_id", "actor_id", "role"),)
