"""Choose a place from the gazetteer by typing part of any of its names (Arabic, English, other
spellings, P-code); matching ignores hamza forms, diacritics and case (casualtydb.text.arabic)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ...queries.places import PlaceChoice
from ...text.arabic import normalize
from ..format import isolate
from ..labels import enum_label


class PlaceMatcher:
    """Ranks gazetteer entries for a typed text: names that start with it first, then names
    containing it; bigger administrative units first among equals."""

    def __init__(self, choices: Sequence[PlaceChoice]) -> None:
        self.choices = list(choices)
        self._keys = [tuple(normalize(n) for n in c.match_names) for c in self.choices]
        self._by_id = {c.id: c for c in self.choices}

    def get(self, place_id: uuid.UUID | None) -> PlaceChoice | None:
        return self._by_id.get(place_id) if place_id else None

    def match(self, text: str, limit: int = 30) -> list[PlaceChoice]:
        needle = normalize(text)
        if not needle:
            return []
        starts, contains = [], []
        for choice, keys in zip(self.choices, self._keys, strict=True):
            if any(k.startswith(needle) or f" {needle}" in k for k in keys):
                starts.append(choice)
            elif any(needle in k for k in keys):
                contains.append(choice)
            if len(starts) >= limit:
                break
        return (starts + contains)[:limit]


def choice_text(choice: PlaceChoice) -> str:
    """"al-Hamidiya (neighbourhood) — Deir ez-Zor, …" as shown in the picker."""
    level = enum_label(choice.level)
    if choice.context:
        return f"{choice.name} ({level}) — {isolate(choice.context)}"
    return f"{choice.name} ({level})"


class PlacePicker(QLineEdit):
    """Search-as-you-type over the gazetteer. `value()` is the chosen place's id or None;
    typing after a choice clears it until another is chosen."""

    sig_place_chosen = Signal(object)
    """The chosen place's id (or None when cleared)."""

    def __init__(self, choices: Sequence[PlaceChoice] | PlaceMatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matcher = choices if isinstance(choices, PlaceMatcher) else PlaceMatcher(choices)
        self._value: uuid.UUID | None = None
        self._shown: list[PlaceChoice] = []
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.activated[str].connect(self._on_activated_text)  # type: ignore[index]
        self.setCompleter(self._completer)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Type a place name…"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._refresh)
        self.textEdited.connect(self._on_text_edited)

    def value(self) -> uuid.UUID | None:
        return self._value

    def set_value(self, place_id: uuid.UUID | None) -> None:
        choice = self.matcher.get(place_id)
        self._value = choice.id if choice else None
        self.setText(choice_text(choice) if choice else "")

    def matches(self) -> list[PlaceChoice]:
        """What the popup offers for the current text."""
        return list(self._shown)

    def choose(self, place_id: uuid.UUID) -> None:
        self.set_value(place_id)
        self.sig_place_chosen.emit(self._value)

    def _on_text_edited(self, text: str) -> None:
        if self._value is not None:
            self._value = None
            self.sig_place_chosen.emit(None)
        self._timer.start()

    def _refresh(self) -> None:
        self._shown = self.matcher.match(self.text())
        self._model.setStringList([choice_text(c) for c in self._shown])
        if self._shown and self.hasFocus():
            self._completer.complete()

    def _on_activated_text(self, text: str) -> None:
        for c in self._shown:
            if choice_text(c) == text:
                self._value = c.id
                # QCompleter sets the text after this signal; keep ours.
                QTimer.singleShot(0, lambda c=c: self.setText(choice_text(c)))
                self.sig_place_chosen.emit(c.id)
                return

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001
        # Enter with one offer (or a highlighted one) chooses it.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._value is None and self._shown \
                and not self._completer.popup().isVisible():
            self.choose(self._shown[0].id)
            return
        super().keyPressEvent(event)
