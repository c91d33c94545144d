"""Cut Syria's governorate outlines out of QGIS's world map (Natural Earth admin-1) into
`syria-governorates.geojson`. Standard library only; see README.md for the source and licence.

    python resources/boundaries/build_boundaries.py /usr/share/qgis/resources/data/world_map.gpkg
"""

from __future__ import annotations

import json
import sqlite3
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "syria-governorates.geojson"

# Natural Earth's FIPS code of each governorate -> OCHA's P-code (the gazetteer's, places.csv).
FIPS_TO_PCODE = {
    "SY13": "SY01", "SY09": "SY02", "SY08": "SY03", "SY11": "SY04", "SY10": "SY05", "SY02": "SY06",
    "SY12": "SY07", "SY01": "SY08", "SY07": "SY09", "SY14": "SY10", "SY04": "SY11", "SY06": "SY12",
    "SY05": "SY13", "SY03": "SY14",
}
DECIMALS = 4  # about 11 m: far finer than the generalised lines


def _wkb(buf: bytes, off: int = 0) -> tuple[list[list[list[tuple[float, float]]]], int]:
    order = "<" if buf[off] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", buf, off + 1)
    off += 5
    kind %= 1000
    if kind == 3:  # Polygon
        (n,) = struct.unpack_from(order + "I", buf, off)
        off += 4
        rings = []
        for _ in range(n):
            (m,) = struct.unpack_from(order + "I", buf, off)
            off += 4
            pts = struct.unpack_from(order + f"{2 * m}d", buf, off)
            off += 16 * m
            rings.append(list(zip(pts[0::2], pts[1::2], strict=True)))
        return [rings], off
    if kind == 6:  # MultiPolygon
        (n,) = struct.unpack_from(order + "I", buf, off)
        off += 4
        polys: list[list[list[tuple[float, float]]]] = []
        for _ in range(n):
            part, off = _wkb(buf, off)
            polys += part
        return polys, off
    raise ValueError(f"unexpected WKB geometry type {kind}")


def _gpkg_geometry(blob: bytes) -> list[list[list[tuple[float, float]]]]:
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry")
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(blob[3] >> 1) & 7]
    return _wkb(blob, 8 + envelope)[0]


def _names() -> dict[str, tuple[str, str]]:
    import csv
    with open(HERE.parent / "gazetteer" / "places.csv", encoding="utf-8", newline="") as fh:
        return {r["pcode"]: (r["name_en"], r["name_ar"]) for r in csv.DictReader(fh) if r["level"] == "governorate"}


def build(gpkg: Path) -> dict:
    names = _names()
    con = sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)
    features = []
    rows = con.execute("SELECT fips, name, geom FROM states_provinces WHERE adm0_a3 = 'SYR' ORDER BY fips").fetchall()
    for fips, ne_name, blob in rows:
        polys = [[[[round(x, DECIMALS), round(y, DECIMALS)] for x, y in ring] for ring in poly]
                 for poly in _gpkg_geometry(blob)]
        pcode = FIPS_TO_PCODE.get(fips or "")
        # The UN Disengagement Observer Force zone (Golan) is no governorate: kept as part of the
        # outline, without a P-code.
        name_en, name_ar = names[pcode] if pcode else ("UNDOF zone", "منطقة فصل القوات")
        features.append({"type": "Feature",
                         "properties": {"pcode": pcode, "name_en": name_en, "name_ar": name_ar, "ne_name": ne_name},
                         "geometry": {"type": "MultiPolygon", "coordinates": polys}})
    features.sort(key=lambda f: f["properties"]["pcode"] or "~")
    if sorted(p for p in (f["properties"]["pcode"] for f in features) if p) != sorted(FIPS_TO_PCODE.values()):
        raise SystemExit("the source does not hold Syria's 14 governorates")
    return {"type": "FeatureCollection",
            "source": "Natural Earth 1:10m Admin 1 v4.1.0 (public domain), generalised by the QGIS project "
                      "(world_map.gpkg); cut to Syria by casualtydb. See README.md.",
            "features": features}


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    data = build(Path(sys.argv[1]))
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    points = sum(len(r) for f in data["features"] for p in f["geometry"]["coordinates"] for r in p)
    print(f"{OUT.name}: {len(data['features'])} features, {points} points, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
