"""Cross-referencing settings kept in the database itself (not per user): every user and every
stored status must use the same tolerance, so it lives in `database_info`."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..models import DatabaseInfo
from .derive import DEFAULT_TOLERANCE

TOLERANCE_KEY = "crossref.tolerance_percent"
MAX_TOLERANCE_PERCENT = 100.0


def tolerance_from_percent(percent: float) -> float:
    """A margin in percent (10 → 0.10), checked."""
    try:
        value = float(percent)
    except (TypeError, ValueError):
        raise ValidationError(f"not a number: {percent!r}", field="tolerance") from None
    if not 0 <= value <= MAX_TOLERANCE_PERCENT or value != value:
        raise ValidationError(f"must be between 0 and {MAX_TOLERANCE_PERCENT:g} percent, not {percent}",
                              field="tolerance")
    return value / 100


def get_tolerance(*, session: Session) -> float:
    """The margin approximate figures tolerate, as a fraction (default 0.10 = ±10 %)."""
    row = session.get(DatabaseInfo, TOLERANCE_KEY)
    if row is None:
        return DEFAULT_TOLERANCE
    try:
        return tolerance_from_percent(float(row.value))
    except (ValueError, ValidationError):
        return DEFAULT_TOLERANCE


def set_tolerance(*, session: Session, percent: float) -> float:
    """Store the database's tolerance (in percent); returns it as a fraction. The caller should
    rescan (`casualtydb.crossref.scan`) so that stored statuses follow."""
    value = tolerance_from_percent(percent)
    row = session.get(DatabaseInfo, TOLERANCE_KEY)
    text = f"{value * 100:g}"
    if row is None:
        session.add(DatabaseInfo(key=TOLERANCE_KEY, value=text))
    else:
        row.value = text
    return value
