"""A small bar chart drawn with QPainter (PySide6-Essentials has no QtCharts): one bar per
label, value axis with a few round ticks, hover tooltips; mirrors itself right-to-left."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


def nice_ticks(maximum: float, count: int = 4) -> list[float]:
    """Round tick values from 0 to at least `maximum` (1, 2, 2.5 or 5 × a power of ten)."""
    if maximum <= 0:
        return [0.0, 1.0]
    raw = maximum / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    ticks = [0.0]
    while ticks[-1] < maximum:
        ticks.append(ticks[-1] + step)
    return ticks


class BarChart(QWidget):
    """`set_data(labels, values)`; `format_value` and `format_label` write numbers and labels
    in the interface's locale. An empty chart shows `empty_text`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.format_value: Callable[[float], str] = lambda v: f"{v:g}"
        self.empty_text = ""
        self.title = ""
        self.bar_color: QColor | None = None
        self.setMouseTracking(True)
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._bars: list[QRectF] = []

    def set_data(self, labels: Sequence[str], values: Sequence[float]) -> None:
        self.labels = list(labels)
        self.values = [float(v) for v in values]
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 220)

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = QFontMetrics(self.font())
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        if self.title:
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            p.drawText(rect, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter, self.title)
            rect.setTop(rect.top() + fm.height() + 6)
        if not self.values or max(self.values) <= 0:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            self._bars = []
            return
        ticks = nice_ticks(max(self.values))
        top = ticks[-1]
        axis_w = max(fm.horizontalAdvance(self.format_value(t)) for t in ticks) + 8
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        plot = QRectF(rect)
        plot.setBottom(rect.bottom() - fm.height() - 6)
        if rtl:
            plot.setRight(rect.right() - axis_w)
        else:
            plot.setLeft(rect.left() + axis_w)
        grid = QPen(pal.color(QPalette.ColorRole.Mid))
        grid.setStyle(Qt.PenStyle.DotLine)
        for t in ticks:
            y = plot.bottom() - plot.height() * t / top
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            text_rect = QRectF(plot.right() + 4 if rtl else rect.left(), y - fm.height() / 2, axis_w - 4, fm.height())
            p.drawText(text_rect, (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight)
                       | Qt.AlignmentFlag.AlignVCenter, self.format_value(t))
        n = len(self.values)
        slot = plot.width() / n
        bar_w = max(2.0, min(48.0, slot * 0.7))
        color = self.bar_color or pal.color(QPalette.ColorRole.Highlight)
        self._bars = []
        # Show at most ~10 labels so they never overlap.
        label_every = max(1, math.ceil(n * (fm.horizontalAdvance("0000 MMM") + 8) / max(plot.width(), 1)))
        for i, value in enumerate(self.values):
            pos = (n - 1 - i) if rtl else i
            x = plot.left() + slot * pos + (slot - bar_w) / 2
            h = plot.height() * value / top
            bar = QRectF(x, plot.bottom() - h, bar_w, h)
            self._bars.append(bar)
            p.fillRect(bar, color)
            if i % label_every == 0 and i < len(self.labels):
                p.setPen(pal.color(QPalette.ColorRole.WindowText))
                lr = QRectF(x + bar_w / 2 - slot * label_every / 2, plot.bottom() + 4, slot * label_every, fm.height())
                p.drawText(lr, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                           fm.elidedText(self.labels[i], Qt.TextElideMode.ElideRight, int(lr.width())))
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    def event(self, event) -> bool:  # noqa: ANN001
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            for i, bar in enumerate(self._bars):
                hit = QRectF(bar.left() - 2, self.rect().top(), bar.width() + 4, self.rect().height())
                if hit.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), f"{self.labels[i]}: {self.format_value(self.values[i])}", self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)
