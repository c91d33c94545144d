"""The incident list: every incident with its date, place, type, actors and figures, filtered
and sorted in SQL, fetched a page at a time (opens at once on 250,000 incidents)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from ...models import Category, ConflictStatus, EventType, Grade
from ...queries import incidents as q
from ...queries.actors import actor_choices
from ...queries.places import place_choices
from .. import format as fmt
from ..context import AppContext
from ..labels import choices, enum_label
from ..models.lazy import Column, RecordTableModel
from ..widgets.date_edit import DateEdit
from ..widgets.place_picker import PlaceMatcher, PlacePicker
from . import PageSpec
from ._list import ListPage
from ._simple import fill_combo


def _place(row: q.IncidentRow) -> str:
    text = row.place
    if row.place_context:
        text = fmt.fill(QCoreApplication.translate("IncidentsPage", "%1, %2"), text, row.place_context)
    if row.place_count > 1:
        text = fmt.fill(QCoreApplication.translate("IncidentsPage", "%1 (+%2)"), text,
                        fmt.number(row.place_count - 1))
    return text


def _figure_font(figure: q.Figure) -> QFont | None:
    if figure.from_claims:
        font = QFont(QApplication.font())
        font.setItalic(True)
        return font
    return None


def _figure_tip(figure: q.Figure) -> str:
    if figure.value is None:
        return ""
    if figure.from_claims:
        return QCoreApplication.translate(
            "IncidentsPage", "The largest figure a report gives; the claims have not been cross-referenced yet.")
    return QCoreApplication.translate("IncidentsPage", "Best estimate from the cross-referenced claims.")


def _muted(figure: q.Figure) -> Any:
    return QApplication.palette().color(QPalette.ColorRole.PlaceholderText) if figure.from_claims else None


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: fmt.date_span(r.start_date, r.end_date, r.date_precision),
           "date", value=lambda r: r.start_date, width=12),
    Column(QT_TRANSLATE_NOOP("Columns", "Place"), _place, "place", width=18,
           tooltip=lambda r: _place(r)),
    Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: enum_label(r.event_type), "event_type", width=11),
    Column(QT_TRANSLATE_NOOP("Columns", "Held responsible"),
           lambda r: QCoreApplication.translate("IncidentsPage", "; ").join(r.actors), "actors", width=16),
    Column(QT_TRANSLATE_NOOP("Columns", "Killed"), lambda r: fmt.number(r.killed.value), "killed",
           value=lambda r: r.killed.value, numeric=True, width=7, font=lambda r: _figure_font(r.killed),
           tooltip=lambda r: _figure_tip(r.killed), foreground=lambda r: _muted(r.killed)),
    Column(QT_TRANSLATE_NOOP("Columns", "Injured"), lambda r: fmt.number(r.injured.value), "injured",
           value=lambda r: r.injured.value, numeric=True, width=7, font=lambda r: _figure_font(r.injured),
           tooltip=lambda r: _figure_tip(r.injured), foreground=lambda r: _muted(r.injured)),
    Column(QT_TRANSLATE_NOOP("Columns", "Reports"), lambda r: fmt.number(r.reports), "reports",
           value=lambda r: r.reports, numeric=True, width=6),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: enum_label(r.status), "status", width=12),
    Column(QT_TRANSLATE_NOOP("Columns", "Grade"), lambda r: enum_label(r.grade), "grade", width=9),
    Column(QT_TRANSLATE_NOOP("Columns", "Description"), lambda r: r.description, None, width=40,
           tooltip=lambda r: r.description),
]


class IncidentFilterBar(QWidget):
    """Date range, place (anything inside it too), category, actor, status, grade, type."""

    def __init__(self, context: AppContext, on_change: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = context.lang
        self.date_from = DateEdit(self)
        self.date_to = DateEdit(self)
        self.place = PlacePicker(PlaceMatcher([]), self)
        self.place.setMinimumWidth(220)
        self.category = QComboBox(self)
        self.actor = QComboBox(self)
        self.status = QComboBox(self)
        self.grade = QComboBox(self)
        self.event_type = QComboBox(self)
        self.clear_button = QPushButton(self)
        self._labels = [QLabel(self) for _ in range(8)]
        self._actor_choices: list[Any] = []
        # the choices are read in the background: the list must not wait for them
        # (the matcher normalises every name: built in the worker too, it is plain Python)
        context.run_op(self, lambda ctx: (PlaceMatcher(place_choices(ctx.session, lang=lang)),
                                          actor_choices(ctx.session, lang=lang)), self._choices_loaded)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        pairs = [(self.date_from, 0, 0), (self.date_to, 0, 2), (self.place, 0, 4), (self.event_type, 0, 6),
                 (self.category, 1, 0), (self.actor, 1, 2), (self.status, 1, 4), (self.grade, 1, 6)]
        self._label_for = {}
        for (widget, r, c), lab in zip(pairs, self._labels, strict=True):
            grid.addWidget(lab, r, c)
            grid.addWidget(widget, r, c + 1)
            lab.setBuddy(widget)
            self._label_for[widget] = lab
        grid.addWidget(self.clear_button, 1, 8)
        grid.setColumnStretch(5, 1)
        self.retranslate()
        for combo in (self.category, self.actor, self.status, self.grade, self.event_type):
            combo.currentIndexChanged.connect(on_change)
        self.date_from.sig_value_changed.connect(on_change)
        self.date_to.sig_value_changed.connect(on_change)
        self.place.sig_place_chosen.connect(on_change)
        self.clear_button.clicked.connect(self.clear)

    def _choices_loaded(self, loaded: tuple[list[Any], list[Any]]) -> None:
        self.place.matcher, self._actor_choices = loaded
        self.retranslate()

    def retranslate(self) -> None:
        texts = {self.date_from: self.tr("&From"), self.date_to: self.tr("&To"), self.place: self.tr("&Place"),
                 self.event_type: self.tr("T&ype"), self.category: self.tr("&Category"),
                 self.actor: self.tr("&Actor"), self.status: self.tr("&Status"), self.grade: self.tr("&Grade")}
        for widget, text in texts.items():
            self._label_for[widget].setText(text)
        self.place.setPlaceholderText(self.tr("Anywhere (type a place: includes everything inside it)"))
        self.clear_button.setText(self.tr("Clear filters"))
        self._fill(self.category, self.tr("Any category"), choices(Category))
        self._fill(self.actor, self.tr("Any actor"), [(name, aid) for aid, name in self._actor_choices])
        self._fill(self.status, self.tr("Any status"), choices(ConflictStatus))
        self._fill(self.grade, self.tr("Any grade"), [*choices(Grade), (self.tr("not graded yet"), q.NO_GRADE)])
        self._fill(self.event_type, self.tr("Any type"), choices(EventType))

    _fill = staticmethod(fill_combo)

    def filters(self) -> q.IncidentFilters:
        return q.IncidentFilters(
            date_from=self.date_from.value(), date_to=self.date_to.value(), place_id=self.place.value(),
            category=self.category.currentData(), actor_id=self.actor.currentData(),
            status=self.status.currentData(), grade=self.grade.currentData(),
            event_type=self.event_type.currentData())

    def set_filters(self, *, place_id: Any = None, actor_id: Any = None, status: Any = None) -> None:
        """Start from no filter, then apply these (from other pages' "show incidents")."""
        self.clear()
        for w in (self.place, self.actor, self.status):
            w.blockSignals(True)
        if place_id is not None:
            self.place.set_value(place_id)
        if actor_id is not None:
            self.actor.setCurrentIndex(max(0, self.actor.findData(actor_id)))
        if status is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(status)))
        for w in (self.place, self.actor, self.status):
            w.blockSignals(False)

    def set_all(self, f: q.IncidentFilters) -> None:
        """Show exactly these filters (the map page taking over the list's), without signals."""
        widgets = (self.date_from, self.date_to, self.place, self.category, self.actor, self.status, self.grade,
                   self.event_type)
        for w in widgets:
            w.blockSignals(True)
        self.date_from.set_value(f.date_from)
        self.date_to.set_value(f.date_to)
        self.place.set_value(f.place_id)
        for combo, value in ((self.category, f.category), (self.actor, f.actor_id), (self.status, f.status),
                             (self.grade, f.grade), (self.event_type, f.event_type)):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
        for w in widgets:
            w.blockSignals(False)

    def clear(self) -> None:
        for w in (self.date_from, self.date_to, self.place, self.category, self.actor, self.status, self.grade,
                  self.event_type):
            w.blockSignals(True)
        self.date_from.clear_value()
        self.date_to.clear_value()
        self.place.set_value(None)
        for combo in (self.category, self.actor, self.status, self.grade, self.event_type):
            combo.setCurrentIndex(0)
        for w in (self.date_from, self.date_to, self.place, self.category, self.actor, self.status, self.grade,
                  self.event_type):
            w.blockSignals(False)
        self.date_from.sig_value_changed.emit(None)


