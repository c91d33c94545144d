"""The map's read at scale: `mapping.points.map_data` (every incident aggregated per place with
the list's figure and status, in the worker) and the workbook picture, on a generated database
(default 250,000 incidents ≈ 1,000,000 claims), against the raw SQL the read cannot avoid: one
GROUP BY over the killed claims (stdlib sqlite3), in the same run, as a ratio.

    python -m benchmarks.map_bench                    # 250,000 incidents, 3 rounds
    python -m benchmarks.map_bench --incidents 20000 --rounds 2

The generated database has no derived figures (the list's figure is then the largest claimed,
which is the heavier path: every killed claim is read)."""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys

from benchmarks.crossref_scan import timed
from benchmarks.generate import cached

RAW = ("SELECT incident_id, MAX(COALESCE(max, min)) FROM claims WHERE category = 'killed' "
       "GROUP BY incident_id")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=250_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    from sqlalchemy import select

    from casualtydb.db import open_database
    from casualtydb.io.xlsx_map import map_picture
    from casualtydb.mapping.points import map_data
    from casualtydb.models import Place
    from casualtydb.queries.incidents import IncidentFilters

    path = cached(args.incidents)
    db = open_database(path)
    raw = sqlite3.connect(path)
    with db.session() as s:
        gov = s.scalars(select(Place).where(Place.pcode == "SY09")).one()
    rows: dict[str, list[tuple[float, float]]] = {}
    info: dict[str, str] = {}
    for _ in range(args.rounds):
        w, c, n = timed(lambda: len(raw.execute(RAW).fetchall()))
        rows.setdefault("raw GROUP BY of killed claims", []).append((w, c))
        info["raw GROUP BY of killed claims"] = f"{n:,} incidents"
        with db.session() as s:
            w, c, data = timed(lambda: map_data(s, lang="en"))
            rows.setdefault("map_data, no filter", []).append((w, c))
            info["map_data, no filter"] = f"{data.incidents:,} incidents at {len(data.points):,} points"
            w, c, data = timed(lambda: map_data(s, IncidentFilters(place_id=gov.id), lang="en"))
            rows.setdefault("map_data, Deir-ez-Zor governorate", []).append((w, c))
            info["map_data, Deir-ez-Zor governorate"] = f"{data.incidents:,} incidents at {len(data.points):,} points"
            w, c, png = timed(lambda: map_picture(s, "ar", IncidentFilters()))
            rows.setdefault("workbook picture (read + draw), Arabic", []).append((w, c))
            info["workbook picture (read + draw), Arabic"] = f"{len(png[0]) // 1024} KB PNG"
    base = statistics.median(c for _, c in rows["raw GROUP BY of killed claims"])
    print(f"{args.incidents:,} incidents, median of {args.rounds} rounds")
    print("| step | wall s | CPU s | CPU / raw | result |")
    print("|---|---:|---:|---:|---|")
    for name, times in rows.items():
        wall = statistics.median(w for w, _ in times)
        cpu = statistics.median(c for _, c in times)
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {cpu / base:.1f} | {info[name]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
