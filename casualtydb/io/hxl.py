"""HXL (Humanitarian Exchange Language 1.1) hashtags: syntax, and recognising a hashtag row.

The hashtags of every exported column are declared in `sheets`; this module checks their form
(`#tag+attribute+attribute`, lower-case letters, digits and underscores, as the HXL 1.1 standard
defines them) and lets the importer skip the hashtag row under a spreadsheet's header."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# HXL 1.1: a hashtag is '#' + a letter + letters/digits/underscores; attributes the same after '+'.
_HASHTAG = re.compile(r"^#[a-z][a-z0-9_]*(?:\s*\+\s*[a-z][a-z0-9_]*)*$")


def is_hashtag(text: str) -> bool:
    return bool(_HASHTAG.match(text.strip().lower()))


def tag_and_attributes(text: str) -> tuple[str, frozenset[str]]:
    parts = [p.strip() for p in text.strip().lower().split("+")]
    return parts[0], frozenset(parts[1:])


def is_hxl_row(cells: Iterable[Any]) -> bool:
    """A row of hashtags (empty cells allowed), as HXL puts under the text headers."""
    values = [str(c).strip() for c in cells if c not in (None, "")]
    return bool(values) and all(is_hashtag(v) for v in values)


def duplicates(tags: Iterable[str]) -> list[str]:
    """Hashtags that appear twice with the same attributes (HXL tools could not tell them apart)."""
    seen: set[tuple[str, frozenset[str]]] = set()
    out = []
    for t in tags:
        key = tag_and_attributes(t)
        if key in seen:
            out.append(t)
        seen.add(key)
    return out
