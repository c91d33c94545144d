"""Someone else saved the record you are editing: who and when, then for each field either of
you changed, the value when you opened it, theirs and yours side by side, and a choice per
field. "Keep mine", "Take theirs", or save the combination chosen; Cancel goes back to the
editor with everything typed still in it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..errors import StaleEditError
from ..queries.record_names import ids_in, names_of
from ..services import editing
from . import format as fmt
from .labels import enum_label, field_label

# Longer values are cut in the table (the editor behind keeps the whole text).
SHOWN_CHARS = 400


@dataclass
class Theirs:
    """The record as the other person left it, with names for the ids in it (and in yours)."""

    values: dict[str, Any]
    names: dict[uuid.UUID, str]


def current_values(session: Any, kind: str, record_id: uuid.UUID, lang: str = "ar",
                   also: tuple[dict[str, Any], ...] = ()) -> Theirs:
    """Worker thread: the record's values now, and names for every id in them and in `also`."""
    values = editing.record_values(kind, record_id, session=session)
    ids = ids_in(values.values())
    for other in also:
        ids |= ids_in(other.values())
    return Theirs(values=values, names=names_of(session, ids, lang))


class ConflictDialog(QDialog):
    """`exec()` true: `chosen_values()` is what to save on top of their version."""

    def __init__(self, parent: QWidget | None, kind: str, error: StaleEditError, *, original: dict[str, Any],
                 mine: dict[str, Any], theirs: Theirs) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.mine = dict(mine)
        self.theirs = theirs
        self.setWindowTitle(self.tr("Someone else saved this record"))
        who = fmt.join([fmt.isolate(u) for u in error.by]) or self.tr("Someone")
        when = fmt.timestamp(error.at) if isinstance(error.at, datetime) else ""
        text = (fmt.fill(self.tr("%1 saved this record at %2 while you were editing it."), who, when) if when
                else fmt.fill(self.tr("%1 saved this record while you were editing it."), who))
        text += " " + self.tr("Nothing of yours is lost: choose, for each field, which value to keep.")
        self.heading = QLabel(text, self)
        self.heading.setObjectName("conflict_heading")
        self.heading.setWordWrap(True)

        self.fields = [k for k in _keys(original, mine, theirs.values)
                       if not _same(k, original, theirs.values) or not _same(k, original, mine)]
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        for col, title in enumerate((self.tr("Field"), self.tr("When you opened it"), self.tr("Theirs"),
                                     self.tr("Yours"))):
            head = QLabel(f"<b>{title}</b>", grid_host)
            grid.addWidget(head, 0, col)
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for row, key in enumerate(self.fields, start=1):
            they_changed = not _same(key, original, theirs.values)
            i_changed = not _same(key, original, mine)
            name = QLabel(field_label(key), grid_host)
            if they_changed and i_changed:  # both changed it: the one real choice
                name.setText(f"<b>{field_label(key)}</b>")
                name.setToolTip(self.tr("You both changed this field."))
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._value(original.get(key), grid_host), row, 1, Qt.AlignmentFlag.AlignTop)
            their_button = QRadioButton(self._show(theirs.values.get(key)), grid_host)
            my_button = QRadioButton(self._show(mine.get(key)), grid_host)
            for button in (their_button, my_button):
                button.setObjectName(f"{'theirs' if button is their_button else 'mine'}_{key}")
                button.setStyleSheet("QRadioButton { text-align: left; }")
            group = QButtonGroup(grid_host)
            group.addButton(their_button)
            group.addButton(my_button)
            (my_button if i_changed else their_button).setChecked(True)
            grid.addWidget(their_button, row, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(my_button, row, 3, Qt.AlignmentFlag.AlignTop)
            self.choices[key] = (their_button, my_button)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)

        self.buttons = QDialogButtonBox(self)
        self.keep_mine = self.buttons.addButton(self.tr("Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_theirs = self.buttons.addButton(self.tr("Take theirs"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.combine = self.buttons.addButton(self.tr("Save as chosen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.combine.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.keep_mine.clicked.connect(lambda: self._choose_all(mine=True))
        self.take_theirs.clicked.connect(lambda: self._choose_all(mine=False))
        self.combine.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(820, min(200 + 60 * len(self.fields), 640))

    def _choose_all(self, *, mine: bool) -> None:
        for their_button, my_button in self.choices.values():
            (my_button if mine else their_button).setChecked(True)
        self.accept()

    def chosen_values(self) -> dict[str, Any]:
        """Yours, with theirs wherever their value was chosen."""
        out = dict(self.mine)
        for key, (their_button, _) in self.choices.items():
            if their_button.isChecked():
                out[key] = self.theirs.values.get(key)
        out.pop("version", None)
        return out

    def _value(self, value: Any, parent: QWidget) -> QLabel:
        label = QLabel(self._show(value), parent)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _show(self, value: Any) -> str:
        text = _display(value, self.theirs.names)
        return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()


def _same(key: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A field's value in two versions is the same (an empty form field is the stored None)."""
    x, y = a.get(key), b.get(key)
    return ((_blank(x) or x is False) and (_blank(y) or y is False)) or editing.values_equal({key: x}, {key: y})


def _keys(*dicts: dict[str, Any]) -> list[str]:
    seen: dict[str, None] = {}
    for d in dicts:
        for k in d:
            if k != "version":
                seen.setdefault(k, None)
    return list(seen)


def _display(value: Any, names: dict[uuid.UUID, str]) -> str:
    if _blank(value):
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("ConflictDialog", "yes") if value else \
            QCoreApplication.translate("ConflictDialog", "no")
    if isinstance(value, StrEnum):
        return enum_label(value)
    if isinstance(value, uuid.UUID):
        return fmt.isolate(names.get(value, str(value)[:8]))
    if isinstance(value, datetime):
        return fmt.timestamp(value)
    if isinstance(value, date):
        return fmt.day(value)
    if isinstance(value, int):
        return fmt.number(value)
    if isinstance(value, (list, tuple)):
        parts = [_display(v, names) for v in value if not isinstance(v, bool)]
        parts = [p for p in parts if p != "—"]
        if value and isinstance(value[0], (list, tuple)):
            return "\n".join(parts)
        return fmt.join(parts) if isinstance(value, list) else " · ".join(parts)
    return fmt.isolate(" ".join(str(value).split())) if "\n" not in str(value) else str(value)
