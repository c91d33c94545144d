"""Finding the gazetteer place a row of another dataset means, or saying why not.

A row names its place the way its dataset does: a P-code, admin 1–3 names and a location name
(ACLED, UCDP, HXL sheets), often with coordinates. In order:

1. a P-code the gazetteer knows;
2. the admin units the row names, each looked up at its own level and inside the one above it;
3. the location name, inside the finest admin unit found: first with `arabic.key` (the same
   normalisation as search and the gazetteer's alternative spellings), then with the looser
   `translit.skeleton` ("Dayr al Zawr" = "Deir ez-Zor"); several places of the same level are
   told apart by the coordinates, else the row is ambiguous;
4. coordinates alone: the nearest place of the level the row's precision asks for, within a
   distance (NEAR_KM for a town, ADMIN_KM for an admin unit's centroid);
5. with `create`, a new community under the finest admin unit named, or, when the row names
   none, under the sub-district whose centroid is nearest to its coordinates.

Every distinct place is resolved once; what could not be resolved is collected (with every row
naming it) so an import lists them all at once."""

from __future__ import annotations

import math
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from ..models import LocationPrecision, PlaceLevel
from ..reference import place_path
from ..text.arabic import key as name_key
from ..text.translit import loose_key, skeleton
from .gazetteer import LEVEL_ORDER, PlaceIndex, PlaceInfo

# Ids of places an import creates: uuid5(CREATED_NS, "parent id|name key"), so that two databases
# importing the same file create the same place, and a second import finds it.
CREATED_NS = uuid.UUID("0f3b8c2e-5d41-4a9e-9c77-1e6a2b9d4f10")
NEAR_KM = 3.0  # a town or neighbourhood this close to the row's coordinates is the row's place
ADMIN_KM = 60.0  # an admin unit's centroid this close (sub-districts are ~20–40 km across)
ADMIN_LEVEL = {1: PlaceLevel.GOVERNORATE, 2: PlaceLevel.DISTRICT, 3: PlaceLevel.SUBDISTRICT}
# The gazetteer level a location precision points at when only coordinates are known.
LEVEL_FOR_PRECISION = {
    LocationPrecision.EXACT: PlaceLevel.COMMUNITY, LocationPrecision.NEIGHBOURHOOD: PlaceLevel.NEIGHBOURHOOD,
    LocationPrecision.TOWN: PlaceLevel.COMMUNITY, LocationPrecision.SUBDISTRICT: PlaceLevel.SUBDISTRICT,
    LocationPrecision.DISTRICT: PlaceLevel.DISTRICT, LocationPrecision.GOVERNORATE: PlaceLevel.GOVERNORATE,
}


@dataclass(frozen=True)
class PlaceRef:
    """How a row names its place."""

    name: str | None = None  # the location (town, village, neighbourhood)
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    pcode: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    precision: LocationPrecision | None = None

    def describe(self) -> str:
        names = [n for n in (self.name, self.admin3, self.admin2, self.admin1) if n]
        text = ", ".join(dict.fromkeys(names)) or (self.pcode or "")
        if self.pcode and names:
            text += f" ({self.pcode})"
        if self.latitude is not None and self.longitude is not None:
            text += f" at {self.latitude:.4f}, {self.longitude:.4f}"
        return text or "no place given"


CREATE = "create"  # a settled place: add it under the admin unit its rows name (`create_parent`)
SUGGESTIONS = 5
SUGGEST_SIMILARITY = 70  # RapidFuzz WRatio of the article-free keys for "did you mean"


def group_key(ref: PlaceRef) -> tuple[str | None, ...]:
    """The same name in the same admin units is one place to settle, whatever the coordinates."""
    return (name_key(ref.name or ""), name_key(ref.admin1 or ""), name_key(ref.admin2 or ""),
            name_key(ref.admin3 or ""), ref.pcode)


@dataclass
class Resolved:
    place: PlaceInfo
    how: str  # "P-code", "name", "spelling variant", "coordinates (1.2 km)", "created", "admin unit"
    created: bool = False


@dataclass
class Unresolved:
    ref: PlaceRef
    reason: str
    rows: list[int] = field(default_factory=list)
    candidates: list[PlaceInfo] = field(default_factory=list)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


