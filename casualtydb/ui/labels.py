"""Translatable names of the data model's vocabularies, fields and validation messages.

The domain layer (casualtydb/) speaks English and never imports Qt; this module lists its words
with QT_TRANSLATE_NOOP so pyside6-lupdate extracts them, and translates them at run time.
A test checks that every enum value and every message of services.editing has an entry here."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..models import (
    ActorRole,
    AgeGroup,
    AuditAction,
    Category,
    CivilianStatus,
    ConflictStatus,
    DatePrecision,
    EventType,
    Fate,
    Grade,
    LocationPrecision,
    PlaceLevel,
    Reliability,
    Sex,
    SourceKind,
    VictimGroup,
)
from .format import fill, isolate

CTX = "Labels"

# Keyed by enum class, then value: different vocabularies share words ("other", "neighbourhood").
ENUM_LABELS: dict[type[StrEnum], dict[str, str]] = {
    Category: {
        Category.KILLED.value: QT_TRANSLATE_NOOP("Labels", "killed"),
        Category.INJURED.value: QT_TRANSLATE_NOOP("Labels", "injured"),
        Category.MISSING.value: QT_TRANSLATE_NOOP("Labels", "missing"),
        Category.DETAINED.value: QT_TRANSLATE_NOOP("Labels", "detained"),
        Category.BESIEGED.value: QT_TRANSLATE_NOOP("Labels", "besieged"),
        Category.DISPLACED.value: QT_TRANSLATE_NOOP("Labels", "displaced"),
    },
    VictimGroup: {
        VictimGroup.CIVILIANS.value: QT_TRANSLATE_NOOP("Labels", "civilians"),
        VictimGroup.CHILDREN.value: QT_TRANSLATE_NOOP("Labels", "children"),
        VictimGroup.WOMEN.value: QT_TRANSLATE_NOOP("Labels", "women"),
        VictimGroup.MEN.value: QT_TRANSLATE_NOOP("Labels", "men"),
        VictimGroup.COMBATANTS.value: QT_TRANSLATE_NOOP("Labels", "combatants"),
        VictimGroup.UNKNOWN.value: QT_TRANSLATE_NOOP("Labels", "unknown group"),
    },
    EventType: {
        EventType.AIRSTRIKE.value: QT_TRANSLATE_NOOP("Labels", "airstrike"),
        EventType.SHELLING.value: QT_TRANSLATE_NOOP("Labels", "shelling"),
        EventType.GROUND_ATTACK.value: QT_TRANSLATE_NOOP("Labels", "ground attack"),
        EventType.EXPLOSIVE_DEVICE.value: QT_TRANSLATE_NOOP("Labels", "explosive device"),
        EventType.EXECUTION.value: QT_TRANSLATE_NOOP("Labels", "execution"),
        EventType.SIEGE.value: QT_TRANSLATE_NOOP("Labels", "siege"),
        EventType.DETENTION_CAMPAIGN.value: QT_TRANSLATE_NOOP("Labels", "detention campaign"),
        EventType.OTHER.value: QT_TRANSLATE_NOOP("Labels", "other event"),
    },
    ConflictStatus: {
        ConflictStatus.SINGLE_SOURCE.value: QT_TRANSLATE_NOOP("Labels", "single source"),
        ConflictStatus.CORROBORATED.value: QT_TRANSLATE_NOOP("Labels", "corroborated"),
        ConflictStatus.CONFLICTING.value: QT_TRANSLATE_NOOP("Labels", "conflicting"),
        ConflictStatus.RECONCILED.value: QT_TRANSLATE_NOOP("Labels", "reconciled"),
        ConflictStatus.NEEDS_REVIEW.value: QT_TRANSLATE_NOOP("Labels", "needs review"),
    },
    Grade: {
        Grade.CONFIRMED.value: QT_TRANSLATE_NOOP("Labels", "confirmed"),
        Grade.FAIR.value: QT_TRANSLATE_NOOP("Labels", "fair"),
        Grade.WEAK.value: QT_TRANSLATE_NOOP("Labels", "weak"),
        Grade.CONTESTED.value: QT_TRANSLATE_NOOP("Labels", "contested"),
        Grade.DISCOUNTED.value: QT_TRANSLATE_NOOP("Labels", "discounted"),
    },
    Reliability: {
        Reliability.A.value: QT_TRANSLATE_NOOP("Labels", "A: completely reliable"),
        Reliability.B.value: QT_TRANSLATE_NOOP("Labels", "B: usually reliable"),
        Reliability.C.value: QT_TRANSLATE_NOOP("Labels", "C: fairly reliable"),
        Reliability.D.value: QT_TRANSLATE_NOOP("Labels", "D: not usually reliable"),
        Reliability.E.value: QT_TRANSLATE_NOOP("Labels", "E: unreliable"),
        Reliability.F.value: QT_TRANSLATE_NOOP("Labels", "F: reliability cannot be judged"),
    },
    SourceKind: {
        SourceKind.NEWS_OUTLET.value: QT_TRANSLATE_NOOP("Labels", "news outlet"),
        SourceKind.NGO.value: QT_TRANSLATE_NOOP("Labels", "NGO"),
        SourceKind.OFFICIAL.value: QT_TRANSLATE_NOOP("Labels", "official body"),
        SourceKind.MEDICAL.value: QT_TRANSLATE_NOOP("Labels", "medical source"),
        SourceKind.BELLIGERENT.value: QT_TRANSLATE_NOOP("Labels", "party to the conflict"),
        SourceKind.WITNESS_NETWORK.value: QT_TRANSLATE_NOOP("Labels", "witness network"),
        SourceKind.SOCIAL_MEDIA.value: QT_TRANSLATE_NOOP("Labels", "social-media page"),
        SourceKind.OTHER.value: QT_TRANSLATE_NOOP("Labels", "other source"),
    },
    PlaceLevel: {
        PlaceLevel.COUNTRY.value: QT_TRANSLATE_NOOP("Labels", "country"),
        PlaceLevel.GOVERNORATE.value: QT_TRANSLATE_NOOP("Labels", "governorate"),
        PlaceLevel.DISTRICT.value: QT_TRANSLATE_NOOP("Labels", "district"),
        PlaceLevel.SUBDISTRICT.value: QT_TRANSLATE_NOOP("Labels", "sub-district"),
        PlaceLevel.COMMUNITY.value: QT_TRANSLATE_NOOP("Labels", "town or village"),
        PlaceLevel.NEIGHBOURHOOD.value: QT_TRANSLATE_NOOP("Labels", "neighbourhood"),
    },
    LocationPrecision: {
        LocationPrecision.EXACT.value: QT_TRANSLATE_NOOP("Labels", "exact location"),
        LocationPrecision.NEIGHBOURHOOD.value: QT_TRANSLATE_NOOP("Labels", "within the neighbourhood"),
        LocationPrecision.TOWN.value: QT_TRANSLATE_NOOP("Labels", "within the town"),
        LocationPrecision.SUBDISTRICT.value: QT_TRANSLATE_NOOP("Labels", "within the sub-district"),
        LocationPrecision.DISTRICT.value: QT_TRANSLATE_NOOP("Labels", "within the district"),
        LocationPrecision.GOVERNORATE.value: QT_TRANSLATE_NOOP("Labels", "within the governorate"),
    },
    DatePrecision: {
        DatePrecision.DAY.value: QT_TRANSLATE_NOOP("Labels", "exact day"),
        DatePrecision.DAYS.value: QT_TRANSLATE_NOOP("Labels", "some days"),
        DatePrecision.WEEK.value: QT_TRANSLATE_NOOP("Labels", "within a week"),
        DatePrecision.MONTH.value: QT_TRANSLATE_NOOP("Labels", "within the month"),
        DatePrecision.YEAR.value: QT_TRANSLATE_NOOP("Labels", "within the year"),
    },
    ActorRole: {
        ActorRole.ALLEGED.value: QT_TRANSLATE_NOOP("Labels", "held responsible"),
        ActorRole.CLAIMED.value: QT_TRANSLATE_NOOP("Labels", "claimed responsibility"),
        ActorRole.DENIED.value: QT_TRANSLATE_NOOP("Labels", "denied responsibility"),
        ActorRole.CONTROLS.value: QT_TRANSLATE_NOOP("Labels", "controls the area"),
    },
    AuditAction: {
        AuditAction.INSERT.value: QT_TRANSLATE_NOOP("Labels", "added"),
        AuditAction.UPDATE.value: QT_TRANSLATE_NOOP("Labels", "changed"),
        AuditAction.DELETE.value: QT_TRANSLATE_NOOP("Labels", "deleted"),
    },
    # Victims (models/person.py)
    Sex: {
        Sex.MALE.value: QT_TRANSLATE_NOOP("Labels", "male"),
        Sex.FEMALE.value: QT_TRANSLATE_NOOP("Labels", "female"),
    },
    AgeGroup: {
        AgeGroup.CHILD.value: QT_TRANSLATE_NOOP("Labels", "child"),
        AgeGroup.ADULT.value: QT_TRANSLATE_NOOP("Labels", "adult"),
    },
    CivilianStatus: {
        CivilianStatus.CIVILIAN.value: QT_TRANSLATE_NOOP("Labels", "civilian"),
        CivilianStatus.COMBATANT.value: QT_TRANSLATE_NOOP("Labels", "combatant"),
        CivilianStatus.UNKNOWN.value: QT_TRANSLATE_NOOP("Labels", "status unknown"),
    },
    Fate: {
        # One person's fate: the same English words as Category's, another context (Arabic
        # says «قُتل» of a person where a figure's category is «قتلى»).
        Fate.KILLED.value: QT_TRANSLATE_NOOP("Fate", "killed"),
        Fate.INJURED.value: QT_TRANSLATE_NOOP("Fate", "injured"),
        Fate.MISSING.value: QT_TRANSLATE_NOOP("Fate", "missing"),
        Fate.DETAINED.value: QT_TRANSLATE_NOOP("Fate", "detained"),
    },
}

CREDIBILITY = {
    1: QT_TRANSLATE_NOOP("Labels", "1: confirmed by other sources"),
    2: QT_TRANSLATE_NOOP("Labels", "2: probably true"),
    3: QT_TRANSLATE_NOOP("Labels", "3: possibly true"),
    4: QT_TRANSLATE_NOOP("Labels", "4: doubtful"),
    5: QT_TRANSLATE_NOOP("Labels", "5: improbable"),
    6: QT_TRANSLATE_NOOP("Labels", "6: truth cannot be judged"),
}

# Record kinds and table names (history, usage questions).
TABLES = {
    "incidents": QT_TRANSLATE_NOOP("Labels", "incident"),
    "reports": QT_TRANSLATE_NOOP("Labels", "report"),
    "sources": QT_TRANSLATE_NOOP("Labels", "source"),
    "places": QT_TRANSLATE_NOOP("Labels", "place"),
    "actors": QT_TRANSLATE_NOOP("Labels", "actor"),
    "claims": QT_TRANSLATE_NOOP("Labels", "claim"),
    "assessments": QT_TRANSLATE_NOOP("Labels", "assessment"),
    "incident_places": QT_TRANSLATE_NOOP("Labels", "place of an incident"),
    "incident_actors": QT_TRANSLATE_NOOP("Labels", "actor of an incident"),
    "incident_merges": QT_TRANSLATE_NOOP("Labels", "merge of duplicates"),
    "duplicate_dismissals": QT_TRANSLATE_NOOP("Labels", "dismissed duplicate"),
    "assessment_claims": QT_TRANSLATE_NOOP("Labels", "claim an assessment rests on"),
    "incident_figures": QT_TRANSLATE_NOOP("Labels", "derived figure"),
    "audit_log": QT_TRANSLATE_NOOP("Labels", "history"),
    "attachments": QT_TRANSLATE_NOOP("Labels", "attachment"),
    "import_mappings": QT_TRANSLATE_NOOP("Labels", "saved column mapping"),
}
LANGUAGES = {
    "ar": QT_TRANSLATE_NOOP("Labels", "Arabic"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
}
KIND_TABLE = {"incident": "incidents", "report": "reports", "source": "sources", "place": "places",
              "actor": "actors", "claim": "claims"}

FIELDS = {
    "name_ar": QT_TRANSLATE_NOOP("Labels", "Name (Arabic)"),
    "name_en": QT_TRANSLATE_NOOP("Labels", "Name (English)"),
    "aliases": QT_TRANSLATE_NOOP("Labels", "Other names"),
    "alt_names": QT_TRANSLATE_NOOP("Labels", "Other spellings"),
    "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "reliability": QT_TRANSLATE_NOOP("Labels", "Reliability"),
    "url": QT_TRANSLATE_NOOP("Labels", "Web address"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Contact"),
    "notes_sensitive": QT_TRANSLATE_NOOP("Labels", "Notes are sensitive"),
    "level": QT_TRANSLATE_NOOP("Labels", "Level"),
    "parent_id": QT_TRANSLATE_NOOP("Labels", "Inside"),
    "pcode": QT_TRANSLATE_NOOP("Labels", "P-code"),
    "latitude": QT_TRANSLATE_NOOP("Labels", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("Labels", "Longitude"),
    "origin": QT_TRANSLATE_NOOP("Labels", "Origin of the record"),
    "source_id": QT_TRANSLATE_NOOP("Labels", "Source"),
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "author": QT_TRANSLATE_NOOP("Labels", "Author"),
    "published_date": QT_TRANSLATE_NOOP("Labels", "Published"),
    "published_time": QT_TRANSLATE_NOOP("Labels", "Time"),
    "language": QT_TRANSLATE_NOOP("Labels", "Language"),
    "text": QT_TRANSLATE_NOOP("Labels", "Full text"),
    "retrieved_at": QT_TRANSLATE_NOOP("Labels", "Retrieved"),
    "relays_report_id": QT_TRANSLATE_NOOP("Labels", "Relays report"),
    "relays_source_id": QT_TRANSLATE_NOOP("Labels", "Relays source"),
    "start_date": QT_TRANSLATE_NOOP("Labels", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Labels", "End date"),
    "date_precision": QT_TRANSLATE_NOOP("Labels", "Date precision"),
    "event_type": QT_TRANSLATE_NOOP("Labels", "Event type"),
    "description_ar": QT_TRANSLATE_NOOP("Labels", "Description (Arabic)"),
    "description_en": QT_TRANSLATE_NOOP("Labels", "Description (English)"),
    "grade": QT_TRANSLATE_NOOP("Labels", "Grade"),
    "grade_reasons": QT_TRANSLATE_NOOP("Labels", "Reasons for the grade"),
    "places": QT_TRANSLATE_NOOP("Labels", "Places"),
    "actors": QT_TRANSLATE_NOOP("Labels", "Actors"),
    "report_id": QT_TRANSLATE_NOOP("Labels", "Report"),
    "incident_id": QT_TRANSLATE_NOOP("Labels", "Incident"),
    "category": QT_TRANSLATE_NOOP("Labels", "Category"),
    "victim_group": QT_TRANSLATE_NOOP("Labels", "Victims"),
    "min": QT_TRANSLATE_NOOP("Labels", "Minimum"),
    "max": QT_TRANSLATE_NOOP("Labels", "Maximum"),
    "approximate": QT_TRANSLATE_NOOP("Labels", "Approximate"),
    "vague": QT_TRANSLATE_NOOP("Labels", "Words used instead of a number"),
    "quote": QT_TRANSLATE_NOOP("Labels", "Quote"),
    "credibility": QT_TRANSLATE_NOOP("Labels", "Credibility"),
    "stated_at": QT_TRANSLATE_NOOP("Labels", "Stated at"),
    "part_of_id": QT_TRANSLATE_NOOP("Labels", "Part of"),
    "place_id": QT_TRANSLATE_NOOP("Labels", "Place"),
    "actor_id": QT_TRANSLATE_NOOP("Labels", "Actor"),
    "is_primary": QT_TRANSLATE_NOOP("Labels", "Primary"),
    "precision": QT_TRANSLATE_NOOP("Labels", "Precision"),
    "role": QT_TRANSLATE_NOOP("Labels", "Role"),
    "merged_into_id": QT_TRANSLATE_NOOP("Labels", "Merged into"),
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "best": QT_TRANSLATE_NOOP("Labels", "Best"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "rule": QT_TRANSLATE_NOOP("Labels", "Rule"),
    "rationale": QT_TRANSLATE_NOOP("Labels", "Rationale"),
    "withdrawn_at": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}

# services.editing.MESSAGES, translated by their English text.
MESSAGES = {
    "required": QT_TRANSLATE_NOOP("ValidationError", "This field is required."),
    "name_required": QT_TRANSLATE_NOOP("ValidationError", "Enter a name in Arabic."),
    "not_a_date": QT_TRANSLATE_NOOP("ValidationError", "Not a date: {value}."),
    "future_date": QT_TRANSLATE_NOOP("ValidationError", "The date {value} is in the future."),
    "end_before_start": QT_TRANSLATE_NOOP("ValidationError", "The end date is before the start date."),
    "not_a_number": QT_TRANSLATE_NOOP("ValidationError", "Not a whole number: {value}."),
    "negative": QT_TRANSLATE_NOOP("ValidationError", "A figure cannot be negative."),
    "max_below_min": QT_TRANSLATE_NOOP("ValidationError", "The maximum ({max}) is smaller than the minimum ({min})."),
    "figure_or_vague": QT_TRANSLATE_NOOP("ValidationError",
                                         "Give a figure, or the words the report used (\"dozens\")."),
    "max_without_min": QT_TRANSLATE_NOOP("ValidationError", "A maximum needs a minimum."),
    "credibility_range": QT_TRANSLATE_NOOP("ValidationError", "Credibility is graded from 1 to 6."),
    "unknown_choice": QT_TRANSLATE_NOOP("ValidationError", "Not one of the choices: {value}."),
    "source_required": QT_TRANSLATE_NOOP("ValidationError", "Every report needs a source."),
    "no_such_record": QT_TRANSLATE_NOOP("ValidationError", "The chosen record no longer exists."),
    "self_relay": QT_TRANSLATE_NOOP("ValidationError", "A report cannot relay itself."),
    "place_required": QT_TRANSLATE_NOOP("ValidationError", "Give at least one place."),
    "one_primary_place": QT_TRANSLATE_NOOP("ValidationError", "Exactly one place must be the primary one."),
    "duplicate_place": QT_TRANSLATE_NOOP("ValidationError", "The same place is listed twice."),
    "parent_required": QT_TRANSLATE_NOOP("ValidationError", "Choose the place this one is inside."),
    "parent_level": QT_TRANSLATE_NOOP("ValidationError", "A {level} cannot be inside a {parent_level}."),
    "parent_cycle": QT_TRANSLATE_NOOP("ValidationError", "A place cannot be inside itself."),
    "pcode_taken": QT_TRANSLATE_NOOP("ValidationError", "The P-code {value} is already used by another place."),
    "latitude_range": QT_TRANSLATE_NOOP("ValidationError", "Latitude must be between -90 and 90."),
    "longitude_range": QT_TRANSLATE_NOOP("ValidationError", "Longitude must be between -180 and 180."),
    "coordinates_pair": QT_TRANSLATE_NOOP("ValidationError", "Give both latitude and longitude, or neither."),
    "report_required": QT_TRANSLATE_NOOP("ValidationError", "A claim belongs to a report."),
    "incident_required": QT_TRANSLATE_NOOP("ValidationError", "A claim belongs to an incident."),
    "in_use": QT_TRANSLATE_NOOP("ValidationError", "{what} is used by other records: {uses}."),
    "too_long": QT_TRANSLATE_NOOP("ValidationError", "Too long: at most {limit} characters."),
    "bad_url": QT_TRANSLATE_NOOP("ValidationError", "A web address starts with http:// or https://."),
    "url_server": QT_TRANSLATE_NOOP("ValidationError",
                                    "A web address needs a server name after //, such as https://example.org/…."),
    "too_large": QT_TRANSLATE_NOOP("ValidationError", "Too large a number: {value}."),
}


def tr(text: str, context: str = CTX) -> str:
    return QCoreApplication.translate(context, text)


# Vocabularies whose words are translated in a context of their own (default: CTX).
ENUM_CONTEXTS: dict[type[StrEnum], str] = {Fate: "Fate"}


def enum_label(value: StrEnum | None) -> str:
    """The translated name of a vocabulary value ("" for None)."""
    if value is None:
        return ""
    text = ENUM_LABELS.get(type(value), {}).get(value.value)
    return tr(text, ENUM_CONTEXTS.get(type(value), CTX)) if text else str(value)


def choices(enum: type[StrEnum]) -> list[tuple[str, StrEnum]]:
    """(translated label, value) of every member, in the enum's order (for combo boxes)."""
    return [(tr(ENUM_LABELS[enum][m.value], ENUM_CONTEXTS.get(enum, CTX)), m) for m in enum]


