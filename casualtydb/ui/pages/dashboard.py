"""The start page: totals per category (low / best / high), a chart by month, the open
conflicts, the latest reports. Computed in a worker (grouped SQL, fast on a million claims)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...models import Category, ConflictStatus
from ...queries.dashboard import Dashboard, dashboard
from .. import format as fmt
from ..context import AppContext
from ..labels import choices, enum_label
from ..ops import OpContext
from ..widgets.bar_chart import BarChart
from . import PageSpec
from ._page import ReviewPage, page_heading

ReportIdRole = Qt.ItemDataRole.UserRole + 1


class TotalCard(QFrame):
    """One category: the best estimate large, the low–high range and the basis below."""

    def __init__(self, category: Category, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = category
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 6, 12, 6)
        lay.setSpacing(0)
        self.title = QLabel(self)
        self.value = QLabel(self)
        self.value.setObjectName(f"total_{category.value}")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.range = QLabel(self)
        self.range.setWordWrap(True)
        self.basis = QLabel(self)
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet("color: palette(placeholder-text);")
        for w in (self.title, self.value, self.range, self.basis):
            lay.addWidget(w)
        lay.addStretch(1)

    def show_total(self, total: Any) -> None:
        self.title.setText(enum_label(self.category))
        self.value.setText(fmt.number(total.best))
        if total.incidents == 0:
            self.range.setText(self.tr("no reports yet"))
            self.basis.setText("")
            return
        if total.high is None:
            span = fmt.fill(self.tr("low %1, no upper bound"), fmt.number(total.low))
        else:
            span = fmt.fill(self.tr("low %1 – high %2"), fmt.number(total.low), fmt.number(total.high))
        self.range.setText(span + " · " + self.tr("in %n incident(s)", "", total.incidents))
        self.basis.setText(self.tr("%n not yet cross-referenced", "", total.from_claims) if total.from_claims else "")


class DashboardPage(ReviewPage):
    WATCHES = ("incident", "report", "source", "claim", "place", "actor", "assessment", "figure", "merge")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: Dashboard | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(12, 12, 12, 12)
        lay.setSpacing(10)
        self.heading = page_heading(body, 1.4)
        lay.addWidget(self.heading)
        self.counts = QLabel(body)
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        lay.addWidget(self.counts)
        cards = QGridLayout()
        cards.setSpacing(8)
        self.cards = {c: TotalCard(c, body) for c in Category}
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, i // 3, i % 3)
        lay.addLayout(cards)
        self.basis = QLabel(body)
        self.basis.setWordWrap(True)
        lay.addWidget(self.basis)
        middle = QHBoxLayout()
        chart_box = QVBoxLayout()
        chart_head = QHBoxLayout()
        self.chart_title = QLabel(body)
        self.chart_category = QComboBox(body)
        self.chart_category.currentIndexChanged.connect(self._show_chart)
        chart_head.addWidget(self.chart_title)
        chart_head.addStretch(1)
        chart_head.addWidget(self.chart_category)
        chart_box.addLayout(chart_head)
        self.chart = BarChart(body)
        self.chart.setObjectName("month_chart")
        self.chart.format_value = lambda v: fmt.number(int(v))
        self.chart.setMinimumHeight(260)
        chart_box.addWidget(self.chart, 1)
        middle.addLayout(chart_box, 3)
        side = QVBoxLayout()
        self.conflicts = QLabel(body)
        self.conflicts.setObjectName("open_conflicts")
        self.conflicts.setTextFormat(Qt.TextFormat.RichText)
        self.conflicts.setWordWrap(True)
        self.conflicts.linkActivated.connect(self._on_conflicts_link)
        side.addWidget(self.conflicts)
        self.latest_title = QLabel(body)
        side.addWidget(self.latest_title)
        self.latest = QListWidget(body)
        self.latest.setObjectName("latest_reports")
        self.latest.itemActivated.connect(self._open_report)
        self.latest.setWordWrap(True)
        side.addWidget(self.latest, 1)
        middle.addLayout(side, 2)
        lay.addLayout(middle, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Overview"))
        self.chart_title.setText(self.tr("<b>By month</b>"))
        self.latest_title.setText(self.tr("<b>Latest reports</b>"))
        current = self.chart_category.currentData() or Category.KILLED
        self.chart_category.blockSignals(True)
        self.chart_category.clear()
        for text, value in choices(Category):
            self.chart_category.addItem(text, value)
        self.chart_category.setCurrentIndex(max(0, self.chart_category.findData(current)))
        self.chart_category.blockSignals(False)
        self.chart.empty_text = self.tr("No figures to chart yet.")
        if self.data is not None:
            self._show(self.data)
        else:
            self.counts.setText(self.tr("Loading…"))

    def read_op(self) -> Callable[[OpContext], Dashboard]:
        lang = self.context.lang
        return lambda ctx: dashboard(ctx.session, lang=lang)

    def show_read(self, data: Dashboard) -> None:
        self.data = data
        self._show(data)

    def show_failure(self, message: str) -> None:
        self.counts.setText(fmt.fill(self.tr("Could not compute the overview: %1"), message))

    def _show(self, d: Dashboard) -> None:
        c = d.counts
        self.counts.setText(fmt.fill(self.tr("%1 incidents · %2 reports · %3 sources · %4 claims"),
                                     fmt.number(c.get("incidents", 0)), fmt.number(c.get("reports", 0)),
                                     fmt.number(c.get("sources", 0)), fmt.number(c.get("claims", 0))))
        for cat, card in self.cards.items():
            card.show_total(d.totals[cat])
        if not c.get("claims"):
            self.basis.setText(self.tr("The database holds no claims yet. Enter a report with <b>New report</b> or "
                                       "import a workbook; the totals appear here."))
        else:
            self.basis.setText(self.tr(
                "Totals add up each incident's figure once: the derived best estimate where the claims have been "
                "cross-referenced, otherwise the largest figure a report gives (low: the smallest)."))
        if d.open_conflicts:
            self.conflicts.setText(self.tr("<b>%n open conflict(s)</b>: incidents whose sources disagree or need "
                                           "review. <a href=\"conflicts\">Review them</a>", "", d.open_conflicts))
        else:
            self.conflicts.setText(self.tr("<b>No open conflicts.</b> Incidents whose sources disagree appear "
                                           "here after a conflict scan."))
        self.latest.clear()
        for r in d.latest:
            text = fmt.fill(self.tr("%1 — %2"), fmt.isolate(fmt.day(r.published)), r.source)
            item = QListWidgetItem(f"{text}\n{r.title}")
            item.setData(ReportIdRole, r.id)
            item.setToolTip(r.title)
            self.latest.addItem(item)
        if not d.latest:
            self.latest.addItem(self.tr("No reports yet."))
        self._show_chart()

    def _show_chart(self, *_: Any) -> None:
        if self.data is None:
            return
        cat = Category(self.chart_category.currentData() or Category.KILLED)
        months = self.data.months()
        # Fill the gaps: a month with no incident is a zero bar, not a missing one.
        if months:
            months = _month_range(months[0], months[-1])
        values = [self.data.by_month[m][cat].best if m in self.data.by_month else 0 for m in months]
        self.chart.set_data([fmt.month_key(m) for m in months], values)
        self.chart.setAccessibleName(fmt.fill(self.tr("%1 by month"), enum_label(cat)))

    def _on_conflicts_link(self, _link: str) -> None:
        if "conflicts" in getattr(self.context, "page_keys", ()):
            self.context.bus.sig_show_page.emit("conflicts", None)
        else:
            self.context.bus.sig_show_page.emit("incidents", {"status": ConflictStatus.CONFLICTING})

    def _open_report(self, item: QListWidgetItem) -> None:
        rid = item.data(ReportIdRole)
        if rid is not None:
            self.context.open_record("report", rid)


def _month_range(first: str, last: str) -> list[str]:
    y, m = (int(p) for p in first.split("-"))
    end = tuple(int(p) for p in last.split("-"))
    out = []
    while (y, m) <= end and len(out) < 600:
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


PAGE = PageSpec(key="dashboard", title=QT_TRANSLATE_NOOP("Pages", "Overview"), factory=DashboardPage, order=0,
                shortcut="Ctrl+0")
