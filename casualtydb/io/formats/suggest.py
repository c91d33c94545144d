"""Guessing a column mapping from a sheet's headers (Arabic or English) and its HXL hashtags.

Each header is tried in turn: its HXL hashtag when the sheet has a hashtag row (matched with
libhxl's tag patterns, so `#affected+killed+civilians+min` is read the same whatever the order of
its attributes), then the header's words. A figure column is recognised by a category word
(killed, قتلى, شهداء, injured, جرحى…), optionally a victim group (civilians, مدنيين, children,
أطفال…) and a bound (min/أدنى, max/أعلى). Every guess says why it was made; what is not
recognised is left out, for the person to add."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import Category, VictimGroup
from ...text.arabic import key as name_key
from .mapped import FIELDS, Figure, Mapping

# Field → header phrases (compared with arabic.key: case, hamza forms, ة/ه and the article ignored).
PHRASES: dict[str, tuple[str, ...]] = {
    "incident": ("incident", "incident id", "event id", "id", "code", "incident code", "رقم الحادثة", "الرقم",
                 "رمز الحادثة", "معرف الحادثة", "الحادثة"),
    "date": ("date", "incident date", "event date", "day", "date of incident", "التاريخ", "تاريخ الحادثة",
             "تاريخ الحادث", "تاريخ الواقعة", "اليوم", "تاريخ الهجوم"),
    "end_date": ("end date", "date end", "تاريخ الانتهاء", "تاريخ النهاية"),
    "place": ("place", "location", "town", "village", "city", "locality", "community", "neighbourhood",
              "neighborhood", "المكان", "الموقع", "مكان الحادثة", "القرية", "المدينة", "البلدة", "الحي", "البلدة/القرية"),
    "governorate": ("governorate", "province", "admin1", "adm1", "المحافظة"),
    "district": ("district", "admin2", "adm2", "المنطقة", "منطقة"),
    "subdistrict": ("subdistrict", "sub district", "sub-district", "nahiya", "admin3", "adm3", "الناحية"),
    "pcode": ("pcode", "p-code", "p code", "location pcode", "place pcode"),
    "latitude": ("latitude", "lat", "خط العرض"),
    "longitude": ("longitude", "lon", "lng", "long", "خط الطول"),
    "event_type": ("type", "event type", "incident type", "type of attack", "attack type", "weapon",
                   "نوع الحادثة", "نوع الهجوم", "النوع", "نوع الحادث", "السلاح"),
    "actors": ("perpetrator", "perpetrators", "actor", "actors", "responsible", "responsible party", "belligerent",
               "الجهة المسؤولة", "الجهة الفاعلة", "الفاعل", "الطرف المسؤول", "المسؤول"),
    "source": ("source", "source name", "reported by", "المصدر", "مصدر الخبر", "الجهة الناقلة"),
    "url": ("url", "link", "source url", "web address", "الرابط", "رابط المصدر", "رابط"),
    "title": ("title", "headline", "العنوان", "عنوان الخبر"),
    "published": ("published", "publication date", "report date", "date published", "تاريخ النشر"),
    "author": ("author", "الكاتب", "المحرر"),
    "description": ("description", "summary", "details", "narrative"),
    "description_ar": ("الوصف", "التفاصيل", "ملخص", "الملخص", "تفاصيل الحادثة"),
    "grade": ("grade", "grading", "التصنيف"),
}
CATEGORY_WORDS: dict[Category, tuple[str, ...]] = {
    Category.KILLED: ("killed", "deaths", "dead", "fatalities", "death toll", "قتلى", "قتيل", "القتلى", "شهداء",
                      "الشهداء", "شهيد", "ضحايا", "الضحايا", "وفيات", "الوفيات"),
    Category.INJURED: ("injured", "wounded", "injuries", "جرحى", "الجرحى", "مصابين", "المصابين", "مصاب",
                       "اصابات", "الاصابات"),
    Category.MISSING: ("missing", "مفقودين", "المفقودين", "مفقود"),
    Category.DETAINED: ("detained", "arrested", "detainees", "معتقلين", "المعتقلين", "معتقل", "اعتقال"),
    Category.DISPLACED: ("displaced", "نازحين", "النازحين", "مهجرين"),
    Category.BESIEGED: ("besieged", "محاصرين", "المحاصرين"),
}
GROUP_WORDS: dict[VictimGroup, tuple[str, ...]] = {
    VictimGroup.CIVILIANS: ("civilian", "civilians", "مدنيين", "المدنيين", "مدني", "مدنيون"),
    VictimGroup.CHILDREN: ("children", "child", "kids", "اطفال", "الاطفال", "طفل"),
    VictimGroup.WOMEN: ("women", "woman", "نساء", "النساء", "سيدات"),
    VictimGroup.MEN: ("men", "رجال", "الرجال"),
    VictimGroup.COMBATANTS: ("combatants", "fighters", "soldiers", "مقاتلين", "المقاتلين", "عسكريين", "العسكريين"),
}
MIN_WORDS = ("min", "minimum", "low", "lower", "at least", "ادنى", "الادنى", "الحد الادنى", "اقل")
MAX_WORDS = ("max", "maximum", "high", "upper", "اعلى", "الاعلى", "الحد الاعلى", "اكثر")

# HXL: (hashtag pattern, target). Figures are read from #affected's attributes below.
HXL_RULES = (
    ("#event+id", "incident"), ("#date+end", "end_date"), ("#date+reported", "published"),
    ("#date+published", "published"), ("#date", "date"), ("#loc+code", "pcode"),
    ("#adm1+code", "ignore"), ("#adm2+code", "ignore"), ("#adm3+code", "ignore"),
    ("#adm1", "governorate"), ("#adm2", "district"), ("#adm3", "subdistrict"), ("#loc", "place"),
    ("#geo+lat", "latitude"), ("#geo+lon", "longitude"), ("#event+type", "event_type"),
    ("#group", "actors"), ("#org+perpetrator", "actors"), ("#meta+source", "source"), ("#org+source", "source"),
    ("#meta+url", "url"), ("#meta+title", "title"), ("#description+i_ar", "description_ar"),
    ("#description", "description"), ("#meta+grade", "grade"),
)
HXL_CATEGORY = {"killed": Category.KILLED, "dead": Category.KILLED, "injured": Category.INJURED,
                "wounded": Category.INJURED, "missing": Category.MISSING, "detained": Category.DETAINED,
                "arrested": Category.DETAINED, "displaced": Category.DISPLACED, "besieged": Category.BESIEGED}
HXL_GROUP = {"civilians": VictimGroup.CIVILIANS, "children": VictimGroup.CHILDREN, "women": VictimGroup.WOMEN,
             "men": VictimGroup.MEN, "combatants": VictimGroup.COMBATANTS}

_PHRASE_INDEX = {name_key(p): field for field, phrases in PHRASES.items() for p in phrases}


def _has(words: str, phrases: Sequence[str]) -> str | None:
    padded = f" {words} "
    for p in phrases:
        k = name_key(p)
        if k and f" {k} " in padded:
            return p
    return None


def guess_header(header: str) -> tuple[str, str] | None:
    """(target, why) for one header, or None."""
    k = name_key(header)
    if not k:
        return None
    words = " ".join(re.split(r"[\s_()\[\]/:.,-]+", k)).strip()
    for category, phrases in CATEGORY_WORDS.items():
        hit = _has(words, phrases)
        if hit is None:
            continue
        group = VictimGroup.UNKNOWN
        why = [f"«{hit}»"]
        for g, gwords in GROUP_WORDS.items():
            ghit = _has(words, gwords)
            if ghit:
                group, why = g, [*why, f"«{ghit}»"]
                break
        bound = "exact"
        if (b := _has(words, MIN_WORDS)) is not None:
            bound, why = "min", [*why, f"«{b}»"]
        elif (b := _has(words, MAX_WORDS)) is not None:
            bound, why = "max", [*why, f"«{b}»"]
        return Figure(category, group, bound).target, "the header says " + " + ".join(why)
    field = _PHRASE_INDEX.get(words) or _PHRASE_INDEX.get(k)
    if field:
        return field, f"the header «{header}»"
    return None


def guess_hxl(tag: str) -> tuple[str, str] | None:
    import hxl.model  # noqa: PLC0415 - libhxl: only when a sheet has hashtags

    try:
        column = hxl.model.Column.parse(tag)
    except Exception:  # noqa: BLE001 - libhxl raises its own types for a malformed hashtag
        return None
    if column is None or not column.tag:
        return None
    if column.tag == "#affected":
        attrs = set(column.attributes)
        category = next((HXL_CATEGORY[a] for a in attrs if a in HXL_CATEGORY), None)
        if category is None:
            return None
        group = next((HXL_GROUP[a] for a in attrs if a in HXL_GROUP), VictimGroup.UNKNOWN)
        bound = "min" if attrs & {"min", "low"} else "max" if attrs & {"max", "high"} else "exact"
        return Figure(category, group, bound).target, f"HXL {column.display_tag}"
    for pattern, target in HXL_RULES:
        if hxl.model.TagPattern.parse(pattern).match(column):
            return target, f"HXL {column.display_tag}"
    return None


def suggest(header: Sequence[str], hxl_row: Sequence[str] | None = None) -> Mapping:
    """A mapping for these headers: each column guessed at most once per target."""
    columns: dict[str, str] = {}
    why: dict[str, str] = {}
    taken: set[str] = set()
    for i, h in enumerate(header):
        if not h:
            continue
        tag = hxl_row[i] if hxl_row and i < len(hxl_row) else ""
        guess = (guess_hxl(tag) if tag else None) or guess_header(h)
        if guess is None:
            continue
        target, reason = guess
        if target != "ignore" and target in taken:
            continue
        taken.add(target)
        columns[h] = target
        why[h] = reason
    # Both an exact figure and its min/max for the same group: low–high is the range, "best" inside it.
    for h, t in list(columns.items()):
        base = t.split(":")
        if len(base) == 2 and f"{t}:min" in taken and f"{t}:max" in taken:
            columns[h] = "ignore"
            why[h] += " (a point inside the min–max range; the range is kept)"
    return Mapping(columns=columns, why=why)


def described(mapping: Mapping) -> list[str]:
    return [f"  {h} → {FIELDS.get(t, t)}" + (f" ({mapping.why[h]})" if h in mapping.why else "")
            for h, t in mapping.columns.items()]
