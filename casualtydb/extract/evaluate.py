"""Precision and recall of claim extraction on a labelled corpus (run: python -m casualtydb.extract.evaluate)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .api import Extractor

# A claim as scored: category, group, min, max, approximate (the vague word and spans are not scored).
ClaimKey = tuple[str, str, "int | None", "int | None", bool]


@dataclass(frozen=True)
class Case:
    """One labelled text. `claims` are the gold figures, each [category, group, min, max,
    approximate] optionally followed by the vague word."""

    id: str
    language: str
    text: str
    claims: tuple[ClaimKey, ...]
    published: date | None = None
    tag: str | None = None  # the failure class a case was written for ("1".."7"), if any


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def default_corpus_dir() -> Path | None:
    """tests/extract/corpus of the working directory or of the source checkout (not in wheels)."""
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        d = base / "tests" / "extract" / "corpus"
        if d.is_dir():
            return d
    return None


def load_cases(paths: Iterable[Path]) -> list[Case]:
    """Cases from JSON files named cases_<language>.json (a list of {id, text, claims, published?})."""
    out: list[Case] = []
    for path in paths:
        language = path.stem.removeprefix("cases_")
        for raw in json.loads(path.read_text(encoding="utf-8")):
            published = date.fromisoformat(raw["published"]) if raw.get("published") else None
            claims = tuple((c[0], c[1], c[2], c[3], bool(c[4])) for c in raw["claims"])
            tag = str(raw["class"]) if raw.get("class") is not None else None
            out.append(Case(raw["id"], raw.get("language", language), raw["text"], claims, published, tag))
    return out


def _key(c) -> ClaimKey:
    return (c.category, c.group, c.min, c.max, bool(c.approximate))


def score(cases: Sequence[Case], extractor: Extractor | None = None, *, lenient: bool = False) -> dict[str, Score]:
    """Scores per language and "all". Strict matching compares category, group, min, max and
    approximate; `lenient` only category, min and max (to see how much is the group's fault)."""
    extractor = extractor or Extractor()
    scores: dict[str, Score] = {}
    for case in cases:
        result = extractor.extract(case.text, published=case.published)
        got = Counter(_trim(_key(c), lenient) for c in result.claims)
        want = Counter(_trim(c, lenient) for c in case.claims)
        tp = sum((got & want).values())
        for lang in (case.language, "all"):
            s = scores.setdefault(lang, Score())
            s.true_positives += tp
            s.predicted += sum(got.values())
            s.gold += sum(want.values())
        if got != want:
            missing = list((want - got).elements())
            extra = list((got - want).elements())
            scores[case.language].errors.append(f"{case.id}: missing {missing} extra {extra}\n    {case.text}")
    return scores


def score_by(cases: Sequence[Case], extractor: Extractor | None = None, *, lenient: bool = True,
             categories: Sequence[str] = ("killed", "injured", "casualties")) -> dict[tuple[str, str], Score]:
    """Scores per (set, category) and per (set, "class N") for the headline figures: a figure
    counts when category, min and max match (`lenient`, the default) — what a worker types."""
    extractor = extractor or Extractor()
    out: dict[tuple[str, str], Score] = {}
    for case in cases:
        result = extractor.extract(case.text, published=case.published)
        got_all = [_key(c) for c in result.claims]
        for cat in categories:
            got = Counter(_trim(k, lenient) for k in got_all if k[0] == cat)
            want = Counter(_trim(k, lenient) for k in case.claims if k[0] == cat)
            keys = [(case.language, cat), ("all", cat)]
            if case.tag is not None:
                keys.append((case.language, f"class {case.tag}"))
            for key in keys:
                s = out.setdefault(key, Score())
                s.true_positives += sum((got & want).values())
                s.predicted += sum(got.values())
                s.gold += sum(want.values())
    return out


def _trim(k: tuple, lenient: bool) -> tuple:
    return (k[0], k[2], k[3]) if lenient else k


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path, help="cases_<lang>.json files (default: the test corpus)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every case that does not match")
    parser.add_argument("-c", "--by-category", action="store_true",
                        help="killed / injured / casualties and each failure class, scored on category, min, max")
    parser.add_argument("--victims", action="store_true",
                        help="score named victims instead, on victims_*.json files (default: the test corpus's)")
    args = parser.parse_args(argv)
    files = list(args.files)
    if args.victims:
        from .victims_eval import report  # noqa: PLC0415

        corpus = default_corpus_dir()
        if not files and corpus is not None:
            files = sorted(corpus.glob("victims_*.json"))
        if not files:
            print("no corpus found: pass victims_*.json files", file=sys.stderr)
            return 2
        print(report(files, verbose=args.verbose))
        return 0
    if not files:
        corpus = default_corpus_dir()
        if corpus is None:
            print("no corpus found: pass cases_<lang>.json files", file=sys.stderr)
            return 2
        files = sorted(corpus.glob("cases_*.json"))
    cases = load_cases(files)
    strict = score(cases)
    lenient = score(cases, lenient=True)
    print(f"{'set':<18} {'cases':>5} {'gold':>5} {'found':>5} {'P':>6} {'R':>6} {'F1':>6}   lenient P/R (no group/approx)")
    counts = Counter(c.language for c in cases)
    for lang in sorted(strict, key=lambda k: (k == "all", k)):
        s, ls = strict[lang], lenient[lang]
        n = sum(counts.values()) if lang == "all" else counts[lang]
        print(f"{lang:<18} {n:>5} {s.gold:>5} {s.predicted:>5} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
              f"   {ls.precision:.3f}/{ls.recall:.3f}")
    if args.by_category:
        by = score_by(cases)
        print(f"\n{'set':<18} {'category':<12} {'gold':>5} {'found':>5} {'P':>6} {'R':>6}   (category, min, max)")
        for (lang, cat), s in sorted(by.items(), key=lambda kv: (kv[0][0] == "all", kv[0])):
            print(f"{lang:<18} {cat:<12} {s.gold:>5} {s.predicted:>5} {s.precision:>6.3f} {s.recall:>6.3f}")
    if args.verbose:
        for lang, s in strict.items():
            if lang != "all":
                for e in s.errors:
                    print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
