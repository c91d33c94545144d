"""The gazetteer as the exchange code needs it: every place with its admin 1–3 ancestors, and
lookup of a P-code, a place key (UUID) or an Arabic/English name.

Loaded once per export or import with one Core select (a few hundred to a few thousand rows), so
that rows never walk `Place.parent` one query at a time."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Place, PlaceLevel
from ..text.arabic import key as name_key

ADMIN_LEVELS = {PlaceLevel.GOVERNORATE: 1, PlaceLevel.DISTRICT: 2, PlaceLevel.SUBDISTRICT: 3}
# OCHA P-codes: SY, SY09, SY0902, SY090203, and Syria's communities C1234 / neighbourhoods N123.
_PCODE_RE = re.compile(r"^[A-Za-z]{1,2}\d*$")
# Finer levels first: a name that is both a town and its sub-district resolves to the town.
LEVEL_ORDER = (PlaceLevel.NEIGHBOURHOOD, PlaceLevel.COMMUNITY, PlaceLevel.SUBDISTRICT, PlaceLevel.DISTRICT,
               PlaceLevel.GOVERNORATE, PlaceLevel.COUNTRY)


@dataclass
class PlaceInfo:
    id: uuid.UUID
    parent_id: uuid.UUID | None
    level: PlaceLevel
    pcode: str | None
    name_ar: str
    name_en: str | None
    alt_names: list[str]
    latitude: float | None
    longitude: float | None
    path: str
    # admin 1, 2, 3 ancestors (or the place itself at that level); None where the tree has none.
    admin: list[PlaceInfo | None] = field(default_factory=lambda: [None, None, None])

    def label(self, lang: str) -> str:
        if lang == "en":
            return self.name_en or self.name_ar
        return self.name_ar or self.name_en or ""

    @property
    def ref(self) -> str:
        """How a spreadsheet names this place: its P-code, else its Arabic name."""
        return self.pcode or self.name_ar

    def describe(self) -> str:
        parts = [self.name_ar]
        if self.name_en:
            parts.append(self.name_en)
        if self.pcode:
            parts.append(self.pcode)
        adm1 = self.admin[0]
        where = f", {adm1.name_en or adm1.name_ar}" if adm1 and adm1 is not self else ""
        return f"{' / '.join(parts)} ({self.level.value}{where})"


class PlaceIndex:
    def __init__(self, places: list[PlaceInfo]) -> None:
        self.by_id = {p.id: p for p in places}
        self.by_pcode = {p.pcode.upper(): p for p in places if p.pcode}
        self.by_key: dict[str, list[PlaceInfo]] = defaultdict(list)
        for p in places:
            for name in {p.name_ar, p.name_en, *p.alt_names} - {None, ""}:
                k = name_key(name)  # type: ignore[arg-type]
                if k and p not in self.by_key[k]:
                    self.by_key[k].append(p)
        for p in places:
            chain = self._chain(p)
            for anc in chain:
                level = ADMIN_LEVELS.get(anc.level)
                if level:
                    p.admin[level - 1] = anc

    def _chain(self, place: PlaceInfo) -> list[PlaceInfo]:
        out: list[PlaceInfo] = []
        seen: set[uuid.UUID] = set()
        current: PlaceInfo | None = place
        while current is not None and current.id not in seen:
            seen.add(current.id)
            out.append(current)
            current = self.by_id.get(current.parent_id) if current.parent_id else None
        return out

    @classmethod
    def load(cls, session: Session) -> PlaceIndex:
        rows = session.execute(select(
            Place.id, Place.parent_id, Place.level, Place.pcode, Place.name_ar, Place.name_en, Place.alt_names,
            Place.latitude, Place.longitude, Place.path))
        return cls([PlaceInfo(id=row.id, parent_id=row.parent_id, level=PlaceLevel(row.level), pcode=row.pcode,
                              name_ar=row.name_ar, name_en=row.name_en, alt_names=list(row.alt_names or []),
                              latitude=row.latitude, longitude=row.longitude, path=row.path)
                    for row in rows])

    def lookup(self, text: str) -> list[PlaceInfo]:
        """Places a spreadsheet value may mean: one for a P-code or key, possibly several for a name."""
        text = text.strip()
        if not text:
            return []
        if _PCODE_RE.match(text) and text.upper() in self.by_pcode:
            return [self.by_pcode[text.upper()]]
        try:
            place = self.by_id.get(uuid.UUID(text))
        except ValueError:
            place = None
        if place is not None:
            return [place]
        found = list(self.by_key.get(name_key(text), []))
        found.sort(key=lambda p: LEVEL_ORDER.index(p.level))
        return found

    def resolve(self, text: str, *, coarsest: bool = False) -> PlaceInfo:
        """Exactly one place, or ValueError(code, params) naming the candidates (see place_error).

        A name shared by nested units ("Deir ez-Zor": governorate, district, sub-district and
        city) means the finest of them, or with `coarsest` the largest (for "everything inside")."""
        found = self.lookup(text)
        if not found:
            raise ValueError("unknown_place", {"value": text})
        if coarsest:
            found.reverse()
        if len(found) > 1 and found[0].level == found[1].level:
            names = "; ".join(p.describe() for p in found[:6])
            raise ValueError("ambiguous_place", {"value": text, "count": len(found), "names": names})
        return found[0]


PLACE_ERRORS = {
    "unknown_place": "no place «{value}» in the gazetteer (give a P-code or a gazetteer name)",
    "ambiguous_place": "«{value}» names {count} places: {names}; give the P-code",
}


def place_error(exc: ValueError) -> str:
    """The English message of a ValueError raised by `PlaceIndex.resolve`."""
    code, params = exc.args
    return PLACE_ERRORS[code].format(**params)
