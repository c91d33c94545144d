"""What encryption at rest costs (issue 14): the same work on a plain database and on an
SQLCipher copy of it, in the same run, as ratios encrypted / plain.

    python -m benchmarks.encryption_bench [--incidents 20000] [--repeat 3]

On a generated database (benchmarks/generate.py) and a copy encrypted with
`sqlite_specific.replace_key` (what `casualtydb encrypt` does):
- open + first page: `open_database`, then the incident list's first 100 rows as the app reads
  them (`queries.incidents`), in a fresh process state each time (engine disposed);
- scan: the cross-referencing scan (every claim read, derived figures written);
- export: the NGO workbook (`export_workbook`);
- import: that workbook imported into a new, empty database of each kind.
Medians of --repeat runs (import and export once: they take longest). Also printed: the raw
library's own ratio, sqlite3 against sqlcipher3 reading every claim (`SELECT *`).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.generate import cached
from casualtydb import sqlite_specific
from casualtydb.db import open_database

SECRET = "benchmark passphrase, long enough"


def timed(fn: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.encryption_bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    from casualtydb.crossref.scan import scan
    from casualtydb.io.spreadsheet_import import import_spreadsheet
    from casualtydb.io.xlsx_export import ExportOptions, export_workbook
    from casualtydb.queries import incidents as q

    source = cached(args.incidents)
    work = Path(tempfile.mkdtemp(prefix="casualtydb-enc-bench-"))
    try:
        plain, encrypted = work / "plain.db", work / "encrypted.db"
        shutil.copyfile(source, plain)
        shutil.copyfile(source, encrypted)
        started = time.perf_counter()
        sqlite_specific.replace_key(encrypted, None, SECRET)
        print(f"database: {args.incidents:,} incidents, {plain.stat().st_size / 1e6:.0f} MB; "
              f"encrypting it took {time.perf_counter() - started:.1f} s")
        keys = {"plain": (plain, None), "encrypted": (encrypted, SECRET)}
        results: dict[str, dict[str, float]] = {"plain": {}, "encrypted": {}}

        def raw(kind: str) -> None:
            path, key = keys[kind]
            con = sqlite_specific.connect(path, key)
            for _ in con.execute("SELECT * FROM claims"):
                pass
            con.close()

        for kind, (path, key) in keys.items():
            results[kind]["raw read of every claim"] = timed(lambda: raw(kind), args.repeat)

            def first_page() -> None:
                db = open_database(path, passphrase=key)
                with db.session() as s:
                    q.incident_rows(s, q.incident_ids(s, q.IncidentFilters(), "date", True)[:100], lang="ar")
                db.dispose()

            results[kind]["open + first page"] = timed(first_page, args.repeat)
            db = open_database(path, passphrase=key)

            def full_scan() -> None:
                with db.transaction(context="benchmark") as s:
                    scan(session=s)

            results[kind]["scan"] = timed(full_scan, 1)
            out = work / f"{kind}.xlsx"
            started = time.perf_counter()
            with db.session() as s:
                export_workbook(out, session=s, options=ExportOptions(lang="ar"))
            results[kind]["export"] = time.perf_counter() - started
            db.dispose()
            target = open_database(work / f"{kind}-import.db", passphrase=key, encrypt_new=key is not None)
            started = time.perf_counter()
            with target.transaction(context="benchmark import") as s:
                import_spreadsheet(work / "plain.xlsx", session=s)
            results[kind]["import"] = time.perf_counter() - started
            target.dispose()
        width = max(map(len, results["plain"]))
        print(f"{'':<{width}}  {'plain':>9}  {'encrypted':>9}  ratio")
        for name in results["plain"]:
            p, e = results["plain"][name], results["encrypted"][name]
            print(f"{name:<{width}}  {p:>8.2f}s  {e:>8.2f}s  {e / p:5.2f}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
