"""FoldedText maps spans of the folded text back to the original's offsets."""

from __future__ import annotations

import random
import re

from casualtydb.text import FoldedText, fold, normalize


def _words(ft: FoldedText) -> list[tuple[str, str]]:
    out = []
    for m in re.finditer(r"\w+", ft.text):
        a, b = ft.span(m.start(), m.end())
        out.append((m.group(), ft.original[a:b]))
    return out


def test_folded_text_equals_fold() -> None:
    s = "استُشهِدَ سبعةُ مدنيّين ـــ في ﻻذقية ١٬٢٥٠"
    assert FoldedText(s).text == fold(s)


def test_spans_map_back_through_marks_tatweel_and_ligatures() -> None:
    s = "استُشهِدَ سبعةُ مدنيّين ــ في ﻻذقية\u200f x"
    pairs = _words(FoldedText(s))
    assert pairs == [("استشهد", "استُشهِدَ"), ("سبعه", "سبعةُ"), ("مدنيين", "مدنيّين"), ("في", "في"),
                     ("لاذقيه", "ﻻذقية"), ("x", "x")]


def test_a_span_inside_a_ligature_maps_to_the_ligature() -> None:
    ft = FoldedText("ﻻ")
    assert ft.text == "لا"
    assert ft.span(0, 1) == (0, 1) and ft.span(1, 2) == (0, 1) and ft.span(0, 2) == (0, 1)


def test_random_text_round_trips() -> None:
    rng = random.Random(7)
    alphabet = list("قتلمدنيين ابتثجحخدذرزسشصضطظعغفكهوي") + ["ُ", "ِ", "َ", "ّ", "ـ", "أ", "إ", "ة", "ى", "ﻻ", "٣",
                                                             "\u200f", " ", "،", "A", "b"]
    for _ in range(200):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        ft = FoldedText(s)
        for folded_word, original in _words(ft):
            assert normalize(original).replace(" ", "") == normalize(folded_word).replace(" ", "")


def test_offsets_at_the_edges() -> None:
    ft = FoldedText("")
    assert ft.text == "" and ft.span(0, 0) == (0, 0)
    ft = FoldedText("ـــ")
    assert ft.text == "" and ft.to_original(0) == 3
