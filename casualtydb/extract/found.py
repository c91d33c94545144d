"""What the claim reader finds: casualty words (triggers), counted people (quantities) and the
claims made of them, shared by claims.py, tolls.py and runs.py."""

from __future__ import annotations

from dataclasses import dataclass

from ..text.arabic import prefix_variants
from .tokens import Token

CONJ = frozenset({"و", "and", ",", "،"})


@dataclass(slots=True)
class Trigger:
    first: int
    last: int
    category: str


@dataclass(slots=True)
class Quantity:
    """People counted in tokens [first, last] (qualifier through noun), folded [start, end)."""

    first: int
    last: int
    start: int
    end: int
    min: int | None
    max: int | None
    approximate: bool
    vague: tuple[int, int] | None  # folded span of the vague words
    group: str
    head_category: str | None
    implicit: bool = False  # counted by a noun alone ("طفل", "شابان", "a child")
    definite: bool = False  # "الطفل": only with a verb right before it
    others: bool = False
    of_them: bool = False  # "3 منهم أطفال"
    bare: bool = False  # no noun naming who ("قتل 7", "12 wounded"): the group may be elided


@dataclass(slots=True)
class FoundClaim:
    q: Quantity
    category: str
    group: str
    part_of: int | None  # index into the list of found claims
    trigger: Trigger | None
    anchor: int  # first token of the claim's clause (trigger or figure)
    confidence: float = 0.8
    summed: bool = False  # the sum of coordinated figures the text gives no total for


def variants(t: Token, *, min_stem: int = 3) -> tuple[str, ...]:
    if t.kind != "ar":
        return (t.text,)
    return tuple(v for v in prefix_variants(t.text) if v == t.text or len(v) >= min_stem)
