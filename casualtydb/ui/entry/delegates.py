"""Cell editors of the claims table: a combo box of choices, and a number field that accepts
Eastern Arabic digits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..widgets.number_edit import NumberEdit
from .claims_model import ChoiceRole

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of `options(index)` → [(label, value)]; the value is
    written with ChoiceRole. The choice is committed as soon as it is made."""

    def __init__(self, options: Callable[[Index], list[tuple[str, Any]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = options

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        for label, value in self.options(index):
            box.addItem(label, value)
        box.setObjectName("claim_choice_editor")
        box.activated.connect(lambda *_: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        current = index.data(ChoiceRole)
        for i in range(editor.count()):
            if editor.itemData(i) == current:
                editor.setCurrentIndex(i)
                break

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), ChoiceRole)


class NumberDelegate(QStyledItemDelegate):
    """Whole numbers in any digits; an empty cell means no figure."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        edit = NumberEdit(parent)
        edit.setObjectName("claim_number_editor")
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, NumberEdit)
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, NumberEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
