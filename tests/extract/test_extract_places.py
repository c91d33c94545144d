"""Places and actors found by normalised names, with spans, roles and new-place suggestions."""

from __future__ import annotations

import pytest

from casualtydb.extract import ActorName, PlaceName, extract

from .testdata import ACTORS, gazetteers

# A small gazetteer that does not depend on the shared files.
PLACES = (
    PlaceName("gov-dez", "دير الزور", "SY09", ("Deir-ez-Zor", "Deir ez-Zor"), "governorate", "SY"),
    PlaceName("dist-dez", "مركز دير الزور", "SY0901", ("Deir-ez-Zor",), "district", "SY09"),
    PlaceName("sub-dez", "مركز دير الزور", "SY090100", ("Deir-ez-Zor",), "sub-district", "SY0901"),
    PlaceName("sub-susat", "سوسة", "SY090203", ("Susat",), "sub-district", "SY0902"),
    PlaceName("dist-abukamal", "البوكمال", "SY0902", ("Abu Kamal",), "district", "SY09"),
    PlaceName("nb-hamidiya", "الحميدية", None, ("Al-Hamidiya",), "neighbourhood", "SY090100"),
    PlaceName("nb-sheikh", "الشيخ ياسين", None, ("Al-Sheikh Yassin",), "neighbourhood", "SY090100"),
    PlaceName("nb-ummal", "العمال", None, (), "neighbourhood", "SY090100"),
    PlaceName("sub-hameidiyyeh", "الحميدية", "SY100002", ("Hameidiyyeh",), "sub-district", "SY1000"),
    PlaceName("gov-tartous", "طرطوس", "SY10", ("Tartous",), "governorate", "SY"),
    PlaceName("gov-idleb", "إدلب", "SY07", ("Idleb", "Idlib"), "governorate", "SY"),
    PlaceName("dist-bab", "الباب", "SY0202", ("Al Bab",), "district", "SY02"),
    PlaceName("dist-thawrah", "الثورة", "SY1103", ("Ath-Thawrah",), "district", "SY11"),
)


def places(text: str, place_list=PLACES) -> list[tuple[str, str]]:
    x = extract(text, places=place_list, actors=ACTORS)
    for p in x.places:
        assert text[p.start:p.end] == p.text
    return [(p.text, p.key) for p in x.places]


def test_both_neighbourhoods_after_a_dual_cue_with_prefixes_and_marks() -> None:
    assert places("على حيّي الحميدية والشيخ ياسين") == [("الحميدية", "nb-hamidiya"), ("الشيخ ياسين", "nb-sheikh")]


def test_city_cue_picks_the_centre_and_a_bare_name_the_governorate() -> None:
    assert places("في مدينة دير الزور") == [("دير الزور", "sub-dez")]
    assert places("في محافظة دير الزور") == [("دير الزور", "gov-dez")]
    assert places("شرق دير الزور") == [("دير الزور", "gov-dez")]


def test_context_chooses_between_places_of_the_same_name() -> None:
    # The neighbourhood of Deir-ez-Zor city, not the sub-district in Tartous.
    got = extract("قصف على حي الحميدية في مدينة دير الزور", places=PLACES).places
    assert got[0].key == "nb-hamidiya" and set(got[0].candidates) == {"nb-hamidiya", "sub-hameidiyyeh"}
    got = extract("قرية في ناحية الحميدية بمحافظة طرطوس", places=PLACES).places
    assert got[0].key == "sub-hameidiyyeh"


@pytest.mark.parametrize("text", ["وبالشيخ ياسين", "قصف بالشيخ ياسين", "في الشيـــخ ياسين", "في شيخ ياسين",
                                  "في الشيخِ ياسينَ", "في حي الحميدية والشيخ ياسين"])
def test_prefixes_marks_and_tatweel(text: str) -> None:
    assert [k for _, k in places(text)][-1:] == ["nb-sheikh"]


def test_common_words_are_places_only_where_used_as_places() -> None:
    assert places("في بداية الثورة خرج الناس") == []
    assert places("أغلقوا الباب") == []
    assert places("قصف على مدينة الباب") == [("الباب", "dist-bab")]
    assert places("من العمال والموظفين") == []  # «workers», not the neighbourhood, without a cue
    assert places("في حي العمال") == [("العمال", "nb-ummal")]
    assert places("قصف على إدلب") == [("إدلب", "gov-idleb")]
    assert places("إدلب تحت القصف") == [("إدلب", "gov-idleb")]  # a governorate name stands alone


def test_english_names() -> None:
    assert places("Airstrikes hit Deir ez-Zor and Idlib") == [("Deir ez-Zor", "gov-dez"), ("Idlib", "gov-idleb")]
    assert places("the al-Hamidiya neighbourhood") == [("al-Hamidiya", "nb-hamidiya")]


