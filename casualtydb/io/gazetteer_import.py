"""`gazetteer import FILE`: more places from OCHA's populated places list or a GeoNames dump.

OCHA's list (HDX, CSV or XLSX, an HXL row allowed) names each place with its admin 1–3 P-codes
and Arabic/English names, its own P-code (admin4, "C1234" in Syria) and its coordinates; a place
goes under the sub-district its row names, and admin units the gazetteer lacks are added from
the same row. Its key is uuid5 of the P-code under the shipped gazetteer's namespace, so every
database that imports the list gives the place the same id (resources/gazetteer/build_places.py).

A GeoNames dump (`SY.txt`: tab-separated, no header, the 19 columns of its readme) has no
P-codes and admin codes of its own, so each populated place (feature class P; historical and
abandoned ones left out) goes under the sub-district whose centroid is nearest, within
place_match.ADMIN_KM; its key is uuid5 of its geonameid.

All or nothing: every bad row is listed (file, row, field) and nothing is written while one
remains. A place already there (same key, same P-code, or the same name in the same admin unit)
is not added again; one found by name gets the P-code and coordinates it lacked."""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from .. import audit, search
from ..errors import ValidationError
from ..models import AuditAction, Place, PlaceLevel, utcnow
from ..reference import place_path
from ..text.arabic import key as name_key
from .gazetteer import PlaceIndex, PlaceInfo
from .place_match import ADMIN_KM, distance_km
from .readers import CSV_FIELD_LIMIT, decode_csv, read_table

# The shipped gazetteer's key namespace (resources/gazetteer/build_places.py KEY_NAMESPACE).
KEY_NAMESPACE = uuid.UUID("edeb4bc1-5005-5690-8876-a13283789221")
LEVELS = {0: PlaceLevel.COUNTRY, 1: PlaceLevel.GOVERNORATE, 2: PlaceLevel.DISTRICT, 3: PlaceLevel.SUBDISTRICT,
          4: PlaceLevel.COMMUNITY, 5: PlaceLevel.NEIGHBOURHOOD}
GEONAMES_COLUMNS = 19
# GeoNames feature codes of populated places that are gone or only historical.
GEONAMES_SKIP = {"PPLH", "PPLQ", "PPLW", "PPLCH"}
_ARABIC = re.compile("[\u0621-\u064a]")
_LATIN = re.compile("^[A-Za-z0-9 '’.()\\-]+$")
MAX_PROBLEMS = 50


@dataclass
class NewPlace:
    """A place the file adds: its gazetteer entry (found by later rows), its source, its row."""

    info: PlaceInfo
    origin: str
    row: int


@dataclass
class GazetteerImport:
    file: str
    kind: str  # "OCHA populated places" or "GeoNames"
    added: dict[PlaceLevel, int] = field(default_factory=dict)
    present: int = 0  # already in the gazetteer
    completed: int = 0  # found by name, given the P-code or coordinates it lacked
    skipped: int = 0  # GeoNames rows that are not (current) populated places, or of another country
    dry_run: bool = False

    def describe(self) -> str:
        added = sum(self.added.values())
        what = ", ".join(f"{self.added[level]:,} {level.value}" for level in LEVELS.values()
                         if self.added.get(level)) or "nothing"
        verb = "would add" if self.dry_run else "added"
        parts = [f"{self.file} ({self.kind}): {verb} {added:,} places ({what})",
                 f"{self.present:,} already in the gazetteer"]
        if self.completed:
            parts.append(f"{self.completed:,} found by name and given their P-code or coordinates")
        if self.skipped:
            parts.append(f"{self.skipped:,} rows left out (not a current populated place, or another country)")
        return "; ".join(parts)


class Problems(ValidationError):
    def __init__(self, file: str, problems: list[str]) -> None:
        self.problems = problems
        more = f" (and {len(problems) - MAX_PROBLEMS} more)" if len(problems) > MAX_PROBLEMS else ""
        super().__init__(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}, nothing imported:\n  "
                         + "\n  ".join(problems[:MAX_PROBLEMS]) + more, file=file)


def _header_key(header: str) -> str:
    """admin4Name_ar, ADM4_AR, adm4_name_ar → adm4ar; admin4Pcode, ADM4_PCODE → adm4pcode."""
    k = re.sub(r"[^a-z0-9]", "", header.lower()).replace("admin", "adm").replace("name", "")
    return {"lat": "latitude", "latitudey": "latitude", "y": "latitude", "lon": "longitude", "long": "longitude",
            "lng": "longitude", "longitudex": "longitude", "x": "longitude"}.get(k, k)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _coordinate(value: Any, name: str, low: float, high: float, problems: list[str], where: str) -> float | None:
    text = _text(value)
    if not text:
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        problems.append(f"{where}, field {name}: «{text}» is not a number of degrees")
        return None
    if not low <= number <= high:
        problems.append(f"{where}, field {name}: {number} is outside {low:g}…{high:g} degrees")
        return None
    return number


