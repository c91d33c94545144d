"""Folded text with a map back to the original's character offsets."""

from __future__ import annotations

from bisect import bisect_right

from .arabic import FOLD_TABLE, INVISIBLES, _SPECIAL_RE, fold_char


class FoldedText:
    """`text` is `fold(original)`; `span()` turns offsets in it into offsets in `original`.

    The fold deletes marks and invisibles and expands a few ligatures, so offsets shift. Only the
    shifts are stored (breakpoints where the difference changes), so a megabyte of ordinary text
    costs almost nothing: runs of one-to-one characters need no entry."""

    __slots__ = ("original", "text", "_bp_folded", "_bp_orig", "_bp_fixed")

    def __init__(self, original: str) -> None:
        self.original = original
        translated = original.translate(FOLD_TABLE)  # one-to-one: offsets unchanged
        # Breakpoint k: from folded offset _bp_folded[k] on, orig = _bp_orig[k] + (f - _bp_folded[k]),
        # unless _bp_fixed[k] (an expanded ligature: every folded char maps to the same original).
        bp_f: list[int] = [0]
        bp_o: list[int] = [0]
        bp_x: list[bool] = [False]
        pieces: list[str] = []
        pos = 0
        out_len = 0
        for m in _SPECIAL_RE.finditer(translated):
            i = m.start()
            pieces.append(translated[pos:i])
            out_len += i - pos
            rep = fold_char(original[i])
            if rep:
                pieces.append(rep)
                bp_f.append(out_len)
                bp_o.append(i)
                bp_x.append(True)
                out_len += len(rep)
            bp_f.append(out_len)
            bp_o.append(i + 1)
            bp_x.append(False)
            pos = i + 1
        pieces.append(translated[pos:])
        self.text = "".join(pieces) if len(pieces) > 1 else translated
        self._bp_folded = bp_f
        self._bp_orig = bp_o
        self._bp_fixed = bp_x

    def to_original(self, f: int) -> int:
        """Original offset of the folded character at f (len(text) maps to len(original))."""
        if f >= len(self.text):
            return len(self.original)
        k = bisect_right(self._bp_folded, f) - 1
        if self._bp_fixed[k]:
            return self._bp_orig[k]
        return self._bp_orig[k] + (f - self._bp_folded[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) covering folded [start, end), with trailing marks of the last
        letter included and trailing invisibles excluded."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        o_start = self.to_original(start)
        last = self.to_original(end - 1)
        o_end = self.to_original(end) if end < len(self.text) else len(self.original)
        o_end = max(o_end, last + 1)
        while o_end > last + 1 and self.original[o_end - 1] in INVISIBLES:
            o_end -= 1
        # Whitespace never sits inside a folded span's tail (it is not deleted), but be safe.
        while o_end > last + 1 and self.original[o_end - 1].isspace():
            o_end -= 1
        return o_start, o_end
