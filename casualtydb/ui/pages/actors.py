"""The actor list: parties and perpetrators, with the incidents they are linked to."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ...queries import actors as q
from .. import format as fmt
from ..context import AppContext
from ..models.lazy import Column, RecordTableModel
from . import PageSpec
from ._simple import SimpleListPage, TextFilterBar

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, "name", width=26),
    Column(QT_TRANSLATE_NOOP("Columns", "Other name"), lambda r: r.other_name, None, width=24),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: r.kind or "", "kind", width=18),
    Column(QT_TRANSLATE_NOOP("Columns", "Incidents"), lambda r: fmt.number(r.incidents), "incidents",
           value=lambda r: r.incidents, numeric=True, width=7),
    Column(QT_TRANSLATE_NOOP("Columns", "Also called"),
           lambda r: QCoreApplication.translate("ActorsPage", "; ").join(r.aliases), None, width=40,
           tooltip=lambda r: "\n".join(r.aliases)),
]


class ActorsPage(SimpleListPage):
    kind = "actor"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RecordTableModel(context.database, COLUMNS, q.actor_ids, q.actor_rows, lang=context.lang,
                                      parent=self)
        self.model.order_by = "name"
        self.filter_bar = TextFilterBar(self.schedule_filters, self)
        self.filter_bar.label.setText(self.tr("&Name"))
        self._build(self.filter_bar, [("new", self.new_record, "Ctrl+N"), ("edit", self.edit_selected, "F2"),
                                      ("delete", self.delete_selected, "Del")])

    def current_filters(self) -> q.ActorFilters:
        return q.ActorFilters(text=self.filter_bar.text.text())

    def count_text(self, n: int) -> str:
        return self.tr("%n actor(s)", "", n)

    def empty_text(self) -> str:
        if self.filters_active():
            return self.tr("No actor matches. <a href=\"clear\">Clear the filter</a>.")
        return self.tr("No actors yet. <a href=\"new\">Add one</a>.")

    def depends_on(self) -> tuple[str, ...]:
        return ("incident",)

    def open_selected(self) -> None:
        rid = self.table.current_id()
        if rid is not None:
            self.context.bus.sig_show_page.emit("incidents", {"actor_id": rid})


PAGE = PageSpec(key="actors", title=QT_TRANSLATE_NOOP("Pages", "Actors"), factory=ActorsPage, order=50,
                shortcut="Ctrl+5", record_kind="actor")
