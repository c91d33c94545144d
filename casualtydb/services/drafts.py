"""Drafts of reports being entered, kept as they are typed so that a crash or a power cut loses
nothing: one row per draft in the database's own `drafts` table.

Inside the database rather than beside it, so that an encrypted database keeps its drafts
encrypted, a backup carries them, and one commit (WAL, synchronous) is the whole write: a
reader sees the old draft or the new one, never half of one. Written with Core statements, not
through the audited session: a draft is bookkeeping, not a recorded fact, and never merged.

Drafts that the first version kept as JSON files in the user's data folder are taken in once
(`adopt_files`) and their files deleted. Plain Python: no Qt. The entry form debounces `save`.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir
from sqlalchemy import delete, insert, select, update

from ..models import Draft

if TYPE_CHECKING:
    from ..db import Database

_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_TABLE = Draft.__table__


def legacy_folder() -> Path:
    """Where the first version kept drafts as files."""
    return Path(user_data_dir("casualtydb", appauthor=False)) / "drafts"


@dataclass(frozen=True)
class DraftInfo:
    """A stored draft: its id, when it was last saved, a label."""

    draft_id: str
    saved_at: datetime
    label: str


def _check_id(draft_id: str) -> str:
    if not _ID_RE.match(draft_id):
        raise ValueError(f"not a draft id: {draft_id!r}")
    return draft_id


class DraftStore:
    """The drafts of one database. Safe to call from any thread (each call is one transaction)."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def save(self, draft_id: str, draft: dict[str, Any], *, label: str = "",
             saved_at: datetime | None = None) -> None:
        """Write the draft (a JSON-ready dict), replacing the previous version, in one commit."""
        values = {"saved_at": saved_at or datetime.now(timezone.utc), "label": label,
                  "payload": json.dumps(draft, ensure_ascii=False)}
        with self.database.engine.begin() as conn:
            done = conn.execute(update(_TABLE).where(_TABLE.c.draft_id == _check_id(draft_id)).values(**values))
            if not done.rowcount:
                conn.execute(insert(_TABLE).values(draft_id=draft_id, **values))

    def load(self, draft_id: str) -> dict[str, Any] | None:
        """The stored draft dict, or None when there is none."""
        with self.database.engine.connect() as conn:
            payload = conn.execute(select(_TABLE.c.payload).where(_TABLE.c.draft_id == _check_id(draft_id))).scalar()
        if payload is None:
            return None
        data = json.loads(payload)
        return data if isinstance(data, dict) else None

    def delete(self, draft_id: str) -> None:
        """Forget the draft (after it was saved as a report, or discarded)."""
        with self.database.engine.begin() as conn:
            conn.execute(delete(_TABLE).where(_TABLE.c.draft_id == _check_id(draft_id)))

    def list(self) -> list[DraftInfo]:
        """Stored drafts, newest first."""
        with self.database.engine.connect() as conn:
            rows = conn.execute(select(_TABLE.c.draft_id, _TABLE.c.saved_at, _TABLE.c.label)
                                .order_by(_TABLE.c.saved_at.desc(), _TABLE.c.draft_id)).all()
        return [DraftInfo(r.draft_id, r.saved_at, r.label or "") for r in rows]

    def adopt_files(self, folder: Path | None = None) -> int:
        """Take in the first version's draft files of this database (or of none), then delete
        them: after this no unencrypted draft is left on disk. Files of other databases, and
        files that cannot be read, are left where they are."""
        folder = folder or legacy_folder()
        if not folder.is_dir():
            return 0
        mine = self.database.describe()
        taken = 0
        for path in sorted(folder.glob("*.json")):
            try:
                payload = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(payload, dict) or not isinstance(payload.get("draft"), dict):
                    continue
                if payload.get("database") not in (None, mine) or not _ID_RE.match(path.stem):
                    continue
                saved = datetime.fromisoformat(payload["saved_at"])
                if saved.tzinfo is None:
                    saved = saved.replace(tzinfo=timezone.utc)
            except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
                continue
            if self.load(path.stem) is None:
                self.save(path.stem, payload["draft"], label=str(payload.get("label") or ""), saved_at=saved)
            os.unlink(path)
            taken += 1
        return taken
