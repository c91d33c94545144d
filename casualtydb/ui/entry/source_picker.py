"""Choose the report's source by typing part of its name (the normalised search), or create it
on the spot: the last offer is always "New source «what you typed»"."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...models import Reliability, SourceKind
from ...services.report_entry import NewSource
from ..format import fill
from ..labels import choices

Lookup = Callable[[str, Callable[[list[tuple[uuid.UUID, str]]], None]], None]


class SourcePicker(QWidget):
    """`source_id()` is the chosen source's id, `new_source()` the one to create (one of them,
    or neither). `lookup(text, callback)` finds sources asynchronously and calls back with
    [(id, label)] in the UI thread."""

    sig_changed = Signal()
    """The choice changed (another source, a new one, or none)."""

    def __init__(self, lookup: Lookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookup = lookup
        self._id: uuid.UUID | None = None
        self._label = ""
        self._new: NewSource | None = None
        self._offers: list[tuple[Any, str]] = []
        self._generation = 0
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("source_name")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Type the source’s name…"))
        self.setFocusProxy(self.edit)
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(10)
        self._completer.activated[str].connect(self._on_activated_text)  # type: ignore[index]
        self.edit.setCompleter(self._completer)
        lay.addWidget(self.edit, 3)
        self.state = QLabel(self)
        self.state.setObjectName("source_state")
        lay.addWidget(self.state)
        self.kind_label = QLabel(self.tr("Kind:"), self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("new_source_kind")
        for text, value in choices(SourceKind):
            self.kind.addItem(text, value.value)
        self.kind.setCurrentIndex(self.kind.findData(SourceKind.OTHER.value))
        self.kind_label.setBuddy(self.kind)
        self.reliability_label = QLabel(self.tr("Reliability:"), self)
        self.reliability = QComboBox(self)
        self.reliability.setObjectName("new_source_reliability")
        for text, value in choices(Reliability):
            self.reliability.addItem(text, value.value)
        self.reliability.setCurrentIndex(self.reliability.findData(Reliability.F.value))
        self.reliability_label.setBuddy(self.reliability)
        for w in (self.kind_label, self.kind, self.reliability_label, self.reliability):
            lay.addWidget(w)
            w.hide()
        self.kind.currentIndexChanged.connect(self._on_new_details)
        self.reliability.currentIndexChanged.connect(self._on_new_details)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._refresh)
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.returnPressed.connect(self._on_return)
        self._show_state()

    # -- value ---------------------------------------------------------------------------------

    def source_id(self) -> uuid.UUID | None:
        return self._id

    def new_source(self) -> NewSource | None:
        return self._new

    def set_existing(self, source_id: uuid.UUID | None, label: str = "") -> None:
        self._id, self._label, self._new = source_id, label, None
        self.edit.setText(label)
        self._show_state()
        self.sig_changed.emit()

    def set_new(self, source: NewSource | None) -> None:
        self._id, self._new = None, source
        if source is not None:
            self.edit.setText(source.name_ar)
            i = self.kind.findData(source.kind)
            self.kind.setCurrentIndex(i if i >= 0 else 0)
            i = self.reliability.findData(source.reliability)
            self.reliability.setCurrentIndex(i if i >= 0 else 0)
        self._show_state()
        self.sig_changed.emit()

    def clear(self) -> None:
        self._id, self._label, self._new = None, "", None
        self.edit.clear()
        self._show_state()

    def offers(self) -> list[tuple[Any, str]]:
        """What the popup offers now: (source id or ("new", name), text)."""
        return list(self._offers)

    # -- typing --------------------------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        if self._new is not None:
            # Typing after choosing "new" edits the new source's name.
            self._new.name_ar = text.strip()
            self.sig_changed.emit()
        elif self._id is not None:
            self._id, self._label = None, ""
            self._show_state()
            self.sig_changed.emit()
        self._timer.start()

    def _refresh(self) -> None:
        text = self.edit.text().strip()
        self._generation += 1
        generation = self._generation

        def show(found: list[tuple[uuid.UUID, str]]) -> None:
            if generation != self._generation:
                return
            self._offers = [(sid, label) for sid, label in found]
            if text:
                self._offers.append((("new", text), fill(self.tr("New source: “%1”"), text)))
            self._model.setStringList([label for _, label in self._offers])
            if self._offers and self.edit.hasFocus():
                self._completer.complete()

        self.lookup(text, show)

    def _on_activated_text(self, text: str) -> None:
        for value, label in self._offers:
            if label == text:
                self._choose(value, label)
                return

    def _choose(self, value: Any, label: str) -> None:
        # QCompleter writes the chosen text into the field after this signal: apply ours after it.
        QTimer.singleShot(0, lambda: self._apply(value, label))

    def _apply(self, value: Any, label: str) -> None:
        if isinstance(value, tuple):
            self.set_new(NewSource(name_ar=value[1], kind=self.kind.currentData(),
                                   reliability=self.reliability.currentData()))
        else:
            self.set_existing(value, label)

    def choose_offer(self, i: int) -> None:
        """Choose the i-th offer (tests, keyboard)."""
        self._apply(*self._offers[i])

    def _on_return(self) -> None:
        if self._id is None and self._new is None and self._offers and not self._completer.popup().isVisible():
            self.choose_offer(0)

    def _on_new_details(self) -> None:
        if self._new is not None:
            self._new.kind = self.kind.currentData()
            self._new.reliability = self.reliability.currentData()
            self.sig_changed.emit()

    def _show_state(self) -> None:
        new = self._new is not None
        for w in (self.kind_label, self.kind, self.reliability_label, self.reliability):
            w.setVisible(new)
        if new:
            self.state.setText(self.tr("(new source)"))
        elif self._id is not None:
            self.state.setText("✓")
            self.state.setToolTip(self.tr("A source already in the database"))
        else:
            self.state.setText("")
        self.state.setVisible(bool(self.state.text()))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self._completer.popup().isVisible():
            self._completer.popup().hide()
            return
        super().keyPressEvent(event)