def language_label(code: str | None) -> str:
    """A report's language (BCP 47 code) by name; unknown codes as they are."""
    if not code:
        return ""
    return tr(LANGUAGES[code]) if code in LANGUAGES else code


def credibility_label(value: int | None) -> str:
    return tr(CREDIBILITY[value]) if value in CREDIBILITY else ""


def field_label(name: str) -> str:
    return tr(FIELDS[name]) if name in FIELDS else name.replace("_", " ")


def table_label(name: str) -> str:
    return tr(TABLES[name]) if name in TABLES else name.replace("_", " ")


# Why a change was made (the audit log's context): written in English by the code that made it,
# shown in the interface language. Contexts that carry a file name are matched by their prefix.
OPERATIONS = {
    "demo data": QT_TRANSLATE_NOOP("Operations", "demo data"),
    "reference data": QT_TRANSLATE_NOOP("Operations", "reference data"),
    "undo": QT_TRANSLATE_NOOP("Operations", "undo"),
    "redo": QT_TRANSLATE_NOOP("Operations", "redo"),
    "new report": QT_TRANSLATE_NOOP("Operations", "new report"),
    "reconcile": QT_TRANSLATE_NOOP("Operations", "reconcile"),
    "withdraw assessment": QT_TRANSLATE_NOOP("Operations", "withdraw assessment"),
    "grade incident": QT_TRANSLATE_NOOP("Operations", "grade incident"),
    "merge incidents": QT_TRANSLATE_NOOP("Operations", "merge incidents"),
    "merge persons": QT_TRANSLATE_NOOP("Operations", "merge persons"),
    "unmerge persons": QT_TRANSLATE_NOOP("Operations", "unmerge persons"),
    "split person": QT_TRANSLATE_NOOP("Operations", "split person"),
    "persons not the same": QT_TRANSLATE_NOOP("Operations", "persons not the same"),
    "persons not the same undone": QT_TRANSLATE_NOOP("Operations", "persons not the same undone"),
    "demo people": QT_TRANSLATE_NOOP("Operations", "demo people"),
    "unmerge incidents": QT_TRANSLATE_NOOP("Operations", "unmerge incidents"),
    "not duplicates": QT_TRANSLATE_NOOP("Operations", "not duplicates"),
    "cross-referencing scan": QT_TRANSLATE_NOOP("Operations", "cross-referencing scan"),
    "confirm match": QT_TRANSLATE_NOOP("Operations", "confirm match"),
    "settle merge conflict": QT_TRANSLATE_NOOP("Operations", "settle merge conflict"),
    "rebuild the search index": QT_TRANSLATE_NOOP("Operations", "rebuild the search index"),
}
OPERATION_PREFIXES = {
    "import ": QT_TRANSLATE_NOOP("Operations", "import of %1"),
    "gazetteer import ": QT_TRANSLATE_NOOP("Operations", "places imported from %1"),
    "merge-db ": QT_TRANSLATE_NOOP("Operations", "merge of the database %1"),
}


def operation_label(context: str | None) -> str:
    """The audit log's reason for a change, in the interface language (unknown ones as stored)."""
    if not context:
        return ""
    if context in OPERATIONS:
        return tr(OPERATIONS[context], "Operations")
    if context.startswith("settle merge conflict "):
        return tr(OPERATIONS["settle merge conflict"], "Operations")
    for prefix, template in OPERATION_PREFIXES.items():
        if context.startswith(prefix):
            # the file name is the user's: isolated so its direction does not reorder the sentence
            return fill(tr(template, "Operations"), isolate(context[len(prefix):]))
    return context


def validation_message(exc: Any) -> str:
    """A ValidationError from the services, in the interface language."""
    code = getattr(exc, "code", None)
    params = dict(getattr(exc, "params", {}) or {})
    if code in MESSAGES:
        for key in ("level", "parent_level"):
            if key in params:
                params[key] = enum_label(PlaceLevel(params[key]))
        if "what" in params:
            params["what"] = table_label(KIND_TABLE.get(params["what"], params["what"]))
        try:
            return tr(MESSAGES[code], "ValidationError").format(**params)
        except (KeyError, IndexError):
            return tr(MESSAGES[code], "ValidationError")
    return getattr(exc, "reason", None) or str(exc)
