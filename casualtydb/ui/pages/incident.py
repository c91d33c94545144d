"""One incident's page: its places and dates, every claim from every report (source,
reliability, date, figure, quote), the derived and accepted figures, the grade, and its
history from the audit log. Reached from the lists, the search and other pages."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...changes import Changes
from ...models import (
    ActorRole,
    AuditAction,
    Category,
    ConflictStatus,
    DatePrecision,
    EventType,
    Grade,
    LocationPrecision,
    PlaceLevel,
    Reliability,
    VictimGroup,
)
from ...queries.incidents import ClaimRow, HistoryRow, IncidentDetail, incident_detail
from .. import format as fmt
from ..context import AppContext
from ..editing import delete_records, edit_record
from ..labels import credibility_label, enum_label, field_label, operation_label, table_label
from ..widgets.delegates import BidiDelegate
from . import PageSpec
from ._incident_people import IncidentPeopleTab
from ._page import record_header

ClaimIdRole = Qt.ItemDataRole.UserRole + 1


def _item(text: str, *, tip: str | None = None, numeric: bool = False, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tip:
        item.setToolTip(tip)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(ClaimIdRole, data)
    return item


def _table(parent: QWidget, stretch_last: bool = True) -> QTableWidget:
    t = QTableWidget(parent)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setVisible(False)
    t.setItemDelegate(BidiDelegate(t))
    t.horizontalHeader().setStretchLastSection(stretch_last)
    t.setWordWrap(True)
    return t


class IncidentPage(QWidget):
    """`open_record(incident_id)` shows an incident; it follows edits through the bus."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.incident_id: uuid.UUID | None = None
        self.detail: IncidentDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.back_button, self.heading = record_header(self, context)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("button_edit")
        self.edit_button.clicked.connect(self.edit_incident)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("button_delete")
        self.delete_button.clicked.connect(self.delete_incident)
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        layout.addLayout(top)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        # Overview
        self.overview = QWidget()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.overview)
        ov = QVBoxLayout(self.overview)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self._values: dict[str, QLabel] = {}
        self._form_labels: dict[str, QLabel] = {}
        for key in ("dates", "places", "actors", "description_ar", "description_en", "notes", "grade", "recorded"):
            lab = QLabel(self.overview)
            val = QLabel(self.overview)
            val.setWordWrap(True)
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            val.setObjectName(f"value_{key}")
            self._form_labels[key] = lab
            self._values[key] = val
            self.form.addRow(lab, val)
        ov.addLayout(self.form)
        self.figures_title = QLabel(self.overview)
        self.figures_title.setObjectName("section")
        ov.addWidget(self.figures_title)
        self.figures_note = QLabel(self.overview)
        self.figures_note.setWordWrap(True)
        ov.addWidget(self.figures_note)
        self.figures = _table(self.overview)
        ov.addWidget(self.figures)
        self.assessments_title = QLabel(self.overview)
        self.assessments_title.setObjectName("section")
        ov.addWidget(self.assessments_title)
        self.assessments_note = QLabel(self.overview)
        self.assessments_note.setWordWrap(True)
        ov.addWidget(self.assessments_note)
        self.assessments = _table(self.overview)
        ov.addWidget(self.assessments)
        ov.addStretch(1)
        self.tabs.addTab(scroll, "")

        # Claims
        claims_tab = QWidget()
        cl = QVBoxLayout(claims_tab)
        self.claims_note = QLabel(claims_tab)
        self.claims_note.setWordWrap(True)
        cl.addWidget(self.claims_note)
        self.claims = _table(claims_tab)
        self.claims.doubleClicked.connect(self.edit_claim)
        cl.addWidget(self.claims, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_report_button = QPushButton(claims_tab)
        self.open_report_button.clicked.connect(self.open_report)
        self.edit_claim_button = QPushButton(claims_tab)
        self.edit_claim_button.setObjectName("button_edit_claim")
        self.edit_claim_button.clicked.connect(self.edit_claim)
        row.addWidget(self.open_report_button)
        row.addWidget(self.edit_claim_button)
        cl.addLayout(row)
        self.tabs.addTab(claims_tab, "")

        # History
        history_tab = QWidget()
        hl = QVBoxLayout(history_tab)
        self.history = _table(history_tab)
        hl.addWidget(self.history)
        self.tabs.addTab(history_tab, "")

        # People: names against figures, and the persons named (read in the background)
        self.people_tab = IncidentPeopleTab(context, self)
        self.people_tab.setObjectName("people_tab")
        self.tabs.addTab(self.people_tab, "")
        self._people_count: int | None = None

        context.bus.sig_changed.connect(self.on_bus_changed)
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back") if self.layoutDirection() == Qt.LayoutDirection.LeftToRight
                                 else self.tr("→ Back"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.open_report_button.setText(self.tr("Open &report"))
        self.edit_claim_button.setText(self.tr("Edit &claim…"))
        labels = {"dates": self.tr("When"), "places": self.tr("Where"), "actors": self.tr("Held responsible"),
                  "description_ar": self.tr("Description (Arabic)"),
                  "description_en": self.tr("Description (English)"), "notes": self.tr("Notes"),
                  "grade": self.tr("Grade"), "recorded": self.tr("Recorded")}
        for key, text in labels.items():
            self._form_labels[key].setText(text)
        self.figures_title.setText(self.tr("<b>Derived figures</b>"))
        self.assessments_title.setText(self.tr("<b>Accepted figures</b> (an auditor's assessment)"))
        self.claims.setColumnCount(8)
        self.claims.setHorizontalHeaderLabels([
            self.tr("Source"), self.tr("Reliability"), self.tr("Published"), self.tr("Category"),
            self.tr("Victims"), self.tr("Figure"), self.tr("Credibility"), self.tr("Quote")])
        self.figures.setColumnCount(8)
        self.figures.setHorizontalHeaderLabels([
            self.tr("Category"), self.tr("Victims"), self.tr("Low"), self.tr("Best"), self.tr("High"),
            self.tr("Status"), self.tr("Claims"), self.tr("Independent sources")])
        self.assessments.setColumnCount(7)
        self.assessments.setHorizontalHeaderLabels([
            self.tr("Category"), self.tr("Victims"), self.tr("Low"), self.tr("Best"), self.tr("High"),
            self.tr("By"), self.tr("Rationale")])
        self.history.setColumnCount(5)
        self.history.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes"), self.tr("Why")])
        if self.detail is not None:
            self._show(self.detail)
        else:
            self.tabs.setTabText(0, self.tr("Overview"))
            self.tabs.setTabText(1, self.tr("Claims"))
            self.tabs.setTabText(2, self.tr("History"))
            self.tabs.setTabText(3, self.tr("People"))

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------------

    def open_record(self, incident_id: uuid.UUID) -> None:
        if incident_id != self.incident_id:
            self._people_count = None
        self.incident_id = incident_id
        self.reload()

    def reload(self) -> None:
        if self.incident_id is None:
            return
        with self.context.database.session() as s:
            detail = incident_detail(s, self.incident_id, lang=self.context.lang)
        if detail is None:
            self.detail = None
            self.heading.setText(self.tr("This incident no longer exists (it was deleted)."))
            self.edit_button.setEnabled(False)
            self.delete_button.setEnabled(False)
            return
        self.detail = detail
        self.edit_button.setEnabled(True)
        self.delete_button.setEnabled(True)
        self._show(detail)
        self.people_tab.load(self.incident_id, self._people_loaded)

    def _people_loaded(self, count: int) -> None:
        self._people_count = count
        self.tabs.setTabText(3, fmt.fill(self.tr("People (%1)"), fmt.number(count)))

    def on_bus_changed(self, changes: Changes) -> None:
        if self.incident_id is None or not self.isVisible():
            return
        if changes.touches("claim", "report", "source", "place", "actor", "attachment", "person", "mention") \
                or changes.touches_record("incident", self.incident_id) \
                or changes.touches_record("figure", self.incident_id):
            self.reload()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        self.reload()

    # -- showing -------------------------------------------------------------------------------

    def _show(self, d: IncidentDetail) -> None:
        primary = next((p for p in d.places if p.primary), d.places[0] if d.places else None)
        when = fmt.date_span(d.start_date, d.end_date, d.date_precision)
        where = primary.name if primary else self.tr("no place")
        self.heading.setText(fmt.fill(self.tr("%1 — %2 — %3"), enum_label(d.event_type), where, fmt.isolate(when)))
        self._values["dates"].setText(fmt.fill(self.tr("%1 (%2)"), fmt.isolate(when), enum_label(d.date_precision)))
        places = []
        for p in d.places:
            inside = self.tr(", ").join(reversed(p.ancestors)) if p.ancestors else ""
            line = f"<b>{_esc(p.name)}</b>" if p.primary else _esc(p.name)
            line += " " + fmt.fill(self.tr("(%1; %2)"), enum_label(p.level), enum_label(p.precision))
            if inside:
                line += " — " + _esc(inside)
            places.append(line)
        self._values["places"].setText("<br>".join(places) or self.tr("none recorded"))
        self._values["actors"].setText("<br>".join(
            f"{_esc(a.name)} ({enum_label(a.role)})" for a in d.actors) or self.tr("none recorded"))
        none = self.tr("none recorded")
        self._values["description_ar"].setText(d.description_ar or none)
        self._values["description_ar"].setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if d.description_ar else self.layoutDirection())
        self._values["description_en"].setText(d.description_en or none)
        self._values["description_en"].setLayoutDirection(
            Qt.LayoutDirection.LeftToRight if d.description_en else self.layoutDirection())
        self._values["notes"].setText(d.notes or none)
        if d.grade is None:
            grade = self.tr("not graded yet")
        else:
            grade = enum_label(d.grade)
            if d.grade_reasons:
                grade += " — " + d.grade_reasons
            if d.grade_accepted_by:
                grade += " " + fmt.fill(self.tr("(accepted by %1, %2)"), d.grade_accepted_by,
                                        fmt.timestamp(d.grade_accepted_at))
        self._values["grade"].setText(grade)
        self._values["recorded"].setText(
            fmt.fill(self.tr("added by %1 on %2; last changed by %3 on %4"), fmt.isolate(d.created_by),
                     fmt.timestamp(d.created_at), fmt.isolate(d.updated_by), fmt.timestamp(d.updated_at)))
        self._fill_figures(d)
        self._fill_claims(d.claims)
        self._fill_history(d.history, d.history_names)
        self.tabs.setTabText(0, self.tr("Overview"))
        self.tabs.setTabText(1, fmt.fill(self.tr("Claims (%1)"), fmt.number(len(d.claims))))
        self.tabs.setTabText(2, fmt.fill(self.tr("History (%1)"), fmt.number(len(d.history))))
        self.tabs.setTabText(3, fmt.fill(self.tr("People (%1)"), fmt.number(self._people_count))
                             if self._people_count is not None else self.tr("People"))

    def _fill_figures(self, d: IncidentDetail) -> None:
        self.figures.setRowCount(len(d.figures))
        for r, f in enumerate(d.figures):
            cells = [_item(enum_label(f.category)), _item(enum_label(f.victim_group)),
                     _item(fmt.number(f.low), numeric=True), _item(fmt.number(f.best), numeric=True),
                     _item(fmt.number(f.high), numeric=True), _item(enum_label(f.status), tip=f.rule),
                     _item(fmt.number(f.claims_count), numeric=True),
                     _item(fmt.number(f.independent_sources), numeric=True)]
            for c, item in enumerate(cells):
                self.figures.setItem(r, c, item)
        self.figures.setVisible(bool(d.figures))
        self.figures_note.setText("" if d.figures else self.tr(
            "Not cross-referenced yet: the figures are derived from the claims by the conflict scan "
            "(Conflicts page). Until then the lists show the largest figure a report gives."))
        self.figures_note.setVisible(not d.figures)
        _fit(self.figures)
        self.assessments.setRowCount(len(d.assessments))
        for r, a in enumerate(d.assessments):
            cells = [_item(enum_label(a.category)), _item(enum_label(a.victim_group)),
                     _item(fmt.number(a.low), numeric=True), _item(fmt.number(a.best), numeric=True),
                     _item(fmt.number(a.high), numeric=True),
                     _item(f"{a.assessed_by}, {fmt.timestamp(a.assessed_at)}"),
                     _item(a.rationale + (" " + self.tr("(withdrawn)") if a.withdrawn else ""), tip=a.rationale)]
            for c, item in enumerate(cells):
                if a.withdrawn:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.assessments.setItem(r, c, item)
        self.assessments.setVisible(bool(d.assessments))
        self.assessments_note.setText("" if d.assessments else self.tr("No auditor has accepted a figure yet."))
        self.assessments_note.setVisible(not d.assessments)
        _fit(self.assessments)

    def _fill_claims(self, claims: list[ClaimRow]) -> None:
        self.claims.setRowCount(len(claims))
        muted = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for r, c in enumerate(claims):
            source = c.source
            source_tip = c.report_title
            if c.relays:
                source = fmt.fill(self.tr("%1 (relays %2)"), c.source, c.relays)
                source_tip += "\n" + self.tr("This report relays another: it is not independent corroboration.")
            figure = fmt.figure_range(c.min, c.max, c.approximate, c.vague)
            published = fmt.day(c.published)
            if c.stated_at and c.superseded:
                figure = fmt.fill(self.tr("%1 (revised later)"), figure)
            cells = [_item(source, tip=source_tip, data=c.id), _item(c.reliability.value, tip=enum_label(c.reliability)),
                     _item(published, tip=fmt.timestamp(c.stated_at)), _item(enum_label(c.category)),
                     _item(enum_label(c.victim_group) + (" " + self.tr("(part of another figure)") if c.part_of_id
                                                          else "")),
                     _item(figure, numeric=True), _item(fmt.number(c.credibility), tip=credibility_label(c.credibility)),
                     _item(c.quote or "", tip=c.quote)]
            for col, item in enumerate(cells):
                if c.superseded:
                    item.setForeground(muted)
                self.claims.setItem(r, col, item)
        self.claims_note.setText(self.tr(
            "Every figure every report gives for this incident. Grey rows were revised later by the same report; "
            "a report that relays another is not independent.") if claims else self.tr("No report gives a figure "
                                                                                        "for this incident yet."))
        self.claims.resizeColumnsToContents()
        for col in range(self.claims.columnCount() - 1):
            self.claims.setColumnWidth(col, min(self.claims.columnWidth(col), 260))
        self.claims.resizeRowsToContents()

    def _fill_history(self, history: list[HistoryRow], names: dict[uuid.UUID, str]) -> None:
        self.history.setRowCount(len(history))
        for r, h in enumerate(history):
            what = fmt.fill(self.tr("%1 %2"), table_label(h.table_name), _action(h.action))
            changes = _changes(h, names)
            cells = [_item(fmt.timestamp(h.at)), _item(h.user), _item(what), _item(changes, tip=changes),
                     _item(operation_label(h.context))]
            for c, item in enumerate(cells):
                self.history.setItem(r, c, item)
        self.history.resizeColumnsToContents()
        self.history.setColumnWidth(3, min(max(self.history.columnWidth(3), 200), 520))
        self.history.resizeRowsToContents()

    # -- actions -------------------------------------------------------------------------------

    def selected_claim(self) -> uuid.UUID | None:
        row = self.claims.currentRow()
        item = self.claims.item(row, 0) if row >= 0 else None
        return item.data(ClaimIdRole) if item is not None else None

    def edit_incident(self) -> None:
        if self.incident_id is not None:
            edit_record(self.context, self, "incident", self.incident_id)

    def delete_incident(self) -> None:
        if self.incident_id is not None:
            delete_records(self.context, self, "incident", [self.incident_id],
                           on_deleted=lambda: self.context.bus.sig_show_page.emit("<back>", None))

    def edit_claim(self, *_: Any) -> None:
        claim = self.selected_claim()
        if claim is not None:
            edit_record(self.context, self, "claim", claim)

    def open_report(self) -> None:
        claim = self.selected_claim()
        if claim is None or self.detail is None:
            return
        for c in self.detail.claims:
            if c.id == claim:
                self.context.open_record("report", c.report_id)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _action(action: str) -> str:
    return enum_label(AuditAction(action))


# Audit values of these columns are vocabulary words: shown translated.
_ENUM_FIELDS = {
    "category": Category, "victim_group": VictimGroup, "event_type": EventType, "date_precision": DatePrecision,
    "precision": LocationPrecision, "role": ActorRole, "grade": Grade, "status": ConflictStatus,
    "level": PlaceLevel, "reliability": Reliability,
}


def _value(key: str, v: Any, names: dict[uuid.UUID, str] | None = None) -> str:
    if v is None or v == "" or v == []:
        return "∅"
    if key.endswith("_id") and names:
        try:
            return names.get(uuid.UUID(str(v)), str(v)[:8])
        except ValueError:
            pass
    if isinstance(v, str) and key.endswith(("_date", "date")) and len(v) == 10:
        try:
            return fmt.day(date.fromisoformat(v))  # the interface's digits, not the stored ISO text
        except ValueError:
            pass
    enum = _ENUM_FIELDS.get(key)
    if enum is not None:
        try:
            return enum_label(enum(v))
        except ValueError:
            pass
    if isinstance(v, bool):
        return QCoreApplication.translate("IncidentPage", "yes") if v else \
            QCoreApplication.translate("IncidentPage", "no")
    if isinstance(v, int):
        return fmt.number(v)
    text = fmt.separator().join(map(str, v)) if isinstance(v, list) else str(v)
    return text if len(text) <= 60 else text[:57] + "…"


def _changes(h: HistoryRow, names: dict[uuid.UUID, str]) -> str:
    """What an entry changed, in the interface language: for an update each field's old and
    new value; for an added or removed record the fields that say which (the place, the actor,
    the claim's figure), with names for the ids."""
    if h.action == "update" and h.new:
        return "\n".join(f"{field_label(k)}: {fmt.isolate(_value(k, (h.old or {}).get(k), names))} → "
                         f"{fmt.isolate(_value(k, v, names))}" for k, v in h.new.items())
    values = h.new if h.action == "insert" else h.old
    if not values:
        return ""
    keys = [k for k in ("place_id", "actor_id", "name_ar", "title", "category", "victim_group", "min", "max",
                        "start_date", "role", "precision", "is_primary", "low", "best", "high")
            if values.get(k) not in (None, "")]
    return "\n".join(f"{field_label(k)}: {fmt.isolate(_value(k, values[k], names))}" for k in keys)


def _fit(table: QTableWidget) -> None:
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    h = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(table.rowCount())) + 4
    table.setFixedHeight(min(h, 320))
    table.horizontalHeader().setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)


PAGE = PageSpec(key="incident", title=QT_TRANSLATE_NOOP("Pages", "Incident"), factory=IncidentPage, order=None,
                record_kind="incident")
