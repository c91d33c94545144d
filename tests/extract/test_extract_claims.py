"""Claims: numbers in every form, qualifiers, vague counts, categories, groups, breakdowns, negation."""

from __future__ import annotations

import pytest

from casualtydb.extract import extract


def figures(text: str, **kw) -> list[tuple]:
    """(category, group, min, max, approximate) of each claim; also checks every span."""
    x = extract(text, **kw)
    for c in x.claims:
        assert text[c.start:c.end] == c.text
        assert c.quote in text and text[c.quote_start:c.quote_start + len(c.quote)] == c.quote
    return [(c.category, c.group, c.min, c.max, c.approximate) for c in x.claims]


K, I, M, D, B, P = "killed", "injured", "missing", "detained", "besieged", "displaced"


# --- numbers -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "n"), [
    ("قتل 7 مدنيين", 7), ("قتل ٧ مدنيين", 7), ("قتل ۷ مدنيين", 7),
    ("قتل 1,250 مدنياً", 1250), ("قتل ١٬٢٥٠ مدنياً", 1250), ("قتل 1.250 مدنياً", 1250),
    ("قتل سبعة مدنيين", 7), ("قتل أحد عشر مدنياً", 11), ("قتل إحدى عشرة امرأة", 11), ("قتل اثنا عشر مدنياً", 12),
    ("قتل خمسة وعشرون مدنياً", 25), ("قتل ثلاثمئة وخمسين مدنياً", 350), ("قتل ثلاثمائة وخمسين مدنياً", 350),
    ("قتل ثلاث مئة مدني", 300), ("قتل ثلاثة آلاف وخمسمئة مدني", 3500), ("قتل مئتا مدني", 200),
    ("قتل مائة مدني", 100), ("قتل مئة وخمسون ألف مدني", 150000), ("قتل ألف وخمسمئة مدني", 1500),
    ("قتل سبعة عشر مدنياً", 17), ("نزح 3 آلاف مدني", 3000), ("نزح 1.5 مليون مدني", 1500000),
    ("نزح مليون مدني", 1000000), ("قتل تسعة وتسعون مدنياً", 99),
    ("seven civilians were killed", 7), ("twenty-three civilians were killed", 23),
    ("a hundred and fifty civilians were killed", 150), ("two hundred thousand people fled", 200000),
    ("1,250 civilians were killed", 1250), ("eleven civilians were killed", 11),
])
def test_number_forms(text: str, n: int) -> None:
    got = figures(text)
    assert len(got) == 1 and got[0][2] == got[0][3] == n, got


@pytest.mark.parametrize(("text", "group", "n"), [
    ("قتل شابان في القصف", "men", 2), ("قتلت امرأتان", "women", 2), ("قتل طفلين", "children", 2),
    ("استشهد مدنيَين", "civilians", 2), ("استشهد مدنيَّيْن", "civilians", 2), ("أصيب مدنيان", "civilians", 2),
    ("قتل طفل", "children", 1), ("قتلت امرأة", "women", 1), ("أصيب شاب", "men", 1),
    ("a child was killed", "children", 1), ("the strike killed a woman", "women", 1),
])
def test_duals_and_singulars_count(text: str, group: str, n: int) -> None:
    assert figures(text) == [(figures(text)[0][0], group, n, n, False)]


def test_an_unvoweled_plural_that_could_be_a_dual_gives_no_figure() -> None:
    # «مدنيين» without vowels is the plural (or an unmarked dual): no invented number.
    assert figures("قتل مدنيين في القصف") == []
    assert figures("استشهد مدنيِّين") == []  # voweled as a plural


# --- qualifiers ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قتل ما لا يقل عن 12 مدنياً", "قتل أكثر من 12 مدنياً", "قتل أزيد من 12 مدنياً", "قتل 12 مدنياً على الأقل",
    "قتل ما يزيد عن 12 مدنياً", "at least 12 civilians were killed", "not less than 12 civilians were killed",
    "more than 12 civilians were killed", "over 12 civilians were killed", "no fewer than 12 civilians were killed",
    "12 civilians or more were killed",
])
def test_lower_bounds(text: str) -> None:
    assert figures(text) == [(K, "civilians", 12, None, False)]


@pytest.mark.parametrize("text", [
    "قتل نحو 12 مدنياً", "قتل حوالي 12 مدنياً", "قتل قرابة 12 مدنياً", "قتل ما يقارب 12 مدنياً",
    "قتل زهاء 12 مدنياً", "about 12 civilians were killed", "nearly 12 civilians were killed",
    "approximately 12 civilians were killed", "some 12 civilians were killed", "around 12 civilians were killed",
])
def test_approximations(text: str) -> None:
    assert figures(text) == [(K, "civilians", 12, 12, True)]


