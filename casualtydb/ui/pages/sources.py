"""The source list: outlets, NGOs, councils… with their kind, reliability and reports."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ...models import Reliability, SourceKind
from ...queries import sources as q
from .. import format as fmt
from ..context import AppContext
from ..labels import choices, enum_label
from ..models.lazy import Column, RecordTableModel
from . import PageSpec
from ._simple import SimpleListPage, TextFilterBar

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, "name", width=28),
    Column(QT_TRANSLATE_NOOP("Columns", "Other name"), lambda r: r.other_name, None, width=24),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: enum_label(r.kind), "kind", width=14),
    Column(QT_TRANSLATE_NOOP("Columns", "Reliability"), lambda r: enum_label(r.reliability), "reliability", width=20),
    Column(QT_TRANSLATE_NOOP("Columns", "Reports"), lambda r: fmt.number(r.reports), "reports",
           value=lambda r: r.reports, numeric=True, width=6),
    Column(QT_TRANSLATE_NOOP("Columns", "Latest report"), lambda r: fmt.day(r.latest), "latest",
           value=lambda r: r.latest, width=11),
]


class SourcesPage(SimpleListPage):
    kind = "source"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RecordTableModel(context.database, COLUMNS, q.source_ids, q.source_rows, lang=context.lang,
                                      parent=self)
        self.model.order_by = "name"
        self.filter_bar = TextFilterBar(self.schedule_filters, self, [
            (self.tr("&Kind"), [(self.tr("Any kind"), None), *choices(SourceKind)]),
            (self.tr("&Reliability"), [(self.tr("Any reliability"), None), *choices(Reliability)]),
        ])
        self.filter_bar.label.setText(self.tr("&Name"))
        self._build(self.filter_bar, [("new", self.new_record, "Ctrl+N"), ("edit", self.edit_selected, "F2"),
                                      ("delete", self.delete_selected, "Del")])

    def current_filters(self) -> q.SourceFilters:
        kind, reliability = (c.currentData() for c in self.filter_bar.combos)
        return q.SourceFilters(text=self.filter_bar.text.text(), kind=kind, reliability=reliability)

    def count_text(self, n: int) -> str:
        return self.tr("%n source(s)", "", n)

    def empty_text(self) -> str:
        if self.filters_active():
            return self.tr("No source matches. <a href=\"clear\">Clear the filters</a>.")
        return self.tr("No sources yet. <a href=\"new\">Add the first source</a>: every report needs one.")

    def depends_on(self) -> tuple[str, ...]:
        return ("report",)


PAGE = PageSpec(key="sources", title=QT_TRANSLATE_NOOP("Pages", "Sources"), factory=SourcesPage, order=30,
                shortcut="Ctrl+3", record_kind="source")
