"""People matching: precision, recall and speed on generated victim lists with a known truth.

    python -m benchmarks.people_matching                    # 3,000 persons, training and held-out seeds
    python -m benchmarks.people_matching --persons 530000 --no-held-out   # ≈ 1,000,000 mentions, Core-written

Every mention starts as its own person, so a proposed pair is a pair of mentions; it is right
when the generator made both from one person. Recall counts every pair of mentions of one
person (pairwise, not after transitive closure, so it is the strict figure). The "raw library"
line is RapidFuzz alone: the same blocks, a pair proposed when `token_sort_ratio` of the
normalised full names is ≥ 90, timed on the same pairs; it shows what the name rules and the
other evidence add, and what they cost.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import text

from benchmarks.generate_victims import LISTS, ListSpec, generate_lists, shipped_places, write_csv, write_db
from casualtydb.db import open_database
from casualtydb.io.victim_import import import_victims
from casualtydb.victims.candidates import find_candidates
from casualtydb.victims.compare import DEFAULT_THRESHOLD

TRAIN_SEEDS = (1,)
HELD_OUT_SEEDS = (101, 202)
# Held out: other seeds, and sloppier lists (more missing parts, typos, missing ages and dates).
HELD_OUT_LISTS = [ListSpec(s.name, s.script, s.coverage, s.noise * 1.3) for s in LISTS]


def seeded_runs(*, held_out: bool = True) -> list[tuple[str, int, list[ListSpec]]]:
    """(label, seed, lists): the training seeds, and the held-out seeds with their sloppier lists."""
    runs = [("training", s, LISTS) for s in TRAIN_SEEDS]
    if held_out:
        runs += [("held-out", s, HELD_OUT_LISTS) for s in HELD_OUT_SEEDS]
    return runs


def true_pairs(truth: dict[str, str]) -> set[frozenset[str]]:
    by_person: dict[str, list[str]] = defaultdict(list)
    for mention, person in truth.items():
        by_person[person].append(mention)
    return {frozenset(p) for ms in by_person.values() for p in itertools.combinations(ms, 2)}


def score(found: set[frozenset[str]], truth: set[frozenset[str]]) -> tuple[float, float]:
    hits = len(found & truth)
    return (hits / len(found) if found else 1.0), (hits / len(truth) if truth else 1.0)


def rapidfuzz_baseline(session: Any) -> tuple[set[frozenset[str]], float, int]:
    """RapidFuzz alone on the same blocks (see the module docstring)."""
    from itertools import groupby  # noqa: PLC0415

    from rapidfuzz import fuzz  # noqa: PLC0415
    from sqlalchemy import select  # noqa: PLC0415

    from casualtydb.models import Mention  # noqa: PLC0415
    from casualtydb.text.arabic import normalize  # noqa: PLC0415

    found: set[frozenset[str]] = set()
    compared = 0
    started = time.perf_counter()
    for key in ("block1", "block2", "block3", "block4"):
        col = getattr(Mention, key)
        rows = session.execute(select(col, Mention.external_id, Mention.name).where(col.is_not(None)).order_by(col))
        for _, group in groupby(rows, key=lambda r: r[0]):
            block = [(ext, normalize(name or "")) for _, ext, name in group]
            if len(block) > 400:
                continue
            for (ea, na), (eb, nb) in itertools.combinations(block, 2):
                compared += 1
                if fuzz.token_sort_ratio(na, nb) >= 90:
                    found.add(frozenset((ea, eb)))
    return found, time.perf_counter() - started, compared


@contextmanager
def loaded_lists(persons: int, seed: int, lists: list[ListSpec], places: list[Any], *,
                 via_csv: bool) -> Iterator[tuple[Any, Path, dict[str, str], float]]:
    """Generated lists in a fresh database, imported as a user would (CSV through the importer)
    or written with Core: (database, its file, the truth, seconds to load). Removed afterwards."""
    generated, truth = generate_lists(persons, seed=seed, places=places, lists=lists)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "people.db"
        db = open_database(path)
        t = time.perf_counter()
        if via_csv:
            for csv_path in write_csv(generated, truth, Path(tmp) / "lists"):
                with db.transaction(context=f"import {csv_path.name}") as s:
                    import_victims(csv_path, session=s)
        else:
            with db.transaction() as s:
                write_db(s, generated)
        loaded = time.perf_counter() - t
        try:
            yield db, path, truth, loaded
        finally:
            db.dispose()


def proposed_pairs(session: Any, search: Any) -> set[frozenset[str]]:
    """The candidates of a search as pairs of the lists' mention ids (every mention is its own person)."""
    refs = dict(session.execute(text("SELECT person_id, external_id FROM mentions")).all())
    as_ref = {str(k).replace("-", ""): v for k, v in refs.items()}
    return {frozenset((as_ref[str(c.a).replace("-", "")], as_ref[str(c.b).replace("-", "")]))
            for c in search.candidates}


def run(persons: int, seed: int, lists: list[ListSpec], places: list[Any], *, via_csv: bool,
        threshold: float, args_workers: int | None = None) -> dict[str, Any]:
    with loaded_lists(persons, seed, lists, places, via_csv=via_csv) as (db, _, truth, loaded):
        with db.session() as s, s.begin():
            t = time.perf_counter()
            search = find_candidates(s, threshold=threshold, database=db, workers=args_workers)
            matching = time.perf_counter() - t
            found = proposed_pairs(s, search)
            baseline, baseline_seconds, baseline_compared = rapidfuzz_baseline(s) if via_csv else (set(), 0.0, 0)
    wanted = true_pairs(truth)
    precision, recall = score(found, wanted)
    b_precision, b_recall = score(baseline, wanted)
    return {"mentions": len(truth), "true_pairs": len(wanted), "proposed": len(found), "precision": precision,
            "recall": recall, "compared": search.compared, "load_s": loaded, "match_s": matching,
            "passes": search.seconds, "baseline": (b_precision, b_recall, baseline_seconds, baseline_compared)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--persons", type=int, default=3000)
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--no-held-out", action="store_true")
    ap.add_argument("--workers", type=int, default=None,
                    help="processes for the passes of a list of 50,000 mentions or more (default: one per core)")
    args = ap.parse_args(argv)
    places = shipped_places()
    via_csv = args.persons <= 20_000
    runs = seeded_runs(held_out=not args.no_held_out)
    print(f"people matching: {args.persons:,} persons per run, threshold {args.threshold:g}, "
          f"{'CSV import' if via_csv else 'Core-written'} lists")
    for label, seed, lists in runs:
        r = run(args.persons, seed, lists, places, via_csv=via_csv, threshold=args.threshold,
                args_workers=args.workers)
        bp, br, bs, bc = r["baseline"]
        print(f"{label:9s} seed {seed:3d}: {r['mentions']:,} mentions, {r['true_pairs']:,} true pairs, "
              f"{r['proposed']:,} proposed; precision {r['precision']:.4f} recall {r['recall']:.4f}")
        print(f"           load {r['load_s']:.1f} s, matching {r['match_s']:.1f} s "
              f"({r['compared']:,} pairs compared, {r['compared'] / max(r['match_s'], 1e-9):,.0f}/s; "
              + ", ".join(f"{k} {v:.1f} s" for k, v in r["passes"].items()) + ")")
        if bc:
            print(f"           raw RapidFuzz on the same blocks: precision {bp:.4f} recall {br:.4f}, {bs:.1f} s "
                  f"for {bc:,} pairs; ours/raw time {r['match_s'] / max(bs, 1e-9):.1f}×")
        else:
            print("           raw RapidFuzz baseline: left out above 20,000 persons (it scores every pair of every block)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
