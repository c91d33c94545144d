"""The Conflicts page's two tables: the list of conflicts (keys in SQL order, rows read a page at
a time in a worker) and one conflict's claims side by side; and the texts both show."""

from __future__ import annotations

import logging
import uuid
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from ...crossref.conflicts import ClaimView, ConflictGroup, ConflictSummary, conflict_summaries
from ...crossref.derive import OPEN_STATUSES
from ...models import Category, ConflictStatus, Reliability, VictimGroup
from .. import format as fmt
from ..context import AppContext
from ..labels import credibility_label, enum_label
from ..pages._timeline import as_datetime, colours_for

GroupKey = tuple[uuid.UUID, Category, VictimGroup]
KeyRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
CTX = "ConflictsPage"

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    """A string marked elsewhere with QT_TRANSLATE_NOOP("ConflictsPage", …), translated now."""
    return QCoreApplication.translate(CTX, text)


def group_label(category: Category, group: VictimGroup) -> str:
    return fmt.fill(QCoreApplication.translate("ConflictsPage", "%1 · %2"), enum_label(category), enum_label(group))


def derived_text(low: int | None, best: int | None, high: int | None) -> str:
    if low is None:
        return "—"
    span = fmt.figure_range(low, high)
    if best is None or (high is not None and low == best == high):
        return span
    return fmt.fill(QCoreApplication.translate("ConflictsPage", "%1 (best %2)"), span, fmt.number(best))


def independence_text(claim: ClaimView, names: dict[uuid.UUID, str]) -> str:
    ind = claim.independence
    if ind is None:
        return QCoreApplication.translate("ConflictsPage", "earlier figure (revised)")
    if ind.label == "relay":
        return fmt.fill(QCoreApplication.translate("ConflictsPage", "relays %1: not independent"),
                        names.get(ind.counted_as, "?"))
    if ind.label == "same source":
        return fmt.fill(QCoreApplication.translate("ConflictsPage", "same source as %1: counted once"),
                        names.get(ind.counted_as, "?"))
    if ind.label == "near copy":
        return fmt.fill(QCoreApplication.translate(
            "ConflictsPage", "probably not independent: %1 % of the text copies %2"),
            fmt.number(round((ind.similarity or 0) * 100)),
            names.get(ind.near_copy_of, "?") if ind.near_copy_of else "?")
    return QCoreApplication.translate("ConflictsPage", "independent")


def grade_reason_text(reason: Any, lang: str) -> str:
    """A reason of the grade suggestion (casualtydb.crossref.grading) in the interface language,
    with the names of sources and parties in it too."""
    code = reason.code
    params = dict(reason.params)
    if lang != "en":
        for key in ("actor", "actors", "source", "original"):
            if params.get(f"{key}_ar"):
                params[key] = params[f"{key}_ar"]
    names = fmt.join(params.get("actors", []))
    if code == "claimed":
        return fmt.fill(QCoreApplication.translate("ConflictsPage", "%1 accepted responsibility"),
                        params.get("actor", ""))
    if code == "claimed_several":
        return fmt.fill(QCoreApplication.translate("ConflictsPage", "several parties claimed responsibility: %1"),
                        names)
    if code == "denied":
        return fmt.fill(QCoreApplication.translate("ConflictsPage", "%1 denied responsibility"), names)
    if code == "competing_allegations":
        return fmt.fill(QCoreApplication.translate("ConflictsPage", "reports blame different parties: %1"), names)
    if code == "victim_status":
        return QCoreApplication.translate("ConflictsPage", "reports disagree on who the victims were")
    if code == "near_copy":
        return fmt.fill(QCoreApplication.translate("ConflictsPage", "%1 nearly copies %2: probably not independent"),
                        params.get("source", ""), params.get("original", ""))
    if code == "relay":
        return fmt.fill(QCoreApplication.translate("ConflictsPage", "%1 relays another report"),
                        params.get("source", ""))
    if code == "single_source":
        return (QCoreApplication.translate("ConflictsPage", "a single credible independent source")
                if params.get("count") == 1
                else QCoreApplication.translate("ConflictsPage", "no credible independent source"))
    if code == "no_claims":
        return QCoreApplication.translate("ConflictsPage", "no claims yet")
    return reason.text


# ---------------------------------------------------------------------------------------------
# The list


