"""splink against our matcher, on the same generated victim lists and truth (issue 15, item 3).

    .venv/bin/pip install splink                 # only in a developer's venv: not a dependency of the app
    python -m benchmarks.people_splink           # 3,000 persons, training seed 1 and held-out seeds 101, 202
    python -m benchmarks.people_splink --fresh-venv   # also: the installed size, by `du` of two fresh venvs

The lists are generated and imported exactly as `benchmarks.people_matching` does (CSV through
the importer). Each matcher then runs in its own fresh process on that database, so its wall
time, CPU time (all threads: DuckDB uses every core) and peak memory are its own:
- ours: `find_candidates` at the default threshold (RapidFuzz, our four blocking keys, weights
  set by hand);
- splink (Fellegi-Sunter, DuckDB backend): the same mentions read from the database, their names
  read by `casualtydb.names` (so splink gets our Arabic and Latin normalisation, the compounds,
  بن and the honorifics dropped) into given / second / third / last parts with their skeletons,
  plus sex, age, date and place; blocked by the same four keys (block1..block4); u estimated by
  random sampling, m by EM in three sessions (blocked on given+last, given+date, second+last:
  the columns of block1, block4 and block3, so that every comparison is estimated at least
  once), the prior from a deterministic rule with a guessed recall (not from the truth); pairs
  at match probability ≥ 0.5.
Both times include reading the mentions from the database and parsing their names.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import importlib.metadata
import logging
import math
import multiprocessing
import resource
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path
from typing import Any

from benchmarks.generate_victims import shipped_places
from benchmarks.people_matching import loaded_lists, proposed_pairs, score, seeded_runs, true_pairs

PRIOR_RECALL = 0.6  # the guessed recall of "same given|last key and same day" (an analyst's guess)
U_MAX_PAIRS = 1e6
STRICTER = (0.9, 0.99)  # splink's precision and recall at these match probabilities too (from the same prediction)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _done(found: set[frozenset[str]], start: tuple[float, float], before_mb: float, **extra: Any) -> dict[str, Any]:
    return {"found": found, "wall": time.perf_counter() - start[0], "cpu": time.process_time() - start[1],
            "peak_mb": _peak_mb(), "before_mb": before_mb, **extra}


def ours(path: str) -> dict[str, Any]:
    """Our matcher on the database at `path` (run in a fresh process)."""
    from casualtydb.db import open_database  # noqa: PLC0415
    from casualtydb.victims.candidates import find_candidates  # noqa: PLC0415
    from casualtydb.victims.compare import DEFAULT_THRESHOLD  # noqa: PLC0415

    db = open_database(path, upgrade=False, seed=False)
    before = _peak_mb()
    start = _clock()
    with db.session() as s, s.begin():
        search = find_candidates(s, threshold=DEFAULT_THRESHOLD, database=db)
        found = proposed_pairs(s, search)
    result = _done(found, start, before, compared=search.compared)
    db.dispose()
    return result


def mention_records(session: Any) -> list[dict[str, Any]]:
    """The mentions as splink's input rows: the name's chain read by casualtydb.names."""
    from sqlalchemy import select  # noqa: PLC0415

    from casualtydb.models import Mention, Place  # noqa: PLC0415
    from casualtydb.names import from_parts  # noqa: PLC0415

    rows = session.execute(
        select(Mention.external_id, Mention.name, Mention.given, Mention.father, Mention.grandfather, Mention.family,
               Mention.sex, Mention.age, Mention.fate_date, Mention.block1, Mention.block2, Mention.block3,
               Mention.block4, Place.path).outerjoin(Place, Place.id == Mention.place_id))
    records = []
    for r in rows:
        name = from_parts(name=r.name, given=r.given, father=r.father, grandfather=r.grandfather, family=r.family)
        tokens = name.tokens
        # given, second (father), third (grandfather), last (family): as our chain reads them; a
        # two-part name is given + last.
        parts = {"given": tokens[0] if tokens else None, "second": tokens[1] if len(tokens) > 2 else None,
                 "third": tokens[2] if len(tokens) > 3 else None, "last": tokens[-1] if len(tokens) > 1 else None}
        rec: dict[str, Any] = {"unique_id": r.external_id}
        for part, tok in parts.items():
            rec[part] = (tok.arabic or tok.text) if tok is not None else None
            rec[part + "_sk"] = tok.skel if tok is not None else None
        sex = r.sex.value if r.sex is not None else name.sex
        rec.update(sex=sex, age=r.age if r.age is not None else name.age,
                   day=r.fate_date.toordinal() if r.fate_date is not None else None,
                   place=r.path or None, gov=(r.path.split("/")[2] or None) if r.path else None,
                   block1=r.block1, block2=r.block2, block3=r.block3, block4=r.block4)
        records.append(rec)
    return records


def _name_part(part: str, *, tf: bool) -> Any:
    import splink.comparison_level_library as cll  # noqa: PLC0415
    import splink.comparison_library as cl  # noqa: PLC0415

    sk = part + "_sk"
    return cl.CustomComparison([
        cll.NullLevel(part),
        cll.ExactMatchLevel(part, term_frequency_adjustments=tf),
        cll.ExactMatchLevel(sk),  # the same skeleton: a spelling or a transliteration apart
        cll.JaroWinklerLevel(part, 0.9),
        cll.LevenshteinLevel(sk, 1),
        cll.ElseLevel(),
    ], output_column_name=part)


def splink_settings() -> Any:
    import splink.comparison_level_library as cll  # noqa: PLC0415
    import splink.comparison_library as cl  # noqa: PLC0415
    from splink import SettingsCreator, block_on  # noqa: PLC0415

    comparisons = [
        _name_part("given", tf=True), _name_part("second", tf=False), _name_part("last", tf=True),
        cl.CustomComparison([cll.NullLevel("third_sk"), cll.ExactMatchLevel("third_sk"), cll.ElseLevel()],
                            output_column_name="third"),
        cl.ExactMatch("sex"),
        cl.CustomComparison([cll.NullLevel("age"), cll.ExactMatchLevel("age"), cll.AbsoluteDifferenceLevel("age", 2),
                             cll.AbsoluteDifferenceLevel("age", 10), cll.ElseLevel()], output_column_name="age"),
        cl.CustomComparison([cll.NullLevel("day"), cll.ExactMatchLevel("day"), cll.AbsoluteDifferenceLevel("day", 3),
                             cll.AbsoluteDifferenceLevel("day", 31), cll.AbsoluteDifferenceLevel("day", 365),
                             cll.ElseLevel()], output_column_name="date"),
        cl.CustomComparison([cll.NullLevel("place"), cll.ExactMatchLevel("place"),
                             cll.CustomLevel("starts_with(place_l, place_r) OR starts_with(place_r, place_l)",
                                             "one inside the other"),
                             cll.ExactMatchLevel("gov"), cll.ElseLevel()], output_column_name="place"),
    ]
    return SettingsCreator(
        link_type="dedupe_only", unique_id_column_name="unique_id", comparisons=comparisons,
        blocking_rules_to_generate_predictions=[block_on(k) for k in ("block1", "block2", "block3", "block4")],
        retain_intermediate_calculation_columns=False)


def with_splink(path: str, threshold: float = 0.5) -> dict[str, Any]:
    """splink on the database at `path` (run in a fresh process)."""
    from splink import DuckDBAPI, Linker, block_on  # noqa: PLC0415

    from casualtydb.db import open_database  # noqa: PLC0415

    db = open_database(path, upgrade=False, seed=False)
    before = _peak_mb()
    start = _clock()
    with db.session() as s:
        records = mention_records(s)
    db.dispose()
    prepared = time.perf_counter() - start[0]
    db_api = DuckDBAPI()
    linker = Linker(db_api.register(records), splink_settings(), log_level=logging.ERROR)  # its warnings: levels EM did not observe
    linker.training.estimate_probability_two_random_records_match([block_on("block1", "day")], recall=PRIOR_RECALL)
    linker.training.estimate_u_using_random_sampling(max_pairs=U_MAX_PAIRS, seed=1)
    # EM blocked on the columns the keys are made of, not on the keys: splink leaves out of a
    # session the comparisons whose columns its rule uses, and cannot see that block1 is given|last
    # (blocked on block1 it "trains" given and last on pairs that all agree on them).
    for columns in (("given_sk", "last_sk"), ("given_sk", "day"), ("second_sk", "last_sk")):
        linker.training.estimate_parameters_using_expectation_maximisation(block_on(*columns))
    trained = time.perf_counter() - start[0]
    table = linker.inference.predict(threshold_match_probability=threshold).as_pyarrow_table()
    scored = list(zip(table.column("unique_id_l").to_pylist(), table.column("unique_id_r").to_pylist(),
                      table.column("match_probability").to_pylist()))
    found = {frozenset((a, b)) for a, b, _ in scored}
    model = linker.misc.save_model_to_json()  # the trained model: its prior and m/u weights
    return _done(found, start, before, prepare_s=prepared, train_s=trained - prepared,
                 prior=model["probability_two_random_records_match"], model=model,
                 stricter={t: {frozenset((a, b)) for a, b, p in scored if p >= t} for t in STRICTER})


def weights(model: dict[str, Any]) -> str:
    """The trained model's match weights, log2(m/u) bits per level, one line per comparison."""
    lines = ["          splink's EM-estimated weights (bits, log2 m/u), training run:"]
    for comp in model["comparisons"]:
        levels = [f"{lv['label_for_charts']} {math.log2(lv['m_probability'] / lv['u_probability']):+.1f}"
                  for lv in comp["comparison_levels"]
                  if not lv.get("is_null_level") and lv.get("m_probability") and lv.get("u_probability")]
        lines.append(f"            {comp['output_column_name']}: " + "; ".join(levels))
    return "\n".join(lines)


