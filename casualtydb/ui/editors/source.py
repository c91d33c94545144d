"""Editing a source: names, kind, Admiralty reliability, address, notes."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit

from ...models import Reliability, SourceKind
from ..labels import choices
from .base import RecordDialog, combo, text_area


class SourceDialog(RecordDialog):
    kind = "source"

    def build(self) -> None:
        self.setWindowTitle(self.tr("Source") if self.record_id else self.tr("New source"))
        self.add_field("name_ar", self.tr("Name (&Arabic)"), QLineEdit(self), arabic=True)
        self.add_field("name_en", self.tr("Name (&English)"), QLineEdit(self), arabic=False)
        self.add_field("aliases", self.tr("Other &names"), text_area(self, 3),
                       help_text=self.tr("One per line: spellings and short names that should find this source."))
        self.add_field("kind", self.tr("&Kind"), combo(self, choices(SourceKind)))
        self.add_field("reliability", self.tr("&Reliability"), combo(self, choices(Reliability)),
                       help_text=self.tr("Admiralty grade of the source's track record; F when it cannot be judged."))
        self.add_field("url", self.tr("&Web address"), QLineEdit(self), arabic=False)
        self.add_field("notes", self.tr("N&otes"), text_area(self, 3))
        self.add_field("contact", self.tr("&Contact"), text_area(self, 2),
                       help_text=self.tr("Personal data: left out of redacted exports."))
        self.add_field("notes_sensitive", self.tr("&Sensitive"), QCheckBox(self.tr("The notes are sensitive"), self))
        if not self.initial:
            self.set_values({"kind": SourceKind.OTHER, "reliability": Reliability.F})
