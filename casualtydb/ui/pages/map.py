"""The incident map: the incidents the list's filters select, at their places, on the governorate
outlines; sized by killed, coloured by status or grade. The data and the projection are
casualtydb.mapping (no Qt); this page only draws them and routes clicks to the incident page.

The map itself is always north-up and west-left (its view is left-to-right); the filters, the
switch and the legend around it follow the interface's direction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QPainterPath, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGraphicsEllipseItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...mapping import style
from ...mapping.points import MapData, MapPoint, PointIncident, map_data, marker_radius, point_incidents
from ...mapping.projection import Projection
from ...queries.incidents import IncidentFilters
from ...mapping.boundaries import label_point, map_bounds, named_outlines, outlines
from .. import format as fmt
from ..context import AppContext
from ..labels import enum_label
from ..ops import OpContext
from . import PageSpec
from ._page import ReviewPage
from .incidents import IncidentFilterBar

SCENE_WIDTH = 1000.0  # map units across; the view scales them to the window
ZOOM_STEP = 1.25
MAX_ZOOM = 40.0


class Marker(QGraphicsEllipseItem):
    """One point of the map: its incidents, drawn as a circle the size of their killed figure and
    cut into the shares of their statuses (or grades)."""

    def __init__(self, point: MapPoint, x: float, y: float, radius: float,
                 slices: list[tuple[str, float]]) -> None:
        super().__init__(QRectF(-radius, -radius, 2 * radius, 2 * radius))
        self.point = point
        self.slices = slices
        self.setPen(QPen(QColor(style.MARKER_EDGE), 0.8))
        self.setFlag(QGraphicsEllipseItem.GraphicsItemFlag.ItemIsSelectable, True)
        # the size on screen stays the same when zooming: zoom separates markers, it does not
        # swell them
        self.setFlag(QGraphicsEllipseItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setPos(x, y)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def paint(self, painter: QPainter, option: Any, widget: QWidget | None = None) -> None:
        rect = self.rect()
        painter.setPen(self.pen())
        start = 90 * 16  # from twelve o'clock, clockwise; Qt counts 1/16 degrees
        for i, (colour, share) in enumerate(self.slices):
            c = QColor(colour)
            c.setAlpha(225)
            painter.setBrush(QBrush(c))
            if len(self.slices) == 1:
                painter.drawEllipse(rect)
                break
            span = -round(share * 360 * 16) if i < len(self.slices) - 1 else -(start - 90 * 16 + 360 * 16)
            painter.drawPie(rect, start, span)
            start += span
        if self.isSelected():
            ring = QPen(QColor("#000000"), 2.5)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect.adjusted(-3, -3, 3, 3))


class MapView(QGraphicsView):
    """Wheel and +/− zoom, drag and arrow keys pan, PageDown/PageUp go from marker to marker
    (largest first), Enter opens the chosen one, Home shows the whole country again."""

    sig_marker_activated = Signal(object)  # Marker
    sig_marker_chosen = Signal(object)  # Marker or None: the keyboard's current marker

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("map_view")
        # a map has no reading direction: west stays left in Arabic too
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(QBrush(QColor(style.WATER)))
        self.zoom = 1.0
        self._current = -1
        self._press: QPointF | None = None
        # a marker's tooltip is written when asked for: thousands of markers, few hovered
        self.describe: Callable[[MapPoint], str] = lambda point: ""

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            item = self.itemAt(event.pos())
            if isinstance(item, Marker):
                QToolTip.showText(event.globalPos(), self.describe(item.point), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def markers(self) -> list[Marker]:
        # bottom first: the order the page added them in, largest first
        return [i for i in self.scene().items(Qt.SortOrder.AscendingOrder) if isinstance(i, Marker)]

    def fit(self) -> None:
        self.resetTransform()
        self.zoom = 1.0
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom_by(self, factor: float) -> None:
        target = min(max(self.zoom * factor, 1.0), MAX_ZOOM)
        if target == self.zoom:
            return
        self.scale(target / self.zoom, target / self.zoom)
        self.zoom = target

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.zoom == 1.0:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP ** steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_Home:
            self.fit()
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.step_marker(1 if key == Qt.Key.Key_PageDown else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            chosen = self.current_marker()
            if chosen is not None:
                self.sig_marker_activated.emit(chosen)
        else:
            super().keyPressEvent(event)

    def current_marker(self) -> Marker | None:
        markers = self.markers()
        return markers[self._current] if 0 <= self._current < len(markers) else None

    def step_marker(self, step: int) -> None:
        markers = self.markers()
        if not markers:
            return
        self._current = (self._current + step) % len(markers)
        self.scene().clearSelection()
        chosen = markers[self._current]
        chosen.setSelected(True)
        self.ensureVisible(chosen, 40, 40)
        self.sig_marker_chosen.emit(chosen)

    def reset_current(self) -> None:
        self._current = -1
        self.sig_marker_chosen.emit(None)

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        moved = self._press is not None and (event.position() - self._press).manhattanLength() > 4
        self._press = None
        if event.button() == Qt.MouseButton.LeftButton and not moved:
            item = self.itemAt(event.position().toPoint())
            if isinstance(item, Marker):
                self.sig_marker_activated.emit(item)


class Legend(QFrame):
    """What the colours and sizes mean; laid out in the interface's direction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_legend")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(8, 6, 8, 6)
        self.lay.setSpacing(3)
        self.labels: list[QLabel] = []

    def show_entries(self, title: str, entries: list[tuple[str, str]], size_text: str) -> None:
        while self.lay.count():
            item = self.lay.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.labels = [QLabel(f"<b>{title}</b>", self)]
        for text, colour in entries:
            self.labels.append(QLabel(f"<span style='color:{colour}; font-size:large'>●</span>&nbsp;{text}", self))
        note = QLabel(size_text, self)
        note.setWordWrap(True)
        self.labels.append(note)
        for label in self.labels:
            self.lay.addWidget(label)
        self.lay.addStretch(1)

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]


