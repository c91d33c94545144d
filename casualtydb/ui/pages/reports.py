"""The report list: every report with its source, date, title and how many claims it makes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ...queries import reports as q
from ...queries.sources import source_choices
from .. import format as fmt
from ..context import AppContext
from ..labels import language_label
from ..models.lazy import Column, RecordTableModel
from ..widgets.date_edit import DateEdit
from . import PageSpec
from ._list import ListPage

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Published"), lambda r: fmt.day(r.published), "published",
           value=lambda r: r.published, width=11),
    Column(QT_TRANSLATE_NOOP("Columns", "Source"), lambda r: r.source, "source", width=24),
    Column(QT_TRANSLATE_NOOP("Columns", "Reliability"), lambda r: r.reliability, "reliability", width=6),
    Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title, "title", width=40, tooltip=lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("Columns", "Language"), lambda r: language_label(r.language), "language", width=8),
    Column(QT_TRANSLATE_NOOP("Columns", "Claims"), lambda r: fmt.number(r.claims), "claims", value=lambda r: r.claims,
           numeric=True, width=6),
    Column(QT_TRANSLATE_NOOP("Columns", "Incidents"), lambda r: fmt.number(r.incidents), "incidents",
           value=lambda r: r.incidents, numeric=True, width=7),
    Column(QT_TRANSLATE_NOOP("Columns", "Relays"), lambda r: r.relays or "", None, width=20,
           tooltip=lambda r: QCoreApplication.translate(
               "ReportsPage", "Relays another report or source: not independent corroboration.") if r.relays else ""),
]


class ReportFilterBar(QWidget):
    def __init__(self, context: AppContext, on_change: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sources: list[Any] = []  # read in the background (a scan of the reports at scale)
        lang = context.lang
        context.run_op(self, lambda ctx: source_choices(ctx.session, lang=lang), self._sources_loaded)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.date_from, self.date_to = DateEdit(self), DateEdit(self)
        self.source = QComboBox(self)
        self.language = QComboBox(self)
        self.relays = QComboBox(self)
        self.clear_button = QPushButton(self)
        self.labels = [QLabel(self) for _ in range(5)]
        for lab, w in zip(self.labels, (self.date_from, self.date_to, self.source, self.language, self.relays),
                          strict=True):
            lab.setBuddy(w)
            lay.addWidget(lab)
            lay.addWidget(w)
        lay.addStretch(1)
        lay.addWidget(self.clear_button)
        self.retranslate()
        for combo in (self.source, self.language, self.relays):
            combo.currentIndexChanged.connect(on_change)
        self.date_from.sig_value_changed.connect(on_change)
        self.date_to.sig_value_changed.connect(on_change)
        self.clear_button.clicked.connect(self.clear)

    def _sources_loaded(self, sources: list[Any]) -> None:
        self._sources = sources
        self.retranslate()

    def retranslate(self) -> None:
        for lab, text in zip(self.labels, (self.tr("&From"), self.tr("&To"), self.tr("&Source"), self.tr("&Language"),
                                           self.tr("&Relays")), strict=True):
            lab.setText(text)
        self.clear_button.setText(self.tr("Clear filters"))
        for combo, items in ((self.source, [(self.tr("Any source"), None)] + [(n, i) for i, n in self._sources]),
                             (self.language, [(self.tr("Any language"), None), (self.tr("Arabic"), "ar"),
                                              (self.tr("English"), "en")]),
                             (self.relays, [(self.tr("Original and relayed"), None),
                                            (self.tr("Only original reports"), False),
                                            (self.tr("Only reports that relay another"), True)])):
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(current, 0))
            combo.blockSignals(False)

    def filters(self) -> q.ReportFilters:
        return q.ReportFilters(date_from=self.date_from.value(), date_to=self.date_to.value(),
                               source_id=self.source.currentData(), language=self.language.currentData(),
                               relays=self.relays.currentData())

    def clear(self) -> None:
        for w in (self.date_from, self.date_to, self.source, self.language, self.relays):
            w.blockSignals(True)
        self.date_from.clear_value()
        self.date_to.clear_value()
        for combo in (self.source, self.language, self.relays):
            combo.setCurrentIndex(0)
        for w in (self.date_from, self.date_to, self.source, self.language, self.relays):
            w.blockSignals(False)
        self.date_from.sig_value_changed.emit(None)


class ReportsPage(ListPage):
    kind = "report"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RecordTableModel(context.database, COLUMNS, q.report_ids, q.report_rows,
                                      count=q.report_count, lang=context.lang, parent=self)
        self.model.order_by, self.model.descending = "published", True
        self.filter_bar = ReportFilterBar(context, self.schedule_filters, self)
        self._build(self.filter_bar, [("new", self.new_record, "Ctrl+N"), ("edit", self.edit_selected, "F2"),
                                      ("delete", self.delete_selected, "Del")])

    def current_filters(self) -> q.ReportFilters:
        return self.filter_bar.filters()

    def clear_filters(self) -> None:
        self.filter_bar.clear()

    def count_text(self, n: int) -> str:
        return self.tr("%n report(s)", "", n)

    def empty_text(self) -> str:
        if self.filters_active():
            return self.tr("No report matches these filters. <a href=\"clear\">Clear the filters</a>.")
        return self.tr("No reports yet. Enter one with <b>New report</b>, import a workbook, or "
                       "<a href=\"new\">add one here</a>.")

    def depends_on(self) -> tuple[str, ...]:
        return ("claim", "source")


PAGE = PageSpec(key="reports", title=QT_TRANSLATE_NOOP("Pages", "Reports"), factory=ReportsPage, order=20,
                shortcut="Ctrl+2")
