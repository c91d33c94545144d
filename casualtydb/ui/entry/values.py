"""Reading a restored draft's loosely typed values (JSON) back into ids, dates and numbers:
anything that does not parse is None, never an exception in the middle of restoring a form."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any


def as_uuid(value: Any) -> uuid.UUID | None:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        return None


def as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def as_int(value: Any) -> int | None:
    return value if isinstance(value, int) else None
