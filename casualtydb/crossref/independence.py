"""Which reports count as independent sources, and which look like copies of each other.

Declared dependence (counted by the scan): reports whose figures come from the same origin are
one source. The origin is the end of a report's relay chain (`Report.relays_report_id`, followed
transitively; `relays_source_id` names a source directly), else the report's own source; so two
reports from one source are one source too. `casualtydb.crossref.sql` computes the origin in SQL.

Suspected dependence (flagged, not counted): two reports from different origins whose texts are
near-copies ("probably not independent"). The texts are normalised with
`casualtydb.text.arabic.normalize` (letters unified, diacritics and punctuation dropped) and cut
into overlapping 3-word shingles; the share of the shorter text's shingles found in the other
text is its containment. A post that pastes one paragraph of a long article scores near 1 even
though the article is much longer. A person confirms a suspicion by recording the relay link,
which every later scan then counts.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from ..text.arabic import normalize

SHINGLE_WORDS = 3
NEAR_COPY_THRESHOLD = 0.6  # containment at or above this flags "probably not independent"
MIN_SHINGLES = 5  # texts shorter than this many shingles are too short to call copies


def shingles(text: str | None, k: int = SHINGLE_WORDS) -> frozenset[str]:
    words = normalize(text or "").split()
    if len(words) < k:
        return frozenset()
    return frozenset(" ".join(words[i:i + k]) for i in range(len(words) - k + 1))


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set found in the other (0 when either is too short to judge)."""
    if len(a) < MIN_SHINGLES or len(b) < MIN_SHINGLES:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


def similarity(text_a: str | None, text_b: str | None) -> float:
    return containment(shingles(text_a), shingles(text_b))


@dataclass(frozen=True)
class ReportFacts:
    """What independence looks at for one report."""

    report_id: uuid.UUID
    source_id: uuid.UUID
    origin_id: uuid.UUID
    relays_report_id: uuid.UUID | None = None
    relays_source_id: uuid.UUID | None = None
    published: date | None = None
    text: str | None = None

    @property
    def relays(self) -> bool:
        return self.relays_report_id is not None or self.relays_source_id is not None


@dataclass(frozen=True)
class Independence:
    """How one report stands among the reports of a group.

    `independent`: it is the one report counted for its origin (declared independence).
    `label`: "independent", "relay" (relays another report or source), "same source" (its
    source already counts), or "near copy" (counted as independent by the declared links, but
    its text nearly copies an earlier report's: probably not independent)."""

    independent: bool
    label: str
    counted_as: uuid.UUID  # the report that represents this report's origin
    near_copy_of: uuid.UUID | None = None
    similarity: float | None = None

    @property
    def probably_independent(self) -> bool:
        return self.label == "independent"


def _order(r: ReportFacts) -> tuple:
    return (r.published or date.max, str(r.report_id))


def assess_independence(reports: Iterable[ReportFacts], *, near_copies: bool = True,
                        threshold: float = NEAR_COPY_THRESHOLD) -> dict[uuid.UUID, Independence]:
    """Independence of each report among `reports` (the reports of one group)."""
    by_origin: dict[uuid.UUID, list[ReportFacts]] = {}
    for r in sorted(reports, key=_order):
        by_origin.setdefault(r.origin_id, []).append(r)
    out: dict[uuid.UUID, Independence] = {}
    representatives: list[ReportFacts] = []
    for members in by_origin.values():
        # The origin's own report represents it when present (an original, not a relay).
        rep = next((m for m in members if not m.relays and m.source_id == m.origin_id), members[0])
        representatives.append(rep)
        for m in members:
            if m is rep:
                continue
            out[m.report_id] = Independence(False, "relay" if m.relays else "same source", rep.report_id)
    representatives.sort(key=_order)
    cache: dict[uuid.UUID, frozenset[str]] = {}
    for i, rep in enumerate(representatives):
        copied: tuple[float, ReportFacts] | None = None
        if near_copies and rep.text:
            mine = cache.setdefault(rep.report_id, shingles(rep.text))
            for earlier in representatives[:i]:
                if not earlier.text:
                    continue
                theirs = cache.setdefault(earlier.report_id, shingles(earlier.text))
                score = containment(mine, theirs)
                if score >= threshold and (copied is None or score > copied[0]):
                    copied = (score, earlier)
        if copied is None:
            out[rep.report_id] = Independence(True, "independent", rep.report_id)
        else:
            out[rep.report_id] = Independence(True, "near copy", rep.report_id, copied[1].report_id,
                                              round(copied[0], 3))
    return out


def probably_independent_origins(independence: Mapping[uuid.UUID, Independence]) -> int:
    """How many sources remain when near-copies are counted with what they copy."""
    return sum(1 for i in independence.values() if i.probably_independent)
