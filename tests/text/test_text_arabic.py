"""Arabic normalisation: search keys, name keys, proclitics, digits, PDF repair."""

from __future__ import annotations

import pytest

from casualtydb.text import key, normalize, parse_int, repair_visual_order, strip_prefixes, to_ascii_digits, tokens
from casualtydb.text.arabic import fold, prefix_variants


@pytest.mark.parametrize(("raw", "expected"), [
    ("استُشهِدَ سبعةُ مدنيّين", "استشهد سبعه مدنيين"),  # harakat and shadda
    ("قـــتـــل", "قتل"),  # tatweel
    ("أحمد إبراهيم آمنة ٱلله", "احمد ابراهيم امنه الله"),  # alef forms
    ("مدينة حماة", "مدينه حماه"),  # taa marbuta
    ("مستشفى على", "مستشفي علي"),  # alef maqsura
    ("مسؤول رئيس", "مسوول رييس"),  # hamza on waw and yaa
    ("هذا الرحمٰن", "هذا الرحمن"),  # superscript alef
    ("٢٣ قتيلاً و۱۲ جريحاً", "23 قتيلا و12 جريحا"),  # Eastern Arabic and Persian digits
    ("١٬٢٥٠ و 1,250 و 1.250", "1250 و 1250 و 1250"),  # thousands separators
    ("نحو 1.5 مليون", "نحو 1.5 مليون"),  # a decimal point stays
    ("قال: «قُتل» “سبعة” ”نازحة“، ثم؛ انتهى!", "قال قتل سبعه نازحه ثم انتهي"),  # quotes, Arabic punctuation
    ("  Deir   ez-Zor\tCITY\n", "deir ez zor city"),  # whitespace, hyphen, case
    ("ﻻ ﷲ", "لا الله"),  # presentation-form ligatures
    ("كلمة\u200fمع\u200eعلامات", "كلمهمععلامات"),  # invisible direction marks vanish
    ("Straße", "strasse"),  # casefold
])
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_is_idempotent() -> None:
    s = "«استُشهِدَ» ١٬٢٥٠ مدنيّاً، في “دير الزور” Deir-ez-Zor"
    assert normalize(normalize(s)) == normalize(s)


def test_fold_keeps_punctuation_and_lengths_of_plain_text() -> None:
    assert fold("قتل 7، وجرح 3.") == "قتل 7، وجرح 3."
    assert fold("أُصيب") == "اصيب"


@pytest.mark.parametrize(("word", "stem"), [
    ("والحميدية", "حميديه"), ("بالمدينة", "مدينه"), ("للمدنيين", "مدنيين"), ("فالقصف", "قصف"),
    ("كالعادة", "عاده"), ("وبحلب", "حلب"), ("لحلب", "حلب"), ("وقتل", "قتل"), ("الحميدية", "حميديه"),
    ("من", "من"), ("في", "في"),  # too short to strip
])
def test_strip_prefixes(word: str, stem: str) -> None:
    assert strip_prefixes(word) == stem


def test_prefix_variants_keep_every_reading() -> None:
    # «لبنان» may be ل + بنان; the unstripped word stays first so a lookup tries it first.
    assert prefix_variants("لبنان")[0] == "لبنان"
    assert "المدينه" in prefix_variants("بالمدينه", article=False)
    assert "مدينه" not in prefix_variants("بالمدينه", article=False)


def test_tokens_give_prefix_stripped_variants() -> None:
    assert tokens("والحميدية") == ["والحميديه", "الحميديه", "حميديه"]
    assert tokens("Deir ez-Zor") == ["deir", "ez", "zor"]
    assert "مدنيين" in tokens("للمدنيين")


@pytest.mark.parametrize(("a", "b"), [
    ("الحميدية", "حميديه"), ("الشيخ ياسين", "شيخ ياسين"), ("Deir ez-Zor", "Deir-ez-Zor"),
    ("Al-Bab", "al Bab"), ("إدلب", "ادلب"), ("حماة", "حماه"), ("Dar'a", "Dara"), ("أبو عايد", "ابو عايد"),
])
def test_key_matches_spelling_variants(a: str, b: str) -> None:
    assert key(a) == key(b)


def test_key_keeps_different_names_apart() -> None:
    assert key("الحميدية") != key("الحويقة")
    assert key("مركز دير الزور") != key("دير الزور")


def test_to_ascii_digits() -> None:
    assert to_ascii_digits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ abc") == "0123456789 0123456789 abc"


@pytest.mark.parametrize(("s", "value"), [
    ("1250", 1250), ("1,250", 1250), ("١٬٢٥٠", 1250), ("١٢٥٠", 1250), ("1.250", 1250), ("12,500,000", 12500000),
    ("۱۲", 12), (" 7 ", 7),
    ("1.5", None), ("1,25", None), ("12,50", None), ("1,2345", None), ("1,250.5", None), ("", None),
    ("abc", None), ("7a", None), ("-3", None),
])
def test_parse_int(s: str, value: int | None) -> None:
    assert parse_int(s) == value


def test_repair_visual_order_restores_logical_arabic() -> None:
    # What a PDF copy gives for «سبعة مدنيين»: presentation forms, words and letters reversed.
    visual = "ﻦﻴﻴﻧﺪﻣ ﺔﻌﺒﺳ"
    assert repair_visual_order(visual) == "سبعة مدنيين"
    # The lam-alef ligature expands in the right order after reordering.
    assert repair_visual_order("ﺔﻟﻻﺩ") == "دلالة"
