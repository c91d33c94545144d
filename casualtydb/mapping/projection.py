"""Longitude/latitude to a flat map and back: an equirectangular projection with the x scale
narrowed by the cosine of the middle latitude, fitted to a rectangle. For one country of
Syria's size (about 6° of latitude) the distortion is under 5%, and a point's place needs no
library; north is always up and west left, whatever the interface's direction."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .boundaries import Bounds


@dataclass(frozen=True)
class Projection:
    bounds: Bounds
    width: float
    height: float
    scale: float  # map units per degree of latitude
    x_factor: float  # cos(middle latitude)
    x0: float  # offsets that centre the bounds in the rectangle
    y0: float

    @staticmethod
    def fit(bounds: Bounds, width: float, height: float) -> Projection:
        """The projection that shows `bounds` as large as fits in width × height, centred."""
        if width <= 0 or height <= 0:
            raise ValueError("the map needs a positive width and height")
        x_factor = math.cos(math.radians((bounds.south + bounds.north) / 2))
        span_x = max((bounds.east - bounds.west) * x_factor, 1e-9)
        span_y = max(bounds.north - bounds.south, 1e-9)
        scale = min(width / span_x, height / span_y)
        x0 = (width - span_x * scale) / 2
        y0 = (height - span_y * scale) / 2
        return Projection(bounds, width, height, scale, x_factor, x0, y0)

    def to_xy(self, lon: float, lat: float) -> tuple[float, float]:
        x = self.x0 + (lon - self.bounds.west) * self.x_factor * self.scale
        y = self.y0 + (self.bounds.north - lat) * self.scale  # y grows downwards: north up
        return x, y

    def to_lonlat(self, x: float, y: float) -> tuple[float, float]:
        lon = self.bounds.west + (x - self.x0) / (self.x_factor * self.scale)
        lat = self.bounds.north - (y - self.y0) / self.scale
        return lon, lat
