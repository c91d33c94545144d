"""Latin transliterations of Arabic names: the spellings English lists use, brought to the
Arabic form they stand for where the name is a common one, and to a consonant skeleton always.

Why a table and a skeleton: romanisations of Arabic names disagree on vowels (Mohammad,
Muhammad, Mohamed), doubled letters (Hussein, Husein), the article (al-, el-, Al, ad-), and
abbreviations (Mhd). A skeleton of consonants meets most of them, and the Arabic script's own
skeleton is built the same way (`skeleton.py`), so an English list and an Arabic list meet. But
a skeleton alone cannot tell Muhammad (محمد) from Mahmoud (محمود): both are m-h-m-d once the
long vowel is gone. The table resolves the common given names exactly; other names fall back to
the skeleton.
"""

from __future__ import annotations

import re
import unicodedata

# Arabic (normalised: casualtydb.text.arabic.normalize) → Latin spellings seen in lists.
# Keys are what `arabic.arabic_tokens` gives (compounds in two parts); several Latin forms per name.
COMMON: dict[str, tuple[str, ...]] = {
    "محمد": ("muhammad", "mohammad", "mohammed", "mohamed", "muhammed", "mohamad", "mouhamad", "mohamud",
             "mohammod", "muhamad", "mhd", "mohd", "muhd", "md", "mohmmad", "mhmd"),
    "محمود": ("mahmoud", "mahmud", "mahmood", "mahmod"),
    "احمد": ("ahmad", "ahmed", "ahmet", "ahmd"),
    "علي": ("ali", "aly", "alee"),
    "حسن": ("hasan", "hassan", "hassane"),
    "حسين": ("husain", "hussein", "hussain", "husein", "hossein", "houssein", "hussien", "husayn"),
    "عمر": ("omar", "umar", "omer", "omur"),
    "خالد": ("khaled", "khalid", "khaleed"),
    "مصطفي": ("mustafa", "mostafa", "moustafa", "mustapha", "mostapha"),
    "ابراهيم": ("ibrahim", "ebrahim", "ibraheem", "brahim"),
    "يوسف": ("yousef", "yusuf", "youssef", "yousif", "yosef", "yusef", "joseph"),
    "عبد الله": ("abdullah", "abdallah", "abdulla", "abdalla", "abdellah", "abd allah", "abdollah"),
    "عبد الرحمن": ("abdulrahman", "abdelrahman", "abdurrahman", "abdalrahman", "abderrahmane", "abd al-rahman",
                  "abdel rahman", "abdul rahman"),
    "عبد الكريم": ("abdulkarim", "abdelkarim", "abdulkareem", "abd al-karim"),
    "عبد القادر": ("abdulqader", "abdelkader", "abdulkader", "abdulkadir", "abd al-qadir"),
    "ابو بكر": ("abubakr", "abu bakr", "abou bakr", "abubakar", "abu bakir"),
    "عثمان": ("othman", "uthman", "osman", "usman"),
    "سعيد": ("said", "saeed", "saied", "saeid"),
    "سعد": ("saad", "sad", "saed"),
    "جمال": ("jamal", "gamal", "jamaal"),
    "فادي": ("fadi", "fady"),
    "رامي": ("rami", "ramy"),
    "سامي": ("sami", "samy"),
    "ياسر": ("yasser", "yaser", "yasir"),
    "وليد": ("walid", "waleed", "oualid"),
    "زياد": ("ziad", "ziyad", "zeyad"),
    "فراس": ("firas", "feras"),
    "بلال": ("bilal", "belal"),
    "انس": ("anas", "ennas"),
    "اسامه": ("osama", "usama", "oussama", "usamah"),
    "حمزه": ("hamza", "hamzah", "hamsa"),
    "طارق": ("tariq", "tarek", "tarik", "tareq"),
    "ماهر": ("maher", "mahir"),
    "عماد": ("imad", "emad"),
    "عادل": ("adel", "adil"),
    "نور": ("nour", "nur", "noor"),
    "نور الدين": ("nour al-din", "nureddin", "noureddine", "nour eddine", "nuraddin", "nour el-din"),
    "صلاح الدين": ("salah al-din", "salahuddin", "salaheddine", "salah eddine"),
    "فاطمه": ("fatima", "fatma", "fatimah", "fatme", "fatemeh"),
    "عايشه": ("aisha", "aysha", "aicha", "aishah", "ayesha"),
    "خديجه": ("khadija", "khadijah", "khadeeja", "khadiga"),
    "مريم": ("maryam", "mariam", "meryem", "miriam"),
    "زينب": ("zainab", "zeinab", "zaynab", "zeynab"),
    "امنه": ("amina", "aminah", "amena", "amna"),
    "هدي": ("huda", "hoda", "houda"),
    "رهف": ("rahaf",),
    "ساره": ("sara", "sarah"),
    "ليلي": ("layla", "laila", "leila", "leyla"),
    "رنا": ("rana",),
    "هبه": ("hiba", "heba"),
    "ريم": ("reem", "rim"),
    "سلمي": ("salma", "selma"),
}

