"""The name rules, each as a case a documentation worker would recognise, in both scripts:
two spellings of one person give the same chain; different people do not."""

from __future__ import annotations

import pytest

from casualtydb.names import parse_name
from casualtydb.names.parse import from_parts


def chain(text: str) -> list[str]:
    """What matching compares: the Arabic form where there is one, else the skeleton."""
    return [t.arabic or t.skel for t in parse_name(text).tokens]


SAME = [
    # letters: hamza forms, ة/ه, ى/ي, tatweel, diacritics
    ("أحمد إبراهيم", "احمد ابراهيم"),
    ("آمنة", "امنه"),
    ("فاطمة", "فاطمه"),
    ("مصطفى", "مصطفي"),
    ("مُحَمَّد", "محمد"),
    ("محـــمد", "محمد"),
    ("هؤلاء مسؤول", "هولاء مسوول"),
    # compounds, however spaced
    ("عبد الله", "عبدالله"),
    ("عبد الرحمن العلي", "عبدالرحمن العلي"),
    ("أبو بكر", "ابوبكر"),
    ("نور الدين", "نورالدين"),
    ("جاد الله", "جادالله"),
    # بن / ابن / بنت and the bare chain
    ("محمد بن أحمد بن علي", "محمد أحمد علي"),
    ("محمد ابن أحمد", "محمد أحمد"),
    ("فاطمة بنت خالد", "فاطمة خالد"),
    # the article of the family name
    ("محمد أحمد العلي", "محمد أحمد علي"),
    # words that are not names
    ("الشهيد محمد أحمد", "محمد أحمد"),
    ("الطفل محمد أحمد", "محمد أحمد"),
    ("الطفلة فاطمة خالد", "فاطمة خالد"),
    ("الحاج عمر الخطيب", "عمر الخطيب"),
    ("الشيخ أحمد الحسن", "أحمد الحسن"),
    ("الشهيد الطفل محمد", "محمد"),
    # brackets carry an age or a nickname, not a part of the chain
    ("محمد أحمد العلي (١٢ عاماً)", "محمد أحمد العلي"),
    # Latin transliterations meet the Arabic
    ("Mohammad Ahmad al-Ali", "محمد أحمد العلي"),
    ("Muhammad Ahmed Al Ali", "محمد أحمد العلي"),
    ("Mohamed Ahmad el-Ali", "محمد أحمد العلي"),
    ("Mhd Ahmad Ali", "محمد أحمد علي"),
    ("Mohammed bin Ahmed bin Ali", "محمد بن أحمد بن علي"),
    ("Abdullah Hussein", "عبد الله حسين"),
    ("Abdallah Husain", "عبدالله حسين"),
    ("Abd al-Rahman Khalid", "عبد الرحمن خالد"),
    ("Abdulrahman Khaled", "عبدالرحمن خالد"),
    ("Abdurrahman Khaled", "عبدالرحمن خالد"),
    ("Abu Bakr Omar", "أبو بكر عمر"),
    ("Abubakr Umar", "أبو بكر عمر"),
    ("Noureddine al-Hassan", "نور الدين الحسن"),
    ("Nour al-Din Hasan", "نور الدين الحسن"),
    ("Fatima Khalid", "فاطمة خالد"),
    ("Fatma Khaled", "فاطمة خالد"),
    ("Martyr Yousef Ibrahim", "الشهيد يوسف إبراهيم"),
    ("Sheikh Osama al-Hamwi", "الشيخ أسامة الحموي"),
    # names outside the Latin table meet by their skeleton
    ("Haitham Qaddour", "هيثم قدور"),
    ("Ghassan Shakhashiro", "غسان شخاشيرو"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_person_same_chain(a: str, b: str) -> None:
    pa, pb = parse_name(a), parse_name(b)
    assert [t.skel for t in pa.tokens] == [t.skel for t in pb.tokens]
    known = [(x.arabic, y.arabic) for x, y in zip(pa.tokens, pb.tokens) if x.arabic and y.arabic]
    assert all(x == y for x, y in known), known


DIFFERENT = [
    ("محمد", "محمود"),
    ("Mohammad", "Mahmoud"),
    ("حسن", "حسين"),
    ("Hassan", "Hussein"),
    ("عبد الرحمن", "رحمن"),
    ("أبو بكر", "بكر"),
    ("Ahmad", "Mohammad"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert chain(a) != chain(b)


def test_family_name_is_recognised_by_its_article() -> None:
    assert parse_name("محمد أحمد العلي").family
    assert parse_name("Mohammad Ahmad al-Ali").family
    assert not parse_name("محمد أحمد علي").family  # a bare chain: the last may be the grandfather


def test_dropped_words_say_sex_and_childhood() -> None:
    girl = parse_name("الطفلة فاطمة خالد")
    assert (girl.sex, girl.child) == ("f", True)
    hajj = parse_name("الحاج عمر الخطيب")
    assert (hajj.sex, hajj.child) == ("m", False)
    assert parse_name("Girl Fatima Khalid").sex == "f"


def test_age_in_brackets_with_eastern_digits() -> None:
    assert parse_name("محمد أحمد العلي (١٢ عاماً)").age == 12
    assert parse_name("Mohammad (12 years)").age == 12
    assert parse_name("رهف (٦ أشهر)").age == 0


def test_a_family_name_that_looks_like_an_honorific_is_kept() -> None:
    assert chain("عثمان الشيخ") == ["عثمان", "شيخ"]
    assert chain("الشيخ عثمان") == ["عثمان"]


def test_parts_read_like_the_full_name() -> None:
    parts = from_parts(given="عبد الله", father="محمد", family="الحسن")
    whole = parse_name("عبدالله بن محمد الحسن")
    assert [t.skel for t in parts.tokens] == [t.skel for t in whole.tokens]
    assert parts.family
    latin = from_parts(given="Abdallah", father="Mohamed", family="al-Hasan")
    assert [t.arabic for t in latin.tokens] == [t.arabic for t in parts.tokens]


def test_keys_for_blocking_are_shared_across_scripts() -> None:
    assert parse_name("Mhd Ahmad al-Ali").block_keys() == parse_name("محمد بن أحمد العلي").block_keys()
