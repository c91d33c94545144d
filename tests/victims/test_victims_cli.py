"""The victims command-line contract: import of a victim list (recognised by its columns, all
or nothing), people, people-matches, merge / unmerge / not the same, the Victims sheet of the
export (never in a redacted one), the round trip and the capture history."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest

from casualtydb.cli import main

ARABIC_LIST = """mention_id,name,sex,age,fate,date,place,source
v1,الطفل محمد أحمد العلي (12 عاماً),ذكر,١٢,killed,2017-10-30,الحميدية,مركز توثيق الانتهاكات
v2,فاطمة خالد الحسن,أنثى,35,قتيل,2017-10-30,دير الزور,مركز توثيق الانتهاكات
v3,الحاج عمر يوسف الخطيب,ذكر,61,killed,2017-11-02,دير الزور,مركز توثيق الانتهاكات
"""
ENGLISH_LIST = """mention_id,given,father,grandfather,family,sex,age,status,fate,date,place,source,url
s1,Mohammad,Ahmad,,al-Ali,male,13,civilian,killed,2017-10-31,Deir-ez-Zor,SNHR,https://example.org/1
s2,Fatima,Khaled,,al-Hassan,female,36,civilian,killed,30/10/2017,Deir-ez-Zor,SNHR,
s3,Hussein,Ibrahim,,al-Musa,male,22,combatant,detained,2017-11-20,Deir-ez-Zor,SNHR,
"""


def run(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lists(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "vdc.csv", tmp_path / "snhr.csv"
    a.write_text(ARABIC_LIST, encoding="utf-8")
    b.write_text(ENGLISH_LIST, encoding="utf-8")
    return a, b


@pytest.fixture
def db(tmp_path: Path, lists: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "v.db"
    for f in lists:
        code, out, err = run(path, "import", str(f), capsys=capsys)
        assert code == 0, err
        assert "victim list, 3 rows checked" in out and "added: 3 mentions, 3 persons" in out
    return path


def people(db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    code, out, _ = run(db, "people", "--json", capsys=capsys)
    assert code == 0
    return json.loads(out)


def matches(db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    code, out, _ = run(db, "people-matches", "--json", capsys=capsys)
    assert code == 0
    return json.loads(out)


def test_each_mention_starts_as_its_own_person_with_its_mention_id(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    persons = people(db, capsys)
    assert len(persons) == 6
    ids = sorted(m["mention_id"] for p in persons for m in p["mentions"])
    assert ids == ["s1", "s2", "s3", "v1", "v2", "v3"]
    child = next(m for p in persons for m in p["mentions"] if m["mention_id"] == "v1")
    assert child["name"] == "الطفل محمد أحمد العلي (12 عاماً)"  # stored as written
    assert child["age"] == 12 and child["sex"] == "male" and child["fate"] == "killed"
    fatima = next(m for p in persons for m in p["mentions"] if m["mention_id"] == "s2")
    assert fatima["fate_date"] == "2017-10-30" and fatima["family"] == "al-Hassan"


def test_importing_a_list_twice_adds_nothing(db: Path, lists: tuple[Path, Path],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(db, "import", str(lists[0]), capsys=capsys)
    assert code == 0 and "added: 0 mentions" in out and "already present: 3 mentions" in out
    assert len(people(db, capsys)) == 6


def test_matches_meet_across_scripts_best_first_with_reasons(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = matches(db, capsys)
    pairs = [sorted(r["a"]["mention_ids"] + r["b"]["mention_ids"]) for r in found]
    assert ["s2", "v2"] in pairs and ["s1", "v1"] in pairs
    assert ["s3", "v3"] not in pairs  # different people
    assert [r["score"] for r in found] == sorted((r["score"] for r in found), reverse=True)
    for r in found:
        assert set(r) == {"a", "b", "score", "reasons"} and 0 <= r["score"] <= 1
        assert set(r["a"]) == {"person", "mention_ids"} and r["reasons"]
    assert any("given name agrees" in reason for reason in found[0]["reasons"])


def test_merge_unmerge_and_not_same(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = matches(db, capsys)[0]
    a, b = first["a"]["person"], first["b"]["person"]
    assert run(db, "people-merge", a[:8], b, capsys=capsys)[0] == 0
    persons = people(db, capsys)
    assert len(persons) == 5
    merged = next(p for p in persons if p["person"] == a)
    assert sorted(m["mention_id"] for m in merged["mentions"]) == sorted(first["a"]["mention_ids"]
                                                                         + first["b"]["mention_ids"])
    assert merged["merged"] == [b]
    assert all({a, b} != {r["a"]["person"], r["b"]["person"]} for r in matches(db, capsys))
    code, _, err = run(db, "people-merge", a, b, capsys=capsys)
    assert code == 2 and "was merged into" in err  # nothing to merge twice
    assert run(db, "people-unmerge", b, capsys=capsys)[0] == 0
    assert len(people(db, capsys)) == 6
    assert any({a, b} == {r["a"]["person"], r["b"]["person"]} for r in matches(db, capsys))
    assert run(db, "people-not-same", a, b, capsys=capsys)[0] == 0
    assert all({a, b} != {r["a"]["person"], r["b"]["person"]} for r in matches(db, capsys))
    code, out, _ = run(db, "verify", capsys=capsys)
    assert code == 0 and out.startswith("ok:")  # every decision is in the audit log


def test_unmerge_by_the_kept_person_and_split(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = matches(db, capsys)[0]
    a, b = first["a"]["person"], first["b"]["person"]
    run(db, "people-merge", a, b, capsys=capsys)
    assert run(db, "people-unmerge", a, capsys=capsys)[0] == 0  # the latest merge into A
    assert len(people(db, capsys)) == 6
    run(db, "people-merge", a, b, capsys=capsys)
    merged = next(p for p in people(db, capsys) if p["person"] == a)
    moved = next(m["id"] for m in merged["mentions"] if m["mention_id"] in first["b"]["mention_ids"])
    assert run(db, "people-split", moved, capsys=capsys)[0] == 0
    assert len(people(db, capsys)) == 6


def test_a_bad_list_is_refused_whole_naming_file_row_and_column(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("mention_id,name,sex,age,date,fate,incident\n"
                   "1,محمد أحمد,ذكر,12,2017-10-30,killed,\n"
                   "2,,ذكر,12,2017-10-30,killed,\n"
                   "3,علي حسن,maybe,abc,2017-13-45,vanished,\n"
                   "1,خالد عمر,ذكر,40,2017-10-30,killed,\n"
                   "4,سعيد علي,ذكر,40,2017-10-30,killed,00000000-0000-0000-0000-000000000001\n", encoding="utf-8")
    path = tmp_path / "v.db"
    code, _, err = run(path, "import", str(bad), capsys=capsys)
    assert code == 2
    for expected in ("bad.csv, row 3, column name: empty", "bad.csv, row 4, column sex: unknown sex «maybe»",
                     "bad.csv, row 4, column age: not an age: «abc»", "bad.csv, row 4, column date: not a date",
                     "bad.csv, row 4, column fate: unknown fate «vanished»",
                     "bad.csv, row 5, column mention_id: mention_id «1» of this source is also in row 2",
                     "bad.csv, row 6, column incident: no incident 00000000-0000-0000-0000-000000000001"):
        assert expected in err, (expected, err)
    assert "nothing was imported" in err
    assert people(path, capsys) == []  # all or nothing


def test_arabic_headers_and_name_parts_are_recognised(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "parts.csv"
    f.write_text("الاسم الأول,اسم الأب,اسم الجد,الكنية,الجنس,العمر,التاريخ,المكان,المصدر\n"
                 "عبد الله,محمد,علي,الحسن,ذكر,٣٠,٢٠١٦-٠٥-٠١,حلب,لجنة\n", encoding="utf-8")
    path = tmp_path / "v.db"
    code, out, err = run(path, "import", str(f), capsys=capsys)
    assert code == 0, err
    (person,) = people(path, capsys)
    m = person["mentions"][0]
    assert (m["given"], m["father"], m["grandfather"], m["family"], m["age"], m["fate_date"]) == (
        "عبد الله", "محمد", "علي", "الحسن", 30, "2016-05-01")


def test_a_claims_sheet_is_not_a_victim_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from casualtydb.io.victim_import import is_victim_header

    assert not is_victim_header(["incident", "category", "min", "source", "victim names"])
    assert is_victim_header(["name", "age"])
    assert is_victim_header(["given", "family"])
    assert not is_victim_header(["given", "age"])


def test_victims_sheet_round_trip_and_redaction(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = matches(db, capsys)[0]
    run(db, "people-merge", first["a"]["person"], first["b"]["person"], capsys=capsys)
    before = people(db, capsys)
    for lang in ("ar", "en"):
        out = tmp_path / f"w-{lang}.xlsx"
        code, text, err = run(db, "export", str(out), "--lang", lang, capsys=capsys)
        assert code == 0 and "6 victim mentions" in text, err
        other = tmp_path / f"other-{lang}.db"
        code, text, err = run(other, "import", str(out), capsys=capsys)
        assert code == 0, err
        after = people(other, capsys)
        assert {p["person"]: sorted(m["id"] for m in p["mentions"]) for p in after} == \
            {p["person"]: sorted(m["id"] for m in p["mentions"]) for p in before}
        assert sorted(m["mention_id"] for p in after for m in p["mentions"]) == \
            sorted(m["mention_id"] for p in before for m in p["mentions"])
    redacted = tmp_path / "r.xlsx"
    code, text, _ = run(db, "export", str(redacted), "--redact", capsys=capsys)
    assert code == 0 and "withheld" in text
    with zipfile.ZipFile(redacted) as z:
        data = b"".join(z.read(n) for n in z.namelist())
    for name in ("محمد", "فاطمة", "Fatima", "Mohammad", "al-Hassan", "الخطيب", "Hussein"):
        assert name.encode() not in data, name
    with zipfile.ZipFile(tmp_path / "w-en.xlsx") as z:
        plain = b"".join(z.read(n) for n in z.namelist())
    assert "فاطمة".encode() in plain and b"Fatima" in plain  # the test can fail


def test_capture_history(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = next(r for r in matches(db, capsys) if sorted(r["a"]["mention_ids"] + r["b"]["mention_ids"]) == ["s2", "v2"])
    run(db, "people-merge", first["a"]["person"], first["b"]["person"], capsys=capsys)
    out = tmp_path / "ch.csv"
    code, text, _ = run(db, "capture-history", str(out), capsys=capsys)
    assert code == 0 and "5 persons, 2 source columns" in text
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["person_id", "SNHR", "مركز توثيق الانتهاكات", "governorate", "year", "sex", "age_group"]
    fatima = next(r for r in rows if r["person_id"] == first["a"]["person"])
    assert (fatima["SNHR"], fatima["مركز توثيق الانتهاكات"]) == ("1", "1")
    assert (fatima["governorate"], fatima["year"], fatima["sex"], fatima["age_group"]) == ("SY09", "2017", "female",
                                                                                            "adult")
    assert sum(int(r["SNHR"]) for r in rows) == 3
    child = [r for r in rows if r["age_group"] == "child"]
    assert len(child) == 2


def test_an_xlsx_victim_list_with_a_header_in_arabic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "قائمة"
    ws.append(["الاسم", "الجنس", "العمر", "تاريخ الوفاة", "مكان الوفاة", "المصدر", "الرابط"])
    ws.append(["الشهيد أحمد محمود الحسن", "ذكر", 40, "2016-05-01", "حلب", "شبكة", "https://example.org/a"])
    ws.append(["الطفلة رهف أحمد الحسن", "أنثى", "٦ سنوات", "01/05/2016", "حلب", "شبكة", None])
    path = tmp_path / "list.xlsx"
    wb.save(path)
    db = tmp_path / "v.db"
    code, out, err = run(db, "import", str(path), "--dry-run", capsys=capsys)
    assert code == 0 and "would add: 2 mentions" in out, err
    assert people(db, capsys) == []
    code, out, err = run(db, "import", str(path), capsys=capsys)
    assert code == 0 and "added: 2 mentions, 2 persons, 1 sources" in out, err
    rahaf = next(m for p in people(db, capsys) for m in p["mentions"] if "رهف" in m["name"])
    assert (rahaf["age"], rahaf["fate_date"], rahaf["sex"]) == (6, "2016-05-01", "female")


@pytest.mark.parametrize(("body", "said"), [
    # A figure beyond any integer column (OverflowError in the database): a row problem.
    ("علي,حسن,2017-10-21,السوسة,killed,99999999999999999999,x,\n",
     "v.csv, row 2, column age: not an age: «99999999999999999999»"),
    # An unclosed quote: the rest of the file is not silently taken into the name.
    ('"أحمد,محمد,2017-10-21,السوسة,killed,30,x,\nعلي,حسن,2017-10-21,السوسة,killed,30,x,\n',
     "v.csv, row 2: a quote (\") opened in this row is never closed"),
    # A cell over the csv module's field limit (131,072 characters) is read, then refused by its length.
    ("سعد,حسن,2017-10-21,السوسة,killed,30," + "x" * 200_000 + ",\n", "v.csv, row 2, column source: longer than"),
    # Web addresses: Arabic and spaces in the path pass; a wrong one says what is wrong.
    ("عمر,حسن,2017-10-21,السوسة,killed,30,x,ftp://x.org/a\n",
     "v.csv, row 2, column url: not a web address: «ftp://x.org/a» (it starts with «ftp:»"),
])
def test_bad_victim_lists_get_row_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str,
                                           said: str) -> None:
    path = tmp_path / "v.csv"
    path.write_text("name,father,date,place,fate,age,source,url\n" + body, encoding="utf-8")
    code, _, err = run(tmp_path / "t.db", "import", str(path), capsys=capsys)
    assert code == 2 and said in err and "unexpected" not in err


def test_a_victim_list_named_xlsx_that_is_not_a_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "victims.xlsx"
    path.write_text("name,father\n", encoding="utf-8")
    code, _, err = run(tmp_path / "t.db", "import", str(path), capsys=capsys)
    assert code == 2 and "victims.xlsx: not a workbook" in err


def test_an_arabic_address_with_spaces_in_a_victim_list_is_kept(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "v.csv"
    path.write_text("name,father,date,place,fate,age,source,url\n"
                    "علي,حسن,2017-10-21,السوسة,killed,30,x,https://enabbaladi.net/archives/مقتل مدنيين\n",
                    encoding="utf-8")
    code, out, err = run(tmp_path / "t.db", "import", str(path), capsys=capsys)
    assert code == 0, err
