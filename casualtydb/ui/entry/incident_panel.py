"""Linking the selected claim to an incident: the new incidents suggested from the text (one
per event: each strike its own), and incidents already recorded at the same place (or a place
inside or around it) within three days, which the claim may belong to instead."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..format import fill

ValueRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class IncidentOption:
    """One incident a claim can be linked to: ("new", index) or ("existing", id)."""

    value: tuple[str, Any]
    text: str
    tooltip: str = ""
    matches_place: bool = False


class IncidentPanel(QWidget):
    """A list of options for the current claim; choosing one links the claim."""

    sig_link_chosen = Signal(object)
    """("new", index) or ("existing", id)."""
    sig_edit_new = Signal(int)
    """Edit new incident #index."""
    sig_add_new = Signal()
    """Give the claim a new incident of its own."""
    sig_open_existing = Signal(object)
    """Show a recorded incident (its id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("incident_panel_title")
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.options = QListWidget(self)
        self.options.setObjectName("incident_options")
        self.options.setWordWrap(True)
        self.options.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.options.itemActivated.connect(self._on_item_activated)
        self.options.itemClicked.connect(self._on_item_activated)
        self.options.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.options.installEventFilter(self)
        lay.addWidget(self.options, 1)
        self.hint = QLabel(self)
        self.hint.setObjectName("incident_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 4px; border-radius: 3px;")
        self.hint.hide()
        lay.addWidget(self.hint)
        row = QHBoxLayout()
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_new_incident")
        self.edit_button.clicked.connect(self._on_edit)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_new_incident")
        self.add_button.clicked.connect(self.sig_add_new.emit)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_existing_incident")
        self.open_button.clicked.connect(self._on_open)
        for b in (self.edit_button, self.add_button, self.open_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self._current: Any = None
        self.retranslate()
        self.set_options([], None, claim_label=None)

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("&Edit new incident…"))
        self.add_button.setText(self.tr("New &incident for this claim"))
        self.open_button.setText(self.tr("Show recorded incident"))

    def set_options(self, options: list[IncidentOption], current: Any, *, claim_label: str | None,
                    linked_by_default: bool = False) -> None:
        """Offer `options` for the claim described by `claim_label` (None: no claim selected);
        `linked_by_default`: the current link is the recorded incident at the same place and date,
        chosen for the person, who may still choose a new incident."""
        self._current = current
        self.options.blockSignals(True)
        self.options.clear()
        for opt in options:
            item = QListWidgetItem(("● " if opt.value == current else "○ ") + opt.text)
            item.setData(ValueRole, opt.value)
            item.setToolTip(opt.tooltip)
            if opt.value[0] == "existing":
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.options.addItem(item)
            if opt.value == current:
                self.options.setCurrentItem(item)
        self.options.blockSignals(False)
        has_claim = claim_label is not None
        self.options.setEnabled(has_claim)
        self.add_button.setEnabled(has_claim)
        if has_claim:
            self.title.setText(fill(self.tr("Incident of claim %1 — choose one (Enter):"), claim_label))
        else:
            self.title.setText(self.tr("Select a claim to choose its incident."))
        matching = [o for o in options if o.value[0] == "existing" and o.matches_place]
        if has_claim and linked_by_default:
            self.hint.setText(self.tr("Linked to the incident already recorded at the same place on the same day. "
                                      "If the report is about another event, choose a new incident."))
            self.hint.show()
        elif has_claim and matching and (current is None or current[0] == "new"):
            self.hint.setText(self.tr("%n incident(s) already recorded at this place within three days: "
                                      "if the report is about one of them, link the claim to it instead of "
                                      "creating a duplicate.", "", len(matching)))
            self.hint.show()
        else:
            self.hint.hide()
        self._update_buttons()

    def _selected_value(self) -> Any:
        item = self.options.currentItem()
        return item.data(ValueRole) if item is not None else None

    def _update_buttons(self) -> None:
        value = self._selected_value()
        self.edit_button.setEnabled(bool(value) and value[0] == "new")
        self.open_button.setEnabled(bool(value) and value[0] == "existing")

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        value = item.data(ValueRole)
        if value is not None and value != self._current:
            self.sig_link_chosen.emit(value)

    def _on_edit(self) -> None:
        value = self._selected_value()
        if value and value[0] == "new":
            self.sig_edit_new.emit(value[1])

    def _on_open(self) -> None:
        value = self._selected_value()
        if value and value[0] == "existing":
            self.sig_open_existing.emit(value[1])

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
        if obj is self.options and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Space and self.options.currentItem() is not None:
            self._on_item_activated(self.options.currentItem())
            return True
        return super().eventFilter(obj, event)
