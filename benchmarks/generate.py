"""The one generator of realistic synthetic casualtydb databases that every benchmark uses.

Incidents at gazetteer places (sub-districts, communities, neighbourhoods) over 2011–2024, with
Arabic and English source names, several reports per incident, some relaying others, some
revising their figures, and about a third disagreeing with the incident's "true" figure.
Bulk-written with Core (the ORM would take minutes), then the search index is built as a real
database has it; no audit entries, no derived figures (benchmarks that need them run the
cross-referencing scan themselves).

    python -m benchmarks.generate OUT.db --incidents 250000      # ≈ 1,000,000 claims
    python -m benchmarks.generate OUT.db --victims 530000        # and ≈ 1,000,000 victim mentions
    from benchmarks.generate import generate, cached
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
import uuid
import zlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from casualtydb import search
from casualtydb.db import head_revision, open_database
from casualtydb.models import (
    Actor,
    ActorRole,
    Category,
    Claim,
    DatePrecision,
    EventType,
    Incident,
    IncidentActor,
    IncidentPlace,
    LocationPrecision,
    Place,
    PlaceLevel,
    Reliability,
    Report,
    Source,
    SourceKind,
    VictimGroup,
)

OUT = Path(__file__).resolve().parent / "out"
CHUNK = 20_000

SOURCE_STEMS_AR = ["شبكة", "مرصد", "تنسيقية", "مركز", "وكالة", "إذاعة", "مجلس", "لجنة", "رابطة", "صفحة"]
SOURCE_STEMS_EN = ["Network", "Observatory", "Coordination", "Centre", "Agency", "Radio", "Council", "Committee",
                   "League", "Page"]
SOURCE_TOPICS_AR = ["الفرات", "الشرقية", "الجزيرة", "حلب", "إدلب", "حوران", "الغوطة", "البادية", "الساحل", "دمشق",
                    "توثيق الانتهاكات", "حقوق الإنسان", "الأخبار", "الإعلام الحر", "الدفاع المدني"]
SOURCE_TOPICS_EN = ["Euphrates", "Eastern", "Jazira", "Aleppo", "Idlib", "Horan", "Ghouta", "Badia", "Coast",
                    "Damascus", "Violations Documentation", "Human Rights", "News", "Free Media", "Civil Defence"]
EVENT_WORDS_AR = {
    EventType.AIRSTRIKE: "غارة جوية", EventType.SHELLING: "قصف مدفعي", EventType.GROUND_ATTACK: "هجوم بري",
    EventType.EXPLOSIVE_DEVICE: "انفجار عبوة ناسفة", EventType.EXECUTION: "إعدام ميداني",
    EventType.SIEGE: "حصار", EventType.DETENTION_CAMPAIGN: "حملة اعتقالات", EventType.OTHER: "حادثة",
}
EVENT_WORDS_EN = {
    EventType.AIRSTRIKE: "an airstrike", EventType.SHELLING: "artillery shelling", EventType.GROUND_ATTACK: "a ground attack",
    EventType.EXPLOSIVE_DEVICE: "an explosive device", EventType.EXECUTION: "a field execution",
    EventType.SIEGE: "the siege", EventType.DETENTION_CAMPAIGN: "a detention campaign", EventType.OTHER: "an incident",
}
EVENT_WEIGHTS = [(EventType.AIRSTRIKE, 40), (EventType.SHELLING, 30), (EventType.GROUND_ATTACK, 8),
                 (EventType.EXPLOSIVE_DEVICE, 8), (EventType.EXECUTION, 4), (EventType.SIEGE, 3),
                 (EventType.DETENTION_CAMPAIGN, 5), (EventType.OTHER, 2)]
GROUPS_AR = {VictimGroup.CIVILIANS: "مدنيين", VictimGroup.CHILDREN: "أطفال", VictimGroup.WOMEN: "نساء",
             VictimGroup.COMBATANTS: "عناصر"}
PRECISION_FOR_LEVEL = {
    PlaceLevel.NEIGHBOURHOOD: LocationPrecision.NEIGHBOURHOOD, PlaceLevel.COMMUNITY: LocationPrecision.TOWN,
    PlaceLevel.SUBDISTRICT: LocationPrecision.SUBDISTRICT, PlaceLevel.DISTRICT: LocationPrecision.DISTRICT,
    PlaceLevel.GOVERNORATE: LocationPrecision.GOVERNORATE,
}


class _Ids:
    """Deterministic UUIDs from the seeded generator (same seed → same database)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)


def _bookkeeping(now: datetime) -> dict[str, Any]:
    return {"created_at": now, "updated_at": now, "created_by": "generator", "updated_by": "generator", "version": 1}


