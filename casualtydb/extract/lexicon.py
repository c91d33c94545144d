"""Word lists the engine reads: casualty triggers, victim nouns, qualifiers, cues (Arabic and English).

Everything is written here in ordinary spelling and folded at import (أ→ا, ة→ه, ى→ي, ئ→ي ...),
so the tables stay readable and always match `casualtydb.text.fold`."""

from __future__ import annotations

from dataclasses import dataclass

from ..text.arabic import fold


def fold_words(words: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in words.split())


def fold_phrases(*phrases: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(p).split()) for p in phrases)


# --- Casualty categories -------------------------------------------------------------------
# Single words that say what happened to people. Nouns that can also stand as the counted noun
# ("23 قتيلاً", "12 wounded") are in HEADS below as well.
_TRIGGER_WORDS: dict[str, str] = {
    "killed": """
        استشهد استشهدت استشهدوا استشهدا يستشهد تستشهد استشهاد
        قتل قتلت قتلوا قتلا يقتل تقتل يقتلون مقتل مقتلهم مقتلها مقتله قتلى قتيل قتيلا قتيلان قتيلين القتلى
        شهيد شهيدا شهيدة شهيدان شهيدين شهداء
        قضى قضوا قضت قضيا ارتقى ارتقت ارتقوا ارتقاء توفي توفيت توفوا وفاة وفيات
        أعدم أعدمت أعدموا إعدام ذبح اغتيل اغتيال جثث جثة جثتين جثتان جثامين جثمان رفات
        ضحايا ضحية ضحيتين ضحيتان حتفه حتفهم حتفها حتفهما مصرع مصرعه مصرعهم مصرعها مصرعهما غرق غرقا
        killed kill kills killing died die dies dying dead death deaths fatalities fatality toll
        bodies body slain massacred executed murdered perished drowned
    """,
    "injured": """
        أصيب أصيبت أصيبوا أصيبا يصاب تصاب إصابة إصابات إصابته إصابتهم مصاب مصابا مصابة مصابان مصابين مصابون
        جرح جرحت جرحوا جروح جراح جريح جريحا جريحة جريحان جريحين جرحى
        injured injuring injures injury injuries wounded wounding wounds hurt maimed
    """,
    "missing": """
        مفقود مفقودا مفقودة مفقودين مفقودون مفقودان فقدان فقد فقدت فقدوا اختفاء اختفى اختفت مختف تغييب
        missing disappeared unaccounted
    """,
    "detained": """
        اعتقل اعتقلت اعتقلوا يعتقل تعتقل اعتقال اعتقالات اعتقاله اعتقالهم معتقل معتقلا معتقلين معتقلون معتقلات
        احتجز احتجزت احتجزوا احتجاز محتجز محتجزا محتجزين محتجزون
        اختطف اختطفت اختطفوا اختطاف مختطف مختطفا مختطفين مختطفون خطف توقيف أوقف
        detained detaining detention detentions detainees arrested arresting arrest arrests
        abducted abducting abduction kidnapped kidnapping custody captured
    """,
    "besieged": """
        محاصر محاصرا محاصرة محاصرين محاصرون المحاصرين حصار يحاصر تحاصر عالق عالقين عالقون
        besieged trapped encircled siege stranded
    """,
    "displaced": """
        نزح نزحت نزحوا ينزح تنزح نزوح نازح نازحا نازحة نازحين نازحون نازحات
        تهجير هجر مهجر مهجرين مهجرون تشريد شرد مشرد مشردين مشردون فر فروا فرار لاجئ لاجئين لاجئون
        displaced displacing displacement fled flee fleeing uprooted refugees
    """,
}
TRIGGERS: dict[str, str] = {w: cat for cat, words in _TRIGGER_WORDS.items() for w in fold_words(words)}

