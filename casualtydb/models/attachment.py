"""Evidence attached to a report: a screenshot of a post that may be deleted, the saved page a
figure came from, a photo, a recording. Kept inside the database (so an encrypted database keeps
them encrypted), each with its SHA-256 taken when it was attached (the Berkeley Protocol's hash at
capture), its size, type, when and by whom it was captured, and where from.

The bytes live in `attachment_blobs`, keyed by their SHA-256: the same file attached twice is
stored once, and `verify` checks every blob against its key. The attachment record (audited,
merged like any record) holds the hash, never the bytes."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Recorded


class Attachment(Recorded, Base):
    __tablename__ = "attachments"

    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    captured_at: Mapped[datetime | None]
    captured_by: Mapped[str | None] = mapped_column(String(200))
    original_url: Mapped[str | None] = mapped_column(String(2000))
    note: Mapped[str | None] = mapped_column(Text)


class AttachmentBlob(Base):
    """The bytes of attached files, by SHA-256 (bookkeeping: not audited; copied by merges and
    bundles along with the attachments that name them)."""

    __tablename__ = "attachment_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
