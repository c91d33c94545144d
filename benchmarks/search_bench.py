"""The normalised search on a large generated database, against a raw SQL LIKE scan of the same text.

    python -m benchmarks.search_bench [--incidents 50000] [--repeat 5]

Builds (or reuses) the shared generated database, copies it, rebuilds the search index (the
generator writes with Core, so it has to: timed and reported), then times each query with
`casualtydb.search.search` (index range scans, titles and snippets included) and with stdlib
sqlite3 running `LIKE '%word%'` over the same columns (reports' title and text, incidents'
descriptions, places', actors' and sources' names). Medians of --repeat runs; figures are printed as
ratios LIKE / search in the same run. LIKE also misses spelling variants: hit counts are shown.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import fresh_copy

QUERIES = [
    "الحميدية",          # a neighbourhood name (many places share it)
    "قصف مدفعي",         # two common words
    "غاره",              # a common word, misspelt (ة written ه): LIKE finds none of «غارة»
    "civilians killed",  # English
    "ادلب",              # hamza dropped
    "مرصد حقوق",         # prefix of a source name
]

LIKE_SQL = {
    "reports": "SELECT id FROM reports WHERE {c}",
    "incidents": "SELECT id FROM incidents WHERE {c}",
    "places": "SELECT id FROM places WHERE {c}",
    "actors": "SELECT id FROM actors WHERE {c}",
    "sources": "SELECT id FROM sources WHERE {c}",
}
LIKE_COLUMNS = {
    "reports": ["title", "text"],
    "incidents": ["description_ar", "description_en"],
    "places": ["name_ar", "name_en", "alt_names"],
    "actors": ["name_ar", "name_en", "aliases"],
    "sources": ["name_ar", "name_en", "aliases"],
}


def like_scan(con: sqlite3.Connection, query: str) -> int:
    """Every word as a LIKE '%word%' on any column of the table (AND of words), all five tables."""
    words = query.split()
    found = 0
    for table, cols in LIKE_COLUMNS.items():
        cond = " AND ".join("(" + " OR ".join(f"{c} LIKE ?" for c in cols) + ")" for _ in words)
        params = [f"%{w}%" for w in words for _ in cols]
        found += len(con.execute(LIKE_SQL[table].format(c=cond), params).fetchall())
    return found


def median_time(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    from sqlalchemy import func, select

    from casualtydb.db import open_database
    from casualtydb.models import SearchTerm
    from casualtydb.search import counts, reindex, search

    with tempfile.TemporaryDirectory() as tmp:
        path = fresh_copy(args.incidents, Path(tmp) / "bench.db")
        before_mb = path.stat().st_size / 1e6
        database = open_database(path)
        t = time.perf_counter()
        with database.transaction(context="benchmark reindex") as s:
            reindex(session=s)
        rebuild = time.perf_counter() - t
        with database.session() as s:
            indexed = counts(session=s)
            postings = s.scalar(select(func.count()).select_from(SearchTerm))
        with database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        size_mb = path.stat().st_size / 1e6
        print(f"database: {args.incidents:,} incidents, {indexed.get('report', 0):,} reports, "
              f"{sum(indexed.values()):,} indexed records, {postings:,} postings; "
              f"file {before_mb:.0f} MB before the index, {size_mb:.0f} MB with it")
        print(f"full reindex: {rebuild:.1f} s ({sum(indexed.values()) / rebuild:,.0f} records/s)")

        con = sqlite3.connect(path)
        ratios = []
        print(f"{'query':<20} {'search ms':>10} {'hits':>5} {'LIKE ms':>10} {'LIKE rows':>10} {'LIKE/search':>12}")
        with database.session() as s:
            for q in QUERIES:
                search(session=s, text=q)  # warm the cache for both
                like_scan(con, q)
                ts, hits = median_time(lambda q=q: search(session=s, text=q, limit=50), args.repeat)
                tl, rows = median_time(lambda q=q: like_scan(con, q), args.repeat)
                ratios.append(tl / ts)
                print(f"{q:<20} {ts * 1000:>10.1f} {len(hits):>5} {tl * 1000:>10.1f} {rows:>10,} {tl / ts:>11.1f}x")
        con.close()
        database.dispose()
    print(f"median speed-up of the indexed search over a LIKE scan: {statistics.median(ratios):.1f}x "
          f"(search returns the best 50 with titles and snippets; LIKE returns ids only and misses variants)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
