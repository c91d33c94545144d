"""The report's text with the suggestions highlighted: claims, dates, places and actors each in
their own colour. Clicking a claim selects it in the claims table; the context menu of a date
or a place puts it into the selected claim's new incident."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QMouseEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QTextEdit, QToolTip, QWidget

# Light backgrounds that keep black text readable; also told apart by their underline styles
# (for readers who do not see colours well).
COLOURS = {
    "claim": QColor("#ffd54f"),
    "claim_confirmed": QColor("#81c784"),
    "date": QColor("#90caf9"),
    "place": QColor("#c5e1a5"),
    "actor": QColor("#e1bee7"),
    "victim": QColor("#ffccbc"),
}
UNDERLINES = {
    "claim": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "claim_confirmed": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "date": QTextCharFormat.UnderlineStyle.DotLine,
    "place": QTextCharFormat.UnderlineStyle.DashUnderline,
    "actor": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "victim": QTextCharFormat.UnderlineStyle.DashDotLine,
}
SELECTED_OUTLINE = QColor("#e65100")


@dataclass(frozen=True)
class Mark:
    """A highlighted span of the text (Python string offsets), what it is, and which item."""

    kind: str  # "claim", "claim_confirmed", "date", "place", "actor"
    start: int
    end: int
    index: int
    tooltip: str = ""


class ReportTextEdit(QPlainTextEdit):
    """A plain-text editor for the report; `text()` is the text the offsets refer to."""

    sig_mark_clicked = Signal(str, int)
    """kind ("claim", "date", "place", "actor") and the index of the item clicked."""
    sig_mark_activated = Signal(str, int)
    """The same on double-click: open the item for editing."""
    sig_use_date = Signal(int)
    """Context menu: use date mention #index as the selected claim's incident date."""
    sig_add_place = Signal(int)
    """Context menu: add place mention #index to the selected claim's new incident."""
    sig_files_dropped = Signal(list)
    """Files dropped on the text (paths): evidence to attach, not text to insert."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_text")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setMouseTracking(True)
        self.marks: list[Mark] = []
        self.selected_claim: int | None = None
        self._astral: list[int] = []
        self.textChanged.connect(self._index_astral)

    def canInsertFromMimeData(self, source: Any) -> bool:  # noqa: N802
        return source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: Any) -> None:  # noqa: N802
        files = [u.toLocalFile() for u in source.urls() if u.isLocalFile()] if source.hasUrls() else []
        if files:
            self.sig_files_dropped.emit(files)
            return
        super().insertFromMimeData(source)

    def text(self) -> str:
        """The text exactly as held, one character per document position: unlike
        toPlainText(), non-breaking spaces stay what they are (a report is kept verbatim)."""
        return self.document().toRawText().replace("\u2029", "\n")

    # -- offsets: Python counts code points, Qt counts UTF-16 units ------------------------------

    def _index_astral(self) -> None:
        text = self.text()
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if any(
            ord(ch) > 0xFFFF for ch in text) else []

    def to_qt(self, index: int) -> int:
        return index + bisect_left(self._astral, index) if self._astral else index

    def from_qt(self, position: int) -> int:
        if not self._astral:
            return position
        i = position
        while i > 0 and i + bisect_left(self._astral, i) > position:
            i -= 1
        return i

    # -- highlights ----------------------------------------------------------------------------

    def set_marks(self, marks: list[Mark], selected_claim: int | None = None) -> None:
        self.marks = sorted(marks, key=lambda m: (m.start, m.end))
        self.selected_claim = selected_claim
        self._apply()

    def select_claim(self, index: int | None, *, scroll: bool = True) -> None:
        self.selected_claim = index
        self._apply()
        mark = self._claim_mark(index)
        if mark is not None and scroll:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.to_qt(mark.start))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def _claim_mark(self, index: int | None) -> Mark | None:
        if index is None:
            return None
        return next((m for m in self.marks if m.kind.startswith("claim") and m.index == index), None)

    def _apply(self) -> None:
        length = len(self.text())
        selections = []
        doc = self.document()
        # Claims last, so they paint over the place or actor they overlap.
        order = {"place": 0, "actor": 1, "date": 2, "claim": 3, "claim_confirmed": 3}
        for mark in sorted(self.marks, key=lambda m: order.get(m.kind, 0)):
            if not 0 <= mark.start < mark.end <= length:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(self.to_qt(mark.start))
            cursor.setPosition(self.to_qt(mark.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(COLOURS.get(mark.kind, COLOURS["claim"]))
            fmt.setForeground(QColor("black"))
            fmt.setUnderlineStyle(UNDERLINES.get(mark.kind, QTextCharFormat.UnderlineStyle.NoUnderline))
            if mark.kind.startswith("claim") and mark.index == self.selected_claim:
                fmt.setUnderlineColor(SELECTED_OUTLINE)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setFontWeight(700)
                fmt.setProperty(QTextFormat.Property.OutlinePen, SELECTED_OUTLINE)
            sel.format = fmt
            selections.append(sel)
        self.setExtraSelections(selections)

    def mark_at(self, point: QPoint) -> Mark | None:
        """The claim (preferably) or other mark under a point of the viewport."""
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - point.y()) > rect.height():
            return None
        pos = self.from_qt(cursor.position())
        hits = [m for m in self.marks if m.start <= pos < m.end or (m.start < pos <= m.end and pos == m.end
                                                                      and pos == len(self.text()))]
        if not hits:
            return None
        hits.sort(key=lambda m: (not m.kind.startswith("claim"), m.end - m.start))
        return hits[0]

    # -- mouse ---------------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            mark = self.mark_at(event.position().toPoint())
            if mark is not None:
                self.sig_mark_clicked.emit("claim" if mark.kind.startswith("claim") else mark.kind, mark.index)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        mark = self.mark_at(event.position().toPoint())
        if mark is not None and mark.kind.startswith("claim"):
            self.sig_mark_activated.emit("claim", mark.index)
            return
        super().mouseDoubleClickEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            mark = self.mark_at(self.viewport().mapFromGlobal(event.globalPos()))
            if mark is not None and mark.tooltip:
                QToolTip.showText(event.globalPos(), mark.tooltip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.createStandardContextMenu(event.pos())
        mark = self.mark_at(self.viewport().mapFrom(self, event.pos()))
        if mark is not None and mark.kind in ("date", "place"):
            menu.addSeparator()
            if mark.kind == "date":
                action = menu.addAction(self.tr("Use this date for the selected claim’s new incident"))
                action.triggered.connect(lambda *_, i=mark.index: self.sig_use_date.emit(i))
            else:
                action = menu.addAction(self.tr("Add this place to the selected claim’s new incident"))
                action.triggered.connect(lambda *_, i=mark.index: self.sig_add_place.emit(i))
            action.setEnabled(self.selected_claim is not None)
        menu.exec(event.globalPos())
        menu.deleteLater()


class Legend(QWidget):
    """The colours of the highlights, named (above the text; context "EntryPage")."""

    KINDS = ("claim", "claim_confirmed", "date", "place", "actor", "victim")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.chips: dict[str, QLabel] = {}
        for kind in self.KINDS:
            chip = QLabel(self)
            chip.setObjectName(f"legend_{kind}")
            chip.setStyleSheet(f"background: {COLOURS[kind].name()}; color: black; padding: 1px 6px; "
                               "border-radius: 3px;")
            lay.addWidget(chip)
            self.chips[kind] = chip

    def retranslate(self) -> None:
        names = {"claim": QCoreApplication.translate("EntryPage", "claim"),
                 "claim_confirmed": QCoreApplication.translate("EntryPage", "confirmed claim"),
                 "date": QCoreApplication.translate("EntryPage", "date"),
                 "place": QCoreApplication.translate("EntryPage", "place"),
                 "actor": QCoreApplication.translate("EntryPage", "actor"),
                 "victim": QCoreApplication.translate("EntryPage", "named victim")}
        for kind, chip in self.chips.items():
            chip.setText(names[kind])