class PlaceMatcher:
    def __init__(self, index: PlaceIndex, *, create: bool = False, origin: str | None = None,
                 settled: dict[tuple[str | None, ...], uuid.UUID | str] | None = None) -> None:
        self.index = index
        self.create = create
        # Places a person settled before the import (`group_key` → a place id, or CREATE).
        self.settled = settled or {}
        self.origin = origin
        self.by_skeleton: dict[str, list[PlaceInfo]] = defaultdict(list)
        self.by_loose: dict[str, list[PlaceInfo]] = defaultdict(list)
        for p in index.by_id.values():
            self._index_names(p)
        self._done: dict[PlaceRef, Resolved | Unresolved] = {}
        self.unresolved: list[Unresolved] = []
        self._unresolved_by: dict[tuple[str | None, ...], Unresolved] = {}
        self._scopes: dict[tuple[str | None, ...], tuple[PlaceInfo | None, Unresolved | None]] = {}
        self._names: dict[str, tuple[list[PlaceInfo], str]] = {}
        self.created: dict[uuid.UUID, PlaceInfo] = {}
        self.counts: dict[str, int] = defaultdict(int)  # how places were found, for the summary

    def _index_names(self, p: PlaceInfo) -> None:
        for name in {p.name_ar, p.name_en, *p.alt_names} - {None, ""}:
            for table, k in ((self.by_loose, loose_key(name)), (self.by_skeleton, skeleton(name))):  # type: ignore[arg-type]
                if k and p not in table[k]:
                    table[k].append(p)

    # -- the one entry point -----------------------------------------------------------------

    def resolve(self, ref: PlaceRef, row: int) -> PlaceInfo | None:
        found = self._done.get(ref)
        if found is None:
            found = self._settled(ref) or self._resolve(ref)
            if isinstance(found, Unresolved):
                group = group_key(ref)
                same = self._unresolved_by.get(group)
                if same is None:
                    self._unresolved_by[group] = found
                    self.unresolved.append(found)
                else:
                    found = same
            self._done[ref] = found
        if isinstance(found, Unresolved):
            found.rows.append(row)
            return None
        self.counts[found.how.split(" (")[0]] += 1
        return found.place

    def _settled(self, ref: PlaceRef) -> Resolved | Unresolved | None:
        decision = self.settled.get(group_key(ref))
        if decision is None:
            return None
        if decision == CREATE:
            create, self.create = self.create, True
            try:
                return self._resolve(ref)
            finally:
                self.create = create
        place = self.index.by_id.get(decision)  # type: ignore[arg-type]
        if place is None:
            return Unresolved(ref, "the place chosen for it is no longer in the gazetteer")
        return Resolved(place, "chosen by hand")

    # -- what a person settles ---------------------------------------------------------------

    def suggestions(self, u: Unresolved) -> list[PlaceInfo]:
        """Places the row may mean: the candidates of an ambiguous name, else the gazetteer's
        towns and neighbourhoods inside the admin unit the row names whose names read alike."""
        if u.candidates:
            return list(u.candidates)
        if not u.ref.name:
            return []
        from rapidfuzz import fuzz, process  # noqa: PLC0415

        scope, _ = self._admin_scope(u.ref)
        names: dict[str, PlaceInfo] = {}
        for p in self.index.by_id.values():
            if p.level not in (PlaceLevel.COMMUNITY, PlaceLevel.NEIGHBOURHOOD, PlaceLevel.SUBDISTRICT):
                continue
            if scope is not None and not _inside(p, scope):
                continue
            for n in {p.name_ar, p.name_en, *p.alt_names} - {None, ""}:
                names.setdefault(loose_key(n), p)  # type: ignore[arg-type]
        out: list[PlaceInfo] = []
        for key, score, _ in process.extract(loose_key(u.ref.name), list(names), scorer=fuzz.WRatio,
                                             limit=SUGGESTIONS * 3):
            if score >= SUGGEST_SIMILARITY and names[key] not in out:
                out.append(names[key])
        return out[:SUGGESTIONS]

    def create_parent(self, ref: PlaceRef) -> PlaceInfo | None:
        """Where settling the place as new would put it (as `create` does), or None."""
        if not ref.name:
            return None
        scope, problem = self._admin_scope(ref)
        if problem is not None and scope is None and ref.admin1:
            return None
        parent = scope
        if scope is None or scope.level in (PlaceLevel.GOVERNORATE, PlaceLevel.DISTRICT):
            parent = self._nearest_admin(ref, scope) or scope
        return parent

    # -- steps -------------------------------------------------------------------------------

    def _resolve(self, ref: PlaceRef) -> Resolved | Unresolved:
        if ref.pcode:
            p = self.index.by_pcode.get(ref.pcode.strip().upper())
            if p is not None:
                return Resolved(p, "P-code")
        scope, problem = self._admin_scope(ref)
        if problem is not None:
            return problem
        if scope is not None and self._coarse_precision(ref):
            # The dataset knows the place only to an admin unit (ACLED geo_precision 3 codes such
            # events at the provincial capital; UCDP where_prec 3–4): the unit, not the town named.
            return Resolved(scope, "admin unit")
        if ref.name:
            hit = self._by_name(ref, ref.name, scope, (PlaceLevel.NEIGHBOURHOOD, PlaceLevel.COMMUNITY,
                                                       PlaceLevel.SUBDISTRICT, PlaceLevel.DISTRICT,
                                                       PlaceLevel.GOVERNORATE))
            if isinstance(hit, Unresolved):
                return hit
            if hit is not None:
                return hit
        elif scope is not None:
            return Resolved(scope, "admin unit")
        near = self._nearest(ref, scope)
        if near is not None:
            return near
        if self.create and ref.name:
            # Under the finest unit the row names; coordinates may place it finer (the nearest
            # sub-district inside a governorate or district the row names).
            parent = scope
            if scope is None or scope.level in (PlaceLevel.GOVERNORATE, PlaceLevel.DISTRICT):
                parent = self._nearest_admin(ref, scope) or scope
            if parent is not None:
                return Resolved(self._new_place(ref, parent), "created", created=True)
            return Unresolved(ref, "it names no admin unit the gazetteer knows and has no coordinates, so there "
                                   "is nowhere to add it; give its governorate, district or sub-district")
        where = f" in {_short(scope)}" if scope is not None else ""
        return Unresolved(ref, f"no such place{where} in the gazetteer")

    @staticmethod
    def _coarse_precision(ref: PlaceRef) -> bool:
        return ref.precision in (LocationPrecision.DISTRICT, LocationPrecision.GOVERNORATE)

    def _admin_scope(self, ref: PlaceRef) -> tuple[PlaceInfo | None, Unresolved | None]:
        """The finest admin unit the row names (each inside the one above), or why not; once per
        combination of names (rows of a dataset repeat them with different coordinates)."""
        names = (ref.admin1, ref.admin2, ref.admin3)
        hit = self._scopes.get(names)
        if hit is None:
            hit = self._scopes[names] = self._admin_scope_of(PlaceRef(admin1=ref.admin1, admin2=ref.admin2,
                                                                      admin3=ref.admin3))
        scope, problem = hit
        if problem is not None:
            problem = Unresolved(ref, problem.reason, candidates=problem.candidates)
        return scope, problem

    def _admin_scope_of(self, ref: PlaceRef) -> tuple[PlaceInfo | None, Unresolved | None]:
        scope: PlaceInfo | None = None
        for level_no, name in ((1, ref.admin1), (2, ref.admin2), (3, ref.admin3)):
            if not name:
                continue
            hit = self._by_name(ref, name, scope, (ADMIN_LEVEL[level_no],))
            if isinstance(hit, Unresolved):
                return None, hit
            if hit is None:
                if level_no == 1:
                    return None, Unresolved(ref, f"no governorate «{name}» in the gazetteer")
                # A district or sub-district the gazetteer spells otherwise: the governorate still
                # places the row; the location name decides below.
                continue
            scope = hit.place
        return scope, None

    def _candidates(self, name: str) -> tuple[list[PlaceInfo], str]:
        """Places of that name: its key or its key without articles (the same name written with or
        without them), else its spelling-variant skeleton."""
        hit = self._names.get(name)
        if hit is None:
            hit = self._names[name] = self._candidates_of(name)
        return list(hit[0]), hit[1]

    def _candidates_of(self, name: str) -> tuple[list[PlaceInfo], str]:
        k, loose = name_key(name), loose_key(name)
        found = list(self.index.by_key.get(k, [])) if k else []
        found += [p for p in self.by_loose.get(loose, []) if p not in found] if loose else []
        if found:
            return found, "name"
        s = skeleton(name)
        return ([p for p in self.by_skeleton.get(s, []) if _alike(loose, p)] if s else []), "spelling variant"

    def _by_name(self, ref: PlaceRef, name: str, scope: PlaceInfo | None,
                 levels: tuple[PlaceLevel, ...]) -> Resolved | Unresolved | None:
        found, how = self._candidates(name)
        found = [p for p in found if p.level in levels and (scope is None or _inside(p, scope))]
        if not found and how == "name":  # the exact key named places elsewhere: try the variants too
            s = skeleton(name)
            loose = loose_key(name)
            found = [p for p in self.by_skeleton.get(s, []) if p.level in levels
                     and (scope is None or _inside(p, scope)) and _alike(loose, p)] if s else []
            how = "spelling variant"
        if not found:
            return None
        found.sort(key=lambda p: LEVEL_ORDER.index(p.level))
        finest = [p for p in found if p.level == found[0].level]
        if len(finest) == 1:
            return Resolved(finest[0], how)
        if ref.latitude is not None and ref.longitude is not None:
            located = [(distance_km(ref.latitude, ref.longitude, p.latitude, p.longitude), p) for p in finest
                       if p.latitude is not None and p.longitude is not None]
            if located:
                located.sort(key=lambda t: t[0])
                return Resolved(located[0][1], f"{how} and coordinates ({located[0][0]:.1f} km)")
        return Unresolved(ref, f"«{name}» names {len(finest)} places", candidates=finest[:6])

    def _nearest(self, ref: PlaceRef, scope: PlaceInfo | None) -> Resolved | None:
        if ref.latitude is None or ref.longitude is None:
            return None
        level = LEVEL_FOR_PRECISION.get(ref.precision or LocationPrecision.TOWN, PlaceLevel.COMMUNITY)
        limit = NEAR_KM if level in (PlaceLevel.COMMUNITY, PlaceLevel.NEIGHBOURHOOD) else ADMIN_KM
        best: tuple[float, PlaceInfo] | None = None
        for p in self.index.by_id.values():
            if p.level != level or p.latitude is None or p.longitude is None:
                continue
            if scope is not None and not _inside(p, scope):
                continue
            d = distance_km(ref.latitude, ref.longitude, p.latitude, p.longitude)
            if d <= limit and (best is None or d < best[0]):
                best = (d, p)
        if best is None:
            return None
        return Resolved(best[1], f"coordinates ({best[0]:.1f} km)")

    def _nearest_admin(self, ref: PlaceRef, scope: PlaceInfo | None = None) -> PlaceInfo | None:
        """The sub-district (else district) whose centroid is nearest the row's coordinates, inside
        `scope` when given."""
        if ref.latitude is None or ref.longitude is None:
            return None
        for level in (PlaceLevel.SUBDISTRICT, PlaceLevel.DISTRICT):
            located = [(distance_km(ref.latitude, ref.longitude, p.latitude, p.longitude), p)
                       for p in self.index.by_id.values()
                       if p.level == level and p.latitude is not None and p.longitude is not None
                       and (scope is None or _inside(p, scope))]
            located = [t for t in located if t[0] <= ADMIN_KM]
            if located:
                return min(located, key=lambda t: t[0])[1]
        return None

    def _new_place(self, ref: PlaceRef, parent: PlaceInfo) -> PlaceInfo:
        name = (ref.name or "").strip()
        pid = uuid.uuid5(CREATED_NS, f"{parent.id}|{name_key(name)}")
        existing = self.created.get(pid)
        if existing is not None:
            return existing
        arabic = any("\u0621" <= c <= "\u064a" for c in name)
        level = PlaceLevel.NEIGHBOURHOOD if ref.precision == LocationPrecision.NEIGHBOURHOOD else PlaceLevel.COMMUNITY
        place = PlaceInfo(id=pid, parent_id=parent.id, level=level, pcode=None, name_ar=name,
                          name_en=None if arabic else name, alt_names=[], latitude=ref.latitude,
                          longitude=ref.longitude, path=place_path(parent.path, pid))
        place.admin = list(parent.admin)
        self.created[pid] = place
        # Later rows naming it find it (and rows spelling it otherwise, by its skeleton).
        self.index.by_id[pid] = place
        self.index.by_key[name_key(name)].append(place)
        self._index_names(place)
        self._names.clear()
        return place


SKELETON_SIMILARITY = 60  # "Hamam" and "Hmeimim" share a skeleton (50): two villages, not one


def _alike(loose: str, place: PlaceInfo) -> bool:
    """A skeleton match that also reads alike (RapidFuzz ratio of the article-free keys) with one of
    the place's names: the skeleton alone joins names that only share consonants."""
    from rapidfuzz import fuzz  # noqa: PLC0415

    return any(fuzz.ratio(loose, loose_key(n)) >= SKELETON_SIMILARITY
               for n in {place.name_ar, place.name_en, *place.alt_names} - {None, ""})


def _short(place: PlaceInfo) -> str:
    name = place.name_en or place.name_ar
    return f"{name} ({place.pcode})" if place.pcode else f"{name} ({place.level.value})"


def _inside(place: PlaceInfo, scope: PlaceInfo) -> bool:
    return place.id == scope.id or place.path.startswith(scope.path)
