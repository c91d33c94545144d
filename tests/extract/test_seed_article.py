"""The canonical example: Horriya Press, 30 October 2017, Deir ez-Zor (two strikes and a siege)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from casualtydb.extract import Extraction, PlaceName, extract

from .testdata import ACTORS, REPO, SEED, gazetteers

PUBLISHED = date(2017, 10, 30)
NEIGHBOURHOODS = ("المطار القديم", "علي بك", "الشيخ ياسين", "الحميدية", "الجبيلة", "العمال", "الموظفين",
                  "الرشدية", "الحويقة", "أبو عايد")

GAZETTEERS = gazetteers()


def test_the_article_is_the_copy_shipped_with_the_demo() -> None:
    # Never the shared folder beside the repository (absent from a clone): the demo's own copy of the Horriya Press article.
    assert SEED.relative_to(REPO).parts[:2] == ("resources", "demo")
    assert "دير الزور" in SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=sorted(GAZETTEERS))
def seed(request: pytest.FixtureRequest) -> tuple[str, Extraction, dict[str, PlaceName]]:
    places = GAZETTEERS[request.param]
    text = SEED.read_text(encoding="utf-8")
    return text, extract(text, published=PUBLISHED, places=places, actors=ACTORS), {p.key: p for p in places}


def _neighbourhood(by_key: dict[str, PlaceName], key: str) -> str | None:
    p = by_key[key]
    return p.name if p.level == "neighbourhood" and p.parent_pcode == "SY090100" else None


def _is_deir_city(p: PlaceName) -> bool:
    """The Deir-ez-Zor centre: the centre sub-district, or the city itself where the gazetteer has it."""
    return p.pcode == "SY090100" or (p.level == "community" and p.parent_pcode == "SY090100")


def _is_sousa(p: PlaceName) -> bool:
    """Al-Sousa: the village inside Susat sub-district, or Susat itself in a gazetteer without villages."""
    return p.pcode == "SY090203" or (p.level == "community" and p.parent_pcode == "SY090203")


def test_exactly_the_three_figures(seed) -> None:
    text, x, _ = seed
    got = [(c.category, c.group, c.min, c.max, c.approximate, c.vague, c.part_of) for c in x.claims]
    assert got == [
        ("killed", "civilians", 7, 7, False, None, None),
        ("killed", "civilians", 5, 5, False, None, None),
        ("besieged", "civilians", 700, 700, True, None, None),
    ]
    assert [c.text for c in x.claims] == ["سبعة مدنيين", "خمسة مدنيين", "ما يقارب 700 مدني محاصرين"]
    for c in x.claims:
        assert text[c.start:c.end] == c.text
        assert c.text in c.quote
    # The displaced family: the five are killed; no displaced figure is invented.
    assert not any(c.category == "displaced" for c in x.claims)


def test_seven_civilians_killed_in_two_neighbourhoods_of_the_city_by_regime_and_russian_aircraft(seed) -> None:
    _, x, by_key = seed
    c = x.claims[0]
    assert c.date == "2017-10-30"
    assert {_neighbourhood(by_key, k) for k in c.place_keys} >= {"الحميدية", "الشيخ ياسين"}
    assert any(_is_deir_city(by_key[k]) for k in c.place_keys)
    assert set(c.actor_keys) == {"actor-regime", "actor-russia"}


def test_five_of_one_family_killed_in_al_sousa_by_a_russian_strike(seed) -> None:
    _, x, by_key = seed
    c = x.claims[1]
    assert c.date == "2017-10-30"
    assert any(_is_sousa(by_key[k]) for k in c.place_keys)
    assert c.actor_keys == ("actor-russia",)


def test_about_700_besieged_in_the_ten_neighbourhoods_under_isis_control(seed) -> None:
    _, x, by_key = seed
    c = x.claims[2]
    assert c.date == "2017-10-29"  # the council's appeal, «أمس الأحد»
    assert {_neighbourhood(by_key, k) for k in c.place_keys} >= set(NEIGHBOURHOODS)
    siege = x.events[c.event]
    assert ("actor-isis", "controls") in [(a.key, a.role) for a in siege.actors]
    assert not any(a.key == "actor-isis" and a.role == "perpetrator" for a in siege.actors)


def test_three_events_two_airstrikes_and_a_siege(seed) -> None:
    _, x, by_key = seed
    assert [(e.claims, e.type, e.date) for e in x.events] == [
        ((0,), "airstrike", "2017-10-30"), ((1,), "airstrike", "2017-10-30"), ((2,), "siege", "2017-10-29")]
    assert {a.key for a in x.events[0].actors} == {"actor-regime", "actor-russia"}
    assert [a.key for a in x.events[1].actors] == ["actor-russia"]
    assert any(_is_sousa(by_key[k]) for k in x.events[1].place_keys)
    assert not any(_neighbourhood(by_key, k) for k in x.events[1].place_keys)


def test_dates_with_their_phrases(seed) -> None:
    _, x, _ = seed
    assert [(d.date, d.text, d.weekday_mismatch) for d in x.dates] == [
        ("2017-10-30", "30 أكتوبر 2017", False), ("2017-10-30", "اليوم الإثنين", False),
        ("2017-10-29", "أمس الأحد", False)]


def test_places_actors_and_new_places_have_true_spans(seed) -> None:
    text, x, by_key = seed
    for item in (*x.places, *x.actors, *x.new_places, *x.dates):
        assert text[item.start:item.end] == item.text
    city = [p for p in x.places if p.text.endswith("دير الزور") and p.cue == "city"]
    assert city and all(_is_deir_city(by_key[p.key]) for p in city)
    assert ("داعش", "controls") in [(a.text, a.role) for a in x.actors]
    sousa = next(p for p in x.places if "السوسة" in p.text)
    if by_key[sousa.key].level == "sub-district":  # no village in this gazetteer: suggest it, inside Susat
        assert [(n.name, n.kind, n.within_key) for n in x.new_places] == [("السوسة", "village", sousa.key)]
    else:
        assert x.new_places == ()


def test_json_shape(seed) -> None:
    _, x, _ = seed
    data = json.loads(json.dumps(x.to_json(), ensure_ascii=False))
    assert set(data) >= {"claims", "dates", "places", "actors", "new_places", "events"}
    assert set(data["claims"][0]) >= {"category", "group", "min", "max", "approximate", "vague", "text", "start",
                                      "end", "quote", "part_of", "place_keys", "date", "actor_keys"}
    assert set(data["dates"][0]) >= {"date", "text", "start", "end"}
    assert set(data["places"][0]) >= {"name", "pcode", "key", "text", "start", "end"}
    assert set(data["actors"][0]) >= {"name", "key", "text", "start", "end"}
    assert data["claims"][2]["max"] == 700 and data["claims"][2]["approximate"] is True
