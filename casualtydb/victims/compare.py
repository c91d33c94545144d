"""The scored comparison of two mentions, with its reasons.

A Fellegi-Sunter-style sum of evidence in bits (log2 of how much likelier the observation is
for one person than for two), with weights set by hand and checked on the benchmark
generator's lists (benchmarks/generate_victims.py; figures in docs/victims.md):
- names: the two chains aligned in order (given name with given name, the rest monotonically,
  so «محمد العلي» meets «محمد أحمد العلي» with the father missing, not wrong); an agreeing
  token counts by its rarity in the database (term frequency: محمد says little, a rare family
  name a lot); a part both have but that differs counts against;
- sex (stated, or implied by «الطفلة»): a difference rules it out in practice;
- age within ±2 years agrees; a child against an adult disagrees;
- the date of what happened, and the place (the same place or one inside the other; the same
  governorate; different governorates).
The score is the logistic of (evidence − PRIOR_BITS): a probability-like value in 0..1.
Token similarity uses RapidFuzz (Levenshtein on the Arabic forms, Jaro-Winkler on skeletons)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz.distance import JaroWinkler, Levenshtein

from ..names import ParsedName, Token

# Evidence needed for even odds, and the default threshold of a proposed pair.
PRIOR_BITS = 9.0
DEFAULT_THRESHOLD = 0.5
AGREE, PARTIAL = 0.93, 0.82


@dataclass(slots=True)
class Record:
    """What comparison needs of one mention."""

    mention: object  # its id
    person: object
    ref: str  # the list's own id, else the mention's id
    name: ParsedName
    sex: str | None
    age: int | None
    child: bool | None
    day: int | None  # date of what happened, as an ordinal
    place: str | None  # the place's materialised path ("/gov/district/…/")
    source: object | None


def token_similarity(x: Token, y: Token) -> float:
    if x.arabic is not None and y.arabic is not None:
        if x.arabic == y.arabic:
            return 1.0
        if x.common and y.common:
            return 0.0  # two different well-known names (محمد, محمود) are not a misspelling
        sim = Levenshtein.normalized_similarity(x.arabic, y.arabic)
        return max(sim, 0.9) if x.skel == y.skel and sim > 0.6 else sim
    if x.skel == y.skel:
        return 0.95
    if not x.skel or not y.skel:
        return 0.0
    return JaroWinkler.normalized_similarity(x.skel, y.skel) * 0.95


def _align(a: tuple[Token, ...], b: tuple[Token, ...]) -> list[tuple[int, int, float]]:
    """Pairs (i, j, similarity) of an in-order alignment of a[1:] and b[1:] maximising the
    similarity above 0.5 (the given names are aligned by the caller)."""
    m, n = len(a), len(b)
    best = [[0.0] * (n + 1) for _ in range(m + 1)]
    sims = [[0.0] * n for _ in range(m)]
    for i in range(m - 1, 0, -1):
        for j in range(n - 1, 0, -1):
            s = sims[i][j] = token_similarity(a[i], b[j])
            best[i][j] = max(best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + (s - 0.5 if s > 0.5 else -1.0))
    out = []
    i, j = 1, 1
    while i < m and j < n:
        s = sims[i][j]
        if s > 0.5 and best[i][j] == best[i + 1][j + 1] + s - 0.5:
            out.append((i, j, s))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return out


def _rarity(token: Token, freq: Mapping[str, int], total: int) -> float:
    """Bits an agreement on this token is worth: log2(1 / its share of all tokens), 1..9."""
    count = freq.get(token.skel, 1)
    return min(9.0, max(1.0, math.log2(max(total, 2) / max(count, 1))))


def _show(t: Token) -> str:
    return t.arabic or t.text


def compare(a: Record, b: Record, freq: Mapping[str, int], total: int) -> tuple[float, list[str]]:
    """(score 0..1, reasons): the evidence that two mentions are one person."""
    bits = 0.0
    reasons: list[str] = []
    ta, tb = a.name.tokens, b.name.tokens
    if not ta or not tb:
        return 0.0, ["no name to compare"]
    s = token_similarity(ta[0], tb[0])
    if s >= AGREE:
        bits += _rarity(ta[0], freq, total)
        reasons.append(f"given name agrees: {_show(ta[0])} / {_show(tb[0])}")
    elif s >= PARTIAL:
        bits += 0.3 * _rarity(ta[0], freq, total)
        reasons.append(f"given name close: {_show(ta[0])} / {_show(tb[0])}")
    else:
        bits -= 6
        reasons.append(f"given name differs: {_show(ta[0])} / {_show(tb[0])}")
    pairs = _align(ta, tb)
    for i, j, sim in pairs:
        if sim >= AGREE:
            bits += _rarity(ta[i], freq, total)
            reasons.append(f"name part agrees: {_show(ta[i])} / {_show(tb[j])}")
        else:
            bits += 0.5 if sim >= PARTIAL else -1.0
            reasons.append(f"name part close: {_show(ta[i])} / {_show(tb[j])}")
    left_a, left_b = len(ta) - 1 - len(pairs), len(tb) - 1 - len(pairs)
    conflicts = min(left_a, left_b)
    if conflicts:
        bits -= 4.5 * conflicts
        reasons.append(f"{conflicts} name part{'s' if conflicts > 1 else ''} differ")
    if abs(left_a - left_b):
        bits -= 0.5 * abs(left_a - left_b)
        reasons.append(f"{abs(left_a - left_b)} name part{'s' if abs(left_a - left_b) > 1 else ''} missing in one")

    sa, sb = a.sex or a.name.sex, b.sex or b.name.sex
    if sa and sb:
        if sa == sb:
            bits += 0.7
            reasons.append(f"same sex ({sa})")
        else:
            bits -= 10
            reasons.append(f"sex differs ({sa} / {sb})")
    age_a = a.age if a.age is not None else a.name.age
    age_b = b.age if b.age is not None else b.name.age
    if age_a is not None and age_b is not None:
        d = abs(age_a - age_b)
        bits += 2.5 if d == 0 else 1.5 if d <= 2 else -1.5 if d <= 5 else -5
        reasons.append(f"age {age_a} / {age_b}" + (" (within 2 years)" if d <= 2 else ""))
    else:
        ca = a.child if a.child is not None else (age_a < 18 if age_a is not None else a.name.child)
        cb = b.child if b.child is not None else (age_b < 18 if age_b is not None else b.name.child)
        if ca is not None and cb is not None and ca != cb:
            bits -= 4
            reasons.append("a child and an adult")
    if a.day is not None and b.day is not None:
        d = abs(a.day - b.day)
        bits += 2.5 if d == 0 else 1.5 if d <= 3 else 0 if d <= 31 else -2 if d <= 365 else -4
        reasons.append("same date" if d == 0 else f"dates {d} day{'s' if d > 1 else ''} apart")
    if a.place and b.place:
        if a.place.startswith(b.place) or b.place.startswith(a.place):
            bits += 1.5
            reasons.append("same place (or one inside the other)")
        elif a.place.split("/")[2:3] == b.place.split("/")[2:3]:  # /country/governorate/…
            bits += 0.5
            reasons.append("same governorate")
        else:
            bits -= 3
            reasons.append("different governorates")
    score = 1.0 / (1.0 + 2.0 ** (-(bits - PRIOR_BITS)))
    return score, reasons
