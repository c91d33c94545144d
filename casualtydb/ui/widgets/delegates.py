"""Cell delegates: each cell lays out its text in the direction of its own content, so an
Arabic name in the English interface (and a Latin one in the Arabic interface) reads right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ..format import is_rtl_text


class BidiDelegate(QStyledItemDelegate):
    """Sets the paint direction of every cell from the first strong character of its text;
    numeric columns (aligned by the model) keep the interface's direction."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt's name)
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        text = option.text
        if not text or index.data(Qt.ItemDataRole.TextAlignmentRole) is not None:
            return
        rtl = is_rtl_text(text)
        option.direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        # Align to the start of the text's own direction.
        option.displayAlignment = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) \
            | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
