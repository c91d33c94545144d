"""Redaction: what a shareable export leaves out, and the count of what it withheld.

With `--redact`, the columns marked `personal` in `sheets` (names of victims and witnesses,
contact details of sources) are not written at all, and notes their author marked sensitive
are replaced by a visible marker. Nothing else is changed: figures, quotes and sources stay,
since they are what an NGO needs, and quotes are already public text from published reports."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

WITHHELD_MARKER = {"en": "(withheld: marked sensitive)", "ar": "(محجوب: مصنف حساس)"}


class Redactor:
    def __init__(self, enabled: bool, lang: str) -> None:
        self.enabled = enabled
        self.lang = lang
        self.withheld: dict[str, int] = defaultdict(int)

    def notes(self, text: str | None, sensitive: bool, what: str) -> str | None:
        """The notes as they may appear in this export."""
        if text and sensitive and self.enabled:
            self.withheld[what] += 1
            return WITHHELD_MARKER[self.lang]
        return text

    def personal(self, values: dict[str, Any], **fields: Any) -> None:
        """Put personal data into a row, or (redacting) only count what was left out."""
        for key, value in fields.items():
            if not self.enabled:
                values[key] = value
            elif value:
                self.withheld[key.replace("_", " ")] += 1

    def counts(self) -> dict[str, int]:
        return dict(self.withheld)


def is_marker(text: str | None) -> bool:
    return text is not None and text.strip() in WITHHELD_MARKER.values()
