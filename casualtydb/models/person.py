"""Victims: what one report or list says about one person (a mention), and the persons people
build from mentions (merged, split and undone, never automatically).

Everything here is personal data: the columns whose `info` says `personal` are left out of any
export that leaves personal data out (`--redact` leaves the whole Victims sheet out)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Recorded, str_enum, utcnow

PERSONAL = {"personal": True}


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class AgeGroup(StrEnum):
    CHILD = "child"  # under 18
    ADULT = "adult"


class CivilianStatus(StrEnum):
    CIVILIAN = "civilian"
    COMBATANT = "combatant"
    UNKNOWN = "unknown"


class Fate(StrEnum):
    KILLED = "killed"
    INJURED = "injured"
    MISSING = "missing"
    DETAINED = "detained"


CHILD_UNDER = 18


class Person(Recorded, Base):
    """One individual. `display_name` is the name people chose to show; a person merged into
    another keeps its row (`merged_into_id`) so that unmerge restores it."""

    __tablename__ = "persons"

    display_name: Mapped[str | None] = mapped_column(String(300), info=PERSONAL)
    notes: Mapped[str | None] = mapped_column(Text, info=PERSONAL)
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), index=True)

    # The People list's order (migration peopleui1): live persons by name, read off an index.
    __table_args__ = (Index("ix_persons_live_name", "merged_into_id", "display_name", "id"),)


class Mention(Recorded, Base):
    """What one report or list says about one person. The name is kept as written, with its
    parts where the list gives them; `name_key` and the three block keys are derived from them
    (casualtydb.names) so that matching sorts and blocks in the database."""

    __tablename__ = "mentions"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str | None] = mapped_column(String(500), info=PERSONAL)
    given: Mapped[str | None] = mapped_column(String(200), info=PERSONAL)
    father: Mapped[str | None] = mapped_column(String(200), info=PERSONAL)
    grandfather: Mapped[str | None] = mapped_column(String(200), info=PERSONAL)
    family: Mapped[str | None] = mapped_column(String(200), info=PERSONAL)
    laqab: Mapped[str | None] = mapped_column(String(200), info=PERSONAL)
    kunya: Mapped[str | None] = mapped_column(String(200), info=PERSONAL)
    sex: Mapped[Sex | None] = mapped_column(str_enum(Sex, 10))
    age: Mapped[int | None]
    age_group: Mapped[AgeGroup | None] = mapped_column(str_enum(AgeGroup, 10))
    status: Mapped[CivilianStatus | None] = mapped_column(str_enum(CivilianStatus, 12))
    occupation: Mapped[str | None] = mapped_column(String(300), info=PERSONAL)
    residence: Mapped[str | None] = mapped_column(String(300), info=PERSONAL)
    fate: Mapped[Fate | None] = mapped_column(str_enum(Fate, 10))
    fate_date: Mapped[date | None] = mapped_column(index=True)
    place_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("places.id", ondelete="RESTRICT"), index=True)
    place_text: Mapped[str | None] = mapped_column(String(300))  # the place as written
    cause: Mapped[str | None] = mapped_column(String(300))
    incident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("incidents.id", ondelete="SET NULL"), index=True)
    incident_label: Mapped[str | None] = mapped_column(String(300))  # a list's incident text that is no id
    report_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("reports.id", ondelete="SET NULL"), index=True)
    claim_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"), index=True)
    source_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"), index=True)
    external_id: Mapped[str | None] = mapped_column(String(200))  # the list's own row id (mention_id)
    url: Mapped[str | None] = mapped_column(String(2000))
    notes: Mapped[str | None] = mapped_column(Text, info=PERSONAL)
    # Derived (casualtydb.names): the chain's skeletons, and the blocking keys matching sorts on.
    name_key: Mapped[str] = mapped_column(String(500), default="")
    block1: Mapped[str | None] = mapped_column(String(200), index=True)
    block2: Mapped[str | None] = mapped_column(String(200), index=True)
    block3: Mapped[str | None] = mapped_column(String(200), index=True)
    block4: Mapped[str | None] = mapped_column(String(220), index=True)  # given name|date

    __table_args__ = (
        CheckConstraint("age IS NULL OR (age >= 0 AND age <= 130)", name="age_range"),
        Index("ix_mentions_source_external", "source_id", "external_id"),
    )

    def set_derived(self) -> None:
        """Keys of the name (called by the audit hook before every flush of a new or changed row)."""
        values = derived_keys(name=self.name, given=self.given, father=self.father,
                              grandfather=self.grandfather, family=self.family, day=self.fate_date)
        for key, value in values.items():
            if getattr(self, key) != value:
                setattr(self, key, value)


def derived_keys(*, day: date | None = None, **parts: str | None) -> dict[str, Any]:
    """name_key and block1..4 of a name (also used by bulk writers that bypass the ORM):
    given|last, given|second, second|last, and given|date of what happened (which meets a
    mention whose other parts are missing or misspelt)."""
    from ..names import from_parts  # noqa: PLC0415 (names is pure Python; imported late to keep models light)

    parsed = from_parts(**parts)
    k1, k2, k3 = parsed.block_keys()
    given = parsed.given
    k4 = f"{given.skel[:200]}|{day.isoformat()}" if given is not None and day is not None else None
    return {"name_key": parsed.key()[:500], "block1": k1 and k1[:200], "block2": k2 and k2[:200],
            "block3": k3 and k3[:200], "block4": k4}


class PersonMerge(Recorded, Base):
    """Person `absorbed` merged into `kept` by a person; `moved` lists the mentions moved, so
    that unmerge puts them back."""

    __tablename__ = "person_merges"

    kept_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    absorbed_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    moved: Mapped[dict[str, Any]] = mapped_column(default=dict)
    merged_at: Mapped[datetime] = mapped_column(default=utcnow)
    merged_by: Mapped[str] = mapped_column(String(100), default="")
    undone_at: Mapped[datetime | None]
    undone_by: Mapped[str | None] = mapped_column(String(100))


class PersonDismissal(Recorded, Base):
    """A person decided that two persons are not the same individual (ids in sorted order).
    It holds for whatever the two are merged into later."""

    __tablename__ = "person_dismissals"

    person_a_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    person_b_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("person_a_id", "person_b_id"),)
