"""A small chart of one conflict's figures over time, drawn with QPainter (PySide6-Essentials has
no QtCharts): one colour per source, a dot per statement, a vertical bar for a range, an arrow
for "at least", hollow marks for approximate figures, a line joining a report's revisions, and
the accepted range of the assessment in force as a shaded band. Time runs right-to-left in an
Arabic interface."""

from __future__ import annotations

import math

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..format import day, number


# Distinguishable on white and in print (Okabe–Ito).
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]


@dataclass(frozen=True)
class Point:
    """One statement of a figure."""

    series: str  # the report (a line joins its revisions)
    label: str  # the source, for the legend
    when: datetime
    low: int
    high: int | None  # None: "at least low"
    approximate: bool
    current: bool  # the report's current figure (earlier ones are drawn faded)
    tooltip: str


def as_datetime(value: datetime | date | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    return datetime(value.year, value.month, value.day, 12, tzinfo=timezone.utc)


def colours_for(labels: Sequence[str]) -> dict[str, QColor]:
    out: dict[str, QColor] = {}
    for label in labels:
        if label not in out:
            out[label] = QColor(PALETTE[len(out) % len(PALETTE)])
    return out


def integer_ticks(maximum: float, count: int = 4) -> list[float]:
    """Round whole-number ticks from 0 to at least `maximum` (steps 1, 2 or 5 × a power of ten)."""
    if maximum <= 0:
        return [0.0, 1.0]
    raw = max(maximum / count, 1.0)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    ticks = [0.0]
    while ticks[-1] < maximum:
        ticks.append(ticks[-1] + step)
    return ticks


class FiguresTimeline(QWidget):
    """`set_points(points, band)`; `band` = the accepted (low, high) or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[Point] = []
        self.band: tuple[int, int | None] | None = None
        self.format_value: Callable[[float], str] = number
        self.format_time: Callable[[datetime], str] = lambda t: day(t.date())
        self.empty_text = ""
        self.band_text = ""
        self.setMouseTracking(True)
        self.setMinimumSize(260, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._marks: list[tuple[QPointF, Point]] = []

    def set_points(self, points: Sequence[Point], band: tuple[int, int | None] | None = None) -> None:
        self.points = sorted(points, key=lambda p: p.when)
        self.band = band
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 240)

    def colours(self) -> dict[str, QColor]:
        """The colour of each source (label), in order of appearance: the claims table shows the
        same colours next to the source names, so it serves as the legend."""
        return colours_for([p.label for p in self.points])

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_colour = pal.color(QPalette.ColorRole.WindowText)
        fm = QFontMetrics(self.font())
        rect = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        self._marks = []
        if not self.points:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            return
        colours = self.colours()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        top = rect.top() + fm.height() / 2
        maximum = max([pt.high if pt.high is not None else pt.low for pt in self.points]
                      + ([self.band[1] or self.band[0]] if self.band else []))
        ticks = integer_ticks(maximum * 1.1 if maximum else 1)
        axis_w = max(fm.horizontalAdvance(self.format_value(t)) for t in ticks) + 8
        bottom = rect.bottom() - fm.height() - 4
        plot = QRectF(rect.left() + (0 if rtl else axis_w), top, rect.width() - axis_w, bottom - top)
        if plot.height() < 30 or plot.width() < 60:
            return
        vmax = ticks[-1]

        def vy(value: float) -> float:
            return plot.bottom() - (value / vmax) * plot.height()

        times = [pt.when.timestamp() for pt in self.points]
        t0, t1 = min(times), max(times)
        pad = max((t1 - t0) * 0.08, 3600.0 * 6)
        t0, t1 = t0 - pad, t1 + pad

        def tx(when: datetime) -> float:
            share = (when.timestamp() - t0) / (t1 - t0)
            return plot.right() - share * plot.width() if rtl else plot.left() + share * plot.width()

        # Grid and value axis.
        grid = QPen(pal.color(QPalette.ColorRole.Mid))
        grid.setWidthF(0.5)
        for t in ticks:
            yy = vy(t)
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), yy), QPointF(plot.right(), yy))
            p.setPen(text_colour)
            label_rect = (QRectF(plot.right() + 4, yy - fm.height() / 2, axis_w - 4, fm.height()) if rtl
                          else QRectF(rect.left(), yy - fm.height() / 2, axis_w - 6, fm.height()))
            p.drawText(label_rect, (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight)
                       | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute, self.format_value(t))

        # The accepted range.
        if self.band is not None:
            low, high = self.band
            band_top = vy(high) if high is not None else plot.top()
            shade = QColor(pal.color(QPalette.ColorRole.Highlight))
            shade.setAlpha(40)
            p.fillRect(QRectF(plot.left(), band_top, plot.width(), max(2.0, vy(low) - band_top)), shade)
            if self.band_text:
                p.setPen(pal.color(QPalette.ColorRole.Highlight))
                p.drawText(QRectF(plot.left() + 4, band_top, plot.width() - 8, fm.height()),
                           (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight)
                           | Qt.AlignmentFlag.AlignAbsolute, self.band_text)

        # First and last date under the plot.
        p.setPen(text_colour)
        first, last = self.points[0].when, self.points[-1].when
        date_rect = QRectF(plot.left(), bottom + 2, plot.width(), fm.height())
        # AlignAbsolute: left means left here (the painter would mirror it in a right-to-left widget).
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        absolute = Qt.AlignmentFlag.AlignAbsolute
        p.drawText(date_rect, left | absolute, self.format_time(last if rtl else first))
        if last.date() != first.date():
            p.drawText(date_rect, right | absolute, self.format_time(first if rtl else last))

        # Revisions of one report joined by a line.
        by_series: dict[str, list[Point]] = {}
        for pt in self.points:
            by_series.setdefault(pt.series, []).append(pt)
        for series in by_series.values():
            if len(series) < 2:
                continue
            pen = QPen(colours[series[0].label])
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(1.2)
            p.setPen(pen)
            for a, b in zip(series, series[1:]):
                p.drawLine(QPointF(tx(a.when), vy(a.low)), QPointF(tx(b.when), vy(b.low)))

        # Same-day statements of different sources side by side instead of on top of each other.
        seen: dict[tuple[int, int], int] = {}
        for pt in self.points:
            colour = QColor(colours[pt.label])
            if not pt.current:
                colour.setAlpha(110)
            key = (round(tx(pt.when)), pt.low)
            offset = seen.get(key, 0)
            seen[key] = offset + 1
            cx = tx(pt.when) + (offset * 9 * (-1 if rtl else 1))
            cy = vy(pt.low)
            pen = QPen(colour)
            pen.setWidthF(2.0)
            p.setPen(pen)
            if pt.high is None:  # at least: an arrow upwards
                p.drawLine(QPointF(cx, cy), QPointF(cx, plot.top() + 4))
                p.drawLine(QPointF(cx, plot.top() + 4), QPointF(cx - 4, plot.top() + 10))
                p.drawLine(QPointF(cx, plot.top() + 4), QPointF(cx + 4, plot.top() + 10))
            elif pt.high != pt.low:
                p.drawLine(QPointF(cx, cy), QPointF(cx, vy(pt.high)))
            p.setBrush(Qt.BrushStyle.NoBrush if pt.approximate else colour)
            radius = 5.0 if pt.current else 3.5
            p.drawEllipse(QPointF(cx, cy), radius, radius)
            self._marks.append((QPointF(cx, cy), pt))

    def event(self, ev) -> bool:  # noqa: ANN001
        if ev.type() == ev.Type.ToolTip and isinstance(ev, QHelpEvent):
            pos = QPointF(ev.pos())
            near = [(abs(m.x() - pos.x()) + abs(m.y() - pos.y()), pt) for m, pt in self._marks]
            near = [n for n in near if n[0] < 12]
            if near:
                QToolTip.showText(ev.globalPos(), min(near, key=lambda n: n[0])[1].tooltip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(ev)