# Multi-word triggers: the first word alone means something else.
PHRASE_TRIGGERS: dict[tuple[str, ...], str] = {
    p: cat
    for cat, phrases in {
        "killed": fold_phrases(
            "راح ضحية", "راح ضحيتها", "راح ضحيته", "ذهب ضحية", "ذهب ضحيتها", "راحت ضحيته", "أودى بحياة", "أودت بحياة", "أودى بحياته", "أودت بحياته", "لقي حتفه", "لقوا حتفهم", "لقيت حتفها", "لقيا حتفهما", "لقي مصرعه", "لقوا مصرعهم",
            "لقيت مصرعها", "لقيا مصرعهما", "فارق الحياة", "فارقوا الحياة", "سقوط قتلى", "lost their lives",
            "lost his life", "lost her life", "death toll", "shot dead",
        ),
        "missing": fold_phrases("فقد أثر", "فقد الاتصال", "مجهول المصير", "مجهولي المصير", "إخفاء قسري",
                                 "مخفيين قسرا", "unaccounted for"),
        "detained": fold_phrases("taken into custody", "rounded up"),
        "displaced": fold_phrases("forced to flee", "forced from their homes"),
        "besieged": fold_phrases("under siege", "تحت الحصار"),
    }.items()
    for p in phrases
}

# --- Counted nouns ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Head:
    """A noun that names the people counted: their group, what happened to them (if the noun says
    so), and how many it means on its own (1 singular, 2 dual, None plural, -1 dual-or-plural)."""

    group: str
    category: str | None
    count: int | None


def _heads(group: str, category: str | None, singular: str = "", dual: str = "", plural: str = "",
           dual_or_plural: str = "") -> dict[str, Head]:
    out: dict[str, Head] = {}
    for words, count in ((plural, None), (dual_or_plural, -1), (dual, 2), (singular, 1)):
        for w in fold_words(words):
            out[w] = Head(group, category, count)
            # The accusative singular after 11-99 («17 متظاهراً»), unless the word ends in ة or ا.
            if count == 1 and not w.isascii() and not w.endswith(("ه", "ا", "ء")) and w + "ا" not in out:
                out[w + "ا"] = Head(group, category, count)
    return out


# Nouns that count people only with a possessive («أمهم», «أبوه»): alone «أم» is "or", «آب» August.
SUFFIX_ONLY_HEADS: dict[str, Head] = {"ام": Head("women", None, 1), "اب": Head("men", None, 1),
                                      "ابو": Head("men", None, 1), "ابي": Head("men", None, 1)}
