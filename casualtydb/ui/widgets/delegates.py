"""Cell delegates: each cell lays out its text in the direction of its own content, so an
Arabic name in the English interface (and a Latin one in the Arabic interface) reads right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ..format import strong_direction


class BidiDelegate(QStyledItemDelegate):
    """Sets the paint direction of every cell from the first strong character of its text;
    numeric columns (aligned by the model) and text without letters (dates) keep the
    interface's direction."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt's name)
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        text = option.text
        if not text or index.data(Qt.ItemDataRole.TextAlignmentRole) is not None:
            return
        rtl = strong_direction(text)
        if rtl is None:  # numbers and dates: the interface's direction
            return
        option.direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        # Leading edge of the text's own direction (AlignLeft is mirrored for right-to-left).
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
