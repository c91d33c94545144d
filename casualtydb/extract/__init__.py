"""Suggesting casualty claims, dates, places, actors and incidents from report text (pure Python)."""

from .api import Extractor, extract
from .model import (
    CATEGORIES,
    GROUPS,
    LIKELY,
    SUGGESTED_CATEGORIES,
    ActorMention,
    ActorName,
    Claim,
    DateMention,
    Event,
    EventActor,
    Extraction,
    NewPlace,
    PlaceMention,
    PlaceName,
    VictimMention,
)

__all__ = [
    "CATEGORIES",
    "GROUPS",
    "LIKELY",
    "SUGGESTED_CATEGORIES",
    "ActorMention",
    "ActorName",
    "Claim",
    "DateMention",
    "Event",
    "EventActor",
    "Extraction",
    "Extractor",
    "NewPlace",
    "PlaceMention",
    "PlaceName",
    "VictimMention",
    "extract",
]
