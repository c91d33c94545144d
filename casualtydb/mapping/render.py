"""The map as a PNG picture, drawn without Qt or a display (the workbook's Summary sheet is written
by the command line too, which must not need Qt): Pillow, the library openpyxl itself uses to embed
pictures. Drawn at twice the size and scaled down, for smooth outlines and circles.

The map is north-up and west-left in both languages; the legend is on the reading side's end
(right in English, left in Arabic) and its Arabic lines are shaped and ordered here (Pillow's basic
text layout draws letters as given), with the Arabic font the app ships."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

from PIL import Image, ImageDraw, ImageFont

from . import style
from .boundaries import label_point, map_bounds, named_outlines, outlines
from .points import MapData, marker_radius
from .projection import Projection

SUPERSAMPLE = 2


@dataclass(frozen=True)
class LegendText:
    """The picture's words, in the workbook's language (the caller translates)."""

    title: str
    entries: list[tuple[str, str]]  # (label, colour), in legend order
    size_note: str
    footer: str  # counts and attribution


@cache
def _font_path(bold: bool) -> str:
    name = "NotoSansArabic-Bold.ttf" if bold else "NotoSansArabic-Regular.ttf"
    return str(resources.files("casualtydb.resources").joinpath(f"fonts/{name}"))


def _font(size: int, arabic: bool, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if arabic:
        return ImageFont.truetype(_font_path(bold), size, layout_engine=ImageFont.Layout.BASIC)
    # the shipped Noto Sans Arabic has no Latin letters; Pillow's own scalable font has
    return ImageFont.load_default(size)


def _visual(text: str, arabic: bool) -> str:
    """Arabic in the order and letter forms Pillow's basic layout draws correctly."""
    if not arabic:
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display
    return get_display(arabic_reshaper.reshape(text))


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
          width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and draw.textlength(candidate, font=font) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def render_png(data: MapData, text: LegendText, *, lang: str, colour_by: style.ColourBy = "status",
               width: int = 1000, height: int = 640) -> bytes:
    """The map of `data` with its legend, as PNG bytes (width × height pixels)."""
    arabic = lang == "ar"
    k = SUPERSAMPLE
    legend_w = 270
    map_w = width - legend_w
    img = Image.new("RGB", (width * k, height * k), style.WATER)
    draw = ImageDraw.Draw(img)
    map_x0 = legend_w * k if arabic else 0  # the legend sits at the end of the reading direction
    projection = Projection.fit(map_bounds(), map_w * k, height * k)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        x, y = projection.to_xy(lon, lat)
        return x + map_x0, y

    for outline in outlines():
        for polygon in outline.polygons:
            draw.polygon([xy(*p) for p in polygon[0]], fill=style.LAND, outline=style.OUTLINE, width=k)
            for hole in polygon[1:]:
                draw.polygon([xy(*p) for p in hole], fill=style.WATER, outline=style.OUTLINE, width=k)
    label_font = _font(11 * k, arabic)
    for outline in named_outlines():
        x, y = xy(*label_point(outline))
        draw.text((x, y), _visual(outline.name(lang), arabic), font=label_font, fill="#9a9a9a", anchor="mm")
    for point in data.points:  # largest first: the small ones stay visible on top
        x, y = xy(point.lon, point.lat)
        r = marker_radius(point.killed, data.max_killed) * k
        box = (x - r, y - r, x + r, y + r)
        pie = style.slices(point, colour_by)
        start = -90.0  # twelve o'clock, clockwise (Pillow's angles run clockwise from three)
        for i, (colour, share) in enumerate(pie):
            end = start + share * 360 if i < len(pie) - 1 else 270.0
            draw.pieslice(box, start, end, fill=colour)
            start = end
        draw.ellipse(box, outline=style.MARKER_EDGE, width=max(1, k))

    # the legend panel
    x0 = 0 if arabic else map_w * k
    draw.rectangle((x0, 0, x0 + legend_w * k, height * k), fill="#ffffff")
    pad = 14 * k
    inner = legend_w * k - 2 * pad
    edge = x0 + legend_w * k - pad if arabic else x0 + pad  # where lines start
    anchor = "ra" if arabic else "la"
    y = pad
    title_font = _font(14 * k, arabic, bold=True)
    body_font = _font(12 * k, arabic)
    for line in _wrap(draw, text.title, title_font, inner):
        draw.text((edge, y), _visual(line, arabic), font=title_font, fill="#222222", anchor=anchor)
        y += 22 * k
    y += 4 * k
    dot = 7 * k
    for label, colour in text.entries:
        cx = edge - dot if arabic else edge + dot
        draw.ellipse((cx - dot, y + 2 * k, cx + dot, y + 2 * k + 2 * dot), fill=colour, outline=style.MARKER_EDGE)
        tx = edge - 3 * dot if arabic else edge + 3 * dot
        draw.text((tx, y), _visual(label, arabic), font=body_font, fill="#222222", anchor=anchor)
        y += 24 * k
    y += 8 * k
    for block in (text.size_note, text.footer):
        for line in _wrap(draw, block, body_font, inner):
            draw.text((edge, y), _visual(line, arabic), font=body_font, fill="#444444", anchor=anchor)
            y += 19 * k
        y += 10 * k
    out = io.BytesIO()
    img.resize((width, height), Image.Resampling.LANCZOS).save(out, format="PNG", optimize=True)
    return out.getvalue()
