"""Merge conflicts and proposed matches: what merging other databases left for a person to settle.

A conflict is a record both databases changed since they last met: both versions are shown field
by field, and the person keeps one. A proposed match is a source, place or actor entered in both
under the same name: the person confirms (one record, references re-pointed) or rejects it.
Also registers the File › Merge another database… action (see ui/merge_dialog.py)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...changes import Changes
from ...sync.conflicts import list_conflicts, resolve_conflict
from ...sync.matching import confirm_match, list_matches, reject_match
from ...sync.tables import BY_NAME
from ..actions import register_handler
from ..context import AppContext
from ..format import fill, join, separator, timestamp
from ..labels import field_label, table_label
from ..merge_dialog import choose_and_merge
from ..models.rows import ListTableModel
from ..widgets.delegates import BidiDelegate
from . import PageSpec

# Notes the merge attaches to some conflicts (casualtydb.sync.merge), as the interface says them.
NOTES = {
    "deleted here, but records merged in refer to it: restored":
        QT_TRANSLATE_NOOP("MergeConflicts", "Records merged in refer to it, so it was restored."),
    "changed in the other database after it was found to be the same as this record":
        QT_TRANSLATE_NOOP("MergeConflicts", "The other database changed its copy after the two were found to be "
                                            "the same record."),
}

RecordIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

# Kinds the views know, for `context.changed` after a conflict is settled.
TABLE_KIND = {"incidents": "incident", "reports": "report", "sources": "source", "places": "place",
              "actors": "actor", "claims": "claim", "assessments": "assessment",
              "incident_places": "incident", "incident_actors": "incident"}


def show_value(value: Any) -> str:
    """A stored value as a person reads it (JSON data from the conflict record)."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return QT_TRANSLATE_NOOP("MergeConflicts", "yes") if value else QT_TRANSLATE_NOOP("MergeConflicts", "no")
    if isinstance(value, list):
        return separator().join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= 300 else text[:299] + "…"


class ConflictsModel(ListTableModel):
    CONTEXT = "MergeConflicts"
    COL_RECORD, COL_WHAT, COL_FROM, COL_WHEN, COL_STATE = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("MergeConflicts", "Record"), QT_TRANSLATE_NOOP("MergeConflicts", "What happened"),
               QT_TRANSLATE_NOOP("MergeConflicts", "Merged from"), QT_TRANSLATE_NOOP("MergeConflicts", "When"),
               QT_TRANSLATE_NOOP("MergeConflicts", "Now"))


    def what(self, row: Any) -> str:
        if row.kind.value == "edit":
            fields = join(field_label(d.field) for d in row.differences)
            return fill(self.tr("changed in both databases: %1"), fields)
        if row.local is None:
            return self.tr("deleted here, changed in the other database")
        return self.tr("deleted in the other database, changed or still used here")

    def state(self, row: Any) -> str:
        if row.resolution is not None:
            return (self.tr("settled: this database's version") if row.resolution.value == "local"
                    else self.tr("settled: the other version"))
        if row.local is None or row.remote is None:
            return self.tr("record kept")
        return (self.tr("has this database's version") if row.applied.value == "local"
                else self.tr("has the other version"))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if col == self.COL_RECORD:
                return f"{table_label(row.table)}: {row.label}"
            if col == self.COL_WHAT:
                return self.what(row)
            if col == self.COL_FROM:
                return Path(row.peer_label).name if "://" not in row.peer_label else row.peer_label
            if col == self.COL_WHEN:
                return timestamp(row.detected_at) if role == Qt.ItemDataRole.DisplayRole else row.detected_at
            if col == self.COL_STATE:
                return self.state(row)
        if role == RecordIdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_FROM:
            return row.peer_label
        return None