def _killed(value: int | None) -> str:
    return fmt.number(value) if value is not None else "—"


class MapPage(ReviewPage):
    WATCHES = ("incident", "claim", "figure", "assessment", "place", "merge")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: MapData | None = None
        self.menu: QMenu | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        top = self.top_bar("map_summary")
        self.colour_label = QLabel(self)
        self.colour_by = QComboBox(self)
        self.colour_by.setObjectName("colour_by")
        self.colour_label.setBuddy(self.colour_by)
        self.colour_by.currentIndexChanged.connect(self._redraw)
        self.zoom_in = QPushButton("+", self)
        self.zoom_out = QPushButton("−", self)
        self.fit_button = QPushButton(self)
        for b in (self.zoom_in, self.zoom_out):
            b.setFixedWidth(32)
        top.addWidget(self.colour_label)
        top.addWidget(self.colour_by)
        top.addWidget(self.zoom_in)
        top.addWidget(self.zoom_out)
        top.addWidget(self.fit_button)
        outer.addLayout(top)
        self.filter_bar = IncidentFilterBar(context, self._filters_changed, self)
        outer.addWidget(self.filter_bar)
        body = QHBoxLayout()
        self.scene = QGraphicsScene(self)
        self.view = MapView(self.scene, self)
        self.view.describe = self.tooltip
        self.view.sig_marker_activated.connect(self.activate_marker)
        self.view.sig_marker_chosen.connect(self._show_chosen)
        self.zoom_in.clicked.connect(lambda: self.view.zoom_by(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self.view.zoom_by(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.view.fit)
        self.legend = Legend(self)
        self.legend.setFixedWidth(210)
        body.addWidget(self.view, 1)
        body.addWidget(self.legend)
        outer.addLayout(body, 1)
        self.hint = QLabel(self)
        self.hint.setObjectName("map_hint")
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        bounds = map_bounds()
        self.projection = Projection.fit(bounds, SCENE_WIDTH, SCENE_WIDTH * 0.8)
        self.scene.setSceneRect(QRectF(0, 0, self.projection.width, self.projection.height))
        self._labels: list[QGraphicsSimpleTextItem] = []  # the governorates' names, per language
        self._draw_outlines()
        self.retranslate()

    # -- text ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Map"))
        self.colour_label.setText(self.tr("&Colour by"))
        current = self.colour_by.currentData() or "status"
        self.colour_by.blockSignals(True)
        self.colour_by.clear()
        self.colour_by.addItem(self.tr("Status"), "status")
        self.colour_by.addItem(self.tr("Grade"), "grade")
        self.colour_by.setCurrentIndex(max(0, self.colour_by.findData(current)))
        self.colour_by.blockSignals(False)
        self.zoom_in.setToolTip(self.tr("Zoom in (+)"))
        self.zoom_out.setToolTip(self.tr("Zoom out (−)"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.fit_button.setText(self.tr("Whole country"))
        self.fit_button.setToolTip(self.tr("Show the whole country again (Home)"))
        self.view.setAccessibleName(self.tr("Map of the incidents"))
        self._draw_labels()
        self._redraw()

    def _default_hint(self) -> str:
        return self.tr("Wheel or +/− to zoom, drag or arrow keys to move, PageDown/PageUp to go from marker to "
                       "marker, Enter or a click to open it.")

    # -- reading ---------------------------------------------------------------------------------

    def read_op(self) -> Callable[[OpContext], MapData]:
        filters, lang = self.filter_bar.filters(), self.context.lang
        return lambda ctx: map_data(ctx.session, filters, lang=lang)

    def activate(self, arg: Any = None) -> None:
        if isinstance(arg, IncidentFilters):  # from the incident list's "On the map"
            self.filter_bar.set_all(arg)
            self._stale = True
        super().activate(arg)

    def _filters_changed(self, *_: Any) -> None:
        self.mark_stale()

    def show_read(self, data: MapData) -> None:
        self.data = data
        self._redraw()

    def show_failure(self, message: str) -> None:
        self.summary.setText(fmt.fill(self.tr("Could not draw the map: %1"), message))

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        if event.type() == event.Type.LanguageChange and hasattr(self, "filter_bar"):
            self.filter_bar.retranslate()
        super().changeEvent(event)

    # -- drawing ---------------------------------------------------------------------------------

    def _draw_outlines(self) -> None:
        land = QColor(style.LAND)
        pen = QPen(QColor(style.OUTLINE), 1.0)
        pen.setCosmetic(True)  # a hairline at every zoom
        for outline in outlines():
            path = QPainterPath()
            for polygon in outline.polygons:
                for ring in polygon:
                    pts = [QPointF(*self.projection.to_xy(lon, lat)) for lon, lat in ring]
                    path.moveTo(pts[0])
                    for p in pts[1:]:
                        path.lineTo(p)
                    path.closeSubpath()
            item = QGraphicsPathItem(path)
            item.setPen(pen)
            item.setBrush(QBrush(land))
            item.setZValue(-2)
            self.scene.addItem(item)

    def _draw_labels(self) -> None:
        for item in self._labels:
            self.scene.removeItem(item)
        self._labels = []
        lang = self.context.lang
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        for outline in named_outlines():
            x, y = self.projection.to_xy(*label_point(outline))
            item = QGraphicsSimpleTextItem(outline.name(lang))
            item.setFont(font)
            item.setBrush(QBrush(QColor("#9a9a9a")))
            item.setFlag(QGraphicsSimpleTextItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
            rect = item.boundingRect()
            item.setPos(x, y)
            item.setZValue(-1)
            # centred on the point whatever the name's length (the item ignores the view's scale)
            item.setTransform(item.transform().translate(-rect.width() / 2, -rect.height() / 2))
            self.scene.addItem(item)
            self._labels.append(item)

    def colour_mode(self) -> style.ColourBy:
        return "grade" if self.colour_by.currentData() == "grade" else "status"

    def _redraw(self, *_: Any) -> None:
        for item in self.markers():
            self.scene.removeItem(item)
        self.view.reset_current()
        mode = self.colour_mode()
        self._show_legend(mode)
        data = self.data
        if data is None:
            self.summary.setText(self.tr("Loading…"))
            return
        for point in data.points:
            x, y = self.projection.to_xy(point.lon, point.lat)
            marker = Marker(point, x, y, marker_radius(point.killed, data.max_killed), style.slices(point, mode))
            self.scene.addItem(marker)
        text = self.tr("%n incident(s) on the map", "", data.incidents)
        if data.unplaced:
            text += " · " + self.tr("%n more without a place that has coordinates", "", data.unplaced)
        self.summary.setText(text)
        self.hint.setText(self._default_hint())

    def markers(self) -> list[Marker]:
        return self.view.markers()

    def _show_legend(self, mode: style.ColourBy) -> None:
        entries = []
        for value, colour in style.legend(mode):
            entries.append((self._value_text(value, mode), colour))
        title = self.tr("Figure status") if mode == "status" else self.tr("Grade")
        size = self.tr("Circle area: people killed at the place (the best estimate, else the largest figure "
                       "a report gives); the largest is %1. Its colours: the share of the place's incidents in "
                       "each.")
        self.legend.show_entries(title, entries, fmt.fill(size, _killed(self.data.max_killed if self.data else 0)))

    def tooltip(self, point: MapPoint) -> str:
        mode = self.colour_mode()
        if point.incidents == 1:
            title = fmt.fill(self.tr("%1: %2"), point.name, enum_label(point.event_type))
            return fmt.fill(self.tr("%1\n%2 · killed: %3"), title, fmt.date_span(point.first_date, None),
                            _killed(point.killed))
        counts = point.statuses if mode == "status" else point.grades
        shares = fmt.separator().join(
            fmt.fill(self.tr("%1: %2"), self._value_text(value, mode), fmt.number(counts[value]))
            for value, _colour in style.legend(mode) if counts.get(value))
        return fmt.fill(self.tr("%1\n%2\n%3 · killed: %4"), point.name,
                        self.tr("%n incident(s)", "", point.incidents),
                        fmt.date_span(point.first_date, point.last_date if point.last_date != point.first_date
                                      else None), _killed(point.killed)) + "\n" + shares

    def _value_text(self, value: Any, mode: style.ColourBy) -> str:
        if value is None:
            return self.tr("no figures derived yet") if mode == "status" else self.tr("not graded yet")
        return enum_label(value)

    def _show_chosen(self, marker: Marker | None) -> None:
        self.hint.setText(self.tooltip(marker.point).replace("\n", " · ") if marker is not None
                          else self._default_hint())

    # -- opening ---------------------------------------------------------------------------------

    def activate_marker(self, marker: Marker) -> None:
        point = marker.point
        if point.incident_id is not None:
            self.context.open_record("incident", point.incident_id)
            return
        filters, lang = self.filter_bar.filters(), self.context.lang
        self.context.run_op(self, lambda ctx: point_incidents(ctx.session, point, filters, lang=lang),
                            lambda result: self._show_menu(marker, *result))

    def _show_menu(self, marker: Marker, incidents: list[PointIncident], total: int) -> None:
        menu = QMenu(self)
        menu.setObjectName("map_incidents_menu")
        for inc in incidents:
            text = fmt.fill(self.tr("%1 · %2 in %3 · killed: %4"), fmt.day(inc.start_date), enum_label(inc.event_type),
                            inc.place, _killed(inc.killed))
            action = menu.addAction(text)
            action.setData(inc.id)
            action.triggered.connect(lambda _=False, iid=inc.id: self.context.open_record("incident", iid))
        if total > len(incidents):
            more = menu.addAction(self.tr("%n more: narrow the filters to see them", "", total - len(incidents)))
            more.setEnabled(False)
        self.menu = menu
        centre = self.view.mapFromScene(marker.pos())
        menu.popup(self.view.viewport().mapToGlobal(centre))


PAGE = PageSpec(key="map", title=QT_TRANSLATE_NOOP("Pages", "Map"), factory=MapPage, order=15, shortcut="Ctrl+M")
