"""The hash chain's cost (issue 14): `verify` against a raw sqlite3 read of the audit log, and the
chain's cost on a bulk import's audit entries and on single saves.

    python -m benchmarks.verify_bench [--incidents 20000] [--saves 200]
    python -m benchmarks.verify_bench --incidents 250000     # ≈ 1,000,000 claims

On a generated database (benchmarks/generate.py, which writes no audit entries) every record is
given its insert entry the way a spreadsheet import does (`audit.log_rows`, 5,000 rows a batch),
once with the chain and once with the chain switched off, in the same run: the ratio is the
chain's cost on import. Then `verify` (chains and every record replayed) is timed against
reading the whole audit log with sqlite3 (`SELECT *`, every row fetched, `new` parsed as JSON),
and single saves through the app's session (one incident edited, committed) with and without
the chain.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select

from benchmarks.generate import cached
from casualtydb import audit, chain
from casualtydb.db import open_database
from casualtydb.models import AUDITED, AuditAction, Incident


@contextmanager
def chain_off() -> Iterator[None]:
    real = audit.seal
    audit.seal = lambda conn, entries, **kw: 0  # type: ignore[assignment]
    try:
        yield
    finally:
        audit.seal = real  # type: ignore[assignment]


def add_history(path: Path) -> tuple[float, int]:
    """Every record's insert entry, as an import writes them; returns (seconds, entries)."""
    db = open_database(path)
    started = time.perf_counter()
    count = 0
    with db.engine.begin() as conn:
        for model in AUDITED:
            table = model.__table__
            have = set(conn.execute(select(chain.AUDIT.c.record_id).where(
                chain.AUDIT.c.table_name == table.name)).scalars())
            batch = []
            for row in conn.execute(select(table)).mappings():
                if row["id"] in have:
                    continue
                batch.append((row["id"], None, dict(row)))
                if len(batch) >= 5000:
                    count += audit.log_rows(conn, table.name, AuditAction.INSERT, batch, context="benchmark")
                    batch = []
            if batch:
                count += audit.log_rows(conn, table.name, AuditAction.INSERT, batch, context="benchmark")
    took = time.perf_counter() - started
    db.dispose()
    return took, count


def raw_read(path: Path) -> float:
    started = time.perf_counter()
    con = sqlite3.connect(path)
    for row in con.execute("SELECT * FROM audit_log"):
        json.loads(row[7]) if row[7] else None
    con.close()
    return time.perf_counter() - started


def saves(path: Path, n: int) -> float:
    db = open_database(path)
    with db.session() as s:
        ids = list(s.scalars(select(Incident.id).limit(n)))
    started = time.perf_counter()
    for i, rid in enumerate(ids):
        with db.transaction(user="bench") as s:
            s.get(Incident, rid).notes = f"benchmark edit {i}"
    took = time.perf_counter() - started
    db.dispose()
    return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.verify_bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, default=20000)
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args(argv)
    from casualtydb.verify import verify

    source = cached(args.incidents)
    work = Path(tempfile.mkdtemp(prefix="casualtydb-verify-"))
    try:
        with_chain, without = work / "chain.db", work / "plain.db"
        shutil.copyfile(source, with_chain)
        shutil.copyfile(source, without)
        con = sqlite3.connect(source)
        claims = con.execute("SELECT count(*) FROM claims").fetchone()[0]
        con.close()
        print(f"database: {args.incidents:,} incidents, {claims:,} claims")
        t_chain, entries = add_history(with_chain)
        with chain_off():
            t_plain, _ = add_history(without)
        print(f"import's audit entries ({entries:,}): with chain {t_chain:.1f} s, without {t_plain:.1f} s, "
              f"ratio {t_chain / t_plain:.2f}")

        raw = raw_read(with_chain)
        db = open_database(with_chain)
        started = time.perf_counter()
        result = verify(db)
        t_verify = time.perf_counter() - started
        db.dispose()
        print(f"verify: {t_verify:.1f} s ({'ok' if result.ok else f'{len(result.breaks)} breaks'}, "
              f"{result.entries:,} entries, {result.records:,} records); raw sqlite3 read of the audit log "
              f"{raw:.1f} s; ratio {t_verify / raw:.1f}")

        s_chain = saves(with_chain, args.saves)
        with chain_off():
            s_plain = saves(without, args.saves)
        print(f"{args.saves} single saves: with chain {s_chain * 1000 / args.saves:.1f} ms each, without "
              f"{s_plain * 1000 / args.saves:.1f} ms each, ratio {s_chain / s_plain:.2f}")
        return 0 if result.ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
