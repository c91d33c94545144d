"""Editor dialogs, one per kind of record; `dialog_for(kind)` gives the class."""

from __future__ import annotations


def dialog_for(kind: str):  # noqa: ANN201
    from .actor import ActorDialog
    from .claim import ClaimDialog
    from .incident import IncidentDialog
    from .place import PlaceDialog
    from .report import ReportDialog
    from .source import SourceDialog

    return {"incident": IncidentDialog, "report": ReportDialog, "source": SourceDialog, "place": PlaceDialog,
            "actor": ActorDialog, "claim": ClaimDialog}[kind]
