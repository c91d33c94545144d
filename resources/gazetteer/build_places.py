#!/usr/bin/env python3
"""Regenerate resources/gazetteer/places.csv from the raw inputs in src/.

Usage:
    python resources/gazetteer/build_places.py            # write places.csv, print counts
    python resources/gazetteer/build_places.py --check    # fail if places.csv is not up to date
    python resources/gazetteer/build_places.py --report   # also list name differences between sources

Standard library only; the output is byte-for-byte reproducible (UTF-8, no BOM, LF line ends).
See README.md in this folder for sources, licences and how keys are derived.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import unicodedata
import uuid
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE / "places.csv"

# Fixed namespace for place keys. It is itself uuid5(NAMESPACE_URL, "urn:casualtydb:gazetteer:places");
# the literal is what counts. NEVER change it: every database's place ids derive from it.
KEY_NAMESPACE = uuid.UUID("edeb4bc1-5005-5690-8876-a13283789221")

LEVELS = ("country", "governorate", "district", "sub-district", "community", "neighbourhood")
PARENT_LEVEL = {
    "governorate": ("country",),
    "district": ("governorate",),
    "sub-district": ("district",),
    "community": ("sub-district",),
    "neighbourhood": ("sub-district", "community"),
}
COLUMNS = ("level", "pcode", "parent_pcode", "name_en", "name_ar", "alt_names", "latitude", "longitude", "key")
EXPECTED_COUNTS = {"country": 1, "governorate": 14, "district": 62, "sub-district": 272}

CENTRE_PREFIX = "مركز "
# Centre units whose bare name is not a city ("مدينة ريف دمشق" does not exist).
NO_CITY_ALIAS = {"ريف دمشق"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


def read_csv(name: str) -> list[dict[str, str]]:
    with open(SRC / name, encoding="utf-8", newline="") as fh:
        return [{k: nfc(v or "") for k, v in row.items()} for row in csv.DictReader(fh)]


def split_alts(value: str) -> list[str]:
    return [nfc(a) for a in value.split("|") if a.strip()]


def place_key(pcode: str, parent_pcode: str, name_ar: str, key_basis: str = "") -> str:
    """uuid5 over KEY_NAMESPACE and the P-code, or "<parent_pcode>/<name_ar>" for rows without one."""
    basis = key_basis or pcode or f"{parent_pcode}/{nfc(name_ar)}"
    return str(uuid.uuid5(KEY_NAMESPACE, basis))


class Place:
    def __init__(self, level, pcode, parent_pcode, name_en, name_ar, lat="", lon="", key_basis=""):
        self.level, self.pcode, self.parent_pcode = level, pcode, parent_pcode
        self.name_en, self.name_ar = name_en, name_ar
        self.lat, self.lon = lat, lon
        self.key_basis = key_basis
        self.alts: list[str] = []

    @property
    def match(self) -> str:
        return self.pcode or f"{self.parent_pcode}|{self.name_ar}"

    def add_alts(self, values) -> None:
        for v in values:
            v = nfc(v)
            if v:
                self.alts.append(v)

    def alt_string(self) -> str:
        seen = {self.name_en.casefold(), self.name_ar.casefold()}
        out = []
        for a in self.alts:
            if a.casefold() not in seen:
                seen.add(a.casefold())
                out.append(a)
        return "|".join(out)

    def row(self) -> dict[str, str]:
        return {
            "level": self.level,
            "pcode": self.pcode,
            "parent_pcode": self.parent_pcode,
            "name_en": self.name_en,
            "name_ar": self.name_ar,
            "alt_names": self.alt_string(),
            "latitude": self.lat,
            "longitude": self.lon,
            "key": place_key(self.pcode, self.parent_pcode, self.name_ar, self.key_basis),
        }


def build(report: bool = False) -> tuple[list[dict[str, str]], list[str]]:
    notes: list[str] = []
    shared = read_csv("shared_syria_admin.csv")
    os_gov = {r["pcode"]: r for r in read_csv("opensyria_governorates.csv")}
    os_dist = {r["pcode"]: r for r in read_csv("opensyria_districts.csv")}
    os_sub = {r["pcode"]: r for r in read_csv("opensyria_subdistricts.csv")}
    dist_by_osid = {r["opensyria_id"]: p for p, r in os_dist.items()}

    places: dict[str, Place] = {}

    def add(place: Place) -> None:
        if place.match in places:
            raise SystemExit(f"duplicate place {place.match}")
        places[place.match] = place

    # Governorates and districts: the shared file (OCHA COD-AB naming) is primary; Open-Syria
    # must carry the same P-codes and gives centroids and extra spellings.
    for level, os_rows in (("governorate", os_gov), ("district", os_dist)):
        shared_rows = {r["pcode"]: r for r in shared if r["level"] == level}
        if set(shared_rows) != set(os_rows):
            raise SystemExit(
                f"{level} P-codes differ: only shared {sorted(set(shared_rows) - set(os_rows))}, "
                f"only Open-Syria {sorted(set(os_rows) - set(shared_rows))}"
            )
        for pcode, s in shared_rows.items():
            o = os_rows[pcode]
            expected_parent = "SY" if level == "governorate" else pcode[:4]
            if s["parent_pcode"] != expected_parent:
                raise SystemExit(f"{pcode}: shared parent {s['parent_pcode']} != {expected_parent}")
            p = Place(level, pcode, s["parent_pcode"], s["name_en"], s["name_ar"], o["latitude"], o["longitude"])
            p.add_alts([o["name_en"], o["name_ar"]])
            p.add_alts(split_alts(o["aliases"]))
            for field in ("name_en", "name_ar"):
                if s[field] != o[field]:
                    notes.append(f"{level} {pcode} {field}: shared {s[field]!r} kept, Open-Syria {o[field]!r} as alt")
            add(p)

    # Sub-districts: all 272 from Open-Syria (its admin3 names are the OCHA COD-AB ones).
    shared_sub = {r["pcode"]: r for r in shared if r["level"] == "sub-district"}
    for pcode, o in os_sub.items():
        parent = dist_by_osid.get(o["district_id"])
        if parent != pcode[:6]:
            raise SystemExit(f"{pcode}: Open-Syria district {o['district_id']} ({parent}) != P-code prefix")
        p = Place("sub-district", pcode, parent, o["name_en"], o["name_ar"], o["latitude"], o["longitude"])
        p.add_alts(split_alts(o["aliases"]))
        s = shared_sub.pop(pcode, None)
        if s is not None:
            if s["parent_pcode"] != parent:
                raise SystemExit(f"{pcode}: shared parent {s['parent_pcode']} != Open-Syria {parent}")
            p.add_alts([s["name_en"], s["name_ar"]])
            for field in ("name_en", "name_ar"):
                if s[field] != o[field]:
                    notes.append(f"sub-district {pcode} {field}: Open-Syria {o[field]!r} kept, shared {s[field]!r} as alt")
        add(p)
    if shared_sub:
        raise SystemExit(f"sub-districts in the shared file but not in Open-Syria: {sorted(shared_sub)}")

    # Neighbourhoods from the shared file (no P-codes; English names are added by hand below).
    for s in shared:
        if s["level"] not in ("governorate", "district", "sub-district"):
            add(Place(s["level"], s["pcode"], s["parent_pcode"], s["name_en"], s["name_ar"]))

    # Hand-made rows: the country and the communities named in the seed article.
    for m in read_csv("manual_places.csv"):
        p = Place(m["level"], m["pcode"], m["parent_pcode"], m["name_en"], m["name_ar"],
                  m["latitude"], m["longitude"], m["key_basis"])
        p.add_alts(split_alts(m["alt_names"]))
        add(p)

    # Hand-made English names and alternative spellings.
    for m in read_csv("manual_alt_names.csv"):
        p = places.get(m["match"])
        if p is None:
            raise SystemExit(f"manual_alt_names.csv: no place {m['match']!r}")
        if m["name_en"]:
            if p.name_en and p.name_en != m["name_en"]:
                raise SystemExit(f"{m['match']}: name_en already {p.name_en!r}")
            p.name_en = m["name_en"]
        p.add_alts(split_alts(m["alt_names"]))

    # "مركز X" centre units: the bare name, the city, and "<English> centre".
    for p in places.values():
        if p.name_ar.startswith(CENTRE_PREFIX) and p.level in ("district", "sub-district"):
            bare = p.name_ar[len(CENTRE_PREFIX):]
            p.add_alts([bare])
            if bare not in NO_CITY_ALIAS:
                p.add_alts([f"مدينة {bare}"])
                if p.name_en:
                    p.add_alts([f"{p.name_en} centre"])

    rows = [p.row() for p in places.values()]
    rows.sort(key=lambda r: (LEVELS.index(r["level"]), r["pcode"] == "", r["pcode"],
                             r["parent_pcode"], r["name_ar"]))
    validate(rows)
    if report:
        for n in notes:
            print("  " + n)
    return rows, notes


def validate(rows: list[dict[str, str]]) -> None:
    errors = []
    pcodes = Counter(r["pcode"] for r in rows if r["pcode"])
    errors += [f"duplicate P-code {p}" for p, n in pcodes.items() if n > 1]
    keys = Counter(r["key"] for r in rows)
    errors += [f"duplicate key {k}" for k, n in keys.items() if n > 1]
    by_pcode = {r["pcode"]: r for r in rows if r["pcode"]}
    for r in rows:
        label = r["pcode"] or f"{r['parent_pcode']}/{r['name_ar']}"
        if r["level"] not in LEVELS:
            errors.append(f"{label}: bad level {r['level']!r}")
        if not r["name_ar"]:
            errors.append(f"{label}: no name_ar")
        if not r["name_en"]:
            errors.append(f"{label}: no name_en")
        if r["level"] == "country":
            if r["parent_pcode"]:
                errors.append(f"{label}: country with a parent")
            continue
        parent = by_pcode.get(r["parent_pcode"])
        if parent is None:
            errors.append(f"{label}: parent {r['parent_pcode']!r} does not resolve")
        elif parent["level"] not in PARENT_LEVEL[r["level"]]:
            errors.append(f"{label}: parent {r['parent_pcode']} is a {parent['level']}")
        elif r["pcode"] and not r["pcode"].startswith(r["parent_pcode"]):
            errors.append(f"{label}: P-code not under parent {r['parent_pcode']}")
        if bool(r["latitude"]) != bool(r["longitude"]):
            errors.append(f"{label}: only one of latitude/longitude")
        elif r["latitude"]:
            lat, lon = float(r["latitude"]), float(r["longitude"])
            if not (32.0 <= lat <= 37.5 and 35.5 <= lon <= 42.5):
                errors.append(f"{label}: ({lat}, {lon}) is outside Syria's bounding box")
        if "\n" in "".join(r.values()):
            errors.append(f"{label}: newline in a field")
    counts = Counter(r["level"] for r in rows)
    for level, n in EXPECTED_COUNTS.items():
        if counts[level] != n:
            errors.append(f"{level}: {counts[level]} rows, expected {n}")
    if errors:
        raise SystemExit("places.csv checks failed:\n  " + "\n  ".join(errors))


def render(rows: list[dict[str, str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if places.csv differs")
    ap.add_argument("--report", action="store_true", help="list name differences between the sources")
    args = ap.parse_args()

    rows, notes = build(report=args.report)
    data = render(rows)
    counts = Counter(r["level"] for r in rows)
    summary = ", ".join(f"{counts[level]} {level}" for level in LEVELS)
    print(f"{len(rows)} places: {summary}; {len(notes)} name differences between sources"
          f"{'' if args.report else ' (--report lists them)'}")
    if args.check:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT} is out of date: run build_places.py", file=sys.stderr)
            return 1
        print(f"{OUT.name} is up to date ({len(data)} bytes)")
        return 0
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
