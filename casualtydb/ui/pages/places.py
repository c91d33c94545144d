"""The gazetteer: governorates, districts, sub-districts, towns and neighbourhoods, with how
many incidents happened in each (including everything inside it)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ...models import PlaceLevel
from ...queries import places as q
from .. import format as fmt
from ..context import AppContext
from ..labels import choices, enum_label
from ..models.lazy import Column, RecordTableModel
from . import PageSpec
from ._simple import SimpleListPage, TextFilterBar

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, "name", width=22),
    Column(QT_TRANSLATE_NOOP("Columns", "Other name"), lambda r: r.other_name, None, width=20),
    Column(QT_TRANSLATE_NOOP("Columns", "Level"), lambda r: enum_label(r.level), "level", width=13),
    Column(QT_TRANSLATE_NOOP("Columns", "Inside"),
           lambda r: QCoreApplication.translate("PlacesPage", " › ").join(r.ancestors), "parent", width=34),
    Column(QT_TRANSLATE_NOOP("Columns", "P-code"), lambda r: r.pcode or "", "pcode", width=10),
    Column(QT_TRANSLATE_NOOP("Columns", "Incidents"), lambda r: fmt.number(r.incidents), "incidents",
           value=lambda r: r.incidents, numeric=True, width=7),
]


class PlacesPage(SimpleListPage):
    kind = "place"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RecordTableModel(context.database, COLUMNS, q.place_ids, q.place_rows, lang=context.lang,
                                      parent=self)
        self.model.order_by = "level"
        self.filter_bar = TextFilterBar(self.schedule_filters, self, [
            (self.tr("&Level"), [(self.tr("Any level"), None), *choices(PlaceLevel)]),
        ])
        self.filter_bar.label.setText(self.tr("&Name or P-code"))
        self._build(self.filter_bar, [("open", self.open_selected, None), ("new", self.new_record, "Ctrl+N"),
                                      ("edit", self.edit_selected, "F2"), ("delete", self.delete_selected, "Del")])

    def retranslate(self) -> None:
        super().retranslate()
        if "open" in self.buttons:
            self.buttons["open"].setText(self.tr("Show &incidents"))

    def current_filters(self) -> q.PlaceFilters:
        return q.PlaceFilters(text=self.filter_bar.text.text(), level=self.filter_bar.combos[0].currentData())

    def count_text(self, n: int) -> str:
        return self.tr("%n place(s)", "", n)

    def empty_text(self) -> str:
        if self.filters_active():
            return self.tr("No place matches. <a href=\"clear\">Clear the filters</a>; the gazetteer also knows "
                           "other spellings and P-codes.")
        return self.tr("The gazetteer is empty. <a href=\"new\">Add a place</a>.")

    def depends_on(self) -> tuple[str, ...]:
        return ("incident",)

    def open_selected(self) -> None:
        rid = self.table.current_id()
        if rid is not None:
            self.context.bus.sig_show_page.emit("incidents", {"place_id": rid})


PAGE = PageSpec(key="places", title=QT_TRANSLATE_NOOP("Pages", "Places"), factory=PlacesPage, order=40,
                shortcut="Ctrl+4", record_kind="place")
