"""Column definitions of the exported workbook: one table per sheet.

Each column has its header in English and Arabic, its HXL hashtag, a width, a cell kind and a
codebook definition in both languages. The writer, the About sheet's codebook and the importer's
header recognition all read these tables, so a column is described in exactly one place."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Category
from . import vocab
from .vocab import Vocabulary

# Cell kinds: how a value is written (see cells.CellWriter.converter).
TEXT, INT, FLOAT, DATE, DATETIME, BOOL = "text", "int", "float", "date", "datetime", "bool"


@dataclass(frozen=True)
class Column:
    key: str
    en: str
    ar: str
    hxl: str
    kind: str = TEXT
    width: float = 14
    doc_en: str = ""
    doc_ar: str = ""
    vocab: Vocabulary | None = None
    # Personal data: the column is left out of redacted exports.
    personal: bool = False

    def header(self, lang: str) -> str:
        return self.ar if lang == "ar" else self.en


@dataclass(frozen=True)
class SheetSpec:
    key: str
    en: str
    ar: str
    doc_en: str
    doc_ar: str
    columns: tuple[Column, ...] = field(default_factory=tuple)

    def name(self, lang: str) -> str:
        return self.ar if lang == "ar" else self.en

    def visible_columns(self, redact: bool) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if not (redact and c.personal))

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)


C = Column  # short alias for the tables below

INCIDENT_ID = C("incident_id", "incident id", "معرّف الحادثة", "#event+id", width=38,
                doc_en="Unique id of the incident (a UUID, the same in every copy of the database).",
                doc_ar="المعرّف الفريد للحادثة (UUID، هو نفسه في كل نسخة من قاعدة البيانات).")

ADMIN_LEVELS = (
    (1, "governorate", "المحافظة"),
    (2, "district", "المنطقة"),
    (3, "sub-district", "الناحية"),
)


def _admin_columns() -> tuple[Column, ...]:
    cols: list[Column] = []
    for level, en, ar in ADMIN_LEVELS:
        cols += [
            C(f"adm{level}_name_ar", f"{en} (Arabic)", f"{ar} (بالعربية)", f"#adm{level}+name+i_ar", width=16,
              doc_en=f"Admin {level} ({en}) containing the primary place, Arabic name (OCHA COD-AB).",
              doc_ar=f"{ar} (المستوى الإداري {level}) التي يقع فيها المكان الرئيسي، بالعربية (OCHA COD-AB)."),
            C(f"adm{level}_name_en", f"{en} (English)", f"{ar} (بالإنكليزية)", f"#adm{level}+name+i_en", width=16,
              doc_en=f"Admin {level} ({en}) containing the primary place, English name (OCHA COD-AB).",
              doc_ar=f"{ar} (المستوى الإداري {level})، بالإنكليزية (OCHA COD-AB)."),
            C(f"adm{level}_pcode", f"{en} P-code", f"رمز {ar}", f"#adm{level}+code", width=11,
              doc_en=f"OCHA P-code of the admin {level} unit.", doc_ar=f"رمز OCHA (P-code) للمستوى الإداري {level}."),
        ]
    return tuple(cols)


FIGURE_PARTS = (
    ("low", "low", "الأدنى", "Lowest credible figure."),
    ("best", "best", "الأرجح", "Best estimate."),
    ("high", "high", "الأعلى", "Highest credible figure; empty when a source gives only a minimum (\"at least\")."),
)


def _figure_columns() -> tuple[Column, ...]:
    cols: list[Column] = []
    for cat in Category:
        term = vocab.CATEGORY.label(cat, "en"), vocab.CATEGORY.label(cat, "ar")
        for part, en, ar, doc in FIGURE_PARTS:
            cols.append(C(
                f"{cat.value}_{part}", f"{term[0]} {en}", f"{term[1]} ({ar})", f"#affected+{cat.value}+{part}", INT,
                width=9,
                doc_en=f"{term[0].capitalize()}, all victim groups: {doc}",
                doc_ar=f"{term[1]}، كل فئات الضحايا: الرقم {ar}."))
    return tuple(cols)


INCIDENTS = SheetSpec(
    "incidents", "Incidents", "الحوادث",
    "One row per incident, with the figures accepted or derived for it.",
    "سطر لكل حادثة، مع الأرقام المعتمدة أو المستخلصة لها.",
    (
        INCIDENT_ID,
        C("start_date", "start date", "تاريخ البدء", "#date+start", DATE, 11,
          "First day of the incident.", "أول يوم في الحادثة."),
        C("end_date", "end date", "تاريخ الانتهاء", "#date+end", DATE, 11,
          "Last day of the incident (the same as the start for one-day incidents).", "آخر يوم في الحادثة."),
        C("date_precision", "date precision", "دقة التاريخ", "#meta+date_precision", TEXT, 10,
          "How precisely the date is known.", "مدى دقة معرفة التاريخ.", vocab.DATE_PRECISION),
        C("date_prec", "date_prec (UCDP)", "date_prec (UCDP)", "#meta+date_prec+ucdp", INT, 9,
          "The date precision coded as UCDP GED's date_prec (1–5).", "دقة التاريخ بترميز UCDP GED (date_prec، من 1 إلى 5)."),
        C("time_precision", "time_precision (ACLED)", "time_precision (ACLED)", "#meta+time_precision+acled", INT, 9,
          "The date precision coded as ACLED's time_precision (1–3).", "دقة التاريخ بترميز ACLED (time_precision، من 1 إلى 3)."),
        C("event_type", "type", "النوع", "#event+type", TEXT, 14, "Kind of incident.", "نوع الحادثة.", vocab.EVENT_TYPE),
        C("place_name_ar", "place (Arabic)", "المكان (بالعربية)", "#loc+name+i_ar", TEXT, 18,
          "Primary place of the incident, Arabic name.", "المكان الرئيسي للحادثة، بالعربية."),
        C("place_name_en", "place (English)", "المكان (بالإنكليزية)", "#loc+name+i_en", TEXT, 18,
          "Primary place of the incident, English name.", "المكان الرئيسي للحادثة، بالإنكليزية."),
        C("place_pcode", "place P-code", "رمز المكان", "#loc+code", TEXT, 11,
          "OCHA P-code of the primary place, when it has one (neighbourhoods have none).",
          "رمز OCHA للمكان الرئيسي إن وُجد (لا رموز للأحياء)."),
        C("location_precision", "location precision", "دقة الموقع", "#meta+location_precision", TEXT, 12,
          "How precisely the place is known.", "مدى دقة معرفة الموقع.", vocab.LOCATION_PRECISION),
        C("where_prec", "where_prec (UCDP)", "where_prec (UCDP)", "#meta+where_prec+ucdp", INT, 9,
          "The location precision coded as UCDP GED's where_prec (1–4 used).",
          "دقة الموقع بترميز UCDP GED (where_prec، تُستعمل القيم 1 إلى 4)."),
        C("geo_precision", "geo_precision (ACLED)", "geo_precision (ACLED)", "#meta+geo_precision+acled", INT, 9,
          "The location precision coded as ACLED's geo_precision (1–3).", "دقة الموقع بترميز ACLED (geo_precision، من 1 إلى 3)."),
        *_admin_columns(),
        C("latitude", "latitude", "خط العرض", "#geo+lat", FLOAT, 9,
          "Latitude (WGS84) of the primary place, when the gazetteer has it.", "خط عرض المكان الرئيسي (WGS84) إن توفر."),
        C("longitude", "longitude", "خط الطول", "#geo+lon", FLOAT, 9,
          "Longitude (WGS84) of the primary place, when the gazetteer has it.", "خط طول المكان الرئيسي (WGS84) إن توفر."),
        C("other_places", "other places", "أماكن أخرى", "#loc+name+other", TEXT, 22,
          "Further places of the incident, separated by «; ».", "أماكن أخرى للحادثة، مفصولة بـ «; »."),
        C("actors", "actors", "الأطراف", "#group+name", TEXT, 24,
          "Parties linked to the incident, separated by «; »; the role is given in brackets unless it is 'alleged'.",
          "الأطراف المرتبطة بالحادثة، مفصولة بـ «; »؛ يُذكر الدور بين قوسين إلا إذا كان «متهم».", vocab.ACTOR_ROLE),
        *_figure_columns(),
        C("status", "figures status", "حالة الأرقام", "#status+figures", TEXT, 13,
          "Least settled status among the incident's figures (conflicting, needs review, single source, "
          "corroborated, reconciled).",
          "الحالة الأقل حسماً بين أرقام الحادثة.", vocab.STATUS),
        C("grade", "grade", "التصنيف", "#meta+grade", TEXT, 11, "Airwars-style grade of the incident.",
          "تصنيف الحادثة على طريقة Airwars.", vocab.GRADE),
        C("independent_sources", "independent sources", "مصادر مستقلة", "#meta+sources+independent", INT, 10,
          "Number of independent sources reporting figures (relays of another source's report do not count).",
          "عدد المصادر المستقلة التي تذكر أرقاماً (لا يُحتسب من ينقل تقرير مصدر آخر)."),
        C("claims", "claims", "الادعاءات", "#meta+claims+num", INT, 8,
          "Number of claims (figures stated by reports) about the incident.", "عدد الادعاءات (أرقام ذكرتها تقارير) حول الحادثة."),
        C("description_ar", "description (Arabic)", "الوصف (بالعربية)", "#description+i_ar", TEXT, 40,
          "Description of the incident in Arabic.", "وصف الحادثة بالعربية."),
        C("description_en", "description (English)", "الوصف (بالإنكليزية)", "#description+i_en", TEXT, 40,
          "Description of the incident in English.", "وصف الحادثة بالإنكليزية."),
        C("notes", "notes", "ملاحظات", "#meta+notes", TEXT, 30,
          "Notes of the documenters. Notes marked sensitive are withheld in redacted exports.",
          "ملاحظات الموثقين. تُحجب الملاحظات الحساسة في النسخ المنقحة."),
    ),
)

FIGURES = SheetSpec(
    "figures", "Figures", "الأرقام",
    "One row per incident, category and victim group: the accepted or derived low, best and high, "
    "ready for pivot tables.",
    "سطر لكل حادثة وفئة وفئة ضحايا: الأرقام الأدنى والأرجح والأعلى، جاهزة للجداول المحورية.",
    (
        INCIDENT_ID,
        C("start_date", "start date", "تاريخ البدء", "#date+start", DATE, 11, "First day of the incident.", "أول يوم في الحادثة."),
        C("month", "month", "الشهر", "#date+month", TEXT, 9, "Month of the start date (YYYY-MM).", "شهر تاريخ البدء (YYYY-MM)."),
        C("adm1_name", "governorate", "المحافظة", "#adm1+name", TEXT, 16,
          "Governorate of the primary place, in the workbook's language.", "محافظة المكان الرئيسي، بلغة الملف."),
        C("adm1_pcode", "governorate P-code", "رمز المحافظة", "#adm1+code", TEXT, 11, "OCHA P-code of the governorate.",
          "رمز OCHA للمحافظة."),
        C("category", "category", "الفئة", "#impact+type", TEXT, 11, "What the figure counts.", "ما يعدّه الرقم.",
          vocab.CATEGORY),
        C("victim_group", "victim group", "فئة الضحايا", "#impact+group", TEXT, 11, "Who the victims were.", "من هم الضحايا.",
          vocab.VICTIM_GROUP),
        C("low", "low", "الأدنى", "#affected+low", INT, 8, "Lowest credible figure.", "أدنى رقم موثوق."),
        C("best", "best", "الأرجح", "#affected+best", INT, 8, "Best estimate.", "التقدير الأرجح."),
        C("high", "high", "الأعلى", "#affected+high", INT, 8,
          "Highest credible figure; empty when there is no upper bound.", "أعلى رقم موثوق؛ فارغ إذا لم يوجد حد أعلى."),
        C("basis", "basis", "الأساس", "#meta+basis", TEXT, 14,
          "'assessment' when an auditor accepted these figures, else the name of the rule that derived them.",
          "«تقييم» إذا اعتمد مدقق هذه الأرقام، وإلا اسم القاعدة التي استخلصتها."),
        C("status", "status", "الحالة", "#status+figures", TEXT, 13, "Status of these figures.", "حالة هذه الأرقام.",
          vocab.STATUS),
        C("claims", "claims", "الادعاءات", "#meta+claims+num", INT, 8, "Claims behind these figures.",
          "عدد الادعاءات وراء هذه الأرقام."),
        C("independent_sources", "independent sources", "مصادر مستقلة", "#meta+sources+independent", INT, 10,
          "Independent sources behind these figures.", "عدد المصادر المستقلة وراء هذه الأرقام."),
    ),
)

CLAIMS = SheetSpec(
    "claims", "Claims", "الادعاءات",
    "One row per claim: a figure one report states about one incident, with its source. "
    "This sheet imports back into casualtydb.",
    "سطر لكل ادعاء: رقم يذكره تقرير واحد عن حادثة واحدة، مع مصدره. يمكن استيراد هذه الورقة إلى casualtydb.",
    (
        C("claim_id", "claim id", "معرّف الادعاء", "#meta+id+claim", TEXT, 38, "Unique id of the claim.", "المعرّف الفريد للادعاء."),
        C("incident", "incident", "الحادثة", "#event+id", TEXT, 38, "Id of the incident the claim is about.",
          "معرّف الحادثة التي يخصها الادعاء."),
        C("incident_date", "incident date", "تاريخ الحادثة", "#date+occurred", DATE, 11, "Start date of the incident.",
          "تاريخ بدء الحادثة."),
        C("place", "place", "المكان", "#loc", TEXT, 14,
          "Primary place of the incident: its P-code, or its Arabic gazetteer name when it has no P-code.",
          "المكان الرئيسي للحادثة: رمزه (P-code)، أو اسمه العربي في المعجم الجغرافي إن لم يكن له رمز."),
        C("place_name", "place name", "اسم المكان", "#loc+name", TEXT, 18, "Name of that place in the workbook's language.",
          "اسم ذلك المكان بلغة الملف."),
        C("incident_type", "incident type", "نوع الحادثة", "#event+type", TEXT, 14, "Kind of incident.", "نوع الحادثة.",
          vocab.EVENT_TYPE),
        C("actors", "actors", "الأطراف", "#group+name", TEXT, 22, "Parties linked to the incident (as on the Incidents sheet).",
          "الأطراف المرتبطة بالحادثة (كما في ورقة الحوادث)."),
        C("category", "category", "الفئة", "#impact+type", TEXT, 11, "What the figure counts.", "ما يعدّه الرقم.",
          vocab.CATEGORY),
        C("group", "group", "فئة الضحايا", "#impact+group", TEXT, 11, "Who the victims were.", "من هم الضحايا.",
          vocab.VICTIM_GROUP),
        C("min", "min", "الحد الأدنى", "#affected+min", INT, 8,
          "Smallest number the report allows (equal to max when exact); empty for vague wording without a number.",
          "أصغر عدد يسمح به التقرير (يساوي الحد الأعلى إذا كان دقيقاً)؛ فارغ للتعبير المبهم بلا رقم."),
        C("max", "max", "الحد الأعلى", "#affected+max", INT, 8,
          "Largest number the report allows; empty means no upper bound (\"at least min\").",
          "أكبر عدد يسمح به التقرير؛ الفراغ يعني عدم وجود حد أعلى («على الأقل»)."),
        C("approximate", "approximate", "تقريبي", "#meta+approximate", BOOL, 10,
          "TRUE when the report gives the figure as approximate (\"nearly 1,000\").",
          "TRUE إذا ذكر التقرير الرقم تقريبياً («قرابة 1000»)."),
        C("vague", "vague wording", "تعبير مبهم", "#meta+vague", TEXT, 14,
          "The words used when the report gave no number (\"dozens\").", "الكلمات المستعملة حين لم يذكر التقرير رقماً («عشرات»)."),
        C("quote", "quote", "الاقتباس", "#description+quote", TEXT, 50, "The report's own words for this figure.",
          "كلمات التقرير نفسه لهذا الرقم."),
        C("credibility", "credibility", "المصداقية", "#meta+credibility", INT, 9,
          "Credibility of this information (Admiralty scale 1–6).", "مصداقية هذه المعلومة (سلم الأدميرالية من 1 إلى 6).",
          vocab.CREDIBILITY),
        C("stated_at", "stated at (UTC)", "وقت الذكر (UTC)", "#date+stated", DATETIME, 19,
          "When the report stated this figure (live reports revise their figures; the latest counts).",
          "متى ذكر التقرير هذا الرقم (التقارير المحدّثة تعدّل أرقامها؛ الأحدث هو المعتمد)."),
        C("part_of", "part of claim", "جزء من الادعاء", "#meta+id+part_of", TEXT, 38,
          "For a breakdown (\"of whom 8 children\"): the id of the claim it is part of.",
          "للتفصيل («بينهم 8 أطفال»): معرّف الادعاء الذي هو جزء منه."),
        C("report_id", "report id", "معرّف التقرير", "#meta+id+report", TEXT, 38, "Id of the report.", "معرّف التقرير."),
        C("report_title", "report title", "عنوان التقرير", "#meta+report+title", TEXT, 30, "Title of the report.",
          "عنوان التقرير."),
        C("author", "author", "الكاتب", "#meta+author", TEXT, 16, "Author of the report.", "كاتب التقرير."),
        C("language", "language", "اللغة", "#meta+lang", TEXT, 8, "Language of the report (BCP 47 code: ar, en).",
          "لغة التقرير (رمز BCP 47: ar، en)."),
        C("published", "published", "تاريخ النشر", "#date+reported", DATE, 11, "Publication date of the report.",
          "تاريخ نشر التقرير."),
        C("url", "url", "الرابط", "#meta+url", TEXT, 30, "Address of the report.", "رابط التقرير."),
        C("evidence", "evidence sha256", "بصمات الأدلة", "#meta+evidence", TEXT, 66,  # a whole hash
          "SHA-256 of each file attached to the report (screenshots, saved pages, photos), separated by spaces; "
          "the files themselves stay in the database (`casualtydb attachments`).",
          "بصمة SHA-256 لكل ملف مرفق بالتقرير (لقطات شاشة، صفحات محفوظة، صور)، تفصل بينها مسافات؛ "
          "تبقى الملفات نفسها في قاعدة البيانات."),
        C("source_id", "source id", "معرّف المصدر", "#meta+id+source", TEXT, 38, "Id of the source.", "معرّف المصدر."),
        C("source", "source", "المصدر", "#meta+source", TEXT, 24, "Who published the report (in the workbook's language).",
          "ناشر التقرير (بلغة الملف)."),
        C("source_reliability", "source reliability", "موثوقية المصدر", "#meta+source+reliability", TEXT, 9,
          "Reliability of the source (Admiralty scale A–F).", "موثوقية المصدر (سلم الأدميرالية من A إلى F).",
          vocab.RELIABILITY),
        C("relays", "relays", "ينقل عن", "#meta+source+relayed", TEXT, 20,
          "The source whose report this report relays; a relay does not corroborate what it relays.",
          "المصدر الذي ينقل هذا التقرير عنه؛ النقل لا يؤيد ما ينقله."),
        C("relays_report", "relayed report id", "معرّف التقرير المنقول", "#meta+id+relayed_report", TEXT, 38,
          "Id of the report this report relays, when known.", "معرّف التقرير الذي ينقل عنه هذا التقرير، إن عُرف."),
        C("report_notes", "report notes", "ملاحظات التقرير", "#meta+notes", TEXT, 24,
          "Notes on the report. Notes marked sensitive are withheld in redacted exports.",
          "ملاحظات على التقرير. تُحجب الملاحظات الحساسة في النسخ المنقحة."),
        C("victim_names", "victim names", "أسماء الضحايا", "#meta+victim_names", TEXT, 24,
          "Names of victims given by the report. Personal data: left out of redacted exports.",
          "أسماء الضحايا كما وردت في التقرير. بيانات شخصية: تُحذف من النسخ المنقحة.", personal=True),
        C("witnesses", "witnesses", "الشهود", "#contact+witness", TEXT, 24,
          "Witnesses named by the report. Personal data: left out of redacted exports.",
          "الشهود المذكورون في التقرير. بيانات شخصية: تُحذف من النسخ المنقحة.", personal=True),
    ),
)

SOURCES = SheetSpec(
    "sources", "Sources", "المصادر",
    "One row per source of the exported claims, with its kind and reliability.",
    "سطر لكل مصدر من مصادر الادعاءات المصدّرة، مع نوعه وموثوقيته.",
    (
        C("source_id", "source id", "معرّف المصدر", "#meta+id+source", TEXT, 38, "Unique id of the source.",
          "المعرّف الفريد للمصدر."),
        C("name_ar", "name (Arabic)", "الاسم (بالعربية)", "#meta+source+i_ar", TEXT, 30, "Name in Arabic.", "الاسم بالعربية."),
        C("name_en", "name (English)", "الاسم (بالإنكليزية)", "#meta+source+i_en", TEXT, 30, "Name in English.",
          "الاسم بالإنكليزية."),
        C("kind", "kind", "النوع", "#meta+source+type", TEXT, 16, "Kind of source.", "نوع المصدر.", vocab.SOURCE_KIND),
        C("reliability", "reliability", "الموثوقية", "#meta+source+reliability", TEXT, 9,
          "Reliability (Admiralty scale A–F).", "الموثوقية (سلم الأدميرالية من A إلى F).", vocab.RELIABILITY),
        C("url", "url", "الرابط", "#meta+url", TEXT, 26, "Website of the source.", "موقع المصدر."),
        C("aliases", "other names", "أسماء أخرى", "#meta+source+alt", TEXT, 26, "Other names, separated by «; ».",
          "أسماء أخرى، مفصولة بـ «; »."),
        C("reports", "reports", "التقارير", "#meta+reports+num", INT, 8, "Exported reports from this source.",
          "عدد التقارير المصدّرة من هذا المصدر."),
        C("claims", "claims", "الادعاءات", "#meta+claims+num", INT, 8, "Exported claims from this source.",
          "عدد الادعاءات المصدّرة من هذا المصدر."),
        C("notes", "notes", "ملاحظات", "#meta+notes", TEXT, 36,
          "Notes on the source. Notes marked sensitive are withheld in redacted exports.",
          "ملاحظات على المصدر. تُحجب الملاحظات الحساسة في النسخ المنقحة."),
        C("contact", "contact", "جهة الاتصال", "#contact", TEXT, 24,
          "How to reach the source. Personal data: left out of redacted exports.",
          "طريقة التواصل مع المصدر. بيانات شخصية: تُحذف من النسخ المنقحة.", personal=True),
    ),
)

CONFLICTS = SheetSpec(
    "conflicts", "Conflicts", "التعارضات",
    "Open conflicts: for every incident, category and victim group whose independent sources disagree, "
    "one row per claim involved.",
    "التعارضات المفتوحة: لكل حادثة وفئة وفئة ضحايا تختلف مصادرها المستقلة، سطر لكل ادعاء معني.",
    (
        INCIDENT_ID,
        C("start_date", "start date", "تاريخ البدء", "#date+start", DATE, 11, "First day of the incident.", "أول يوم في الحادثة."),
        C("place_name", "place", "المكان", "#loc+name", TEXT, 18, "Primary place, in the workbook's language.",
          "المكان الرئيسي، بلغة الملف."),
        C("category", "category", "الفئة", "#impact+type", TEXT, 11, "What the figures count.", "ما تعدّه الأرقام.",
          vocab.CATEGORY),
        C("victim_group", "victim group", "فئة الضحايا", "#impact+group", TEXT, 11, "Who the victims were.",
          "من هم الضحايا.", vocab.VICTIM_GROUP),
        C("low", "low", "الأدنى", "#affected+low", INT, 8, "Derived low of the disputed figure.", "الرقم الأدنى المستخلص."),
        C("best", "best", "الأرجح", "#affected+best", INT, 8, "Derived best estimate.", "التقدير الأرجح المستخلص."),
        C("high", "high", "الأعلى", "#affected+high", INT, 8, "Derived high; empty when there is no upper bound.",
          "الرقم الأعلى المستخلص؛ فارغ إذا لم يوجد حد أعلى."),
        C("severity", "severity", "الشدة", "#severity+num", FLOAT, 8,
          "How far apart the sources are (as computed by the cross-referencing scan; higher is worse).",
          "مدى تباعد المصادر (كما يحسبه فحص المقارنة؛ الأعلى أسوأ)."),
        C("claim_id", "claim id", "معرّف الادعاء", "#meta+id+claim", TEXT, 38, "Id of the claim.", "معرّف الادعاء."),
        C("source", "source", "المصدر", "#meta+source", TEXT, 24, "Source of the claim.", "مصدر الادعاء."),
        C("source_reliability", "source reliability", "موثوقية المصدر", "#meta+source+reliability", TEXT, 9,
          "Reliability of the source (A–F).", "موثوقية المصدر (A–F).", vocab.RELIABILITY),
        C("relays", "relays", "ينقل عن", "#meta+source+relayed", TEXT, 20,
          "The source this report relays, if any (not independent).", "المصدر الذي ينقل عنه التقرير إن وجد (غير مستقل)."),
        C("published", "published", "تاريخ النشر", "#date+reported", DATE, 11, "Publication date of the report.",
          "تاريخ نشر التقرير."),
        C("stated_at", "stated at (UTC)", "وقت الذكر (UTC)", "#date+stated", DATETIME, 19,
          "When the report stated the figure.", "متى ذكر التقرير الرقم."),
        C("min", "min", "الحد الأدنى", "#affected+min", INT, 8, "The claim's minimum.", "الحد الأدنى في الادعاء."),
        C("max", "max", "الحد الأعلى", "#affected+max", INT, 8, "The claim's maximum; empty means no upper bound.",
          "الحد الأعلى في الادعاء؛ الفراغ يعني عدم وجود حد أعلى."),
        C("approximate", "approximate", "تقريبي", "#meta+approximate", BOOL, 10, "Approximate figure.", "رقم تقريبي."),
        C("credibility", "credibility", "المصداقية", "#meta+credibility", INT, 9, "Credibility (1–6).", "المصداقية (1–6).",
          vocab.CREDIBILITY),
        C("quote", "quote", "الاقتباس", "#description+quote", TEXT, 50, "The report's own words.", "كلمات التقرير نفسه."),
        C("url", "url", "الرابط", "#meta+url", TEXT, 30, "Address of the report.", "رابط التقرير."),
    ),
)

SUMMARY_MONTH = SheetSpec(
    "summary_month", "By month", "حسب الشهر",
    "Totals by month of the incidents' start dates (sums of the incidents' low, best and high).",
    "المجاميع حسب شهر بدء الحوادث (مجموع الأرقام الأدنى والأرجح والأعلى للحوادث).",
    (
        C("month", "month", "الشهر", "#date+month", TEXT, 10, "Month (YYYY-MM).", "الشهر (YYYY-MM)."),
        C("incidents", "incidents", "الحوادث", "#meta+incidents+num", INT, 9, "Number of incidents.", "عدد الحوادث."),
        *_figure_columns(),
    ),
)

SUMMARY_GOVERNORATE = SheetSpec(
    "summary_governorate", "By governorate and month", "حسب المحافظة والشهر",
    "Totals by governorate of the primary place and month.", "المجاميع حسب محافظة المكان الرئيسي والشهر.",
    (
        C("adm1_name", "governorate", "المحافظة", "#adm1+name", TEXT, 18, "Governorate.", "المحافظة."),
        C("adm1_pcode", "governorate P-code", "رمز المحافظة", "#adm1+code", TEXT, 11, "OCHA P-code.", "رمز OCHA."),
        C("month", "month", "الشهر", "#date+month", TEXT, 10, "Month (YYYY-MM).", "الشهر (YYYY-MM)."),
        C("incidents", "incidents", "الحوادث", "#meta+incidents+num", INT, 9, "Number of incidents.", "عدد الحوادث."),
        *_figure_columns(),
    ),
)

SUMMARY_ACTOR = SheetSpec(
    "summary_actor", "By actor", "حسب الطرف",
    "Totals by party held responsible (alleged or claimed). An incident with two parties counts for "
    "both, so these rows do not add up to the overall total.",
    "المجاميع حسب الطرف المسؤول (متهم أو متبنٍّ). الحادثة المنسوبة لطرفين تُحتسب لكليهما، لذا لا تساوي هذه الأسطر "
    "المجموع الكلي.",
    (
        C("actor", "actor", "الطرف", "#group+name", TEXT, 26, "Party.", "الطرف."),
        C("incidents", "incidents", "الحوادث", "#meta+incidents+num", INT, 9, "Number of incidents.", "عدد الحوادث."),
        *_figure_columns(),
    ),
)

DATA_SHEETS = (INCIDENTS, FIGURES, CLAIMS, SOURCES, CONFLICTS)
SUMMARY_TABLES = (SUMMARY_MONTH, SUMMARY_GOVERNORATE, SUMMARY_ACTOR)

SHEET_NAMES = {
    "about": ("About", "حول الملف"),
    "summary": ("Summary", "الملخص"),
}


def sheet_name(key: str, lang: str) -> str:
    for spec in DATA_SHEETS:
        if spec.key == key:
            return spec.name(lang)
    en, ar = SHEET_NAMES[key]
    return ar if lang == "ar" else en
