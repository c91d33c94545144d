"""Named victims suggested from report text (casualtydb.extract.victims), each class as a worker
meets it, and the training set's figures held above a floor."""

from __future__ import annotations

import json

import pytest

from casualtydb.extract import extract
from casualtydb.extract.evaluate import default_corpus_dir
from casualtydb.extract.victims_eval import load, score

from .testdata import gazetteers


def mentions(text: str) -> list:
    found = list(extract(text).mentions)
    for m in found:
        assert text[m.start:m.end] == m.text  # the entry page highlights this span
        if m.name is not None:
            assert m.text == m.name
    return found


def test_a_child_with_age_in_brackets_and_a_named_brother() -> None:
    text = "استشهد الطفل محمد أحمد العلي (12 عاماً) وأصيب شقيقه خالد بجروح."
    child, brother = mentions(text)
    assert (child.name, child.age, child.age_group, child.sex, child.fate) == \
        ("محمد أحمد العلي", 12, "child", "male", "killed")
    assert dict(child.parts) == {"given": "محمد", "father": "أحمد", "family": "العلي"}
    # A brother shares the father and the family; he was injured, not killed.
    assert (brother.name, brother.relation, brother.relative_of, brother.fate) == ("خالد", "brother", 0, "injured")
    assert dict(brother.parts) == {"given": "خالد", "father": "أحمد", "family": "العلي"}


def test_a_list_after_wahum_split_at_commas_and_waw() -> None:
    text = "وثق المركز مقتل ثلاثة مدنيين وهم: سعيد محمود الأحمد، وفاطمة علي الحسن، ويوسف عبد الله النجار."
    assert [m.name for m in mentions(text)] == ["سعيد محمود الأحمد", "فاطمة علي الحسن", "يوسف عبد الله النجار"]
    assert {m.fate for m in mentions(text)} == {"killed"}


def test_a_numbered_list_on_new_lines_with_ages() -> None:
    text = "الضحايا هم:\n1. عبد الكريم فايز العمر (50 عاماً)\n2. هالة سعيد العمر\n3. الطفل أنس عبد الكريم العمر (8 أعوام)"
    got = [(m.name, m.age) for m in mentions(text)]
    assert got == [("عبد الكريم فايز العمر", 50), ("هالة سعيد العمر", None), ("أنس عبد الكريم العمر", 8)]


def test_age_after_the_name_and_feminine_forms() -> None:
    (m,) = mentions("أصيبت الشابة نور الهدى سمير العلي، 22 عاماً، بجروح في قدمها.")
    assert (m.name, m.age, m.sex, m.fate, m.age_group) == ("نور الهدى سمير العلي", 22, "female", "injured", "adult")
    (m,) = mentions("قُتل المواطن جميل سالم الحمدان، البالغ من العمر 45 عاماً، بانفجار عبوة ناسفة.")
    assert (m.age, m.status) == (45, "civilian")


def test_a_relative_without_a_name_is_counted() -> None:
    mother, daughter = mentions("استشهدت السيدة سعاد خليل البيطار وابنتها جراء سقوط برميل متفجر.")
    assert (mother.sex, mother.fate) == ("female", "killed")
    assert (daughter.name, daughter.relation, daughter.sex, daughter.fate) == (None, "daughter", "female", "killed")
    # A woman's daughter is not named after her: nothing of the mother's name is implied.
    assert dict(daughter.parts) == {}
    man, son, son2 = mentions("The dead were identified as Fadi Rahal and his two sons.")
    assert (son.relation, son2.relation, son.relative_of) == ("son", "son", 0)
    # Two words without the article are given name and father: the sons' father and grandfather.
    assert dict(son.parts) == {"father": "Fadi", "grandfather": "Rahal"}


def test_fates_and_status() -> None:
    (m,) = mentions("اعتقلت قوات النظام الشاب أحمد محمد الشيخ من منزله في حي القابون.")
    assert (m.name, m.fate) == ("أحمد محمد الشيخ", "detained")  # «الشيخ» at the end is the family name
    (m,) = mentions("فقد الشاب طارق سمير النعسان أثناء محاولته عبور الحدود.")
    assert m.fate == "missing"
    (m,) = mentions("قتل القيادي في جيش الإسلام سعد عمر الدوماني بغارة جوية.")
    assert (m.name, m.status) == ("سعد عمر الدوماني", "combatant")


def test_english() -> None:
    m, brother = mentions("Mohammad Ahmad al-Ali, 12, was killed in the strike along with his brother.")
    assert (m.name, m.age, m.age_group, m.fate, m.sex) == ("Mohammad Ahmad al-Ali", 12, "child", "killed", "male")
    assert (brother.name, brother.relation) == (None, "brother")
    (m,) = mentions("The family of 17-year-old Khalil Mansour says he has been missing since May.")
    assert (m.name, m.age, m.fate) == ("Khalil Mansour", 17, "missing")


def test_speakers_survivors_and_places_are_no_victims() -> None:
    assert mentions("وقال الطبيب علاء ناصر الحموي إن المستشفى استقبل 7 جرحى.") == []
    assert mentions("Ahmad Saleh, a spokesman for the civil defence, said two people died.") == []
    assert [m.name for m in mentions("قتل الشاب بلال يحيى الصالح ونجا صديقه مالك من الحادث.")] == ["بلال يحيى الصالح"]
    assert mentions("افتتح المجلس المحلي مدرسة محمد بن القاسم بعد ترميمها.") == []
    assert mentions("قتل 5 مدنيين بينهم شهيد وجريحان في قصف على حي الشيخ مقصود.") == []


def test_names_leave_the_figures_alone() -> None:
    result = extract("استشهد الطفل محمد أحمد العلي (12 عاماً) في قصف على حلب.", places=gazetteers()["shipped"])
    assert [(c.category, c.group, c.min) for c in result.claims] == [("killed", "children", 1)]
    assert [p.name for p in result.places] == ["حلب"]
    assert [m.name for m in result.mentions] == ["محمد أحمد العلي"]


# Just under the training set's figures (docs/extraction.md, "Named victims").
FLOORS = {"names": (0.95, 0.95), "relatives": (0.95, 0.95), "fate": (0.95, 0.95), "age": (0.95, 0.9),
          "sex": (0.95, 0.95)}


def test_training_set_stays_above_its_floor() -> None:
    corpus = default_corpus_dir()
    assert corpus is not None
    cases = load([corpus / "victims_train.json"])
    assert len(cases) >= 40
    s = score(cases)["all"]
    for what, (p, r) in FLOORS.items():
        t = s.tally(what)
        assert t.precision >= p and t.recall >= r, (what, t.precision, t.recall, s.errors)


@pytest.mark.parametrize("name", ["victims_train.json", "victims_holdout.json", "victims_holdout2.json",
                                  "victims_holdout3.json", "victims_holdout4.json"])
def test_labels_are_spans_of_their_text(name: str) -> None:
    corpus = default_corpus_dir()
    for case in json.loads((corpus / name).read_text(encoding="utf-8")):
        for m in case["mentions"]:
            assert m["name"] is None or m["name"] in case["text"], case["id"]
            assert m["fate"] in ("killed", "injured", "detained", "missing")


def test_the_seed_article_names_no_victim() -> None:
    """The demo's article quotes officials and names no victim: no suggestion, whatever the names."""
    from casualtydb.demo import seed_text

    assert mentions(seed_text()) == []
    assert list(extract(seed_text(), places=gazetteers()["shipped"]).mentions) == []
