"""The generator of ACLED-style exports for the dataset-import benchmark (benchmarks/import_acled.py).

Rows in the ACLED codebook's columns, seeded and deterministic: events over 2012–2024 at the
shipped gazetteer's sub-districts, communities and neighbourhoods (admin1–3 named as ACLED spells
them: without hyphens, "Deir ez Zor"), coordinates near the place's centroid, ACLED's actor names
(and some the actors list lacks, so the import runs with --create-actors), one to three sources
per event from 300, fatalities 0–40 with a third of events at 0.

    python -m benchmarks.generate_acled OUT.csv --rows 100000
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from datetime import date, timedelta
from pathlib import Path

from benchmarks.generate import OUT, SOURCE_STEMS_EN, SOURCE_TOPICS_EN

HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
          "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
          "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
          "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
SUB_EVENTS = [("Explosions/Remote violence", "Air/drone strike", 35),
              ("Explosions/Remote violence", "Shelling/artillery/missile attack", 30),
              ("Battles", "Armed clash", 15), ("Explosions/Remote violence", "Remote explosive/landmine/IED", 8),
              ("Violence against civilians", "Attack", 7), ("Violence against civilians", "Abduction/forced disappearance", 5)]
ACTORS = ["Military Forces of Syria (2000-2024)", "Military Forces of Russia (2000-)", "IS: Islamic State",
          "SDF: Syrian Democratic Forces", "Military Forces of Turkey (2016-)", "HTS: Hayat Tahrir al Sham",
          "Unidentified Armed Group (Syria)", "Liwa al Quds", "NDF: National Defence Forces", "Jaysh al Islam"]


def _places() -> list[dict[str, str]]:
    from casualtydb import paths

    with paths.resource("gazetteer", "places.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_pcode = {r["pcode"]: r for r in rows if r["pcode"]}
    out = []
    for r in rows:
        if r["level"] not in ("sub-district", "community", "neighbourhood"):
            continue
        chain = []
        parent = by_pcode.get(r["parent_pcode"])
        while parent is not None:
            chain.append(parent)
            parent = by_pcode.get(parent["parent_pcode"])
        admin = {p["level"]: p["name_en"].replace("-", " ") for p in chain}
        sub = r if r["level"] == "sub-district" else next((p for p in chain if p["level"] == "sub-district"), None)
        located = r if r["latitude"] else sub
        if located is None or not located["latitude"] or "governorate" not in admin:
            continue
        out.append({"admin1": admin["governorate"], "admin2": admin.get("district", ""),
                    "admin3": (sub or r)["name_en"].replace("-", " "), "location": r["name_en"].replace("-", " "),
                    "lat": float(located["latitude"]), "lon": float(located["longitude"]),
                    "exact": str(r["level"] != "sub-district")})
    return out


def generate(path: Path, rows: int = 100_000, seed: int = 1) -> Path:
    rng = random.Random(seed)
    places = _places()
    sources = [f"{rng.choice(SOURCE_TOPICS_EN)} {rng.choice(SOURCE_STEMS_EN)} {i}" for i in range(300)]
    weights = [w for _, _, w in SUB_EVENTS]
    start = date(2012, 1, 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i in range(rows):
            day = start + timedelta(days=rng.randrange(365 * 13))
            event_type, sub, _ = rng.choices(SUB_EVENTS, weights)[0]
            place = rng.choice(places)
            civilians = event_type == "Violence against civilians" or rng.random() < 0.4
            actor2 = "Civilians (Syria)" if civilians else rng.choice(ACTORS)
            fatalities = 0 if rng.random() < 0.33 else rng.randint(1, 40)
            geo = 1 if place["exact"] == "True" else rng.choice((1, 2, 2, 3))
            w.writerow([
                f"SYR{i + 1:06d}", day.isoformat(), day.year, rng.choices((1, 2, 3), (85, 10, 5))[0],
                "Political violence", event_type, sub, rng.choice(ACTORS), "", 1, actor2, "", 7 if civilians else 2,
                17, "Civilian targeting" if civilians else "", 760, "Middle East", "Syria", place["admin1"],
                place["admin2"], place["admin3"], place["location"], f"{place['lat'] + rng.uniform(-0.005, 0.005):.4f}",
                f"{place['lon'] + rng.uniform(-0.005, 0.005):.4f}", geo,
                "; ".join(rng.sample(sources, rng.choice((1, 1, 2, 3)))), "National",
                f"On {day.isoformat()}, {sub.lower()} in {place['location']} ({place['admin1']}).", fatalities, "",
                1_700_000_000 + i,
            ])
    return path


def cached(rows: int, seed: int = 1) -> Path:
    path = OUT / f"acled-{rows}-{seed}.csv"
    if not path.exists():
        generate(path, rows, seed)
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--rows", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    generate(args.out, args.rows, args.seed)
    print(f"wrote {args.out} ({args.rows:,} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
