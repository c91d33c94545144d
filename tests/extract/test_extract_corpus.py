"""Precision and recall on the labelled corpus must not fall below what was measured.

The floors sit just under the figures measured when they were set (see docs/extraction.md);
raise them when the engine improves, never lower them to let a change through."""

from __future__ import annotations

from pathlib import Path

import pytest

from casualtydb.extract.evaluate import load_cases, score, score_by

CORPUS = Path(__file__).parent / "corpus"

# set: (precision floor, recall floor); measured values in the comments.
FLOORS = {
    "ar": (0.98, 0.97),  # measured 1.000 / 0.988 (160 claims, 127 texts; tuned on)
    "en": (0.97, 0.97),  # measured 0.982 / 0.982 (112 claims, 88 texts; tuned on)
    "ar_holdout": (0.97, 0.95),  # measured 1.000 / 0.971 (35 claims; first run before fixes: 0.903 / 0.800)
    "en_holdout": (0.97, 0.95),  # measured 1.000 / 0.974 (38 claims; first run before fixes: 1.000 / 0.895)
    "all": (0.98, 0.97),  # measured 0.994 / 0.983 (345 claims, 275 texts)
}


# The real-text held-out sets of issue 10 are scored apart (REAL_FLOORS), so "all" stays comparable.
REAL = ("cases_ar_real_holdout.json", "cases_ar_pages_holdout.json", "cases_ar_real_holdout2.json",
        "cases_ar_pages_holdout2.json", "cases_ar_real_holdout3.json", "cases_ar_pages_holdout3.json",
        "cases_ar_real_holdout4.json", "cases_ar_pages_holdout4.json")

# (set, category): (precision floor, recall floor) on category, min and max. The first two sets
# were scored before issue 10's fixes and again after its second round looked at their misses;
# sets 3 and 4 were written before later rounds; set 4 was scored once, at the end (docs/extraction.md).
REAL_FLOORS = {
    ("ar_real_holdout", "killed"): (0.97, 0.97),  # baseline 0.773 / 0.630; first round 1.000 / 0.926; now 1.000 / 1.000
    ("ar_real_holdout", "injured"): (0.93, 0.97),  # baseline 0.643 / 0.857; first round 0.955 / 1.000; now 0.955 / 1.000
    ("ar_real_holdout", "casualties"): (0.97, 0.97),  # baseline – / 0.000; now 1.000 / 1.000
    ("ar_pages_holdout", "killed"): (0.97, 0.97),  # baseline 0.593 / 0.941; first round 0.944 / 1.000; now 1.000 / 1.000
    ("ar_pages_holdout", "injured"): (0.97, 0.97),  # baseline 0.562 / 0.900; first round 0.909 / 1.000; now 1.000 / 1.000
    ("ar_real_holdout2", "killed"): (0.97, 0.97),  # baseline 0.767 / 0.639; first round 1.000 / 0.972; now 1.000 / 1.000
    ("ar_real_holdout2", "injured"): (0.97, 0.97),  # baseline 0.643 / 0.900; first round 1.000 / 0.950; now 1.000 / 1.000
    ("ar_real_holdout2", "casualties"): (0.97, 0.97),  # baseline – / 0.000; first round 1.000 / 1.000
    ("ar_pages_holdout2", "killed"): (0.97, 0.97),  # baseline 0.625 / 1.000; first round 1.000 / 1.000
    ("ar_pages_holdout2", "injured"): (0.97, 0.97),  # baseline 0.833 / 0.833; first round 1.000 / 0.833; now 1.000 / 1.000
    ("ar_real_holdout3", "killed"): (0.97, 0.94),  # unseen after round 2: 1.000 / 0.880; round 3: 1.000 / 0.960
    ("ar_real_holdout3", "injured"): (0.97, 0.97),  # unseen: 1.000 / 0.923; round 3: 1.000 / 1.000
    ("ar_real_holdout3", "casualties"): (0.97, 0.97),  # scored once: 1.000 / 1.000
    ("ar_pages_holdout3", "killed"): (0.97, 0.97),  # scored once: 1.000 / 1.000
    ("ar_pages_holdout3", "injured"): (0.97, 0.97),  # scored once: 1.000 / 1.000
    ("ar_real_holdout4", "killed"): (0.97, 0.94),  # scored once, at the end: 1.000 / 0.958
    ("ar_real_holdout4", "injured"): (0.97, 0.90),  # scored once: 1.000 / 0.923
    ("ar_real_holdout4", "casualties"): (0.97, 0.97),  # scored once: 1.000 / 1.000
    ("ar_pages_holdout4", "killed"): (0.97, 0.97),  # scored once: 1.000 / 1.000
    ("ar_pages_holdout4", "injured"): (0.97, 0.97),  # scored once: 1.000 / 1.000
}


@pytest.fixture(scope="module")
def real_scores():
    return score_by(load_cases([CORPUS / name for name in REAL]))


@pytest.mark.parametrize("key", sorted(REAL_FLOORS))
def test_real_text_floors(real_scores, key) -> None:
    s = real_scores[key]
    p_floor, r_floor = REAL_FLOORS[key]
    assert s.precision >= p_floor and s.recall >= r_floor, f"{key}: {s.precision:.3f} / {s.recall:.3f}"


@pytest.fixture(scope="module")
def scores():
    cases = load_cases(sorted(p for p in CORPUS.glob("cases_*.json") if p.name not in REAL))
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
            # "casualties" (killed or injured, not told apart) is labelled in the real-text held-out
            # sets before the engine knew it.
            assert (category in CATEGORIES or category == "casualties") and group in GROUPS, case.id
            assert lo is None or hi is None or lo <= hi, case.id
