"""One person's page: every mention of the person side by side (one column each: the name as
written and its parts, sex, age, status, fate, date, place, incident, report, source and the
list's mention id; rows where the mentions disagree stand out), and the person's merge history.
Undo a merge, split mentions off into a person of their own, open a mention's incident or
report. Reached from the People list, the matching page and an incident's people."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...queries.people import MentionRow, MergeRow, PersonDetail, person_detail
from ...victims import decisions
from .. import format as fmt
from ..context import AppContext
from ..labels import enum_label
from ..ops import OpContext
from ..undo import PersonMergeCommand
from ..widgets.delegates import BidiDelegate
from . import PageSpec
from ._page import ReviewPage, record_header

MentionIdRole = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("PersonPage", text)


# The rows of the side-by-side table: (title, how a mention shows in it).
FIELDS: list[tuple[str, Callable[[MentionRow], str]]] = [
    (QT_TRANSLATE_NOOP("PersonPage", "Name as written"), lambda m: m.name),
    (QT_TRANSLATE_NOOP("PersonPage", "Given name"), lambda m: m.parts.get("given", "")),
    (QT_TRANSLATE_NOOP("PersonPage", "Father"), lambda m: m.parts.get("father", "")),
    (QT_TRANSLATE_NOOP("PersonPage", "Grandfather"), lambda m: m.parts.get("grandfather", "")),
    (QT_TRANSLATE_NOOP("PersonPage", "Family or tribe"), lambda m: m.parts.get("family", "")),
    (QT_TRANSLATE_NOOP("PersonPage", "Laqab"), lambda m: m.parts.get("laqab", "")),
    (QT_TRANSLATE_NOOP("PersonPage", "Kunya"), lambda m: m.parts.get("kunya", "")),
    (QT_TRANSLATE_NOOP("PersonPage", "Sex"), lambda m: enum_label(m.sex)),
    (QT_TRANSLATE_NOOP("PersonPage", "Age"),
     lambda m: fmt.number(m.age) if m.age is not None else enum_label(m.age_group)),
    (QT_TRANSLATE_NOOP("PersonPage", "Status"), lambda m: enum_label(m.status)),
    (QT_TRANSLATE_NOOP("PersonPage", "Occupation"), lambda m: m.occupation or ""),
    (QT_TRANSLATE_NOOP("PersonPage", "Residence"), lambda m: m.residence or ""),
    (QT_TRANSLATE_NOOP("PersonPage", "What happened"), lambda m: enum_label(m.fate)),
    (QT_TRANSLATE_NOOP("PersonPage", "Date"), lambda m: fmt.day(m.fate_date)),
    (QT_TRANSLATE_NOOP("PersonPage", "Place"), lambda m: m.place),
    (QT_TRANSLATE_NOOP("PersonPage", "Cause"), lambda m: m.cause or ""),
    (QT_TRANSLATE_NOOP("PersonPage", "Incident"),
     lambda m: fmt.fill(QCoreApplication.translate("PersonPage", "%1, %2"), fmt.day(m.incident_date), m.incident)
     if m.incident_date else m.incident),
    (QT_TRANSLATE_NOOP("PersonPage", "Report"), lambda m: m.report),
    (QT_TRANSLATE_NOOP("PersonPage", "Source"), lambda m: m.source),
    (QT_TRANSLATE_NOOP("PersonPage", "Mention id"), lambda m: m.mention_id),
    (QT_TRANSLATE_NOOP("PersonPage", "Notes"), lambda m: m.notes or ""),
]


# Rows shown only when some mention gives them (the others always, empty or not).
OPTIONAL = {FIELDS[i][0] for i in (1, 2, 3, 4, 5, 6, 10, 11, 15, 17, 20)}


def _item(text: str, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(text if len(text) > 30 else "")
    if data is not None:
        item.setData(MentionIdRole, data)
    return item


class PersonPage(ReviewPage):
    """`open_record(person_id)` shows a person; it follows changes through the bus."""

    WATCHES = ("person", "mention", "incident", "report", "source", "place")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.person_id: uuid.UUID | None = None
        self.detail: PersonDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.back_button, self.heading = record_header(self, context)
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        layout.addLayout(top)
        self.summary = QLabel(self)
        self.summary.setObjectName("person_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(self.on_summary_link)
        layout.addWidget(self.summary)

        split = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(split, 1)
        upper = QWidget(split)
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        self.mentions = QTableWidget(upper)
        self.mentions.setObjectName("mentions_table")
        self.mentions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mentions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.mentions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.mentions.setItemDelegate(BidiDelegate(self.mentions))
        self.mentions.setWordWrap(False)
        self.mentions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.mentions.itemSelectionChanged.connect(self._update_buttons)
        ul.addWidget(self.mentions, 1)
        actions = QHBoxLayout()
        self.hint = QLabel(upper)
        self.hint.setObjectName("mentions_hint")
        self.hint.setWordWrap(True)
        actions.addWidget(self.hint, 1)
        self.incident_button = QPushButton(upper)
        self.incident_button.setObjectName("button_open_incident")
        self.incident_button.clicked.connect(self.open_incident)
        self.report_button = QPushButton(upper)
        self.report_button.setObjectName("button_open_report")
        self.report_button.clicked.connect(self.open_report)
        self.split_button = QPushButton(upper)
        self.split_button.setObjectName("button_split")
        self.split_button.clicked.connect(self.split_selected)
        for b in (self.incident_button, self.report_button, self.split_button):
            actions.addWidget(b)
        ul.addLayout(actions)

        lower = QWidget(split)
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 4, 0, 0)
        self.history_title = QLabel(lower)
        self.history_title.setObjectName("section")
        ll.addWidget(self.history_title)
        self.history = QTableWidget(lower)
        self.history.setObjectName("merge_history")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.verticalHeader().setVisible(False)
        self.history.setItemDelegate(BidiDelegate(self.history))
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.itemSelectionChanged.connect(self._update_buttons)
        ll.addWidget(self.history, 1)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        self.unmerge_button = QPushButton(lower)
        self.unmerge_button.setObjectName("button_unmerge")
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        undo_row.addWidget(self.unmerge_button)
        ll.addLayout(undo_row)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.retranslate()
        self._update_buttons()

    # -- texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back") if self.layoutDirection() == Qt.LayoutDirection.LeftToRight
                                 else self.tr("→ Back"))
        self.incident_button.setText(self.tr("Open &incident"))
        self.report_button.setText(self.tr("Open &report"))
        self.split_button.setText(self.tr("&Split off…"))
        self.split_button.setToolTip(self.tr("The selected mentions are someone else: they become a person of their "
                                             "own"))
        self.unmerge_button.setText(self.tr("&Undo this merge"))
        self.unmerge_button.setToolTip(self.tr("Give the merged person back its own mentions"))
        self.hint.setText(self.tr("One column per mention; rows where the mentions differ are in bold. Select "
                                  "mentions (their columns) to open their incident or report, or to split them off."))
        self.history_title.setText(self.tr("<b>Merge history</b>"))
        self.history.setColumnCount(4)
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                                self.tr("Undone")])
        if self.detail is not None:
            self._show(self.detail)

    # -- reading ---------------------------------------------------------------------------------

    def open_record(self, person_id: uuid.UUID) -> None:
        self.person_id = person_id
        self.reload()

    def activate(self, arg: Any = None) -> None:
        if isinstance(arg, uuid.UUID):
            self.open_record(arg)
        elif self.person_id is not None:
            super().activate(arg)

    def reload(self) -> None:
        if self.person_id is not None:
            super().reload()

    def read_op(self) -> Callable[[OpContext], PersonDetail | None]:
        pid, lang = self.person_id, self.context.lang
        return lambda ctx: person_detail(ctx.session, pid, lang=lang) if pid is not None else None

    def show_read(self, detail: PersonDetail | None) -> None:
        if detail is not None and detail.id != self.person_id:
            return  # another person was opened meanwhile; its own read follows
        self.detail = detail
        if detail is None:
            self.heading.setText(self.tr("This person no longer exists."))
            self.summary.clear()
            self.mentions.setColumnCount(0)
            self.history.setRowCount(0)
            self._update_buttons()
            return
        self._show(detail)

    def show_failure(self, message: str) -> None:
        self.summary.setText(fmt.fill(self.tr("Could not read the person: %1"), escape(message)))

    # -- showing ---------------------------------------------------------------------------------

    def _show(self, d: PersonDetail) -> None:
        self.heading.setText(d.name or self.tr("(no name)"))
        sources = {m.source for m in d.mentions if m.source}
        text = fmt.fill(self.tr("%1 · %2"), self.tr("%n mention(s)", "", len(d.mentions)),
                        self.tr("%n source(s)", "", len(sources)))
        if d.merged_into_id is not None:
            text = fmt.fill(self.tr("%1 · merged into <a href=\"person:%2\">another person</a>"), text,
                            str(d.merged_into_id))
        self.summary.setText(text)
        rows = [(title, [show(m) for m in d.mentions]) for title, show in FIELDS]
        keep = [(t, v) for t, v in rows if any(v) or t not in OPTIONAL]
        self.mentions.clear()
        self.mentions.setColumnCount(len(d.mentions))
        self.mentions.setRowCount(len(keep))
        self.mentions.setVerticalHeaderLabels([_t(t) for t, _ in keep])
        self.mentions.setHorizontalHeaderLabels([
            fmt.fill(self.tr("%1 · %2"), m.source or self.tr("no source"), fmt.isolate(m.mention_id))
            if len(m.mention_id) < 24 else (m.source or self.tr("no source")) for m in d.mentions])
        bold = QFont(self.mentions.font())
        bold.setBold(True)
        for r, (_title, values) in enumerate(keep):
            differ = len({v for v in values if v}) > 1
            for c, value in enumerate(values):
                item = _item(value, d.mentions[c].id)
                if differ:
                    item.setFont(bold)
                self.mentions.setItem(r, c, item)
        self.mentions.resizeColumnsToContents()
        for c in range(self.mentions.columnCount()):
            self.mentions.setColumnWidth(c, min(max(self.mentions.columnWidth(c), 140), 320))
        self._fill_history(d.merges, d)
        self._update_buttons()

    def _fill_history(self, merges: list[MergeRow], d: PersonDetail) -> None:
        self.history.setRowCount(len(merges))
        for r, m in enumerate(merges):
            if m.kept_id == d.id:
                what = fmt.fill(self.tr("Merged into this person: «%1» (%n mention(s))", "", m.mentions),
                                fmt.isolate(m.absorbed_name or str(m.absorbed_id)[:8]))
            else:
                what = self.tr("This person merged into another (%n mention(s))", "", m.mentions)
            undone = fmt.fill(self.tr("%1 by %2"), fmt.timestamp(m.undone_at), fmt.isolate(m.undone_by or "")) \
                if m.undone_at else ""
            cells = [_item(fmt.timestamp(m.merged_at), m.absorbed_id), _item(m.merged_by), _item(what),
                     _item(undone)]
            for c, item in enumerate(cells):
                self.history.setItem(r, c, item)
        self.history.resizeColumnsToContents()
        self.history.setVisible(bool(merges))
        self.history_title.setText(self.tr("<b>Merge history</b>") if merges else
                                   self.tr("<b>Merge history</b>: never merged with another person."))

    # -- actions ---------------------------------------------------------------------------------

    def selected_mentions(self) -> list[MentionRow]:
        if self.detail is None:
            return []
        cols = sorted({i.column() for i in self.mentions.selectedIndexes()})
        return [self.detail.mentions[c] for c in cols if c < len(self.detail.mentions)]

    def selected_merge(self) -> MergeRow | None:
        if self.detail is None:
            return None
        rows = {i.row() for i in self.history.selectedIndexes()}
        if len(rows) != 1:
            return None
        merge = self.detail.merges[next(iter(rows))]
        return merge if merge.undone_at is None else None

    def _update_buttons(self) -> None:
        chosen = self.selected_mentions()
        self.incident_button.setEnabled(len(chosen) == 1 and chosen[0].incident_id is not None)
        self.report_button.setEnabled(len(chosen) == 1 and chosen[0].report_id is not None)
        self.split_button.setEnabled(bool(chosen) and self.detail is not None
                                     and len(chosen) < len(self.detail.mentions)
                                     and self.detail.merged_into_id is None)
        self.unmerge_button.setEnabled(self.selected_merge() is not None)

    def on_summary_link(self, link: str) -> None:
        if link.startswith("person:"):
            self.context.open_record("person", uuid.UUID(link.split(":", 1)[1]))

    def open_incident(self) -> None:
        chosen = self.selected_mentions()
        if len(chosen) == 1 and chosen[0].incident_id is not None:
            self.context.open_record("incident", chosen[0].incident_id)

    def open_report(self) -> None:
        chosen = self.selected_mentions()
        if len(chosen) == 1 and chosen[0].report_id is not None:
            self.context.open_record("report", chosen[0].report_id)

    def split_selected(self) -> None:
        ids = [m.id for m in self.selected_mentions()]
        if not ids:
            return

        def op(ctx: Any) -> uuid.UUID:
            return decisions.split(ctx.session, ids).id

        def done(new_person: uuid.UUID) -> None:
            self.context.bus.sig_status.emit(self.tr("Split off: the mentions are a person of their own."))
            self.context.open_record("person", new_person)

        self.context.run_op(self, op, done, write=True, context="split person")

    def unmerge_selected(self) -> None:
        merge = self.selected_merge()
        if merge is None:
            return
        kept, absorbed, user = merge.kept_id, merge.absorbed_id, self.context.user

        def op(ctx: Any) -> None:
            decisions.unmerge(ctx.session, absorbed, user=user)

        def done(_: Any) -> None:
            self.context.undo_stack.push(PersonMergeCommand(self.context, kept, absorbed, self.tr("undo merge"),
                                                            unmerged=True))
            self.context.bus.sig_status.emit(self.tr("Merge undone: both persons are as they were."))

        self.context.run_op(self, op, done, write=True, context="unmerge persons")


PAGE = PageSpec(key="person", title=QT_TRANSLATE_NOOP("Pages", "Person"), factory=PersonPage, order=None,
                record_kind="person")
