"""Whole pasted pages: the furniture around an article (menus, share bars, counters, cookie
banners, "read also" lists, comments, repeated titles) and the page's own date.

`clean_page` blanks furniture with spaces, line by line, so the cleaned text has the same length
and every offset still points into the text as pasted. Plain sentences and articles pass through
unchanged: each rule needs a line that is furniture by its own words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..text.arabic import fold, normalize
from .dates import find_dates

# Lines that are furniture by their own words (matched on the normalised line).
_FURNITURE_RE = re.compile(
    r"^(?:copy link(?: to (?:tweet|post))?|embed (?:tweet|post)|show (?:more )?replies|show this thread|follow|"
    r"translate (?:post|tweet)|replying to .*|tweet|share|like|comment|reply|more|"
    r"اعجبني|تعليق|مشاركه|رد|شارك(?: هذا المقال| الخبر)?|تابعونا(?: على)?.*|عرض (?:المزيد من )?(?:التعليقات|الردود)|"
    r"عرض \d+ (?:تعليق\w*|رد\w*)(?: اخر\w*)?|اكتب تعليق\w*|التعليقات(?: \d+)?|"
    r"(?:فيسبوك|فيس بوك|تويتر|واتساب|تلغرام|facebook|twitter|whatsapp|telegram|شارك)(?: (?:فيسبوك|فيس بوك|تويتر|"
    r"واتساب|تلغرام|facebook|twitter|whatsapp|telegram|email|linkedin))*|"
    r"رد \d+ (?:س|د|ي|اسبوع)\w*|\d+ (?:س|د|ي|h|m|d)|"
    r".*(?:جميع الحقوق محفوظه|all rights reserved).*)$")
# Counters: "2.3K مشاهدة", "1,245 Reposts 88 Quotes 3,201 Likes", "عدد الزوار: 350209", "٧٢ تعليقًا".
_COUNTER_WORDS = (r"(?:views?|likes?|retweets?|reposts?|quotes?(?: tweets?)?|bookmarks?|replies|comments?|shares?|"
                  r"مشاهد\w*|المشاهدات|تعليق\w*|مشارك\w*|زيار\w*|الزوار|اعجاب\w*|اعجبني|اعاده تغريد\w*)")
_NUM = r"\d[\d.,]*\s*(?:k|m|الف|مليون)?"
_COUNTER_RE = re.compile(
    rf"^(?:(?:{_NUM}\s*{_COUNTER_WORDS}|{_COUNTER_WORDS}\s*{_NUM}|عدد {_COUNTER_WORDS}\s*{_NUM})\s*)+$|^{_NUM}$")
_COOKIE_RE = re.compile(r"cookie|الكوكيز|ملفات تعريف الارتباط|ملفات الارتباط")
# Headings of lists of other articles: everything short after them is their headlines.
_RELATED_RE = re.compile(
    r"^(?:اقرا ايضا|اقرا المزيد|اقرا كذلك|مقالات ذات صله|اخبار ذات صله|مواضيع ذات صله|ذات صله|الاكثر قراءه|"
    r"الاكثر مشاهده|الاكثر تداولا|اخر الاخبار|المزيد من الاخبار|related(?: articles| posts| news)?|read (?:also|more)|"
    r"more (?:news|stories)|most read|you may also like|trending)\b")
# A reaction or share bar: what follows it is comments and replies.
_BAR_RE = re.compile(r"^(?:اعجبني|like|copy link(?: to (?:tweet|post))?|replying to|show (?:more )?replies|"
                     r"\d[\d.,]*\s*(?:k|m)?\s*(?:retweets?|reposts?|likes?))\b")
_LONG_LINE_WORDS = 9  # an article's sentence, not a menu item or a headline
_SHORT_HEADLINE_WORDS = 16
_LONG_LINE_CHARS = 300


@dataclass(frozen=True)
class CleanPage:
    text: str  # same length as the input; furniture blanked with spaces
    headlines: tuple[tuple[int, int], ...]  # offsets of short lines that read as titles
    dropped: int  # lines blanked


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def clean_page(text: str) -> CleanPage:
    """The text with furniture lines blanked. A text of one or two lines is returned as it is."""
    spans = _lines(text)
    if len(spans) < 3:
        return CleanPage(text, (), 0)
    drop = [False] * len(spans)
    # A long line is an article's paragraph (or a cookie notice): it is not normalised, which
    # is most of the cost on a long text.
    long = [b - a > _LONG_LINE_CHARS for a, b in spans]
    norms = ["" if lg else normalize(text[a:b]).replace("_", " ") for (a, b), lg in zip(spans, long)]
    words = [_SHORT_HEADLINE_WORDS if lg else len(n.split()) for n, lg in zip(norms, long)]
    seen: set[str] = set()
    related = False
    comments = False
    article_seen = False
    headlines: list[tuple[int, int]] = []
    for i, n in enumerate(norms):
        if long[i]:
            a, b = spans[i]
            if comments or _COOKIE_RE.search(text[a:b].lower()):
                drop[i] = True
            else:
                related, article_seen = False, True
            continue
        if not n:
            related = False if words[i] == 0 and related and i + 1 < len(norms) and not norms[i + 1] else related
            continue
        if comments:
            drop[i] = True
            continue
        if _RELATED_RE.match(n):
            drop[i], related = True, True
            continue
        if related:
            if words[i] < _SHORT_HEADLINE_WORDS:
                drop[i] = True
                continue
            related = False
        if _BAR_RE.match(n) and article_seen:
            comments = True
            drop[i] = True
            continue
        if _FURNITURE_RE.match(n) or _COUNTER_RE.match(n) or _COOKIE_RE.search(n):
            drop[i] = True
            continue
        if n in seen and words[i] < _SHORT_HEADLINE_WORDS:
            drop[i] = True  # the title repeated (an article pasted twice is left to the person)
            continue
        seen.add(n)
        if words[i] >= _LONG_LINE_WORDS:
            article_seen = True
        raw = text[spans[i][0]:spans[i][1]].rstrip()
        if words[i] < _SHORT_HEADLINE_WORDS and not raw.endswith((".", "!", "؟", "?", "،", ",", ":", "؛")):
            headlines.append(spans[i])
    if not any(drop):
        return CleanPage(text, tuple(headlines), 0)
    chars = list(text)
    for (a, b), d in zip(spans, drop):
        if d:
            chars[a:b] = " " * (b - a)
    return CleanPage("".join(chars), tuple(headlines), sum(drop))


# Lines that give the page's own date: a dateline, "آخر تحديث", "نشر في", a post's timestamp.
_DATELINE_RE = re.compile(
    r"(?:اخر تحديث|تاريخ النشر|تاريخ التحديث|نشر في|نشر بتاريخ|تم النشر|نشر|بتاريخ|published|updated|posted|"
    r"last updated|date)\b")
_TIME_RE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:am|pm|ص|م)?")
_YMD_DOTS_RE = re.compile(r"(?<![\d.])(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d.])")


def page_date(text: str, *, lines: int = 40) -> date | None:
    """The date the page states for itself, if any: a line with a dateline cue («آخر تحديث: …»,
    «نشر في …», "Published …") first, else a short line near the top that is a date (a post's
    timestamp "10:32 AM · Jun 3, 2020", a round-up's heading «… – الثلاثاء 7 أيار 2024»). Only
    absolute dates with a year count; «اليوم» is what the date resolves, not a date itself."""
    spans = _lines(text)
    if sum(1 for a, b in spans if text[a:b].strip()) < 3:
        return None  # a sentence or two: a date in it is the incident's, not the page's
    spans = spans[:lines]
    found: list[tuple[int, date]] = []
    for rank, (a, b) in enumerate(spans):
        line = fold(text[a:b]).strip()
        if not line or not re.search(r"\d{4}", line):
            continue
        norm = normalize(line)
        d = _absolute_date(line)
        if d is None:
            continue
        if _DATELINE_RE.search(norm):
            return d
        rest = _TIME_RE.sub(" ", norm)
        if len(rest.split()) <= 9:
            found.append((rank, d))
    return found[0][1] if found else None


def _absolute_date(line: str) -> date | None:
    m = _YMD_DOTS_RE.search(line)  # "2021.08.05 | 14:20"
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    for d in find_dates(line.lower(), None):
        if not d.relative:
            return d.date
    return None
