"""Attaching evidence files to reports, reading them back (casualtydb.models.attachment).

A file is read once, hashed (SHA-256) as it is stored, and refused with a clear message above
the size limit or when it is empty. Plain Python: the GUI and the command line both call this."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..models import Attachment, AttachmentBlob, Report

# Bigger files make the database (and every backup and bundle) heavy to carry over a poor
# connection; a saved page or a screenshot is far below it, a long video is not.
MAX_BYTES = 100 * 1024 * 1024

# What the first bytes say, where the file name says nothing useful.
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF8", "image/gif"),
    (b"%PDF-", "application/pdf"), (b"RIFF", "audio/wav"), (b"ID3", "audio/mpeg"), (b"OggS", "audio/ogg"),
]


def media_type(name: str, head: bytes) -> str:
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if name.lower().endswith((".mht", ".mhtml")):
        return "multipart/related"
    guessed, _ = mimetypes.guess_type(name)
    if guessed:
        return guessed
    lowered = head[:512].lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "text/html"
    return "application/octet-stream"


@dataclass(frozen=True)
class NewAttachment:
    data: bytes
    file_name: str
    original_url: str | None = None
    captured_at: datetime | None = None
    captured_by: str | None = None
    note: str | None = None


def read_file(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes; ValidationError naming the file when it cannot be attached."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise ValidationError(f"{p}: no such file") from None
    if p.is_dir():
        raise ValidationError(f"{p}: a folder, not a file")
    if size == 0:
        raise ValidationError(f"{p}: the file is empty")
    if size > max_bytes:
        raise ValidationError(f"{p}: {size / 1024 / 1024:.0f} MB is more than the {max_bytes // 1024 // 1024} MB an "
                              "attachment may have; keep a file this big beside the database and note its SHA-256")
    try:
        return p.read_bytes()
    except OSError as exc:
        raise ValidationError(f"{p}: cannot read it ({exc.strerror})") from None


def attach(session: Session, report_id: uuid.UUID, new: NewAttachment, *, max_bytes: int = MAX_BYTES) -> Attachment:
    """Store the bytes (once per content) and the attachment record, in the caller's transaction."""
    if session.get(Report, report_id) is None:
        raise ValidationError(f"no report {report_id}")
    if not new.data:
        raise ValidationError(f"{new.file_name}: the file is empty")
    if len(new.data) > max_bytes:
        raise ValidationError(f"{new.file_name}: larger than the {max_bytes // 1024 // 1024} MB an attachment may have")
    digest = hashlib.sha256(new.data).hexdigest()
    if session.get(AttachmentBlob, digest) is None:
        session.add(AttachmentBlob(sha256=digest, data=new.data))
    attachment = Attachment(report_id=report_id, file_name=Path(new.file_name).name[:500] or "attachment",
                            media_type=media_type(new.file_name, new.data[:64]), size=len(new.data), sha256=digest,
                            captured_at=new.captured_at, captured_by=new.captured_by,
                            original_url=new.original_url, note=new.note)
    session.add(attachment)
    session.flush()
    return attachment


def data(session: Session, attachment: Attachment) -> bytes:
    """The attached bytes, checked against the hash recorded when they were attached."""
    blob = session.get(AttachmentBlob, attachment.sha256)
    if blob is None:
        raise ValidationError(f"the bytes of {attachment.file_name} are missing from the database")
    if hashlib.sha256(blob.data).hexdigest() != attachment.sha256:
        raise ValidationError(f"the bytes of {attachment.file_name} do not match their SHA-256 (changed outside the app)")
    return blob.data


def hashes_of_reports(session: Session, report_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Each report's attachments as their SHA-256s, space-separated (what exports show of them)."""
    out: dict[uuid.UUID, list[str]] = {}
    ids = sorted(report_ids, key=str)
    for start in range(0, len(ids), 500):
        for rid, digest in session.execute(select(Attachment.report_id, Attachment.sha256)
                                           .where(Attachment.report_id.in_(ids[start:start + 500]))
                                           .order_by(Attachment.created_at)):
            out.setdefault(rid, []).append(digest)
    return {rid: " ".join(hashes) for rid, hashes in out.items()}


def of_report(session: Session, report_id: uuid.UUID) -> list[Attachment]:
    return list(session.scalars(select(Attachment).where(Attachment.report_id == report_id)
                                .order_by(Attachment.created_at, Attachment.file_name)))
