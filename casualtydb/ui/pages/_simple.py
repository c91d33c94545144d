"""A list page with one text filter (sources, places, actors: short reference lists)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ..context import AppContext
from ..editing import edit_record
from ._list import ListPage


def fill_combo(combo: QComboBox, any_text: str, items: list[tuple[str, Any]]) -> None:
    """A filter's choices ("any" first), keeping the current choice across a language change."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(any_text, None)
    for text, value in items:
        combo.addItem(text, value)
    i = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(i, 0))
    combo.blockSignals(False)


class TextFilterBar(QWidget):
    def __init__(self, on_change: Any, parent: QWidget | None = None,
                 combos: list[tuple[str, list[tuple[str, Any]]]] | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.text = QLineEdit(self)
        self.text.setObjectName("filter_text")
        self.text.setClearButtonEnabled(True)
        self.label.setBuddy(self.text)
        lay.addWidget(self.label)
        lay.addWidget(self.text, 2)
        self.combos: list[QComboBox] = []
        self.combo_labels: list[QLabel] = []
        for label, items in combos or ():
            lab = QLabel(label, self)
            box = QComboBox(self)
            for text, value in items:
                box.addItem(text, value)
            lab.setBuddy(box)
            box.currentIndexChanged.connect(on_change)
            lay.addWidget(lab)
            lay.addWidget(box)
            self.combos.append(box)
            self.combo_labels.append(lab)
        lay.addStretch(1)
        self.text.textChanged.connect(on_change)

    def clear(self) -> None:
        self.text.clear()
        for box in self.combos:
            box.setCurrentIndex(0)


class SimpleListPage(ListPage):
    """Subclasses set kind, columns, the query functions and the filter dataclass."""

    filter_label = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)

    def clear_filters(self) -> None:
        self.filter_bar.clear()

    def open_record(self, record_id: Any) -> None:
        if self.model.filters is None:
            self.apply_filters()
        self.edit_record_by_id(record_id)

    def edit_record_by_id(self, record_id: Any) -> None:
        edit_record(self.context, self, self.kind, record_id)
