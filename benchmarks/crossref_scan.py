"""Cross-referencing at scale: the full scan, a rescan, incremental refreshes and the duplicate
search on a generated database (default 250,000 incidents ≈ 1,000,000 claims), each timed
against a raw SQL GROUP BY over the same claims (stdlib sqlite3) in the same run, and printed as
a ratio (this machine is noisy; ratios travel, seconds do not).

    python -m benchmarks.crossref_scan                  # 250,000 incidents, 3 rounds
    python -m benchmarks.crossref_scan --incidents 20000 --rounds 2

The database comes from `benchmarks.generate` (built once, cached under benchmarks/out/) and is
copied first, since the scan writes to it. Times are wall clock and CPU (process) time: the
scan runs in this process (SQLite is a library), so CPU time shows the work whatever else the
machine is doing."""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import delete, func, select

from benchmarks.generate import fresh_copy

RAW_GROUP_BY = ("SELECT incident_id, category, victim_group, COUNT(*), MIN(min), MAX(max) "
                "FROM claims GROUP BY incident_id, category, victim_group")


def timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=250_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    from casualtydb.crossref.duplicates import find_duplicates
    from casualtydb.crossref.scan import refresh_incidents, scan
    from casualtydb.db import open_database
    from casualtydb.models import Claim, IncidentFigure

    with tempfile.TemporaryDirectory(prefix="crossref-bench-") as tmp:
        path = fresh_copy(args.incidents, Path(tmp) / "bench.db", seed=args.seed)
        t0 = time.perf_counter()
        db = open_database(path)  # migrates the copy to the current schema (indexes included)
        if db.backup_path:
            db.backup_path.unlink()
        print(f"database: {args.incidents:,} incidents, opened/migrated in {time.perf_counter() - t0:.1f} s",
              file=sys.stderr)
        raw = sqlite3.connect(path)
        with db.session() as s:
            n_claims = s.scalar(select(func.count()).select_from(Claim)) or 0
            incident_ids = list(s.scalars(select(Claim.incident_id).distinct()))
        random.Random(1).shuffle(incident_ids)
        print(f"{n_claims:,} claims", file=sys.stderr)

        def raw_group_by() -> int:
            return len(raw.execute(RAW_GROUP_BY).fetchall())

        def full_scan() -> object:
            with db.transaction(context="benchmark") as s:
                s.execute(delete(IncidentFigure))
            with db.transaction(context="benchmark") as s:
                return scan(session=s)

        def rescan() -> object:
            with db.transaction(context="benchmark") as s:
                return scan(session=s)

        def refresh(n: int) -> Callable[[], object]:
            def run() -> object:
                with db.transaction(context="benchmark") as s:
                    return refresh_incidents(session=s, incident_ids=incident_ids[:n])
            return run

        def duplicates() -> object:
            with db.session() as s:
                return find_duplicates(session=s)

        cases: list[tuple[str, Callable[[], object]]] = [
            ("full scan (empty incident_figures)", full_scan),
            ("rescan (nothing changed)", rescan),
            ("refresh_incidents, 1 incident", refresh(1)),
            ("refresh_incidents, 500 incidents", refresh(500)),
            ("duplicate candidates", duplicates),
        ]
        rows: dict[str, list[tuple[float, float, float, float]]] = {name: [] for name, _ in cases}
        details: dict[str, str] = {}
        raw_group_by()  # warm the page cache once
        for round_no in range(args.rounds):
            for name, fn in cases:
                bw, bc, groups = timed(raw_group_by)
                w, c, result = timed(fn)
                rows[name].append((w, c, bw, bc))
                if hasattr(result, "groups"):
                    details[name] = f"{result.groups:,} groups, {result.written:,} rows written"
                elif isinstance(result, list):
                    details[name] = f"{len(result):,} candidate pairs"
                print(f"round {round_no + 1}: {name}: {w:.2f} s wall, {c:.2f} s CPU; raw GROUP BY "
                      f"{bw:.2f} s / {bc:.2f} s ({groups:,} groups)", file=sys.stderr)
        raw.close()
        db.dispose()

    print(f"\ncross-referencing on {args.incidents:,} incidents / {n_claims:,} claims, median of {args.rounds} rounds")
    print(f"{'case':<38} {'wall s':>8} {'CPU s':>8} {'raw s':>8} {'ratio wall':>11} {'ratio CPU':>10}  result")
    for name, samples in rows.items():
        w = statistics.median(s[0] for s in samples)
        c = statistics.median(s[1] for s in samples)
        bw = statistics.median(s[2] for s in samples)
        bc = statistics.median(s[3] for s in samples)
        ratio_wall = statistics.median(s[0] / s[2] for s in samples)
        ratio_cpu = statistics.median(s[1] / s[3] for s in samples if s[3] > 0)
        print(f"{name:<38} {w:>8.2f} {c:>8.2f} {bw:>8.2f} {ratio_wall:>10.2f}× {ratio_cpu:>9.2f}×  {details.get(name, '')}")
    print("ratio = the case's time / a raw sqlite3 GROUP BY (incident, category, group) over all claims, same round")
    return 0


if __name__ == "__main__":
    sys.exit(main())