def is_geonames(path: Path) -> bool:
    """A GeoNames dump: tab-separated, no header, a numeric geonameid first, 19 columns."""
    if path.suffix.lower() not in (".txt", ".tsv", ""):
        return False
    with path.open("rb") as fh:
        first = fh.readline().decode("utf-8", "replace").rstrip("\r\n").split("\t")
    return len(first) == GEONAMES_COLUMNS and first[0].isdigit()


class _Builder:
    """What the file adds, checked against the gazetteer and against itself."""

    def __init__(self, index: PlaceIndex, file: str) -> None:
        self.index = index
        self.file = file
        self.new: dict[uuid.UUID, NewPlace] = {}
        self.new_by_pcode: dict[str, NewPlace] = {}
        self.fill: dict[uuid.UUID, dict[str, Any]] = {}
        self.problems: list[str] = []
        self.present = 0
        # P-code (or key) → (first row, its name, its parent, the place): one code, one place.
        self.seen: dict[Any, tuple[int, str, uuid.UUID, PlaceInfo]] = {}
        self.by_name: dict[tuple[uuid.UUID, str], PlaceInfo] = {}
        for p in index.by_id.values():
            for name in (p.name_ar, p.name_en, *p.alt_names):
                if name and p.parent_id:
                    self.by_name.setdefault((p.parent_id, name_key(name)), p)

    def place(self, pcode: str | None) -> PlaceInfo | None:
        if not pcode:
            return None
        known = self.index.by_pcode.get(pcode.upper())
        if known is not None:
            return known
        new = self.new_by_pcode.get(pcode.upper())
        return new.info if new else None

    def add(self, *, row: int, parent: PlaceInfo, level: PlaceLevel, key: uuid.UUID, pcode: str | None,
            name_ar: str, name_en: str | None, alt_names: list[str], lat: float | None, lon: float | None,
            origin: str) -> PlaceInfo | None:
        """The place of a row: the one already there, or a new one."""
        where = f"row {row}"
        if key in self.index.by_id and key not in self.new:
            self.present += 1
            return self.index.by_id[key]
        if pcode and pcode.upper() in self.index.by_pcode:
            self.present += 1
            return self.index.by_pcode[pcode.upper()]
        seen = self.seen.get(pcode.upper() if pcode else key)
        if seen is not None:
            first_row, first_name, first_parent, info = seen
            if (first_name, first_parent) != (name_ar, parent.id):
                self.problems.append(f"{where}: P-code or id {pcode or key} is also row {first_row}'s, "
                                     f"«{first_name}» (one place, one code)")
            return info
        # A place the gazetteer had before, of that name in that unit and without another code, is
        # this one (two places of one name in the file are two places when their codes differ).
        known = next((p for n in (name_ar, name_en) if n
                      and (p := self.by_name.get((parent.id, name_key(n)))) is not None), None)
        if known is not None and not (pcode and known.pcode and known.pcode.upper() != pcode.upper()):
            self.present += 1
            missing: dict[str, Any] = {}
            if pcode and not known.pcode:
                missing["pcode"] = pcode
            if lat is not None and lon is not None and known.latitude is None:
                missing.update(latitude=lat, longitude=lon)
            if missing and known.id not in self.fill:
                self.fill[known.id] = missing
            self.seen[pcode.upper() if pcode else key] = (row, name_ar, parent.id, known)
            return known
        info = PlaceInfo(id=key, parent_id=parent.id, level=level, pcode=pcode, name_ar=name_ar, name_en=name_en,
                         alt_names=alt_names, latitude=lat, longitude=lon, path=place_path(parent.path, key))
        self.index.by_id[key] = info
        self.new[key] = NewPlace(info, origin, row)
        if pcode:
            self.new_by_pcode[pcode.upper()] = self.new[key]
        self.seen[pcode.upper() if pcode else key] = (row, name_ar, parent.id, info)
        return info


# -- OCHA populated places ---------------------------------------------------------------------