def in_fresh_process(fn: Any, *args: Any) -> dict[str, Any]:
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def _requires(dist: str) -> set[str]:
    """`dist` and what it needs (no extras), by their distribution names."""
    from packaging.requirements import Requirement  # noqa: PLC0415

    seen: set[str] = set()
    todo = [dist]
    while todo:
        name = todo.pop().lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        for req in importlib.metadata.requires(name) or []:
            r = Requirement(req)
            if r.marker is None or r.marker.evaluate({"extra": ""}):
                todo.append(r.name)
    return seen


def installed_mb(dist: str) -> tuple[float, list[str]]:
    """The installed size of `dist` and its dependencies in this environment (their files' sizes)."""
    names = sorted(_requires(dist))
    total = 0
    for name in names:
        for f in importlib.metadata.distribution(name).files or []:
            p = Path(str(f.locate()))
            if p.is_file():
                total += p.stat().st_size
    return total / 2**20, names


def fresh_venv_mb(requirement: str) -> float:
    """du of a fresh venv's site-packages with `requirement` installed, less an empty fresh venv's."""
    sizes = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, install in (("bare", None), ("with", requirement)):
            env = Path(tmp) / name
            venv.create(env, with_pip=True)
            if install:
                subprocess.run([str(env / "bin" / "pip"), "install", "-q", install], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            site = next((env / "lib").glob("python3*/site-packages"))
            du = subprocess.run(["du", "-sk", str(site)], check=True, capture_output=True, text=True)
            sizes.append(int(du.stdout.split()[0]))
    return (sizes[1] - sizes[0]) / 1024


def _line(label: str, r: dict[str, Any], wanted: set[frozenset[str]]) -> str:
    precision, recall = score(r["found"], wanted)
    return (f"  {label:7s} proposed {len(r['found']):6,}  precision {precision:.4f}  recall {recall:.4f}  "
            f"wall {r['wall']:6.1f} s  CPU {r['cpu']:6.1f} s  peak {r['peak_mb']:5,.0f} MB "
            f"({r['before_mb']:,.0f} MB before matching)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--persons", type=int, default=3000)
    ap.add_argument("--no-held-out", action="store_true")
    ap.add_argument("--fresh-venv", action="store_true",
                    help="also measure the installed weight by du of two fresh venvs (needs the package index)")
    args = ap.parse_args(argv)
    try:
        splink_version = importlib.metadata.version("splink")
    except importlib.metadata.PackageNotFoundError:
        print("splink is not installed (it is not a dependency of casualtydb): `.venv/bin/pip install splink` "
              "to run this comparison")
        return 0
    places = shipped_places()
    runs = seeded_runs(held_out=not args.no_held_out)
    print(f"splink {splink_version} (DuckDB) against ours: {args.persons:,} persons per run, CSV import, "
          f"threshold 0.5 for both; one fresh process per matcher")
    for label, seed, lists in runs:
        with loaded_lists(args.persons, seed, lists, places, via_csv=True) as (db, path, truth, _):
            db.dispose()
            mine = in_fresh_process(ours, str(path))
            theirs = in_fresh_process(with_splink, str(path))
        wanted = true_pairs(truth)
        n = len(truth)
        print(f"{label:9s} seed {seed:3d}: {n:,} mentions, {len(wanted):,} true pairs "
              f"(share of all pairs {len(wanted) / (n * (n - 1) / 2):.2e}; splink's estimated prior "
              f"{theirs['prior']:.2e})")
        print(_line("ours", mine, wanted) + f"; {mine['compared']:,} pairs scored")
        print(_line("splink", theirs, wanted)
              + f"; read {theirs['prepare_s']:.1f} s, train {theirs['train_s']:.1f} s")
        print("          splink stricter: " + ", ".join(
            f"≥ {t:g} precision {score(f, wanted)[0]:.4f} recall {score(f, wanted)[1]:.4f}"
            for t, f in theirs["stricter"].items()))
        if label == "training":
            print(weights(theirs["model"]))
    splink_mb, splink_dists = installed_mb("splink")
    rf_mb, rf_dists = installed_mb("rapidfuzz")
    print(f"installed (files of the distributions): splink and its dependencies ({', '.join(splink_dists)}) "
          f"{splink_mb:,.0f} MB; rapidfuzz ({', '.join(rf_dists)}) {rf_mb:,.0f} MB, already a dependency")
    if args.fresh_venv:
        print(f"du of a fresh venv's site-packages, with less without: splink=={splink_version} "
              f"{fresh_venv_mb(f'splink=={splink_version}'):,.0f} MB, rapidfuzz=={importlib.metadata.version('rapidfuzz')} "
              f"{fresh_venv_mb('rapidfuzz==' + importlib.metadata.version('rapidfuzz')):,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
