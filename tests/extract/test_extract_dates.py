"""Dates: absolute in Arabic, Levantine and English month names or digits; relative to publication."""

from __future__ import annotations

from datetime import date

import pytest

from casualtydb.extract import extract

MONDAY = date(2017, 10, 30)


def dates(text: str, published: date | None = MONDAY) -> list[tuple[str, str]]:
    x = extract(text, published=published)
    for d in x.dates:
        assert text[d.start:d.end] == d.text
    return [(d.date, d.text) for d in x.dates]


@pytest.mark.parametrize(("text", "iso", "phrase"), [
    ("في 30 أكتوبر 2017 قصفت", "2017-10-30", "30 أكتوبر 2017"),
    ("فريق التحرير30 أكتوبر 2017آخر تحديث", "2017-10-30", "30 أكتوبر 2017"),
    ("يوم 30 تشرين الأول 2017", "2017-10-30", "30 تشرين الأول 2017"),
    ("في 30 تشرين الأول/أكتوبر 2017", "2017-10-30", "30 تشرين الأول/أكتوبر 2017"),
    ("بتاريخ 30/10/2017", "2017-10-30", "30/10/2017"),
    ("بتاريخ 2017-10-30", "2017-10-30", "2017-10-30"),
    ("بتاريخ ٣٠/١٠/٢٠١٧", "2017-10-30", "٣٠/١٠/٢٠١٧"),
    ("on 30 October 2017", "2017-10-30", "30 October 2017"),
    ("on October 30, 2017", "2017-10-30", "October 30, 2017"),
    ("on the 3rd of March 2016", "2016-03-03", "3rd of March 2016"),
    ("في 5 كانون الثاني 2018", "2018-01-05", "5 كانون الثاني 2018"),
    ("في 5 شباط 2018", "2018-02-05", "5 شباط 2018"),
    ("في 5 آذار 2018", "2018-03-05", "5 آذار 2018"),
    ("في 5 نيسان 2018", "2018-04-05", "5 نيسان 2018"),
    ("في 5 أيار 2018", "2018-05-05", "5 أيار 2018"),
    ("في 5 حزيران 2018", "2018-06-05", "5 حزيران 2018"),
    ("في 5 تموز 2018", "2018-07-05", "5 تموز 2018"),
    ("في 5 آب 2018", "2018-08-05", "5 آب 2018"),
    ("في 5 أيلول 2018", "2018-09-05", "5 أيلول 2018"),
    ("في 5 تشرين الثاني 2018", "2018-11-05", "5 تشرين الثاني 2018"),
    ("في 5 كانون الأول 2018", "2018-12-05", "5 كانون الأول 2018"),
    ("في 5 مايو عام 2018", "2018-05-05", "5 مايو عام 2018"),
])
def test_absolute_dates(text: str, iso: str, phrase: str) -> None:
    assert dates(text) == [(iso, phrase)]


@pytest.mark.parametrize(("text", "iso", "phrase"), [
    ("استشهد سبعة مدنيين، اليوم الإثنين، جراء", "2017-10-30", "اليوم الإثنين"),
    ("وأمس الأحد، وجّه المجلس", "2017-10-29", "أمس الأحد"),
    ("قصفت الطائرات فجر اليوم", "2017-10-30", "فجر اليوم"),
    ("قصفت الطائرات مساء أمس", "2017-10-29", "مساء أمس"),
    ("قصفت الطائرات أول أمس", "2017-10-28", "أول أمس"),
    ("قصفت الطائرات أول من أمس", "2017-10-28", "أول من أمس"),
    ("قصفت الطائرات يوم الجمعة الماضي", "2017-10-27", "يوم الجمعة الماضي"),
    ("قصفت الطائرات الجمعة الماضية", "2017-10-27", "الجمعة الماضية"),
    ("the strike happened today", "2017-10-30", "today"),
    ("the strike happened yesterday", "2017-10-29", "yesterday"),
    ("the strike happened last night", "2017-10-29", "last night"),
    ("the strike happened on Saturday", "2017-10-28", "on Saturday"),
    ("the strike happened on Monday", "2017-10-30", "on Monday"),
    ("the strike happened in the early hours of 12 March", "2017-03-12", "12 March"),
])
def test_relative_dates(text: str, iso: str, phrase: str) -> None:
    assert dates(text) == [(iso, phrase)]


def test_a_weekday_that_does_not_fit_is_flagged_but_the_computed_date_kept() -> None:
    x = extract("قصفت الطائرات أمس السبت", published=MONDAY)  # yesterday was Sunday
    assert [(d.date, d.weekday_mismatch) for d in x.dates] == [("2017-10-29", True)]
    x = extract("قصفت الطائرات أمس الأحد", published=MONDAY)
    assert [(d.date, d.weekday_mismatch) for d in x.dates] == [("2017-10-29", False)]
    x = extract("on Sunday, 30 October 2017", published=None)
    assert [(d.date, d.weekday_mismatch) for d in x.dates] == [("2017-10-30", True)]


def test_relative_dates_need_a_publication_date() -> None:
    assert dates("قصفت الطائرات أمس", published=None) == []
    assert dates("في 30 أكتوبر 2017", published=None) == [("2017-10-30", "30 أكتوبر 2017")]


def test_a_day_and_month_take_the_year_of_publication() -> None:
    assert dates("في 28 أكتوبر", published=MONDAY) == [("2017-10-28", "28 أكتوبر")]
    # A date just after publication belongs to the previous year only if it is far ahead.
    assert dates("في 28 ديسمبر", published=date(2018, 1, 3)) == [("2017-12-28", "28 ديسمبر")]


@pytest.mark.parametrize("text", [
    "ما بين الشهر السادس والعاشر من عام 2012", "في اليوم التالي", "مارست الضغط", "31/02/2017", "قتل 30 مدنياً",
])
def test_not_dates(text: str) -> None:
    assert dates(text) == []
