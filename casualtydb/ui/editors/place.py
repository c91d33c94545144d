"""Editing a place of the gazetteer: names, level, the place it is inside, P-code, coordinates."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from ...models import PlaceLevel
from ...queries.places import place_choices
from ..labels import choices
from ..widgets.place_picker import PlaceMatcher, PlacePicker
from .base import RecordDialog, combo, text_area


class PlaceDialog(RecordDialog):
    kind = "place"

    def build(self) -> None:
        self.setWindowTitle(self.tr("Place") if self.record_id else self.tr("New place"))
        with self.context.database.session() as s:
            places = place_choices(s, lang=self.context.lang)
        self.add_field("name_ar", self.tr("Name (&Arabic)"), QLineEdit(self), arabic=True)
        self.add_field("name_en", self.tr("Name (&English)"), QLineEdit(self), arabic=False)
        self.add_field("alt_names", self.tr("Other &spellings"), text_area(self, 3),
                       help_text=self.tr("One per line; the search and the place picker find these too."))
        self.add_field("level", self.tr("&Level"), combo(self, choices(PlaceLevel)))
        self.add_field("parent_id", self.tr("&Inside"), PlacePicker(PlaceMatcher(places), self),
                       help_text=self.tr("The larger place this one belongs to (a neighbourhood inside a town…)."))
        self.add_field("pcode", self.tr("&P-code"), QLineEdit(self), arabic=False,
                       help_text=self.tr("OCHA place code, when the place has one."))
        self.add_field("latitude", self.tr("La&titude"), QLineEdit(self), arabic=False)
        self.add_field("longitude", self.tr("Lo&ngitude"), QLineEdit(self), arabic=False)
        if not self.initial:
            self.set_values({"level": PlaceLevel.COMMUNITY})

    def values(self) -> dict:
        values = super().values()
        for key in ("latitude", "longitude"):
            if isinstance(values.get(key), str) and not values[key].strip():
                values[key] = None
        return values
