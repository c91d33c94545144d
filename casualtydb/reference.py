"""Reference data every database starts with: the gazetteer and the common actors.

Both ship as CSV under `resources/` with fixed UUID keys, so the same place or actor has the same
id in every database and offline databases merge cleanly. Loading is idempotent."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import paths
from .models import Actor, DatabaseInfo, Place, PlaceLevel

GAZETTEER_ORIGIN = "OCHA COD-AB Syria via Open-Syria/data-geography (see resources/gazetteer/README.md)"


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def place_path(parent_path: str, place_id: uuid.UUID) -> str:
    return f"{parent_path or '/'}{place_id.hex}/"


def load_gazetteer(session, path: Path | None = None) -> int:
    """Add the shipped places that this database lacks (matched by key); returns how many."""
    path = path or paths.resource("gazetteer", "places.csv")
    existing = set(session.scalars(select(Place.id)))
    by_pcode: dict[str, Place] = {p.pcode: p for p in session.scalars(select(Place).where(Place.pcode.is_not(None)))}
    added = 0
    for row in _rows(path):
        key = uuid.UUID(row["key"])
        parent = by_pcode.get(row.get("parent_pcode") or "")
        if key in existing:
            if row.get("pcode") and row["pcode"] not in by_pcode:
                by_pcode[row["pcode"]] = session.get(Place, key)
            continue
        place = Place(
            id=key,
            parent=parent,
            parent_id=parent.id if parent else None,
            level=PlaceLevel(row["level"]),
            pcode=row.get("pcode") or None,
            name_ar=row["name_ar"],
            name_en=row.get("name_en") or None,
            alt_names=_split(row.get("alt_names")),
            latitude=float(row["latitude"]) if row.get("latitude") else None,
            longitude=float(row["longitude"]) if row.get("longitude") else None,
            path=place_path(parent.path if parent else "", key),
            origin=GAZETTEER_ORIGIN,
        )
        session.add(place)
        if place.pcode:
            by_pcode[place.pcode] = place
        existing.add(key)
        added += 1
    return added


def load_actors(session, path: Path | None = None) -> int:
    path = path or paths.resource("actors.csv")
    existing = set(session.scalars(select(Actor.id)))
    added = 0
    for row in _rows(path):
        key = uuid.UUID(row["key"])
        if key in existing:
            continue
        session.add(Actor(id=key, name_ar=row["name_ar"], name_en=row["name_en"] or None,
                          kind=row.get("kind") or None, aliases=_split(row.get("aliases"))))
        added += 1
    return added


def ensure_reference_data(session: Session) -> None:
    """Give a new database its own id and the shipped places and actors, in the caller's
    transaction (db.open_database's; this module does not import db, which imports it)."""
    if session.get(DatabaseInfo, "database_id") is None:
        session.add(DatabaseInfo(key="database_id", value=str(uuid.uuid4())))
    if not session.scalar(select(func.count()).select_from(Place)):
        load_gazetteer(session)
    if not session.scalar(select(func.count()).select_from(Actor)):
        load_actors(session)
