"""The named victims the engine found in the report's text, under the claims: each to confirm
(saved as a mention with its own person) or leave (not saved), with what the text says of them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ...services.report_entry import VictimDraft
from ..format import fill, number
from .claims_model import CONFIRMED_BACKGROUND

COL_CONFIRM, COL_NAME, COL_FATE, COL_SEX, COL_AGE, COL_STATUS = range(6)
COLUMNS = 6
CTX = "VictimsList"
Index = QModelIndex | QPersistentModelIndex

# The words of casualtydb.models.person's vocabularies as this list shows them.
WORDS = {
    "killed": QT_TRANSLATE_NOOP("VictimsList", "killed"), "injured": QT_TRANSLATE_NOOP("VictimsList", "injured"),
    "missing": QT_TRANSLATE_NOOP("VictimsList", "missing"), "detained": QT_TRANSLATE_NOOP("VictimsList", "detained"),
    "male": QT_TRANSLATE_NOOP("VictimsList", "male"), "female": QT_TRANSLATE_NOOP("VictimsList", "female"),
    "civilian": QT_TRANSLATE_NOOP("VictimsList", "civilian"), "combatant": QT_TRANSLATE_NOOP("VictimsList", "combatant"),
    "unknown": QT_TRANSLATE_NOOP("VictimsList", "unknown"), "child": QT_TRANSLATE_NOOP("VictimsList", "child"),
    "adult": QT_TRANSLATE_NOOP("VictimsList", "adult"),
}
RELATIONS = {
    "son": QT_TRANSLATE_NOOP("VictimsList", "son"), "daughter": QT_TRANSLATE_NOOP("VictimsList", "daughter"),
    "brother": QT_TRANSLATE_NOOP("VictimsList", "brother"), "sister": QT_TRANSLATE_NOOP("VictimsList", "sister"),
    "father": QT_TRANSLATE_NOOP("VictimsList", "father"), "mother": QT_TRANSLATE_NOOP("VictimsList", "mother"),
    "wife": QT_TRANSLATE_NOOP("VictimsList", "wife"), "husband": QT_TRANSLATE_NOOP("VictimsList", "husband"),
    "grandson": QT_TRANSLATE_NOOP("VictimsList", "grandson"),
    "granddaughter": QT_TRANSLATE_NOOP("VictimsList", "granddaughter"),
    "uncle": QT_TRANSLATE_NOOP("VictimsList", "uncle"), "cousin": QT_TRANSLATE_NOOP("VictimsList", "cousin"),
    "child": QT_TRANSLATE_NOOP("VictimsList", "child"), "nephew": QT_TRANSLATE_NOOP("VictimsList", "nephew"),
    "niece": QT_TRANSLATE_NOOP("VictimsList", "niece"),
}


def word(value: str | None) -> str:
    return QCoreApplication.translate(CTX, WORDS[value]) if value in WORDS else (value or "")


def victim_label(victims: list[VictimDraft], row: int) -> str:
    """The name as written; a relative without one as "wife of <name>"."""
    v = victims[row]
    if v.name:
        return v.name
    relation = QCoreApplication.translate(CTX, RELATIONS[v.relation]) if v.relation in RELATIONS else (v.relation or "")
    anchor = victims[v.relative_of] if v.relative_of is not None and 0 <= v.relative_of < len(victims) else None
    if anchor is not None and anchor.name:
        return fill(QCoreApplication.translate("VictimsList", "%1 of %2 (no name given)"), relation, anchor.name)
    return fill(QCoreApplication.translate("VictimsList", "%1 (no name given)"), relation)


class VictimsModel(QAbstractTableModel):
    """Rows are the draft's VictimDraft objects; only the confirmation is edited here."""

    sig_victims_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.victims: list[VictimDraft] = []

    def set_victims(self, victims: list[VictimDraft]) -> None:
        self.beginResetModel()
        self.victims = victims
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.victims)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return number(section + 1)
        return (self.tr("OK"), self.tr("Name as written"), self.tr("What happened"), self.tr("Sex"), self.tr("Age"),
                self.tr("Status"))[section] if 0 <= section < COLUMNS else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == COL_CONFIRM else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.victims):
            return None
        v, col = self.victims[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_CONFIRM:
            return Qt.CheckState.Checked if v.confirmed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and v.confirmed:
            return CONFIRMED_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_CONFIRM:
            return self.tr("Confirmed: saved as a person named by this report") if v.confirmed else \
                self.tr("Not confirmed: not saved")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == COL_NAME:
            return victim_label(self.victims, index.row())
        if col == COL_FATE:
            return word(v.fate)
        if col == COL_SEX:
            return word(v.sex)
        if col == COL_AGE:
            if v.age is not None:
                return number(v.age)
            return word(v.age_group)
        if col == COL_STATUS:
            return word(v.status) if v.status != "unknown" else ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != COL_CONFIRM or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.set_confirmed([index.row()], checked)
        return True

    def set_confirmed(self, rows: list[int], confirmed: bool) -> None:
        rows = [r for r in rows if 0 <= r < len(self.victims)]
        for r in rows:
            self.victims[r].confirmed = confirmed
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), COLUMNS - 1))
            self.sig_victims_changed.emit()


class VictimsPanel(QWidget):
    """The label, "Confirm all names", and the table; hidden while the text names nobody."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("victims_panel")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.label = QLabel(self)
        row.addWidget(self.label)
        row.addStretch(1)
        self.confirm_all_button = QPushButton(self)
        self.confirm_all_button.setObjectName("confirm_all_victims")
        row.addWidget(self.confirm_all_button)
        lay.addLayout(row)
        self.model = VictimsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("victims_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(28)  # the style's default minimum is wider than a check box
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        # The check box's column is as wide as its header word, not as the header's default.
        header.setSectionResizeMode(COL_CONFIRM, QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.label.setBuddy(self.table)
        lay.addWidget(self.table, 1)
        self.confirm_all_button.clicked.connect(
            lambda: self.model.set_confirmed(list(range(len(self.model.victims))), True))
        self.retranslate()
        self.setVisible(False)

    def set_victims(self, victims: list[VictimDraft]) -> None:
        self.model.set_victims(victims)
        self.setVisible(bool(victims))
        self.retranslate()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, COL_NAME))

    def retranslate(self) -> None:
        n = len(self.model.victims)
        self.label.setText(fill(self.tr("&Named in the text: %1 (only confirmed ones are saved)"), number(n)))
        self.confirm_all_button.setText(self.tr("Confirm all names"))
        self.confirm_all_button.setToolTip(self.tr("Save every person listed as named by this report"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        header = self.table.horizontalHeader()
        header.resizeSection(COL_CONFIRM, max(32, header.fontMetrics().horizontalAdvance(
            str(self.model.headerData(COL_CONFIRM, Qt.Orientation.Horizontal))) + 16))
