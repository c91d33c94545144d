"""Precision and recall of the named victims the extractor suggests, on labelled cases
(`tests/extract/corpus/victims_*.json`; run: python -m casualtydb.extract.evaluate --victims).

A case is {id, language, class, text, mentions: [{name, fate, age, sex, relation}]}: `name` is
the name exactly as written (None for a relative the text counts without a name), and
fate/age/sex what the text says (sex only where its words mark it: الطفلة، السيدة، «استشهدت»،
a relation, "boy", "her"; not guessed from the name). Scored:
- names: a suggested name counts when it is a gold name of the case, exactly (the span's text);
- relatives: unnamed mentions, by relation;
- fate, age, sex: (name, value) pairs over all mentions that have a value, so a wrong value and
  a missed name both cost recall, a wrong value and a name that is not one both cost precision."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .api import Extractor

ATTRIBUTES = ("fate", "age", "sex")


@dataclass
class Tally:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    def add(self, got: Counter, want: Counter) -> None:
        self.tp += sum((got & want).values())
        self.predicted += sum(got.values())
        self.gold += sum(want.values())


@dataclass
class VictimScores:
    cases: int = 0
    tallies: dict[str, Tally] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def tally(self, what: str) -> Tally:
        return self.tallies.setdefault(what, Tally())


def load(paths: Iterable[Path]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path in paths:
        out.extend(json.loads(Path(path).read_text(encoding="utf-8")))
    return out


def _who(m: Any) -> tuple[str, str | None]:
    name = m["name"] if isinstance(m, dict) else m.name
    relation = m.get("relation") if isinstance(m, dict) else m.relation
    return (name, None) if name else ("", relation)


def _value(m: Any, key: str) -> Any:
    return m.get(key) if isinstance(m, dict) else getattr(m, key)


def score(cases: Sequence[dict[str, Any]], extractor: Extractor | None = None) -> dict[str, VictimScores]:
    """Scores per language and "all"."""
    extractor = extractor or Extractor()
    out: dict[str, VictimScores] = {}
    for case in cases:
        got = extractor.extract(case["text"]).mentions
        want = case["mentions"]
        counters = {
            "names": (Counter(m.name for m in got if m.name), Counter(m["name"] for m in want if m["name"])),
            "relatives": (Counter(m.relation for m in got if not m.name),
                          Counter(m["relation"] for m in want if not m["name"])),
        }
        for key in ATTRIBUTES:
            counters[key] = (Counter((_who(m), _value(m, key)) for m in got if _value(m, key) is not None),
                             Counter((_who(m), _value(m, key)) for m in want if _value(m, key) is not None))
        for lang in (case.get("language", "ar"), "all"):
            s = out.setdefault(lang, VictimScores())
            s.cases += 1
            for what, (g, w) in counters.items():
                s.tally(what).add(g, w)
        bad = {what: (g - w, w - g) for what, (g, w) in counters.items() if g != w}
        if bad:
            lines = [f"  {what}: extra {sorted(map(str, extra.elements()))} missing {sorted(map(str, missing.elements()))}"
                     for what, (extra, missing) in bad.items()]
            out[case.get("language", "ar")].errors.append(f"{case['id']}: {case['text']}\n" + "\n".join(lines))
    return out


def report(paths: Sequence[Path], *, verbose: bool = False) -> str:
    rows = [f"{'set':<28} {'cases':>5} " + " ".join(f"{w + ' P/R':>13}" for w in ("names", "relatives", *ATTRIBUTES))]
    errors: list[str] = []
    for path in paths:
        scores = score(load([path]))
        for lang, s in sorted(scores.items(), key=lambda kv: (kv[0] == "all", kv[0])):
            cells = " ".join(f"{s.tally(w).precision:>6.3f}/{s.tally(w).recall:<6.3f}"
                             for w in ("names", "relatives", *ATTRIBUTES))
            rows.append(f"{Path(path).stem + ' ' + lang:<28} {s.cases:>5} {cells}")
            errors.extend(s.errors)
    if verbose:
        rows.extend(["", *errors])
    return "\n".join(rows)
