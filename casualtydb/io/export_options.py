"""What an export selects: language, date range, place, redaction (the CLI, the page and
`export --since-last`'s remembered options all build one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..errors import ValidationError


@dataclass(frozen=True)
class ExportOptions:
    lang: str = "ar"
    date_from: date | None = None
    date_to: date | None = None
    place: str | None = None  # P-code, place key or gazetteer name; "everything inside"
    redact: bool = False

    def __post_init__(self) -> None:
        if self.lang not in ("ar", "en"):
            raise ValidationError(f"unknown language {self.lang!r}: choose ar or en", field="lang")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError(f"--from {self.date_from} is after --to {self.date_to}", field="date")
