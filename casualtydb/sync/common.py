"""What the sync modules share: the other side of a merge, the errors a merge raises, a proposed
match and this database's id. Nothing here imports another sync module, so each of them can import
this one at the top (before, merge, identity, matching, other and bundle imported one another in a
circle hidden in function-level imports)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select

from ..errors import CasualtyDBError
from ..models import DatabaseInfo


class MergeSourceError(CasualtyDBError):
    """The database or bundle to merge in cannot be used; nothing was written."""


class NeedsPassphrase(MergeSourceError):
    """The other file is encrypted and no passphrase given opens it (the GUI asks and tries again)."""


class ConcurrentChangeError(CasualtyDBError):
    """A record changed in this database while the merge was running; nothing was merged."""

    def __init__(self, table: str, record_id: uuid.UUID) -> None:
        super().__init__(f"a {table} record ({record_id}) was changed by someone else during the merge; "
                         "nothing was merged, run the merge again")


# Asked for the passphrase of an encrypted file (its label); None when the user declines.
Ask = Callable[[str], "str | None"]


@dataclass
class OtherDatabase:
    """The other side of a merge: a read-only engine on a schema at this app's head revision."""

    engine: Engine
    label: str  # what the user named (file name or URL without password)
    kind: str  # "database" or "bundle"
    database_id: str
    manifest: dict[str, Any] = field(default_factory=dict)
    upgraded_from: str | None = None  # the schema revision of an older file (a copy was upgraded)
    path: Path | None = None  # the file the user named (never written)
    url: str | None = None  # or the server URL they named
    signer: str | None = None  # a bundle's signer (key fingerprint), when its signature holds
    signature: str = "none"  # a bundle's: "valid", "unsigned" or "bad" (accepted explicitly)

    @property
    def is_bundle(self) -> bool:
        return self.kind == "bundle"


@dataclass
class MatchProposal:
    """A newly merged-in record with the same name as one this database had (sync.matching)."""

    id: uuid.UUID
    table: str
    local_id: uuid.UUID
    remote_id: uuid.UUID
    name: str
    reason: str


def own_database_id(conn: Connection) -> str:
    return str(conn.execute(select(DatabaseInfo.value).where(DatabaseInfo.key == "database_id")).scalar() or "")
