"""The frame every editor shares: a form whose fields show their own error under them, and
a Save that only closes when the service accepted the values. The save itself is an op (see
ui/editing.py): `submit(values, finished)` starts it, and `finished(None)` closes the dialog
while `finished(error)` shows the error in it, the values still in the form."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...errors import ValidationError
from ...services.editing import fail
from ..context import AppContext
from ..errors import describe
from ..labels import validation_message
from ..ops import Cancelled
from ..widgets.date_edit import DateEdit
from ..widgets.number_edit import NumberEdit

ERROR_STYLE = "color: palette(bright-text); background: #b3261e; padding: 2px 6px; border-radius: 3px;"
FIELD_ERROR_STYLE = "border: 2px solid #b3261e;"


class RecordDialog(QDialog):
    """Subclasses add fields with `add_field` in `build()` and set `kind`. `values()` reads the
    fields into the dict the editing service takes; `set_values` fills them."""

    kind = ""

    def __init__(self, context: AppContext, parent: QWidget | None, values: dict[str, Any] | None = None,
                 record_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record_id = record_id
        self.initial = dict(values or {})
        self.submit: Callable[[dict[str, Any], Callable[[BaseException | None], None]], None] | None = None
        self.saving = False
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addWidget(scroll, 1)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.build()
        if values:
            self.set_values(values)
        self.resize(max(self.sizeHint().width(), 620), min(max(self.sizeHint().height(), 300), 760))

    # -- building ------------------------------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def add_field(self, name: str, label: str, widget: QWidget, *, help_text: str | None = None,
                  arabic: bool | None = None) -> QWidget:
        """A form row with an error line under the field (hidden until the service objects)."""
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        if help_text:
            hint = QLabel(help_text, box)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(placeholder-text);")
            lay.addWidget(hint)
        error = QLabel(box)
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        lay.addWidget(error)
        if arabic is True:
            widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        elif arabic is False:
            widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        widget.setObjectName(f"field_{name}")
        label_widget = QLabel(label, self)
        label_widget.setBuddy(widget)
        self.form.addRow(label_widget, box)
        self.fields[name] = widget
        self.errors[name] = error
        return widget

    # -- values --------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, w in self.fields.items():
            value = read_widget(w)
            if value is not _SKIP:
                out[name] = value
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        for name, w in self.fields.items():
            if name in values:
                write_widget(w, values[name])

    # -- errors --------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for name, label in self.errors.items():
            label.hide()
            self.fields[name].setStyleSheet("")
        self.general_error.hide()

    def show_error(self, exc: BaseException) -> None:
        field = getattr(exc, "field", None)
        if isinstance(exc, ValidationError) and field in self.errors:
            self.errors[field].setText(validation_message(exc))
            self.errors[field].show()
            widget = self.fields[field]
            widget.setStyleSheet(FIELD_ERROR_STYLE if isinstance(widget, (QLineEdit, QPlainTextEdit)) else "")
            widget.setFocus()
        else:
            self.general_error.setText(describe(exc))
            self.general_error.show()

    def accept(self) -> None:
        if self.saving:
            return  # Save pressed again while the first save runs
        self.clear_errors()
        problem = self.check()
        if problem is not None:
            self.show_error(problem)
            return
        if self.submit is None:
            super().accept()
            return
        self._set_saving(True)
        self.submit(self.values(), self._finished)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)
        self.form.parentWidget().setEnabled(not saving)

    def _finished(self, error: BaseException | None) -> None:
        """The save op ended: close on success; otherwise show why (a validation error under
        its field, a database error in the dialog) and keep the input."""
        self._set_saving(False)
        if error is None:
            super().accept()
        elif not isinstance(error, Cancelled):
            self.show_error(error)

    def check(self) -> ValidationError | None:
        """Checks the form can make before asking the service (e.g. unreadable numbers)."""
        for name, w in self.fields.items():
            if isinstance(w, NumberEdit) and w.text().strip() and w.value() is None:

                return fail("not_a_number", name, value=w.text())
        return None


def synchronous(check: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any], Any], None]:
    """A `submit` for editors whose save writes nothing to the database (the entry page's new
    incident, kept in the draft): `check(values)` runs at once; what it raises is shown."""

    def submit(values: dict[str, Any], finished: Callable[[BaseException | None], None]) -> None:
        try:
            check(values)
        except Exception as exc:  # shown in the dialog, the input kept
            finished(exc)
            return
        finished(None)

    return submit


_SKIP = object()


def read_widget(w: QWidget) -> Any:
    if isinstance(w, NumberEdit):
        return w.value() if w.value() is not None else (w.text().strip() or None)
    if isinstance(w, DateEdit):  # typed text that is not a date goes on, for the save to name the field
        return w.value() if w.value() is not None else w.text_if_invalid()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QLineEdit):
        value = getattr(w, "value", None)
        return value() if callable(value) else w.text()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, QComboBox):
        return w.currentData()
    reader = getattr(w, "value", None)
    return reader() if callable(reader) else _SKIP


def write_widget(w: QWidget, value: Any) -> None:
    if isinstance(w, NumberEdit):
        w.set_value(value)
    elif isinstance(w, DateEdit):
        w.set_value(value)
    elif isinstance(w, QPlainTextEdit):
        w.setPlainText("\n".join(value) if isinstance(value, list) else (value or ""))
    elif isinstance(w, QLineEdit):
        setter = getattr(w, "set_value", None)
        if callable(setter):
            setter(value)
        else:
            w.setText("" if value is None else ("; ".join(value) if isinstance(value, list) else str(value)))
    elif isinstance(w, QCheckBox):
        w.setChecked(bool(value))
    elif isinstance(w, QComboBox):
        i = w.findData(value)
        w.setCurrentIndex(i if i >= 0 else 0)
    else:
        setter = getattr(w, "set_value", None)
        if callable(setter):
            setter(value)


def combo(parent: QWidget, items: list[tuple[str, Any]], none_text: str | None = None) -> QComboBox:
    c = QComboBox(parent)
    if none_text is not None:
        c.addItem(none_text, None)
    for text, value in items:
        c.addItem(text, value)
    return c


def text_area(parent: QWidget, lines: int = 4) -> QPlainTextEdit:
    t = QPlainTextEdit(parent)
    t.setTabChangesFocus(True)
    t.setFixedHeight(t.fontMetrics().lineSpacing() * lines + 12)
    return t
