"""Parties and perpetrators named in reports."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Name, Recorded


class Actor(Recorded, Base):
    __tablename__ = "actors"

    name_ar: Mapped[Name]
    name_en: Mapped[str | None] = mapped_column(String(300))
    aliases: Mapped[list[str]] = mapped_column(default=list)
    kind: Mapped[str | None] = mapped_column(String(60))  # e.g. state forces, armed group
    notes: Mapped[str | None] = mapped_column(Text)

    def label(self, lang: str = "ar") -> str:
        if lang == "en" and self.name_en:
            return self.name_en
        return self.name_ar
