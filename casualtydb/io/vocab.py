"""Bilingual labels and definitions of every controlled value that appears in a workbook.

One table per vocabulary: the value stored in the database, its English and Arabic labels
(written into cells), and a definition for the codebook. The importer reads any of the three
back, so a workbook exported in either language imports again."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..models import (
    ActorRole,
    Category,
    ConflictStatus,
    DatePrecision,
    EventType,
    Grade,
    LocationPrecision,
    Reliability,
    SourceKind,
    VictimGroup,
)


@dataclass(frozen=True)
class Term:
    value: str | int
    en: str
    ar: str
    doc_en: str = ""
    doc_ar: str = ""

    def label(self, lang: str) -> str:
        return self.ar if lang == "ar" else self.en


@dataclass(frozen=True)
class Vocabulary:
    key: str
    en: str
    ar: str
    terms: tuple[Term, ...]
    source_en: str = ""  # where the scale comes from, for the codebook

    def __post_init__(self) -> None:
        lookup: dict[str, str | int] = {}
        for t in self.terms:
            for text in (str(t.value), t.en, t.ar):
                lookup[_fold(text)] = t.value
        object.__setattr__(self, "_lookup", lookup)
        object.__setattr__(self, "_by_value", {t.value: t for t in self.terms})

    def label(self, value: str | int | StrEnum | None, lang: str) -> str | None:
        if value is None:
            return None
        term = self._by_value.get(value.value if isinstance(value, StrEnum) else value)  # type: ignore[attr-defined]
        return term.label(lang) if term else str(value)

    def parse(self, text: object) -> str | int | None:
        """The stored value for a code or label in English or Arabic; None if not one of ours."""
        if text is None:
            return None
        if isinstance(text, float) and text.is_integer():
            text = int(text)
        return self._lookup.get(_fold(str(text)))  # type: ignore[attr-defined]

    def labels(self, lang: str) -> list[str]:
        return [t.label(lang) for t in self.terms]


def _fold(text: str) -> str:
    """Case, spacing and underscore-insensitive key ("Ground attack" == "ground_attack")."""
    return " ".join(text.replace("_", " ").replace("-", " ").casefold().split())


def _enum_terms(enum: type[StrEnum], rows: dict[StrEnum, tuple[str, str, str, str]]) -> tuple[Term, ...]:
    missing = set(enum) - set(rows)
    if missing:  # a new enum member must get labels here before it can be exported
        raise RuntimeError(f"vocab: no labels for {sorted(m.value for m in missing)}")
    return tuple(Term(m.value, *rows[m]) for m in enum)


CATEGORY = Vocabulary("category", "Category", "الفئة", _enum_terms(Category, {
    Category.KILLED: ("killed", "قتلى", "People reported killed.", "الأشخاص الذين أفيد بمقتلهم."),
    Category.INJURED: ("injured", "جرحى", "People reported injured.", "الأشخاص الذين أفيد بإصابتهم."),
    Category.MISSING: ("missing", "مفقودون", "People reported missing.", "الأشخاص الذين أفيد بفقدانهم."),
    Category.DETAINED: ("detained", "معتقلون", "People reported detained or arrested.",
                        "الأشخاص الذين أفيد باعتقالهم أو احتجازهم."),
    Category.BESIEGED: ("besieged", "محاصرون", "People reported trapped under siege.",
                        "الأشخاص الذين أفيد بأنهم محاصرون."),
    Category.DISPLACED: ("displaced", "نازحون", "People reported displaced.", "الأشخاص الذين أفيد بنزوحهم."),
}))

VICTIM_GROUP = Vocabulary("victim_group", "Victim group", "فئة الضحايا", _enum_terms(VictimGroup, {
    VictimGroup.CIVILIANS: ("civilians", "مدنيون", "Civilians (all ages and sexes unless a breakdown says otherwise).",
                            "مدنيون (من كل الأعمار والأجناس ما لم يُذكر تفصيل)."),
    VictimGroup.CHILDREN: ("children", "أطفال", "Children (under 18); usually a breakdown of a civilian figure.",
                           "أطفال (دون 18 عاماً)؛ غالباً تفصيل لرقم المدنيين."),
    VictimGroup.WOMEN: ("women", "نساء", "Women; usually a breakdown of a civilian figure.",
                        "نساء؛ غالباً تفصيل لرقم المدنيين."),
    VictimGroup.MEN: ("men", "رجال", "Men; usually a breakdown of a civilian figure.", "رجال؛ غالباً تفصيل لرقم المدنيين."),
    VictimGroup.COMBATANTS: ("combatants", "مقاتلون", "Members of armed forces or armed groups.",
                             "عناصر القوات المسلحة أو الجماعات المسلحة."),
    VictimGroup.UNKNOWN: ("unknown", "غير محدد", "The report does not say who the victims were.",
                          "لم يحدد التقرير من هم الضحايا."),
}))

EVENT_TYPE = Vocabulary("event_type", "Incident type", "نوع الحادثة", _enum_terms(EventType, {
    EventType.AIRSTRIKE: ("airstrike", "غارة جوية", "Attack from aircraft or drones.", "هجوم بالطائرات أو المسيّرات."),
    EventType.SHELLING: ("shelling", "قصف مدفعي", "Artillery, mortar, rocket or missile fire from the ground.",
                         "قصف بالمدفعية أو الهاون أو الصواريخ من الأرض."),
    EventType.GROUND_ATTACK: ("ground attack", "هجوم بري", "Assault, raid or clash on the ground.",
                              "اقتحام أو مداهمة أو اشتباك على الأرض."),
    EventType.EXPLOSIVE_DEVICE: ("explosive device", "عبوة ناسفة", "Car bomb, IED, landmine or suicide attack.",
                                 "سيارة مفخخة أو عبوة ناسفة أو لغم أو هجوم انتحاري."),
    EventType.EXECUTION: ("execution", "إعدام", "Killing of people in custody or summary execution.",
                          "قتل أشخاص محتجزين أو إعدام ميداني."),
    EventType.SIEGE: ("siege", "حصار", "Encirclement that traps civilians.", "تطويق يحاصر المدنيين."),
    EventType.DETENTION_CAMPAIGN: ("detention campaign", "حملة اعتقالات", "Mass arrests or raids to detain people.",
                                   "اعتقالات جماعية أو مداهمات بهدف الاحتجاز."),
    EventType.OTHER: ("other", "أخرى", "Any other kind of incident.", "أي نوع آخر من الحوادث."),
}))

DATE_PRECISION = Vocabulary("date_precision", "Date precision", "دقة التاريخ", _enum_terms(DatePrecision, {
    DatePrecision.DAY: ("day", "يوم", "The exact day is known.", "اليوم معروف بدقة."),
    DatePrecision.DAYS: ("days", "أيام", "Within a span of two to six days.", "ضمن فترة من يومين إلى ستة أيام."),
    DatePrecision.WEEK: ("week", "أسبوع", "Known to the week only.", "معروف حتى الأسبوع فقط."),
    DatePrecision.MONTH: ("month", "شهر", "Known to the month only.", "معروف حتى الشهر فقط."),
    DatePrecision.YEAR: ("year", "سنة", "Known to the year only.", "معروف حتى السنة فقط."),
}))

LOCATION_PRECISION = Vocabulary("location_precision", "Location precision", "دقة الموقع", _enum_terms(LocationPrecision, {
    LocationPrecision.EXACT: ("exact", "موقع دقيق", "An exact site (a building, a street).", "موقع محدد (مبنى، شارع)."),
    LocationPrecision.NEIGHBOURHOOD: ("neighbourhood", "حي", "A neighbourhood of a town or city.", "حي في بلدة أو مدينة."),
    LocationPrecision.TOWN: ("town", "بلدة", "A town or village.", "بلدة أو قرية أو مدينة."),
    LocationPrecision.SUBDISTRICT: ("sub-district", "ناحية", "Only the sub-district (admin 3) is known.",
                                    "الناحية فقط معروفة (المستوى الإداري الثالث)."),
    LocationPrecision.DISTRICT: ("district", "منطقة", "Only the district (admin 2) is known.",
                                 "المنطقة فقط معروفة (المستوى الإداري الثاني)."),
    LocationPrecision.GOVERNORATE: ("governorate", "محافظة", "Only the governorate (admin 1) is known.",
                                    "المحافظة فقط معروفة (المستوى الإداري الأول)."),
}))

ACTOR_ROLE = Vocabulary("actor_role", "Actor's role", "دور الطرف", _enum_terms(ActorRole, {
    ActorRole.ALLEGED: ("alleged", "متهم", "Held responsible by reports.", "تحمّله التقارير المسؤولية."),
    ActorRole.CLAIMED: ("claimed", "تبنّى", "The party accepted responsibility.", "أقرّ الطرف بمسؤوليته."),
    ActorRole.DENIED: ("denied", "نفى", "The party denied responsibility.", "نفى الطرف مسؤوليته."),
    ActorRole.CONTROLS: ("controls the area", "يسيطر على المنطقة",
                         "Controls the area (e.g. a besieged neighbourhood); not a perpetrator.",
                         "يسيطر على المنطقة (مثل حي محاصر)؛ ليس فاعلاً."),
}))

SOURCE_KIND = Vocabulary("source_kind", "Source kind", "نوع المصدر", _enum_terms(SourceKind, {
    SourceKind.NEWS_OUTLET: ("news outlet", "وسيلة إعلامية", "A newspaper, news site, TV or radio.",
                             "صحيفة أو موقع إخباري أو تلفزيون أو إذاعة."),
    SourceKind.NGO: ("NGO", "منظمة غير حكومية", "A non-governmental or human-rights organisation.",
                     "منظمة غير حكومية أو منظمة حقوقية."),
    SourceKind.OFFICIAL: ("official body", "جهة رسمية", "A local council, ministry or other official body.",
                          "مجلس محلي أو وزارة أو جهة رسمية أخرى."),
    SourceKind.MEDICAL: ("medical", "جهة طبية", "A hospital, clinic or medical network.",
                         "مشفى أو مركز صحي أو شبكة طبية."),
    SourceKind.BELLIGERENT: ("party to the conflict", "طرف في النزاع", "A party to the conflict or its media.",
                             "طرف في النزاع أو إعلامه."),
    SourceKind.WITNESS_NETWORK: ("witness network", "شبكة شهود", "A network of local reporters or witnesses.",
                                 "شبكة مراسلين محليين أو شهود."),
    SourceKind.SOCIAL_MEDIA: ("social media", "وسائل التواصل", "A social-media page or account.",
                              "صفحة أو حساب على وسائل التواصل الاجتماعي."),
    SourceKind.OTHER: ("other", "أخرى", "Any other kind of source.", "أي نوع آخر من المصادر."),
}))

RELIABILITY = Vocabulary(
    "reliability", "Source reliability", "موثوقية المصدر",
    _enum_terms(Reliability, {
        Reliability.A: ("A", "A", "Completely reliable.", "موثوق تماماً."),
        Reliability.B: ("B", "B", "Usually reliable.", "موثوق عادةً."),
        Reliability.C: ("C", "C", "Fairly reliable.", "موثوق إلى حد ما."),
        Reliability.D: ("D", "D", "Not usually reliable.", "غير موثوق عادةً."),
        Reliability.E: ("E", "E", "Unreliable.", "غير موثوق."),
        Reliability.F: ("F", "F", "Reliability cannot be judged.", "لا يمكن الحكم على موثوقيته."),
    }),
    source_en="Admiralty (NATO) grading of sources, as used in intelligence and human-rights documentation.",
)

CREDIBILITY = Vocabulary(
    "credibility", "Credibility of the information", "مصداقية المعلومة",
    (
        Term(1, "1", "1", "Confirmed by other sources.", "مؤكدة من مصادر أخرى."),
        Term(2, "2", "2", "Probably true.", "صحيحة على الأرجح."),
        Term(3, "3", "3", "Possibly true.", "ربما تكون صحيحة."),
        Term(4, "4", "4", "Doubtful.", "مشكوك فيها."),
        Term(5, "5", "5", "Improbable.", "غير مرجحة."),
        Term(6, "6", "6", "Truth cannot be judged.", "لا يمكن الحكم على صحتها."),
    ),
    source_en="Admiralty (NATO) grading of information credibility, 1 to 6.",
)

GRADE = Vocabulary(
    "grade", "Grade", "التصنيف",
    _enum_terms(Grade, {
        Grade.CONFIRMED: ("confirmed", "مؤكد", "A party to the conflict accepted responsibility.",
                          "أقرّ طرف في النزاع بالمسؤولية."),
        Grade.FAIR: ("fair", "معقول", "Reported by two or more credible, independent sources.",
                     "أفاد به مصدران مستقلان موثوقان أو أكثر."),
        Grade.WEAK: ("weak", "ضعيف", "Reported by a single source.", "أفاد به مصدر واحد فقط."),
        Grade.CONTESTED: ("contested", "متنازع عليه", "Competing claims of responsibility or of what happened.",
                          "ادعاءات متعارضة حول المسؤولية أو حول ما حدث."),
        Grade.DISCOUNTED: ("discounted", "مستبعد", "Judged not to have happened as reported, or not by the alleged party.",
                           "تبيّن أنه لم يحدث كما أُفيد، أو ليس على يد الطرف المتهم."),
    }),
    source_en="Airwars' grading of civilian-harm incidents.",
)

STATUS = Vocabulary("status", "Figures status", "حالة الأرقام", _enum_terms(ConflictStatus, {
    ConflictStatus.SINGLE_SOURCE: ("single source", "مصدر واحد", "Only one independent source gives a figure.",
                                   "مصدر مستقل واحد فقط يذكر رقماً."),
    ConflictStatus.CORROBORATED: ("corroborated", "مؤيَّد", "Independent sources agree.", "مصادر مستقلة متفقة."),
    ConflictStatus.CONFLICTING: ("conflicting", "متعارض", "Independent sources disagree and no one has reconciled them.",
                                 "مصادر مستقلة مختلفة ولم يُحسم الخلاف بعد."),
    ConflictStatus.RECONCILED: ("reconciled", "محسوم", "An auditor accepted figures with a written rationale.",
                                "اعتمد مدقق أرقاماً مع تعليل مكتوب."),
    ConflictStatus.NEEDS_REVIEW: ("needs review", "يحتاج مراجعة", "Something changed since the figures were accepted.",
                                  "تغيّر شيء منذ اعتماد الأرقام."),
}))

# Exported precision codes (see the codebook for the mapping and its sources).
UCDP_DATE_PREC = {DatePrecision.DAY: 1, DatePrecision.DAYS: 2, DatePrecision.WEEK: 3,
                  DatePrecision.MONTH: 4, DatePrecision.YEAR: 5}
ACLED_TIME_PRECISION = {DatePrecision.DAY: 1, DatePrecision.DAYS: 2, DatePrecision.WEEK: 2,
                        DatePrecision.MONTH: 3}  # ACLED has no year-level code: left empty
UCDP_WHERE_PREC = {LocationPrecision.EXACT: 1, LocationPrecision.NEIGHBOURHOOD: 1, LocationPrecision.TOWN: 1,
                   LocationPrecision.SUBDISTRICT: 2, LocationPrecision.DISTRICT: 3, LocationPrecision.GOVERNORATE: 4}
ACLED_GEO_PRECISION = {LocationPrecision.EXACT: 1, LocationPrecision.NEIGHBOURHOOD: 1, LocationPrecision.TOWN: 1,
                       LocationPrecision.SUBDISTRICT: 2, LocationPrecision.DISTRICT: 3,
                       LocationPrecision.GOVERNORATE: 3}

UCDP_DATE_PREC_TERMS = (
    Term(1, "1", "1", "Exact date known.", "التاريخ الدقيق معروف."),
    Term(2, "2", "2", "Spans more than one day but no more than six.", "يمتد أكثر من يوم ولا يتجاوز ستة أيام."),
    Term(3, "3", "3", "Known to a week.", "معروف حتى الأسبوع."),
    Term(4, "4", "4", "Known to a month.", "معروف حتى الشهر."),
    Term(5, "5", "5", "Known to a year.", "معروف حتى السنة."),
)
UCDP_WHERE_PREC_TERMS = (
    Term(1, "1", "1", "Exact location (our town, neighbourhood or exact site).",
         "الموقع الدقيق (بلدة أو حي أو موقع محدد)."),
    Term(2, "2", "2", "Within about 25 km of a known point (our sub-district).", "ضمن نحو 25 كم من نقطة معروفة (الناحية)."),
    Term(3, "3", "3", "Only the second-order administrative division (our district).", "المستوى الإداري الثاني فقط (المنطقة)."),
    Term(4, "4", "4", "Only the first-order administrative division (our governorate).", "المستوى الإداري الأول فقط (المحافظة)."),
)
ACLED_TIME_PRECISION_TERMS = (
    Term(1, "1", "1", "The source gives the actual date.", "يذكر المصدر التاريخ الفعلي."),
    Term(2, "2", "2", "Sometime during a week or a similar span (our 'days' and 'week').",
         "في وقت ما خلال أسبوع أو فترة مشابهة (أيام أو أسبوع لدينا)."),
    Term(3, "3", "3", "Sometime during a month (our 'month'); year-only dates are left empty.",
         "في وقت ما خلال شهر (شهر لدينا)؛ التواريخ المعروفة بالسنة فقط تُترك فارغة."),
)
ACLED_GEO_PRECISION_TERMS = (
    Term(1, "1", "1", "A particular town (or a place within it) with coordinates.", "بلدة محددة (أو مكان فيها) بإحداثيات."),
    Term(2, "2", "2", "A small part of a region, near a town (our sub-district).", "جزء صغير من منطقة قرب بلدة (الناحية)."),
    Term(3, "3", "3", "A larger region only (our district or governorate).", "منطقة أوسع فقط (المنطقة أو المحافظة)."),
)

UCDP_CITATION = ("UCDP Georeferenced Event Dataset (GED) Codebook, Uppsala Conflict Data Program "
                 "(Högbladh; Sundberg & Melander 2013, Journal of Peace Research 50(4)): variables date_prec "
                 "(1–5) and where_prec (1–7; codes 5–7, parts of a country, whole country and water, are not used here).")
UCDP_CITATION_AR = ("دليل ترميز مجموعة بيانات الأحداث المرجعية جغرافياً (UCDP GED)، برنامج أوبسالا لبيانات النزاعات: "
                    "المتغيران date_prec (من 1 إلى 5) وwhere_prec (من 1 إلى 7؛ لا تُستعمل هنا القيم 5 إلى 7: أجزاء من البلد، "
                    "البلد كله، المياه).")
ACLED_CITATION_AR = ("دليل ترميز ACLED (مشروع بيانات مواقع وأحداث النزاعات المسلحة، acleddata.com): المتغيران "
                     "time_precision (من 1 إلى 3) وgeo_precision (من 1 إلى 3).")
ACLED_CITATION = ("ACLED Codebook, Armed Conflict Location & Event Data (acleddata.com/knowledge-base/codebook): "
                  "variables time_precision (1–3) and geo_precision (1–3).")

ALL = (CATEGORY, VICTIM_GROUP, EVENT_TYPE, DATE_PRECISION, LOCATION_PRECISION, ACTOR_ROLE, SOURCE_KIND,
       RELIABILITY, CREDIBILITY, GRADE, STATUS)

# Boolean cells the importer accepts (besides real booleans).
TRUE_WORDS = {"true", "yes", "y", "1", "x", "نعم", "صح", "صحيح"}
FALSE_WORDS = {"false", "no", "n", "0", "لا", "خطأ"}