class IncidentsPage(ListPage):
    kind = "incident"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RecordTableModel(context.database, COLUMNS, q.incident_ids, q.incident_rows,
                                      count=q.incident_count, lang=context.lang, parent=self)
        self.model.order_by, self.model.descending = "date", True
        self.filter_bar = IncidentFilterBar(context, self.schedule_filters, self)
        self._build(self.filter_bar, [
            ("open", self.open_selected, None),
            ("new", self.new_record, "Ctrl+N"),
            ("edit", self.edit_selected, "F2"),
            ("delete", self.delete_selected, "Del"),
            ("map", self.show_on_map, None),
        ])

    def current_filters(self) -> q.IncidentFilters:
        return self.filter_bar.filters()

    def clear_filters(self) -> None:
        self.filter_bar.clear()

    def count_text(self, n: int) -> str:
        return self.tr("%n incident(s)", "", n)

    def empty_text(self) -> str:
        if self.filters_active():
            return self.tr("No incident matches these filters. <a href=\"clear\">Clear the filters</a> to see all "
                           "incidents.")
        return self.tr("No incidents yet. Incidents are created when you enter a report and its claims "
                       "(<b>New report</b>), or <a href=\"new\">add one here</a>.")

    def depends_on(self) -> tuple[str, ...]:
        return ("claim", "report", "figure", "assessment", "place", "actor")

    def activate(self, arg: Any = None) -> None:
        if isinstance(arg, dict):
            self.filter_bar.set_filters(**arg)
            self.apply_filters()
            return
        super().activate(arg)

    def retranslate(self) -> None:
        super().retranslate()
        if "map" in self.buttons:
            self.buttons["map"].setText(self.tr("On the &map"))
            self.buttons["map"].setToolTip(self.tr("These incidents on the map, with these filters"))

    def show_on_map(self) -> None:
        self.context.bus.sig_show_page.emit("map", self.current_filters())

    def open_selected(self) -> None:
        rid = self.table.current_id()
        if rid is not None:
            self.context.open_record("incident", rid)

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        if event.type() == event.Type.LanguageChange and hasattr(self, "filter_bar"):
            self.filter_bar.retranslate()
            self.retranslate()
        super().changeEvent(event)


PAGE = PageSpec(key="incidents", title=QT_TRANSLATE_NOOP("Pages", "Incidents"), factory=IncidentsPage, order=10,
                shortcut="Ctrl+1")
