"""`export --since-last`: a full export, the first export to a recipient (every row added and
remembered), the same export again (nothing changed) and one after edits to 1 % of the incidents,
on a generated database with derived figures. CPU time is the figure to compare (shared machine).

    python -m benchmarks.export_since_last [--incidents 5000]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from casualtydb.crossref.scan import scan
from casualtydb.db import open_database
from casualtydb.io.since_last import options_for
from casualtydb.io.xlsx_export import ExportOptions, export_since_last, export_workbook
from casualtydb.models import Incident, RecipientRow
from casualtydb.writes import write

from .generate import fresh_copy


def _timed(label: str, fn: Any) -> Any:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    print(f"{label:<42} wall {time.perf_counter() - wall:7.1f} s  CPU {time.process_time() - cpu:7.1f} s  "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024:,} MB", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=5000)
    args = parser.parse_args()
    out = Path(tempfile.mkdtemp(prefix="since-last-"))
    path = fresh_copy(args.incidents, out / "db.db")
    db = open_database(path)
    with db.transaction() as s:
        scan(session=s)
    options = ExportOptions(lang="ar")

    def full() -> Any:
        with db.session() as s, s.begin():
            return export_workbook(out / "full.xlsx", session=s, options=options)

    def since(name: str) -> Any:
        def run(s: Any, changes: Any) -> Any:
            return export_since_last(out / name, session=s, recipient="NGO", options=options_for(s, "NGO", lang="ar"))
        return write(db, run, context="export to NGO").result

    summary = _timed("full export", full)
    print(f"  {summary.incidents:,} incidents, {summary.claims:,} claims")
    first = _timed("--since-last, first (every row added)", lambda: since("1.xlsx"))
    print(f"  {first.changes.describe()}")
    second = _timed("--since-last again (nothing changed)", lambda: since("2.xlsx"))
    print(f"  {second.changes.describe()}")
    with db.transaction() as s:
        ids = s.scalars(select(Incident.id).order_by(Incident.id).limit(max(1, args.incidents // 100))).all()
        for inc in s.scalars(select(Incident).where(Incident.id.in_(ids))):
            inc.description_en = (inc.description_en or "") + " (revised)"
    third = _timed(f"--since-last after editing {len(ids):,} incidents", lambda: since("3.xlsx"))
    print(f"  {third.changes.describe()}")
    with db.session() as s:
        held = s.scalar(select(func.count()).select_from(RecipientRow))
    print(f"rows held for the recipient: {held:,}; database {path.stat().st_size / 2**20:,.0f} MB; "
          f"workbooks: full {(out / 'full.xlsx').stat().st_size / 2**20:.1f} MB, first "
          f"{(out / '1.xlsx').stat().st_size / 2**20:.1f} MB, after edits {(out / '3.xlsx').stat().st_size / 2**10:.0f} KB")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
