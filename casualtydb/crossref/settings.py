"""Settings that decide shared results, kept in the database itself (not per user): every user
and every stored status must use the same conflict tolerance and duplicate window, so they live
in `database_info`. Each change is written to the audit log (table "database_info", one stable
record id per setting), which is also where "who set it, and when" is read from.

Personal preferences (language, window layout, idle lock) stay in the app's QSettings."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..audit import log_rows
from ..errors import ValidationError
from ..models import AuditAction, AuditEntry, DatabaseInfo
from .derive import DEFAULT_TOLERANCE, RULE_NAME

TOLERANCE_KEY = "crossref.tolerance_percent"
WINDOW_KEY = "crossref.duplicate_window_days"
MAX_TOLERANCE_PERCENT = 100.0
DEFAULT_WINDOW_DAYS = 2
MAX_WINDOW_DAYS = 60

# A fixed record id per setting, so the audit log can hold its history like any record's.
_NAMESPACE = uuid.UUID("6f0f3c52-8f4e-4f39-9d7e-2b8c1f5a0d11")


def setting_record_id(key: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, key)


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


def window_days(value: Any) -> int:
    """A duplicate window in whole days, checked."""
    try:
        days = int(value)
    except (TypeError, ValueError):
        raise ValidationError(f"not a whole number of days: {value!r}", field="window") from None
    if not 0 <= days <= MAX_WINDOW_DAYS:
        raise ValidationError(f"must be between 0 and {MAX_WINDOW_DAYS} days, not {value}", field="window")
    return days


def get_tolerance(*, session: Session) -> float:
    """The margin approximate figures tolerate, as a fraction (default 0.10 = ±10 %)."""
    row = session.get(DatabaseInfo, TOLERANCE_KEY)
    if row is None:
        return DEFAULT_TOLERANCE
    try:
        return tolerance_from_percent(float(row.value))
    except (ValueError, ValidationError):
        return DEFAULT_TOLERANCE


def get_window(*, session: Session) -> int:
    """How many days apart two incidents may be and still be proposed as duplicates."""
    row = session.get(DatabaseInfo, WINDOW_KEY)
    if row is None:
        return DEFAULT_WINDOW_DAYS
    try:
        return window_days(row.value)
    except ValidationError:
        return DEFAULT_WINDOW_DAYS


def _store(session: Session, key: str, text: str) -> bool:
    """Write one setting and its audit entry; whether it changed."""
    row = session.get(DatabaseInfo, key)
    old = row.value if row is not None else None
    if old == text:
        return False
    if row is None:
        session.add(DatabaseInfo(key=key, value=text))
    else:
        row.value = text
    session.flush()
    log_rows(session.connection(), "database_info", AuditAction.INSERT if row is None else AuditAction.UPDATE,
             [(setting_record_id(key), {"key": key, "value": old} if old is not None else None,
               {"key": key, "value": text})],
             user=session.info.get("user"), context=session.info.get("context") or f"setting {key}")
    return True


def set_tolerance(*, session: Session, percent: float) -> float:
    """Store the database's tolerance (in percent); returns it as a fraction. The caller should
    rescan (`casualtydb.crossref.scan`) so that stored statuses follow."""
    value = tolerance_from_percent(percent)
    _store(session, TOLERANCE_KEY, f"{value * 100:g}")
    return value


def set_window(*, session: Session, days: int) -> int:
    days = window_days(days)
    _store(session, WINDOW_KEY, str(days))
    return days


@dataclass(frozen=True)
class SharedSettings:
    """What the database uses now, and who last set each (None: never set, the default)."""

    tolerance: float
    window_days: int
    rule: str
    tolerance_set: tuple[str, datetime] | None
    window_set: tuple[str, datetime] | None


def who_set(session: Session, key: str) -> tuple[str, datetime] | None:
    row = session.execute(
        select(AuditEntry.user, AuditEntry.at)
        .where(AuditEntry.table_name == "database_info", AuditEntry.record_id == setting_record_id(key))
        .order_by(AuditEntry.at.desc()).limit(1)).first()
    return (row.user, row.at) if row is not None else None


def shared_settings(*, session: Session) -> SharedSettings:
    return SharedSettings(tolerance=get_tolerance(session=session), window_days=get_window(session=session),
                          rule=RULE_NAME, tolerance_set=who_set(session, TOLERANCE_KEY),
                          window_set=who_set(session, WINDOW_KEY))

