"""Editing an incident: dates and their precision, places (one primary), type, actors held
responsible, descriptions, grade."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models import ActorRole, DatePrecision, EventType, Grade, LocationPrecision, PlaceLevel
from ...queries.actors import actor_choices
from ...queries.places import place_choices
from ..labels import choices, enum_label
from ..widgets.date_edit import DateEdit
from ..widgets.place_picker import PlaceMatcher, PlacePicker, choice_text
from .base import RecordDialog, combo, text_area

LEVEL_PRECISION = {
    PlaceLevel.NEIGHBOURHOOD: LocationPrecision.NEIGHBOURHOOD, PlaceLevel.COMMUNITY: LocationPrecision.TOWN,
    PlaceLevel.SUBDISTRICT: LocationPrecision.SUBDISTRICT, PlaceLevel.DISTRICT: LocationPrecision.DISTRICT,
    PlaceLevel.GOVERNORATE: LocationPrecision.GOVERNORATE, PlaceLevel.COUNTRY: LocationPrecision.GOVERNORATE,
}


class PlacesEditor(QWidget):
    """The incident's places: a table (place, precision, primary) and a picker to add one."""

    def __init__(self, matcher: PlaceMatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matcher = matcher
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Place"), self.tr("Precision"), self.tr("Primary")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.picker = PlacePicker(matcher, self)
        self.picker.setObjectName("add_place_picker")
        self.picker.sig_place_chosen.connect(self._on_chosen)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._remove)
        row.addWidget(self.picker, 1)
        row.addWidget(self.remove_button)
        lay.addLayout(row)
        self._ids: list[uuid.UUID] = []

    def _on_chosen(self, place_id: uuid.UUID | None) -> None:
        if place_id is None or place_id in self._ids:
            return
        choice = self.matcher.get(place_id)
        precision = LEVEL_PRECISION.get(choice.level, LocationPrecision.TOWN) if choice else LocationPrecision.TOWN
        self.add(place_id, precision, not self._ids)
        self.picker.set_value(None)

    def add(self, place_id: uuid.UUID, precision: LocationPrecision, primary: bool) -> None:
        choice = self.matcher.get(place_id)
        r = self.table.rowCount()
        self.table.insertRow(r)
        item = QTableWidgetItem(choice_text(choice) if choice else str(place_id))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(r, 0, item)
        box = QComboBox(self.table)
        for text, value in choices(LocationPrecision):
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(precision)))
        self.table.setCellWidget(r, 1, box)
        radio = QRadioButton(self.table)
        radio.setAutoExclusive(False)
        radio.setChecked(primary)
        radio.toggled.connect(lambda on, rb=radio: self._on_primary(rb, on))
        self.table.setCellWidget(r, 2, radio)
        self._ids.append(place_id)
        self.table.resizeColumnsToContents()

    def _on_primary(self, radio: QRadioButton, on: bool) -> None:
        if not on:
            return
        for r in range(self.table.rowCount()):
            other = self.table.cellWidget(r, 2)
            if other is not radio:
                other.blockSignals(True)
                other.setChecked(False)
                other.blockSignals(False)

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows:
            self.table.removeRow(r)
            del self._ids[r]

    def value(self) -> list[tuple[uuid.UUID, Any, bool]]:
        return [(pid, self.table.cellWidget(r, 1).currentData(), self.table.cellWidget(r, 2).isChecked())
                for r, pid in enumerate(self._ids)]

    def set_value(self, places: list[tuple[uuid.UUID, Any, bool]] | None) -> None:
        self.table.setRowCount(0)
        self._ids = []
        for pid, precision, primary in places or ():
            self.add(pid, precision, primary)


class ActorsEditor(QWidget):
    """Actors and their role: a table and a row to add one."""

    def __init__(self, actors: list[tuple[uuid.UUID, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = dict(actors)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Actor"), self.tr("Role")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(90)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.actor = combo(self, [(name, aid) for aid, name in actors], self.tr("— add an actor —"))
        self.actor.setObjectName("add_actor")
        self.role = combo(self, choices(ActorRole))
        add = QPushButton(self.tr("Add"), self)
        add.clicked.connect(self._add_current)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self._remove)
        for w in (self.actor, self.role, add, remove):
            row.addWidget(w)
        lay.addLayout(row)
        self._rows: list[tuple[uuid.UUID, ActorRole]] = []

    def _add_current(self) -> None:
        aid = self.actor.currentData()
        if aid is not None:
            self.add(aid, self.role.currentData())
            self.actor.setCurrentIndex(0)

    def add(self, actor_id: uuid.UUID, role: ActorRole) -> None:
        if (actor_id, role) in self._rows:
            return
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate((self.names.get(actor_id, str(actor_id)), enum_label(ActorRole(role)))):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(r, c, item)
        self._rows.append((actor_id, ActorRole(role)))
        self.table.resizeColumnsToContents()

    def _remove(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)
            del self._rows[r]

    def value(self) -> list[tuple[uuid.UUID, ActorRole]]:
        return list(self._rows)

    def set_value(self, actors: list[tuple[uuid.UUID, ActorRole]] | None) -> None:
        self.table.setRowCount(0)
        self._rows = []
        for aid, role in actors or ():
            self.add(aid, role)


class IncidentDialog(RecordDialog):
    kind = "incident"

    @staticmethod
    def _follow_start(start: DateEdit, end: DateEdit) -> None:
        """A one-day incident stays one day: moving the start moves an end that was equal to it
        (otherwise Save would refuse an end before the start until both are changed)."""
        previous = [start.value()]

        def moved(value: object) -> None:
            if value is None:  # cleared or half-typed: wait for the new date
                return
            if previous[0] is not None and end.value() == previous[0]:
                end.set_value(value)
            previous[0] = value
        start.sig_value_changed.connect(moved)

    def build(self) -> None:
        self.setWindowTitle(self.tr("Incident") if self.record_id else self.tr("New incident"))
        with self.context.database.session() as s:
            places = place_choices(s, lang=self.context.lang)
            actors = actor_choices(s, lang=self.context.lang)
        start = self.add_field("start_date", self.tr("&Start date"), DateEdit(self))
        end = self.add_field("end_date", self.tr("&End date"), DateEdit(self),
                             help_text=self.tr("Leave empty, or the same day, for a one-day incident."))
        self._follow_start(start, end)
        self.add_field("date_precision", self.tr("Date &precision"), combo(self, choices(DatePrecision)))
        self.add_field("event_type", self.tr("&Type"), combo(self, choices(EventType)))
        self.add_field("places", self.tr("P&laces"), PlacesEditor(PlaceMatcher(places), self),
                       help_text=self.tr("Type to add a place; mark the main one as primary."))
        self.add_field("actors", self.tr("&Actors"), ActorsEditor(actors, self))
        self.add_field("description_ar", self.tr("Description (A&rabic)"), text_area(self, 3), arabic=True)
        self.add_field("description_en", self.tr("Description (E&nglish)"), text_area(self, 3), arabic=False)
        self.add_field("grade", self.tr("&Grade"), combo(self, choices(Grade), self.tr("not graded yet")))
        self.add_field("grade_reasons", self.tr("Reasons for the grade"), text_area(self, 2))
        self.add_field("notes", self.tr("N&otes"), text_area(self, 3))
        if not self.initial:
            self.set_values({"date_precision": DatePrecision.DAY, "event_type": EventType.OTHER})