# Counted after a number only: «15 إصابة» (alone, «إصابة» is the verbal noun "being injured").
AFTER_NUMBER_HEADS: dict[str, Head] = {"اصابه": Head("unknown", "injured", 1), "حاله": Head("unknown", None, 1)}
HEADS: dict[str, Head] = {}
for _h in (
    # Arabic: after 3-10 the plural, after 11-99 the accusative singular, after 100+ the genitive singular.
    _heads("civilians", None, "مدني مدنيا مدنية مواطن مواطنا مواطنة صحفي صحفيا مسعف مسعفا طبيب ممرض ممرضة "
           "متطوع صياد عامل مزارع طالب معلم مهاجر متظاهر ناشط محام محامي مسن مسنة",
           "مدنيان مدنيتان مدنيتين مواطنان صحفيان مسعفان عاملان عاملين",
           "مدنيون مدنيات مواطنون مواطنات أهالي سكان صحفيون مسعفون عمال عمالا مزارعون طلاب أطباء ممرضون "
           "متطوعون صيادون مهاجرون متظاهرون مصلون ناشطون محامون",
           "مدنيين مدنين مواطنين صحفيين مسعفين متطوعين صيادين مهاجرين مزارعين متظاهرين مصلين ممرضين ناشطين محامين"),
    _heads("children", None, "طفل طفلا طفلة رضيع رضيعا رضيعة قاصر قاصرا فتى صبي",
           "طفلان طفلين طفلتان طفلتين رضيعان رضيعين طفلي طفلتي",
           "أطفال الأطفال رضع قاصرين قاصرون فتيان أطفالا"),
    _heads("women", None, "امرأة سيدة زوجة والدة", "امرأتان امرأتين سيدتان سيدتين", "نساء النساء سيدات"),
    _heads("men", None, "رجل رجلا شاب شابا زوج والد", "رجلان رجلين شابان شابين", "رجال شبان شباب"),
    _heads("combatants", None, "قيادي قياديا عنصر عنصرا جندي جنديا ضابط ضابطا مقاتل مقاتلا عسكري عسكريا مسلح مسلحا",
           "عنصران عنصرين جنديان جنديين ضابطان ضابطين مقاتلان عسكريان مسلحان",
           "عناصر جنود ضباط مقاتلون عسكريون مسلحون مجندين قياديون قادة",
           "مقاتلين عسكريين مسلحين قياديين"),
    _heads("unknown", None, "شخص شخصا فرد سائق شرطي شرطيا ابن ابنة شقيق شقيقة أخ أخت حفيد حفيدة زميل قريب", "شخصان شخصين شقيقان شقيقين أخوان أخوين",
           "أشخاص أفراد أشقاء إخوة أقارب"),
    _heads("unknown", "killed", "قتيل قتيلا شهيد شهيدا شهيدة ضحية جثة جثمان",
           "قتيلان قتيلين شهيدان شهيدين ضحيتان ضحيتين جثتان جثتين جثتي", "قتلى شهداء ضحايا جثث جثامين وفيات"),
    _heads("unknown", "injured", "جريح جريحا جريحة مصاب مصابا مصابة", "جريحان جريحين مصابان",
           "جرحى مصابون إصابات", "مصابين"),
    _heads("unknown", "missing", "مفقود مفقودا مفقودة", "مفقودان", "مفقودون", "مفقودين"),
    _heads("unknown", "detained", "معتقل معتقلا محتجز محتجزا مختطف مختطفا", "معتقلان",
           "معتقلون معتقلات محتجزون مختطفون", "معتقلين محتجزين مختطفين"),
    _heads("civilians", "displaced", "نازح نازحا نازحة لاجئ", "نازحان", "نازحون نازحات مهجرون مشردون لاجئون",
           "نازحين مهجرين مشردين لاجئين"),
    _heads("civilians", "besieged", "محاصر", "", "محاصرون", "محاصرين"),
    # English
    _heads("civilians", None, "civilian journalist paramedic nurse doctor volunteer migrant protester "
           "demonstrator worshipper farmer fisherman lawyer activist teacher", "",
           "civilians journalists paramedics residents villagers workers farmers students doctors medics nurses "
           "volunteers migrants protesters demonstrators worshippers fishermen teachers lawyers activists"),
    _heads("children", None, "child boy girl baby infant toddler kid", "",
           "children boys girls babies infants toddlers minors kids"),
    _heads("women", None, "woman wife mother", "", "women"),
    _heads("men", None, "man husband father", "", "men"),
    _heads("combatants", None, "soldier fighter militant combatant officer gunman", "",
           "soldiers fighters militants combatants troops officers gunmen servicemen"),
    # Police are not combatants under IHL; the text's own words decide, so they stay unknown.
    _heads("unknown", None, "person policeman son daughter brother sister grandson granddaughter nephew niece "
           "cousin relative neighbour neighbor driver", "",
           "people persons individuals members policemen brothers sisters siblings relatives peacekeepers"),
    _heads("unknown", "killed", "", "", "dead bodies deaths fatalities victims"),
    _heads("unknown", "injured", "", "", "wounded injured injuries"),
    _heads("unknown", "missing", "", "", "missing"),
    _heads("unknown", "detained", "detainee", "", "detainees"),
    _heads("civilians", "displaced", "refugee", "", "displaced refugees"),
    _heads("civilians", "besieged", "", "", "besieged"),
):
    HEADS.update(_h)

