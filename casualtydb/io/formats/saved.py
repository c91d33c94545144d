"""Mappings saved in the database by name (table import_mappings, migration mapping1)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...models import ImportMapping, utcnow
from .mapped import Mapping


def load_mapping(session: Session, ref: str) -> Mapping:
    """A mapping file (MAP.json), else a saved mapping of that name."""
    path = Path(ref)
    if path.is_file():
        return Mapping.load(path)
    saved = session.scalar(select(ImportMapping).where(ImportMapping.name == ref.strip()))
    if saved is None:
        names = list(session.scalars(select(ImportMapping.name).order_by(ImportMapping.name)))
        known = f"; saved mappings: {', '.join(names)}" if names else "; no mapping is saved yet"
        raise ValidationError(f"no mapping file or saved mapping «{ref}»{known}", field="mapping")
    return Mapping.from_json({"name": saved.name, "columns": saved.columns, "values": saved.values}, saved.name)


def save_mapping(session: Session, mapping: Mapping, headers: list[str]) -> None:
    """Insert or replace the mapping of that name (in the caller's transaction)."""
    assert mapping.name
    saved = session.scalar(select(ImportMapping).where(ImportMapping.name == mapping.name))
    if saved is None:
        session.add(ImportMapping(name=mapping.name, columns=dict(mapping.columns), values=dict(mapping.values),
                                  headers=[h for h in headers if h]))
    elif saved.columns != mapping.columns or saved.values != mapping.values:
        saved.columns = dict(mapping.columns)
        saved.values = dict(mapping.values)
        saved.headers = [h for h in headers if h]
        saved.updated_at = utcnow()
    session.flush()