def generate(target: str | Path, *, incidents: int = 1000, seed: int = 1, sources: int = 300,
             progress: bool = False, victims: int = 0) -> Path | str:
    """Build a migrated casualtydb database at `target` (path or URL) with `incidents` incidents
    and about four claims each, and with `victims` true persons named by the victim lists of
    benchmarks/generate_victims.py (about 1.9 mentions each; VICTIM_SHARE of the persons are
    mentions of one incident). The target must not exist yet (or be an empty database)."""
    rng = random.Random(seed)
    new_id = _Ids(rng)
    database = open_database(target)
    started = time.perf_counter()
    now = datetime(2025, 1, 1, tzinfo=timezone.utc)
    book = _bookkeeping(now)

    with database.session() as s:
        places = s.execute(select(Place.id, Place.level, Place.name_ar, Place.name_en).where(
            Place.level.in_([PlaceLevel.SUBDISTRICT, PlaceLevel.COMMUNITY, PlaceLevel.NEIGHBOURHOOD]))).all()
        actors = s.execute(select(Actor.id, Actor.name_ar, Actor.name_en)).all()

    source_rows = []
    for i in range(sources):
        k = rng.randrange(len(SOURCE_STEMS_AR))
        t = rng.randrange(len(SOURCE_TOPICS_AR))
        kind = rng.choice(list(SourceKind))
        source_rows.append({
            "id": new_id(), "name_ar": f"{SOURCE_STEMS_AR[k]} {SOURCE_TOPICS_AR[t]} {i + 1}",
            "name_en": f"{SOURCE_TOPICS_EN[t]} {SOURCE_STEMS_EN[k]} {i + 1}", "aliases": [],
            "kind": kind, "reliability": rng.choices(list(Reliability), weights=[3, 20, 30, 20, 7, 20])[0],
            "url": None, "notes": None, "contact": None, "notes_sensitive": False, **book})
    source_ids = [r["id"] for r in source_rows]

    with database.engine.begin() as conn:
        conn.execute(insert(Source), source_rows)

    start_day = date(2011, 3, 15)
    span_days = (date(2024, 12, 31) - start_day).days
    types, weights = zip(*EVENT_WEIGHTS)
    done = 0
    incident_ids: list[uuid.UUID] = []
    while done < incidents:
        n = min(CHUNK // 4, incidents - done)
        inc_rows, place_rows, actor_rows, report_rows, claim_rows = [], [], [], [], []
        for _ in range(n):
            iid = new_id()
            incident_ids.append(iid)
            day = start_day + timedelta(days=rng.randrange(span_days))
            etype = rng.choices(types, weights)[0]
            place = rng.choice(places)
            actor = rng.choice(actors)
            inc_rows.append({
                "id": iid, "start_date": day, "end_date": day, "date_precision": DatePrecision.DAY,
                "month": day.strftime("%Y-%m"), "event_type": etype,
                "description_ar": f"{EVENT_WORDS_AR[etype]} على {place.name_ar}",
                "description_en": f"{EVENT_WORDS_EN[etype]} on {place.name_en or place.name_ar}",
                "notes": None, "notes_sensitive": False, "grade": None, "grade_reasons": None,
                "grade_accepted_by": None, "grade_accepted_at": None, "merged_into_id": None, **book})
            place_rows.append({"id": new_id(), "incident_id": iid, "place_id": place.id, "is_primary": True,
                               "precision": PRECISION_FOR_LEVEL[place.level], **book})
            actor_rows.append({"id": new_id(), "incident_id": iid, "actor_id": actor.id,
                               "role": ActorRole.ALLEGED, "report_id": None, **book})
            truth = max(1, int(rng.lognormvariate(1.3, 1.0)))
            injured = int(truth * rng.uniform(0.5, 3))
            first_report = None
            for r in range(rng.choice((1, 2, 2, 3, 3))):
                rid = new_id()
                published = day + timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
                disagree = rng.random() < 0.3
                killed = max(0, truth + rng.randint(-max(1, truth // 3), max(2, truth // 2))) if disagree else truth
                arabic = rng.random() < 0.75
                text = (f"{'استشهد' if rng.random() < 0.5 else 'قتل'} {killed} {GROUPS_AR[VictimGroup.CIVILIANS]} "
                        f"وأصيب {injured} آخرون جراء {EVENT_WORDS_AR[etype]} على {place.name_ar}، "
                        f"واتهم ناشطون {actor.name_ar} بالمسؤولية عن الهجوم.") if arabic else (
                        f"{killed} civilians were killed and {injured} injured in {EVENT_WORDS_EN[etype]} on "
                        f"{place.name_en or place.name_ar}; activists blamed {actor.name_en or actor.name_ar}.")
                relays = first_report if first_report and rng.random() < 0.15 else None
                report_rows.append({
                    "id": rid, "source_id": rng.choice(source_ids), "title": text[:80], "author": None,
                    "published_date": published, "published_time": None, "url": f"https://example.org/r/{rid.hex}",
                    "language": "ar" if arabic else "en", "text": text,
                    "retrieved_at": datetime.combine(published, datetime.min.time(), timezone.utc) + timedelta(days=1),
                    "relays_report_id": relays, "relays_source_id": None, "notes": None, "notes_sensitive": False,
                    **book})
                first_report = first_report or rid
                stated = datetime.combine(published, datetime.min.time(), timezone.utc) + timedelta(hours=12)
                approximate = rng.random() < 0.1
                at_least = not approximate and rng.random() < 0.08
                vague = rng.random() < 0.02
                claims = [(Category.KILLED, VictimGroup.CIVILIANS,
                           None if vague else killed,
                           None if vague or at_least else killed, approximate and not vague,
                           "عشرات" if vague else None)]
                if rng.random() < 0.6:
                    claims.append((Category.INJURED, VictimGroup.CIVILIANS, injured, injured, False, None))
                if rng.random() < 0.3 and killed >= 2:
                    children = rng.randint(1, max(1, killed // 2))
                    claims.append((Category.KILLED, VictimGroup.CHILDREN, children, children, False, None))
                for cat, grp, lo, hi, approx, vg in claims:
                    claim_rows.append({
                        "id": new_id(), "report_id": rid, "incident_id": iid, "category": cat, "victim_group": grp,
                        "min": lo, "max": hi, "approximate": approx, "vague": vg, "quote": text[:120],
                        "span_start": 0, "span_end": min(120, len(text)), "credibility": rng.randint(1, 6),
                        "part_of_id": None, "stated_at": stated, "victim_names": None, "witnesses": None, **book})
                if rng.random() < 0.05:  # a live report revising its own figure upwards later that day
                    claim_rows.append({
                        "id": new_id(), "report_id": rid, "incident_id": iid, "category": Category.KILLED,
                        "victim_group": VictimGroup.CIVILIANS, "min": killed + 2, "max": killed + 2,
                        "approximate": False, "vague": None, "quote": text[:120], "span_start": 0,
                        "span_end": min(120, len(text)), "credibility": rng.randint(1, 6), "part_of_id": None,
                        "stated_at": stated + timedelta(hours=6), "victim_names": None, "witnesses": None, **book})
        with database.engine.begin() as conn:
            conn.execute(insert(Incident), inc_rows)
            conn.execute(insert(IncidentPlace), place_rows)
            conn.execute(insert(IncidentActor), actor_rows)
            conn.execute(insert(Report), report_rows)
            conn.execute(insert(Claim), claim_rows)
        done += n
        if progress:
            print(f"\r{done:,}/{incidents:,} incidents ({time.perf_counter() - started:.0f} s)", end="",
                  file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    if victims:
        _victims(database, victims, seed, incident_ids, progress=progress)
    with database.engine.begin() as conn:  # Core writes bypass the ORM hook that keeps the index
        search.reindex(session=conn)
    database.dispose()
    return target


VICTIM_SHARE = 0.6


def _victims(database: Any, persons: int, seed: int, incident_ids: list[uuid.UUID], *, progress: bool) -> None:
    """The victim lists' mentions (each its own person, as after an import); a person's mentions
    in every list name the same incident (by the truth key), so an incident's names can be
    counted against its figures."""
    from .generate_victims import gazetteer_places, generate_lists, write_db  # noqa: PLC0415 (only for --victims)

    started = time.perf_counter()
    with database.session() as s:
        places = gazetteer_places(s)
    lists, truth = generate_lists(persons, seed=seed, places=places)

    def incident_of(row: dict[str, Any]) -> uuid.UUID | None:
        h = zlib.crc32(truth[row["mention_id"]].encode())
        return incident_ids[h % len(incident_ids)] if incident_ids and (h >> 8) % 100 < VICTIM_SHARE * 100 else None

    with database.engine.begin() as conn:
        n = write_db(Session(bind=conn), lists, incident_of=incident_of)
    if progress:
        print(f"{n:,} victim mentions of {persons:,} persons ({time.perf_counter() - started:.0f} s)", file=sys.stderr)


def cached(incidents: int, seed: int = 1) -> Path:
    """A generated SQLite database built once under benchmarks/out/ and reused; copy it before
    changing it (see `fresh_copy`). The name carries the schema head: a new migration means a new
    build (minutes) rather than migrating a large old one in place (longer, and a backup copy)."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"generated-{incidents}-{seed}-{head_revision()}.db"
    if not path.exists():
        tmp = path.with_suffix(".building.db")
        tmp.unlink(missing_ok=True)
        generate(tmp, incidents=incidents, seed=seed, progress=True)
        tmp.rename(path)
    return path


def fresh_copy(incidents: int, dest: Path, seed: int = 1) -> Path:
    """A private copy of the cached database, for benchmarks that write to it."""
    shutil.copyfile(cached(incidents, seed), dest)
    return dest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", help="new database file or URL")
    parser.add_argument("--incidents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--victims", type=int, default=0, metavar="PERSONS",
                        help="also victim lists naming this many persons (530000: about a million mentions)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    generate(args.target, incidents=args.incidents, seed=args.seed, progress=True, victims=args.victims)
    print(f"{args.incidents:,} incidents in {time.perf_counter() - t0:.1f} s → {args.target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
