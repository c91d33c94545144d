"""Coordinated figures with no total of their own: one figure of the people named («رجل وابنه»),
or their parts with the sum offered as the total («أربعة أطفال وثلاث نساء» = 7, marked summed)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import CONJ, FoundClaim, Quantity
from .tokens import TokenizedText

_SUM_GROUPS = frozenset({"children", "women", "men", "civilians", "combatants"})
_BRACKETED = re.compile(r"\([^()]*\)")


def aside_between(tt: TokenizedText, a: Quantity, b: Quantity) -> bool:
    """Only an aside in brackets and «و» between two figures: «رجل (45 عاماً) وابنه»."""
    gap = tt.folded.text[tt.tokens[a.last].end:tt.tokens[b.first].start]
    return "(" in gap and not _BRACKETED.sub(" ", gap).strip(" \t,،") and tt.tokens[b.first].text.startswith("و")


def _coordinated(tt: TokenizedText, a: FoundClaim, b: FoundClaim) -> bool:
    """b follows a joined by «و» or a comma only (an age in brackets may sit between: «رجل (45
    عاماً) وابنه»), and shares its casualty word («قتل 3 أطفال وامرأتان»)."""
    toks = tt.tokens
    if toks[a.q.first].sent != toks[b.q.first].sent or b.part_of is not None or a.category != b.category:
        return False
    gap = tt.folded.text[toks[a.q.last].end:toks[b.q.first].start]
    if "(" in gap and not _BRACKETED.sub(" ", gap).strip(" \t,،و"):
        return b.trigger is a.trigger or b.trigger is None
    between = range(a.q.last + 1, b.q.first)
    if not (all(toks[k].text in CONJ for k in between) and (
            len(between) or (toks[b.q.first].text.startswith("و") and toks[b.q.first].kind == "ar")
            or toks[b.q.first].gap.strip() in (",", "،"))):
        return False
    return b.trigger is a.trigger or b.trigger is None or b.trigger.first > b.q.last or (
        b.trigger.last < a.q.first and a.trigger is not None and b.trigger.first <= a.trigger.first)


def _group_of(groups: Sequence[str]) -> str:
    kinds = set(groups)
    if len(kinds) == 1:
        return groups[0]
    return "civilians" if kinds <= {"children", "women", "civilians"} else "unknown"


def join_runs(tt: TokenizedText, found: list[FoundClaim]) -> list[FoundClaim]:
    """Coordinated figures with no total of their own.

    Singular nouns only («رجل وابنه», «امرأة وطفلها»): one figure of the people named. Otherwise
    («أربعة أطفال وثلاث نساء», «طفلين وسيدة»): each part stays, and their sum is offered as the
    total, marked `summed`, with the parts pointing at it."""
    out: list[FoundClaim] = []
    new_index: dict[int, int] = {}
    i = 0
    n = len(found)

    def keep(c: FoundClaim, old: int) -> None:
        if c.part_of is not None:
            c.part_of = new_index.get(c.part_of)
        new_index[old] = len(out)
        out.append(c)

    while i < n:
        c = found[i]
        run = [c]
        if c.part_of is None and not c.q.others and c.q.min is not None:
            j = i + 1
            while (j < n and _coordinated(tt, run[-1], found[j]) and not found[j].q.others
                   and found[j].q.min is not None):
                run.append(found[j])
                j += 1
        groups = [r.group for r in run]
        singles = all(r.q.implicit and r.q.min == 1 and r.q.max == 1 for r in run)
        if len(run) < 2 or not singles and not (len(set(groups)) == len(groups) and set(groups) <= _SUM_GROUPS):
            keep(c, i)
            i += 1
            continue
        first, last = run[0].q, run[-1].q
        total = Quantity(first.first, last.last, first.start, last.end, sum(r.q.min for r in run),
                         None if any(r.q.max is None for r in run) else sum(r.q.max for r in run),
                         any(r.q.approximate for r in run), None, _group_of(groups), None, implicit=singles)
        conf = min(r.confidence for r in run)
        if singles:
            for k in range(len(run)):
                new_index[i + k] = len(out)
            out.append(FoundClaim(total, c.category, _group_of(groups), None, c.trigger, c.anchor, conf))
        else:
            sum_index = len(out)
            out.append(FoundClaim(total, c.category, _group_of(groups), None, c.trigger, c.anchor,
                                  round(conf - 0.05, 2), summed=True))
            for k, r in enumerate(run):
                r.part_of = sum_index
                new_index[i + k] = len(out)
                out.append(r)
        i += len(run)
    return out


def drop_claims(found: list[FoundClaim], negated: set[int]) -> list[FoundClaim]:
    """The claims without those at the given indices; `part_of` renumbered."""
    if not negated:
        return found
    keep = [i for i in range(len(found)) if i not in negated]
    new_index = {old: new for new, old in enumerate(keep)}
    out = []
    for old in keep:
        c = found[old]
        if c.part_of is not None:
            c.part_of = new_index.get(c.part_of)
        out.append(c)
    return out
