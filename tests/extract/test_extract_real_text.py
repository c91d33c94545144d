"""Issue 10's failure classes as a documentation worker meets them: real-style Arabic sentences and
whole pasted pages (none of them from the held-out sets)."""

from __future__ import annotations

from datetime import date

import pytest

from casualtydb.extract import LIKELY, extract
from casualtydb.extract.page import clean_page, page_date


def figures(text: str, **kw) -> list[tuple[str, int | None, int | None]]:
    return [(c.category, c.min, c.max) for c in extract(text, **kw).claims]


@pytest.mark.parametrize("text, expected", [
    # 1. singular and coordinated nouns
    ("سقط شهيد وجريحان بقصف على أطراف مدينة بنش.", [("killed", 1, 1), ("injured", 2, 2)]),
    ("مقتل شرطي بعبوة ناسفة في مدينة الباب.", [("killed", 1, 1)]),
    ("مقتل أحد المسعفين بقصف استهدف سيارة إسعاف.", [("killed", 1, 1)]),
    ("استشهاد رجل وابنه بقصف مدفعي على قرية الرويحة.", [("killed", 2, 2)]),
    ("قتل شاب وشقيقته بانفجار لغم في ريف منبج.", [("killed", 2, 2)]),
    ("مقتل 9 جنود وضباط بهجوم على حاجز في البادية.", [("killed", 9, 9)]),
    ("قتل شاب وأصيب آخر برصاص مجهولين في مدينة نوى.", [("killed", 1, 1), ("injured", 1, 1)]),
    # 3. tolls that rise, the category far before the number
    ("ارتفعت حصيلة القتلى في القصف الذي استهدف السوق الشعبي في مدينة سرمدا ظهر اليوم إلى 17 بينهم 6 أطفال.",
     [("killed", 17, 17), ("killed", 6, 6)]),
    ("وكان عدد القتلى قد ارتفع إلى 5 والجرحى إلى 12.", [("killed", 5, 5), ("injured", 12, 12)]),
    ("قتل مدنيون في قصف على البلدة. وارتفع العدد مساءً إلى أربعة بينهم طفل.",
     [("killed", 4, 4), ("killed", 1, 1)]),
    # 4. killed and injured together
    ("سقوط 9 قتلى وجرحى بقصف صاروخي على مدينة عفرين.", [("casualties", 9, 9)]),
    ("خلف الانفجار 4 ضحايا بين قتيل وجريح.", [("casualties", 4, 4)]),
    ("أسفر القصف عن مقتل وإصابة 13 مدنياً.", [("casualties", 13, 13)]),
    # 5. numbers that are not victims
    ("خلال شهر 3/2025 قُتل 22 مدنياً في المحافظة.", [("killed", 22, 22)]),
    ("في الساعة 09:15 من صباح 15 آذار أصيب مدنيان بقصف على البلدة.", [("injured", 2, 2)]),
    ("قُتل الشاب خالد (17 عاماً) برصاص قناص.", [("killed", 1, 1)]),
    ("رصد المرصد (120) هجوماً خلال الشهر أدت إلى مقتل 9 أشخاص.", [("killed", 9, 9)]),
    ("يقطن المدينة أكثر من 300 ألف نسمة، وقد قتل فيها اليوم 3 مدنيين.", [("killed", 3, 3)]),
    ("خصصت المنظمة 250 ألف دولار لترميم المدارس المتضررة.", []),
    ("شاهد أكثر من 200 ألف شخص المقطع الذي يوثق القصف الذي أودى بحياة 4 مدنيين.", [("killed", 4, 4)]),
    # 7. glued and broken forms
    ("مقتل 4مدنيين و25 جريحا بقصف على البلدة.", [("killed", 4, 4), ("injured", 25, 25)]),
    ("استشــــهاد ثلاثــة أطفال بقصف على القرية.", [("killed", 3, 3)]),
    ("#ثلاثة_قتلى بقصف على #معرة_النعمان", [("killed", 3, 3)]),
    ("قتل خمسه مدنين بقصف على المدينة.", [("killed", 5, 5)]),
    # the same classes in English
    ("A man and his son were killed in the shelling.", [("killed", 2, 2)]),
    ("At least 12 people were killed or wounded in the blast.", [("casualties", 12, None)]),
    ("The death toll from the strike on the market rose to 34, including 9 children.",
     [("killed", 34, 34), ("killed", 9, 9)]),
    ("The town, home to 45,000 people, was hit by 30 rockets; 3 civilians died.", [("killed", 3, 3)]),
])
def test_each_class(text: str, expected: list) -> None:
    assert figures(text) == expected


