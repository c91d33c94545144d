"""The editable table of a draft's claims: confirm, category, group, min, max, approximate,
incident, and the words the figure was read from."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ...models import Category, VictimGroup
from ...services.entry_presenter import confirm_all, edit_claim, link_of, remove_claims
from ...services.report_entry import ClaimDraft
from ..format import fill, number
from ..labels import enum_label
from ..widgets.number_edit import parse_number

COL_CONFIRM, COL_CATEGORY, COL_GROUP, COL_MIN, COL_MAX, COL_APPROX, COL_INCIDENT, COL_WORDS = range(8)
COLUMNS = 8

Index = QModelIndex | QPersistentModelIndex
ChoiceRole = Qt.ItemDataRole.UserRole + 1
"""The stored value of a choice column (category, group, incident link)."""

CONFIRMED_BACKGROUND = QColor("#e3f2e1")


def _category_label(value: str) -> str:
    if value == "casualties":
        # Killed and injured together («9 قتلى وجرحى»): a suggestion the person records as killed
        # or injured figures; not a stored category.
        return QCoreApplication.translate("ClaimsTable", "killed or injured (choose)")
    try:
        return enum_label(Category(value))
    except ValueError:
        return value


def _group_label(value: str) -> str:
    try:
        return enum_label(VictimGroup(value))
    except ValueError:
        return value


class ClaimsTableModel(QAbstractTableModel):
    """Rows are the draft's ClaimDraft objects, edited in place through the presenter's rules
    (services.entry_presenter.edit_claim: any change other than confirming turns a suggestion into
    the person's own claim, which a new reading of the text keeps). `incident_label(claim)` names
    the claim's incident."""

    sig_claims_changed = Signal()
    """A claim was edited, added, removed or (un)confirmed."""

    def __init__(self, incident_label: Callable[[ClaimDraft], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claims: list[ClaimDraft] = []
        self.incident_label = incident_label

    # -- structure -----------------------------------------------------------------------------

    def set_claims(self, claims: list[ClaimDraft]) -> None:
        self.beginResetModel()
        self.claims = claims
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.claims)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return number(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("OK"), self.tr("Category"), self.tr("Victims"), self.tr("Min"), self.tr("Max"),
                    self.tr("About"), self.tr("Incident"), self.tr("Words in the report"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("Confirmed: only confirmed claims are saved (Space toggles)"), None, None,
                    self.tr("The figure, or the lower bound (“at least”)"),
                    self.tr("The upper bound; empty when the report gives none (“at least”, “more than”)"),
                    self.tr("The report says “about”, “nearly”"),
                    self.tr("The incident the claim is about: a new one, or one already recorded"),
                    None)[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = index.column()
        if col in (COL_CONFIRM, COL_APPROX):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if col == COL_WORDS:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    # -- reading -------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.claims):
            return None
        c = self.claims[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole:
            if col == COL_CONFIRM:
                return Qt.CheckState.Checked if c.confirmed else Qt.CheckState.Unchecked
            if col == COL_APPROX:
                return Qt.CheckState.Checked if c.approximate else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_CATEGORY:
                return _category_label(c.category) if role == Qt.ItemDataRole.DisplayRole else c.category
            if col == COL_GROUP:
                return _group_label(c.group) if role == Qt.ItemDataRole.DisplayRole else c.group
            if col in (COL_MIN, COL_MAX):
                value = c.min if col == COL_MIN else c.max
                if value is None:
                    return ""
                return number(value) if role == Qt.ItemDataRole.DisplayRole and isinstance(value, int) else str(value)
            if col == COL_INCIDENT:
                return self.incident_label(c)
            if col == COL_WORDS:
                words = c.text or c.vague or ""
                if c.part_of is not None and role == Qt.ItemDataRole.DisplayRole:
                    part = fill(self.tr("part of claim %1"), number(c.part_of + 1))
                    return f"{words} ({part})"
                return words
            return None
        if role == ChoiceRole:
            return {COL_CATEGORY: c.category, COL_GROUP: c.group, COL_INCIDENT: link_of(c)}.get(col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_MIN, COL_MAX):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and c.confirmed:
            return CONFIRMED_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.quote or None
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_CONFIRM:
            return self.tr("confirmed") if c.confirmed else self.tr("not confirmed")
        return None

    # -- editing -------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not 0 <= index.row() < len(self.claims):
            return False
        c = self.claims[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            if col == COL_CONFIRM:
                edit_claim(c, "confirmed", on)
            elif col == COL_APPROX:
                edit_claim(c, "approximate", on)
            else:
                return False
        elif role in (Qt.ItemDataRole.EditRole, ChoiceRole):
            if col == COL_CATEGORY:
                edit_claim(c, "category", value)
            elif col == COL_GROUP:
                edit_claim(c, "group", value)
            elif col in (COL_MIN, COL_MAX):
                text = "" if value is None else str(value)
                try:
                    number = parse_number(text)
                except ValueError:
                    number = text  # kept as typed; saving names the field
                edit_claim(c, "min" if col == COL_MIN else "max", number)
            elif col == COL_INCIDENT:
                edit_claim(c, "incident", value)  # the person's choice: default links leave it alone
            else:
                return False
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COLUMNS - 1))
        self.sig_claims_changed.emit()
        return True

    def add_claim(self, claim: ClaimDraft) -> int:
        row = len(self.claims)
        self.beginInsertRows(QModelIndex(), row, row)
        self.claims.append(claim)
        self.endInsertRows()
        self.sig_claims_changed.emit()
        return row

    def remove_claims(self, rows: list[int]) -> None:
        """Remove rows; breakdowns of a removed claim stand alone, later indexes follow."""
        if not any(0 <= r < len(self.claims) for r in rows):
            return
        self.beginResetModel()
        remove_claims(self.claims, rows)
        self.endResetModel()
        self.sig_claims_changed.emit()

    def set_all_confirmed(self, on: bool = True, *, skip: Callable[[ClaimDraft], bool] | None = None) -> None:
        """Confirm (or not) every claim; `skip` leaves some alone (the folded doubtful ones)."""
        confirm_all([c for c in self.claims if skip is None or not skip(c)], on)
        if self.claims:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.claims) - 1, COLUMNS - 1))
        self.sig_claims_changed.emit()

    def rows_changed(self, rows: list[int]) -> None:
        """The presenter changed the claims at `rows` (linked them to another incident…)."""
        for row in rows:
            if 0 <= row < len(self.claims):
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
        if rows:
            self.sig_claims_changed.emit()

    def refresh_incident_labels(self) -> None:
        if self.claims:
            self.dataChanged.emit(self.index(0, COL_INCIDENT), self.index(len(self.claims) - 1, COL_INCIDENT))
