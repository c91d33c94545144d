"""Inputs the extraction tests share: the seed article, the gazetteer and the demo actor list."""

from __future__ import annotations

import csv
from pathlib import Path

from casualtydb.extract import ActorName, PlaceName

REPO = Path(__file__).resolve().parents[2]
# The seed article ships with the demo (the same bytes as the team's shared seeds folder, which a clone
# does not have and the tests never read).
SEED = REPO / "resources" / "demo" / "horriya-press-2017-10-30-deir-ez-zor.txt"
# A copy of the shared reference syria-admin.csv (tests/extract/data/README.md), so no clone lacks it.
SHARED_GAZETTEER = Path(__file__).resolve().parent / "data" / "syria-admin.csv"
SHIPPED_GAZETTEER = REPO / "resources" / "gazetteer" / "places.csv"

# The actors the app's demo data ships (kept here, not in the engine).
ACTORS = (
    ActorName("actor-regime", "قوات النظام", ("قوات الأسد", "نظام الأسد", "طائرات النظام", "Syrian government forces",
                                             "Syrian regime", "government forces", "regime forces")),
    ActorName("actor-russia", "الطيران الروسي", ("روسيا", "روسي", "Russian air force", "Russia", "Russian")),
    ActorName("actor-isis", "تنظيم الدولة", ("داعش", "تنظيم الدولة الإسلامية", "ISIS", "Islamic State", "IS")),
    ActorName("actor-coalition", "التحالف الدولي", ("international coalition", "US-led coalition", "the coalition")),
    ActorName("actor-sdf", "قوات سوريا الديمقراطية", ("قسد", "SDF", "Syrian Democratic Forces")),
)


def load_places(path: Path) -> tuple[PlaceName, ...]:
    """Gazetteer rows as PlaceNames; reads the shared file and the shipped one (with alt_names, key)."""
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            pcode = row.get("pcode") or None
            names = [n for n in (row.get("name_en"), row.get("name_ar")) if n]
            names += [n.strip() for n in (row.get("alt_names") or "").split("|") if n.strip()]
            key = row.get("key") or f"{row['level']}:{pcode or row['name_ar']}"
            out.append(PlaceName(key, row.get("name_ar") or row.get("name_en") or "", pcode, tuple(names),
                                 row.get("level") or None, row.get("parent_pcode") or None))
    return tuple(out)


def gazetteers() -> dict[str, tuple[PlaceName, ...]]:
    """Both gazetteers, by name; both are in every clone (a missing one fails, it is never skipped)."""
    return {"shared": load_places(SHARED_GAZETTEER), "shipped": load_places(SHIPPED_GAZETTEER)}
