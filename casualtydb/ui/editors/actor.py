"""Editing an actor: a party or perpetrator with its names."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from .base import RecordDialog, text_area


class ActorDialog(RecordDialog):
    kind = "actor"

    def build(self) -> None:
        self.setWindowTitle(self.tr("Actor") if self.record_id else self.tr("New actor"))
        self.add_field("name_ar", self.tr("Name (&Arabic)"), QLineEdit(self), arabic=True)
        self.add_field("name_en", self.tr("Name (&English)"), QLineEdit(self), arabic=False)
        self.add_field("aliases", self.tr("Other &names"), text_area(self, 3),
                       help_text=self.tr("One per line: how reports also call this party."))
        kind = QLineEdit(self)
        kind.setPlaceholderText(self.tr("e.g. state forces, armed group"))
        self.add_field("kind", self.tr("&Kind"), kind)
        self.add_field("notes", self.tr("N&otes"), text_area(self, 3))
