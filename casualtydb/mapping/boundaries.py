"""Syria's governorate outlines, shipped in resources/boundaries (see its README for source and licence)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

Ring = tuple[tuple[float, float], ...]  # (longitude, latitude) points, closed


@dataclass(frozen=True)
class Outline:
    pcode: str | None  # None: the UNDOF zone, drawn as part of the country, unnamed
    name_en: str
    name_ar: str
    polygons: tuple[tuple[Ring, ...], ...]  # each polygon: its outer ring, then its holes

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_ar


@dataclass(frozen=True)
class Bounds:
    west: float
    south: float
    east: float
    north: float

    def padded(self, fraction: float) -> Bounds:
        dx, dy = (self.east - self.west) * fraction, (self.north - self.south) * fraction
        return Bounds(self.west - dx, self.south - dy, self.east + dx, self.north + dy)

    def union(self, other: Bounds) -> Bounds:
        return Bounds(min(self.west, other.west), min(self.south, other.south),
                      max(self.east, other.east), max(self.north, other.north))

    @staticmethod
    def of(points: list[tuple[float, float]]) -> Bounds | None:
        if not points:
            return None
        lons = [p[0] for p in points]
        lats = [p[1] for p in points]
        return Bounds(min(lons), min(lats), max(lons), max(lats))


@cache
def outlines() -> tuple[Outline, ...]:
    """The governorates, in P-code order (the UNDOF zone last)."""
    text = resources.files("casualtydb.resources").joinpath("boundaries/syria-governorates.geojson") \
        .read_text(encoding="utf-8")
    out = []
    for feature in json.loads(text)["features"]:
        props, geometry = feature["properties"], feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        out.append(Outline(pcode=props.get("pcode"), name_en=props["name_en"], name_ar=props["name_ar"],
                           polygons=tuple(tuple(tuple((float(x), float(y)) for x, y in ring) for ring in poly)
                                          for poly in polygons)))
    return tuple(out)


@cache
def country_bounds() -> Bounds:
    bounds = Bounds.of([pt for o in outlines() for poly in o.polygons for pt in poly[0]])
    assert bounds is not None
    return bounds


# Damascus city and Quneitra: too small at the country's scale to carry a legible name
UNNAMED = frozenset({"SY01", "SY14"})


def named_outlines() -> list[Outline]:
    """The governorates whose names the map writes."""
    return [o for o in outlines() if o.pcode and o.pcode not in UNNAMED]


def label_point(outline: Outline) -> tuple[float, float]:
    """Where to write a governorate's name: the centre of its largest polygon's vertices
    (inside for the compact governorates Syria has)."""
    ring = max((poly[0] for poly in outline.polygons), key=len)
    return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)


def map_bounds() -> Bounds:
    """What the map shows at first: the country with a margin."""
    return country_bounds().padded(0.04)
