"""The incident list of the desktop app on a 250,000-incident (≈1,000,000-claim) database: time
to first paint, time to scroll to the end, SQL sorting and filtering, against raw baselines
measured in the same run.

    python -m benchmarks.gui_incident_list [--incidents 250000] [--repeat 3]

Ours: the real incident list (RecordTableModel + RecordTableView + BidiDelegate, the queries of
casualtydb.queries.incidents): the ids query runs in a worker, the visible page of rows is fetched
on demand. Baselines, in the same process:
- raw SQL: stdlib sqlite3 fetching the same ordered ids (`SELECT id … ORDER BY start_date DESC`);
- plain Qt, first paint: a QTableView over a QStandardItemModel holding only the first 100 rows
  as strings (what any list must at least do to show a screen);
- plain Qt, scroll to the end: a QTableView over a QAbstractTableModel whose 250,000 rows of
  strings were loaded into a Python list beforehand (load time not counted).
Figures are medians of --repeat runs, printed as ratios ours / baseline. Runs offscreen."""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=250_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", help="use this copy of a generated database (already migrated: opening the "
                                     "cached one may first upgrade it for minutes) instead of a fresh copy")
    args = parser.parse_args(argv)

    from benchmarks.generate import fresh_copy

    tmp = Path(tempfile.mkdtemp(prefix="gui-bench-"))
    db_path = Path(args.db) if args.db else tmp / "bench.db"
    t = time.perf_counter()
    if not args.db:
        fresh_copy(args.incidents, db_path)
    copy_s = time.perf_counter() - t

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from casualtydb.db import open_database
    from casualtydb.models import Category, Place
    from casualtydb.queries import incidents as q
    from casualtydb.ui.app import create_app
    from casualtydb.ui.fonts import apply_app_font
    from casualtydb.ui.i18n import install_language
    from casualtydb.ui.models.lazy import RecordTableModel
    from casualtydb.ui.ops import wait_for_ops
    from casualtydb.ui.pages._list import RecordTableView
    from casualtydb.ui.pages.incidents import COLUMNS

    app = create_app()
    apply_app_font(app)
    install_language(app, "en")
    t = time.perf_counter()
    database = open_database(db_path)
    open_s = time.perf_counter() - t
    raw = sqlite3.connect(db_path)
    n_claims = raw.execute("SELECT count(*) FROM claims").fetchone()[0]
    n_incidents = raw.execute("SELECT count(*) FROM incidents").fetchone()[0]
    print(f"database: {n_incidents:,} incidents, {n_claims:,} claims ({db_path.stat().st_size / 1e9:.2f} GB); "
          f"copy {copy_s:.1f} s, open {open_s:.2f} s")

    def wait_loaded(model: RecordTableModel) -> None:
        while model.loading:
            app.processEvents()
            wait_for_ops(60)

    def ours_first_paint() -> tuple[float, float, float, RecordTableView, RecordTableModel]:
        t0 = time.perf_counter()
        model = RecordTableModel(database, COLUMNS, q.incident_ids, q.incident_rows, count=q.incident_count,
                                 lang="en")
        view = RecordTableView()
        view.setModel(model)
        view.resize(1280, 800)
        view.show()
        model.set_query(q.IncidentFilters(), "date", True)
        while not model.rowCount():  # the count and the first screen of ids
            app.processEvents()
            time.sleep(0.001)
        view.grab()  # a synchronous paint of the visible rows (fetches their page)
        t1 = time.perf_counter()
        wait_loaded(model)  # then all the ids
        return t1 - t0, time.perf_counter() - t0, model.last_ids_seconds, view, model

    def scroll_to_end(view: QTableView) -> float:
        t0 = time.perf_counter()
        view.scrollToBottom()
        app.processEvents()
        view.grab()
        return time.perf_counter() - t0

    # -- ours --------------------------------------------------------------------------------
    first, ids_total, scroll, ids_query, fetches = [], [], [], [], []
    for _ in range(args.repeat):
        f, i, iq, view, model = ours_first_paint()
        first.append(f)
        ids_total.append(i)
        ids_query.append(iq)
        scroll.append(scroll_to_end(view))
        last_row = model.index(model.rowCount() - 1, 0).data()
        fetches.append(model.row_fetches)
        rows = model.rowCount()
        view.close()
        view.deleteLater()
        app.processEvents()
    sorts: dict[str, float] = {}
    model = RecordTableModel(database, COLUMNS, q.incident_ids, q.incident_rows, lang="en", background=False)
    for key in ("killed", "place", "actors", "reports", "status", "grade"):
        t0 = time.perf_counter()
        model.set_query(q.IncidentFilters(), key, True)
        sorts[key] = time.perf_counter() - t0
    from sqlalchemy import select

    with database.session() as s:
        gov = s.scalars(select(Place).where(Place.pcode == "SY09")).one()
    t0 = time.perf_counter()
    model.set_query(q.IncidentFilters(place_id=gov.id), "date", True)
    filter_gov = time.perf_counter() - t0
    gov_rows = model.rowCount()
    t0 = time.perf_counter()
    model.set_query(q.IncidentFilters(category="injured", date_from=date(2015, 1, 1)),
                    "date", True)
    filter_cat = time.perf_counter() - t0
    from casualtydb.queries.dashboard import dashboard

    t0 = time.perf_counter()
    with database.session() as s:
        d = dashboard(s)
    dash_s = time.perf_counter() - t0

    # -- baselines ---------------------------------------------------------------------------
    raw_ids = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        ids = raw.execute("SELECT id FROM incidents WHERE merged_into_id IS NULL "
                          "ORDER BY start_date DESC, id").fetchall()
        raw_ids.append(time.perf_counter() - t0)
    with database.session() as s:
        page_rows = q.incident_rows(s, q.incident_ids(s, q.IncidentFilters(), "date", True)[:100], lang="en")
    texts = [[c.text(r) for c in COLUMNS] for r in page_rows]
    base_first = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        std = QStandardItemModel(len(texts), len(COLUMNS))
        for r, row in enumerate(texts):
            for c, text in enumerate(row):
                std.setItem(r, c, QStandardItem(text))
        view = QTableView()
        view.setModel(std)
        view.resize(1280, 800)
        view.show()
        view.grab()
        base_first.append(time.perf_counter() - t0)
        view.close()
        view.deleteLater()

    class ListModel(QAbstractTableModel):
        def __init__(self, data: list[list[str]]) -> None:
            super().__init__()
            self.rows = data

        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else len(COLUMNS)

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

    everything = [texts[i % len(texts)] for i in range(len(ids))]  # strings preloaded (not timed)
    base_scroll = []
    probe = RecordTableView()
    row_height = probe.verticalHeader().defaultSectionSize()
    probe.deleteLater()
    for _ in range(args.repeat):
        view = QTableView()
        view.setModel(ListModel(everything))
        view.verticalHeader().setDefaultSectionSize(row_height)
        view.resize(1280, 800)
        view.show()
        view.grab()
        base_scroll.append(scroll_to_end(view))
        view.close()
        view.deleteLater()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"\nincident list, {rows:,} rows (medians of {args.repeat}):")
    print(f"  first paint (count + first screen of ids in a worker, rows, paint): {median(first) * 1000:5.0f} ms"
          f"   baseline QStandardItemModel of 100 rows: {median(base_first) * 1000:6.0f} ms"
          f"   ratio {median(first) / median(base_first):6.1f}×")
    print(f"  all {rows:,} ids in (the list complete, in a worker): {median(ids_total) * 1000:8.0f} ms"
          f"   raw sqlite3 same ids: {median(raw_ids) * 1000:6.0f} ms"
          f"   ratio {median(ids_total) / median(raw_ids):6.1f}×")
    print(f"  scroll to the end + paint:                        {median(scroll) * 1000:8.0f} ms"
          f"   baseline list model of {len(everything):,} preloaded rows: {median(base_scroll) * 1000:6.0f} ms"
          f"   ratio {median(scroll) / median(base_scroll):6.1f}×")
    print(f"  pages of rows fetched for first paint + scroll: {median(fetches):.0f} (last row: {last_row})")
    print("  sort in SQL: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in sorts.items()))
    print(f"  filter: inside Deir ez-Zor governorate {filter_gov * 1000:.0f} ms ({gov_rows:,} rows); "
          f"injured since 2015 {filter_cat * 1000:.0f} ms ({model.rowCount():,} rows)")
    print(f"  dashboard (grouped totals by category and month, latest reports): {dash_s * 1000:.0f} ms "
          f"(killed best {d.totals[Category.KILLED].best:,})")
    print(f"  peak RSS {rss:.0f} MB")
    database.dispose()
    raw.close()
    QApplication.quit()
    for p in tmp.iterdir():
        p.unlink()
    tmp.rmdir()
    del ids_query
    return 0


if __name__ == "__main__":
    sys.exit(main())