def test_unknown_names_after_place_words_are_suggested() -> None:
    x = extract("قصف على قرية كفر نبل وبلدة حاس وحي الصالحين ومدينة سراقب بريف إدلب", places=PLACES)
    assert [(n.text, n.kind) for n in x.new_places] == [
        ("كفر نبل", "village"), ("حاس", "town"), ("الصالحين", "neighbourhood"), ("سراقب", "city")]
    assert x.new_places[-1].within_key == "gov-idleb"
    x = extract("An airstrike hit the village of Kafr Nabl in Idlib", places=PLACES)
    assert [(n.text, n.kind) for n in x.new_places] == [("Kafr Nabl", "village")]


def test_no_suggestion_after_the_definite_word_or_a_known_place() -> None:
    x = extract("غادروا المدينة منذ فترة، وفي مدينة دير الزور قصف، والقرية كبيرة", places=PLACES)
    assert x.new_places == ()


def test_a_village_named_like_its_sub_district_is_matched_and_suggested_inside_it() -> None:
    x = extract("قصف جوي طال قرية السوسة بريف مدينة البوكمال", places=PLACES)
    assert ("السوسة", "sub-susat") in [(p.text, p.key) for p in x.places]
    assert [(n.name, n.kind, n.within_key) for n in x.new_places] == [("السوسة", "village", "sub-susat")]


def test_with_the_shipped_gazetteer_the_village_is_known() -> None:
    g = gazetteers()["shipped"]
    x = extract("قصف جوي طال قرية السوسة بريف مدينة البوكمال", places=g)
    sousa = next(p for p in x.places if "السوسة" in p.text)
    entry = next(e for e in g if e.key == sousa.key)
    assert entry.level == "community" and entry.parent_pcode == "SY090203"
    assert x.new_places == ()


# --- actors --------------------------------------------------------------------------------------

def actors(text: str) -> list[tuple[str, str, str]]:
    x = extract(text, actors=ACTORS)
    for a in x.actors:
        assert text[a.start:a.end] == a.text
    return [(a.text, a.key, a.role) for a in x.actors]


def test_actor_names_with_prefixes_and_roles() -> None:
    assert actors("جرّاء قصف طائرات نظام الأسد وروسيا على حيّي") == [
        ("طائرات نظام الأسد", "actor-regime", "perpetrator"), ("روسيا", "actor-russia", "perpetrator")]
    assert actors("جرّاء قصف جوّي روسي طال قرية") == [("روسي", "actor-russia", "perpetrator")]
    assert actors("في أحياء الخاضعة لسيطرة داعش") == [("داعش", "actor-isis", "controls")]
    assert actors("وقال إن قيادات تنظيم الدولة غادروا") == [("تنظيم الدولة", "actor-isis", "mentioned")]
    assert actors("على يد قوات النظام") == [("قوات النظام", "actor-regime", "perpetrator")]


def test_the_subject_of_a_verb_is_the_perpetrator_but_not_a_member_killed() -> None:
    assert actors("كما اعتقلت قوات النظام 15 شاباً") == [("قوات النظام", "actor-regime", "perpetrator")]
    assert actors("قتل عنصر من داعش") == [("داعش", "actor-isis", "mentioned")]


def test_longest_actor_name_wins() -> None:
    assert actors("عناصر تنظيم الدولة الإسلامية") == [("تنظيم الدولة الإسلامية", "actor-isis", "mentioned")]
    assert actors("هاجمت قسد مواقع") == [("قسد", "actor-sdf", "perpetrator")]
    assert actors("قصف لقوات سوريا الديمقراطية") == [("قوات سوريا الديمقراطية", "actor-sdf", "perpetrator")]


def test_nisba_forms_of_an_adjective_name() -> None:
    assert [a[1] for a in actors("غارات روسية على المدينة")] == ["actor-russia"]


def test_english_actors_and_roles() -> None:
    assert actors("Russian jets struck the town") == [("Russian", "actor-russia", "perpetrator")]
    assert actors("in ISIS-held areas") == [("ISIS", "actor-isis", "controls")]
    assert actors("an airstrike by the US-led coalition") == [("US-led coalition", "actor-coalition", "perpetrator")]


def test_acronyms_match_only_in_capitals() -> None:
    assert actors("IS fighters entered the village") == [("IS", "actor-isis", "mentioned")]
    assert actors("this is what the SDF said") == [("SDF", "actor-sdf", "mentioned")]
    assert actors("Islamic State fighters") == [("Islamic State", "actor-isis", "mentioned")]


def test_actors_are_not_places() -> None:
    places_with_syria = (*PLACES, PlaceName("sy", "سوريا", "SY", ("Syria",), "country", None))
    x = extract("قصف لقوات سوريا الديمقراطية", places=places_with_syria, actors=ACTORS)
    assert x.places == () and [a.key for a in x.actors] == ["actor-sdf"]


def test_no_lists_no_matches() -> None:
    x = extract("قصف على حي الحميدية بطائرات روسية")
    assert x.places == () and x.actors == ()


def test_actor_keys_may_be_any_string() -> None:
    a = (ActorName("0b6f3e1c-0000-4000-8000-000000000001", "داعش"),)
    assert extract("سيطرة داعش", actors=a).actors[0].key == "0b6f3e1c-0000-4000-8000-000000000001"
