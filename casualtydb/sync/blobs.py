"""The bytes of attachments travel with the attachment records that name them: merges and
bundles copy every blob the other side lacks, by SHA-256 (checked as it is copied)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import Connection, insert, select

from ..errors import CasualtyDBError
from ..models import Attachment, AttachmentBlob
from .identity import chunks

BLOBS = AttachmentBlob.__table__
ATTACHMENTS = Attachment.__table__


def copy_blobs(source: Connection, target: Connection, hashes: Iterable[str] | None = None) -> int:
    """Copy to `target` the blobs of `hashes` (default: of every attachment in `source`) that it
    lacks. A blob whose bytes do not match its hash is refused: nothing is merged then."""
    if hashes is None:
        hashes = source.execute(select(ATTACHMENTS.c.sha256).distinct()).scalars()
    wanted = sorted(set(hashes))
    copied = 0
    for chunk in chunks(wanted, 200):
        have = set(target.execute(select(BLOBS.c.sha256).where(BLOBS.c.sha256.in_(chunk))).scalars())
        missing = [h for h in chunk if h not in have]
        for digest in missing:
            data = source.execute(select(BLOBS.c.data).where(BLOBS.c.sha256 == digest)).scalar()
            if data is None:
                continue  # the other side lacks the bytes too; `verify` there says so
            if hashlib.sha256(data).hexdigest() != digest:
                raise CasualtyDBError(f"an attachment's bytes do not match their SHA-256 ({digest[:12]}…) in the "
                                      "database being merged; nothing was merged")
            target.execute(insert(BLOBS).values(sha256=digest, data=data))
            copied += 1
    return copied
