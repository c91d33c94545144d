"""Drafts of reports being entered, kept on disk as they are typed so that a crash or a power
cut loses nothing: one JSON file per draft in the user's data folder, written atomically.

A write goes to a temporary file in the same folder, is flushed and fsync'ed, then renamed over
the draft with `os.replace` (atomic on POSIX and Windows), and the folder itself is fsync'ed
(POSIX) so the rename survives a power cut. A reader therefore sees the old draft or the new
one, never half of one. A file that cannot be read (damaged by something else) is set aside as
`<name>.damaged` rather than deleted, and never stops the others from being offered.

Plain Python: no Qt. The entry form debounces its calls to `save`.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
SUFFIX = ".json"


def default_folder() -> Path:
    return Path(user_data_dir("casualtydb", appauthor=False)) / "drafts"


@dataclass(frozen=True)
class DraftInfo:
    """A stored draft: its id, when it was last saved, which database it belongs to, a label."""

    draft_id: str
    saved_at: datetime
    database: str | None
    label: str
    path: Path


class DraftStore:
    """The drafts folder. Each method is safe to call from any one thread at a time."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()

    def _path(self, draft_id: str) -> Path:
        if not _ID_RE.match(draft_id):
            raise ValueError(f"not a draft id: {draft_id!r}")
        return self.folder / f"{draft_id}{SUFFIX}"

    def save(self, draft_id: str, draft: dict[str, Any], *, database: str | None = None,
             label: str = "") -> Path:
        """Write the draft (a JSON-ready dict) atomically; returns its file."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._path(draft_id)
        payload = {"saved_at": datetime.now(timezone.utc).isoformat(), "database": database,
                   "label": label, "draft": draft}
        data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
        fd, tmp = tempfile.mkstemp(prefix=f".{draft_id}.", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise
        _fsync_folder(self.folder)
        return target

    def load(self, draft_id: str) -> dict[str, Any] | None:
        """The stored draft dict, or None when there is none (or it is damaged)."""
        payload = self._read(self._path(draft_id))
        return payload["draft"] if payload else None

    def delete(self, draft_id: str) -> None:
        """Forget the draft (after it was saved to the database, or discarded)."""
        try:
            self._path(draft_id).unlink()
        except FileNotFoundError:
            return
        _fsync_folder(self.folder)

    def list(self, *, database: str | None = None) -> list[DraftInfo]:
        """Stored drafts, newest first; with `database`, only that database's (and unbound) ones."""
        if not self.folder.is_dir():
            return []
        out = []
        for path in self.folder.glob(f"*{SUFFIX}"):
            payload = self._read(path)
            if payload is None:
                continue
            if database is not None and payload.get("database") not in (None, database):
                continue
            try:
                saved = datetime.fromisoformat(payload["saved_at"])
            except (KeyError, TypeError, ValueError):
                saved = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
            out.append(DraftInfo(path.stem, saved, payload.get("database"), str(payload.get("label") or ""), path))
        out.sort(key=lambda d: d.saved_at, reverse=True)
        return out

    def _read(self, path: Path) -> dict[str, Any] | None:
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError, ValueError):
            _set_aside(path)
            return None
        if not isinstance(payload, dict) or not isinstance(payload.get("draft"), dict):
            _set_aside(path)
            return None
        return payload


def _set_aside(path: Path) -> None:
    try:
        os.replace(path, path.with_name(path.name + ".damaged"))
    except OSError:
        pass


def _fsync_folder(folder: Path) -> None:
    """Make a rename or unlink in `folder` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