class DifferencesModel(ListTableModel):
    CONTEXT = "MergeConflicts"
    COL_FIELD, COL_LOCAL, COL_REMOTE = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("MergeConflicts", "Field"),
               QT_TRANSLATE_NOOP("MergeConflicts", "This database"),
               QT_TRANSLATE_NOOP("MergeConflicts", "The other database"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.conflict: Any = None

    def set_conflict(self, conflict: Any) -> None:
        self.beginResetModel()
        self.conflict = conflict
        if conflict is None:
            self.rows = []
        elif conflict.local is None or conflict.remote is None:
            deleted = self.tr("(deleted)")
            present = conflict.local or conflict.remote or {}

            names = [c.name for c in BY_NAME[conflict.table].content]
            self.rows = [(field_label(n), show_value(present.get(n)) if conflict.local else deleted,
                          show_value(present.get(n)) if conflict.remote else deleted)
                         for n in names if present.get(n) not in (None, "", [])]
        else:
            self.rows = [(field_label(d.field), show_value(d.local), show_value(d.remote))
                         for d in conflict.differences]
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.rows[index.row()][index.column()]
            return QCoreApplication.translate("MergeConflicts", value) if value in ("yes", "no") else value
        return None


class MatchesModel(ListTableModel):
    CONTEXT = "MergeConflicts"
    COL_KIND, COL_HERE, COL_THERE, COL_REASON = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("MergeConflicts", "Kind"), QT_TRANSLATE_NOOP("MergeConflicts", "In this database"),
               QT_TRANSLATE_NOOP("MergeConflicts", "Merged in"), QT_TRANSLATE_NOOP("MergeConflicts", "Why"))
    REASONS = {"same Arabic name": QT_TRANSLATE_NOOP("MergeConflicts", "same Arabic name"),
               "same English name": QT_TRANSLATE_NOOP("MergeConflicts", "same English name")}


    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if col == self.COL_KIND:
                return table_label(row.table)
            if col == self.COL_HERE:
                return row.local_label
            if col == self.COL_THERE:
                return row.remote_label
            if col == self.COL_REASON:
                reason = self.REASONS.get(row.reason)
                return QCoreApplication.translate("MergeConflicts", reason) if reason else row.reason
        if role == RecordIdRole:
            return row.id
        return None


def _load(include_settled: bool) -> Any:
    def op(ctx: Any) -> tuple[list[Any], list[Any]]:
        return (list_conflicts(session=ctx.session, include_resolved=include_settled),
                list_matches(session=ctx.session))
    return op


