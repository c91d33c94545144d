"""Who reports: outlets, NGOs, councils, medical sources, belligerents, witness networks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Name, Recorded, str_enum
from .enums import Reliability, SourceKind

if TYPE_CHECKING:
    from .report import Report


class Source(Recorded, Base):
    __tablename__ = "sources"

    name_ar: Mapped[Name]
    name_en: Mapped[str | None] = mapped_column(String(300))
    aliases: Mapped[list[str]] = mapped_column(default=list)
    kind: Mapped[SourceKind] = mapped_column(str_enum(SourceKind), default=SourceKind.OTHER)
    reliability: Mapped[Reliability] = mapped_column(str_enum(Reliability, 1), default=Reliability.F)
    url: Mapped[str | None] = mapped_column(String(2000))
    notes: Mapped[str | None] = mapped_column(Text)
    # Personal data: left out of redacted exports.
    contact: Mapped[str | None] = mapped_column(Text)
    notes_sensitive: Mapped[bool] = mapped_column(default=False)

    reports: Mapped[list[Report]] = relationship(
        back_populates="source", foreign_keys="Report.source_id", passive_deletes="all")

    def label(self, lang: str = "ar") -> str:
        if lang == "en" and self.name_en:
            return self.name_en
        return self.name_ar
