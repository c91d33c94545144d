"""Named victims in a report's text, suggested as mentions to confirm (issue 15, item 4).

What is read (Arabic and English):
- a name after the words that describe a person (the honorifics of `casualtydb.names.arabic`:
  «الطفل»، «الطفلة»، «الشاب»، «السيدة»، «الشهيد»…, and status words «المدني»، «العنصر»، «المقاتل»،
  «القيادي»), or right after a fate verb when it has two parts or more («استشهد محمد أحمد العلي»);
- lists after «وهم:»، «بينهم»، «هم»، «منهم»، «أسماؤهم» (or a colon), items separated by commas, «و»,
  new lines or numbering; in English after "named as", "identified as", "including", "were:";
- an age in brackets or after the name («(35 عاماً)»، «، 12 عاماً»، «البالغ من العمر 12 عاماً»;
  "Ali Hassan, 12,", "(12)", "aged 12", "12-year-old Ali Hassan");
- relations after a name («وابنه»، «وزوجته»، «وشقيقه أحمد»; "and his son"): a relative with a
  name is a mention of their own; one without is a mention without a name, counted (two for a
  dual: «وطفلاه»). Either way the relative's name parts that the relation implies are given
  (a son's father is the named man, his family the same; a brother shares father and family; a
  wife or a mother shares nothing, since a woman keeps her own family name);
- sex from the describing words and the feminine forms (الطفلة، السيدة، «استشهدت»، «البالغة»),
  child from «الطفل/الطفلة/الرضيع» or an age under 18, civilian or combatant from the describing
  words, and the fate from the nearest fate word before the name in its sentence (after it when
  there is none before): killed, injured, detained, missing.

The name rules themselves (compounds, بن, the article, honorifics) are `casualtydb.names`'; this
module only finds where names are in running text. Offsets are into the text as given."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..names import parse_name
from ..names import arabic as arn
from ..names import latin
from ..text.arabic import fold, parse_int
from . import lexicon as L
from .model import VictimMention

# ---------------------------------------------------------------------------------------------
# Word lists (written plainly, folded at import like the lexicon's)


def _f(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


# Fate words (folded), with their و/ب-prefixed forms added below.
_FATE_AR = {
    "killed": _f("استشهد استشهدت استشهدا استشهاد قتل قتلت قتلا مقتل قضى قضت لقي لقيت مصرع توفي توفيت "
                 "وفاة أعدم أعدمت إعدام اغتيل اغتيلت اغتيال الشهيد الشهيدة الشهيدين شهيد شهيدا"),
    "injured": _f("أصيب أصيبت أصيبا إصابة جرح جرحت جرحا المصاب المصابة الجريح الجريحة مصابا جريحا"),
    "detained": _f("اعتقل اعتقلت اعتقال احتجز احتجزت احتجاز أسر أسرت اختطف اختطفت اختطاف خطف خطفت "
                   "المعتقل المعتقلة معتقلا"),
    # «الضحايا هم: …»، «أسماء الشهداء: …»: the list's fate is its heading's.
    "killed_list": _f("الضحايا ضحايا الشهداء شهداء القتلى قتلى"),
    "injured_list": _f("الجرحى جرحى المصابين مصابين المصابون"),
    "detained_list": _f("المعتقلين معتقلين المعتقلون المختطفين"),
    "missing_list": _f("المفقودين مفقودين المفقودون"),
    "missing": _f("فقد فقدت فقدان مفقود مفقودة المفقود المفقودة مفقودا مفقودين اختفى اختفت اختفاء تغييب"),
}
_FATE_HEADINGS = frozenset(w for key, words in _FATE_AR.items() if key.endswith("_list") for w in words)
_FATE_OF: dict[str, str] = {}
for _fate, _words in _FATE_AR.items():
    for _w in _words:
        for _p in ("", "و", "ب", "وب", "ف"):
            _FATE_OF.setdefault(_p + _w, _fate.removesuffix("_list"))
            # «منذ اعتقاله»، «بعد إصابتها»: the noun with a possessive
            _stem = _w[:-1] + "ت" if _w.endswith("ه") else _w
            for _s in ("ه", "ها", "هم"):
                _FATE_OF.setdefault(_p + _stem + _s, _fate.removesuffix("_list"))
# Survived: a name after these is no victim («ونجت شقيقتها سلمى»).
_SURVIVED_AR = _f("نجا نجت ونجا ونجت ينجو نجاة ونجاة")
_SPEECH_AR = _f("قال قالت وقال وقالت أفاد أفادت وأفاد وأفادت ذكر ذكرت وذكر وذكرت أكد أكدت وأكد وأكدت أوضح "
                "أوضحت وأوضح وأوضحت صرح صرحت وصرح وصرحت أعلن أعلنت وأعلن وأعلنت أشار أشارت وأشار وأشارت أضاف "
                "أضافت وأضاف وأضافت تابع وتابع روى وروى تحدث وتحدث نقل ونقل بين وبين لفت ولفت طالب طالبت وطالب "
                "وطالبت دعا دعت ودعا ودعت ناشد ناشدت وناشد وناشدت")
_FAMILY_TITLES = _f("الشيخ الحاج السيد")
_TITLES_AR = _f("مدير رئيس الناطق المتحدث مسؤول محافظ عضو قائد ناطق متحدث")
_LOST_LIFE = _f("حياته حياتها روحه روحها")  # «فقد حياته»: killed, not missing
_FEMININE_VERBS = _f("استشهدت قتلت قضت لقيت توفيت أعدمت اغتيلت أصيبت جرحت اعتقلت احتجزت أسرت اختطفت خطفت "
                     "فقدت اختفت")
_FATE_EN = {
    "killed": "killed", "died": "killed", "dead": "killed", "death": "killed", "deaths": "killed", "shot": "killed",
    "murdered": "killed", "executed": "killed", "slain": "killed", "martyred": "killed", "lost": "killed",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "injuring": "injured", "wounding": "injured",
    "arrested": "detained", "detained": "detained", "abducted": "detained", "kidnapped": "detained",
    "seized": "detained", "arrest": "detained", "detention": "detained", "body": "killed", "bodies": "killed", "victims": "killed",
    "missing": "missing", "disappeared": "missing", "vanished": "missing",
}

# Describing words before a name that say civilian or combatant (folded), beyond the honorifics.
_STATUS_AR = {
    **{w: "civilian" for w in _f("المدني المدنية المواطن المواطنة الناشط الناشطة الإعلامي الإعلامية الصحفي "
                                  "الصحفية المسعف المسعفة الطبيب الطبيبة الممرض الممرضة المعلم المعلمة")},
    **{w: "combatant" for w in _f("العنصر المقاتل المقاتلة القيادي القائد العسكري الجندي المجند الملازم النقيب "
                                   "الرائد المقدم العقيد العميد الضابط الرقيب المساعد المتطوع")},
}
_EXTRA_PREFIXES: dict[str, tuple[str | None, bool | None]] = {
    **{w: ("m", None) for w in _f("المدني العنصر القيادي العسكري الضابط الرقيب المساعد المتطوع السجين")},
    # occupations said before a name
    **{w: ("m", False) for w in _f("المزارع العامل السائق التاجر الموظف الراعي الصياد البائع الخباز الحداد "
                                    "المحامي الموظف المصور")},
    **{w: ("f", False) for w in _f("المزارعة العاملة الموظفة المحامية المصورة")},
    **{w: ("f", None) for w in _f("المدنية المقاتلة السجينة")},
}
# «شهيد» without the article is the noun («شهيد وجريحان»), not a title before a name.
PREFIXES: dict[str, tuple[str | None, bool | None]] = {
    k: v for k, v in {**arn.HONORIFICS, **_EXTRA_PREFIXES}.items() if k not in ("شهيد", "شهيده")}
# The describing words after which one name alone («الطفلة سارة») is taken: the young, and status
# words; after «الشيخ»، «السيد»، «الحاج» one word is as often a place («الشيخ مقصود») or a title.
_YOUNG = _f("الطفل الطفلة الرضيع الرضيعة الفتى الفتاة الشاب الشابة")

# Relations after a name: folded stem → (relation, sex, how the relative's parts follow the anchor's).
# "child": father = anchor's given, grandfather = anchor's father, family = anchor's family;
# "sibling": father, grandfather and family = the anchor's; "parent": given = anchor's father;
# None: nothing follows (a wife, a husband, a mother keep their own family names).
_RELATIONS: dict[str, tuple[str, str | None, str | None]] = {
    "ابن": ("son", "m", "child"), "نجل": ("son", "m", "child"), "طفل": ("son", "m", "child"),
    "ابنت": ("daughter", "f", "child"), "ابنة": ("daughter", "f", "child"), "طفلت": ("daughter", "f", "child"),
    "كريمت": ("daughter", "f", "child"),
    "شقيق": ("brother", "m", "sibling"), "اخ": ("brother", "m", "sibling"), "اخو": ("brother", "m", "sibling"),
    "اخي": ("brother", "m", "sibling"), "شقيقت": ("sister", "f", "sibling"), "اخت": ("sister", "f", "sibling"),
    "والد": ("father", "m", "parent"), "ابو": ("father", "m", "parent"), "ابي": ("father", "m", "parent"),
    "والدت": ("mother", "f", None), "ام": ("mother", "f", None),
    "زوجت": ("wife", "f", None), "زوج": ("husband", "m", None),
    "حفيد": ("grandson", "m", None), "حفيدت": ("granddaughter", "f", None),
    "عم": ("uncle", "m", None), "خال": ("uncle", "m", None), "ابن عم": ("cousin", "m", None),
}
_DUAL_RELATIONS: dict[str, tuple[str, str | None, str | None]] = {
    "ابنا": ("son", "m", "child"), "ابني": ("son", "m", "child"), "طفلا": ("child", None, "child"),
    "طفلي": ("child", None, "child"), "ابنتا": ("daughter", "f", "child"), "ابنتي": ("daughter", "f", "child"),
    "شقيقا": ("brother", "m", "sibling"), "شقيقي": ("brother", "m", "sibling"),
    "شقيقتا": ("sister", "f", "sibling"), "شقيقتي": ("sister", "f", "sibling"),
}
_TA_MARBUTA = re.compile(r"ة[\u064b-\u0652\u0640]*$")  # «طفلة» is a girl, not «طفله» (his child)
_REL_SUFFIX = re.compile(r"(?:ها|هما|هم|ه)$")

# Words that end a name or can never be one (folded): function words, places, weapons, units,
# the lexicon's casualty words and numbers.
_STOP_AR = _f("""
في من إلى الى عن مع بعد قبل خلال جراء إثر اثر بسبب عند حيث التي الذي الذين اللذين وهو وهي وهم هو هي هم
كان كانت قد تم أن ان إن وقد ثم أو او بين بينهم بينهن منهم منهن وذلك ذلك هذا هذه اليوم أمس صباح مساء ليل ليلة
فجر ظهر يوم برصاص بقصف بغارة بانفجار قصف غارة انفجار رصاص قناص القناص لغم عبوة سيارة منزل منزله منزلها
مدينة بلدة قرية حي ريف شارع مخيم مستشفى نتيجة أثناء داخل قرب بالقرب محافظة أهالي مواليد عاما عام
سنة سنوات أعوام شهر أشهر جميعهم كل لدى أيضا كذلك آخر آخرون آخرين أخرى قوات قوة عناصر عنصر فصائل فصيل جيش
الجيش النظام تنظيم الشرطة الأمن دورية ميليشيا ميليشيات حزب هيئة مجموعة جبهة لواء فرقة كتيبة الحكومة
التحالف طائرة طائرات الطيران مسلحون مسلحين مجهولون مجهولين مجهول المصير حتفه حتفها حياته حياتها متأثرا
متأثرة بجراحه بجراحها بجروح جروح إصابته إصابتها وصل وصلت نقل نقلت أفاد أفادت قال قالت ذكر ذكرت أكد أكدت
وفق بحسب حسب مصادر مصدر محلية ناشطون ناشطين المرصد الشبكة الدفاع المدني مدني مدنيين مدنيا مدنيان أطفال
طفلا طفلان طفلين نساء امرأة رجل رجلان شخص شخصان أشخاص شبان مواطنين مواطنا مواطن عائلة عائلته أسرة أسرته
وسط شمال جنوب شرق غرب شمالي جنوبي شرقي غربي الشمالي الجنوبي الشرقي الغربي بالرصاص الحي المباشر
عليه عليها إليه له لها به بها منه منها عنه عنها فيه فيها جميع بعض حين عندما بينما فيما لا لم لن ما
أسماء أسماؤهم أسماءهم الضحايا ضحايا الشهداء القتلى الجرحى المصابين المعتقلين وهما هما أنه أنها
منذ لدى خروجه بشظايا شظايا بجروح بقذيفة قذيفة بصاروخ صاروخ ببرميل برميل تحت أنقاض الأنقاض سقطت بغارة صديقه صديقها جاره جارته
""") | {"على"} | _f("البالغ البالغة عمره عمرها ذو ذات عام عاما أعوام سنة سنوات سنين شهر شهرا أشهر شهور") \
    | _f("أحد إحدى احدى أحدهم إحداهن مختار حريق مجزرة حصيلة الاتصال بحق متأثرين متأثرا شهيد شهيدة شهيدان") \
    | frozenset(L.TRIGGERS) | frozenset(L.HEADS) | frozenset(L.AR_UNITS) | frozenset(L.AR_TENS) \
    | frozenset(L.AR_HUNDREDS) | frozenset(L.AR_TEEN_UNITS) | frozenset(L.AR_TEN) | frozenset(L.AR_HUNDRED) \
    | frozenset(L.AR_DEFINITE_UNITS) | frozenset(L.AR_THOUSAND) | frozenset(L.OTHERS) | frozenset(L.TOLL_CUES) \
    | frozenset(L.MONTHS) | frozenset(L.WEEKDAYS) | frozenset(L.PLACE_CUES) | frozenset(L.VAGUE_WORDS) \
    | frozenset(L.BREAKDOWN_MARKERS)
_STOP_AR = (_STOP_AR - {"علي"}) | {"على"}  # PLACE_CUES has «على», folded to the name «علي»
# Names that begin with و (so «وليد» is not «و» + «ليد»).
_WAW_NAMES = _f("وليد وائل وسيم وسام وفاء وعد وداد وديع وجيه وحيد وضاح وهيب ورد وردة ولاء وفيق وصفي وهبة "
                "وجدي وجدان وصال ودود وحيدة وليدة ورود وئام وليم وهيبة واصف وسيمة وعود ونوس وطفة وهبي وردة وداد "
                "وفيقة وصفية")
_LIST_CUES_AR = _f("وهم هم وهما هما بينهم بينهن منهم منهن أسماؤهم أسماءهم وأسماؤهم وأسماءهم وهن هن "
                   "الأسماء أسماء")
_AGE_WORDS = _f("عام عاما عاماً أعوام سنة سنوات سنين سنه")
_MONTH_WORDS = _f("شهر شهرا أشهر شهور")
_TWO_YEARS = _f("عامان عامين سنتان سنتين")  # «(عامان)»: two years old
_TWO_MONTHS = _f("شهران شهرين")
_OLD = _f("البالغ البالغة العمر عمره عمرها ذو ذات")

# English
_EN_NUM = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_EN_DESCRIBE: dict[str, tuple[str | None, bool | None, str | None]] = {
    "boy": ("m", True, None), "girl": ("f", True, None), "child": (None, True, None), "baby": (None, True, None),
    "infant": (None, True, None), "toddler": (None, True, None), "teenager": (None, True, None),
    "man": ("m", False, None), "woman": ("f", False, None), "mr": ("m", False, None), "mrs": ("f", False, None),
    "ms": ("f", False, None), "dr": (None, False, "civilian"), "doctor": (None, False, "civilian"),
    "civilian": (None, None, "civilian"), "journalist": (None, False, "civilian"), "activist": (None, False, "civilian"),
    "paramedic": (None, False, "civilian"), "teacher": (None, False, "civilian"), "farmer": (None, False, "civilian"),
    "nurse": (None, False, "civilian"), "student": (None, None, "civilian"),
    "fighter": (None, False, "combatant"), "combatant": (None, False, "combatant"), "militant": (None, False, "combatant"),
    "soldier": (None, False, "combatant"), "commander": (None, False, "combatant"), "officer": (None, False, "combatant"),
    "sheikh": ("m", False, None), "haj": ("m", False, None), "hajj": ("m", False, None), "hajja": ("f", False, None),
    "martyr": (None, None, None), "farmer": (None, False, "civilian"), "driver": (None, False, "civilian"),
}
_EN_PLURAL_DESCRIBE = {"men": ("m", False), "women": ("f", False), "boys": ("m", True), "girls": ("f", True),
                       "children": (None, True), "brothers": ("m", None), "sisters": ("f", None)}
_EN_SPEECH = frozenset(("said", "says", "told", "added", "stated", "spokesman", "spokeswoman", "spokesperson",
                        "director", "official", "head", "mayor", "governor", "minister", "manager", "runs",
                        "chief", "coordinator", "reporter", "correspondent", "according"))
_EN_SPEECH_VERBS = frozenset(("said", "says", "told", "added", "stated", "according"))
_EN_SURVIVED = frozenset(("survived", "rescued", "unharmed", "escaped"))
_ORG_WORDS = _f("جيش هيئة حركة فصيل لواء فرقة قوات حزب تنظيم جبهة كتائب كتيبة ميليشيا صفوف")
_EN_RELATIONS: dict[str, tuple[str, str | None, str | None]] = {
    "son": ("son", "m", "child"), "daughter": ("daughter", "f", "child"), "brother": ("brother", "m", "sibling"),
    "sister": ("sister", "f", "sibling"), "father": ("father", "m", "parent"), "mother": ("mother", "f", None),
    "wife": ("wife", "f", None), "husband": ("husband", "m", None), "nephew": ("nephew", "m", None),
    "niece": ("niece", "f", None), "grandson": ("grandson", "m", None), "granddaughter": ("granddaughter", "f", None),
}
_EN_PLURAL_RELATIONS = {"sons": "son", "daughters": "daughter", "brothers": "brother", "sisters": "sister"}
_EN_STOP = frozenset("""
the a an in on at he she they his her it its this that these those and or but of for from to by with was were is are
syrian syria russian turkish israeli kurdish arab iraqi lebanese iranian american government regime forces army
network observatory human rights civil defence defense red crescent white helmets monday tuesday wednesday thursday
friday saturday sunday january february march april may june july august september october november december sdf
snhr sohr isis hts un hospital street road camp province governorate countryside northern southern eastern western
north south east west city town village district neighbourhood neighborhood mosque school market local sources
activists residents according said says reported police security islamic state front brigade council ministry
health media centre center committee coordination unit units group party militia airstrike strike shelling
""".split()) | frozenset(_EN_NUM) | frozenset(("another", "both", "all", "several", "many", "dozens", "some"))
_EN_LIST_CUES = (("named", "as"), ("identified", "as"), ("including",), ("among", "them"), ("names",), ("were",),
                 ("are",), ("them",))
_EN_LIST_FIRST = frozenset(c[0] for c in _EN_LIST_CUES)
_EN_NAME_PARTICLES = frozenset(("al", "el", "bin", "ibn", "bint", "abu", "abd", "abdul", "abdel", "umm", "ad", "as",
                                "ash", "ar", "az", "ul", "ud", "din", "deen"))

_TOKEN_RE = re.compile(r"[^\W\d_](?:[^\W_]|[\u064b-\u0652\u0640'’-])*|\d+|\S", re.UNICODE)
_SENTENCE_END = frozenset(".!?؟؛;")
_ABBREVIATIONS = frozenset(("dr", "mr", "mrs", "ms", "st", "eng", "prof", "د", "م"))


class _Tok:
    __slots__ = ("raw", "f", "start", "end", "line_start", "word", "num", "arabic")

    def __init__(self, raw: str, f: str, start: int, end: int, line_start: bool = False) -> None:
        self.raw, self.f, self.start, self.end = raw, f, start, end
        self.line_start = line_start  # first token of its line
        self.word = raw[0].isalpha()
        self.num = raw.isdecimal()
        self.arabic = "\u0600" <= raw[0] <= "\u06ff"


def _bare(raw: str) -> str:
    return re.sub(r"[\u064b-\u0652\u0640]", "", raw)


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    line_start = True
    pos = 0
    folded: dict[str, str] = {}  # a report repeats its words: fold each once
    for m in _TOKEN_RE.finditer(text):
        if "\n" in text[pos:m.start()]:
            line_start = True
        raw = m.group()
        f = folded.get(raw)
        if f is None:
            f = folded[raw] = fold(raw).strip("-'’")
            if f == "علي" and _bare(raw) == "على":
                f = folded[raw] = "على"  # the preposition, which folding makes the name «علي»
        out.append(_Tok(raw, f, m.start(), m.end(), line_start))
        line_start = False
        pos = m.end()
    return out


def _sentences(toks: list[_Tok], text: str) -> list[tuple[int, int]]:
    """Token ranges of sentences: split at . ! ? ؟ ؛ and blank lines (a single new line is a list
    item's separator, not a sentence's end); «1.» at the start of a line is numbering."""
    spans: list[tuple[int, int]] = []
    first = 0
    for i, t in enumerate(toks):
        end = False
        if t.raw in _SENTENCE_END and not (t.raw == "." and i > 0 and (toks[i - 1].num and toks[i - 1].line_start
                                                                        or toks[i - 1].f in _ABBREVIATIONS)):
            end = True
        elif i + 1 < len(toks) and text.count("\n", t.end, toks[i + 1].start) >= 2:
            end = True
        if end:
            spans.append((first, i + 1))
            first = i + 1
    if first < len(toks):
        spans.append((first, len(toks)))
    return spans


# ---------------------------------------------------------------------------------------------
# Arabic


# Folded words that can begin a described name («الطفل», «والطفلة», «بالشاب», «للناشط»).
_CAN_START = frozenset(lead + w for w in (*PREFIXES, *_STATUS_AR) for lead in ("", "و", "ب", "وب")) \
    | frozenset(lead + w[2:] for w in (*PREFIXES, *_STATUS_AR) if w.startswith("ال") for lead in ("ل", "ول"))


_LIST_HEAD_WORDS = frozenset(L.HEADS) | _f("أسماء الأسماء أسماؤهم أسماءهم التالية كل") \
    | frozenset(("victims", "dead", "names", "named", "were", "are", "killed", "wounded", "injured", "following"))


def _heads_a_list(toks: list[_Tok], s0: int, i: int) -> bool:
    """A colon at i opens a list of names after a casualty word, a fate or «أسماء» («أسماء
    الشهداء:», "Two civilians were killed:"), not after speech («في تصريح لـ"حرية برس":»)."""
    return any(toks[k].f in _LIST_HEAD_WORDS or toks[k].f in _FATE_OF or toks[k].f in _LIST_CUES_AR
               for k in range(max(s0, i - 4), i))


def _strip_waw(f: str) -> str | None:
    """«وأحمد» → «احمد» when the word is «و» + a word, None when it is a name of its own."""
    if len(f) > 2 and f[0] == "و" and f not in _WAW_NAMES:
        return f[1:]
    return None


def _ar_name_word(f: str) -> bool:
    # «أطفالها»، «بجراحهم»: a possessive ending is no name («مها» is too short to be one)
    if len(f) >= 5 and f.endswith(("ها", "هم", "هما", "هن")):
        return False
    return len(f) >= 2 and not f.startswith(("بال", "لل")) and f not in _SURVIVED_AR and f not in _SPEECH_AR and f not in _STOP_AR and f not in _FATE_OF and f not in PREFIXES \
        and not _relation(f) and all("\u0621" <= c <= "\u064a" for c in f)


def _relation(f: str) -> tuple[str, str | None, str | None, int] | None:
    """A relation word (folded) after a name: (relation, sex, parts rule, how many). The stem is
    tried whole first («والده»: والد + ه), then without a conjunction («وابنه»: و + ابن + ه)."""
    m = _REL_SUFFIX.search(f)
    if not m or m.start() < 2:
        return None
    suffix = m.group()
    stems = [f[:m.start()]] + ([f[1:m.start()]] if f[0] in "وف" else [])
    for stem in stems:
        if stem in _DUAL_RELATIONS and suffix in ("ه", "ها"):
            return (*_DUAL_RELATIONS[stem], 2)
        if stem in _RELATIONS and suffix in ("ه", "ها"):
            rel, sex, rule = _RELATIONS[stem]
            # A woman's son is not named after her: nothing follows from «ابنها».
            return rel, sex, (rule if suffix == "ه" or rule != "child" else None), 1
    return None


@dataclass
class _Found:
    first: int  # token index of the name (or relation word)
    last: int
    prefix_first: int  # first describing word (== first when none)
    sex: str | None = None
    child: bool | None = None
    status: str | None = None
    age: int | None = None
    relation: str | None = None
    relation_rule: str | None = None
    relative_of: int | None = None  # index into the found list
    count: int = 1
    named: bool = True
    sure: float = 0.8


def _ar_age(toks: list[_Tok], i: int, stop: int) -> tuple[int | None, int, str | None]:
    """An age at token i: «(12 عاماً)», «، 12 عاماً», «البالغ من العمر 12 عاماً». Returns (age, next
    index, sex implied by «البالغة»)."""
    j = i
    sex = None
    if j < stop and toks[j].raw in "(،,-–":
        j += 1
    opened = j > i and toks[j - 1].raw == "("
    k = j
    while k < stop and k - j < 4 and toks[k].f in _OLD | {"من"}:
        if toks[k].f in ("البالغه", "ذات", "عمرها"):
            sex = "f"
        k += 1
    if opened and k < stop and toks[k].f in _TWO_YEARS | _TWO_MONTHS:
        end = k + 1 + (1 if k + 1 < stop and toks[k + 1].raw == ")" else 0)
        return (2 if toks[k].f in _TWO_YEARS else 0), end, sex
    if k < stop and not toks[k].line_start:
        n = parse_int(toks[k].raw) if toks[k].num else L.AR_UNITS.get(toks[k].f)
        if n is not None and 0 <= n <= 120:
            unit = toks[k + 1].f if k + 1 < stop else ""
            if unit in _AGE_WORDS or unit in _MONTH_WORDS or (opened and unit == ")") or k > j:
                age = 0 if unit in _MONTH_WORDS else n
                end = k + 1 + (1 if unit in _AGE_WORDS or unit in _MONTH_WORDS else 0)
                if end < stop and toks[end].raw == ")":
                    end += 1
                return age, end, sex
    return None, i, None


def _ar_prefixes(toks: list[_Tok], i: int, stop: int) -> tuple[int, str | None, bool | None, str | None]:
    sex = child = status = None
    j = i
    while j < stop:
        f = toks[j].f
        if j == i:  # «والطفل»، «بالشاب»، «للناشط»: a conjunction or preposition on the first word
            for lead in ("و", "ب", "وب", "ل", "ول"):
                if f.startswith(lead) and (f[len(lead):] in PREFIXES or f[len(lead):] in _STATUS_AR
                                           or lead.endswith("ل") and "ال" + f[len(lead):] in PREFIXES):
                    f = f[len(lead):] if not lead.endswith("ل") or f[len(lead):] in PREFIXES else "ال" + f[len(lead):]
                    break
        if f not in PREFIXES and f not in _STATUS_AR:
            break
        s, c = PREFIXES.get(f, (None, None))
        sex, child = sex or s, c if child is None else child
        status = status or _STATUS_AR.get(f)
        j += 1
    # «الناشط الحقوقي مازن …»: a name never starts with the article, so words with it right after
    # the describing word describe too (an adjective), when a name follows them.
    k = j
    while i < j and k < stop and k - j < 2 and toks[k].f.startswith("ال") and toks[k].f not in PREFIXES \
            and k + 1 < stop and not toks[k + 1].f.startswith("ال") and _ar_name_word(toks[k + 1].f):
        k += 1
    j = k
    # «القيادي في جيش الإسلام سعد …»، «العنصر في الفصيل …»: the organisation is skipped.
    if status and j + 1 < stop and toks[j].f in ("في", "لدي", "ضمن", "من"):
        k = j + 1
        while k < stop and k - j <= 4 and (toks[k].f in _ORG_WORDS or toks[k].f.startswith("ال")
                                            or toks[k].f in _STOP_AR):
            k += 1
        if k > j + 1 and k < stop and toks[k].word and toks[k].arabic:
            j = k
    return j, sex, child, status


def _ar_name(toks: list[_Tok], i: int, stop: int, *, in_list: bool) -> int:
    """The last token of a name starting at i (i - 1 when there is none). A word «وX» ends the
    name when it is «و» + a known given name or describing word (the next item of a list)."""
    j = i
    count = 0
    while j < stop and count < 6:
        t = toks[j]
        if not t.word or not t.arabic:
            break
        f = t.f
        if j > i:
            if t.line_start:
                break
            # Names hold no «و»: a word «وX» after the first (not «وليد», «ونوس») is the next person.
            if _strip_waw(f) is not None:
                break
        if "\u064b" in t.raw:  # tanween («مجهولاً»): an adjective or adverb, never a name
            break
        after_compound = j > i and toks[j - 1].f in ("عبد", "ابو", "ام", "بن", "ابن", "بنت")
        if count >= 2 and f.startswith("ال") and len(f) > 3 and not after_compound and f not in ("الله", "الدين") \
                and (_ar_name_word(f) or f in PREFIXES or f in L.WEEKDAYS):  # «… الجمعة»: a family, too
            count += 1  # a family name with the article ends a chain of three («محمد أحمد العلي»)
            j += 1
            # «… الشيخ علي»، «… الحاج حسن»: a family name of two words, the title and a name
            if f in _FAMILY_TITLES and j < stop and not toks[j].line_start and _ar_name_word(toks[j].f) \
                    and not toks[j].f.startswith("ال") and _strip_waw(toks[j].f) is None \
                    and (j + 1 >= stop or not _ar_name_word(toks[j + 1].f)):
                j += 1
            break
        if count >= 1 and f in PREFIXES and (j + 1 >= stop or not _ar_name_word(toks[j + 1].f)):
            count += 1  # «محمد الشيخ»، «أحمد الخطيب»: at the end it is a family name
            j += 1
            break
        if not _ar_name_word(f):
            break
        if f in ("بن", "ابن", "بنت") and j + 1 < stop and not _ar_name_word(toks[j + 1].f):
            break
        count += 1
        j += 1
    return j - 1


def _find_ar(toks: list[_Tok], s0: int, s1: int, masked: list[bool]) -> list[_Found]:
    found: list[_Found] = []
    in_list = False
    after_sep = True  # at the start of a list item
    i = s0
    while i < s1:
        t = toks[i]
        if masked[i]:
            i += 1
            after_sep = False
            continue
        if t.f in _LIST_CUES_AR or (t.raw == ":" and _heads_a_list(toks, s0, i)):
            in_list = True
            after_sep = True
            i += 1
            if i < s1 and toks[i].raw == ":":
                i += 1
            continue
        if t.raw in "،,-–/)" or t.num and t.line_start or t.f == "و":
            after_sep = True
            i += 1
            continue
        if t.raw in ".)" and i > s0 and toks[i - 1].num:
            i += 1
            continue
        if not t.word or not t.arabic:
            after_sep = False
            i += 1
            continue
        if t.line_start:
            after_sep = True
        # A relation after the previous mention: «وابنه»، «وزوجته أحمد»، «وطفلاه».
        rel = _relation(t.f) if not _TA_MARBUTA.search(t.raw) else None
        if rel is not None and found:
            anchor = found[-1].relative_of if found[-1].relative_of is not None else len(found) - 1
            if found[anchor].sex is None:  # «وابنه»: the named one is a man; «وابنتها»: a woman
                found[anchor].sex = "f" if t.f.endswith("ها") else "m" if t.f.endswith("ه") else None
            if i - found[anchor].last <= 12:
                name_last = _ar_name(toks, i + 1, s1, in_list=True)
                f_ = _Found(i + 1 if name_last > i else i, name_last if name_last > i else i, i,
                            sex=rel[1], relation=rel[0], relation_rule=rel[2], relative_of=anchor,
                            count=rel[3] if name_last <= i else 1, named=name_last > i, sure=0.75)
                end = (name_last if name_last > i else i) + 1
                age, end2, sx = _ar_age(toks, end, s1)
                if age is not None:
                    f_.age, end = age, end2
                found.append(f_)
                i = end
                after_sep = False
                continue
        # Describing words, then the name. Most words can start nothing: skip them at once.
        word_f = t.f
        if not in_list and word_f not in _CAN_START and not (i > s0 and toks[i - 1].f in _FATE_OF):
            i += 1
            after_sep = False
            continue
        j, sex, child, status = _ar_prefixes(toks, i, s1)
        has_prefix = j > i
        fate_before = i > s0 and toks[i - 1].f in _FATE_OF and not masked[i - 1]
        waw = _strip_waw(word_f) if not has_prefix else None
        if waw is not None and not _ar_name_word(waw):
            waw = None  # «ولم»، «وقد»: a conjunction on a word that is no name
        start = j
        if not has_prefix and waw is not None and (in_list or fate_before or found) and _ar_name_word(waw):
            start = i  # «وأحمد …»: the name starts inside this token, after its «و»
        last = _ar_name(toks, start, s1, in_list=in_list)
        n_words = last - start + 1
        head = _strip_waw(toks[start].f) if start == i and waw is not None else toks[start].f if start < s1 else ""
        if has_prefix:
            said = {toks[k].f.removeprefix("و") for k in range(i, j)} | {toks[k].f for k in range(i, j)}
            ok = n_words >= 2 or (n_words == 1 and bool(said & (_YOUNG | set(_STATUS_AR))))
        else:
            # With nothing before it, a name is two words or more and does not start with the
            # article; right after a verb (no list) it starts with a known given name or has three words.
            ok = n_words >= 2 and not head.startswith("ال") and (
                (in_list and (after_sep or waw is not None)) or (fate_before and (head in latin.COMMON or n_words >= 3)))
        if not ok:
            i = max(i + 1, j)
            after_sep = False
            continue
        # A feminine verb right before says the sex: «استشهدت الطفلة …»، «أصيبت سعاد …».
        if sex is None and i > s0 and toks[i - 1].f in _FEMININE_VERBS:
            sex = "f"
        f_ = _Found(start, last, i, sex=sex, child=child, status=status, sure=0.85 if has_prefix else 0.7)
        end = last + 1
        age, end2, sx = _ar_age(toks, end, s1)
        if age is not None:
            f_.age, end = age, end2
            f_.sex = f_.sex or sx
        found.append(f_)
        i = end
        after_sep = False
    return found


# ---------------------------------------------------------------------------------------------
# English


def _en_name_word(t: _Tok) -> bool:
    if not t.word or t.arabic:
        return False
    f = t.f
    if f in _EN_NAME_PARTICLES or f.split("-")[0] in ("al", "el", "ad", "as", "ash", "ar", "az"):
        return True
    return t.raw[0].isupper() and f not in _EN_STOP and f not in _EN_DESCRIBE and f not in _FATE_EN and len(f) >= 2


_YEAR_OLD = re.compile(r"^(\w+)-(?:years?)-old$")


def _year_old(toks: list[_Tok], j: int, stop: int) -> tuple[int | None, int]:
    """"12-year-old", "eight-year-old" at token j: (age, next index)."""
    t = toks[j]
    m = _YEAR_OLD.match(t.f)
    if m and (m.group(1).isdecimal() or m.group(1) in _EN_NUM):
        return (int(m.group(1)) if m.group(1).isdecimal() else _EN_NUM[m.group(1)]), j + 1
    if t.num and j + 2 < stop and toks[j + 1].raw == "-" and toks[j + 2].f in ("year-old", "years-old"):
        return int(t.raw), j + 3
    return None, j


def _en_age(toks: list[_Tok], i: int, stop: int) -> tuple[int | None, int]:
    """", 12," / "(12)" / ", aged 12" / ", 12 years old" / ", a 38-year-old teacher"."""
    j = i
    if j < stop and toks[j].raw in ",(":
        j += 1
    if j + 1 < stop and toks[j].f in ("a", "an"):
        n, k = _year_old(toks, j + 1, stop)
        if n is not None:
            while k < stop and toks[k].word and toks[k].f in _EN_DESCRIBE:
                k += 1
            return n, k
    if j < stop and toks[j].f == "aged":
        j += 1
    if j < stop and (toks[j].num or toks[j].f in _EN_NUM):
        n = int(toks[j].raw) if toks[j].num else _EN_NUM[toks[j].f]
        k = j + 1
        if k < stop and toks[k].f in ("years", "year", "yrs"):
            k += 1
            if k < stop and toks[k].f == "old":
                k += 1
        if k < stop and toks[k].f in ("months", "month"):
            n, k = 0, k + 1
        if k < stop and toks[k].raw == ")":
            k += 1
        if k >= stop or toks[k].raw in ",.;)" or toks[k].line_start or toks[k].f in ("and", "was", "were", "who",
                                                                                       "from", "is"):
            return n, k
    return None, i


def _en_run(toks: list[_Tok], j: int, stop: int) -> int:
    """The last token of a capitalised name from j (j - 1 when none); it ends on a name, not a particle."""
    last = j - 1
    while last + 1 < stop and _en_name_word(toks[last + 1]) and last + 1 - j < 5:
        last += 1
    while last >= j and toks[last].f in _EN_NAME_PARTICLES:
        last -= 1
    return last


def _en_describing(toks: list[_Tok], j: int, stop: int, sex: str | None, child: bool | None, status: str | None
                   ) -> tuple[int, str | None, bool | None, str | None]:
    while j < stop and toks[j].f in _EN_DESCRIBE:
        s_, c, st = _EN_DESCRIBE[toks[j].f]
        sex, child, status = sex or s_, c if child is None else child, status or st
        j += 1
        if j < stop and toks[j].raw == ",":
            j += 1
    return j, sex, child, status


def _find_en(toks: list[_Tok], s0: int, s1: int, masked: list[bool]) -> list[_Found]:
    found: list[_Found] = []
    in_list = False
    after_sep = False
    list_sex: str | None = None
    list_child: bool | None = None
    i = s0
    while i < s1:
        t = toks[i]
        f = t.f
        if masked[i] or t.arabic:
            i += 1
            after_sep = False
            continue
        cue = next((c for c in _EN_LIST_CUES if tuple(x.f for x in toks[i:i + len(c)]) == c), None) \
            if f in _EN_LIST_FIRST else None
        if t.raw == ":" and _heads_a_list(toks, s0, i) or cue:
            in_list = True
            after_sep = True
            i += len(cue) if cue else 1
            if i < s1 and toks[i].raw == ":":
                i += 1
            continue
        # "Two women, Rasha Taleb and Mona Zein, …": a list whose items are women.
        if f in _EN_PLURAL_DESCRIBE and i + 1 < s1 and toks[i + 1].raw in ",:":
            list_sex, list_child = _EN_PLURAL_DESCRIBE[f]
            in_list = after_sep = True
            i += 2
            continue
        if t.raw in ",;" or f == "and" or t.num and t.line_start or t.raw in ".)-" and i > s0 and toks[i - 1].num \
                and toks[i - 1].line_start:
            after_sep = True
            i += 1
            continue
        # "his son", "and her daughter Amal", "their two sons"
        if f in ("his", "her", "their") and found and i + 1 < s1:
            k = i + 1
            n = 1
            if toks[k].f in ("two", "2") and k + 1 < s1:
                n, k = 2, k + 1
            word = toks[k].f
            word = _EN_PLURAL_RELATIONS.get(word, "") if n == 2 else word
            if word in _EN_RELATIONS:
                rel, sex, rule = _EN_RELATIONS[word]
                if f == "her" and rule == "child":
                    rule = None
                anchor = found[-1].relative_of if found[-1].relative_of is not None else len(found) - 1
                if found[anchor].sex is None and f != "their":
                    found[anchor].sex = "m" if f == "his" else "f"
                j = k + 1
                if j < s1 and toks[j].raw == ",":
                    j += 1
                last = _en_run(toks, j, s1) if n == 1 else j - 1
                named = last >= j
                f_ = _Found(j if named else k, last if named else k, i, sex=sex, relation=rel, relation_rule=rule,
                            relative_of=anchor, count=1 if named else n, named=named, sure=0.75)
                end = (last if named else k) + 1
                age, end2 = _en_age(toks, end, s1)
                if age is not None:
                    f_.age, end = age, end2
                found.append(f_)
                i = end
                continue
        sex, child, status = list_sex if in_list else None, list_child if in_list else None, None
        j = i
        if f in ("his", "her", "their") and not found and i + 1 < s1 and toks[i + 1].f in _EN_RELATIONS:
            sex = _EN_RELATIONS[toks[i + 1].f][1]  # "Her husband, Ahmad Jaber, …": nobody named before
            j = i + 2 + (1 if i + 2 < s1 and toks[i + 2].raw == "," else 0)
        # "12-year-old Ali", "a boy, Adam", "an eight-year-old girl, Sidra": an age, describing words.
        age_before, j = _year_old(toks, j, s1)
        j, sex, child, status = _en_describing(toks, j, s1, sex, child, status)
        if age_before is None and j < s1:
            age_before, j = _year_old(toks, j, s1)
            j, sex, child, status = _en_describing(toks, j, s1, sex, child, status)
        has_prefix = j > i
        last = _en_run(toks, j, s1)
        n_words = last - j + 1
        if n_words < 1:
            i = max(i + 1, j)
            after_sep = False
            continue
        age, end = _en_age(toks, last + 1, s1)
        tail = end if age is not None else last + 1
        verb_after = any(toks[k].f in _FATE_EN for k in range(last + 1, min(s1, tail + 4)))
        verb_before = j > s0 and toks[j - 1].f in _FATE_EN or any(
            k > s0 and toks[k - 1].f == "of" and toks[k - 2].f in ("body", "bodies", "death", "killing", "arrest", "family")
            for k in {i, j} if k > s0 + 1)
        # A speaker or an official is no victim: "Spokesman Omar Haddad said", "Ahmad Saleh, a spokesman".
        before = {toks[k].f for k in range(max(s0, i - 2), i)} | {toks[i].f}
        after = {toks[k].f for k in range(tail, min(s1, tail + 4))}
        if (after & _EN_SPEECH or before & (_EN_SPEECH - _EN_SPEECH_VERBS)) and not verb_before:
            i = tail
            after_sep = False
            continue
        ok = n_words >= 2 and (has_prefix or age is not None or age_before is not None or verb_after or verb_before
                               or (in_list and after_sep))
        if has_prefix and n_words == 1 and (age is not None or verb_after):
            ok = True
        if not ok:
            i = last + 1
            after_sep = False
            continue
        f_ = _Found(j, last, i, sex=sex, child=child, status=status, age=age if age is not None else age_before,
                    sure=0.85 if has_prefix or age is not None else 0.7)
        # "… Khalil Mansour says he has been missing": the pronoun after the name says the sex.
        if f_.sex is None:
            for k in range(tail, min(s1, tail + 8)):
                if toks[k].f in ("he", "his", "him", "she", "her"):
                    f_.sex = "f" if toks[k].f in ("she", "her") else "m"
                    break
                if _en_name_word(toks[k]):
                    break
        found.append(f_)
        i = tail
        after_sep = False
    return found


# ---------------------------------------------------------------------------------------------
# Fates, parts, and the result


def _fate_at(toks: list[_Tok], s0: int, s1: int, i: int, after: int, masked: list[bool], skip: set[int]
             ) -> str | None:
    """The fate word nearest before token i in its sentence, else the nearest after. In English the
    verb follows its subject: "X, 12, was killed" (within three words after the mention's end
    `after`) comes first. "survived" for «ونجت شقيقتها», "… survived"."""
    def fate(k: int) -> str | None:
        if masked[k] or k in skip:
            return None
        f = toks[k].f
        if toks[k].arabic:
            if f in _SURVIVED_AR:
                return "survived"
            got = _FATE_OF.get(f)
            if got == "missing" and k + 1 < s1 and toks[k + 1].f in _LOST_LIFE:
                return "killed"
            return got
        if f in _EN_SURVIVED:
            return "survived"
        return _FATE_EN.get(f)

    if not toks[i].arabic:
        for k in range(after, min(s1, after + 4)):
            got = fate(k)
            if got:
                return got
            if toks[k].f not in ("was", "were", "is", "has", "had", "been", "also", "reportedly", "later"):
                break
    for k in range(i - 1, s0 - 1, -1):
        got = fate(k)
        if got:
            return got
    # After the name, only near it, and not a list's heading word («… مصير آلاف المعتقلين»).
    for k in range(i, min(s1, after + 8)):
        if toks[k].f in _FATE_HEADINGS:
            continue
        got = fate(k)
        if got:
            return got
    return None


def _written_parts(words: list[str]) -> list[str]:
    """The name's chain as written: each token of `parse_name` with the words it was read from
    («عبد الله» stays two words, «بن» is left out)."""
    parts: list[str] = []
    count = 0
    for k in range(1, len(words) + 1):
        n = len(parse_name(" ".join(words[:k])).tokens)
        if n > count:
            parts.append(words[k - 1])
        elif parts and n == count:
            parts[-1] = f"{parts[-1]} {words[k - 1]}"
        count = n
    nasab = {"بن", "ابن", "بنت", "bin", "ibn", "bint", "ben"}
    return [" ".join(w for w in p.split() if fold(w) not in nasab and w.lower() not in nasab) for p in parts]


def parts_of(chain: list[str], family: bool) -> dict[str, str]:
    """given, father, grandfather, family of a chain as written. The last of three or more parts,
    or of two with the article («محمد العلي»), is read as the family name."""
    if not chain:
        return {}
    out = {"given": chain[0]}
    rest = chain[1:]
    if rest and (family or len(chain) >= 3):
        out["family"] = rest.pop()
    for key, value in zip(("father", "grandfather"), rest):
        out[key] = value
    if len(rest) > 2:
        out["grandfather"] = " ".join(rest[1:])
    return out


def _implied(rule: str | None, anchor: dict[str, str]) -> dict[str, str]:
    if rule == "child":
        got = {"father": anchor.get("given"), "grandfather": anchor.get("father"), "family": anchor.get("family")}
    elif rule == "sibling":
        got = {"father": anchor.get("father"), "grandfather": anchor.get("grandfather"), "family": anchor.get("family")}
    elif rule == "parent":
        got = {"given": anchor.get("father"), "father": anchor.get("grandfather"), "family": anchor.get("family")}
    else:
        got = {}
    return {k: v for k, v in got.items() if v}


def find_victims(text: str, masked_spans: tuple[tuple[int, int], ...] = ()) -> list[VictimMention]:
    """Named (and related unnamed) victims in `text`. `masked_spans` are character spans that are
    something else (known places, actors, dates): no name runs into them."""
    toks = _tokens(text)
    if not toks:
        return []
    masked = [False] * len(toks)
    starts = [t.start for t in toks]
    for a, b in masked_spans:
        k = max(0, bisect_right(starts, a) - 1)
        while k < len(toks) and toks[k].start < b:
            if toks[k].end > a:
                masked[k] = True
            k += 1
    out: list[VictimMention] = []
    for s0, s1 in _sentences(toks, text):
        arabic = sum(t.arabic for t in toks[s0:s1]) >= sum(t.word and not t.arabic for t in toks[s0:s1])
        found = _find_ar(toks, s0, s1, masked) if arabic else _find_en(toks, s0, s1, masked)
        first_out: list[int] = []  # found index -> index of its first mention in `out`
        sentence = text[toks[s0].start:toks[s1 - 1].end]
        chains: list[dict[str, str]] = []
        name_tokens = {k for f in found if f.named for k in range(f.first, f.last + 1)}
        for f in found:
            words = [t.raw for t in toks[f.first:f.last + 1]] if f.named else []
            start = toks[f.first].start
            if words and toks[f.first].arabic and _strip_waw(toks[f.first].f) is not None \
                    and toks[f.first].f not in _WAW_NAMES and f.prefix_first == f.first and f.relation is None:
                words[0] = words[0][1:]  # «وأحمد» → «أحمد»
                start += 1
            name = text[start:toks[f.last].end] if f.named else None
            parsed = parse_name(name) if name else None
            chain = _written_parts(words) if words else []
            parts = parts_of(chain, bool(parsed and parsed.family)) if chain else {}
            if f.relative_of is not None and f.relative_of < len(chains):
                implied = _implied(f.relation_rule, chains[f.relative_of])
                if f.named:
                    parts = {"given": parts.get("given", name or ""), **implied}
                else:
                    parts = implied
            chains.append(parts)
            sex = f.sex or (parsed.sex if parsed else None)
            child = f.child if f.child is not None else (parsed.child if parsed else None)
            age = f.age if f.age is not None else (parsed.age if parsed else None)
            if age is not None:
                child = age < 18
            fate = _fate_at(toks, s0, s1, f.prefix_first, f.last + 1, masked, name_tokens)
            # «وقال مدير المستشفى الدكتور …», «وأوضح رئيس المجلس المهندس …»: who speaks is no victim.
            speaker = toks[f.prefix_first].arabic and any(
                toks[k].f in _SPEECH_AR or toks[k].f in _TITLES_AR
                for k in range(max(s0, f.prefix_first - 5), f.prefix_first)) and not (
                f.prefix_first > s0 and toks[f.prefix_first - 1].f in _FATE_OF)
            if fate == "survived" or speaker:
                first_out.append(-1)  # no victim: a survivor, or who speaks («وقال الطبيب …»)
                continue
            if fate is None and toks[f.prefix_first].f in ("الشهيد", "الشهيده", "martyr"):
                fate = "killed"
            if fate is None and f.relation is None and (f.last == f.first or f.prefix_first == f.first):
                # «السيد فتيح», or a name with nothing before it, in a sentence that says nothing
                # happened to anyone: no victim
                first_out.append(-1)
                continue
            first_out.append(len(out))
            for _ in range(f.count):
                out.append(VictimMention(
                    name=name, parts=tuple(parts.items()), sex={"m": "male", "f": "female"}.get(sex or ""),
                    age=age, age_group=None if child is None else ("child" if child else "adult"),
                    status=f.status or "unknown", fate=fate, start=start if f.named else toks[f.first].start,
                    end=toks[f.last].end, text=text[start if f.named else toks[f.first].start:toks[f.last].end],
                    phrase=text[toks[f.prefix_first].start:toks[f.last].end],
                    quote=sentence, relation=f.relation,
                    relative_of=first_out[f.relative_of] if f.relative_of is not None
                    and first_out[f.relative_of] >= 0 else None,
                    confidence=f.sure))
    return out