def test_a_breakdown_without_a_total_offers_the_sum_marked_as_a_sum() -> None:
    x = extract("مقتل أربعة أطفال وثلاث نساء وإصابة رجلين وطفل بقصف على قرية معرة حرمة.")
    got = [(c.category, c.group, c.min, c.summed, c.part_of) for c in x.claims]
    assert got == [
        ("killed", "civilians", 7, True, None), ("killed", "children", 4, False, 0),
        ("killed", "women", 3, False, 0),
        ("injured", "unknown", 3, True, None), ("injured", "men", 2, False, 3), ("injured", "children", 1, False, 3),
    ]
    # The sum's words are the parts' words; offsets still point into the text.
    text = "مقتل أربعة أطفال وثلاث نساء وإصابة رجلين وطفل بقصف على قرية معرة حرمة."
    assert x.claims[0].text == "أربعة أطفال وثلاث نساء" and text[x.claims[0].start:x.claims[0].end] == x.claims[0].text


def test_every_suggestion_has_a_confidence() -> None:
    x = extract("قتل 5 مدنيين بقصف على البلدة، وفي القصف على المدينة 3 أيضاً جرحى.")
    assert x.claims and all(0 < c.confidence <= 1 for c in x.claims)
    sure = extract("قتل 5 مدنيين بقصف على البلدة.").claims[0]
    assert sure.confidence >= LIKELY
    assert extract("قتل 5 مدنيين.").to_json()["claims"][0]["confidence"] == sure.confidence


PAGE = """الرئيسية
أخبار
تقارير
مقتل ثلاثة مدنيين بقصف على بلدة كفرنبل
مقتل ثلاثة مدنيين بقصف على بلدة كفرنبل
آخر تحديث: 4 شباط 2025 - 10:15
5.1K مشاهدة
قتل ثلاثة مدنيين، بينهم طفل، وأصيب ستة آخرون، اليوم الثلاثاء، بقصف مدفعي على بلدة كفرنبل.
ويقطن البلدة نحو 15 ألف نسمة، وتعرضت لأكثر من 40 قذيفة خلال الأسبوع.
اقرأ أيضاً
مقتل 5 عناصر بهجوم في ريف حماة
إصابة طفلين بانفجار لغم في درعا
نستخدم ملفات تعريف الارتباط لتحسين تجربتك. موافق
© 2025 جميع الحقوق محفوظة"""


def test_a_pasted_page_gives_the_articles_figures_once() -> None:
    x = extract(PAGE)
    assert [(c.category, c.group, c.min) for c in x.claims] == [
        ("killed", "civilians", 3), ("killed", "children", 1), ("injured", "civilians", 6)]
    # Its own date: «اليوم الثلاثاء» resolves without a published date.
    assert x.published == "2025-02-04"
    assert x.claims[0].date == "2025-02-04"
    for c in x.claims:
        assert PAGE[c.start:c.end] == c.text


def test_cleaning_keeps_offsets_and_leaves_sentences_alone() -> None:
    cleaned = clean_page(PAGE)
    assert len(cleaned.text) == len(PAGE)
    assert "اقرأ أيضاً" not in cleaned.text and "مقتل 5 عناصر" not in cleaned.text
    assert cleaned.text.count("مقتل ثلاثة مدنيين بقصف على بلدة كفرنبل") == 1
    assert "5.1K" not in cleaned.text and "ملفات تعريف الارتباط" not in cleaned.text
    sentence = "قتل ثلاثة مدنيين بقصف على البلدة."
    assert clean_page(sentence).text == sentence


def test_a_post_and_a_round_up() -> None:
    post = ("Syria Civil Defence\n@SyriaCivilDef\nاستشهاد طفل وإصابة 4 مدنيين بقصف على مدينة #إدلب\n"
            "7:05 PM · Mar 9, 2025\n20.3K Views\nCopy link to Tweet\nEmbed Tweet\n310 Reposts 1,204 Likes\n"
            "Replying to @SyriaCivilDef\nقتل 100 شخص كذب")
    assert figures(post) == [("killed", 1, 1), ("injured", 4, 4)]
    assert page_date(post) == date(2025, 3, 9)
    roundup = ("حصيلة الأربعاء 5 آذار 2025\nحلب:: قتل مدنيان بقصف على دارة عزة.\n"
               "إدلب:: أصيب 3 أطفال بانفجار لغم في سرمين.\nحماة:: لم تسجل أي إصابات.")
    x = extract(roundup)
    assert [(c.category, c.min) for c in x.claims] == [("killed", 2), ("injured", 3)]
    assert x.claims[0].event != x.claims[1].event  # separate events stay apart
    assert page_date("قتل 3 مدنيين في 5 آذار 2025.") is None  # a sentence's date is the incident's
