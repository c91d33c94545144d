"""Fixtures for the cross-referencing tests: fresh database files copied from templates made
once per session (migrating and loading the gazetteer once, not per test), and a small builder
for scenarios (sources, reports, incidents, claims) written through the ORM like the app does."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select

from casualtydb.db import Database, open_database
from casualtydb.models import (
    Actor,
    ActorRole,
    Claim,
    EventType,
    Incident,
    IncidentActor,
    IncidentFigure,
    IncidentPlace,
    Place,
    PlaceLevel,
    Reliability,
    Report,
    Source,
)


def _template(folder: Path, name: str, demo: bool) -> Path:
    path = folder / name
    database = open_database(path)
    if demo:
        from casualtydb.demo import load_demo

        load_demo(database)
        # The demo arrives with its derived figures; these tests start from none, to see the scan
        # compute them.
        with database.transaction() as s:
            s.execute(delete(IncidentFigure))
    database.dispose()
    return path


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory.mktemp("templates"), "empty.db", demo=False)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory.mktemp("templates"), "demo.db", demo=True)


def _copy(template: Path, target: Path) -> Iterator[Database]:
    shutil.copyfile(template, target)
    database = open_database(target)
    yield database
    database.dispose()


@pytest.fixture
def xdb(empty_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh migrated database with the gazetteer and actors, no casualty data."""
    yield from _copy(empty_template, tmp_path / "x.db")


@pytest.fixture
def xdemo(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo database (no derived figures yet)."""
    yield from _copy(demo_template, tmp_path / "demo.db")


def ts(day: date, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=timezone.utc)


@dataclass
class Builder:
    """Writes scenario records, each call in its own transaction (as separate user actions)."""

    db: Database
    user: str = "tester"

    def _add(self, obj: Any) -> uuid.UUID:
        with self.db.transaction(user=self.user) as s:
            s.add(obj)
            s.flush()
            return obj.id

    def place(self, name_en: str, level: PlaceLevel | None = None) -> uuid.UUID:
        with self.db.session() as s:
            stmt = select(Place.id).where(Place.name_en == name_en)
            if level is not None:
                stmt = stmt.where(Place.level == level)
            found = s.scalars(stmt).first()
        assert found is not None, f"gazetteer has no {name_en}"
        return found

    def actor(self, slug_name_en: str) -> uuid.UUID:
        with self.db.session() as s:
            found = s.scalars(select(Actor.id).where(Actor.name_en == slug_name_en)).first()
        assert found is not None, slug_name_en
        return found

    def source(self, name: str, reliability: str = "C") -> uuid.UUID:
        return self._add(Source(name_ar=name, name_en=name, reliability=Reliability(reliability)))

    def incident(self, day: date = date(2017, 10, 30), place: str | None = "As-Susah",
                 event_type: EventType = EventType.AIRSTRIKE, actors: tuple[tuple[str, ActorRole], ...] = (),
                 place_level: PlaceLevel | None = None) -> uuid.UUID:
        iid = self._add(Incident(start_date=day, end_date=day, event_type=event_type, month=day.strftime("%Y-%m"),
                                 description_en=f"test incident {day}"))
        if place is not None:
            self._add(IncidentPlace(incident_id=iid, place_id=self.place(place, place_level), is_primary=True))
        for name, role in actors:
            self._add(IncidentActor(incident_id=iid, actor_id=self.actor(name), role=role))
        return iid

    def report(self, source: uuid.UUID, published: date = date(2017, 10, 30), text: str | None = None,
               relays_report: uuid.UUID | None = None, relays_source: uuid.UUID | None = None) -> uuid.UUID:
        return self._add(Report(source_id=source, published_date=published, text=text,
                                relays_report_id=relays_report, relays_source_id=relays_source))

    def claim(self, report: uuid.UUID, incident: uuid.UUID, min_: int | None, max_: int | None | str = "same", *,
              category: str = "killed", group: str = "civilians", approximate: bool = False,
              credibility: int | None = None, stated_at: datetime | None = None, vague: str | None = None,
              part_of: uuid.UUID | None = None, quote: str | None = None) -> uuid.UUID:
        hi = min_ if max_ == "same" else max_
        return self._add(Claim(report_id=report, incident_id=incident, category=category, victim_group=group,
                               min=min_, max=hi, approximate=approximate, credibility=credibility,
                               stated_at=stated_at, vague=vague, part_of_id=part_of, quote=quote))

    def sourced_claim(self, incident: uuid.UUID, figure: int, *, reliability: str = "C", name: str | None = None,
                      published: date = date(2017, 10, 30), **kw: Any) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
        """A new source, its report and one claim: (source, report, claim)."""
        src = self.source(name or f"source {uuid.uuid4().hex[:6]}", reliability)
        rep = self.report(src, published)
        return src, rep, self.claim(rep, incident, figure, **kw)


@pytest.fixture
def build(xdb: Database) -> Builder:
    return Builder(xdb)


def later(day: date, days: int) -> date:
    return day + timedelta(days=days)
