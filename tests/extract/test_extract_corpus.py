"""Precision and recall on the labelled corpus must not fall below what was measured.

The floors sit just under the figures measured when they were set (see docs/extraction.md);
raise them when the engine improves, never lower them to let a change through."""

from __future__ import annotations

from pathlib import Path

import pytest

from casualtydb.extract.evaluate import load_cases, score

CORPUS = Path(__file__).parent / "corpus"

# set: (precision floor, recall floor); measured values in the comments.
FLOORS = {
    "ar": (0.98, 0.97),  # measured 1.000 / 0.988 (160 claims, 127 texts; tuned on)
    "en": (0.97, 0.97),  # measured 0.982 / 0.982 (112 claims, 88 texts; tuned on)
    "ar_holdout": (0.97, 0.95),  # measured 1.000 / 0.971 (35 claims; first run before fixes: 0.903 / 0.800)
    "en_holdout": (0.97, 0.95),  # measured 1.000 / 0.974 (38 claims; first run before fixes: 1.000 / 0.895)
    "all": (0.98, 0.97),  # measured 0.994 / 0.983 (345 claims, 275 texts)
}


@pytest.fixture(scope="module")
def scores():
    cases = load_cases(sorted(CORPUS.glob("cases_*.json")))
    assert len(cases) >= 150
    return score(cases)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_precision_and_recall_floors(scores, name: str) -> None:
    s = scores[name]
    p_floor, r_floor = FLOORS[name]
    detail = "\n".join(s.errors)
    assert s.precision >= p_floor, f"{name} precision {s.precision:.3f} < {p_floor}\n{detail}"
    assert s.recall >= r_floor, f"{name} recall {s.recall:.3f} < {r_floor}\n{detail}"


def test_corpus_is_well_formed() -> None:
    from casualtydb.extract import CATEGORIES, GROUPS

    cases = load_cases(sorted(CORPUS.glob("cases_*.json")))
    assert len({c.id for c in cases}) == len(cases)
    for case in cases:
        for category, group, lo, hi, approx in case.claims:
            assert category in CATEGORIES and group in GROUPS, case.id
            assert lo is None or hi is None or lo <= hi, case.id
