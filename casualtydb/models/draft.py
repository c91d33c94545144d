"""Drafts of reports being entered: kept inside the database (so an encrypted database keeps them
encrypted too), rewritten as the worker types; bookkeeping, never audited or merged."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime


class Draft(Base):
    __tablename__ = "drafts"

    draft_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime())
    label: Mapped[str] = mapped_column(Text, default="")
    # The form as JSON text, exactly as the entry page wrote it.
    payload: Mapped[str] = mapped_column(Text)
