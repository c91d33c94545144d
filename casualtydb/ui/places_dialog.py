"""Export / Import › the places of a file the gazetteer does not settle, in one list before the
import writes anything: each once, with the rows naming it, the places it may be (suggested by
`io/place_match.py`), and "create it under <admin unit>". The import runs with the choices
(`loader.import_events(settled=…)`) only when every place is settled."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..io.formats.loader import PlaceQuestion
from ..io.gazetteer import PlaceInfo
from ..io.place_match import CREATE
from .format import fill, isolate, number, separator
from .models.rows import ListTableModel
from .widgets.delegates import BidiDelegate

Decision = uuid.UUID | str | None  # a place id, CREATE, or not settled yet


def place_text(place: PlaceInfo, lang: str) -> str:
    """A gazetteer place with the admin units above it, in the interface language."""
    names = [place.label(lang)] + [a.label(lang) for a in reversed(place.admin) if a is not None and a.id != place.id]
    return separator().join(dict.fromkeys(names))


def rows_text(rows: list[int]) -> str:
    shown = [number(r) for r in rows[:6]]
    return separator().join(shown) + ("…" if len(rows) > 6 else "") if shown else "—"


class PlacesModel(ListTableModel):
    """The unsettled places: as written, rows, why not, and how each is settled."""

    CONTEXT = "PlacesDialog"
    COL_PLACE, COL_ROWS, COL_WHY, COL_SETTLED = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("PlacesDialog", "Place in the file"), QT_TRANSLATE_NOOP("PlacesDialog", "Rows"),
               QT_TRANSLATE_NOOP("PlacesDialog", "Why it is not settled"),
               QT_TRANSLATE_NOOP("PlacesDialog", "Settled as"))

    def __init__(self, parent: Any = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang
        self.decisions: list[Decision] = []

    def set_questions(self, questions: list[PlaceQuestion]) -> None:
        self.decisions = [None] * len(questions)
        self.set_rows(questions)

    def decide(self, row: int, decision: Decision) -> None:
        self.decisions[row] = decision
        self.dataChanged.emit(self.index(row, self.COL_SETTLED), self.index(row, self.COL_SETTLED))

    def decision_text(self, q: PlaceQuestion, decision: Decision) -> str:
        if decision is None:
            return QCoreApplication.translate("PlacesDialog", "not settled")
        if decision == CREATE:
            return fill(QCoreApplication.translate("PlacesDialog", "new place under %1"), place_text(q.parent, self.lang)) if q.parent else ""
        place = next((p for p in q.suggestions if p.id == decision), None)
        return fill(QCoreApplication.translate("PlacesDialog", "the same as %1"), place_text(place, self.lang)) if place else str(decision)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        q: PlaceQuestion = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.COL_PLACE:
                return q.written
            if col == self.COL_ROWS:
                return rows_text(q.rows)
            if col == self.COL_WHY:
                return why_text(q)
            return self.decision_text(q, self.decisions[index.row()])
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_SETTLED and self.decisions[index.row()] is None:
            return QColor("#a61b1b")
        return None


def why_text(q: PlaceQuestion) -> str:
    """place_match's reasons in the interface language (the common ones; others as they are)."""
    reason = q.reason.removesuffix(" in the gazetteer")
    if reason.startswith("no such place in "):
        return fill(QCoreApplication.translate("PlacesDialog", "no place of that name in %1"), isolate(reason[len("no such place in "):]))
    if reason == "no such place":
        return QCoreApplication.translate("PlacesDialog", "no place of that name in the gazetteer")
    if " names " in reason and reason.endswith(" places"):
        return fill(QCoreApplication.translate("PlacesDialog", "the name fits %1 places"), number(len(q.suggestions)))
    if reason.startswith("no governorate"):
        return QCoreApplication.translate("PlacesDialog", "its governorate is not in the gazetteer")
    return reason


class PlacesDialog(QDialog):
    """Settle every place, then Import; `settled()` is what the import takes."""

    def __init__(self, questions: list[PlaceQuestion], lang: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("places_dialog")
        self.lang = lang
        self.file_name = file_name
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.places = PlacesModel(self, lang)
        self.places.set_questions(questions)
        self.view = QTableView(self)
        self.view.setModel(self.places)
        self.view.setItemDelegate(BidiDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.resizeSection(PlacesModel.COL_PLACE, 380)
        header.resizeSection(PlacesModel.COL_ROWS, 70)
        header.resizeSection(PlacesModel.COL_WHY, 330)
        header.setSectionResizeMode(PlacesModel.COL_SETTLED, QHeaderView.ResizeMode.Stretch)
        self.choice_label = QLabel(self)
        self.choice = QComboBox(self)
        self.choice.setObjectName("place_choice")
        self.choice.setMinimumWidth(420)
        self.choice_label.setBuddy(self.choice)
        self.create_all = QPushButton(self)
        self.create_all.setObjectName("create_all")
        self.status = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.choice_label)
        row.addWidget(self.choice, 1)
        row.addWidget(self.create_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._fill_choices())
        self.choice.activated.connect(self.on_choice_activated)
        self.create_all.clicked.connect(self.on_create_all_clicked)
        self.retranslate()
        if questions:
            self.select(0)
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Places to settle before importing %1"), isolate(self.file_name)))
        self.intro.setText(self.tr(
            "The gazetteer does not settle these places. Each is listed once, with every row naming it. Choose "
            "the place it is, or add it as a new place under the admin unit its rows name. Nothing has been "
            "written: the import runs when every place is settled."))
        self.choice_label.setText(self.tr("The &selected place is:"))
        self.create_all.setText(self.tr("Add every place &not settled as new"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))

    def select(self, row: int) -> None:
        """Make `row` the place the choices below are for (QTableView.selectRow leaves the current
        index unset before the view has had focus)."""
        self.view.setCurrentIndex(self.places.index(row, 0))

    def _current(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _fill_choices(self) -> None:
        row = self._current()
        self.choice.clear()
        if row < 0:
            return
        q: PlaceQuestion = self.places.rows[row]
        self.choice.addItem(self.tr("not settled (the import waits)"), None)
        for p in q.suggestions:
            self.choice.addItem(fill(self.tr("the same as %1"), place_text(p, self.lang)), p.id)
        if q.parent is not None:
            self.choice.addItem(fill(self.tr("a new place under %1"), place_text(q.parent, self.lang)), CREATE)
        decision = self.places.decisions[row]
        self.choice.setCurrentIndex(max(0, self.choice.findData(decision)) if decision is not None else 0)

    def on_choice_activated(self, _: int) -> None:
        row = self._current()
        if row >= 0:
            self.places.decide(row, self.choice.currentData())
            self._update()

    def on_create_all_clicked(self) -> None:
        for row, q in enumerate(self.places.rows):
            if self.places.decisions[row] is None and q.parent is not None:
                self.places.decide(row, CREATE)
        self._fill_choices()
        self._update()

    def _update(self) -> None:
        left = sum(1 for d in self.places.decisions if d is None)
        self.status.setText(fill(self.tr("Places: %1, not settled yet: %2."), number(len(self.places.rows)),
                                 number(left)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(left == 0)

    def settled(self) -> dict[tuple[str | None, ...], Any]:
        return {q.key: d for q, d in zip(self.places.rows, self.places.decisions, strict=True) if d is not None}
