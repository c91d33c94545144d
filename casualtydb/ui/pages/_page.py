"""What the window's review pages share (Overview, Conflicts, Duplicates, one incident): a heading,
`retranslate()` on a language change, and content read in an op that runs one at a time, again
after a change the page watches, and only while the page is shown (a hidden page is marked stale
and reads when it is next activated)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
                               QWidget)

from ...changes import Changes
from ..context import AppContext
from ..errors import describe
from ..ops import OpContext
from ..widgets.delegates import BidiDelegate

HEADING_SCALE = 1.35


def page_heading(parent: QWidget, scale: float = HEADING_SCALE) -> QLabel:
    """The page's title line: the body font, larger and bold."""
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def record_header(page: QWidget, context: AppContext) -> tuple[QPushButton, QLabel]:
    """A record page's Back button (to the page it was opened from) and its heading: wrapped, and
    selectable so that a name or a title can be copied."""
    back = QPushButton(page)
    back.setObjectName("button_back")
    back.clicked.connect(lambda: context.bus.sig_show_page.emit("<back>", None))
    heading = page_heading(page)
    heading.setObjectName("heading")
    heading.setWordWrap(True)
    heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return back, heading


def pair_table(parent: QWidget, model: QAbstractItemModel, table_name: str,
               empty_name: str) -> tuple[QTableView, QLabel]:
    """The list of a review page's pairs (one selected at a time, best first) and the note shown
    in its place when there is none."""
    table = QTableView(parent)
    table.setObjectName(table_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setItemDelegate(BidiDelegate(table))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    empty = QLabel(parent)
    empty.setObjectName(empty_name)
    empty.setWordWrap(True)
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty.hide()
    return table, empty


class ReviewPage(QWidget):
    """A page whose content comes from one read. Subclasses set WATCHES (the kinds of Changes that
    make the content stale), build their widgets, and implement `read_op()` (called on the UI
    thread: it captures what the read needs from the widgets and returns the function the worker
    runs), `show_read(result)` and `show_failure(message)`. `READ_PROGRESS` names the read in a
    progress dialog when it is long (a function, so the text is in the current language)."""

    WATCHES: tuple[str, ...] = ()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self._loading = False
        context.bus.sig_changed.connect(self.on_bus_changed)

    # -- what subclasses provide -----------------------------------------------------------------

    def read_op(self) -> Callable[[OpContext], Any]:
        raise NotImplementedError

    def show_read(self, result: Any) -> None:
        raise NotImplementedError

    def show_failure(self, message: str) -> None:
        raise NotImplementedError

    def read_progress(self) -> str | None:
        """The text of a progress dialog for the read, or None for a read short enough to need none."""
        return None

    def retranslate(self) -> None:
        pass

    # -- the scaffold ----------------------------------------------------------------------------

    def top_bar(self, summary_name: str) -> QHBoxLayout:
        """A row with the heading (`self.heading`) and the summary line (`self.summary`, stretching);
        the page adds its buttons after them."""
        top = QHBoxLayout()
        self.heading = page_heading(self)
        self.summary = QLabel(self)
        self.summary.setObjectName(summary_name)
        self.summary.setWordWrap(True)  # a long summary wraps rather than widen the window
        top.addWidget(self.heading)
        top.addWidget(self.summary, 1)
        return top

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_bus_changed(self, changes: Changes) -> None:
        if self.WATCHES and changes.touches(*self.WATCHES):
            self.mark_stale()

    def mark_stale(self) -> None:
        """The content is out of date: read it again now if the page is shown, else when it is."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def activate(self, arg: Any = None) -> None:
        if self._stale:
            self.reload()

    @property
    def loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        """Read the content in the background. A reload asked for while one runs happens once,
        after it (the first read's result would already be out of date)."""
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self._stale = False

        def done(result: Any) -> None:
            self._loading = False
            self.show_read(result)
            if self._stale and self.isVisible() and not self._loading:
                self.reload()

        def failed(exc: BaseException) -> None:
            self._loading = False
            self.show_failure(describe(exc))

        self.context.run_op(self, self.read_op(), done, failed, progress=self.read_progress())
