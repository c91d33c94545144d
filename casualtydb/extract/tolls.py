"""Tolls stated before their number, often far before it: «ارتفعت حصيلة القتلى في … إلى 58»."""

from __future__ import annotations

from collections.abc import Sequence

from . import lexicon as L
from .found import Quantity, Trigger, variants
from .tokens import Token

_TOLL_NOUNS = frozenset(L.fold_words("حصيلة الحصيلة وحصيلة عدد العدد وعدد"))
_TOLL_WINDOW = 30  # how far before «إلى N» the toll's casualty word may sit


def toll_cue_before(toks: Sequence[Token], sent_first: int, k: int) -> bool:
    """«حصيلة», «عدد», «ارتفع», «بلغت»… before token k in its sentence."""
    return any(any(v in L.TOLL_CUES for v in variants(toks[j], min_stem=3))
               for j in range(max(sent_first, k - _TOLL_WINDOW), k))


def toll_trigger(triggers: Sequence[Trigger | None], toks: Sequence[Token], q: Quantity, sent_first: int,
                  consumed: Sequence[bool]) -> Trigger | None:
    """The casualty word of a toll stated before «إلى N», however far: «ارتفعت حصيلة القتلى جراء
    القصف على سوق المدينة صباح اليوم إلى 34», «ارتفع عدد الشهداء إلى 11 والجرحى إلى 30»."""
    k = q.first - 1
    if k < sent_first or toks[k].text not in L.TOLL_TO or not toll_cue_before(toks, sent_first, k):
        return None
    lo = max(sent_first, k - _TOLL_WINDOW)
    if triggers[k - 1] is not None and not consumed[k - 1] and k - 1 >= lo:
        return triggers[k - 1]  # «… والجرحى إلى 30»
    # The word the toll names («حصيلة ضحايا الحريق الذي اندلع في مخيم للنازحين … إلى 9»: the
    # victims, not the displaced of the camp's name), else the nearest casualty word.
    for j in range(k - 1, lo, -1):
        if toks[j - 1].text in _TOLL_NOUNS and triggers[j] is not None and not consumed[j]:
            return triggers[j]
    for j in range(k - 1, lo - 1, -1):
        trig = triggers[j]
        if trig is not None and not consumed[j]:
            return trig
    # «وارتفع العدد إلى ستة»: the toll of what the sentence before said (same paragraph).
    if any(toks[j].text in ("العدد", "الحصيله") for j in range(sent_first, k)) and sent_first > 0:
        prev_sent = toks[sent_first - 1].sent
        for j in range(sent_first - 1, max(-1, sent_first - 1 - _TOLL_WINDOW), -1):
            if toks[j].sent != prev_sent or toks[j].para != toks[k].para:
                break
            if triggers[j] is not None:
                return triggers[j]
    return None
