"""What the extraction engine suggested for a report saved through the entry page, beside what
the person confirmed (the report's claims): the team's own measure of the engine
(`casualtydb extract-eval`). Bookkeeping like drafts: never audited or merged."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime


class ReportSuggestions(Base):
    __tablename__ = "report_suggestions"

    report_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    engine: Mapped[str] = mapped_column(String(40))  # the casualtydb version that suggested them
    # JSON list, one object per suggested figure as suggested (category, group, min, max,
    # approximate, confidence, summed, start, end) with what became of it: confirmed (saved, as is
    # or corrected), as_is (saved unchanged) and claim (the saved claim's id).
    payload: Mapped[str] = mapped_column(Text)
