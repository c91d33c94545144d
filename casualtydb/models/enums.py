"""Controlled vocabularies of the data model, stored as their string values."""

from enum import StrEnum


class SourceKind(StrEnum):
    NEWS_OUTLET = "news_outlet"
    NGO = "ngo"
    OFFICIAL = "official"  # local councils, ministries and other official bodies
    MEDICAL = "medical"
    BELLIGERENT = "belligerent"
    WITNESS_NETWORK = "witness_network"
    SOCIAL_MEDIA = "social_media"
    OTHER = "other"


class Reliability(StrEnum):
    """Admiralty (NATO) source-reliability grade."""

    A = "A"  # completely reliable
    B = "B"  # usually reliable
    C = "C"  # fairly reliable
    D = "D"  # not usually reliable
    E = "E"  # unreliable
    F = "F"  # reliability cannot be judged


class DatePrecision(StrEnum):
    DAY = "day"
    DAYS = "days"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class LocationPrecision(StrEnum):
    EXACT = "exact"
    NEIGHBOURHOOD = "neighbourhood"
    TOWN = "town"
    SUBDISTRICT = "subdistrict"
    DISTRICT = "district"
    GOVERNORATE = "governorate"


class PlaceLevel(StrEnum):
    COUNTRY = "country"
    GOVERNORATE = "governorate"  # admin1
    DISTRICT = "district"  # admin2
    SUBDISTRICT = "sub-district"  # admin3
    COMMUNITY = "community"  # town or village (OCHA admin4)
    NEIGHBOURHOOD = "neighbourhood"


class EventType(StrEnum):
    AIRSTRIKE = "airstrike"
    SHELLING = "shelling"
    GROUND_ATTACK = "ground_attack"
    EXPLOSIVE_DEVICE = "explosive_device"
    EXECUTION = "execution"
    SIEGE = "siege"
    DETENTION_CAMPAIGN = "detention_campaign"
    OTHER = "other"


class ActorRole(StrEnum):
    """How an actor relates to an incident."""

    ALLEGED = "alleged"  # held responsible by reports
    CLAIMED = "claimed"  # the party accepted responsibility (Airwars: "confirmed")
    DENIED = "denied"  # the party denied responsibility
    CONTROLS = "controls"  # controls the area (e.g. a besieged neighbourhood); not a perpetrator


class Category(StrEnum):
    KILLED = "killed"
    INJURED = "injured"
    MISSING = "missing"
    DETAINED = "detained"
    BESIEGED = "besieged"
    DISPLACED = "displaced"


class VictimGroup(StrEnum):
    CIVILIANS = "civilians"
    CHILDREN = "children"
    WOMEN = "women"
    MEN = "men"
    COMBATANTS = "combatants"
    UNKNOWN = "unknown"


# Admiralty information-credibility grade, stored on a claim as an int 1..6.
CREDIBILITY_LABELS = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


class Grade(StrEnum):
    """Airwars' grading of an incident."""

    CONFIRMED = "confirmed"  # a party accepted responsibility
    FAIR = "fair"  # two or more credible independent sources
    WEAK = "weak"  # a single source
    CONTESTED = "contested"  # competing claims of responsibility or status
    DISCOUNTED = "discounted"


class ConflictStatus(StrEnum):
    SINGLE_SOURCE = "single source"
    CORROBORATED = "corroborated"
    CONFLICTING = "conflicting"
    RECONCILED = "reconciled"
    NEEDS_REVIEW = "needs review"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