@pytest.mark.parametrize("text", [
    "قتل بين 10 و15 مدنياً", "قتل ما بين 10 و 15 مدنياً", "قتل من 10 إلى 15 مدنياً", "قتل 10 أو 15 مدنياً",
    "between 10 and 15 civilians were killed", "from 10 to 15 civilians were killed", "10-15 civilians were killed",
    "قتل بين عشرة وخمسة عشر مدنياً",
])
def test_ranges(text: str) -> None:
    assert figures(text) == [(K, "civilians", 10, 15, False)]


def test_a_toll_that_rose_from_one_figure_to_another_is_the_new_figure() -> None:
    assert figures("ارتفع عدد القتلى من 20 إلى 25") == [(K, "unknown", 25, 25, False)]
    assert figures("the death toll rose from 20 to 25") == [(K, "unknown", 25, 25, False)]


def test_up_to_is_an_upper_bound() -> None:
    assert figures("up to 50 people may have died") == [(K, "unknown", None, 50, False)]


@pytest.mark.parametrize(("text", "vague", "group"), [
    ("قتل عشرات المدنيين", "عشرات", "civilians"), ("أصيب العشرات", "العشرات", "unknown"),
    ("نزح مئات المدنيين", "مئات", "civilians"), ("نزح الآلاف من المدنيين", "الآلاف", "civilians"),
    ("dozens of civilians were killed", "dozens", "civilians"), ("scores were wounded", "scores", "unknown"),
    ("hundreds of people fled", "hundreds", "unknown"), ("several civilians were killed", "several", "civilians"),
    ("نزح عشرات الآلاف من المدنيين", "عشرات الآلاف", "civilians"),
])
def test_vague_counts_keep_the_word_and_invent_no_figure(text: str, vague: str, group: str) -> None:
    x = extract(text)
    assert len(x.claims) == 1
    c = x.claims[0]
    assert (c.min, c.max, c.approximate, c.vague, c.group) == (None, None, False, vague, group)


# --- categories and groups -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("استشهد 3 مدنيين", K), ("قُتل 3 مدنيين", K), ("مقتل 3 مدنيين", K), ("قضى 3 مدنيين", K),
    ("لقي 3 مدنيين حتفهم", K), ("لقوا حتفهم 3 مدنيين", K), ("ارتقى 3 مدنيين", K), ("سقط 3 قتلى", K),
    ("سقط 3 شهداء", K), ("انتشال 3 جثث", K), ("3 killed", K), ("3 people died", K), ("3 dead", K),
    ("3 deaths were recorded", K), ("3 bodies were found", K),
    ("أصيب 3 مدنيين", I), ("إصابة 3 مدنيين", I), ("3 جرحى", I), ("جريحان", I), ("3 injured", I), ("3 wounded", I),
    ("فقد 3 مدنيين", M), ("3 مفقودين", M), ("فقد أثر 3 مدنيين", M), ("3 people are missing", M),
    ("اعتقل 3 مدنيين", D), ("اعتقال 3 مدنيين", D), ("احتجاز 3 مدنيين", D), ("اختطف 3 مدنيين", D),
    ("3 people were detained", D), ("3 people were arrested", D),
    ("700 مدني محاصرين", B), ("3 people are besieged", B), ("3 people were trapped", B),
    ("نزح 3 مدنيين", P), ("3 نازحين", P), ("تهجير 3 مدنيين", P), ("3 people were displaced", P),
    ("3 people fled", P),
])
def test_categories(text: str, category: str) -> None:
    got = figures(text)
    assert len(got) == 1 and got[0][0] == category, got


@pytest.mark.parametrize(("text", "group"), [
    ("قتل 3 مدنيين", "civilians"), ("قتل 3 مواطنين", "civilians"), ("قتل 3 أطفال", "children"),
    ("قتلت 3 نساء", "women"), ("قتلت 3 سيدات", "women"), ("قتل 3 رجال", "men"), ("قتل 3 شبان", "men"),
    ("قتل 3 عناصر", "combatants"), ("قتل 3 مقاتلين", "combatants"), ("قتل 3 جنود", "combatants"),
    ("قتل 3 أشخاص", "unknown"), ("3 fighters were killed", "combatants"), ("3 soldiers were killed", "combatants"),
    ("3 children were killed", "children"), ("3 women were killed", "women"), ("3 men were killed", "men"),
    ("3 people were killed", "unknown"),
])
def test_groups(text: str, group: str) -> None:
    got = figures(text)
    assert len(got) == 1 and got[0][1] == group, got


