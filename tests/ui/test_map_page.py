"""The map page on the demo database: markers where the places are, sized and coloured from the
map's data, following the incident filters, clicks and keys opening incidents, the outlines, and
the page in Arabic (controls mirrored, the map itself not)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsPathItem, QToolTip
from sqlalchemy import select

from casualtydb.demo import demo_id
from casualtydb.mapping import style
from casualtydb.models import ConflictStatus, EventType, Place
from casualtydb.ui.i18n import install_language

from .conftest import open_window, settle

pytestmark = pytest.mark.gui

HAMIDIYA = demo_id("incident:strike-hamidiya")


def _map(window):
    window.show_page("map")
    settle(6)
    return window.page("map")


def _click(qtbot, page, marker) -> None:
    pos = page.view.mapFromScene(marker.pos())
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    settle()


def test_markers_at_the_places_with_tooltips_and_outlines(window, demo_db) -> None:
    page = _map(window)
    assert "4 incidents on the map" in page.summary.text()
    markers = page.markers()
    assert [m.point.name for m in markers] == ["Susat", "Deir-ez-Zor"]  # largest first
    with demo_db.session() as s:
        susat = s.scalars(select(Place).where(Place.pcode == "SY090203")).one()
    x, y = page.projection.to_xy(susat.longitude, susat.latitude)
    assert (markers[0].pos().x(), markers[0].pos().y()) == pytest.approx((x, y))
    assert markers[0].rect().width() > markers[1].rect().width()  # 10 killed against 7
    assert page.tooltip(markers[0].point) == "Susat\n2 incidents\n30/10/2017 · killed: 10\nconflicting: 1, single source: 1"
    # hovering asks the view, which writes the tooltip then
    centre = page.view.mapFromScene(markers[0].pos())
    QApplication.sendEvent(page.view.viewport(), QHelpEvent(QHelpEvent.Type.ToolTip, centre,
                                                            page.view.viewport().mapToGlobal(centre)))
    assert QToolTip.text().startswith("Susat\n2 incidents")
    QToolTip.hideText()
    outlines = [i for i in page.scene.items() if isinstance(i, QGraphicsPathItem)]
    assert len(outlines) == 15  # 14 governorates and the UNDOF zone
    # a pie of the incidents' statuses: one strike's figures conflict, the other's rest on one source
    assert markers[0].slices == [(style.STATUS_COLOURS[ConflictStatus.CONFLICTING], 0.5),
                                 (style.STATUS_COLOURS[ConflictStatus.SINGLE_SOURCE], 0.5)]
    assert markers[1].slices == [(style.STATUS_COLOURS[ConflictStatus.CONFLICTING], 1.0)]
    page.colour_by.setCurrentIndex(page.colour_by.findData("grade"))
    assert page.markers()[0].slices == [(style.GRADE_COLOURS[None], 1.0)]
    assert page.legend.texts()[0] == "<b>Grade</b>"
    assert page.tooltip(page.markers()[0].point).endswith("\nnot graded yet: 2")
    # the pie is painted, not just described
    image = page.view.grab().toImage()
    centre = page.view.mapFromScene(page.markers()[1].pos())
    assert QColor(image.pixel(centre.x(), centre.y() - 4)).red() > 200


def test_the_incident_filters_are_followed_and_a_click_opens_the_incident(window, qtbot) -> None:
    page = _map(window)
    page.filter_bar.date_from.set_value(date(2017, 10, 30))
    settle(6)
    assert "3 incidents on the map" in page.summary.text()
    single = next(m for m in page.markers() if m.point.incidents == 1)
    assert single.point.incident_id == HAMIDIYA
    assert page.tooltip(single.point) == "Deir-ez-Zor: airstrike\n30/10/2017 · killed: 7"
    _click(qtbot, page, single)
    assert window.current_key == "incident"
    assert window.page("incident").incident_id == HAMIDIYA


def test_a_marker_of_several_incidents_offers_them_in_a_menu(window, qtbot) -> None:
    page = _map(window)
    _click(qtbot, page, page.markers()[0])
    menu = page.menu
    assert menu is not None
    actions = menu.actions()
    assert len(actions) == 2 and all("As-Susah" in a.text() for a in actions)
    chosen = actions[0].data()
    actions[0].trigger()
    settle()
    assert window.current_key == "incident" and window.page("incident").incident_id == chosen
    menu.close()


def test_keyboard_zoom_and_marker_steps(window, qtbot) -> None:
    page = _map(window)
    view = page.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == pytest.approx(1.25 ** 2)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == pytest.approx(1.25)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.zoom == 1.0
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom == pytest.approx(1.25 ** 2)
    page.zoom_out.click()
    assert view.zoom == pytest.approx(1.25)
    page.fit_button.click()
    assert view.zoom == 1.0
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    chosen = view.current_marker()
    assert chosen is page.markers()[1] and chosen.isSelected()
    assert page.hint.text().startswith("Deir-ez-Zor · 2 incidents")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    settle()
    assert page.menu is not None and len(page.menu.actions()) == 2
    page.menu.close()


def test_map_page_in_arabic_mirrors_the_controls_not_the_map(qapp, qtbot, demo_db, ui_settings) -> None:
    install_language(qapp, "ar")
    win = open_window(qtbot, demo_db, ui_settings, lang="ar")
    page = _map(win)
    assert page.heading.text() == "الخريطة"
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # the legend is at the reading end: left of the map in Arabic
    assert page.legend.mapTo(page, page.legend.rect().topLeft()).x() < page.view.mapTo(page, page.view.rect().topLeft()).x()
    markers = page.markers()
    assert markers[0].point.name == "سوسة"
    west_to_east = sorted(markers, key=lambda m: m.pos().x())
    assert [m.point.lon for m in west_to_east] == sorted(m.point.lon for m in markers)
    assert "٤" in page.summary.text()  # the interface's digits


def test_the_incident_list_shows_its_filters_on_the_map(window) -> None:
    window.show_page("incidents")
    settle()
    incidents = window.page("incidents")
    bar = incidents.filter_bar
    bar.event_type.setCurrentIndex(bar.event_type.findData(EventType.SIEGE))
    incidents.apply_filters()
    settle()
    incidents.buttons["map"].click()
    settle(6)
    assert window.current_key == "map"
    page = window.page("map")
    assert page.filter_bar.filters() == incidents.current_filters()
    assert "1 incident on the map" in page.summary.text()
    assert [m.point.incident_id for m in page.markers()] == [demo_id("incident:siege-deir-ez-zor")]