def _ocha(table: Any, builder: _Builder, origin: str) -> None:
    cols: dict[str, int] = {}
    alt: dict[int, list[int]] = {}
    for i, h in enumerate(table.header):
        k = _header_key(h)
        cols.setdefault(k, i)
        m = re.fullmatch(r"adm(\d)alt\d*(ar|en)?", k)
        if m:
            alt.setdefault(int(m.group(1)), []).append(i)
    levels = [n for n in range(1, 6) if f"adm{n}pcode" in cols]
    if not levels or max(levels) < 4:
        raise ValidationError("not OCHA's populated places: no admin4 P-code column (admin4Pcode or ADM4_PCODE, "
                              "with admin1–3 P-codes and names, latitude and longitude)", file=table.file)
    finest = max(levels)
    need = [f"adm{n}pcode" for n in range(1, finest + 1)]
    missing = [c for c in need if c not in cols]
    if missing:
        raise ValidationError("the admin P-code columns must run from admin1 down: no "
                              + ", ".join(m.replace("adm", "admin").replace("pcode", "Pcode") for m in missing),
                              file=table.file)
    country = next((p for p in builder.index.by_id.values() if p.level == PlaceLevel.COUNTRY), None)
    for row, cells in table.rows:
        def cell(key: str) -> str:
            i = cols.get(key)
            return _text(cells[i]) if i is not None and i < len(cells) else ""

        where = f"row {row}"
        before = len(builder.problems)
        lat = _coordinate(cell("latitude"), "latitude", -90, 90, builder.problems, where)
        lon = _coordinate(cell("longitude"), "longitude", -180, 180, builder.problems, where)
        parent = builder.place(cell("adm0pcode")) or country
        # The row's place is its finest coded level (admin4, or admin5 in a list of neighbourhoods).
        own = max((n for n in range(1, finest + 1) if cell(f"adm{n}pcode")), default=0)
        for n in range(1, finest + 1):
            pcode = cell(f"adm{n}pcode")
            name_ar, name_en = cell(f"adm{n}ar"), cell(f"adm{n}en")
            if not pcode:
                if n < 4:
                    builder.problems.append(f"{where}, field admin{n}Pcode: empty")
                break
            known = builder.place(pcode)
            if known is not None and n < own and known.level == LEVELS[n]:
                parent = known
                continue
            if known is not None and known.level != LEVELS[n]:
                builder.problems.append(f"{where}, field admin{n}Pcode: {pcode} is a {known.level.value} in the "
                                        f"gazetteer, not a {LEVELS[n].value}")
                break
            if not (name_ar or name_en):
                builder.problems.append(f"{where}, field admin{n}Name_ar: no Arabic or English name for {pcode}")
                break
            if parent is None:
                builder.problems.append(f"{where}, field admin{n}Pcode: {pcode} has no country in the gazetteer")
                break
            if parent.level != LEVELS[n - 1]:
                builder.problems.append(f"{where}, field admin{n}Pcode: {pcode} would sit in {parent.describe()}")
                break
            if len(builder.problems) > before:
                break
            alts = [_text(cells[i]) for i in alt.get(n, []) if i < len(cells) and _text(cells[i])]
            alts = [a for a in dict.fromkeys(alts) if a not in (name_ar, name_en)]
            placed = builder.add(
                row=row, parent=parent, level=LEVELS[n], key=uuid.uuid5(KEY_NAMESPACE, pcode), pcode=pcode,
                name_ar=name_ar or name_en, name_en=name_en or None, alt_names=alts,
                lat=lat if n == own else None, lon=lon if n == own else None, origin=origin)
            if placed is None:
                break
            parent = placed


# -- GeoNames ----------------------------------------------------------------------------------

def _geonames_rows(path: Path, file: str) -> Iterator[tuple[int, list[str]]]:
    text = decode_csv(path.read_bytes(), file)
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    # GeoNames does not quote: a quote is part of a name.
    for n, cells in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE),
                              start=1):
        if cells and any(c.strip() for c in cells):
            yield n, cells