def test_two_figures_each_with_its_own_verb() -> None:
    assert figures("قتل 7 مدنيين وأصيب 12 آخرون") == [(K, "civilians", 7, 7, False), (I, "civilians", 12, 12, False)]
    assert figures("killed 7 civilians and wounded 12 others") == [(K, "civilians", 7, 7, False),
                                                                    (I, "civilians", 12, 12, False)]
    assert figures("Seven civilians were killed and 12 wounded") == [(K, "civilians", 7, 7, False),
                                                                     (I, "civilians", 12, 12, False)]


def test_others_refer_to_the_full_figure_not_its_breakdown() -> None:
    assert figures("قتل 3 مدنيين بينهم طفل، وأصيب 5 آخرون") == [
        (K, "civilians", 3, 3, False), (K, "children", 1, 1, False), (I, "civilians", 5, 5, False)]
    assert figures("قتل 3 أطفال وأصيب 5 آخرون") == [(K, "children", 3, 3, False), (I, "unknown", 5, 5, False)]


def test_the_seed_family_is_killed_not_displaced() -> None:
    text = "كما استشهد خمسة مدنيين من عائلة واحدة “نازحة” جرّاء قصف جوّي روسي"
    assert figures(text) == [(K, "civilians", 5, 5, False)]


# --- breakdowns ----------------------------------------------------------------------------------

def test_breakdown_points_to_its_parent() -> None:
    for text in ("٢٣ قتيلاً بينهم ٨ أطفال", "23 killed, including 8 children", "قتل 23 شخصاً من بينهم 8 أطفال",
                 "23 people were killed, 8 of them children", "قتل 23 شخصاً، 8 منهم أطفال"):
        x = extract(text)
        assert [(c.category, c.group, c.min, c.part_of) for c in x.claims] == [
            (K, "unknown", 23, None), (K, "children", 8, 0)], text


def test_breakdown_lists_and_implicit_counts() -> None:
    x = extract("قتل 10 مدنيين بينهم طفلان وامرأة و3 رجال")
    assert [(c.group, c.min, c.part_of) for c in x.claims] == [
        ("civilians", 10, None), ("children", 2, 0), ("women", 1, 0), ("men", 3, 0)]


def test_breakdown_in_the_next_sentence() -> None:
    x = extract("At least 17 people were killed. Among the dead were six children.")
    assert [(c.group, c.min, c.part_of) for c in x.claims] == [("unknown", 17, None), ("children", 6, 0)]


# --- negation ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "لم يسجل سقوط ضحايا", "لم تسجل إصابات", "نفى المتحدث مقتل 7 مدنيين في الغارة", "no casualties were reported",
    "the ministry denied that 7 civilians were killed", "لم يقتل أحد", "nobody was hurt",
    "نفت روسيا مقتل أي مدنيين", "لم تسفر الغارة عن إصابات",
])
def test_negated_or_denied_gives_nothing(text: str) -> None:
    assert figures(text) == []


def test_negators_inside_qualifiers_do_not_negate() -> None:
    assert figures("قتل ما لا يقل عن 7 مدنيين") == [(K, "civilians", 7, None, False)]
    assert figures("لا يزال 13 شخصاً في عداد المفقودين") == [(M, "unknown", 13, 13, False)]
    assert figures("not less than 7 civilians were killed") == [(K, "civilians", 7, None, False)]


# --- not counts ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قتل في عام 2012", "يبلغ الطفل 12 عاماً", "نزحت 150 عائلة", "قصفت الطائرات 12 منزلاً",
    "شنت الطائرات 30 غارة", "قتل 50 في المئة من السكان", "the hospital has 200 beds", "killed in 2016",
    "ما بين الشهر السادس والعاشر من عام 2012", "the boys, aged 9 and 12, were killed", "يبلغ عدد سكان المدينة 300 ألف نسمة",
])
def test_numbers_that_are_not_casualty_counts(text: str) -> None:
    assert figures(text) == []


def test_language_restricts_the_script_read() -> None:
    text = "قتل 7 مدنيين. 12 civilians were killed."
    assert len(figures(text)) == 2
    assert figures(text, language="ar") == [(K, "civilians", 7, 7, False)]
    assert figures(text, language="en") == [(K, "civilians", 12, 12, False)]
