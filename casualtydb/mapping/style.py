"""The map's colours, shared by the page and the workbook picture (hex strings: no Qt here).
A marker is a pie of its incidents' statuses or grades. Status colours follow urgency (red for conflicting reports, grey when nothing is derived yet);
grade colours go from strong evidence (dark blue) to discounted (light grey), a sequence that
stays apart for the common colour-vision deficiencies."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..models import ConflictStatus, Grade
from ..queries.common import GRADE_ORDER, STATUS_URGENCY

if TYPE_CHECKING:
    from .points import MapPoint

ColourBy = Literal["status", "grade"]
COLOUR_BY: tuple[ColourBy, ...] = ("status", "grade")

STATUS_COLOURS: dict[ConflictStatus | None, str] = {
    ConflictStatus.CONFLICTING: "#d7301f",
    ConflictStatus.NEEDS_REVIEW: "#fc8d59",
    ConflictStatus.SINGLE_SOURCE: "#fdd049",
    ConflictStatus.CORROBORATED: "#4dac26",
    ConflictStatus.RECONCILED: "#2c7bb6",
    None: "#9e9e9e",
}
GRADE_COLOURS: dict[Grade | None, str] = {
    Grade.CONFIRMED: "#08306b",
    Grade.FAIR: "#2171b5",
    Grade.WEAK: "#6baed6",
    Grade.CONTESTED: "#e6550d",
    Grade.DISCOUNTED: "#bdbdbd",
    None: "#f2f2f2",
}
OUTLINE = "#8a8a8a"
LAND = "#fbfaf6"
WATER = "#e8f0f7"
MARKER_EDGE = "#333333"


def legend(colour_by: ColourBy) -> list[tuple[ConflictStatus | Grade | None, str]]:
    """The legend's entries in reading order: most urgent status / strongest grade first."""
    if colour_by == "status":
        return [(s, STATUS_COLOURS[s]) for s in reversed(STATUS_URGENCY)] + [(None, STATUS_COLOURS[None])]
    return [(g, GRADE_COLOURS[g]) for g in GRADE_ORDER] + [(None, GRADE_COLOURS[None])]


def slices(point: MapPoint, colour_by: ColourBy) -> list[tuple[str, float]]:
    """A marker's pie: (colour, share of its incidents) in legend order. Points gather many
    incidents, so one colour would hide the rest (the most urgent status would paint nearly every
    busy place red); the shares keep them visible."""
    counts: dict[Any, int] = point.statuses if colour_by == "status" else point.grades
    total = sum(counts.values()) or 1
    return [(c, counts[value] / total) for value, c in legend(colour_by) if counts.get(value)]
