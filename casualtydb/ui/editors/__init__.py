"""Editor dialogs, one per kind of record; `dialog_for(kind)` gives the class."""

from __future__ import annotations

from .actor import ActorDialog
from .base import RecordDialog
from .claim import ClaimDialog
from .incident import IncidentDialog
from .place import PlaceDialog
from .report import ReportDialog
from .source import SourceDialog

DIALOGS: dict[str, type[RecordDialog]] = {
    "incident": IncidentDialog, "report": ReportDialog, "source": SourceDialog, "place": PlaceDialog,
    "actor": ActorDialog, "claim": ClaimDialog,
}


def dialog_for(kind: str) -> type[RecordDialog]:
    return DIALOGS[kind]