# "others" after a first figure: the same people ("7 civilians killed, 12 others injured").
OTHERS = frozenset(fold_words("آخرين آخرون أخرى آخران آخرتان أخريات others more"))
# English words allowed between a number and its noun ("seven Syrian civilians").
ADJECTIVES = frozenset(fold_words("""
    more other additional young little small elderly old innocent unarmed local syrian iraqi yemeni
    palestinian kurdish lebanese afghan israeli iranian turkish russian government rebel opposition
    aid humanitarian medical rescue red crescent
"""))

# --- Numbers -----------------------------------------------------------------------------------
AR_UNITS: dict[str, int] = {}
for _words, _v in (("واحد واحدة", 1), ("اثنان اثنين اثنتان اثنتين", 2), ("ثلاث ثلاثة", 3), ("أربع أربعة", 4),
                   ("خمس خمسة", 5), ("ست ستة", 6), ("سبع سبعة", 7), ("ثمان ثماني ثمانية", 8), ("تسع تسعة", 9)):
    for _w in fold_words(_words):
        AR_UNITS[_w] = _v
AR_TEN = frozenset(fold_words("عشر عشرة"))
# Units as they stand before عشر in 11-19 ("أحد عشر", "اثنا عشر", "ثلاثة عشر").
AR_TEEN_UNITS = {**{w: v for w, v in AR_UNITS.items() if v > 2},
                 **{w: 1 for w in fold_words("أحد إحدى احدى")},
                 **{w: 2 for w in fold_words("اثنا اثني اثنتا اثنتي")}}
AR_TENS: dict[str, int] = {}
for _stem, _v in (("عشر", 20), ("ثلاث", 30), ("أربع", 40), ("خمس", 50), ("ست", 60), ("سبع", 70),
                  ("ثمان", 80), ("تسع", 90)):
    AR_TENS[fold(_stem + "ون")] = _v
    AR_TENS[fold(_stem + "ين")] = _v
AR_HUNDRED = frozenset(fold_words("مئة مائة مية ماية"))
AR_HUNDREDS: dict[str, int] = {w: 100 for w in AR_HUNDRED}
for _w in fold_words("مئتان مئتين مئتا مئتي مائتان مائتين مائتا مائتي ميتين"):
    AR_HUNDREDS[_w] = 200