class MergeConflictsPage(QWidget):
    """Two tabs: conflicts (with a field-by-field comparison) and proposed matches."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._generation = 0
        self.loaded = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.intro = QLabel(self)
        self.intro.setObjectName("merge_conflicts_intro")
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("merge_tabs")
        lay.addWidget(self.tabs, 1)

        # Conflicts
        conflicts = QWidget(self.tabs)
        cl = QVBoxLayout(conflicts)
        bar = QHBoxLayout()
        self.show_settled = QCheckBox(conflicts)
        self.show_settled.setObjectName("show_settled")
        self.show_settled.toggled.connect(lambda *_: self.refresh())
        bar.addWidget(self.show_settled)
        bar.addStretch(1)
        self.merge_button = QPushButton(conflicts)
        self.merge_button.setObjectName("merge_database_button")
        self.merge_button.clicked.connect(self.on_merge_button_clicked)
        bar.addWidget(self.merge_button)
        cl.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical, conflicts)
        self.conflicts_model = ConflictsModel(self)
        self.conflicts_view = self._table(split, self.conflicts_model, "conflicts_view")
        self.conflicts_view.selectionModel().currentRowChanged.connect(self.on_conflict_current_changed)
        detail = QWidget(split)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        self.detail_label = QLabel(detail)
        self.detail_label.setObjectName("conflict_detail")
        self.detail_label.setWordWrap(True)
        dl.addWidget(self.detail_label)
        self.diff_model = DifferencesModel(self)
        self.diff_view = self._table(detail, self.diff_model, "differences_view")
        self.diff_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.diff_view.setWordWrap(True)
        dl.addWidget(self.diff_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.keep_local = QPushButton(detail)
        self.keep_local.setObjectName("keep_local")
        self.keep_remote = QPushButton(detail)
        self.keep_remote.setObjectName("keep_remote")
        self.keep_local.clicked.connect(lambda: self.resolve("local"))
        self.keep_remote.clicked.connect(lambda: self.resolve("remote"))
        buttons.addWidget(self.keep_local)
        buttons.addWidget(self.keep_remote)
        dl.addLayout(buttons)
        split.addWidget(self.conflicts_view)
        split.addWidget(detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        cl.addWidget(split, 1)
        self.tabs.addTab(conflicts, "")

        # Proposed matches
        matches = QWidget(self.tabs)
        ml = QVBoxLayout(matches)
        self.matches_intro = QLabel(matches)
        self.matches_intro.setWordWrap(True)
        ml.addWidget(self.matches_intro)
        self.matches_model = MatchesModel(self)
        self.matches_view = self._table(matches, self.matches_model, "matches_view")
        self.matches_view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        ml.addWidget(self.matches_view, 1)
        mb = QHBoxLayout()
        mb.addStretch(1)
        self.same_keep_here = QPushButton(matches)
        self.same_keep_here.setObjectName("same_keep_here")
        self.same_keep_there = QPushButton(matches)
        self.same_keep_there.setObjectName("same_keep_there")
        self.different = QPushButton(matches)
        self.different.setObjectName("different")
        self.same_keep_here.clicked.connect(lambda: self.decide_match("local"))
        self.same_keep_there.clicked.connect(lambda: self.decide_match("remote"))
        self.different.clicked.connect(lambda: self.decide_match(None))
        for b in (self.same_keep_here, self.same_keep_there, self.different):
            mb.addWidget(b)
        ml.addLayout(mb)
        self.tabs.addTab(matches, "")

        context.bus.sig_changed.connect(self.on_bus_changed)
        self.retranslate()
        self._enable()

    def _table(self, parent: QWidget, model: QAbstractTableModel, name: str) -> QTableView:
        view = QTableView(parent)
        view.setObjectName(name)
        view.setModel(model)
        view.setItemDelegate(BidiDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.setAlternatingRowColors(True)
        return view

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Merging another database never overwrites anything silently. Records both databases changed "
            "since they last met are listed here with both versions: the record now has the more recent "
            "one; keep whichever is right."))
        self.show_settled.setText(self.tr("Show settled conflicts too"))
        self.merge_button.setText(self.tr("Merge another database…"))
        self.keep_local.setText(self.tr("Keep this database's version"))
        self.keep_remote.setText(self.tr("Keep the other database's version"))
        self.matches_intro.setText(self.tr(
            "Sources, places and actors entered in both databases under the same name. If they are the same, "
            "one record is kept and everything that referred to the other is moved to it; its name is kept as "
            "another spelling."))
        self.same_keep_here.setText(self.tr("Same: keep this database's record"))
        self.same_keep_there.setText(self.tr("Same: keep the merged-in record"))
        self.different.setText(self.tr("Different records"))
        self._tab_titles()

    def _tab_titles(self) -> None:
        open_conflicts = sum(1 for r in self.conflicts_model.rows if r.resolution is None)
        self.tabs.setTabText(0, fill(self.tr("Conflicts (%1)"), str(open_conflicts)))
        self.tabs.setTabText(1, fill(self.tr("Proposed matches (%1)"), str(len(self.matches_model.rows))))

    # -- loading --------------------------------------------------------------------------------

    def activate(self, arg: Any = None) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        selected = self._current(self.conflicts_view, self.conflicts_model)
        selected_id = selected.id if selected is not None else None

        def done(result: tuple[list[Any], list[Any]]) -> None:
            if generation != self._generation:
                return
            conflicts, matches = result
            self.conflicts_model.set_rows(conflicts)
            self.matches_model.set_rows(matches)
            self.loaded = True
            self._tab_titles()
            row = next((i for i, c in enumerate(conflicts) if c.id == selected_id), 0 if conflicts else None)
            if row is not None:
                self.conflicts_view.setCurrentIndex(self.conflicts_model.index(row, 0))
            self.on_conflict_current_changed()
            if matches:
                self.matches_view.setCurrentIndex(self.matches_model.index(0, 0))
            for view in (self.conflicts_view, self.matches_view):
                view.resizeColumnsToContents()
                header = view.horizontalHeader()
                for col in range(header.count() - 1):
                    header.resizeSection(col, min(header.sectionSize(col), 380))
            self._enable()

        self.context.run_op(self, _load(self.show_settled.isChecked()), done)

    def on_bus_changed(self, changes: Changes) -> None:
        if self.loaded and self.isVisible() and changes.everything_changed:
            self.refresh()

    # -- conflicts ------------------------------------------------------------------------------

    @staticmethod
    def _current(view: QTableView, model: Any) -> Any:
        index = view.currentIndex()
        return model.rows[index.row()] if index.isValid() and index.row() < len(model.rows) else None

    def on_conflict_current_changed(self, *_: Any) -> None:
        conflict = self._current(self.conflicts_view, self.conflicts_model)
        self.diff_model.set_conflict(conflict)
        if conflict is None:
            self.detail_label.setText(self.tr("No merge conflicts to settle.") if self.loaded else "")
        else:
            text = f"<b>{table_label(conflict.table)}: {conflict.label}</b> — {self.conflicts_model.what(conflict)}"
            if conflict.note:
                note = NOTES.get(conflict.note)
                text += "<br>" + (QCoreApplication.translate("MergeConflicts", note) if note else conflict.note)
            self.detail_label.setText(text)
        self.diff_view.resizeRowsToContents()
        self._enable()

    def _enable(self) -> None:
        conflict = self._current(self.conflicts_view, self.conflicts_model)
        open_ = conflict is not None and conflict.resolution is None
        self.keep_local.setEnabled(open_)
        self.keep_remote.setEnabled(open_)
        match = self._current(self.matches_view, self.matches_model)
        for b in (self.same_keep_here, self.same_keep_there, self.different):
            b.setEnabled(match is not None)

    def resolve(self, keep: str) -> None:
        conflict = self._current(self.conflicts_view, self.conflicts_model)
        if conflict is None:
            return
        conflict_id: uuid.UUID = conflict.id

        def op(ctx: Any) -> Any:
            row = resolve_conflict(conflict_id, keep, session=ctx.session)
            kind = TABLE_KIND.get(row.table)
            if kind:  # the settled record may be written with Core
                record = row.record_id if row.table not in ("incident_places", "incident_actors") else None
                ctx.changes.add(kind, [record] if record else None)
            return row

        def done(row: Any) -> None:
            self.context.bus.sig_status.emit(self.tr("Conflict settled."))
            self.refresh()

        self.keep_local.setEnabled(False)
        self.keep_remote.setEnabled(False)
        self.context.run_op(self, op, done, write=True, context="settle merge conflict")

    # -- matches --------------------------------------------------------------------------------

    def decide_match(self, keep: str | None) -> None:
        match = self._current(self.matches_view, self.matches_model)
        if match is None:
            return
        match_id: uuid.UUID = match.id

        def op(ctx: Any) -> Any:
            if keep is None:
                reject_match(match_id, session=ctx.session)
                return None
            ctx.changes.update(Changes.everything())  # two records become one, everywhere they are used
            return confirm_match(match_id, session=ctx.session, keep=keep)

        def done(kept: Any) -> None:
            if kept is not None:
                self.context.bus.sig_status.emit(self.tr("The two records are now one."))
            self.refresh()

        for b in (self.same_keep_here, self.same_keep_there, self.different):
            b.setEnabled(False)
        self.context.run_op(self, op, done, write=True,
                            context="confirm match" if keep is not None else "reject match")

    def on_merge_button_clicked(self) -> None:
        choose_and_merge(self.context, self.window())


def _merge_action(context: AppContext, window: Any) -> None:
    choose_and_merge(context, window)


register_handler("file.merge_database", _merge_action)

PAGE = PageSpec(key="merge_conflicts", title=QT_TRANSLATE_NOOP("Pages", "Merge conflicts"),
                factory=MergeConflictsPage, order=85, icon="emblem-synchronizing")
