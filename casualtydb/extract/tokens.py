"""Words, numbers, sentences and paragraphs of a folded text, with folded offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.folding import FoldedText

# Letters (with an inner apostrophe for Latin "Dar'a"), or digits with inner separators ("1,250").
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
# Sentence ends; a full stop only when not between digits and not after a single capital (U.N.).
_SENT_END_RE = re.compile(r"[!?؟؛;]|\.(?!\d)")
_PARA_RE = re.compile(r"\n[^\S\n]*\n")
_WRAP_WIDTH = 50
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")


@dataclass(slots=True)
class Token:
    i: int
    text: str  # folded
    start: int  # folded offsets
    end: int
    kind: str  # "ar", "lat" or "num"
    sent: int
    para: int
    gap: str  # folded text between the previous token and this one


@dataclass(slots=True)
class Sentence:
    index: int
    start: int  # folded offsets
    end: int
    first: int  # token indices [first, last)
    last: int
    para: int


class TokenizedText:
    """Tokens of `folded.text` plus sentence and paragraph boundaries."""

    def __init__(self, folded: FoldedText) -> None:
        self.folded = folded
        text = folded.text
        self.tokens: list[Token] = []
        self.sentences: list[Sentence] = []
        sent = 0
        para = 0
        prev_end = 0
        sent_start_tok = 0
        sent_start_off = 0
        line_start = 0
        toks = self.tokens
        for m in _TOKEN_RE.finditer(text):
            s, e = m.span()
            gap = text[prev_end:s]
            if not toks:
                if "\n" in gap:
                    line_start = gap.rindex("\n") + 1
            elif "\n" in gap or (gap and not gap.isspace()):
                blank = "\n" in gap and bool(_PARA_RE.search(gap))
                ends = _SENT_END_RE.search(gap.replace("\n", " ")) and not _is_abbreviation(toks[-1], gap)
                # A single line break ends a sentence after a short line (title, byline); after a
                # long one it is a hard wrap (text pasted from PDFs) and reads as a space.
                wrapped = "\n" in gap and not blank and prev_end - line_start >= _WRAP_WIDTH
                if blank or ends or ("\n" in gap and not wrapped):
                    self.sentences.append(Sentence(sent, sent_start_off, prev_end, sent_start_tok, len(toks), para))
                    sent += 1
                    sent_start_tok = len(toks)
                    sent_start_off = s
                if blank:
                    para += 1
                if "\n" in gap:
                    line_start = prev_end + gap.rindex("\n") + 1
            word = m.group()
            c = word[0]
            kind = "num" if c.isdigit() else ("ar" if _ARABIC_RE.match(c) else "lat")
            toks.append(Token(len(toks), word, s, e, kind, sent, para, gap))
            prev_end = e
        if toks:
            self.sentences.append(Sentence(sent, sent_start_off, prev_end, sent_start_tok, len(toks), para))

    def after(self, i: int) -> str:
        """Folded text between token i and the next token (or the end)."""
        toks = self.tokens
        if i + 1 < len(toks):
            return toks[i + 1].gap
        return self.folded.text[toks[i].end:]

    def sentence_of(self, i: int) -> Sentence:
        return self.sentences[self.tokens[i].sent]

    def original_span(self, first: int, last: int) -> tuple[int, int]:
        """Original offsets of tokens [first, last] (inclusive)."""
        return self.folded.span(self.tokens[first].start, self.tokens[last].end)


def _is_abbreviation(prev: Token, gap: str) -> bool:
    """A single Latin letter before a full stop ("U.N.", "U.S.") does not end a sentence."""
    return gap.strip() == "." and prev.kind == "lat" and len(prev.text) == 1
