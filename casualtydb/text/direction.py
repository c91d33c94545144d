"""Which way a text runs, by its first strong character (Unicode's rule for a paragraph)."""

from __future__ import annotations


def strong_direction(text: str) -> bool | None:
    """True when the first strong character of `text` is right-to-left (Arabic, Hebrew, a
    right-to-left mark), False when left-to-right, None when there is none (numbers, dates)."""
    for ch in text:
        if "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc" or ch in "\u200f\u061c":
            return True
        if ch.isalpha() or ch == "\u200e":
            return False
    return None
