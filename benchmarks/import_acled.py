"""Benchmark: importing an ACLED export (100,000 rows by default) against raw parsing plus
executemany of the same records.

    python -m benchmarks.import_acled                  # 100,000 rows
    python -m benchmarks.import_acled --rows 5000      # a quick run

The CSV comes from benchmarks/generate_acled.py (made once, kept in benchmarks/out). Each variant
runs in its own child process (peak memory = its ru_maxrss), into a fresh migrated database:
- raw:     csv.reader over the file; per row one incident, its place (looked up by name in a
           dict), one report per source, one claim each; sqlite3 executemany into the same
           tables (no checks, no matching, no audit, no search index, no derived figures)
- check:   `import FILE --dry-run` (read, check every cell, settle places and actors, match)
- import:  `import FILE --create-actors` (and the audit, search index and derived figures)
Ratios are CPU and wall time against raw in the same run (the machine is shared and noisy).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from benchmarks.generate import OUT
from benchmarks.generate_acled import cached


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _fresh(scratch: str) -> None:
    from casualtydb.db import open_database

    Path(scratch).unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(scratch + suffix).unlink(missing_ok=True)
    open_database(scratch).dispose()  # migrated, gazetteer and actors loaded


def raw(path: str, scratch: str) -> dict[str, Any]:
    conn = sqlite3.connect(scratch)
    places: dict[str, str] = {}
    for pid, en in conn.execute("SELECT id, name_en FROM places"):
        if en:
            places[en.replace("-", " ").lower()] = pid
    now = datetime.now(timezone.utc).isoformat(sep=" ")
    book = (now, now, "bench", "bench", 1)
    sources: dict[str, str] = {}
    incidents, incident_places, reports, claims = [], [], [], []
    rows = 0
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        col = {h: i for i, h in enumerate(header)}
        for r in reader:
            rows += 1
            iid = uuid.uuid4().hex
            day = r[col["event_date"]]
            incidents.append((iid, day, None, day[:7], "day", "airstrike", r[col["notes"]], *book))
            pid = places.get(r[col["location"]].lower()) or places.get(r[col["admin3"]].lower())
            incident_places.append((uuid.uuid4().hex, iid, pid, 1, "town", *book))
            fatalities = int(r[col["fatalities"]])
            for name in r[col["source"]].split("; "):
                sid = sources.get(name)
                if sid is None:
                    sid = sources[name] = uuid.uuid4().hex
                rid = uuid.uuid4().hex
                reports.append((rid, sid, f"ACLED {r[col['event_id_cnty']]}", *book))
                claims.append((uuid.uuid4().hex, rid, iid, "killed", "unknown", fatalities, fatalities, 0, *book))
    b = "created_at, updated_at, created_by, updated_by, version"
    conn.executemany(f"INSERT INTO sources (id, name_ar, name_en, aliases, kind, reliability, notes_sensitive, {b}) "
                     "VALUES (?, ?, ?, '[]', 'other', 'F', 0, ?, ?, ?, ?, ?)",
                     [(sid, name, name, *book) for name, sid in sources.items()])
    conn.executemany(f"INSERT INTO incidents (id, start_date, end_date, month, date_precision, event_type, "
                     f"description_en, notes_sensitive, {b}) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)", incidents)
    conn.executemany(f"INSERT INTO incident_places (id, incident_id, place_id, is_primary, precision, {b}) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", incident_places)
    conn.executemany(f"INSERT INTO reports (id, source_id, title, notes_sensitive, {b}) "
                     "VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?)", reports)
    conn.executemany(f"INSERT INTO claims (id, report_id, incident_id, category, victim_group, min, max, approximate, "
                     f"{b}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", claims)
    conn.commit()
    conn.close()
    return {"rows": rows, "claims": len(claims)}


def child(kind: str, path: str, scratch: str) -> dict[str, Any]:
    _fresh(scratch)
    base = _rss_mb()
    t, cpu = time.perf_counter(), time.process_time()
    if kind == "raw":
        out = raw(path, scratch)
    else:
        from casualtydb.db import open_database
        from casualtydb.io.formats.detect import open_dataset
        from casualtydb.io.formats.loader import import_events

        database = open_database(scratch)
        table, fmt = open_dataset(path)
        assert fmt is not None
        with database.transaction(context="benchmark import") as s:
            result = import_events(table, fmt, session=s, path=Path(path), dry_run=kind == "check",
                                   create_actors=True)
        out = {"rows": result.rows, "claims": result.claims_added, "stages": result.seconds}
        database.dispose()
    out.update(seconds=time.perf_counter() - t, cpu=time.process_time() - cpu, peak_mb=_rss_mb(), base_mb=base)
    return out


def run_child(args: list[str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "benchmarks.import_acled", "--child", *args], capture_output=True,
                          text=True, env=dict(os.environ), cwd=Path(__file__).resolve().parents[1])
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=100_000)
    p.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(child(*args.child)))
        return 0
    path = cached(args.rows)
    scratch = str(OUT / f"import-acled-{args.rows}.db")
    print(f"ACLED-style export: {path.name} ({path.stat().st_size / 1e6:.1f} MB, {args.rows:,} rows)")
    base = run_child(["raw", str(path), scratch])
    print(f"  raw csv + executemany {base['seconds']:8.1f} s wall {base['cpu']:8.1f} s CPU  peak RSS "
          f"{base['peak_mb']:6.0f} MB  {base['claims']:,} claims  (ratio 1.00)")
    for kind, label in (("check", "import --dry-run"), ("import", "import")):
        r = run_child([kind, str(path), scratch])
        print(f"  {label:<22}{r['seconds']:8.1f} s wall {r['cpu']:8.1f} s CPU  peak RSS {r['peak_mb']:6.0f} MB  "
              f"{r['claims']:,} claims  (ratio {r['cpu'] / base['cpu']:.2f} CPU, {r['seconds'] / base['seconds']:.2f} wall)"
              "\n      " + ", ".join(f"{k} {v:.1f} s" for k, v in r["stages"].items()))
    for suffix in ("", "-wal", "-shm"):
        Path(scratch + suffix).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
