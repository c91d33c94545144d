"""The gazetteer: administrative units, towns and neighbourhoods, with OCHA P-codes."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Name, Recorded, str_enum
from .enums import PlaceLevel


class Place(Recorded, Base):
    """governorate > district > sub-district > community > neighbourhood (one tree)."""

    __tablename__ = "places"

    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("places.id", ondelete="RESTRICT"), index=True)
    level: Mapped[PlaceLevel] = mapped_column(str_enum(PlaceLevel))
    pcode: Mapped[str | None] = mapped_column(String(20), unique=True)
    name_ar: Mapped[Name]
    name_en: Mapped[str | None] = mapped_column(String(300))
    # Other spellings, Arabic and Latin, that should find this place.
    alt_names: Mapped[list[str]] = mapped_column(default=list)
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    # Materialised path of ancestor ids ("/<gov>/<district>/…/<self>/") so "everything inside a
    # governorate" is one indexed prefix match, the same SQL on SQLite and PostgreSQL.
    path: Mapped[str] = mapped_column(String(400), default="", index=True)
    origin: Mapped[str | None] = mapped_column(String(300))  # where the record came from

    parent: Mapped[Place | None] = relationship(remote_side="Place.id")

    __table_args__ = (Index("ix_places_level_name_ar", "level", "name_ar"),)

    def label(self, lang: str = "ar") -> str:
        if lang == "en" and self.name_en:
            return self.name_en
        return self.name_ar
