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
The score is the logistic of (evidence − the prior, which grows with the list's length): a probability-like value in 0..1.
Token similarity uses RapidFuzz (Levenshtein on the Arabic forms, Jaro-Winkler on skeletons)."""

from __future__ import annotations

import math
from functools import lru_cache
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz.distance import JaroWinkler, Levenshtein

from ..names import ParsedName, Token

# Evidence needed for even odds in a list of REFERENCE_MENTIONS, and the default threshold of a
# proposed pair. A longer list holds more namesakes for any pair, so the prior odds of a match
# fall with its length: one more bit per doubling (Stats.prior).
PRIOR_BITS = 10.0
REFERENCE_MENTIONS = 4000
DEFAULT_THRESHOLD = 0.5
AGREE, PARTIAL = 0.93, 0.82
_SEX = {"m": "male", "f": "female"}  # what the words before a name imply (names.parse)


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
    ceiling: float = 0.0  # name_ceiling of its name, set by the candidate search


@lru_cache(maxsize=1 << 20)
def token_similarity(x: Token, y: Token) -> float:
    """0..1; cached, since the names of a list repeat (محمد against احمد a million times)."""
    if x.arabic is not None and y.arabic is not None:
        if x.arabic == y.arabic:
            return 1.0
        if x.common and y.common:
            return 0.0  # two different well-known names (محمد, محمود) are not a misspelling
        sim = Levenshtein.normalized_similarity(x.arabic, y.arabic)
        if x.skel == y.skel and sim > 0.6:
            return 0.95  # the same consonants: a hamza, a long vowel or the article apart
        # One letter mistyped in a word of four or more counts as close, whatever its length.
        if Levenshtein.distance(x.arabic, y.arabic) == 1 and min(len(x.arabic), len(y.arabic)) >= 3:
            return max(sim, PARTIAL)
        return sim
    if x.skel == y.skel:
        return 0.95 if len(x.skel.replace("_", "")) > 1 else PARTIAL  # one consonant is weak evidence
    if not x.skel or not y.skel:
        return 0.0
    return JaroWinkler.normalized_similarity(x.skel, y.skel) * 0.95


def _in_place(i: int, a: tuple[Token, ...], j: int, b: tuple[Token, ...]) -> bool:
    """Tokens a[i] and b[j] hold the same part: both last (the family name, or the last of a
    chain), or the same middle position (father with father). The second word of a two-word
    name without the article may be the father as well as the family name."""
    m, n = len(a), len(b)
    last_a, last_b = i == m - 1, j == n - 1
    if last_a == last_b and (last_a or i == j):
        return True
    if i == 1 and j == 1:
        return (m == 2 and not a[1].article) or (n == 2 and not b[1].article)
    return False


def _align(a: tuple[Token, ...], b: tuple[Token, ...]) -> list[tuple[int, int, float]]:
    """Pairs (i, j, similarity) of an in-order alignment of a[1:] and b[1:] (the given names
    are aligned by the caller). A pair counts fully where both are in the same position (father
    with father) or both are last (family with family), and a third otherwise: «محمد أحمد
    العلي» against «محمد خالد أحمد العلي» does not make أحمد the same father."""
    m, n = len(a), len(b)
    best = [[0.0] * (n + 1) for _ in range(m + 1)]
    move = [[0] * (n + 1) for _ in range(m + 1)]  # 0 skip a[i], 1 skip b[j], 2 align
    sims = [[0.0] * n for _ in range(m)]
    for i in range(m - 1, 0, -1):
        for j in range(n - 1, 0, -1):
            s = sims[i][j] = token_similarity(a[i], b[j])
            gain = s - 0.5 if s > 0.5 else -1.0
            if not _in_place(i, a, j, b):
                gain /= 3
            # The best of skipping a[i], skipping b[j] or aligning them; ties go to the first.
            value, k = best[i + 1][j], 0
            if best[i][j + 1] > value:
                value, k = best[i][j + 1], 1
            if best[i + 1][j + 1] + gain > value:
                value, k = best[i + 1][j + 1] + gain, 2
            best[i][j], move[i][j] = value, k
    out = []
    i, j = 1, 1
    while i < m and j < n:
        k = move[i][j]
        if k == 2:
            out.append((i, j, sims[i][j]))
            i, j = i + 1, j + 1
        elif k == 0:
            i += 1
        else:
            j += 1
    return out


def _rarity(token: Token, stats: Stats) -> float:
    """Bits an agreement on this token is worth: log2(1 / its share of all tokens), 1..9."""
    known = stats.rarities.get(token.skel)
    if known is None:
        count = stats.freq.get(token.skel, 1)
        known = stats.rarities[token.skel] = min(9.0, max(1.0, math.log2(max(stats.tokens, 2) / max(count, 1))))
    return known


def _show(t: Token) -> str:
    return t.arabic or t.text


@dataclass
class Stats:
    """How common names are in the database: each skeleton among all name tokens, and each
    given|last key among all mentions (a given name and a family name are not independent:
    families name their sons alike, so the pair's own frequency is the evidence)."""

    freq: Mapping[str, int]
    tokens: int
    pairs: Mapping[str, int]
    mentions: int
    rarities: dict[str, float] = field(default_factory=dict)  # _rarity's, by skeleton

    @property
    def prior(self) -> float:
        return PRIOR_BITS + max(0.0, math.log2(max(self.mentions, 1) / REFERENCE_MENTIONS))


def hopeless(a: Record, b: Record) -> bool:
    """Pairs not worth scoring: a different sex, ages more than 10 years apart, dates more than a
    year apart, or both father and family names unlike (each costs 8 bits or more, more than any
    name earns when the rest differs)."""
    if a.sex is not None and b.sex is not None and a.sex != b.sex:
        return True
    if a.age is not None and b.age is not None and abs(a.age - b.age) > 10:
        return True
    if a.day is not None and b.day is not None and abs(a.day - b.day) > 365:
        return True
    ta, tb = a.name.tokens, b.name.tokens
    # Both name their family (with the article) and the two are unlike: 12 bits against.
    return (len(ta) > 2 and len(tb) > 2 and ta[-1].article and tb[-1].article
            and token_similarity(ta[-1], tb[-1]) < PARTIAL and token_similarity(ta[1], tb[1]) < PARTIAL)


def name_ceiling(name: ParsedName, stats: Stats) -> float:
    """The most the name can earn in `compare` when it is the first of the pair: every part
    agreeing in place, each by its rarity (agreements are weighed by the first name's parts;
    the given + family pair is capped lower still)."""
    return sum(_rarity(t, stats) for t in name.tokens)


def bits_needed(stats: Stats, threshold: float) -> float:
    """The evidence a pair needs to score at least `threshold` (the inverse of the logistic)."""
    t = min(max(threshold, 1e-9), 1 - 1e-9)
    return stats.prior + math.log2(t / (1 - t))


class Reason(str):
    """A reason as the command line prints it (English), with a `code` and its `params` for the
    interface to word it in its own language (ui/pages/matching.py)."""

    code: str
    params: dict[str, Any]

    def __new__(cls, text: str, code: str, **params: Any) -> Reason:
        reason = super().__new__(cls, text)
        reason.code, reason.params = code, params
        return reason

    def __getnewargs_ex__(self) -> tuple[tuple[str, str], dict[str, Any]]:
        return (str(self), self.code), self.params  # pickled: the search's worker processes return reasons


class _Silent(list):  # type: ignore[type-arg]
    """A reasons list that keeps nothing (the many pairs below the threshold need no reasons)."""

    def append(self, _item: object) -> None:
        pass


def compare(a: Record, b: Record, stats: Stats, *, explain: bool = True) -> tuple[float, list[Reason]]:
    """(score 0..1, reasons): the evidence that two mentions are one person. `explain=False`
    leaves the reasons empty (for the many pairs below the threshold)."""
    bits = 0.0
    name_bits: list[tuple[int, float]] = []  # (position in a, bits) of agreeing parts
    reasons: list[Reason] = [] if explain else _Silent()
    ta, tb = a.name.tokens, b.name.tokens
    if not ta or not tb:
        return 0.0, [Reason("no name to compare", "no_name")]
    s = token_similarity(ta[0], tb[0])
    if s >= AGREE:
        name_bits.append((0, _rarity(ta[0], stats)))
        reasons.append(Reason(f"given name agrees: {_show(ta[0])} / {_show(tb[0])}", "given_agrees",
                              a=_show(ta[0]), b=_show(tb[0])))
    elif s >= PARTIAL:
        bits += 0.3 * _rarity(ta[0], stats)
        reasons.append(Reason(f"given name close: {_show(ta[0])} / {_show(tb[0])}", "given_close",
                              a=_show(ta[0]), b=_show(tb[0])))
    else:  # brothers and sisters share everything else, often the date and place too
        return 0.0, [Reason(f"given name differs: {_show(ta[0])} / {_show(tb[0])}", "given_differs",
                            a=_show(ta[0]), b=_show(tb[0]))]
    pairs = _align(ta, tb)
    for i, j, sim in pairs:
        in_place = _in_place(i, ta, j, tb)
        if sim >= AGREE:
            name_bits.append((i, _rarity(ta[i], stats) * (1.0 if in_place else 0.3)))
            reasons.append(Reason(f"name part agrees: {_show(ta[i])} / {_show(tb[j])}"
                                  + ("" if in_place else " (in another position)"), "part_agrees",
                                  a=_show(ta[i]), b=_show(tb[j]), moved=not in_place))
        else:
            bits += (0.5 if sim >= PARTIAL else -1.0) if in_place else -1.5
            reasons.append(Reason(f"name part close: {_show(ta[i])} / {_show(tb[j])}", "part_close",
                                  a=_show(ta[i]), b=_show(tb[j])))
    agreed = dict(name_bits)
    last = len(ta) - 1
    if 0 in agreed and last in agreed and last > 0 and any(i == last and j == len(tb) - 1 for i, j, _ in pairs):
        key = a.name.block_keys()[0]
        count = stats.pairs.get(key or "", 0)
        if count:  # given + family: as rare as the pair is, not as the two names are
            pair_bits = min(9.0, max(1.0, math.log2(max(stats.mentions, 2) / count)))
            agreed[0], agreed[last] = min(agreed[0] + agreed[last], pair_bits + 2.0), 0.0
    bits += sum(agreed.values())
    if len(ta) > 1 and len(tb) > 1 and ta[-1].article and tb[-1].article \
            and not any(i == len(ta) - 1 and j == len(tb) - 1 and sim >= PARTIAL for i, j, sim in pairs):
        bits -= 6  # both name their family (العلي, الحسن) and the two differ
        reasons.append(Reason(f"family names differ: {_show(ta[-1])} / {_show(tb[-1])}", "family_differs",
                              a=_show(ta[-1]), b=_show(tb[-1])))
    left_a, left_b = len(ta) - 1 - len(pairs), len(tb) - 1 - len(pairs)
    conflicts = min(left_a, left_b)
    if conflicts:
        bits -= 6 * conflicts
        reasons.append(Reason(f"{conflicts} name part{'s' if conflicts > 1 else ''} differ", "parts_differ",
                              n=conflicts))
    if abs(left_a - left_b):
        bits -= 0.5 * abs(left_a - left_b)
        missing = abs(left_a - left_b)
        reasons.append(Reason(f"{missing} name part{'s' if missing > 1 else ''} missing in one", "parts_missing",
                              n=missing))

    bits += evidence_besides_name(a, b, reasons)
    score = 1.0 / (1.0 + 2.0 ** (-(bits - stats.prior)))
    return score, reasons


def _date_bits(days_apart: int) -> float:
    d = days_apart
    return 5 if d == 0 else 4 if d <= 3 else 1 if d <= 31 else -5 if d <= 365 else -8


# The most sex, age and place can add (same sex, same age, same place): with the date's bits,
# the best a pair can do besides its name.
_BEST_BESIDES_DATE = 0.7 + 3.5 + 2.5


def best_besides_name(days_apart: int | None) -> float:
    """The most `evidence_besides_name` gives a pair whose dates are this far apart (None: one
    has no date)."""
    return _BEST_BESIDES_DATE + (0.0 if days_apart is None else _date_bits(days_apart))


def widest_gap(ceiling: float, need: float) -> int | None:
    """The largest number of days between two mentions' dates at which a pair whose name earns
    at most `ceiling` can still reach `need` bits; None when no gap can (not even the same day)."""
    for gap in (365, 31, 3, 0):  # where _date_bits steps
        if ceiling + best_besides_name(gap) >= need:
            return gap
    return None


def evidence_besides_name(a: Record, b: Record, reasons: list[Reason] | None = None) -> float:
    """The bits of sex, age (or child and adult), date and place: everything but the name. It
    does not depend on the names, so with `name_ceiling` it bounds a pair's score before the
    names are aligned (candidates.py skips the pairs that cannot reach the threshold)."""
    if reasons is None:
        reasons = _Silent()
    bits = 0.0
    sa, sb = a.sex or _SEX.get(a.name.sex), b.sex or _SEX.get(b.name.sex)
    if sa and sb:
        if sa == sb:
            bits += 0.7
            reasons.append(Reason(f"same sex ({sa})", "same_sex", sex=sa))
        else:
            bits -= 10
            reasons.append(Reason(f"sex differs ({sa} / {sb})", "sex_differs", a=sa, b=sb))
    age_a = a.age if a.age is not None else a.name.age
    age_b = b.age if b.age is not None else b.name.age
    if age_a is not None and age_b is not None:
        d = abs(age_a - age_b)
        bits += 3.5 if d == 0 else 2.5 if d <= 2 else -1.5 if d <= 5 else -5 if d <= 10 else -14
        reasons.append(Reason(f"age {age_a} / {age_b}" + (" (within 2 years)" if d <= 2 else ""), "ages",
                              a=age_a, b=age_b, close=d <= 2))
    else:
        ca = a.child if a.child is not None else (age_a < 18 if age_a is not None else a.name.child)
        cb = b.child if b.child is not None else (age_b < 18 if age_b is not None else b.name.child)
        if ca is not None and cb is not None and ca != cb:
            bits -= 4
            reasons.append(Reason("a child and an adult", "child_adult"))
    if a.day is not None and b.day is not None:
        d = abs(a.day - b.day)
        bits += _date_bits(d)
        reasons.append(Reason("same date", "same_date") if d == 0 else
                       Reason(f"dates {d} day{'s' if d > 1 else ''} apart", "days_apart", days=d))
    if a.place and b.place:
        if a.place.startswith(b.place) or b.place.startswith(a.place):
            bits += 2.5
            reasons.append(Reason("same place (or one inside the other)", "same_place"))
        elif a.place.split("/")[2:3] == b.place.split("/")[2:3]:  # /country/governorate/…
            bits += 0.5
            reasons.append(Reason("same governorate", "same_governorate"))
        else:
            bits -= 3
            reasons.append(Reason("different governorates", "different_governorates"))
    return bits
