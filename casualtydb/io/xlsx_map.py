"""The Summary sheet's map: the exported incidents at their places (mapping.render, no Qt), as a
PNG picture anchored beside the tables. Coloured by figure status, as the map page is at first."""

from __future__ import annotations

import io
from typing import Any

from openpyxl.drawing.image import Image as SheetImage
from sqlalchemy.orm import Session

from ..mapping import style
from ..mapping.points import MapData, map_data
from ..mapping.render import LegendText, render_png
from ..queries.incidents import IncidentFilters
from . import codebook, vocab

# Size on the sheet: about 26 × 17 cm at Excel's 96 pixels per inch.
WIDTH, HEIGHT = 1000, 640


def map_picture(session: Session, lang: str, filters: IncidentFilters, *, colour_by: style.ColourBy = "status",
                width: int = WIDTH, height: int = HEIGHT) -> tuple[bytes, MapData]:
    """The PNG of the incidents `filters` select, and what it shows."""
    data = map_data(session, filters, lang=lang)
    t = codebook.t
    if colour_by == "status":
        entries = [(vocab.STATUS.label(value, lang) if value is not None
                    else t(lang, "no figures derived yet", "لم تُستخلص أرقام بعد"), colour)
                   for value, colour in style.legend("status")]
    else:
        entries = [(vocab.GRADE.label(value, lang) if value is not None
                    else t(lang, "not graded yet", "لم يُصنَّف بعد"), colour)
                   for value, colour in style.legend("grade")]
    # No Latin letters or brackets in the Arabic lines: the shipped Arabic font has neither.
    footer = t(lang, f"{data.incidents} incidents on the map.", f"{data.incidents} حادثة على الخريطة.")
    if data.unplaced:
        footer += " " + t(lang, f"{data.unplaced} more have no place with coordinates.",
                          f"و{data.unplaced} أخرى بلا مكان له إحداثيات.")
    footer += " " + t(lang, "Governorate outlines: Natural Earth, public domain, generalised by QGIS.",
                      "حدود المحافظات: ناتشورال إيرث، ملكية عامة، بتبسيط مشروع كيو جي آي إس.")
    text = LegendText(
        title=(t(lang, "Incidents by place and figure status", "الحوادث حسب المكان وحالة الأرقام")
               if colour_by == "status" else t(lang, "Incidents by place and grade", "الحوادث حسب المكان والتصنيف")),
        entries=entries,
        size_note=t(lang, f"Circle area: people killed at the place (best estimate, else the largest reported "
                          f"figure); the largest circle is {data.max_killed}. Its colours: the share of the place's "
                          "incidents in each.",
                    f"مساحة الدائرة: عدد القتلى في المكان، التقدير الأرجح وإلا أكبر رقم مذكور؛ أكبر دائرة "
                    f"{data.max_killed}. ألوانها: حصة كل فئة من حوادث المكان."),
        footer=footer)
    return render_png(data, text, lang=lang, colour_by=colour_by, width=width, height=height), data


def add_map(ws: Any, session: Session, lang: str, filters: IncidentFilters, anchor: str) -> None:
    """Anchor the map picture on `ws` (a write-only sheet: before it is saved) at cell `anchor`."""
    picture = SheetImage(io.BytesIO(map_picture(session, lang, filters)[0]))
    picture.anchor = anchor
    ws.add_image(picture)
