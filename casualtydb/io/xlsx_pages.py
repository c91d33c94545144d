"""Laying out write-only sheets: report pages (About, Summary) whose row heights fit their
wrapped text, and print setup. Split from xlsx_export, which builds the sheets' contents."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.utils import get_column_letter

from .cells import CellWriter

LINE_HEIGHT = 15.0


def wrapped_lines(text: str, width: float) -> int:
    """Wrapped lines a text needs in a column `width` characters wide (a generous estimate)."""
    per_line = max(int(width * 1.05), 1)
    return sum(max(1, -(-len(part) // per_line)) for part in str(text).split("\n"))


class Page:
    """A write-only report sheet (About, Summary) whose row heights fit their wrapped text.

    Row heights and merges must be set before a row is appended: write-only sheets stream."""

    def __init__(self, ws: Any, lang: str, widths: Sequence[float]) -> None:
        self.ws = ws
        self.cells = CellWriter(ws, lang)
        self.widths = list(widths)
        self.n = 0
        ws.sheet_view.rightToLeft = lang == "ar"
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        print_setup(ws, fit_width=True)

    def row(self, values: list[Any], *, merge_from: int | None = None, text: str | None = None,
            texts: Sequence[Any] | None = None, label: str | None = None) -> int:
        self.n += 1
        lines = wrapped_lines(label, self.widths[0]) if label else 1
        if merge_from is not None and text:
            last = len(self.widths)
            width = sum(self.widths[merge_from - 1:last])
            if last > merge_from:
                self.ws.merged_cells.add(f"{get_column_letter(merge_from)}{self.n}:{get_column_letter(last)}{self.n}")
            lines = max(lines, wrapped_lines(text, width))
        elif texts:
            lines = max((wrapped_lines(v, self.widths[i]) for i, v in enumerate(texts) if v and i < len(self.widths)),
                        default=1)
        if lines > 1:
            self.ws.row_dimensions[self.n].height = LINE_HEIGHT * lines + 2
        self.ws.append(values)
        return self.n


def print_setup(ws: Any, *, fit_width: bool, title_rows: str | None = None) -> None:
    """Landscape pages; report sheets fit the page width, data sheets repeat their header rows."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if title_rows:
        ws.print_title_rows = title_rows
