"""Time the extraction engine on a megabyte of text against a raw regex pass over the same text.

Run: .venv/bin/python benchmarks/extract_bench.py [--size BYTES] [--repeat N]
Prints the median time of each and their ratio. Timings on a shared VM vary by ±30 %."""

from __future__ import annotations

import argparse
import csv
import random
import re
import statistics
import time
from datetime import date
from pathlib import Path

from casualtydb.extract import ActorName, Extractor, PlaceName

REPO = Path(__file__).resolve().parents[1]
SENTENCES = (
    "استشهد سبعة مدنيين في مدينة دير الزور، اليوم الإثنين، جرّاء قصف طائرات نظام الأسد وروسيا على حيّي "
    "الحميدية والشيخ ياسين التي لجأ إليها معظم المدنيين المحاصرين.",
    "وأصيب 12 شخصاً بينهم 4 أطفال بقصف مدفعي على بلدة كفرنبل بريف إدلب الجنوبي.",
    "وأوضح رئيس المجلس المحلي أن قيادات تنظيم الدولة غادروا المدينة منذ فترة ولم يعد فيها أحد.",
    "At least 23 people were killed, including eight children, when Russian warplanes struck the town on Monday.",
    "نزح نحو 200 ألف مدني من ريف حماة الشمالي خلال الأيام العشرة الماضية.",
    "لم تسجل إصابات في صفوف المدنيين جراء القصف.",
    "The council called on the United Nations to intervene to protect civilians in the besieged districts.",
    "وطالب المجلس في بيان بضرورة التدخل العاجل لإنقاذ حياة ما يقارب 700 مدني محاصرين في الأحياء الخاضعة لسيطرة داعش.",
)
ACTORS = (
    ActorName("regime", "قوات النظام", ("قوات الأسد", "نظام الأسد", "طائرات النظام")),
    ActorName("russia", "الطيران الروسي", ("روسيا", "روسي", "Russian")),
    ActorName("isis", "تنظيم الدولة", ("داعش", "تنظيم الدولة الإسلامية")),
)


def load_places() -> tuple[PlaceName, ...]:
    for path in (REPO / "resources" / "gazetteer" / "places.csv", REPO / ".." / "shared" / "data" / "syria-admin.csv"):
        if path.exists():
            with path.open(encoding="utf-8", newline="") as fh:
                return tuple(
                    PlaceName(r.get("key") or r["pcode"] or r["name_ar"], r["name_ar"], r["pcode"] or None,
                              tuple(n for n in (r["name_ar"], r["name_en"], *(r.get("alt_names") or "").split("|"))
                                    if n), r["level"], r["parent_pcode"] or None)
                    for r in csv.DictReader(fh))
    return ()


def make_text(size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    n = 0
    while n < size:
        s = rng.choice(SENTENCES) + ("\n\n" if rng.random() < 0.25 else " ")
        parts.append(s)
        n += len(s)
    return "".join(parts)[:size]


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1_000_000, help="characters of text (default 1 MB)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    text = make_text(args.size)
    places = load_places()
    t = time.perf_counter()
    extractor = Extractor(places, ACTORS)
    index_time = time.perf_counter() - t
    baseline = median_time(lambda: re.findall(r"\w+", text), args.repeat)
    engine = median_time(lambda: extractor.extract(text, published=date(2017, 10, 30)), args.repeat)
    x = extractor.extract(text, published=date(2017, 10, 30))
    print(f"text: {len(text):,} characters; gazetteer {len(places)} places; index built in {index_time:.3f} s")
    print(f"found: {len(x.claims):,} claims, {len(x.places):,} places, {len(x.actors):,} actors, "
          f"{len(x.dates):,} dates, {len(x.events):,} events")
    print(f"baseline re.findall(r'\\w+'): {baseline:.3f} s (median of {args.repeat})")
    print(f"extract():                  {engine:.3f} s (median of {args.repeat})")
    print(f"ratio:                      {engine / baseline:.0f}x the raw regex pass")


if __name__ == "__main__":
    main()
