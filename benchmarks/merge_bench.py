"""Merging big databases (`merge-db`), against raw sqlite3 copying the same rows in the same run.

    python -m benchmarks.merge_bench [--incidents 20000] [--repeat 3]

Three cases on the shared generated databases (benchmarks/generate.py):
- *new*: a field database with other records (seed 2) merged into the auditors' (seed 1):
  every record is inserted; raw: `ATTACH` + `INSERT INTO t SELECT * FROM other.t WHERE id NOT IN
  (SELECT id FROM t)` for each table, in one transaction (no audit log, no comparison);
- *again*: the same merge run a second time (nothing to do: every record compared);
  raw: reading every row of both databases (`SELECT *` of each table, both sides);
- *edited*: a copy of the auditors' database with 10 % of its incidents edited merged back in
  (compare everything, update a tenth); raw: `UPDATE … FROM other` of those columns.
Medians of --repeat runs, printed as ratios merge / raw.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import cached

TABLES = ["sources", "actors", "places", "reports", "incidents", "incident_places", "incident_actors", "claims",
          "assessments", "incident_merges", "duplicate_dismissals"]


def raw_copy(target: Path, other: Path) -> float:
    con = sqlite3.connect(target, isolation_level=None)
    started = time.perf_counter()
    con.execute("ATTACH DATABASE ? AS other", (str(other),))
    con.execute("BEGIN")
    for table in TABLES:
        con.execute(f"INSERT INTO main.{table} SELECT * FROM other.{table} "
                    f"WHERE id NOT IN (SELECT id FROM main.{table})")
    con.execute("COMMIT")
    took = time.perf_counter() - started
    con.close()
    return took


def raw_read(target: Path, other: Path) -> float:
    started = time.perf_counter()
    for path in (target, other):
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        for table in TABLES:
            con.execute(f"SELECT * FROM {table}").fetchall()
        con.close()
    return time.perf_counter() - started


def raw_update(target: Path, other: Path, columns: list[str]) -> float:
    con = sqlite3.connect(target, isolation_level=None)
    started = time.perf_counter()
    con.execute("ATTACH DATABASE ? AS other", (str(other),))
    con.execute("BEGIN")
    sets = ", ".join(f"{c} = o.{c}" for c in columns)
    con.execute(f"UPDATE main.incidents SET {sets} FROM other.incidents AS o "
                f"WHERE o.id = incidents.id AND o.version <> incidents.version")
    con.execute("COMMIT")
    took = time.perf_counter() - started
    con.close()
    return took


def merge(target: Path, other: Path) -> tuple[float, dict]:
    from casualtydb.db import open_database
    from casualtydb.sync.merge import merge_database
    from casualtydb.sync.other import open_other

    database = open_database(target)
    try:
        started = time.perf_counter()
        with open_other(other) as handle:
            summary = merge_database(database, handle, user="bench")
        return time.perf_counter() - started, summary.to_dict()["totals"]
    finally:
        database.dispose()


def edit_copy(source: Path, dest: Path, fraction: float, seed: int = 7) -> None:
    shutil.copyfile(source, dest)
    con = sqlite3.connect(dest, isolation_level=None)
    ids = [r[0] for r in con.execute("SELECT id FROM incidents")]
    rng = random.Random(seed)
    chosen = rng.sample(ids, int(len(ids) * fraction))
    con.execute("BEGIN")
    con.executemany("UPDATE incidents SET notes = 'checked in the field', version = version + 1, "
                    "updated_at = '2025-06-01 00:00:00.000000' WHERE id = ?", [(i,) for i in chosen])
    # A copy has the same database id; a field database would have its own.
    con.execute("UPDATE database_info SET value = 'bench-field-copy' WHERE key = 'database_id'")
    con.execute("COMMIT")
    con.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    auditors = cached(args.incidents, seed=1)
    field = cached(args.incidents, seed=2)
    with sqlite3.connect(auditors) as con:
        rows = sum(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)
    print(f"databases: {args.incidents:,} incidents each, {rows:,} records in the auditors' database")
    results: dict[str, list[tuple[float, float]]] = {"new": [], "again": [], "edited": []}
    totals: dict[str, dict] = {}
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            t = Path(tmp)
            a, raw_a = t / "a.db", t / "raw.db"
            shutil.copyfile(auditors, a)
            shutil.copyfile(auditors, raw_a)
            took, totals["new"] = merge(a, field)
            results["new"].append((took, raw_copy(raw_a, field)))
            took, totals["again"] = merge(a, field)
            results["again"].append((took, raw_read(a, field)))
            b, raw_b = t / "b.db", t / "raw_b.db"
            shutil.copyfile(auditors, b)
            shutil.copyfile(auditors, raw_b)
            edited = t / "edited.db"
            edit_copy(auditors, edited, 0.10)
            took, totals["edited"] = merge(b, edited)
            results["edited"].append((took, raw_update(raw_b, edited, ["notes", "version", "updated_at"])))
    print(f"{'case':<8} {'merge s':>9} {'raw s':>8} {'ratio':>7}  what the merge did")
    for case, runs in results.items():
        m = statistics.median(r[0] for r in runs)
        r = statistics.median(r[1] for r in runs)
        print(f"{case:<8} {m:>9.2f} {r:>8.3f} {m / r:>6.1f}×  {totals[case]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
