"""Editing a claim: what one report says about one incident (category, victims, figure as a
range, the quote, the credibility)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit

from ...models import Category, VictimGroup
from ..labels import CREDIBILITY, choices, tr
from ..widgets.number_edit import NumberEdit
from .base import RecordDialog, combo, text_area


class ClaimDialog(RecordDialog):
    kind = "claim"

    def build(self) -> None:
        self.setWindowTitle(self.tr("Claim"))
        self.add_field("category", self.tr("&Category"), combo(self, choices(Category)))
        self.add_field("victim_group", self.tr("&Victims"), combo(self, choices(VictimGroup)))
        self.add_field("min", self.tr("&Minimum"), NumberEdit(self),
                       help_text=self.tr("Digits 0-9 or ٠-٩. Equal to the maximum when the report gives one number."))
        self.add_field("max", self.tr("Ma&ximum"), NumberEdit(self),
                       help_text=self.tr("Empty for \"at least\" the minimum."))
        self.add_field("approximate", self.tr("A&pproximate"), QCheckBox(self.tr("The report says \"about\""), self))
        self.add_field("vague", self.tr("&Words instead of a number"), QLineEdit(self),
                       help_text=self.tr("e.g. «العشرات» (dozens), when the report gives no figure."))
        self.add_field("quote", self.tr("&Quote"), text_area(self, 3))
        self.add_field("credibility", self.tr("C&redibility"),
                       combo(self, [(tr(text), n) for n, text in CREDIBILITY.items()], self.tr("not graded")))

    def values(self) -> dict:
        values = super().values()
        # The claim stays in its report and incident.
        for key in ("report_id", "incident_id", "stated_at", "part_of_id"):
            if key in self.initial:
                values[key] = self.initial[key]
        return values
