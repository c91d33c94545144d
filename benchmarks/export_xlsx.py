"""Benchmark: the NGO workbook export against raw openpyxl write-only writing the same cells.

    python -m benchmarks.export_xlsx                      # 100,000 incidents (≈ 400,000 claims)
    python -m benchmarks.export_xlsx --incidents 5000     # a quick run
    python -m benchmarks.export_xlsx --lxml               # also both variants with lxml importable

Each variant runs in its own child process so that peak memory (ru_maxrss) is its own:
- "export": `export_workbook` on the generated database (reads with Core, builds rows, safe
  cells, RTL, HXL rows, About and Summary), timed end to end;
- "raw openpyxl": the cells of that very workbook, loaded into lists first (not timed), written
  by `Workbook(write_only=True)` + `ws.append` + `save` (timed).
The ratio export / raw is what the export adds on top of the writer (machines are noisy; the
ratio from one run is what to compare). The database gets its derived figures from the
cross-referencing scan first (timed separately), so the Figures and Conflicts sheets are real.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.generate import OUT, cached

LXML_SITE = OUT / "lxml-site"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def prepare(incidents: int) -> Path:
    """A copy of the generated database with derived figures (built once, reused)."""
    db_path = OUT / f"export-bench-{incidents}.db"
    if db_path.exists():
        return db_path
    tmp = db_path.with_suffix(".building.db")
    shutil.copyfile(cached(incidents), tmp)
    from casualtydb.db import open_database

    from casualtydb.crossref.scan import scan

    database = open_database(tmp)
    t = time.perf_counter()
    with database.transaction(context="benchmark") as s:
        summary = scan(session=s)
    print(f"cross-referencing scan: {summary.groups:,} groups in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    database.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.rename(db_path)
    return db_path


def child_export(db_path: str, out: str, lang: str) -> dict[str, Any]:
    from casualtydb.db import open_database
    from casualtydb.io.xlsx_export import ExportOptions, export_workbook

    database = open_database(db_path)
    base = _rss_mb()
    t, cpu = time.perf_counter(), time.process_time()
    with database.session() as s, s.begin():
        summary = export_workbook(out, session=s, options=ExportOptions(lang=lang))
    seconds = time.perf_counter() - t
    return {"seconds": seconds, "cpu": time.process_time() - cpu, "peak_mb": _rss_mb(), "base_mb": base,
            "incidents": summary.incidents,
            "claims": summary.claims, "bytes": Path(out).stat().st_size}


def _load_cells(path: str) -> list[tuple[str, list[list[Any]]]]:
    from python_calamine import CalamineWorkbook

    sheets = []
    with CalamineWorkbook.from_path(path) as wb:
        for name in wb.sheet_names:
            rows = []
            for row in wb.get_sheet_by_name(name).iter_rows():
                rows.append([None if v == "" else int(v) if isinstance(v, float) and v.is_integer() else v
                             for v in row])
            sheets.append((name, rows))
    return sheets


def child_raw(source: str, out: str, rtl: bool) -> dict[str, Any]:
    from openpyxl import Workbook

    sheets = _load_cells(source)
    cells = sum(1 for _, rows in sheets for r in rows for v in r if v is not None)
    base = _rss_mb()
    t, cpu = time.perf_counter(), time.process_time()
    wb = Workbook(write_only=True)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        ws.sheet_view.rightToLeft = rtl
        for r in rows:
            ws.append(r)
    wb.save(out)
    seconds = time.perf_counter() - t
    return {"seconds": seconds, "cpu": time.process_time() - cpu, "peak_mb": _rss_mb(), "base_mb": base,
            "cells": cells}


def run_child(args: list[str], lxml: bool) -> dict[str, Any]:
    env = dict(os.environ)
    if lxml:
        env["PYTHONPATH"] = os.pathsep.join([str(LXML_SITE), env.get("PYTHONPATH", "")])
    cmd = [sys.executable, "-m", "benchmarks.export_xlsx", "--child", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parents[1])
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def ensure_lxml() -> None:
    if not (LXML_SITE / "lxml").is_dir():
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--target", str(LXML_SITE), "lxml"],
                       check=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--incidents", type=int, default=100_000)
    p.add_argument("--lang", choices=["ar", "en"], default="ar")
    p.add_argument("--lxml", action="store_true", help="also run both variants with lxml importable")
    p.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        if kind == "export":
            result = child_export(rest[0], rest[1], rest[2])
        else:
            result = child_raw(rest[0], rest[1], rest[2] == "ar")
        import openpyxl

        result["lxml"] = bool(openpyxl.LXML)
        print(json.dumps(result))
        return 0

    db_path = prepare(args.incidents)
    ours_out = OUT / f"export-bench-{args.incidents}-{args.lang}.xlsx"
    raw_out = OUT / f"export-bench-{args.incidents}-raw.xlsx"
    variants = [False] + ([True] if args.lxml else [])
    if args.lxml:
        ensure_lxml()
    print(f"database: {db_path.name}; workbook language: {args.lang}")
    for lxml in variants:
        ours = run_child(["export", str(db_path), str(ours_out), args.lang], lxml)
        raw = run_child(["raw", str(ours_out), str(raw_out), args.lang], lxml)
        label = "with lxml" if ours["lxml"] else "without lxml"
        print(f"\n[{label}] {ours['incidents']:,} incidents, {ours['claims']:,} claims, {raw['cells']:,} cells, "
              f"{ours['bytes'] / 1e6:.1f} MB")
        print(f"  export        {ours['seconds']:8.1f} s wall {ours['cpu']:8.1f} s CPU   peak RSS "
              f"{ours['peak_mb']:7.0f} MB (at start {ours['base_mb']:.0f} MB)")
        print(f"  raw openpyxl  {raw['seconds']:8.1f} s wall {raw['cpu']:8.1f} s CPU   peak RSS "
              f"{raw['peak_mb']:7.0f} MB (cells preloaded: {raw['base_mb']:.0f} MB before writing)")
        print(f"  ratio export / raw openpyxl: {ours['cpu'] / raw['cpu']:.2f} in CPU time, "
              f"{ours['seconds'] / raw['seconds']:.2f} in wall time (other processes share the machine)")
        print(f"  throughput: export {raw['cells'] / ours['seconds']:,.0f} cells/s, "
              f"raw {raw['cells'] / raw['seconds']:,.0f} cells/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