for _stem, _v in (("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("ثماني", 8),
                  ("تسع", 9)):
    for _h in ("مئة", "مائة"):
        AR_HUNDREDS[fold(_stem + _h)] = _v * 100
# Scales multiply what precedes them; a scale word alone is its own value ("ألف" = 1000).
AR_THOUSAND = frozenset(fold_words("ألف ألفا"))
AR_THOUSANDS_PL = frozenset(fold_words("آلاف ألوف"))  # after 3-10
AR_TWO_THOUSAND = frozenset(fold_words("ألفان ألفين ألفي"))
AR_MILLION = frozenset(fold_words("مليون مليونا ملايين"))
AR_TWO_MILLION = frozenset(fold_words("مليونان مليونين"))
CONJ_AR = "و"

EN_ONES = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
EN_TENS = {w: (i + 2) * 10 for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

# Words that count without a number: kept as `vague`, never turned into a figure.
VAGUE_WORDS = frozenset(fold_words("""
    عشرات العشرات مئات المئات مئآت آلاف الآلاف ألوف بضعة بضع عدة العديد
    dozens scores hundreds thousands tens several many numerous
"""))
VAGUE_NEED_OF = frozenset(fold_words("العديد عدد"))  # only as "العديد من", "عدد من"
VAGUE_PHRASES = fold_phrases("a number of", "a few", "a handful of")
# "a dozen" is twelve, roughly.
DOZEN = "dozen"

# --- Qualifiers --------------------------------------------------------------------------------
QUALIFIERS: dict[tuple[str, ...], str] = {}
for _kind, _phrases in {
    "min": ("ما لا يقل عن", "لا يقل عن", "ما لا يقل عددهم عن", "لا تقل عن", "ما لا تقل عن", "أكثر من",
            "أزيد من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "يزيد على", "ما يربو على", "يربو على",
            "ما يفوق", "يفوق", "ما فوق", "أكثر من", "at least", "not less than", "no fewer than",
            "no less than", "not fewer than", "more than", "over", "upwards of", "in excess of",
            "a minimum of", "a total of at least", "exceeded", "surpassed", "topped", "تجاوز", "تجاوزت", "يتجاوز",
            "تخطى"),
    "approx": ("نحو", "حوالي", "حوالى", "قرابة", "ما يقارب", "يقارب", "ما يقرب من", "يقرب من", "زهاء",
               "ما يناهز", "يناهز", "قرابة", "about", "around", "approximately", "roughly", "nearly",
               "almost", "some", "an estimated", "estimated", "close to", "approx", "circa"),
    "max": ("أقل من", "ما دون", "up to", "as many as", "fewer than", "less than", "under"),
}.items():
    for _p in fold_phrases(*_phrases):
        QUALIFIERS[_p] = _kind
POST_QUALIFIERS: dict[tuple[str, ...], str] = {
    **{p: "min" for p in fold_phrases("على الأقل", "at least", "or more", "أو أكثر", "وأكثر")},
    **{p: "approx" for p in fold_phrases("تقريبا", "approximately", "or so")},
}
RANGE_OPENERS = frozenset(fold_words("بين من between from"))
RANGE_JOINERS = frozenset(fold_words("و إلى الى حتى أو to and or"))
RANGE_DASHES = frozenset("-–—")
# A toll that "rose from 20 to 25" is 25, not a range.
TOLL_RISE = frozenset(fold_words("ارتفع ارتفعت ارتفاع يرتفع ترتفع rose risen rising climbed increased jumped"))
# A toll stated before its number, often far before it: «ارتفعت حصيلة القتلى في … إلى 58».
TOLL_CUES = TOLL_RISE | frozenset(fold_words("حصيلة الحصيلة عدد العدد بلغ بلغت يبلغ تبلغ وصل وصلت يصل تصل toll number"))
TOLL_TO = frozenset(fold_words("إلى الى to"))

# Members of these bodies are civilians whatever the counted noun says («3 من عناصر الدفاع المدني»).
CIVILIAN_BODIES = fold_phrases("الدفاع المدني", "الهلال الأحمر", "الخوذ البيضاء", "civil defence", "civil defense",
                                "white helmets", "red crescent", "red cross")
# Release ends a detention: «أفرجت السلطات عن 20 معتقلاً» is not an arrest.
RELEASE_WORDS = frozenset(fold_words("أفرج أفرجت أفرجوا الإفراج إفراج الافراج إطلاق سراح released releases freed "
                                      "release"))

# --- Structure -----------------------------------------------------------------------------------
BREAKDOWN_MARKERS = frozenset(fold_words("بينهم بينهن بينهما منهم منهن منهما including include includes among"))
OF_THEM = frozenset(fold_words("منهم منهن منهما"))  # "3 منهم أطفال"
EN_OF_THEM = ("of", "them")
NEGATORS = frozenset(fold_words("لم لن لا ليس ليست دون بدون عدم no not never without none didn't wasn't "
                                 "weren't hasn't haven't isn't aren't nobody"))
DENIALS = frozenset(fold_words("نفى نفت ينفي تنفي نفوا ينفون نفي نفيه deny denied denies denying"))
# Negators that do not negate: "لا يزال" (still), "not only", "no longer".
NEGATOR_EXCEPTIONS = frozenset(fold_words("يزال تزال زال زالت يزالون يقل تقل only longer less fewer"))
# "لا يقل عدد القتلى عن 40", "تجاوز عدد النازحين 70 ألفاً": a lower bound stated before the subject.
AT_LEAST_VERBS = frozenset(fold_words("يقل تقل تجاوز تجاوزت يتجاوز تتجاوز فاق فاقت يفوق تفوق exceeded exceeds "
                                       "surpassed topped"))
# Words between a number's noun and a following verb ("7 civilians were killed").
FOLLOW_SKIP = frozenset(fold_words("were was have has had been are is being reportedly also all still "
                                    "قد تحت under who"))
# Words a bare number may be followed by and still count people ("قتل 7 في قصف", "killed 7 in").
BARE_FOLLOWERS = frozenset(fold_words("""
    في من على جراء إثر بسبب خلال بعد عند حين و أو بينهم منهم بينما فيما كما حسب وفق بحسب
    in on at when after during and as by near from while with following including among
    were was had have including since across inside outside overnight today yesterday
"""))
# Words after which a number is a name or a rank, not a count.
NOT_COUNT_BEFORE = frozenset(fold_words("""
    عام سنة العام شهر الشهر رقم الفرقة اللواء الفوج المادة القرار الساعة الطريق الكتيبة القطاع الطابق شارع عمر بعمر
    year years resolution number no route highway brigade division article hour floor street aged age
"""))
PERCENT_AFTER = frozenset(fold_words("بالمئة بالمائة % percent per"))
RELATIVES = frozenset(fold_words("الذي التي الذين اللذين اللتين اللواتي who which whom whose that where"))
# Clause breaks a casualty verb does not reach across ("Nobody was killed, but 8 people were hurt").
CLAUSE_BREAKS = frozenset(fold_words("لكن ولكن but however whereas"))
# Counted things that are not people: a figure before them is not a casualty count.
NON_PERSON = frozenset(fold_words("""
    عائلة عائلات العائلات أسرة أسر الأسر منزل منازل بيوت مبنى مباني غارة غارات صاروخ صواريخ قذيفة قذائف
    برميل براميل يوم أيام ساعة ساعات عاما أعوام سنوات شهر أشهر كيلومتر كيلومترات متر
    نسمة هجوم هجوما هجمات عملية عمليات خرق خرقا خروقات طلعة طلعات ضربة ضربات صاروخا برميلا استهداف
    ليرة ليرات دولار دولارا دولارات يورو دينار مليار دونم دونما دونمات هكتار خيمة خيام سلة سلال
    مشاهدة مشاهدات زيارة زيارات تعليق تعليقات مشاركة مشاركات إعجاب مدرسة مدارس منشأة منشآت
    مرة مرات حادثة حوادث انتهاك انتهاكات مجزرة مجازر قرية قرى بلدة بلدات موقع مواقع
    families family households homes houses buildings strikes airstrikes rockets shells missiles barrels days
    hours years months kilometres kilometers miles metres meters
"""))
# Definite numbers after a plural noun: «أطفالهما الثلاثة» (their three children).
AR_DEFINITE_UNITS = {"ال" + w: v for w, v in AR_UNITS.items() if v >= 2}
AR_DEFINITE_UNITS.update({"ال" + w: v for w, v in AR_TENS.items()})
AR_DEFINITE_UNITS.update({"ال" + w: 10 for w in AR_TEN})
POSSESSIVES = frozenset(("his", "her", "their", "its"))

# --- Events --------------------------------------------------------------------------------------
EVENT_CUES: tuple[tuple[str, frozenset[str]], ...] = tuple((kind, frozenset(fold_words(words))) for kind, words in (
    ("airstrike", """غارة غارات الغارة الغارات جوي جوية الجوي الجوية طائرات طائرة الطيران طيران الحربي الحربية
                  حربية حربي مروحي مروحية مروحيات براميل برميل مسيرة مسيرات درون
                  airstrike airstrikes air warplanes warplane jets jet aircraft drone drones helicopter
                  helicopters barrel bombed bombing bombardment"""),
    ("explosive_device", """انفجار تفجير مفخخة مفخخات ناسفة ناسف انتحاري انتحارية لغم ألغام مخلفات عنقودية
                         explosion explosions blast bomb car ied suicide landmine landmines mine mines
                         unexploded ordnance"""),
    ("execution", """إعدام أعدم أعدمت ذبح execution executed executions beheaded"""),
    ("shelling", """قصف قصفت قذائف قذيفة مدفعي مدفعية المدفعية صاروخي صاروخية صواريخ صاروخ هاون راجمات
                 shelling shelled shells shell artillery mortar mortars rocket rockets missile missiles"""),
    ("ground_attack", """رصاص برصاص إطلاق نار قنص قناص قناصة اقتحام اشتباكات معارك هجوم اشتباك
                      gunfire shot shooting sniper snipers gunmen clashes fighting raid assault stormed"""),
    ("siege", """حصار محاصر محاصرين محاصرة siege besieged"""),
    ("detention_campaign", """اعتقال اعتقالات مداهمة مداهمات حملة arrests arrested raids detention detentions"""),
))
# Words that start the account of another incident in the same sentence.
EVENT_SEPARATORS = frozenset(fold_words("كما بينما فيما حين ذلك أخرى أيضا separately meanwhile elsewhere another also "
                                         "earlier later"))

# --- Places and actors ---------------------------------------------------------------------------
# Place-type words before a name, with the kind of place they announce.
PLACE_TYPE_CUES: dict[str, str] = {}
for _kind, _words in (
    ("city", "مدينة مدينتي مدن city"),
    ("neighbourhood", "حي حيي أحياء حارة neighbourhood neighborhood quarter"),
    ("village", "قرية قرى قريتي بلدة بلدات بلدتي مزرعة village villages town towns"),
    ("governorate", "محافظة محافظات province governorate"),
    ("sub-district", "ناحية subdistrict"),
    ("district", "منطقة منطقتي district"),
    ("countryside", "ريف أرياف countryside outskirts"),
    ("camp", "مخيم مخيمات camp"),
):
    for _w in fold_words(_words):
        PLACE_TYPE_CUES[_w] = _kind
# Prepositions and directions that may precede a place name.
PLACE_CUES = frozenset(fold_words("""
    في من إلى الى على قرب بالقرب حول داخل خارج شرق غرب شمال جنوب شرقي غربي شمالي جنوبي وسط محيط أطراف
    ضواحي مداخل بلدة أنحاء عموم باتجاه نحو مناطق
    in at near from to of around outside inside into across toward towards north south east west
    northern southern eastern western central outskirts
"""))
# Cues that may introduce a new place name (indefinite, in construct with the name).
NEW_PLACE_CUES: dict[str, str] = {fold(w): k for w, k in (
    ("حي", "neighbourhood"), ("حيي", "neighbourhood"), ("قرية", "village"), ("قريتي", "village"),
    ("بلدة", "town"), ("بلدتي", "town"), ("مدينة", "city"), ("مخيم", "camp"),
)}
EN_NEW_PLACE_CUES = {"village": "village", "town": "town", "city": "city", "neighbourhood": "neighbourhood",
                     "neighborhood": "neighbourhood", "camp": "camp"}
# First words of compound Arabic place names ("كفر نبل", "تل رفعت", "دير العصافير").
COMPOUND_HEADS = frozenset(fold_words("""
    كفر دير تل عين بيت جسر خان معرة رأس أبو ابو أم بئر بير سهل جبل باب بني تلة مزرعة برج قلعة مرج حوش
    وادي ساحة حارة الشيخ شيخ سيدي خربة عرب البو
"""))
# Adjectives that end compound names ("المزرعة الشرقية", "القرية الجديدة").
NAME_ADJECTIVES = frozenset(fold_words("""
    الشرقي الشرقية الغربي الغربية الشمالي الشمالية الجنوبي الجنوبية الجديد الجديدة القديم القديمة
    الكبير الكبيرة الكبرى الصغير الصغيرة الصغرى الفوقاني الفوقانية التحتاني التحتانية
"""))
# Words that cannot begin a new place name.
NOT_NAMES = frozenset(fold_words("""
    التي الذي الذين الواقعة الواقع المجاورة المجاور المحاصرة القريبة القريب نفسها نفسه ذاتها ذاته
    كبيرة صغيرة واحدة أخرى مجاورة قريبة سكنية سكني بأكملها بأكمله كاملة كاملا بكاملها كلها جديدة قديمة
    the a an of which that where near in on
"""))
ACTOR_ROLE_CUES: dict[str, str] = {}
for _role, _words in (
    ("perpetrator", """قصف قصفت غارة غارات طائرات طائرة طيران مقاتلات مروحيات مدفعية قذائف صواريخ نيران
                       رصاص يد استهدف استهدفت استهداف شن شنت شنها نفذ نفذت نفذها حملة هجوم هجمات
                       اقتحام اقتحمت قوات مداهمة
                       by strike strikes airstrike airstrikes shelling fire jets warplanes aircraft attack
                       attacks raid raids bombardment offensive"""),
    ("controls", """سيطرة الخاضعة الخاضع خاضعة خاضع يسيطر تسيطر معاقل معقل held controlled control"""),
):
    for _w in fold_words(_words):
        ACTOR_ROLE_CUES[_w] = _role
# Verbs directly before an actor make it the subject (Arabic verb–subject order): «اعتقلت قوات
# النظام 15 شاباً», «قتل داعش 5». Only adjacent: «قتل عنصر من داعش» is an ISIS member killed.
ACTOR_SUBJECT_VERBS = frozenset(fold_words("""
    قتل قتلت اعتقل اعتقلت اختطف اختطفت أعدم أعدمت احتجز احتجزت هجر هجرت حاصر حاصرت يحاصر تحاصر
    قصف قصفت استهدف استهدفت هاجم هاجمت
"""))
ACTOR_ROLE_AFTER = {
    **{w: "controls" for w in ("held", "controlled")},
    # "Russian jets struck", "government forces killed", "ISIS fighters executed"
    **{w: "perpetrator" for w in ("jets", "warplanes", "aircraft", "planes", "drones", "helicopters", "artillery",
                                  "strikes", "airstrikes", "shelling", "troops", "gunmen", "killed", "shelled",
                                  "struck", "bombed", "targeted", "attacked", "executed", "fired", "launched")},
}

# --- Dates ----------------------------------------------------------------------------------------
MONTHS: dict[str, int] = {}
for _m, _words in enumerate((
    "يناير كانون_الثاني جانفي january jan",
    "فبراير شباط فيفري فبرير february feb",
    "مارس آذار march mar",
    "أبريل إبريل ابريل نيسان أفريل april apr",
    "مايو أيار ماي may",
    "يونيو يونيه حزيران جوان june jun",
    "يوليو يوليه تموز جويلية july jul",
    "أغسطس اغسطس آب أوت august aug",
    "سبتمبر أيلول september sep sept",
    "أكتوبر اكتوبر تشرين_الأول october oct",
    "نوفمبر تشرين_الثاني november nov",
    "ديسمبر كانون_الأول december dec",
), start=1):
    for _w in _words.split():
        MONTHS[fold(_w.replace("_", " "))] = _m
WEEKDAYS: dict[str, int] = {}
for _d, _words in enumerate((
    "الإثنين الاثنين الأثنين monday", "الثلاثاء tuesday", "الأربعاء الاربعاء wednesday", "الخميس thursday",
    "الجمعة friday", "السبت saturday", "الأحد الاحد sunday",
)):
    for _w in fold_words(_words):
        WEEKDAYS[_w] = _d
