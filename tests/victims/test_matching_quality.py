"""Matching quality on a small generated list with a known truth (benchmarks/generate_victims.py):
precision ≥ 0.97 and recall ≥ 0.95 at the default threshold, lists imported as a user would.
The full figures, training and held-out, come from `python -m benchmarks.people_matching`."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from benchmarks.generate_victims import generate_lists, shipped_places, write_csv
from benchmarks.people_matching import score, true_pairs
from casualtydb.db import open_database
from casualtydb.io.victim_import import import_victims
from casualtydb.models import Mention
from casualtydb.victims.candidates import find_candidates


@pytest.fixture(scope="module")
def places() -> list:
    return shipped_places()


@pytest.mark.parametrize("seed", [7, 8])
def test_precision_and_recall_on_a_generated_list(tmp_path: Path, places: list, seed: int) -> None:
    lists, truth = generate_lists(1200, seed=seed, places=places)
    db = open_database(tmp_path / "people.db")
    try:
        for path in write_csv(lists, truth, tmp_path / "lists"):
            with db.transaction(context=f"import {path.name}") as s:
                import_victims(path, session=s)
        with db.session() as s, s.begin():
            found = find_candidates(s)
            ref = dict(s.execute(select(Mention.person_id, Mention.external_id)).tuples().all())
    finally:
        db.dispose()
    proposed = {frozenset((ref[c.a], ref[c.b])) for c in found.candidates}
    precision, recall = score(proposed, true_pairs(truth))
    assert len(truth) > 2000
    assert precision >= 0.97, (precision, recall)
    assert recall >= 0.95, (precision, recall)


def test_passes_in_worker_processes_find_the_same_pairs(tmp_path: Path, places: list,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A large list is searched with its passes in processes of their own: the pairs, their scores
    and reasons are those of the search in one process."""
    from benchmarks.generate_victims import write_db
    from casualtydb.victims import candidates

    lists, _ = generate_lists(400, seed=3, places=places)
    db = open_database(tmp_path / "people.db")
    try:
        with db.transaction() as s:
            write_db(s, lists)
        with db.session() as s, s.begin():
            alone = candidates.find_candidates(s)
            monkeypatch.setattr(candidates, "PARALLEL_FROM", 1)
            spread = candidates.find_candidates(s, database=db, workers=2)
    finally:
        db.dispose()
    assert alone.processes == 1 and spread.processes == 2
    assert alone.candidates, "the list has pairs to find"
    assert [(c.a, c.b, c.score, c.reasons, c.mentions) for c in spread.candidates] == \
        [(c.a, c.b, c.score, c.reasons, c.mentions) for c in alone.candidates]
    assert spread.compared == alone.compared
