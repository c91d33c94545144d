"""Helpers the read-side queries share: labels in a language, status ranks, chunking."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import String, case, func, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from ..models import ConflictStatus, Grade, IncidentFigure

T = TypeVar("T")

# SQLite allows 32766 bound parameters, PostgreSQL 65535: pages are far smaller than that.
CHUNK = 500

# The order in which an incident's figures draw attention: the most urgent status wins.
STATUS_URGENCY: tuple[ConflictStatus, ...] = (
    ConflictStatus.RECONCILED,
    ConflictStatus.CORROBORATED,
    ConflictStatus.SINGLE_SOURCE,
    ConflictStatus.NEEDS_REVIEW,
    ConflictStatus.CONFLICTING,
)

GRADE_ORDER: tuple[Grade, ...] = (
    Grade.CONFIRMED, Grade.FAIR, Grade.WEAK, Grade.CONTESTED, Grade.DISCOUNTED,
)


def status_rank(status: ConflictStatus | str | None) -> int:
    """0 for no status; higher is more urgent."""
    if status is None:
        return 0
    return STATUS_URGENCY.index(ConflictStatus(status)) + 1


def status_from_rank(rank: int | None) -> ConflictStatus | None:
    return STATUS_URGENCY[rank - 1] if rank else None


def status_rank_sql() -> ColumnElement[int]:
    """`status_rank` as a SQL expression over incident_figures.status."""
    return case({s.value: i + 1 for i, s in enumerate(STATUS_URGENCY)}, value=IncidentFigure.status, else_=0)


def label(name_ar: str | None, name_en: str | None, lang: str) -> str:
    """A record's name in the interface language, falling back to the other one."""
    if lang == "en":
        return name_en or name_ar or ""
    return name_ar or name_en or ""


def label_sql(col_ar: ColumnElement[str], col_en: ColumnElement[str], lang: str) -> ColumnElement[str]:
    return func.coalesce(col_en, col_ar) if lang == "en" else func.coalesce(col_ar, col_en)


def raw_id(column: ColumnElement[uuid.UUID]) -> ColumnElement[str]:
    """An id column read without the ORM's per-row UUID processing (fetching 250,000 ids is
    ~10× faster this way); turn the values into UUIDs with `as_uuids`."""
    return type_coerce(column, String)


def as_uuids(values: Iterable[object]) -> list[uuid.UUID]:
    """Ids as read with `raw_id`: hex strings on SQLite, UUIDs already on PostgreSQL."""
    return [v if isinstance(v, uuid.UUID) else uuid.UUID(str(v)) for v in values]


# Rows converted per step when a query returns very many (see `all_rows`).
FETCH_PART = 20_000


def all_rows(result: Any, part: int = FETCH_PART) -> list[Any]:
    """Every row (or scalar) of a result, read `part` rows at a time. A single `.all()` of a
    million rows converts them in one C call that holds Python's GIL throughout, so the UI
    thread cannot repaint while a worker reads a long list; between parts it can."""
    out: list[Any] = []
    for rows in result.partitions(part):
        out.extend(rows)
    return out


def ids_of(session: Session, stmt: Any, *, raw: bool) -> list[Any]:
    """Run an ids query of a list: every id, in parts (`all_rows`); as UUIDs unless `raw`
    (the database's own form, see `raw_id`)."""
    values = all_rows(session.connection().execute(stmt).scalars())
    return values if raw else as_uuids(values)


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def in_order(ids: Iterable[uuid.UUID], by_id: dict[uuid.UUID, T]) -> list[T]:
    """Rows in the order of `ids`, skipping ids that no longer exist (deleted meanwhile)."""
    return [by_id[i] for i in ids if i in by_id]
