"""The shared frame of the list pages: filters above, the lazily fetched table, a count and an
explanation when the list is empty, buttons to add, edit and delete."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...changes import Changes
from ..context import AppContext
from ..editing import create_record, delete_records, edit_record
from ..models.lazy import RecordTableModel
from ..widgets.delegates import BidiDelegate

REFRESH_IN_PLACE = 200  # changed rows refreshed where they are; more than this: the list re-queries


class RecordTableView(QTableView):
    """A table for RecordTableModel: whole-row selection, uniform row heights (fast scrolling on
    a million rows), SQL sorting from the header, bidi-aware cells."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSortingEnabled(False)  # the model sorts in SQL when the header is clicked
        self.setItemDelegate(BidiDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.horizontalHeader()
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        hh.setHighlightSections(False)
        hh.setStretchLastSection(True)
        hh.sectionClicked.connect(self._on_header_clicked)

    def setModel(self, model: Any) -> None:  # noqa: N802
        super().setModel(model)
        if isinstance(model, RecordTableModel):
            self._apply_widths(model)
            self._show_sort(model)
            model.modelReset.connect(lambda: self._show_sort(model))

    def _apply_widths(self, model: RecordTableModel) -> None:
        avg = self.fontMetrics().averageCharWidth()
        for i, col in enumerate(model.columns):
            title = QCoreApplication.translate("Columns", col.title)
            width = max((col.width or 12) * avg, self.fontMetrics().horizontalAdvance(title) + 36)
            self.setColumnWidth(i, width)

    def _show_sort(self, model: RecordTableModel) -> None:
        col = model.sort_column()
        order = Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
        self.horizontalHeader().setSortIndicator(col, order)

    def _on_header_clicked(self, section: int) -> None:
        model = self.model()
        if not isinstance(model, RecordTableModel) or model.columns[section].sort_key is None:
            self._show_sort(model) if isinstance(model, RecordTableModel) else None
            return
        if model.sort_column() == section:
            order = Qt.SortOrder.AscendingOrder if model.descending else Qt.SortOrder.DescendingOrder
        else:
            order = Qt.SortOrder.AscendingOrder
        model.sort(section, order)

    def selected_ids(self) -> list[uuid.UUID]:
        model = self.model()
        if not isinstance(model, RecordTableModel):
            return []
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [rid for r in rows if (rid := model.record_id(r)) is not None]

    def current_id(self) -> uuid.UUID | None:
        model = self.model()
        idx = self.currentIndex()
        if not isinstance(model, RecordTableModel) or not idx.isValid():
            ids = self.selected_ids()
            return ids[0] if ids else None
        return model.record_id(idx.row())

    def select_id(self, record_id: uuid.UUID) -> bool:
        model = self.model()
        if not isinstance(model, RecordTableModel):
            return False
        row = model.row_of(record_id)
        if row is None:
            return False
        idx = model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(idx)
        return True


class ListPage(QWidget):
    """Subclasses set `kind`, build `self.model` and call `_build(filters_widget)`; they
    implement `current_filters()`, `empty_text()` and the add/edit/delete actions."""

    kind = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model: RecordTableModel
        self.table = RecordTableView(self)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self.apply_filters)
        self._pending_select: uuid.UUID | None = None
        context.bus.sig_changed.connect(self.on_bus_changed)

    # -- building ------------------------------------------------------------------------------

    def _build(self, filters: QWidget | None, buttons: list[tuple[str, Callable[[], None], str | None]]) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        if filters is not None:
            layout.addWidget(filters)
        self._stack_host = QWidget(self)
        self._stack = QStackedLayout(self._stack_host)
        self._stack.addWidget(self.table)
        self.empty_label = QLabel(self._stack_host)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.setOpenExternalLinks(False)
        self.empty_label.linkActivated.connect(self.on_empty_link)
        self.empty_label.setObjectName("empty_state")
        self._stack.addWidget(self.empty_label)
        layout.addWidget(self._stack_host, 1)
        bottom = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        bottom.addWidget(self.count_label, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, handler, shortcut in buttons:
            button = QPushButton(self)
            button.setObjectName(f"button_{key}")
            button.clicked.connect(handler)
            if shortcut:
                QShortcut(QKeySequence(shortcut), self, handler,
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.buttons[key] = button
            bottom.addWidget(button)
        layout.addLayout(bottom)
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.sig_loaded.connect(self._on_loaded)
        self.model.sig_loading.connect(self._on_loading)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts of the frame (subclasses extend it for their own)."""
        texts = {"new": self.tr("&New…"), "edit": self.tr("&Edit…"), "delete": self.tr("&Delete…"), "open": self.tr("&Open")}
        for key, button in self.buttons.items():
            if key in texts:
                button.setText(texts[key])
        self._update_count()

    # -- the query -----------------------------------------------------------------------------

    def current_filters(self) -> Any:
        raise NotImplementedError

    def filters_active(self) -> bool:
        f = self.current_filters()
        return f != type(f)()

    def schedule_filters(self, *_: Any) -> None:
        self._filter_timer.start()

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        self.model.set_query(self.current_filters())

    def activate(self, arg: Any = None) -> None:
        """Shown by the window: the first time, run the query."""
        if self.model.filters is None and not self.model.loading:
            self.apply_filters()

    def _on_loading(self, loading: bool) -> None:
        if loading:
            self.count_label.setText(self.tr("Loading…"))

    def _on_loaded(self, count: int) -> None:
        self._update_count()
        if count == 0:
            self.empty_label.setText(self.empty_text())
            self._stack.setCurrentWidget(self.empty_label)
        else:
            self._stack.setCurrentWidget(self.table)
        if self._pending_select is not None:
            self.table.select_id(self._pending_select)
            self._pending_select = None
        self._update_buttons()

    def _update_count(self) -> None:
        if getattr(self, "count_label", None) is None or (self.model.loading and not self.model.rowCount()):
            return
        self.count_label.setText(self.count_text(self.model.rowCount()))

    def count_text(self, n: int) -> str:
        return self.tr("%n record(s)", "", n)

    def empty_text(self) -> str:
        return self.tr("Nothing here yet.")

    def on_empty_link(self, link: str) -> None:
        if link == "clear":
            self.clear_filters()
        elif link == "new":
            self.new_record()

    def clear_filters(self) -> None:
        pass

    def _update_buttons(self) -> None:
        has = bool(self.table.selected_ids())
        for key in ("edit", "delete", "open"):
            if key in self.buttons:
                self.buttons[key].setEnabled(has)

    # -- records -------------------------------------------------------------------------------

    def new_record(self) -> None:
        create_record(self.context, self, self.kind)

    def edit_selected(self) -> None:
        rid = self.table.current_id()
        if rid is not None:
            edit_record(self.context, self, self.kind, rid)

    def delete_selected(self) -> None:
        ids = self.table.selected_ids()
        if ids:
            delete_records(self.context, self, self.kind, ids)

    def open_selected(self) -> None:
        self.edit_selected()

    def on_table_double_clicked(self, index: QModelIndex) -> None:
        self.open_selected()

    def on_bus_changed(self, changes: Changes) -> None:
        if not changes.touches(self.kind, *self.depends_on()):
            return
        if self.model.filters is None:
            return  # not shown yet; it will load when activated
        ids = changes.ids(self.kind)
        # Many ids (a cascading delete, its undo): one query again is cheaper than finding each
        # row among a million in the UI thread.
        if ids is None or len(ids) > REFRESH_IN_PLACE or changes.touches(*self.depends_on()):
            self.model.reload()
        else:
            known = [i for i in ids if self.model.row_of(i) is not None]
            if len(known) < len(ids):
                self._pending_select = ids[0] if len(ids) == 1 else None
                self.model.reload()
            else:
                self.model.refresh_ids(known)

    def depends_on(self) -> tuple[str, ...]:
        """Other kinds of records whose changes alter what this list shows."""
        return ()
