"""Benchmark: reading a large Claims sheet with python-calamine vs openpyxl read-only, and the
whole import against the raw read.

    python -m benchmarks.import_xlsx                     # the 100,000-incident workbook (≈ 400,000 rows)
    python -m benchmarks.import_xlsx --incidents 5000    # a quick run
    python -m benchmarks.import_xlsx --lxml              # also openpyxl with lxml importable

The workbook is the one benchmarks/export_xlsx.py writes (made here if missing). Each variant
runs in its own child process (peak memory = ru_maxrss of that process):
- calamine:   CalamineWorkbook.from_path(...).get_sheet_by_name("Claims").iter_rows()
- openpyxl:   load_workbook(read_only=True)["Claims"].iter_rows(values_only=True)
- check:      import_spreadsheet(..., dry_run=True) into an empty database (read, validate, match)
- import:     import_spreadsheet(...) into an empty database (and the derived-figures refresh)
Ratios are against calamine's raw read of the same sheet in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.export_xlsx import LXML_SITE, ensure_lxml, prepare
from benchmarks.generate import OUT


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def claims_sheet(lang: str) -> str:
    from casualtydb.io.sheets import CLAIMS

    return CLAIMS.name(lang)


def child(kind: str, workbook: str, lang: str, scratch: str) -> dict[str, Any]:
    sheet = claims_sheet(lang)
    base = _rss_mb()
    t, cpu = time.perf_counter(), time.process_time()
    out: dict[str, Any] = {}
    if kind == "calamine":
        from python_calamine import CalamineWorkbook

        with CalamineWorkbook.from_path(workbook) as wb:
            rows = cells = 0
            for row in wb.get_sheet_by_name(sheet).iter_rows():
                rows += 1
                cells += sum(1 for v in row if v != "")
        out = {"rows": rows, "cells": cells}
    elif kind == "openpyxl":
        from openpyxl import load_workbook

        wb = load_workbook(workbook, read_only=True)
        rows = cells = 0
        for row in wb[sheet].iter_rows(values_only=True):
            rows += 1
            cells += sum(1 for v in row if v is not None)
        wb.close()
        out = {"rows": rows, "cells": cells}
    else:
        from casualtydb.db import open_database
        from casualtydb.io.spreadsheet_import import import_spreadsheet

        Path(scratch).unlink(missing_ok=True)
        database = open_database(scratch)
        base = _rss_mb()
        t, cpu = time.perf_counter(), time.process_time()
        with database.transaction(context="benchmark import") as s:
            result = import_spreadsheet(workbook, session=s, dry_run=kind == "check")
        out = {"rows": result.rows, "claims": result.claims_added, "stages": result.seconds}
        database.dispose()
    import openpyxl

    out.update(seconds=time.perf_counter() - t, cpu=time.process_time() - cpu, peak_mb=_rss_mb(), base_mb=base,
               lxml=bool(openpyxl.LXML))
    return out


def run_child(args: list[str], lxml: bool = False) -> dict[str, Any]:
    env = dict(os.environ)
    if lxml:
        env["PYTHONPATH"] = os.pathsep.join([str(LXML_SITE), env.get("PYTHONPATH", "")])
    done = subprocess.run([sys.executable, "-m", "benchmarks.import_xlsx", "--child", *args], capture_output=True,
                          text=True, env=env, cwd=Path(__file__).resolve().parents[1])
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--incidents", type=int, default=100_000)
    p.add_argument("--lang", choices=["ar", "en"], default="ar")
    p.add_argument("--lxml", action="store_true")
    p.add_argument("--skip-import", action="store_true", help="compare the readers only")
    p.add_argument("--import-only", action="store_true", help="calamine and the import, not openpyxl")
    p.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(child(*args.child)))
        return 0

    workbook = OUT / f"export-bench-{args.incidents}-{args.lang}.xlsx"
    if not workbook.exists():
        from benchmarks.export_xlsx import run_child as export_child

        db_path = prepare(args.incidents)
        export_child(["export", str(db_path), str(workbook), args.lang], False)
    scratch = str(OUT / f"import-bench-{args.incidents}.db")
    print(f"workbook: {workbook.name} ({workbook.stat().st_size / 1e6:.1f} MB), sheet {claims_sheet(args.lang)}")
    base = run_child(["calamine", str(workbook), args.lang, scratch])
    print(f"  calamine              {base['seconds']:8.1f} s wall {base['cpu']:8.1f} s CPU  peak RSS "
          f"{base['peak_mb']:6.0f} MB  {base['rows']:,} rows, {base['cells']:,} cells  (ratio 1.00)")
    variants: list[tuple[str, bool]] = [] if args.import_only else [("openpyxl", False)]
    if args.lxml and not args.import_only:
        ensure_lxml()
        variants.append(("openpyxl", True))
    if not args.skip_import:
        variants += [("check", False), ("import", False)]
    for kind, lxml in variants:
        r = run_child([kind, str(workbook), args.lang, scratch], lxml)
        label = {"openpyxl": "openpyxl read-only", "check": "import --dry-run", "import": "import"}[kind]
        if kind == "openpyxl":
            label += " + lxml" if r["lxml"] else ""
        line = (f"  {label:<22}{r['seconds']:8.1f} s wall {r['cpu']:8.1f} s CPU  peak RSS {r['peak_mb']:6.0f} MB  "
                f"(ratio {r['cpu'] / base['cpu']:.2f} CPU, {r['seconds'] / base['seconds']:.2f} wall)")
        if "stages" in r:
            line += "\n      " + ", ".join(f"{k} {v:.1f} s" for k, v in r["stages"].items())
        print(line)
    Path(scratch).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
