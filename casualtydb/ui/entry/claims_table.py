"""The claims table of the entry page: one row per claim of the draft (ClaimsTableModel), edited
in place with combo boxes and number fields; Space confirms the current claim, Delete asks for the
selected ones to be removed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...models import Category, VictimGroup
from ...services.entry_presenter import is_doubtful
from ..labels import choices
from .claims_model import COL_CATEGORY, COL_CONFIRM, COL_GROUP, COL_INCIDENT, COL_MAX, COL_MIN, COL_WORDS, ClaimsTableModel
from .delegates import ChoiceDelegate, NumberDelegate


class ClaimsTable(QTableView):
    """`incident_choices(row)` gives the (text, link) pairs offered in the claim's incident cell."""

    sig_remove_requested = Signal()
    """Delete was pressed (not while editing a cell)."""

    def __init__(self, model: ClaimsTableModel, incident_choices: Callable[[int], list[tuple[str, Any]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claims_table")
        self.setModel(model)
        self.claims_model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_INCIDENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_WORDS, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(36)
        # The quoted words can be long, so their column is not sized to its contents; but its
        # title must show whole, in either language.
        model.headerDataChanged.connect(self._fit_words_title)
        self._fit_words_title()
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegateForColumn(COL_CATEGORY, ChoiceDelegate(
            lambda _i: [(label, v.value) for label, v in choices(Category)], self))
        self.setItemDelegateForColumn(COL_GROUP, ChoiceDelegate(
            lambda _i: [(label, v.value) for label, v in choices(VictimGroup)], self))
        self.setItemDelegateForColumn(COL_INCIDENT, ChoiceDelegate(lambda i: incident_choices(i.row()), self))
        self.setItemDelegateForColumn(COL_MIN, NumberDelegate(self))
        self.setItemDelegateForColumn(COL_MAX, NumberDelegate(self))
        self.folded = True
        model.modelReset.connect(self._apply_fold)
        model.dataChanged.connect(lambda *_: self._apply_fold())

    def fold_doubtful(self, folded: bool) -> int:
        """Hide (or show) the rows of doubtful suggestions; returns how many there are. Rows keep
        their numbers (the view hides them), so every row index still names the draft's claim."""
        self.folded = folded
        return self._apply_fold()

    def _apply_fold(self) -> int:
        claims = self.claims_model.claims
        doubtful = [is_doubtful(c) for c in claims]
        for row, d in enumerate(doubtful):
            self.setRowHidden(row, self.folded and d)
        return sum(doubtful)

    def _fit_words_title(self, *_: object) -> None:
        header = self.horizontalHeader()
        header.resizeSection(COL_WORDS, max(header.sectionSize(COL_WORDS), header.sectionSizeHint(COL_WORDS)))

    def current_row(self) -> int | None:
        index = self.currentIndex()
        return index.row() if index.isValid() and index.row() < self.claims_model.rowCount() else None

    def selected_rows(self) -> list[int]:
        """The selected claims, else the current one."""
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        current = self.current_row()
        return rows or ([current] if current is not None else [])

    def select_row(self, row: int, column: int = COL_CONFIRM) -> None:
        index = self.claims_model.index(row, column)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def edit_figure(self, row: int) -> None:
        """Select the claim and start editing its figure."""
        self.select_row(row, COL_MIN)
        self.setFocus()
        self.edit(self.claims_model.index(row, COL_MIN))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Delete:
                self.sig_remove_requested.emit()
                return
            row = self.current_row()
            if event.key() == Qt.Key.Key_Space and row is not None:
                index = self.claims_model.index(row, COL_CONFIRM)
                confirmed = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                self.claims_model.setData(index, not confirmed, Qt.ItemDataRole.CheckStateRole)
                return
        super().keyPressEvent(event)
