"""Victim lists with realistic variation and a known truth, for the people-matching benchmark
and tests (the victims part of the one generator; benchmarks/generate.py calls it for
`--victims N`).

True persons get a name chain (given, father, grandfather, family; given names drawn with
Syrian-like frequencies, family names from a long tail), sex, age, a date and a place of death
from the gazetteer. Several lists (sources) each name some of them, as documenters do:
- Arabic lists: parts dropped (grandfather, father, family), بن/ابن inserted, honorifics
  (الشهيد، الطفل، الحاج), the family article on or off (العلي/علي), hamza, ة/ه and ى/ي
  spellings, compounds spaced or joined (عبد الله/عبدالله), a letter mistyped;
- English lists: transliterations with their variants (Mohammad/Muhammad/Mohamed/Mhd,
  al-/el-/Al, doubled letters), written by the generator's own rules, not the matcher's table;
- ages off by a year or two (sometimes more), missing sex, dates off by days, the place given
  as the district instead of the town, or not at all; a few people named twice in one list;
- hard negatives: cousins named after their grandfather (same given and family name, another
  father), brothers (same father and family), namesakes in the same town.
The truth (mention_id → person) is written beside the lists.

    python -m benchmarks.generate_victims OUTDIR --persons 2000 --seed 1
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import sys
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

# Given names with rough weights (Syria's commonest names are very common), their Latin forms.
MALE = [
    ("محمد", 60, ["Mohammad", "Muhammad", "Mohamed", "Mohammed", "Mhd", "Mouhamad"]),
    ("أحمد", 30, ["Ahmad", "Ahmed"]), ("علي", 18, ["Ali"]), ("محمود", 15, ["Mahmoud", "Mahmud"]),
    ("خالد", 12, ["Khaled", "Khalid"]), ("عبد الله", 12, ["Abdullah", "Abdallah", "Abd Allah"]),
    ("حسن", 10, ["Hassan", "Hasan"]), ("حسين", 10, ["Hussein", "Husain", "Hussain"]),
    ("عمر", 10, ["Omar", "Umar"]), ("مصطفى", 8, ["Mustafa", "Moustafa", "Mostafa"]),
    ("إبراهيم", 8, ["Ibrahim", "Ebrahim"]), ("يوسف", 8, ["Yousef", "Yusuf", "Youssef"]),
    ("عبد الرحمن", 7, ["Abdulrahman", "Abd al-Rahman", "Abdelrahman"]), ("سعيد", 5, ["Said", "Saeed"]),
    ("جمال", 4, ["Jamal"]), ("فادي", 3, ["Fadi"]), ("ياسر", 4, ["Yasser", "Yasir"]), ("وليد", 4, ["Walid", "Waleed"]),
    ("زياد", 3, ["Ziad", "Ziyad"]), ("فراس", 3, ["Firas", "Feras"]), ("بلال", 3, ["Bilal", "Belal"]),
    ("أسامة", 3, ["Osama", "Usama"]), ("حمزة", 4, ["Hamza", "Hamzah"]), ("طارق", 3, ["Tarek", "Tariq"]),
    ("ماهر", 3, ["Maher"]), ("عماد", 3, ["Imad", "Emad"]), ("عادل", 3, ["Adel"]), ("عثمان", 2, ["Othman", "Osman"]),
    ("أبو بكر", 2, ["Abu Bakr", "Abubakr"]), ("نور الدين", 2, ["Nour al-Din", "Noureddine"]),
    ("عبد الكريم", 3, ["Abdulkarim", "Abd al-Karim"]), ("عبد القادر", 3, ["Abdulqader", "Abdelkader"]),
    ("سامر", 3, ["Samer"]), ("رامي", 3, ["Rami"]), ("هيثم", 2, ["Haitham", "Haytham"]),
    ("غسان", 2, ["Ghassan"]), ("نزار", 2, ["Nizar"]), ("معاذ", 2, ["Muath", "Moaz", "Mouaz"]),
    ("قاسم", 2, ["Qasim", "Kassem"]), ("صالح", 3, ["Saleh", "Salih"]), ("جاسم", 3, ["Jasim", "Jassem"]),
    ("عبد العزيز", 2, ["Abdulaziz", "Abd al-Aziz"]), ("منذر", 1, ["Munther", "Monzer"]),
    ("شادي", 2, ["Shadi", "Chadi"]), ("مازن", 2, ["Mazen"]), ("أيمن", 2, ["Ayman"]), ("أنس", 2, ["Anas"]),
    ("مهند", 2, ["Muhannad", "Mohannad"]), ("عدنان", 2, ["Adnan"]), ("رياض", 2, ["Riad", "Riyad"]),
]
FEMALE = [
    ("فاطمة", 20, ["Fatima", "Fatma"]), ("عائشة", 8, ["Aisha", "Aysha"]), ("خديجة", 8, ["Khadija", "Khadijah"]),
    ("مريم", 10, ["Maryam", "Mariam"]), ("زينب", 6, ["Zainab", "Zeinab"]), ("آمنة", 5, ["Amina", "Amna"]),
    ("هدى", 4, ["Huda", "Houda"]), ("رهف", 3, ["Rahaf"]), ("سارة", 5, ["Sara", "Sarah"]), ("ليلى", 4, ["Layla", "Leila"]),
    ("نور", 6, ["Nour", "Noor"]), ("رنا", 3, ["Rana"]), ("هبة", 3, ["Hiba", "Heba"]), ("ريم", 3, ["Reem"]),
    ("سلمى", 3, ["Salma"]), ("غادة", 2, ["Ghada"]), ("وفاء", 2, ["Wafaa", "Wafa"]), ("سعاد", 2, ["Souad", "Suad"]),
    ("نادية", 2, ["Nadia"]), ("سمر", 2, ["Samar"]), ("ياسمين", 2, ["Yasmin", "Yasmine"]), ("حلا", 2, ["Hala"]),
    ("دعاء", 2, ["Duaa", "Doaa"]), ("إسراء", 2, ["Israa", "Esraa"]), ("بتول", 2, ["Batoul", "Batool"]),
]
# Family names: common ones, then a long tail made from roots with nisba and article forms.
FAMILY = ["العلي", "الحسن", "الأحمد", "المحمد", "الخطيب", "الحموي", "الحلبي", "الشيخ", "العمر", "الخليل", "السالم",
          "الحسين", "العبد الله", "الإبراهيم", "الجاسم", "الصالح", "الموسى", "العيسى", "الدرويش", "النجار", "الحداد",
          "قدور", "شخاشيرو", "الزعبي", "المصري", "العثمان", "الحمد", "الخضر", "البكور", "العبود", "الفارس", "الرفاعي"]
ROOT_LETTERS = "بتجحخدذرزسشصضطظعغفقكلمنهوي"
CHILD_WORDS = {"m": ["الطفل"], "f": ["الطفلة"]}
ADULT_WORDS = {"m": ["الشهيد", "الشاب", "الحاج", "المواطن"], "f": ["الشهيدة", "السيدة", "الحاجة", "المواطنة"]}
TRANSLIT = {"ا": "a", "أ": "a", "إ": "i", "آ": "aa", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh",
            "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
            "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "ou",
            "ي": "i", "ة": "a", "ى": "a", "ء": "", "ئ": "'", "ؤ": "'"}
VOWELS = ["a", "a", "e", "i", "ou", "u", "o"]


@dataclass
class TruePerson:
    key: str
    sex: str
    age: int
    given: tuple[str, list[str]]
    father: tuple[str, list[str]]
    grandfather: tuple[str, list[str]]
    family: str
    day: date
    place: tuple[str, str, str | None, str | None]  # Arabic, English, parent Arabic, parent English


def _weighted(rng: random.Random, names: list[tuple[str, int, list[str]]]) -> tuple[str, list[str]]:
    name, _, latin = rng.choices(names, weights=[w for _, w, _ in names])[0]
    return name, latin


def _tail_family(rng: random.Random) -> str:
    root = "".join(rng.choice(ROOT_LETTERS) for _ in range(3))
    shape = rng.random()
    if shape < 0.4:
        return f"ال{root[0]}{root[1]}ا{root[2]}"
    if shape < 0.7:
        return f"ال{root}ي"
    if shape < 0.85:
        return f"{root[0]}{root[1]}و{root[2]}"
    return f"ال{root[0]}{root[1]}ي{root[2]}"


def latin_of(arabic: str, rng: random.Random) -> str:
    """A romanisation of an Arabic name as English lists write it, with their variation."""
    out = []
    words = arabic.split()
    if len(words) == 2 and words[0] in ("عبد", "العبد") and rng.random() < 0.8:
        head = rng.choice(["Abd ", "Abdul", "Abdel", "Abd al-"] if words[0] == "عبد" else ["Al-Abd ", "Al Abdul", "al-Abdel"])
        rest = words[1][2:] if words[1].startswith("ال") else words[1]
        return head + ("llah" if rest == "له" and head.endswith(("l", "l-")) else latin_of(rest, rng).lower())
    for word in words:
        article = word.startswith("ال") and len(word) > 3
        body = word[2:] if article else word
        letters = []
        for i, ch in enumerate(body):
            t = TRANSLIT.get(ch, "")
            if ch in "وي" and 0 < i < len(body) - 1 and rng.random() < 0.3:
                t = {"و": rng.choice(["w", "ou", "u"]), "ي": rng.choice(["y", "ee", "i", "ey"])}[ch]
            if ch == "ع":
                t = rng.choice(["", "a", "'"])
            letters.append(t)
            if i < len(body) - 1 and ch not in "اوي" and body[i + 1] not in "اويةى" and rng.random() < 0.85:
                letters.append(rng.choice(VOWELS))  # an unwritten short vowel
        text = "".join(letters).replace("''", "'").strip("'") or body
        if rng.random() < 0.15 and len(text) > 3:
            i = rng.randrange(1, len(text) - 1)
            if text[i].isalpha() and text[i] not in "aeiou":
                text = text[:i] + text[i] + text[i:]  # a doubled letter (shadda)
        text = text.capitalize()
        if article:
            text = rng.choice(["al-", "el-", "Al ", "Al-", "al "]) + text
        out.append(text)
    return " ".join(out)


def _variant_arabic(word: str, rng: random.Random, typo: float) -> str:
    if rng.random() < 0.3:
        word = word.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")
    if rng.random() < 0.3:
        word = word.replace("ة", "ه")
    if rng.random() < 0.3:
        word = word.replace("ى", "ي")
    if " " in word and rng.random() < 0.5:
        word = word.replace(" ", "")  # عبد الله → عبدالله
    if rng.random() < typo and len(word) > 3:
        i = rng.randrange(1, len(word) - 1)
        word = word[:i] + rng.choice(ROOT_LETTERS) + word[i + 1:] if rng.random() < 0.5 else word[:i] + word[i + 1:]
    return word


def _family_variant(family: str, rng: random.Random) -> str:
    if family.startswith("ال") and rng.random() < 0.2:
        return family[2:]
    if not family.startswith("ال") and rng.random() < 0.1:
        return "ال" + family
    return family


def make_people(n: int, rng: random.Random, places: list[tuple[str, str, str | None, str | None]]) -> list[TruePerson]:
    families = FAMILY + [_tail_family(rng) for _ in range(max(50, n // 6))]
    fam_cum = list(itertools.accumulate([20] * len(FAMILY) + [1] * (len(families) - len(FAMILY))))
    people: list[TruePerson] = []
    start = date(2012, 1, 1)
    for i in range(n):
        relative = people[rng.randrange(len(people))] if people and rng.random() < 0.12 else None
        sex = "m" if rng.random() < 0.72 else "f"
        age = rng.randrange(0, 18) if rng.random() < 0.25 else rng.randrange(18, 85)
        given = _weighted(rng, MALE if sex == "m" else FEMALE)
        father, grandfather = _weighted(rng, MALE), _weighted(rng, MALE)
        family = rng.choices(families, cum_weights=fam_cum)[0]  # cumulative: O(log n) a draw
        day = start + timedelta(days=rng.randrange(0, 9 * 365))
        place = rng.choice(places)
        if relative is not None:  # a hard negative: a relative killed in the same place
            family, place = relative.family, relative.place
            kind = rng.random()
            if kind < 0.4:  # a brother or sister: same father and grandfather
                father, grandfather = relative.father, relative.grandfather
                day = relative.day
            elif kind < 0.8 and relative.sex == "m":  # a cousin named after the grandfather
                sex, given, grandfather = "m", relative.given, relative.grandfather
            else:  # a namesake of the same town
                given = relative.given if relative.sex == sex else given
                day = relative.day + timedelta(days=rng.randrange(-400, 400))
        people.append(TruePerson(f"P{i:07d}", sex, age, given, father, grandfather, family, day, place))
    return people


@dataclass
class ListSpec:
    name: str
    script: str  # "ar" or "en"
    coverage: float
    noise: float  # 1.0 ordinary; more for a sloppier list


LISTS = [ListSpec("VDC", "ar", 0.6, 1.0), ListSpec("SNHR", "ar", 0.5, 1.2), ListSpec("Airwars", "en", 0.35, 1.0),
         ListSpec("Local Council", "ar", 0.3, 1.3)]


def mention_of(p: TruePerson, spec: ListSpec, rng: random.Random) -> dict[str, Any]:
    noise = spec.noise
    parts: list[str] = []
    keep_father = rng.random() > 0.08 * noise
    keep_grand = keep_father and rng.random() < 0.45  # lists skip the grandfather, not the father alone
    keep_family = rng.random() > 0.06 * noise
    typo = 0.025 * noise
    if spec.script == "ar":
        words = [_variant_arabic(p.given[0], rng, typo)]
        if keep_father:
            words.append(("بن " if rng.random() < 0.08 else "") + _variant_arabic(p.father[0], rng, typo))
        if keep_grand:
            words.append(_variant_arabic(p.grandfather[0], rng, typo))
        if keep_family or len(words) == 1:
            words.append(_variant_arabic(_family_variant(p.family, rng), rng, typo))
        prefix = ""
        if rng.random() < 0.3:
            pool = CHILD_WORDS if p.age < 18 else ADULT_WORDS
            prefix = rng.choice(pool[p.sex]) + " "
        name = prefix + " ".join(words)
        if p.age < 18 and rng.random() < 0.15:
            name += f" ({str(p.age).translate(str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩'))} عاماً)"
        parts = []
    else:
        words = [rng.choice(p.given[1])]
        if keep_father:
            words.append(("bin " if rng.random() < 0.05 else "") + rng.choice(p.father[1]))
        if keep_grand:
            words.append(rng.choice(p.grandfather[1]))
        if keep_family or len(words) == 1:
            words.append(latin_of(_family_variant(p.family, rng), rng))
        name = " ".join(words)
    age: int | None = p.age
    r = rng.random()
    if r < 0.15 * noise:
        age = None
    elif r < 0.45:
        age = max(0, p.age + rng.choice([-2, -1, 1, 2]))
    elif r < 0.47:
        age = max(0, p.age + rng.choice([-5, 5, 10]))
    day: date | None = p.day
    r = rng.random()
    if r < 0.1 * noise:
        day = None
    elif r < 0.3:
        day = p.day + timedelta(days=rng.choice([-3, -2, -1, 1, 2, 3]))
    r = rng.random()
    lang = 0 if spec.script == "ar" else 1
    place: str | None = p.place[lang]
    if r < 0.1 * noise:
        place = None
    elif r < 0.3 and p.place[2 + lang]:
        place = p.place[2 + lang]
    sex_words = {"ar": {"m": "ذكر", "f": "أنثى"}, "en": {"m": "male", "f": "female"}}[spec.script]
    return {"name": name, "sex": None if rng.random() < 0.1 * noise else sex_words[p.sex], "age": age,
            "fate": "killed", "date": day.isoformat() if day else None, "place": place, "source": spec.name}


def gazetteer_places(session: Any) -> list[tuple[str, str, str | None, str | None]]:
    """(Arabic, English, parent Arabic, parent English) of the communities and sub-districts
    whose names are unique in the gazetteer (so the list's place is not ambiguous)."""
    from collections import Counter  # noqa: PLC0415

    from sqlalchemy import select  # noqa: PLC0415
    from sqlalchemy.orm import aliased  # noqa: PLC0415

    from casualtydb.models import Place  # noqa: PLC0415

    parent = aliased(Place)
    rows = session.execute(select(Place.name_ar, Place.name_en, parent.name_ar, parent.name_en, Place.level)
                           .join(parent, parent.id == Place.parent_id)
                           .where(Place.level.in_(["sub-district", "community", "neighbourhood"]))).all()
    counts = Counter(r[0] for r in rows)
    return [(r[0], r[1] or r[0], r[2], r[3]) for r in rows if counts[r[0]] == 1]


def shipped_places() -> list[tuple[str, str, str | None, str | None]]:
    """The places of the gazetteer a new database ships with."""
    import tempfile  # noqa: PLC0415

    from casualtydb.db import open_database  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "places.db")
        try:
            with db.session() as s:
                return gazetteer_places(s)
        finally:
            db.dispose()


