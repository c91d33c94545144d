"""Results of the search box: records of every kind matching the words typed, best first
(the normalised search of casualtydb.search: hamza forms, diacritics and case ignored)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...search import search
from .. import format as fmt
from ..context import AppContext
from ..errors import describe
from ..labels import table_label
from . import PageSpec

HitRole = Qt.ItemDataRole.UserRole + 1
KIND_TABLES = {"incident": "incidents", "report": "reports", "place": "places", "actor": "actors",
               "source": "sources"}


class SearchPage(QWidget):
    LIMIT = 200

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.query = ""
        self.hits: list[Any] = []
        self._generation = 0
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.summary = QLabel(self)
        self.summary.setObjectName("search_summary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.results = QListWidget(self)
        self.results.setObjectName("search_results")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self.on_results_item_activated)
        lay.addWidget(self.results, 1)

    def activate(self, text: Any = None) -> None:
        if isinstance(text, str) and text.strip() and text != self.query:
            self.run(text.strip())

    def run(self, text: str) -> None:
        self.query = text
        self._generation += 1
        generation = self._generation
        self.results.clear()
        self.summary.setText(fmt.fill(self.tr("Searching for “%1”…"), text))
        lang, limit = self.context.lang, self.LIMIT

        def op(ctx: Any) -> list[Any]:
            return search(session=ctx.session, text=text, limit=limit, lang=lang)

        def done(hits: list[Any]) -> None:
            if generation == self._generation:
                self.show_hits(hits)

        def failed(exc: BaseException) -> None:
            self.summary.setText(fmt.fill(self.tr("The search failed: %1"), describe(exc)))

        self.context.run_op(self, op, done, failed)

    def show_hits(self, hits: list[Any]) -> None:
        self.hits = hits
        self.results.clear()
        if not hits:
            self.summary.setText(fmt.fill(self.tr("Nothing matches “%1”. Try fewer or shorter words; spelling "
                                                  "variants of Arabic letters (أ/ا, ة/ه, ى/ي) are found anyway."),
                                          self.query))
            return
        self.summary.setText(fmt.fill(self.tr("%n result(s) for “%1”. Press Enter or double-click to open one.", "",
                                              len(hits)), self.query))
        for hit in hits:
            kind = table_label(KIND_TABLES.get(hit.kind, hit.kind))
            item = QListWidgetItem(f"[{kind}] {hit.title}\n{hit.snippet}".rstrip())
            item.setData(HitRole, (hit.kind, hit.id))
            item.setToolTip(hit.snippet)
            self.results.addItem(item)
        self.results.setCurrentRow(0)

    def on_results_item_activated(self, item: QListWidgetItem) -> None:
        data = item.data(HitRole)
        if data:
            self.context.open_record(*data)


PAGE = PageSpec(key="search", title=QT_TRANSLATE_NOOP("Pages", "Search"), factory=SearchPage, order=None)