def _geonames(path: Path, builder: _Builder, origin: str, result: GazetteerImport) -> None:
    subdistricts = [p for p in builder.index.by_id.values()
                    if p.level == PlaceLevel.SUBDISTRICT and p.latitude is not None and p.longitude is not None]
    country = next((p for p in builder.index.by_id.values() if p.level == PlaceLevel.COUNTRY and p.pcode), None)
    for row, cells in _geonames_rows(path, builder.file):
        where = f"line {row}"
        if len(cells) != GEONAMES_COLUMNS:
            builder.problems.append(f"{where}: {len(cells)} tab-separated columns, a GeoNames dump has "
                                    f"{GEONAMES_COLUMNS}")
            continue
        gid, name, _ascii, alternates, lat_text, lon_text, fclass, fcode, cc = cells[:9]
        if not gid.isdigit():
            builder.problems.append(f"{where}, field geonameid: «{gid}» is not a GeoNames id")
            continue
        if fclass != "P" or fcode in GEONAMES_SKIP or (country and cc and cc.upper() != country.pcode.upper()):
            result.skipped += 1
            continue
        lat = _coordinate(lat_text, "latitude", -90, 90, builder.problems, where)
        lon = _coordinate(lon_text, "longitude", -180, 180, builder.problems, where)
        if lat is None or lon is None:
            if lat_text.strip() == "" or lon_text.strip() == "":
                builder.problems.append(f"{where}: no coordinates (a GeoNames place is put in its sub-district "
                                        "by them)")
            continue
        if not name.strip():
            builder.problems.append(f"{where}, field name: empty")
            continue
        near = min(subdistricts, key=lambda p: distance_km(lat, lon, p.latitude, p.longitude), default=None)
        if near is None or distance_km(lat, lon, near.latitude, near.longitude) > ADMIN_KM:
            builder.problems.append(f"{where}: «{name}» at {lat:.4f}, {lon:.4f} is more than {ADMIN_KM:g} km from "
                                    "every sub-district of the gazetteer")
            continue
        names = [a.strip() for a in alternates.split(",") if a.strip()]
        arabic = [a for a in names if _ARABIC.search(a)]
        latin = [a for a in names if _LATIN.match(a) and not (len(a) <= 4 and a.isupper())]  # not airport codes
        name_ar = arabic[0] if arabic else name.strip()
        alts = [a for a in dict.fromkeys([*arabic[1:], *latin]) if a not in (name_ar, name.strip())][:20]
        builder.add(row=row, parent=near, level=PlaceLevel.COMMUNITY, key=uuid.uuid5(KEY_NAMESPACE, f"geonames:{gid}"),
                    pcode=None, name_ar=name_ar, name_en=name.strip(), alt_names=alts, lat=lat, lon=lon,
                    origin=f"{origin}, geonameid {gid}"[:300])


# -- the write ---------------------------------------------------------------------------------

def import_gazetteer(session: Session, path: str | Path, *, dry_run: bool = False,
                     context: str | None = None, sheet: str | None = None) -> GazetteerImport:
    """Read FILE, check every row, then (unless `dry_run`) add its places in the caller's
    transaction (writes.write's); raises Problems listing every bad row, having written nothing."""
    p = Path(path)
    if not p.is_file():
        raise ValidationError("no such file", file=str(path))
    index = PlaceIndex.load(session)
    builder = _Builder(index, p.name)
    if is_geonames(p):
        result = GazetteerImport(file=p.name, kind="GeoNames", dry_run=dry_run)
        _geonames(p, builder, f"GeoNames dump {p.name}", result)
    else:
        result = GazetteerImport(file=p.name, kind="OCHA populated places", dry_run=dry_run)
        _ocha(read_table(p, sheet), builder, f"OCHA populated places {p.name}"[:300])
    if builder.problems:
        raise Problems(p.name, builder.problems)
    result.present = builder.present
    result.completed = len(builder.fill)
    for new in builder.new.values():
        result.added[new.info.level] = result.added.get(new.info.level, 0) + 1
    if not dry_run:
        _write(session, builder, context)
    return result


def _write(session: Session, builder: _Builder, context: str | None) -> None:
    conn = session.connection()
    user = session.info.get("user") or audit.current_user()
    now = utcnow()
    book = {"created_at": now, "updated_at": now, "created_by": user, "updated_by": user, "version": 1}
    order = list(LEVELS.values())
    places = sorted(builder.new.values(), key=lambda n: order.index(n.info.level))  # parents first
    rows = [{"id": p.id, "parent_id": p.parent_id, "level": p.level, "pcode": p.pcode, "name_ar": p.name_ar,
             "name_en": p.name_en, "alt_names": p.alt_names, "latitude": p.latitude, "longitude": p.longitude,
             "path": p.path, "origin": n.origin, **book} for n in places for p in [n.info]]
    for start in range(0, len(rows), 2000):
        conn.execute(insert(Place.__table__), rows[start:start + 2000])
    audit.log_rows(conn, "places", AuditAction.INSERT, ((r["id"], None, r) for r in rows), user=user,
                   context=context)
    if builder.fill:
        old = {r.id: dict(r._mapping) for r in conn.execute(
            select(Place.id, Place.pcode, Place.latitude, Place.longitude, Place.version)
            .where(Place.id.in_(list(builder.fill))))}
        for pid, values in builder.fill.items():
            conn.execute(update(Place.__table__).where(Place.id == pid).values(
                **values, updated_at=now, updated_by=user, version=old[pid]["version"] + 1))
        audit.log_rows(conn, "places", AuditAction.UPDATE,
                       ((pid, {k: old[pid][k] for k in values}, values) for pid, values in builder.fill.items()),
                       user=user, context=context)
    changed = [n.info.id for n in places] + list(builder.fill)
    if changed:
        search.reindex(session=session, kind="place", ids=changed)