def generate_lists(persons: int, *, seed: int, places: list[tuple[str, str, str | None, str | None]],
                   lists: list[ListSpec] | None = None) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
    """{list name: rows} and the truth {mention_id: person key}."""
    rng = random.Random(seed)
    people = make_people(persons, rng, places)
    out: dict[str, list[dict[str, Any]]] = {}
    truth: dict[str, str] = {}
    specs = lists or LISTS
    for spec in specs:
        out[spec.name] = []
    for p in people:
        chosen = [s for s in specs if rng.random() < s.coverage] or [rng.choice(specs)]
        for spec in chosen:
            for _ in range(2 if rng.random() < 0.03 else 1):
                row = mention_of(p, spec, rng)
                mid = f"{spec.name[:3].upper()}-{len(out[spec.name]) + 1:07d}"
                row["mention_id"] = mid
                truth[mid] = p.key
                out[spec.name].append(row)
    for rows in out.values():
        rng.shuffle(rows)
    return out, truth


COLUMNS = ["mention_id", "name", "sex", "age", "fate", "date", "place", "source"]


def write_csv(lists: dict[str, list[dict[str, Any]]], truth: dict[str, str], outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, rows in lists.items():
        path = outdir / f"victims-{name.replace(' ', '-').lower()}.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, COLUMNS)
            w.writeheader()
            w.writerows(rows)
        paths.append(path)
    with open(outdir / "truth.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["mention_id", "person"])
        w.writerows(sorted(truth.items()))
    return paths


def write_db(session: Any, lists: dict[str, list[dict[str, Any]]], *, chunk: int = 20_000,
             incident_of: Any = None) -> int:
    """Write the mentions straight into a database with Core (each its own person), as a list
    import would, without audit entries (like benchmarks/generate.py): for the large runs.
    `incident_of(row)`: the incident a mention belongs to (or None)."""
    from sqlalchemy import insert, select  # noqa: PLC0415

    from casualtydb.io.gazetteer import PlaceIndex  # noqa: PLC0415
    from casualtydb.models import Mention, Person, Reliability, Sex, Source, SourceKind  # noqa: PLC0415
    from casualtydb.models.person import Fate, derived_keys  # noqa: PLC0415

    now = datetime.now(timezone.utc)
    book = {"created_at": now, "updated_at": now, "created_by": "generator", "updated_by": "generator", "version": 1}
    index = PlaceIndex.load(session)
    place_ids: dict[str, uuid.UUID | None] = {}
    n = 0
    for name, rows in lists.items():
        sid = session.scalar(select(Source.id).where(Source.name_ar == name))
        if sid is None:
            sid = uuid.uuid4()
            session.execute(insert(Source), [{"id": sid, "name_ar": name, "name_en": name, "aliases": [],
                                              "kind": SourceKind.NGO, "reliability": Reliability.F, **book}])
        for start in range(0, len(rows), chunk):
            persons, mentions = [], []
            for row in rows[start:start + chunk]:
                pid = uuid.uuid4()
                persons.append({"id": pid, "display_name": row["name"], "merged_into_id": None, **book})
                place = row["place"]
                if place and place not in place_ids:
                    found = index.lookup(place)
                    place_ids[place] = found[0].id if found else None
                sex = row["sex"]
                mentions.append({
                    "id": uuid.uuid4(), "person_id": pid, "name": row["name"], "external_id": row["mention_id"],
                    "sex": None if not sex else Sex.MALE if sex in ("male", "ذكر") else Sex.FEMALE,
                    "age": row["age"], "fate": Fate.KILLED,
                    "fate_date": date.fromisoformat(row["date"]) if row["date"] else None,
                    "place_id": place_ids.get(place) if place else None, "place_text": place, "source_id": sid,
                    "incident_id": incident_of(row) if incident_of is not None else None,
                    **derived_keys(name=row["name"], day=date.fromisoformat(row["date"]) if row["date"] else None),
                    **book})
            session.execute(insert(Person), persons)
            session.execute(insert(Mention), mentions)
            n += len(mentions)
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--persons", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    places = shipped_places()
    lists, truth = generate_lists(args.persons, seed=args.seed, places=places)
    paths = write_csv(lists, truth, args.outdir)
    print(f"wrote {', '.join(str(p) for p in paths)} and truth.csv: {len(truth):,} mentions of {args.persons:,} persons",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
