"""Conflicts: where sources disagree, worst first; one conflict's claims side by side with a
chart of the figures over time; the auditor's reconciliation (low / best / high, a rationale,
the claims relied on) and its undo.

The list reads the stored statuses (incident_figures, sorted by severity in SQL; rows for the
visible part only); Rescan recomputes them in the background (casualtydb.crossref.scan). The
selected conflict is computed live (casualtydb.crossref.conflicts.conflict_detail)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...crossref.conflicts import (
    ConflictGroup,
    conflict_detail,
    open_conflict_count,
    stored_conflict_keys,
)
from ...crossref.grading import accept_grade, suggest_grade
from ...crossref.reconcile import reconcile, withdraw
from ...crossref.scan import last_scan, scan
from ...crossref.settings import shared_settings
from ...models import Category, Grade, VictimGroup
from .. import format as fmt
from ..context import AppContext
from ..errors import describe
from ..labels import choices, enum_label
from ..models.conflicts import (
    ClaimsModel,
    ConflictListModel,
    GroupKey,
    KeyRole,
    derived_text,
    grade_reason_text,
    group_label,
    tr,
)
from ..ops import OpContext
from ..undo import ReconcileCommand
from ..widgets.delegates import BidiDelegate
from ..widgets.number_edit import NumberEdit
from ..widgets import splitters
from . import PageSpec
from ._over_named import OverNamedText, read_over_named
from ._page import ReviewPage
from ._timeline import FiguresTimeline, Point, as_datetime

# ---------------------------------------------------------------------------------------------
# The page


class ConflictsPage(ReviewPage):
    WATCHES = ("claim", "incident", "report", "source", "assessment", "figure", "setting", "person", "mention")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.group: ConflictGroup | None = None
        self._detail_generation = 0
        self._scanned_once = False
        self._select_after_load: GroupKey | None = None
        # The conflict just reconciled and its row: it stays in the list, greyed, until the
        # person selects another one (then it goes, unless reconciled ones are shown).
        self._linger: tuple[GroupKey, int] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = self.top_bar("conflicts_summary")
        self.include_reconciled = QCheckBox(self)
        self.include_reconciled.setObjectName("include_reconciled")
        self.include_reconciled.toggled.connect(lambda _: self.reload())
        self.rescan_button = QPushButton(self)
        self.rescan_button.setObjectName("button_rescan")
        self.rescan_button.clicked.connect(self.rescan)
        top.addWidget(self.heading)
        top.addWidget(self.summary, 1)
        top.addWidget(self.include_reconciled)
        top.addWidget(self.rescan_button)
        layout.addLayout(top)
        # More people named than any report counts: a conflict between names and figures.
        self.over_named = QLabel(self)
        self.over_named.setObjectName("over_named")
        self.over_named.setWordWrap(True)
        self.over_named.setTextFormat(Qt.TextFormat.RichText)
        self.over_named.linkActivated.connect(self.on_over_named_link)
        self.over_named.hide()
        layout.addWidget(self.over_named)

        split = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(split, 1)
        self.model = ConflictListModel(context, self)
        self.table = QTableView(split)
        self.table.setObjectName("conflicts_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegate(BidiDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ConflictListModel.COL_PLACE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)
        self.empty = QLabel(split)
        self.empty.setObjectName("conflicts_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        # One conflict's detail scrolls when the window is short, so the list keeps its rows
        # (at 1280×800 it once showed a row and a half).
        scroll = QScrollArea(split)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail = QWidget()
        scroll.setWidget(detail)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 4, 0, 0)
        head = QHBoxLayout()
        self.detail_heading = QLabel(detail)
        self.detail_heading.setObjectName("detail_heading")
        self.detail_heading.setWordWrap(True)
        self.detail_heading.setTextFormat(Qt.TextFormat.RichText)
        self.detail_heading.linkActivated.connect(self.on_detail_heading_link_activated)
        head.addWidget(self.detail_heading, 1)
        dl.addLayout(head)
        grade_row = QHBoxLayout()
        self.grade_label = QLabel(detail)
        self.grade_label.setObjectName("grade_label")
        self.grade_label.setWordWrap(True)
        self.grade_combo = QComboBox(detail)
        self.grade_combo.setObjectName("grade_combo")
        self.grade_button = QPushButton(detail)
        self.grade_button.setObjectName("button_grade")
        self.grade_button.clicked.connect(self.record_grade)
        grade_row.addWidget(self.grade_label, 1)
        grade_row.addWidget(self.grade_combo)
        grade_row.addWidget(self.grade_button)
        dl.addLayout(grade_row)
        self.suggestion: Any = None
        middle = QSplitter(Qt.Orientation.Horizontal, detail)
        self.claims_model = ClaimsModel(context.lang, self)
        self.claims = QTableView(middle)
        self.claims.setObjectName("claims_table")
        self.claims.setModel(self.claims_model)
        self.claims.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claims.setAlternatingRowColors(True)
        self.claims.verticalHeader().setVisible(False)
        self.claims.setWordWrap(False)
        self.claims.setItemDelegate(BidiDelegate(self.claims))
        ch = self.claims.horizontalHeader()
        ch.setStretchLastSection(True)
        ch.setMinimumSectionSize(28)
        self.chart = FiguresTimeline(middle)
        self.chart.setObjectName("figures_chart")
        self.chart.format_value = lambda v: fmt.number(int(v))
        self.chart.format_time = lambda t: fmt.day(t.date())
        middle.addWidget(self.claims)
        middle.addWidget(self.chart)
        middle.setStretchFactor(0, 5)
        middle.setStretchFactor(1, 2)
        dl.addWidget(middle, 1)

        self.panel = QGroupBox(detail)
        self.panel.setObjectName("reconcile_panel")
        pl = QHBoxLayout(self.panel)
        form = QFormLayout()
        self.low = NumberEdit(self.panel)
        self.low.setObjectName("edit_low")
        self.best = NumberEdit(self.panel)
        self.best.setObjectName("edit_best")
        self.high = NumberEdit(self.panel)
        self.high.setObjectName("edit_high")
        for edit in (self.low, self.best, self.high):
            edit.setMaximumWidth(110)
        self.low_label, self.best_label, self.high_label = QLabel(self.panel), QLabel(self.panel), QLabel(self.panel)
        form.addRow(self.low_label, self.low)
        form.addRow(self.best_label, self.best)
        form.addRow(self.high_label, self.high)
        pl.addLayout(form)
        right = QVBoxLayout()
        self.rationale = QPlainTextEdit(self.panel)
        self.rationale.setObjectName("edit_rationale")
        self.rationale.setMaximumHeight(70)
        right.addWidget(self.rationale)
        self.assessment_label = QLabel(self.panel)
        self.assessment_label.setObjectName("assessment_label")
        self.assessment_label.setWordWrap(True)
        right.addWidget(self.assessment_label)
        self.error_label = QLabel(self.panel)
        self.error_label.setObjectName("reconcile_error")
        self.error_label.setWordWrap(True)
        pal = self.error_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        self.error_label.setPalette(pal)
        right.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.panel)
        self.record_button.setObjectName("button_record")
        self.record_button.clicked.connect(self.record_assessment)
        self.withdraw_button = QPushButton(self.panel)
        self.withdraw_button.setObjectName("button_withdraw")
        self.withdraw_button.clicked.connect(self.withdraw_assessment)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.record_button)
        right.addLayout(buttons)
        pl.addLayout(right, 1)
        dl.addWidget(self.panel)
        split.addWidget(self.table)
        split.addWidget(self.empty)
        split.addWidget(scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(2, 3)
        split.setCollapsible(0, False)
        splitters.remember(split, context.settings, "conflicts", [280, 0, 420])
        splitters.remember(middle, context.settings, "conflicts_claims", [820, 280])
        self.detail = scroll

        self.retranslate()
        self._show_group(None)

    # -- text ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Conflicts"))
        self.include_reconciled.setText(self.tr("Show reconciled"))
        self.rescan_button.setText(self.tr("&Rescan"))
        self.rescan_button.setToolTip(self.tr("Recompute every incident's figures and statuses from the claims"))
        self.panel.setTitle(self.tr("Reconciliation"))
        self.low_label.setText(self.tr("&Low"))
        self.best_label.setText(self.tr("&Best"))
        self.high_label.setText(self.tr("&High"))
        for label, edit in ((self.low_label, self.low), (self.best_label, self.best), (self.high_label, self.high)):
            label.setBuddy(edit)
        self.high.setPlaceholderText(self.tr("no upper bound"))
        self.rationale.setPlaceholderText(self.tr("Why these figures (required): which sources you relied on and why; "
                                                  "tick the claims relied on in the table above."))
        self.record_button.setText(self.tr("Record &assessment"))
        self.withdraw_button.setText(self.tr("&Undo assessment"))
        self.withdraw_button.setToolTip(self.tr("Withdraw the assessment in force (kept in the history); the conflict "
                                                "opens again"))
        self.grade_button.setText(self.tr("Record &grade"))
        self.grade_button.setToolTip(self.tr("Record the incident's grade (Airwars scale) chosen in the list"))
        current_grade = self.grade_combo.currentData()
        self.grade_combo.clear()
        for text, value in choices(Grade):
            self.grade_combo.addItem(text, value)
        if current_grade is not None:
            self.grade_combo.setCurrentIndex(max(0, self.grade_combo.findData(current_grade)))
        self.chart.empty_text = self.tr("No figures to chart.")
        self.chart.band_text = self.tr("accepted")
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.claims_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.claims_model.columnCount() - 1)
        self._show_group(self.group)

    # -- loading -------------------------------------------------------------------------------

    def activate(self, arg: Any = None) -> None:
        if isinstance(arg, tuple) and len(arg) == 3:
            self._select_after_load = (arg[0], Category(arg[1]), VictimGroup(arg[2]))
            self._stale = True
        super().activate(arg)

    def read_op(self) -> Callable[[OpContext], dict[str, Any]]:
        """The keys of the list (stored statuses) and the summary line's figures."""
        include = self.include_reconciled.isChecked()
        lang = self.context.lang

        def op(ctx: OpContext) -> dict[str, Any]:
            return {"keys": stored_conflict_keys(session=ctx.session, include_reconciled=include),
                    "over_named": read_over_named(ctx.session, lang),
                    "open": open_conflict_count(session=ctx.session),
                    "last_scan": last_scan(session=ctx.session),
                    "shared": shared_settings(session=ctx.session)}

        return op

    def show_read(self, data: dict[str, Any]) -> None:
        if data["last_scan"] is None and not self._scanned_once:
            # A database never scanned: scan it first (the scan's changes read the list again).
            self._scanned_once = True
            self.rescan()
            return
        self._show_list(data)

    def show_failure(self, message: str) -> None:
        self.summary.setText(fmt.fill(self.tr("Could not read the conflicts: %1"), message))

    def _show_list(self, data: dict[str, Any]) -> None:
        current = self.current_key()
        wanted = self._select_after_load or current
        self._select_after_load = None
        keys = list(data["keys"])
        if self._linger is not None and self._linger[0] not in keys:
            keys.insert(min(self._linger[1], len(keys)), self._linger[0])
        self.model.set_keys(keys)
        over, labels = data["over_named"]
        self.over_named.setText(OverNamedText(self).html(over, labels))
        self.over_named.setVisible(bool(over))
        n_open = data["open"]
        text = self.tr("%n open conflict(s)", "", n_open)
        shared = data["shared"]
        text = fmt.fill(self.tr("%1 · approximate figures ±%2 %"), text, fmt.number(round(shared.tolerance * 100)))
        if shared.tolerance_set is not None:
            who, when = shared.tolerance_set
            text = fmt.fill(self.tr("%1 (set by %2, %3)"), text, fmt.isolate(who), fmt.timestamp(when))
        if data["last_scan"] is not None:
            text = fmt.fill(self.tr("%1 · last full scan %2"), text, fmt.timestamp(data["last_scan"]))
        self.summary.setText(text)
        has_rows = bool(keys)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.detail.setVisible(has_rows)
        if not has_rows:
            self.empty.setText(self.tr("No open conflicts: where reports disagree about an incident, the disagreement "
                                       "appears here, worst first."))
            self._show_group(None)
            return
        self._resize_columns()
        row = self.model.row_of(wanted) if wanted else -1
        self.table.selectionModel().setCurrentIndex(
            self.model.index(max(row, 0), 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _resize_columns(self) -> None:
        fm = self.table.fontMetrics()
        widths = {ConflictListModel.COL_SEVERITY: 7, ConflictListModel.COL_STATUS: 14, ConflictListModel.COL_DATE: 11,
                  ConflictListModel.COL_WHAT: 18, ConflictListModel.COL_CLAIMED: 10,
                  ConflictListModel.COL_DERIVED: 16, ConflictListModel.COL_SOURCES: 8}
        for col, chars in widths.items():
            title = tr(ConflictListModel.HEADERS[col])
            self.table.setColumnWidth(col, max(fm.averageCharWidth() * chars, fm.horizontalAdvance(title) + 24))

    def on_over_named_link(self, link: str) -> None:
        if link.startswith("incident:"):
            self.context.open_record("incident", uuid.UUID(link.split(":", 1)[1]))

    def current_key(self) -> GroupKey | None:
        index = self.table.currentIndex()
        return index.data(KeyRole) if index.isValid() else None

    def on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KeyRole) if current.isValid() else None
        if self._linger is not None and key != self._linger[0]:
            self._linger = None  # moved on: the reconciled row leaves the list
            self._select_after_load = key
            QTimer.singleShot(0, self.reload)
        self.load_detail(key)

    def load_detail(self, key: GroupKey | None) -> None:
        self._detail_generation += 1
        generation = self._detail_generation
        if key is None:
            self._show_group(None)
            return

        def op(ctx: Any) -> tuple[ConflictGroup | None, Any]:
            return (conflict_detail(session=ctx.session, incident_id=key[0], category=key[1], group=key[2]),
                    suggest_grade(session=ctx.session, incident_id=key[0]))

        def done(result: tuple[ConflictGroup | None, Any]) -> None:
            if generation == self._detail_generation:
                self.suggestion = result[1]
                self._show_group(result[0])

        self.context.run_op(self, op, done)

    # -- one conflict --------------------------------------------------------------------------

    def _show_group(self, group: ConflictGroup | None) -> None:
        self.group = group
        self.claims_model.set_group(group)
        self.error_label.clear()
        enabled = group is not None
        for w in (self.low, self.best, self.high, self.rationale, self.record_button):
            w.setEnabled(enabled)
        self._show_grade(self.suggestion if group is not None else None)
        if group is None:
            self.detail_heading.setText("")
            self.chart.set_points([])
            self.assessment_label.clear()
            self.withdraw_button.setEnabled(False)
            return
        r = group.result
        lang = self.context.lang
        place = (group.place_en or group.place_ar) if lang == "en" else (group.place_ar or group.place_en)
        description = ((group.description_en or group.description_ar) if lang == "en"
                       else (group.description_ar or group.description_en)) or ""
        heading = fmt.fill(self.tr("<b>%1</b> — %2, %3: <b>%4</b>"),
                           fmt.isolate(group_label(r.category, r.victim_group)),
                           fmt.isolate(fmt.day(group.incident_date)), fmt.isolate(place or "—"), enum_label(r.status))
        rule = (self.tr("accepted by an auditor") if r.rule == "auditor"
                else fmt.fill(self.tr("rule %1"), fmt.isolate(r.rule)))
        figures = fmt.fill(self.tr("Figures: %1 (%2) · %n independent source(s)", "", r.independent_sources),
                           fmt.isolate(derived_text(r.low, r.best, r.high)), fmt.isolate(rule))
        link = self.tr("Open the incident")
        # No "·" next to the figures: in Arabic a middle dot beside a digit reads as the digit zero (٠).
        self.detail_heading.setText(f"{heading}<br>{_escape(description)}<br>{figures}&nbsp;&nbsp;"
                                    f"<a href=\"incident\">{link}</a>")
        self._size_claim_columns()
        points = []
        for c in group.claims:
            when = as_datetime(c.stated_at or c.published or c.created_at)
            if c.min is None or when is None:
                continue
            tip = fmt.fill(self.tr("%1: %2 (%3)"), c.source_label(lang), fmt.figure_range(c.min, c.max, c.approximate),
                           fmt.timestamp(c.stated_at) if c.stated_at else fmt.day(c.published))
            points.append(Point(str(c.report_id), c.source_label(lang), when, c.min, c.max, c.approximate, c.latest,
                                tip))
        a = group.assessment
        self.chart.set_points(points, (a.low, a.high) if a else None)
        self.chart.setAccessibleName(self.tr("Figures over time"))
        if a is not None:
            self.low.set_value(a.low)
            self.best.set_value(a.best)
            self.high.set_value(a.high)
            self.rationale.setPlainText("")
            self.assessment_label.setText(fmt.fill(self.tr("In force: %1 by %2 on %3: “%4”"),
                                                   derived_text(a.low, a.best, a.high), a.assessed_by,
                                                   fmt.timestamp(a.assessed_at), a.rationale))
        else:
            self.low.set_value(r.low)
            self.best.set_value(r.best)
            self.high.set_value(r.high)
            self.rationale.setPlainText("")
            self.assessment_label.setText(fmt.fill(
                self.tr("No assessment yet: the figures above are derived by rule %1."), fmt.isolate(r.rule)))
        self.withdraw_button.setEnabled(a is not None)

    def _show_grade(self, suggestion: Any) -> None:
        for w in (self.grade_combo, self.grade_button):
            w.setEnabled(suggestion is not None)
        if suggestion is None:
            self.grade_label.clear()
            return
        reasons = self.tr("; ").join(
            self.tr("%n credible independent source(s)", "", int(r.params.get("count", 0)))
            if r.code == "independent_sources" else grade_reason_text(r, self.context.lang)
            for r in suggestion.reasons)
        text = fmt.fill(self.tr("<b>Grade</b> (Airwars): suggested <b>%1</b>: %2."), enum_label(suggestion.grade),
                        _escape(reasons))
        if suggestion.current is not None:
            text += " " + fmt.fill(self.tr("Recorded: <b>%1</b> (%2, %3)."), enum_label(suggestion.current),
                                   _escape(suggestion.accepted_by or ""), fmt.timestamp(suggestion.accepted_at))
        self.grade_label.setText(text)
        chosen = suggestion.current or suggestion.grade
        self.grade_combo.setCurrentIndex(max(0, self.grade_combo.findData(chosen)))

    def record_grade(self) -> None:
        group, suggestion = self.group, self.suggestion
        if group is None or suggestion is None:
            return
        grade = self.grade_combo.currentData()
        incident_id = group.result.incident_id
        key = group.key
        user = self.context.user

        def op(ctx: Any) -> None:
            accept_grade(session=ctx.session, incident_id=incident_id, grade=grade, user=user)

        def done(_: Any) -> None:
            self.context.bus.sig_status.emit(self.tr("Grade recorded."))
            self.load_detail(key)

        self.context.run_op(self, op, done, write=True, context="grade incident")

    def _size_claim_columns(self) -> None:
        fm = self.claims.fontMetrics()
        self.claims.resizeColumnsToContents()
        caps = {ClaimsModel.COL_SOURCE: 24, ClaimsModel.COL_INDEPENDENCE: 26, ClaimsModel.COL_WHEN: 17}
        for col, chars in caps.items():
            self.claims.setColumnWidth(col, min(self.claims.columnWidth(col), fm.averageCharWidth() * chars))
        for col in (ClaimsModel.COL_RELIED, ClaimsModel.COL_RELIABILITY, ClaimsModel.COL_CREDIBILITY):
            title = tr(ClaimsModel.HEADERS[col])
            self.claims.setColumnWidth(col, max(fm.horizontalAdvance(title) + 24, fm.averageCharWidth() * 5))

    def on_detail_heading_link_activated(self, _link: str) -> None:
        if self.group is not None:
            self.context.open_record("incident", self.group.result.incident_id)

    # -- actions ---------------------------------------------------------------------------------

    def _figures(self) -> tuple[int, int, int | None] | None:
        """The typed low/best/high, checked here so the message is in the interface language."""
        low, best, high = self.low.value(), self.best.value(), self.high.value()
        if low is None or best is None:
            self.error_label.setText(self.tr("Enter the low and best figures (high may stay empty: no upper bound)."))
            return None
        if not low <= best or (high is not None and not best <= high):
            self.error_label.setText(self.tr("The figures must satisfy low ≤ best ≤ high."))
            return None
        return low, best, high

    def record_assessment(self) -> None:
        group = self.group
        if group is None:
            return
        figures = self._figures()
        if figures is None:
            return
        rationale = self.rationale.toPlainText().strip()
        if not rationale:
            self.error_label.setText(self.tr("Write why you accept these figures: the rationale is required."))
            self.rationale.setFocus()
            return
        self.error_label.clear()
        low, best, high = figures
        key = group.key
        relied = sorted(self.claims_model.relied, key=str)
        user = self.context.user
        values = {"incident_id": key[0], "category": key[1], "group": key[2], "low": low, "best": best,
                  "high": high, "rationale": rationale, "claim_ids": relied}

        def op(ctx: Any) -> uuid.UUID:
            return reconcile(session=ctx.session, user=user, **values).id

        def done(assessment_id: uuid.UUID) -> None:
            self._select_after_load = key
            self._linger = (key, max(self.table.currentIndex().row(), 0))
            self.context.undo_stack.push(ReconcileCommand(self.context, values, assessment_id, self.tr("reconcile")))
            self.context.bus.sig_status.emit(self.tr("Assessment recorded."))
            self.load_detail(key)

        def failed(exc: BaseException) -> None:
            self.error_label.setText(describe(exc))

        self.context.run_op(self, op, done, failed, write=True, context="reconcile")

    def withdraw_assessment(self) -> None:
        group = self.group
        if group is None or group.assessment is None:
            return
        key = group.key
        assessment_id = group.assessment.assessment_id
        user = self.context.user

        def op(ctx: Any) -> dict[str, Any]:
            a = withdraw(session=ctx.session, assessment_id=assessment_id, user=user)
            return {"incident_id": a.incident_id, "category": a.category, "group": a.victim_group, "low": a.low,
                    "best": a.best, "high": a.high, "rationale": a.rationale,
                    "claim_ids": sorted((c.id for c in a.claims), key=str)}  # to record it again on undo

        def done(values: dict[str, Any]) -> None:
            self.context.undo_stack.push(ReconcileCommand(self.context, values, assessment_id,
                                                          self.tr("withdraw assessment"), withdrawn=True))
            self._select_after_load = key
            self.context.bus.sig_status.emit(self.tr("Assessment withdrawn: the conflict is open again."))
            self.load_detail(key)

        self.context.run_op(self, op, done, write=True, context="withdraw assessment")

    def rescan(self) -> None:
        """Recompute every figure in the background, with the database's tolerance (the same for
        every user: a rescan never changes it, so statuses do not flip between auditors)."""

        def op(ctx: Any) -> Any:
            ctx.progress(0, 0, None)
            ctx.changes.add("figure")  # the scan rewrites figures with Core statements
            return scan(session=ctx.session)

        def done(summary: Any) -> None:
            self.context.bus.sig_status.emit(fmt.fill(self.tr("Scanned %1 figures in %2 s; %3 changed."),
                                                      fmt.number(summary.groups), fmt.number(round(summary.seconds, 1)),
                                                      fmt.number(summary.written)))
            self._stale = True
            if not self.isVisible():
                return
            self.reload()

        self.context.run_op(self, op, done, write=True, progress=self.tr("Scanning the claims for conflicts…"),
                            context="cross-referencing scan")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


PAGE = PageSpec(key="conflicts", title=QT_TRANSLATE_NOOP("Pages", "Conflicts"), factory=ConflictsPage, order=60,
                shortcut="Ctrl+6")