ABBREVIATIONS = {"mhd": "محمد", "mohd": "محمد", "muhd": "محمد", "md": "محمد", "m": "محمد"}

# The article as Latin lists write it, on its own or joined by a hyphen (sun letters assimilate).
ARTICLES = frozenset({"al", "el", "ul", "il", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "ez", "es", "ed",
                      "en", "er", "et", "an", "un", "ud", "ur", "us"})
NASAB = frozenset({"bin", "ben", "ibn", "bint", "binti", "bent", "ebn"})
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ul|ad|ar|as|ash|at|az|ez|es|ed|en|er|an)-(?=[a-z]{2,})")
# abd + (article) + rest, written as one word: Abdulrahman, Abdurrahman, Abdelkader, Abdallah.
_ABD_JOINED = re.compile(r"^(abd)(?:ul|ur|us|un|ud|ut|el|er|es|ed|al|ar|as|il|ol|u|a|e|i|o)?-?(?=[a-z]{2,}$)")
_ABU_JOINED = re.compile(r"^(abu|abou|abo)(?=[a-z]{3,}$)")
# … ad-Din written as one word: Nureddin, Salahuddin, Noureddine, Alaaeddine.
_DIN_JOINED = re.compile(r"^(?P<stem>[a-z]{3,}?)(?:u|e|a|i|ou)?(?:d|l)?d(?:i|ee|ie|y)ne?$")
_NON_LETTERS = re.compile(r"[^a-z]+")
_INNER_MARKS = re.compile(r"['’ʿʾ`]")


def ascii_fold(text: str) -> str:
    """Lower case without accents or apostrophes: Ḥusayn → husayn, Sa'id → said."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _INNER_MARKS.sub("", text).lower()


def is_latin(text: str) -> bool:
    return any("a" <= c <= "z" for c in ascii_fold(text))


_ABD_WORDS = frozenset({"abd", "abdul", "abdel", "abdal", "abdil", "abdu", "abdol"})
_ABU_WORDS = frozenset({"abu", "abou", "abo", "abi", "aboo"})
_UMM_WORDS = frozenset({"umm", "um", "oum", "om"})
_DIN_WORDS = frozenset({"din", "deen", "dine", "eddine", "eddin", "uddin", "addin", "aldin", "eldin", "ddin"})
_ALLAH_WORDS = frozenset({"allah", "ullah", "illah", "lah", "alla", "ulla"})


def _word(raw: str) -> str:
    return _NON_LETTERS.sub("", _ARTICLE_PREFIX.sub("", raw.strip(".-()")))


def structural_tokens(text: str) -> list[str]:
    return [w for w, _ in structural_words(text)]


def structural_words(text: str) -> list[tuple[str, bool]]:
    """Words of a Latin name with the article and nasab words dropped and compounds made one
    token ("abd rahman", "abu bakr", "nour din"): "Mohamed Abd al-Rahman el-Ali bin Omar" →
    ["mohamed", "abd rahman", "ali", "omar"]. `structural_words` also says which had the
    article (al-Ali)."""
    words = [w for w in re.split(r"[\s,;/]+", ascii_fold(text)) if w]
    out: list[tuple[str, bool]] = []
    article = False
    i = 0
    while i < len(words):
        raw = words[i]
        w = _word(raw)
        i += 1
        if not w or w in NASAB:
            continue
        if w in ARTICLES and i < len(words):
            article = True  # the article of the next word
            continue
        had_article, article = article or bool(_ARTICLE_PREFIX.match(raw.strip(".-()"))), False
        head = "abd" if w in _ABD_WORDS else "abu" if w in _ABU_WORDS else "umm" if w in _UMM_WORDS else None
        if head and i < len(words):
            nxt = _word(words[i])
            i += 1
            if nxt in ARTICLES and i < len(words):
                nxt = _word(words[i])
                i += 1
            out.append((f"{head} {nxt}", False))
            continue
        if out and " " not in out[-1][0] and (w in _DIN_WORDS or w in _ALLAH_WORDS):
            out[-1] = (f"{out[-1][0]} {'din' if w in _DIN_WORDS else 'allah'}", False)
            continue
        m = _ABD_JOINED.match(w)
        if m:
            out.append((f"abd {w[m.end():]}", False))
            continue
        m = _ABU_JOINED.match(w)
        if m and len(w) > 6:
            out.append((f"abu {w[m.end():]}", False))
            continue
        m = _DIN_JOINED.match(w)
        if m and len(w) > 7:
            out.append((f"{m.group('stem')} din", False))
            continue
        out.append((w, had_article))
    return out


def _reverse() -> dict[str, str]:
    out: dict[str, str] = {}
    for arabic, spellings in COMMON.items():
        for s in spellings:
            for form in (s, " ".join(structural_tokens(s))):
                out.setdefault(form, arabic)
    return out


KNOWN = _reverse()


def known_arabic(token: str) -> str | None:
    """The Arabic form of a common name in Latin letters ("mhd" → محمد), else None."""
    return KNOWN.get(token) or ABBREVIATIONS.get(token)
