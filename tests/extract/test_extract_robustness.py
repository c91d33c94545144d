"""Odd input never raises; every span points into the original text; a megabyte completes."""

from __future__ import annotations

import random
from datetime import date

import pytest

from casualtydb.extract import Extraction, Extractor, extract

from .testdata import ACTORS, gazetteers


def _check_spans(text: str, x: Extraction) -> None:
    for item in (*x.claims, *x.dates, *x.places, *x.actors, *x.new_places):
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start:item.end] == item.text
    for c in x.claims:
        assert c.part_of is None or 0 <= c.part_of < len(x.claims)
        assert c.min is None or c.max is None or c.min <= c.max
        assert c.min is not None or c.max is not None or c.vague
    for e in x.events:
        assert all(0 <= i < len(x.claims) for i in e.claims)


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\u200f\u200e", "ـــ", "،،،", "...", "0", "٣"])
def test_empty_and_blank_give_nothing(text: str) -> None:
    assert extract(text, published=date(2020, 1, 1)) == Extraction()


def test_non_text_gives_nothing() -> None:
    assert extract(None) == Extraction()  # type: ignore[arg-type]
    assert extract(b"\xff\xfe\x00garbage\x80") == Extraction()  # type: ignore[arg-type]
    assert extract("قتل 7 مدنيين".encode()).claims[0].min == 7  # type: ignore[arg-type]


def test_binary_garbage_never_raises() -> None:
    rng = random.Random(20171030)
    places = gazetteers()["shared"]
    ex = Extractor(places, ACTORS)
    for _ in range(300):
        blob = bytes(rng.randrange(256) for _ in range(rng.randint(0, 400)))
        for text in (blob.decode("latin-1"), blob.decode("utf-8", errors="replace"),
                     blob.decode("utf-8", errors="surrogateescape")):
            x = ex.extract(text, published=date(2017, 10, 30))
            _check_spans(text, x)


def test_random_arabic_soup_keeps_spans_true() -> None:
    rng = random.Random(5)
    words = ("قتل", "استشهد", "أصيب", "7", "١٢", "مدنيين", "أطفال", "بينهم", "نحو", "أكثر", "من", "عشرات", "في",
             "حي", "الحميدية", "والشيخ", "ياسين", "مدينة", "دير", "الزور", "اليوم", "أمس", "الأحد", "لم", "نفى",
             "ـ", "ّ", "،", ".", "“", "”", "\n", "killed", "at", "least", "including", "children", "ﻻ", "\u200f")
    places = gazetteers()["shared"]
    ex = Extractor(places, ACTORS)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 40)))
        _check_spans(text, ex.extract(text, published=date(2017, 10, 30)))


def test_huge_numbers_and_long_runs() -> None:
    x = extract("قتل 99999999999999999999 مدنياً")
    assert x.claims[0].min == 99999999999999999999
    _check_spans("و" * 10000, extract("و" * 10000))
    _check_spans("7 " * 5000, extract("7 " * 5000))
    _check_spans("،" * 10000 + "قتل 3", extract("،" * 10000 + "قتل 3"))


def test_a_megabyte_of_text_completes() -> None:
    # Timing is measured in benchmarks/extract_bench.py, not asserted here.
    rng = random.Random(1)
    sentences = [
        "استشهد سبعة مدنيين في مدينة دير الزور، اليوم الإثنين، جرّاء قصف طائرات نظام الأسد وروسيا على حيّي "
        "الحميدية والشيخ ياسين.",
        "وأصيب 12 شخصاً بينهم 4 أطفال بقصف مدفعي على بلدة كفرنبل بريف إدلب.",
        "At least 23 people were killed, including eight children, when Russian warplanes struck the town.",
        "نزح نحو 200 ألف مدني من ريف حماة الشمالي خلال الأيام العشرة الماضية.",
        "لم تسجل إصابات في صفوف المدنيين.",
        "Dozens were wounded and 300 people were detained.",
    ]
    parts: list[str] = []
    size = 0
    while size < 1_000_000:
        s = rng.choice(sentences) + ("\n\n" if rng.random() < 0.2 else " ")
        parts.append(s)
        size += len(s)
    text = "".join(parts)
    x = Extractor(gazetteers()["shared"], ACTORS).extract(text, published=date(2017, 10, 30))
    assert len(x.claims) > 1000
    _check_spans(text, x)
