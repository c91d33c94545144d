"""An incident's People tab: how many are named against the figures reported, per category
("killed: 7 reported (best), 5 named"; more names than the highest figure is flagged, as on the
Conflicts page), and the persons its mentions name. Read in the background: the incident page
reads the rest itself."""

from __future__ import annotations

import uuid
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...queries.people import PersonRow, incident_people
from ...victims.figures import NamedFigure, named_against_figures
from .. import format as fmt
from ..context import AppContext
from ..labels import enum_label
from ..widgets.delegates import BidiDelegate

PersonIdRole = Qt.ItemDataRole.UserRole + 1


class IncidentPeopleTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.incident_id: uuid.UUID | None = None
        self.people: list[PersonRow] = []
        self.figures: list[NamedFigure] = []
        self._generation = 0
        layout = QVBoxLayout(self)
        self.against = QLabel(self)
        self.against.setObjectName("named_against_figures")
        self.against.setWordWrap(True)
        self.against.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.against)
        self.table = QTableWidget(self)
        self.table.setObjectName("incident_people")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegate(BidiDelegate(self.table))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda *_: self.open_person())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("button_open_person")
        self.open_button.clicked.connect(self.open_person)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open &person"))
        self.table.setColumnCount(6)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Sex"), self.tr("Age"), self.tr("Fate"),
                                              self.tr("Mentions"), self.tr("Sources")])
        self._show()

    def load(self, incident_id: uuid.UUID, done: Any = None) -> None:
        """Read the incident's names and figures in the background; `done(count)` afterwards."""
        self.incident_id = incident_id
        self._generation += 1
        generation, lang = self._generation, self.context.lang

        def op(ctx: Any) -> tuple[list[NamedFigure], list[PersonRow]]:
            return (named_against_figures(ctx.session, incident_id),
                    incident_people(ctx.session, incident_id, lang=lang))

        def shown(result: tuple[list[NamedFigure], list[PersonRow]]) -> None:
            if generation != self._generation:
                return
            self.figures, self.people = result
            self._show()
            if done is not None:
                done(len(self.people))

        self.context.run_op(self, op, shown)

    def _show(self) -> None:
        lines = [self.named_text(f) for f in self.figures if f.named or f.best is not None]
        over = any(f.over for f in self.figures)
        text = "<br>".join(escape(line) for line in lines) if lines else self.tr("No figures and no names yet.")
        if over:
            text += "<br>" + self.tr("More people are named than any report counts: a list may name someone twice "
                                     "(see <b>Matching</b>), or a person belongs to another incident.")
        self.against.setText(text)
        self.table.setRowCount(len(self.people))
        for r, p in enumerate(self.people):
            ages = fmt.separator().join(fmt.number(a) for a in p.ages) if p.ages else enum_label(p.age_group)
            cells = [p.name, fmt.separator().join(enum_label(s) for s in p.sexes), ages,
                     fmt.separator().join(enum_label(f) for f in p.fates), fmt.number(p.mentions),
                     fmt.separator().join(p.sources)]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(PersonIdRole, p.id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(self.people))
        self.open_button.setVisible(bool(self.people))

    def named_text(self, f: NamedFigure) -> str:
        """One category's line: «killed: 7 reported (best), 5 named»."""
        named = self.tr("%n named", "", f.named)
        if f.best is None:
            text = fmt.fill(self.tr("%1: no figure reported, %2"), enum_label(f.category), named)
        else:
            rule = {"accepted": self.tr("accepted"), "derived": self.tr("best"),
                    "claims": self.tr("largest claim")}[f.best_rule]
            text = fmt.fill(self.tr("%1: %2 reported (%3), %4"), enum_label(f.category), fmt.number(f.best), rule,
                            named)
        if f.over:
            text = fmt.fill(self.tr("%1 — more named than the highest figure reported (%2)"), text,
                            fmt.number(f.highest))
        return text

    def open_person(self) -> None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        if item is not None:
            self.context.open_record("person", item.data(PersonIdRole))
