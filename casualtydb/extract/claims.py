"""Casualty claims: counted people (a number, a vague count or a noun), what happened to them, breakdowns."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import lexicon as L
from .found import CONJ, FoundClaim, Quantity, Trigger
from .found import variants as _variants
from .numbers import NumberSpan, read_number
from .runs import aside_between, drop_claims, join_runs
from .tokens import Token, TokenizedText
from .tolls import toll_cue_before, toll_trigger

__all__ = ["FoundClaim", "Quantity", "Trigger", "drop_claims", "find_claims", "find_triggers"]

_MAX_BACK = 10  # how far back a verb may govern a figure ("قتل في القصف على البلدة 7 مدنيين")
_MAX_FORWARD = 8
_FATHA, _KASRA, _SUKUN = "\u064e", "\u0650", "\u0652"
_BREAKDOWN_FILLERS = frozenset(L.fold_words(
    "them the dead victims killed wounded injured those were are was is القتلى الضحايا الشهداء الجرحى المصابين "
    "الاطفال"))
_BETWEEN_HEADS = frozenset(L.fold_words("القتلى الضحايا الشهداء الجرحى المصابين المفقودين المعتقلين"))
_ONE_WORDS = frozenset(L.fold_words("واحد واحدة"))
_NOT_ITS_CLAUSE = frozenset(L.fold_words("الذي التي which that"))  # «المقطع … الذي أودى بحياة 5»
_ANOTHER = frozenset(L.fold_words("آخر أخرى ثالث ثالثة رابع رابعة خامس"))  # «وأصيب ثالث»
_PARTED = frozenset(L.fold_words("فارق فارقت فارقا فارقوا وفارق وفارقت"))
_ONE_OF = frozenset(L.fold_words("أحد إحدى وأحد وإحدى"))
_AFTER_STOPS = frozenset(L.fold_words("فيما وفيما بينما وبينما كما وكما whereas while meanwhile"))
_PRONOUN_PREPS = frozenset(L.fold_words("فيه فيها منهم منها منهن عليه بينهم"))  # «توفي منهم أمس رضيع»


def find_triggers(tt: TokenizedText) -> list[Trigger | None]:
    """For each token, the casualty word it belongs to (if any)."""
    toks = tt.tokens
    n = len(toks)
    out: list[Trigger | None] = [None] * n
    for i, t in enumerate(toks):
        if t.kind == "num" or out[i] is not None:
            continue
        variants = _variants(t)
        for phrase, cat in (pc for v in variants for pc in _TRIGGER_PHRASES_BY_FIRST.get(v, ())):
            if i + len(phrase) <= n and all(
                    toks[i + k].text == phrase[k] for k in range(1, len(phrase))):
                trig = Trigger(i, i + len(phrase) - 1, cat)
                for k in range(i, i + len(phrase)):
                    out[k] = trig
                break
        if out[i] is not None:
            continue
        cat = next((L.TRIGGERS[v] for v in variants if v in L.TRIGGERS), None)
        if cat is None:
            continue
        # "فقد قتل" is the particle فـ + قد, not "went missing".
        if t.text == "فقد" and i + 1 < n and any(v in L.TRIGGERS for v in _variants(toks[i + 1])):
            continue
        out[i] = Trigger(i, i, cat)
    # "killed or wounded", "killed and injured": one figure of both.
    for i in range(n - 2):
        a, b = out[i], out[i + 2]
        if (a is not None and b is not None and a.first == a.last == i and b.first == b.last == i + 2
                and {a.category, b.category} == {"killed", "injured"} and toks[i + 1].text in ("or", "and")
                and toks[i].kind == "lat"):
            out[i] = out[i + 1] = out[i + 2] = Trigger(i, i + 2, "casualties")
    # «فارق طفلان الحياة»: Arabic puts the subject inside «فارق … الحياة».
    for i in range(n - 2):
        if out[i] is None and toks[i].text in _PARTED and toks[i + 2].text == "الحياه":
            out[i] = Trigger(i, i, "killed")
    # «مقتل وإصابة 10 أشخاص», «قتل وجرح 8 عناصر»: killed and injured together, one figure.
    for i in range(n - 1):
        a, b = out[i], out[i + 1]
        if (a is not None and b is not None and a is not b and a.first == a.last == i and b.first == b.last
                and {a.category, b.category} == {"killed", "injured"} and toks[i + 1].kind == "ar"
                and toks[i + 1].text.startswith("و") and not _gap_punct(toks[i + 1].gap)
                and _head_at(toks, i) is None and _head_at(toks, i + 1, allow_conj=True) is None
                and (i == 0 or toks[i - 1].kind != "num" and _head_at(toks, i - 1) is None)):
            both = Trigger(i, i + 1, "casualties")
            out[i] = out[i + 1] = both
    return out


def _head_at(toks: Sequence[Token], j: int, *, allow_conj: bool = False,
             allow_suffix: bool = False) -> tuple[L.Head, int] | None:
    """The counted noun at token j: (head, length of the proclitics stripped: 0, ال=2, و=1, وال=3).

    A possessive suffix is read off duals always («طفليها», her two children) and off any noun
    when `allow_suffix` («4 من عناصرها», «وطفلتها», «أطفالهما الثلاثة»)."""
    t = toks[j]
    if t.kind == "num":
        return None
    w = t.text
    if t.kind != "ar":
        h = L.HEADS.get(w)
        return (h, 0) if h is not None else None
    cands = [(w, 0)]
    if allow_conj and w.startswith("و") and len(w) > 3:
        cands.append((w[1:], 1))
    for c, plen in list(cands):
        if c.startswith("ال") and len(c) > 3:
            cands.append((c[2:], plen + 2))
    for c, plen in cands:
        h = L.HEADS.get(c)
        if h is not None:
            return h, plen
    for c, plen in cands:
        if plen >= 2:
            continue  # no possessive on a definite noun
        for suffix in ("هما", "ها", "هم", "ه"):
            if not c.endswith(suffix):
                continue
            base = c[: -len(suffix)]
            if suffix == "ه" and base.endswith("ي"):
                continue  # «عسكرية»: a feminine adjective, not «عسكري» + his
            if base.endswith("ا") and L.HEADS.get(base[:-1], L.HEADS.get(base)) is not None and (
                    L.HEADS.get(base[:-1], L.HEADS.get(base)).count == 1):
                h1 = L.HEADS.get(base[:-1]) or L.HEADS[base]
                return L.Head(h1.group, h1.category, 2), plen  # «طفلاه», «ابناها»: the dual before a possessive
            if base in L.SUFFIX_ONLY_HEADS:
                return L.SUFFIX_ONLY_HEADS[base], plen  # «أمهم», «أبوه»
            for b in (base, base[:-1] + "ه" if base.endswith("ت") else None):  # «طفلتها» → طفلة
                if b and b in L.HEADS and (L.HEADS[b].count == 2 or allow_suffix):
                    return L.HEADS[b], plen
    return None


def _dual_from_marks(tt: TokenizedText, t: Token) -> int | None:
    """For «مدنيين»-like words: 2 if the original is voweled as a dual (مدنيَين / مدنيَّيْن),
    None if as a plural or unvoweled (then it is read as a plural and needs a number)."""
    o0, o1 = tt.folded.span(t.start, t.end)
    word = tt.folded.original[o0:o1]
    m = re.search(r"([\u064b-\u0652]*)\u064a([\u064b-\u0652]*)\u0646[\u064b-\u0652]*$", word)
    if not m:
        return None
    before, on_ya = m.group(1), m.group(2)
    if _FATHA in before or _SUKUN in on_ya:
        return 2
    return None


def _by_first(table: dict[tuple[str, ...], str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, kind in table.items():
        out.setdefault(phrase[0], []).append((phrase, kind))
    return out


_PHRASES_BY_FIRST = {id(L.QUALIFIERS): _by_first(L.QUALIFIERS), id(L.POST_QUALIFIERS): _by_first(L.POST_QUALIFIERS)}
_TRIGGER_PHRASES_BY_FIRST = _by_first(L.PHRASE_TRIGGERS)


def _match_phrase(toks: Sequence[Token], i: int, table: dict[tuple[str, ...], str]) -> tuple[str, int] | None:
    """Longest phrase of `table` starting at token i (the first word may carry و): (kind, length)."""
    best = None
    w0 = toks[i].text
    firsts = (w0, w0[1:]) if w0[:1] in ("و", "ب") and len(w0) > 2 else (w0,)  # "ونحو", "بنحو", "بما"
    index = _PHRASES_BY_FIRST[id(table)]
    for phrase, kind in (pk for f in firsts for pk in index.get(f, ())):
        if i + len(phrase) > len(toks):
            continue
        if all(toks[i + k].text == phrase[k] for k in range(1, len(phrase))):
            if best is None or len(phrase) > best[1]:
                best = (kind, len(phrase))
    return best


def _gap_punct(gap: str) -> bool:
    return bool(gap.strip()) and gap.strip() not in ("-", "–", "“", "”", "\"", "«", "»")


def _starters() -> frozenset[str]:
    """Every word a figure can begin with, with the proclitics it may carry."""
    words: set[str] = set()
    words |= set(L.AR_UNITS) | set(L.AR_TEEN_UNITS) | set(L.AR_TENS) | set(L.AR_TEN) | set(L.AR_HUNDREDS)
    words |= set(L.AR_THOUSAND) | set(L.AR_THOUSANDS_PL) | set(L.AR_TWO_THOUSAND) | set(L.AR_MILLION)
    words |= set(L.AR_TWO_MILLION) | set(L.VAGUE_WORDS) | set(L.VAGUE_NEED_OF) | set(L.HEADS) | set(L.OTHERS)
    words |= {p[0] for p in L.QUALIFIERS} | {p[0] for p in L.VAGUE_PHRASES} | set(L.RANGE_OPENERS)
    words |= set(L.EN_ONES) | set(L.EN_TENS) | {"a", "an", "half", "ما"} | set(L.POSSESSIVES) | _ONE_OF | _ANOTHER
    out = set(words)
    for w in words:
        if not w.isascii():
            out.update(p + w for p in ("و", "ب", "ل", "ال", "وال", "بال"))
    return frozenset(out)


_STARTERS = _starters()
_POSSESSIVE_ENDINGS = ("ها", "هم", "هما", "ه")


def _may_start(t: Token) -> bool:
    """A cheap test before reading a figure at a token (most words cannot begin one)."""
    return (t.kind == "num" or t.text in _STARTERS
            or (t.kind == "ar" and len(t.text) > 3 and t.text.endswith(_POSSESSIVE_ENDINGS)))


class _Reader:
    """Finds the counted people in one tokenized text."""

    def __init__(self, tt: TokenizedText, masked: Sequence[bool], language: str | None,
                 triggers: Sequence[Trigger | None]) -> None:
        self.tt = tt
        self.triggers = triggers
        self.toks = tt.tokens
        self.masked = masked
        self.language = language
        self.consumed = [False] * len(self.toks)

    def _allowed(self, t: Token) -> bool:
        if self.language == "ar":
            return t.kind != "lat"
        if self.language == "en":
            return t.kind != "ar"
        return True

    def quantities(self) -> list[Quantity]:
        toks = self.toks
        out: list[Quantity] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if self.masked[i] or self.consumed[i] or not self._allowed(t) or not _may_start(t):
                i += 1
                continue
            if t.kind == "num" and self._date_or_time(i):
                i += 1
                continue
            trig = self.triggers[i]
            if trig is not None and trig.first < trig.last and t.kind != "num":
                i += 1  # inside «راح ضحية», «لقي حتفه»: a casualty phrase, not a counted noun
                continue
            q = self._quantity_at(i)
            if q is None:
                i = self._skip_non_counts(i)
                continue
            out.append(q)
            for k in range(q.first, q.last + 1):
                self.consumed[k] = True
            i = q.last + 1
        return out

    def _date_or_time(self, i: int) -> bool:
        """«شهر 3/2025», «09:15», «15/3»: digits joined to digits by / or : are a date or a time."""
        toks = self.toks
        if i + 1 < len(toks) and toks[i + 1].kind == "num" and toks[i + 1].gap.strip() in ("/", ":"):
            return True
        return i > 0 and toks[i - 1].kind == "num" and toks[i].gap.strip() in ("/", ":")

    def _skip_non_counts(self, i: int) -> int:
        """Past token i; past a whole list after "aged"/«عام» ("aged 9 and 12", «عامي 2012 و2013»)."""
        toks = self.toks
        if toks[i].kind == "num" and i > 0 and toks[i - 1].text in L.NOT_COUNT_BEFORE:
            j = i + 1
            while j + 1 < len(toks) and toks[j].text in ("and", "و", "or", "او") and toks[j + 1].kind == "num":
                self.consumed[j + 1] = True
                j += 2
            return j
        return i + 1

    def _quantity_at(self, i: int) -> Quantity | None:
        toks = self.toks
        n = len(toks)
        qual_kind = None
        p = i
        qual = _match_phrase(toks, i, L.QUALIFIERS)
        if qual and i + qual[1] < n:
            qual_kind, p = qual[0], i + qual[1]
        # Ranges: "بين 5 و7", "ما بين", "between 5 and 7", "من 20 إلى 25", "from 5 to 7".
        opener = toks[p].text
        if opener == "ما" and p + 1 < n and toks[p + 1].text == "بين":
            opener, p_open = "بين", p + 1
        else:
            p_open = p
        if opener in L.RANGE_OPENERS and p_open + 1 < n:
            r = self._range(p_open + 1)
            if r is not None:
                lo, hi, last = r
                if opener in ("من", "from") and self._toll_rise_before(p_open):
                    return self._finish(i, last, hi.value, hi.value, qual_kind, None, num=hi)
                if opener in ("من", "from", "بين", "between"):
                    return self._finish(i, last, lo.value, hi.value, "range", None, num=lo)
        if self.masked[p]:
            return None
        num = read_number(toks, p)
        if num is None or any(self.masked[k] for k in range(num.first, num.last + 1)):
            if qual_kind is None:
                return self._implicit_at(i)
            return None
        # "3 أو 4", "10-15", "three or four", "5 to 7"
        r = self._range(p)
        if r is not None:
            lo, hi, last = r
            return self._finish(i, last, lo.value, hi.value, "range", None, num=lo)
        if num.vague is None and num.value is not None:
            lo = hi = num.value
        else:
            lo = hi = None
        return self._finish(i, num.last, lo, hi, qual_kind, num.vague is not None and (num.start, toks[num.last].end), num=num)

    def _range(self, p: int) -> tuple[NumberSpan, NumberSpan, int] | None:
        toks = self.toks
        n = len(toks)
        lo = read_number(toks, p)
        if lo is None or lo.value is None or lo.last + 1 >= n:
            return None
        j = lo.last + 1
        joiner = toks[j].text
        if toks[j].gap.strip() in L.RANGE_DASHES:
            k = j
        elif joiner in L.RANGE_JOINERS and j + 1 < n:
            k = j + 1
        elif joiner.startswith("و") and toks[j].kind == "ar":
            k = j  # "بين خمسة وسبعة"
        else:
            return None
        if k == j and joiner.startswith("و") and toks[j].kind == "ar":
            hi = read_number(toks, j)
        else:
            hi = read_number(toks, k)
        if hi is None or hi.value is None or hi.value <= lo.value:
            return None
        return lo, hi, hi.last

    def _toll_rise_before(self, p: int) -> bool:
        sent = self.tt.sentence_of(p)
        return any(self.toks[k].text in L.TOLL_RISE or any(v in L.TOLL_RISE for v in _variants(self.toks[k]))
                   for k in range(max(sent.first, p - 8), p))

    def _finish(self, first: int, last: int, lo: int | None, hi: int | None, qual: str | None,
                vague: tuple[int, int] | None | bool, *, num: NumberSpan) -> Quantity | None:
        toks = self.toks
        n = len(toks)
        # Numbers that are not counts: years, ranks, percentages.
        prev = toks[num.first - 1].text if num.first > 0 else ""
        if num.first == first and (prev in L.NOT_COUNT_BEFORE or (prev.startswith("ل") and prev[1:] in L.NOT_COUNT_BEFORE)):
            return None
        nxt = last + 1
        # «(120) هجوماً», «(85) غارة»: a number in brackets counts people only before a noun for them.
        if ("(" in toks[num.first].gap or "[" in toks[num.first].gap) and (
                nxt >= n or toks[nxt].gap.strip()[:1] in (")", "]")) and (nxt >= n or _head_at(toks, nxt) is None):
            return None
        if nxt < n and (toks[nxt].text in L.PERCENT_AFTER or "%" in toks[nxt].gap or "٪" in toks[nxt].gap):
            return None
        if nxt + 1 < n and toks[nxt].text == "في" and toks[nxt + 1].text in ("الميه", "المايه"):
            return None
        if nxt >= n and self.tt.folded.text[toks[last].end:].lstrip().startswith(("%", "٪")):
            return None
        head_group, head_cat, end_tok, others, of_them = self._heads(nxt)
        single_word_one = num.first == num.last and toks[num.first].text in _ONE_WORDS
        bare = False
        if end_tok is None:
            if single_word_one:
                return None  # "عائلة واحدة": an adjective, not a count
            if not self._bare_ok(first, last, num):
                return None
            end_tok = last
            bare = True
        elif single_word_one and toks[last + 1].text != "من":
            return None
        # Post-qualifiers: "7 مدنيين على الأقل", "50 or more", "نحو 100 تقريباً".
        if end_tok + 1 < n:
            post = _match_phrase(toks, end_tok + 1, L.POST_QUALIFIERS)
            if post and qual in (None, "approx", "min"):
                qual = post[0] if qual is None or post[0] == "min" else qual
                end_tok += post[1]
        vague_span = vague if isinstance(vague, tuple) else None
        approximate = bool(num.approx) or qual == "approx"
        mn, mx = lo, hi
        if qual == "min":
            mx = None
        elif qual == "max":
            mn, mx = None, hi
        if qual is None and self._lower_bound_before(first):
            mx = None
        if vague_span:
            mn = mx = None
            approximate = False
        return Quantity(first, end_tok, toks[first].start + (num.start - toks[num.first].start if first == num.first else 0),
                        toks[end_tok].end, mn, mx, approximate, vague_span, head_group or "unknown", head_cat,
                        others=others, of_them=of_them, bare=head_group is None and not others)

    def _lower_bound_before(self, first: int) -> bool:
        """"لا يقل عدد القتلى عن 40" / "تجاوز عدد النازحين 70 ألفاً": the bound comes before the subject."""
        toks = self.toks
        sent_first = self.tt.sentence_of(first).first
        counted_subject = False
        for k in range(first - 1, max(sent_first, first - 8) - 1, -1):
            t = toks[k]
            if t.text in ("عدد", "حصيله", "number", "toll") or (t.text.startswith("ال") and self.triggers[k]):
                counted_subject = True
            elif self.triggers[k] is not None and k < first - 1:
                return False  # another verb: the bound is not about this figure
            verb = next((v for v in _variants(t, min_stem=3) if v in L.AT_LEAST_VERBS), None)
            if verb and counted_subject:
                if verb in ("يقل", "تقل"):
                    return k > 0 and toks[k - 1].text in ("لا", "ما")
                return True
        return False

    def _heads(self, j: int) -> tuple[str | None, str | None, int | None, bool, bool]:
        """The counted nouns from token j: (group, category, last token, others, of_them)."""
        toks = self.toks
        n = len(toks)
        group = cat = None
        last = None
        others = of_them = False
        k = j
        if k < n and _gap_punct(toks[k].gap):
            return None, None, None, False, False
        # "3 منهم أطفال", "three of them children"
        if k < n and toks[k].text in L.OF_THEM:
            of_them, k = True, k + 1
        elif k + 1 < n and (toks[k].text, toks[k + 1].text) == L.EN_OF_THEM:
            of_them, k = True, k + 2
        if of_them:
            while k < n and toks[k].text in ("were", "are", "was", "is"):
                k += 1
        elif k + 1 < n and toks[k].text in ("من", "of"):
            k += 1
            if toks[k].text == "the" and k + 1 < n:
                k += 1
        count = 0
        if k < n and self.masked[k]:
            # "two SDF fighters", "5 عناصر من قسد": an actor's name before the noun
            k2 = k
            while k2 < n and self.masked[k2] and k2 - k < 4:
                k2 += 1
            if k2 < n and not _gap_punct(toks[k2].gap) and _head_at(toks, k2) is not None:
                k = k2
        # "seven Syrian civilians", "two SDF fighters", "three Red Crescent volunteers"
        if k < n and toks[k].kind == "lat":
            k2 = k
            while (k2 < n and k2 - k < 3 and toks[k2].kind == "lat" and _head_at(toks, k2) is None
                   and (toks[k2].text in L.ADJECTIVES or self._capitalized(k2)) and not _gap_punct(toks[k2].gap)):
                k2 += 1
            if k2 > k and k2 < n and not _gap_punct(toks[k2].gap) and _head_at(toks, k2) is not None:
                k = k2
        start_k = k
        while k < n and count < 2 and not self.masked[k]:
            if count and _gap_punct(toks[k].gap):
                break
            if toks[k].text in L.OTHERS:
                others = True
                last = k
                k += 1
                count += 1
                continue
            h = _head_at(toks, k, allow_suffix=True)
            if h is None and count == 0 and toks[k].text in L.AFTER_NUMBER_HEADS:
                h = (L.AFTER_NUMBER_HEADS[toks[k].text], 0)  # «15 إصابة»
            if h is None:
                break
            head = h[0]
            if head.group != "unknown" and group is None:
                group = head.group
            elif head.group != "unknown" and group != head.group:
                break
            if head.category is not None:
                if cat is None:
                    cat = head.category
                elif cat != head.category:
                    break
            last = k
            k += 1
            count += 1
        if last is None and start_k < n and not self.masked[start_k] and self._people_word(start_k):
            last = start_k  # «18 فلسطينياً», "18 Palestinians": a nationality or affiliation
        if last is not None:
            cat, last = self._combined_or_joined(last, group, cat)
        if last is None and of_them:
            return None, None, None, False, False
        return group, cat, last, others, of_them

    def _combined_or_joined(self, last: int, group: str | None, cat: str | None) -> tuple[str | None, int]:
        """After the counted noun: «9 قتلى وجرحى», «4 ضحايا بين قتيل وجريح» (killed and injured
        together: `casualties`), or a second noun for the same counted people with no number of
        its own («9 جنود وضباط», «14 عنصراً وقيادياً»: 9 and 14 in all)."""
        toks = self.toks
        n = len(toks)
        k = last + 1
        if k >= n or _gap_punct(toks[k].gap) or self.masked[k]:
            return cat, last
        t = toks[k]
        if t.text == "بين" and k + 2 < n and not _gap_punct(toks[k + 2].gap):
            h1, h2 = _head_at(toks, k + 1), _head_at(toks, k + 2, allow_conj=True)
            if h1 and h2 and {h1[0].category, h2[0].category} == {"killed", "injured"}:
                return "casualties", k + 2
        if t.kind != "ar" or not t.text.startswith("و") or len(t.text) < 4:
            return cat, last
        h = _head_at(toks, k, allow_conj=True)
        if h is None or h[1] not in (1, 3):
            return cat, last
        head = h[0]
        if cat in ("killed", "injured") and {cat, head.category} == {"killed", "injured"}:
            return "casualties", k
        if head.category in (None, cat) and head.count in (None, 1) and head.group in (group, "unknown") and (
                group is not None) and (k + 1 >= n or read_number(toks, k + 1) is None):
            if head.count == 1 and not t.text.endswith("ا"):
                return cat, last  # «3 مدنيين وطفل»: a second figure, not a second noun
            return cat, k
        return cat, last

    def _capitalized(self, k: int) -> bool:
        t = self.toks[k]
        o0, _ = self.tt.folded.span(t.start, t.end)
        return self.tt.folded.original[o0:o0 + 1].isupper()

    def _people_word(self, k: int) -> bool:
        """A word that names people without being in the lexicon: an Arabic nisba plural or
        accusative (فلسطينيين، سوريين، فلسطينياً) or a capitalised English demonym (Palestinians)."""
        t = self.toks[k]
        if t.text in L.NON_PERSON or t.text in L.TRIGGERS:
            return False
        if t.kind == "ar":
            w = t.text[2:] if t.text.startswith("ال") else t.text
            return len(w) >= 6 and w.endswith(("يين", "يون")) or len(w) >= 6 and w.endswith("يا") and not w.endswith("ايا")
        return t.kind == "lat" and self._capitalized(k) and t.text.endswith(("ans", "is", "ese", "ians", "ites"))

    def _bare_ok(self, first: int, last: int, num: NumberSpan) -> bool:
        """A number with no noun counts people only next to a casualty word or a pause."""
        toks = self.toks
        t = toks[num.first]
        if t.kind == "num" and len(t.text) == 4 and t.text[:2] in ("19", "20"):
            return False  # a year
        if last + 1 >= len(toks):
            return True
        if any(v in L.NON_PERSON for v in _variants(toks[last + 1], min_stem=2)):
            return False  # "150 عائلة", "12 airstrikes"
        if first > 0 and toks[first - 1].text in L.TOLL_TO and toll_cue_before(toks, self.tt.sentence_of(first).first,
                                                                                 first - 1):
            return True  # «ارتفعت حصيلة القتلى … إلى 48 حتى المساء»
        if first > 0 and self.triggers[first - 1] is not None and toks[first - 1].sent == t.sent:
            return True  # "استشهد 7 فلسطينيين", "arrested 18 Palestinians": the verb says they are people
        nxt = toks[last + 1]
        if _gap_punct(nxt.gap) or nxt.sent != toks[last].sent:
            return True
        variants = _variants(nxt, min_stem=2)
        return any(v in L.BARE_FOLLOWERS or v in L.TRIGGERS or v in L.BREAKDOWN_MARKERS for v in variants) or (
            nxt.text in L.FOLLOW_SKIP)

    def _implicit_at(self, i: int) -> Quantity | None:
        """A noun that counts by itself: «طفل» (1), «شابان» (2), «أطفالها الأربعة» (4), "a child",
        "his wife" (1)."""
        toks = self.toks
        n = len(toks)
        t = toks[i]
        if t.kind == "lat":
            if t.text not in ("a", "an", *L.POSSESSIVES) or i + 1 >= n:
                return None
            k = i + 1
            while k < n and k - i < 5 and (toks[k].text in L.ADJECTIVES or (
                    toks[k].text in ("year", "month", "old") or toks[k].text in L.EN_ONES or toks[k].kind == "num")
                    and toks[min(k + 1, n - 1)].gap.strip() in ("-", "")):
                k += 1  # "an eight-year-old boy", "a young man"
            h = _head_at(toks, k) if k < n else None
            if h is None or h[0].count != 1:
                return None
            return Quantity(i, k, t.start, toks[k].end, 1, 1, False, None, h[0].group, h[0].category, implicit=True)
        if t.text in _ANOTHER and i > 0 and self.triggers[i - 1] is not None and not _gap_punct(t.gap):
            # «قتل شاب وأصيب آخر», «مقتل مدني وإصابة آخر»: one more, of the same people
            return Quantity(i, i, t.start, t.end, 1, 1, False, None, "unknown", None, implicit=True, others=True)
        if t.text in _ONE_OF and i + 1 < n and not _gap_punct(toks[i + 1].gap):
            h1 = _head_at(toks, i + 1, allow_suffix=True)
            if h1 is not None and h1[0].count in (None, -1):  # «أحد المسعفين», «أحد عناصر الشرطة»
                return Quantity(i, i + 1, t.start + (1 if t.text.startswith("و") else 0), toks[i + 1].end, 1, 1, False,
                                None, h1[0].group, h1[0].category, implicit=True)
        h = _head_at(toks, i, allow_conj=True, allow_suffix=True)
        if h is None:
            return None
        head, plen = h
        count = head.count
        last = i
        nxt = toks[i + 1].text if i + 1 < n and not _gap_punct(toks[i + 1].gap) else ""
        if nxt in L.AR_DEFINITE_UNITS and count in (None, -1):
            count, last = L.AR_DEFINITE_UNITS[nxt], i + 1  # «أطفالهما الثلاثة»
        elif count == -1:
            count = _dual_from_marks(self.tt, t)
        if count is None or count < 1:
            return None
        definite = t.text[plen - 2:plen] == "ال" if plen >= 2 else False
        start = t.start + (1 if plen in (1, 3) else 0)
        # "طفل رضيع", "مدني واحد", "طفلين اثنين": a second word for the same people.
        if last == i and nxt:
            h2 = _head_at(toks, i + 1)
            if nxt in _ONE_WORDS and count == 1 or nxt in ("اثنين", "اثنان", "اثنتين", "اثنتان") and count == 2:
                last = i + 1
            elif h2 is not None and h2[0].count == count and h2[0].group in (head.group, "unknown"):
                last = i + 1
        return Quantity(i, last, start, toks[last].end, count, count, False, None, head.group, head.category,
                        implicit=True, definite=definite and last == i)


def _trigger_before(triggers: Sequence[Trigger | None], toks: Sequence[Token], q: Quantity, sent_first: int,
                    consumed_heads: Sequence[bool], masked: Sequence[bool]) -> tuple[Trigger, int] | None:
    """The nearest casualty word before the figure in its sentence, and how many words lie between
    that are not the verb's subject: Arabic verb-subject-object order puts a definite subject or a
    date between them («اعتقلت الاستخبارات العسكرية امرأة»), which still counts as adjacent."""
    k = q.first - 1
    while k >= max(sent_first, q.first - _MAX_BACK):
        if toks[k].text in L.RELATIVES or toks[k].text in L.CLAUSE_BREAKS:
            return None
        trig = triggers[k]
        if trig is not None and not consumed_heads[k]:
            between = range(trig.last + 1, q.first)
            # The subject: definite words, names, nominative plurals («قتل مسلحون مجهولون رجلاً»).
            if len(between) <= 4 and all(masked[j] or (toks[j].kind == "ar" and triggers[j] is None and (
                    toks[j].text.startswith("ال") or toks[j].text.endswith("ون"))) for j in between):
                return trig, 0
            return trig, len(between)
        k -= 1
    return None


_COORD = frozenset({"و", "and", "or", "او"}) | L.POSSESSIVES


def _trigger_after(triggers: Sequence[Trigger | None], toks: Sequence[Token], q: Quantity, sent_last: int,
                   starts: dict[int, Quantity]) -> tuple[Trigger, bool] | None:
    """The casualty word after the figure: (trigger, immediately after). Skips a coordinated
    figure ("three women and a child were killed")."""
    k = q.last + 1
    subject_end = q.last
    limit = q.last + 1 + _MAX_FORWARD
    skipped_only = True
    breakdown = False
    while k < min(sent_last, limit):
        t = toks[k]
        trig = triggers[k]
        if trig is not None and k in starts and not breakdown and starts[k].implicit and starts[k].head_category:
            trig = None  # «شهيد وجريح»: the next figure's own noun, not this one's casualty word
        if trig is not None:
            if (t.kind == "ar" and t.text.startswith("و") and trig.first == k
                    and trig.last + 1 in starts):
                return None  # «قتل طفلان وثلاث نساء وأصيب رجل»: «أصيب» has its own figure
            return trig, skipped_only and k - subject_end <= 3
        if t.text in _AFTER_STOPS:
            return None  # «عاد 200 شخص إلى منازلهم، فيما قتل مدني»: another clause's casualty word
        if t.text in L.BREAKDOWN_MARKERS:
            breakdown = True
        elif k in starts and not breakdown:
            between = [toks[j].text for j in range(subject_end + 1, k)]
            joined = toks[k].text.startswith("و") and toks[k].kind == "ar"
            if len(between) <= 2 and all(w in _COORD for w in between) and (between or joined):
                other = starts[k]
                subject_end = other.last
                k = other.last + 1
                limit = k + _MAX_FORWARD
                skipped_only = True
                continue
            return None
        if t.text not in L.FOLLOW_SKIP and t.text not in ("people", "others"):
            skipped_only = False
        k += 1
    return None


def _negated(toks: Sequence[Token], trig_first: int, q: Quantity, sent_first: int) -> bool:
    """A negator just before the casualty word, or a denial earlier in the sentence."""
    lo = max(sent_first, trig_first - 3)
    for k in range(lo, trig_first):
        w = toks[k].text
        if w in L.NEGATORS or (w.startswith("و") and w[1:] in L.NEGATORS):
            if q.first <= k <= q.last:
                continue  # part of "ما لا يقل عن" / "not less than"
            if k + 1 < len(toks) and toks[k + 1].text in L.NEGATOR_EXCEPTIONS:
                continue
            return True
    for k in range(max(sent_first, min(trig_first, q.first) - 15), min(trig_first, q.first)):
        w = toks[k].text
        if w in L.DENIALS or (w[:1] in "وف" and w[1:] in L.DENIALS):
            return True
    return False


def _breakdown_marker_before(toks: Sequence[Token], q: Quantity, sent_first: int) -> int | None:
    """Index of «بينهم»/"including"/«بين القتلى» just before the figure, if any."""
    k = q.first - 1
    steps = 0
    while k >= sent_first and steps < 5:
        w = toks[k].text
        variants = _variants(toks[k], min_stem=3)
        if any(v in L.BREAKDOWN_MARKERS for v in variants):
            return k
        if w == "بين" and k + 1 < q.first and toks[k + 1].text in _BETWEEN_HEADS:
            return k
        if w not in _BREAKDOWN_FILLERS and w != "من":
            return None
        k -= 1
        steps += 1
    return None


def find_claims(tt: TokenizedText, masked: Sequence[bool], language: str | None = None) -> list[FoundClaim]:
    """Claims in text order. Breakdowns point to the claim they break down (`part_of`)."""
    toks = tt.tokens
    triggers = find_triggers(tt)
    reader = _Reader(tt, masked, language, triggers)
    quantities = reader.quantities()
    head_tok = [False] * len(toks)
    for q in quantities:
        for k in range(q.first, q.last + 1):
            head_tok[k] = True
    starts = {q.first: q for q in quantities}
    out: list[FoundClaim] = []
    negated: set[int] = set()
    prev_q: Quantity | None = None
    prev_breakdown = False
    for q in quantities:
        sent = tt.sentence_of(q.first)
        before = _trigger_before(triggers, toks, q, sent.first, head_tok, masked)
        after = _trigger_after(triggers, toks, q, sent.last, starts)
        same_sentence_prev = out[-1] if out and toks[out[-1].q.first].sent == toks[q.first].sent else None
        # The last full figure of the sentence, whose group an elided noun or «آخرين» refers to.
        prev_full = next((c for c in reversed(out) if c.part_of is None), None)
        if prev_full is not None and toks[prev_full.q.first].sent != toks[q.first].sent:
            prev_full = None
        # Breakdown: after a marker, chained to a breakdown by "و", or "3 منهم أطفال".
        marker = _breakdown_marker_before(toks, q, sent.first)
        chained = (prev_q is not None and prev_breakdown and toks[prev_q.first].sent == toks[q.first].sent
                   and all(toks[k].text in CONJ for k in range(prev_q.last + 1, q.first))
                   and (before is None or before[0].last < prev_q.first))
        parent = None
        if marker is not None or chained or q.of_them:
            parent = _parent(out, toks, q, tt, marker)
        if _civilian_body_after(toks, q):
            q.group = "civilians"
        if parent is not None:
            p = out[parent]
            group = q.group if not q.others else p.group
            out.append(FoundClaim(q, p.category, group, parent, p.trigger, p.anchor, p.confidence))
            prev_q, prev_breakdown = q, True
            if parent in negated:
                negated.add(len(out) - 1)
            continue
        toll = toll_trigger(triggers, toks, q, sent.first, head_tok) if not q.implicit else None
        strong = toll is not None or (before is not None and before[1] == 0)
        trig: Trigger | None = None
        category = None
        # How the category was found sets the confidence: a casualty word governing the figure or
        # the noun saying it itself is sure; one further away in the clause is a guess.
        if toll is not None:
            trig, conf = toll, 0.85
        elif strong:
            trig, conf = before[0], 0.9
        elif after is not None and after[1]:
            trig, conf = after[0], 0.85
        elif q.head_category is not None:
            category, conf = q.head_category, 0.9
        elif before is not None:
            trig, conf = before[0], 0.65 if before[1] <= 4 else 0.55
        elif after is not None:
            trig, conf = after[0], 0.55
        if trig is not None:
            category = trig.category
        if category is None:
            prev_q, prev_breakdown = q, False
            continue
        if q.implicit:
            chain = (same_sentence_prev is not None and q.first - same_sentence_prev.q.last <= 2
                     and all(toks[k].text in CONJ for k in range(same_sentence_prev.q.last + 1, q.first))
                     and (toks[q.first].text.startswith("و") or q.first > same_sentence_prev.q.last + 1)
                     or same_sentence_prev is not None and aside_between(tt, same_sentence_prev.q, q))
            immediate_after = after is not None and after[1] and trig is after[0]
            if q.definite and not strong:
                prev_q, prev_breakdown = q, False
                continue
            # A noun that says both what happened and how many («جريحان», «قتيل») stands alone.
            # Singular participles («نازحة», «مصاب») are adjectives too often; duals and the nouns
            # of the dead are not.
            own = (q.head_category is not None and not q.definite and trig is None
                   and (q.min == 2 or q.head_category == "killed" or chain))
            near = before is not None and trig is before[0] and before[1] <= 2 and (q.min == 2 or all(
                masked[j] or toks[j].text in _PRONOUN_PREPS for j in range(before[0].last + 1, q.first)))
            # A noun that says what happened opening a sentence or a headline: «جريح برصاص قناص».
            opens = q.head_category is not None and q.first == sent.first and not q.definite and trig is None
            if not (strong or immediate_after or chain or own or near or opens):
                prev_q, prev_breakdown = q, False
                continue
            if chain and not strong and same_sentence_prev is not None and not own:
                category = same_sentence_prev.category
                trig = same_sentence_prev.trigger
            conf = min(conf, 0.8 if strong or own else 0.7)
        if category == "detained" and any(
                any(v in L.RELEASE_WORDS for v in _variants(toks[k], min_stem=3))
                for k in range(max(sent.first, q.first - 4), q.first)):
            prev_q, prev_breakdown = q, False
            continue  # a release, not an arrest
        group = q.group
        if q.others and prev_full is not None and (prev_full.group in ("civilians", "combatants") or (
                q.implicit and prev_full.q.implicit and prev_full.q.min == 1)):
            group = prev_full.group
        elif q.bare and prev_full is not None:
            group = prev_full.group  # "7 civilians were killed and 12 wounded": 12 civilians
        anchor = min(q.first, trig.first) if trig is not None and trig.last < q.first else q.first
        if q.bare:
            conf -= 0.1
        if q.vague is not None:
            conf = min(conf, 0.7)
        # Plausibility: thousands of victims need a word that governs the figure; a large number a
        # casualty word merely shares the sentence with is a population, a sum of money, a counter.
        if ((q.min or 0) >= 1000 or (q.max or 0) >= 1000) and not strong and trig is not None and (
                trig.first > q.last and any(toks[k].text in _NOT_ITS_CLAUSE for k in range(q.last + 1, trig.first))):
            prev_q, prev_breakdown = q, False
            continue
        out.append(FoundClaim(q, category, group, None, trig, anchor, round(conf, 2)))
        trig_first = trig.first if trig is not None else q.first
        just_before = toks[q.first - 1].text if q.first > sent.first else ""
        if _negated(toks, trig_first, q, sent.first) or just_before in L.NEGATORS:
            negated.add(len(out) - 1)
        prev_q, prev_breakdown = q, False
    if language in ("ar", "en"):
        # Digits belong to no script: a figure is in the language of its words.
        want = "ar" if language == "ar" else "lat"
        for idx, c in enumerate(out):
            kinds = {toks[k].kind for k in range(c.q.first, c.q.last + 1)}
            if c.trigger is not None:
                kinds.add(toks[c.trigger.first].kind)
            if want not in kinds and kinds - {"num"}:
                negated.add(idx)
    return join_runs(tt, drop_claims(out, negated))


_CIVILIAN_BODY_FIRSTS = tuple({p[0] for p in L.CIVILIAN_BODIES})


def _civilian_body_after(toks: Sequence[Token], q: Quantity) -> bool:
    """«3 من عناصر الدفاع المدني», "two Red Crescent volunteers": members of a civilian body."""
    for k in (q.last + 1, q.last):
        if k >= len(toks) or not any(toks[k].text.endswith(w) for w in _CIVILIAN_BODY_FIRSTS):
            continue
        for phrase in L.CIVILIAN_BODIES:
            if k + len(phrase) <= len(toks) and all(
                    toks[k + j].text == phrase[j] or (j == 0 and toks[k].text.endswith(phrase[0]))
                    for j in range(len(phrase))):
                return True
    return False


def _parent(out: list[FoundClaim], toks: Sequence[Token], q: Quantity, tt: TokenizedText,
            marker: int | None) -> int | None:
    """The claim a breakdown belongs to: the last full claim in the sentence, or in the previous
    sentence of the paragraph when the marker opens its sentence ("Among the dead were ...")."""
    sent = toks[q.first].sent
    for idx in range(len(out) - 1, -1, -1):
        c = out[idx]
        if c.part_of is not None:
            continue
        csent = toks[c.q.first].sent
        if csent == sent:
            return idx
        opens = marker is not None and all(toks[k].text in _BREAKDOWN_FILLERS or toks[k].text in ("and", "و")
                                           for k in range(tt.sentences[sent].first, marker))
        if opens and csent == sent - 1 and toks[c.q.first].para == toks[q.first].para:
            return idx
        return None
    return None
