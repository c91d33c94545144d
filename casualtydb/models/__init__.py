"""SQLAlchemy models of casualtydb, one module per aggregate."""

from .actor import Actor
from .attachment import Attachment, AttachmentBlob
from .assessment import Assessment, IncidentFigure, assessment_claims
from .audit import AuditEntry, DatabaseInfo, DuplicateDismissal, IncidentMerge
from .base import MAX_INTEGER, Base, Recorded, utcnow
from .claim import Claim
from .draft import Draft
from .import_mapping import ImportMapping
from .enums import (
    ActorRole,
    AuditAction,
    Category,
    ConflictStatus,
    DatePrecision,
    EventType,
    Grade,
    LocationPrecision,
    PlaceLevel,
    Reliability,
    SourceKind,
    VictimGroup,
)
from .incident import Incident, IncidentActor, IncidentPlace
from .person import AgeGroup, CivilianStatus, Fate, Mention, Person, PersonDismissal, PersonMerge, Sex
from .place import Place
from .recipient import RecipientExport, RecipientRow
from .report import Report
from .search import SearchDocument, SearchKind, SearchTerm
from .source import Source
from .suggestion import ReportSuggestions
from .sync import (ConflictKind, MatchStatus, MergeConflict, MergeMatch, Side, SyncIdMap, SyncPeerVersion,
                   SyncRun, SyncVersion)

# Entities whose every insert, update and delete goes to the audit log.
AUDITED = (Source, Report, Incident, IncidentPlace, IncidentActor, Claim, Assessment, Place, Actor,
           IncidentMerge, DuplicateDismissal, Attachment, Person, Mention, PersonMerge, PersonDismissal, RecipientExport,
           ImportMapping)

__all__ = [
    "AUDITED", "MAX_INTEGER", "Actor", "Attachment", "AttachmentBlob", "ActorRole", "Assessment", "AuditAction", "AuditEntry", "Base", "Category",
    "Claim", "ConflictStatus", "DatabaseInfo", "DatePrecision", "Draft", "DuplicateDismissal", "EventType",
    "Grade", "ImportMapping", "Incident", "IncidentActor", "IncidentFigure", "IncidentMerge", "IncidentPlace",
    "LocationPrecision", "Place", "PlaceLevel", "RecipientExport", "RecipientRow", "Recorded", "Reliability", "Report", "ReportSuggestions", "SearchDocument", "SearchKind", "SearchTerm", "Source", "SourceKind",
    "VictimGroup", "assessment_claims", "utcnow",
    "ConflictKind", "MatchStatus", "MergeConflict", "MergeMatch", "Side", "SyncIdMap", "SyncPeerVersion",
    "SyncRun", "SyncVersion",
    "AgeGroup", "CivilianStatus", "Fate", "Mention", "Person", "PersonDismissal", "PersonMerge", "Sex",
]