class ConflictListModel(QAbstractTableModel):
    """Keys in SQL order (worst first); display rows fetched for ~100 keys at a time when painted."""

    COL_SEVERITY, COL_STATUS, COL_DATE, COL_PLACE, COL_WHAT, COL_CLAIMED, COL_DERIVED, COL_SOURCES = range(8)
    HEADERS = (QT_TRANSLATE_NOOP("ConflictsPage", "Gap"), QT_TRANSLATE_NOOP("ConflictsPage", "Status"),
               QT_TRANSLATE_NOOP("ConflictsPage", "Date"), QT_TRANSLATE_NOOP("ConflictsPage", "Place"),
               QT_TRANSLATE_NOOP("ConflictsPage", "Figure"), QT_TRANSLATE_NOOP("ConflictsPage", "Claimed"),
               QT_TRANSLATE_NOOP("ConflictsPage", "Derived"), QT_TRANSLATE_NOOP("ConflictsPage", "Sources"))
    PAGE = 100
    CACHE = 3000

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.keys: list[GroupKey] = []
        self._rows: OrderedDict[GroupKey, ConflictSummary] = OrderedDict()
        self._pending: set[GroupKey] = set()
        self._generation = 0

    def set_keys(self, keys: list[GroupKey]) -> None:
        self.beginResetModel()
        self.keys = list(keys)
        self._rows.clear()
        self._generation += 1
        self.endResetModel()

    def row_of(self, key: GroupKey) -> int:
        try:
            return self.keys.index(key)
        except ValueError:
            return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and section == self.COL_SEVERITY:
            return QCoreApplication.translate("ConflictsPage", "How far apart the claims are: (highest minimum − lowest maximum) / highest minimum")
        return None

    def summary(self, row: int) -> ConflictSummary | None:
        """The row's summary; None while its page is read in the background (the cells fill
        when it arrives)."""
        key = self.keys[row]
        found = self._rows.get(key)
        if found is not None:
            self._rows.move_to_end(key)
            return found
        if key not in self._pending:
            self._fetch(row)
        return None

    def _fetch(self, row: int) -> None:
        start = max(0, row - self.PAGE // 4)
        page = [k for k in self.keys[start:start + self.PAGE] if k not in self._rows and k not in self._pending]
        self._pending.update(page)
        generation = self._generation

        def done(found: dict[GroupKey, ConflictSummary]) -> None:
            self._pending.difference_update(page)
            if generation != self._generation:
                return
            self._rows.update(found)
            while len(self._rows) > self.CACHE:
                self._rows.popitem(last=False)
            last = min(start + self.PAGE, len(self.keys)) - 1
            if page and last >= start:
                self.dataChanged.emit(self.index(start, 0), self.index(last, self.columnCount() - 1))

        def failed(exc: BaseException) -> None:
            self._pending.difference_update(page)
            log.warning("conflict rows could not be read: %s", exc)

        self.context.run_op(None, lambda ctx: conflict_summaries(session=ctx.session, keys=page), done, failed)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == KeyRole:
            return self.keys[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SortRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole):
            return None
        s = self.summary(index.row())
        if s is None:
            return None
        col = index.column()
        lang = self.context.lang
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (self.COL_SEVERITY, self.COL_SOURCES):
                return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if s.status == ConflictStatus.RECONCILED:  # greyed: settled (kept in view until moving on)
                return QBrush(Qt.GlobalColor.gray)
            if col == self.COL_STATUS and s.status in OPEN_STATUSES:
                return QBrush(Qt.GlobalColor.darkRed)
            return None
        if role == SortRole:
            return {self.COL_SEVERITY: s.severity, self.COL_DATE: s.incident_date}.get(col)
        place = (s.place_en or s.place_ar) if lang == "en" else (s.place_ar or s.place_en)
        description = (s.description_en or s.description_ar) if lang == "en" else (s.description_ar or s.description_en)
        if role == Qt.ItemDataRole.ToolTipRole:
            return description or None
        if col == self.COL_SEVERITY:
            return fmt.fill(QCoreApplication.translate("ConflictsPage", "%1 %"), fmt.number(round(s.severity * 100)))
        if col == self.COL_STATUS:
            return enum_label(s.status)
        if col == self.COL_DATE:
            return fmt.day(s.incident_date)
        if col == self.COL_PLACE:
            return place or "—"
        if col == self.COL_WHAT:
            return group_label(s.category, s.victim_group)
        if col == self.COL_CLAIMED:
            return fmt.figure_range(s.lowest, s.highest) if s.lowest is not None else "—"
        if col == self.COL_DERIVED:
            return derived_text(s.low, s.best, s.high)
        if col == self.COL_SOURCES:
            return fmt.number(s.independent_sources)
        return None


# ---------------------------------------------------------------------------------------------
# One conflict's claims


class ClaimsModel(QAbstractTableModel):
    """The claims of one group side by side; current figures first, earlier ones greyed.
    The first column ticks the claims the assessment relies on."""

    COL_RELIED, COL_SOURCE, COL_RELIABILITY, COL_WHEN, COL_FIGURE, COL_CREDIBILITY, COL_INDEPENDENCE, COL_QUOTE = \
        range(8)
    HEADERS = (QT_TRANSLATE_NOOP("ConflictsPage", "Relied on"), QT_TRANSLATE_NOOP("ConflictsPage", "Source"),
               QT_TRANSLATE_NOOP("ConflictsPage", "Rel."), QT_TRANSLATE_NOOP("ConflictsPage", "Stated"),
               QT_TRANSLATE_NOOP("ConflictsPage", "Figure"), QT_TRANSLATE_NOOP("ConflictsPage", "Cred."),
               QT_TRANSLATE_NOOP("ConflictsPage", "Independence"), QT_TRANSLATE_NOOP("ConflictsPage", "Quote"))

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.claims: list[ClaimView] = []
        self.relied: set[uuid.UUID] = set()
        self.names: dict[uuid.UUID, str] = {}
        self.colours: dict[str, Any] = {}

    def set_group(self, group: ConflictGroup | None) -> None:
        self.beginResetModel()
        self.claims = list(group.claims) if group else []
        assessment = group.assessment if group else None
        self.relied = set(assessment.claim_ids) if assessment else set()
        self.names = {c.report_id: c.source_label(self.lang) for c in self.claims}
        self.colours = colours_for([c.source_label(self.lang) for c in sorted(
            self.claims, key=lambda c: as_datetime(c.stated_at or c.published or c.created_at))])
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.claims)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == self.COL_RELIABILITY:
                return self.tr("Reliability of the source (Admiralty scale, A to F)")
            if section == self.COL_CREDIBILITY:
                return self.tr("Credibility of the claim (Admiralty scale, 1 to 6)")
            if section == self.COL_RELIED:
                return self.tr("Tick the claims the assessment relies on")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == self.COL_RELIED and self.claims[index.row()].latest:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.COL_RELIED:
            return False
        claim = self.claims[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.relied.add(claim.claim_id)
        else:
            self.relied.discard(claim.claim_id)
        self.dataChanged.emit(index, index, [role])
        return True

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.claims[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_SOURCE:
            colour = self.colours.get(c.source_label(self.lang))
            return _swatch(colour) if colour is not None else None
        if role == Qt.ItemDataRole.CheckStateRole and col == self.COL_RELIED and c.latest:
            return Qt.CheckState.Checked if c.claim_id in self.relied else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not c.latest:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_INDEPENDENCE and c.independence \
                and not c.independence.probably_independent:
            return QBrush(Qt.GlobalColor.darkRed)
        if role == Qt.ItemDataRole.FontRole and not c.latest:
            font = QFont(QApplication.font())
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_FIGURE, self.COL_RELIABILITY,
                                                                 self.COL_CREDIBILITY):
            return int(Qt.AlignmentFlag.AlignCenter if col != self.COL_FIGURE
                       else Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_QUOTE:
                return c.quote or None
            if col == self.COL_SOURCE:
                return c.report_title or None
            if col == self.COL_INDEPENDENCE:
                return self.data(index)
            if col == self.COL_CREDIBILITY and c.credibility:
                return credibility_label(c.credibility)
            if col == self.COL_RELIABILITY:

                return enum_label(Reliability(c.reliability))
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_SOURCE:
            return c.source_label(self.lang)
        if col == self.COL_RELIABILITY:
            return c.reliability
        if col == self.COL_WHEN:
            return fmt.timestamp(c.stated_at) if c.stated_at else fmt.day(c.published)
        if col == self.COL_FIGURE:
            return fmt.figure_range(c.min, c.max, c.approximate, c.vague)
        if col == self.COL_CREDIBILITY:
            return fmt.number(c.credibility) if c.credibility else "—"
        if col == self.COL_INDEPENDENCE:
            return independence_text(c, self.names)
        if col == self.COL_QUOTE:
            return " ".join((c.quote or "").split())
        return None


def _swatch(colour: Any) -> QPixmap:
    pix = QPixmap(12, 12)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(colour)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(1, 1, 10, 10)
    p.end()
    return pix
