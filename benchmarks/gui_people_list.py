"""The People list of the desktop app on about a million victim mentions: time to the first
painted screen, to all ids, sorting by each column and filtering, in SQL.

    python -m benchmarks.gui_people_list [--persons 530000] [--db GENERATED.db] [--repeat 3]

Without --db it generates the database first (benchmarks/generate.py --victims: about 1.9
mentions per person, each mention its own person as after an import; minutes). Ours: the real
list (RecordTableModel + RecordTableView, the queries of casualtydb.queries.people): the count and
the first screen of ids in a worker, then every id, rows fetched a page at a time. Runs offscreen."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=530_000)
    parser.add_argument("--db", help="a database generated with `python -m benchmarks.generate DB --victims N`")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if args.db:
        db_path = Path(args.db)
    else:
        from benchmarks.generate import generate

        db_path = Path(tempfile.mkdtemp(prefix="people-bench-")) / "people.db"
        generate(db_path, incidents=20_000, victims=args.persons, progress=True)

    from casualtydb.db import open_database
    from casualtydb.models import Fate
    from casualtydb.queries import people as q
    from casualtydb.ui.app import create_app
    from casualtydb.ui.i18n import install_language
    from casualtydb.ui.models.lazy import RecordTableModel
    from casualtydb.ui.ops import wait_for_ops
    from casualtydb.ui.pages._list import RecordTableView
    from casualtydb.ui.pages.people import COLUMNS

    app = create_app()
    install_language(app, "ar")
    database = open_database(db_path)
    import sqlite3

    raw = sqlite3.connect(db_path)
    mentions = raw.execute("SELECT count(*) FROM mentions").fetchone()[0]
    persons = raw.execute("SELECT count(*) FROM persons").fetchone()[0]
    print(f"database: {mentions:,} mentions of {persons:,} persons ({db_path.stat().st_size / 1e9:.2f} GB)")

    def first_paint(filters: q.PersonFilters, order: str, descending: bool) -> tuple[float, float]:
        t0 = time.perf_counter()
        model = RecordTableModel(database, COLUMNS, q.person_ids, q.person_rows, count=q.person_count, lang="ar")
        view = RecordTableView()
        view.setModel(model)
        view.resize(1280, 800)
        view.show()
        model.set_query(filters, order, descending)
        while model.loading and not model.rowCount():  # the count and the first screen of ids
            app.processEvents()
            time.sleep(0.001)
        view.grab()  # paints the visible rows: their page is read in a worker
        while not model.index(0, 0).data():  # until the page of rows arrived (not the other ids)
            app.processEvents()
            time.sleep(0.001)
        view.grab()
        first = time.perf_counter() - t0
        while model.loading:  # then all the ids
            app.processEvents()
            wait_for_ops(120)
        total = time.perf_counter() - t0
        view.close()
        view.deleteLater()
        app.processEvents()
        return first, total

    def measure(label: str, filters: q.PersonFilters, order: str = "name", descending: bool = False) -> None:
        runs = [first_paint(filters, order, descending) for _ in range(args.repeat)]
        first = statistics.median(r[0] for r in runs)
        total = statistics.median(r[1] for r in runs)
        print(f"{label:<34} first screen {first:6.2f} s   all ids {total:6.2f} s")

    measure("open (by name)", q.PersonFilters())
    for col in COLUMNS:
        if col.sort_key and col.sort_key != "name":
            measure(f"sorted by {col.sort_key}", q.PersonFilters(), col.sort_key, True)
    measure("filter: name «محمد أحمد»", q.PersonFilters(text="محمد أحمد"))
    measure("filter: name 'Mohammad'", q.PersonFilters(text="Mohammad"))
    measure("filter: fate killed, sex female", q.PersonFilters(fate=Fate.KILLED, sex=q.Sex.FEMALE))
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
