"""Text utilities: Arabic normalisation for matching and search, with offset-preserving folding."""

from .arabic import (
    fold,
    key,
    normalize,
    parse_int,
    prefix_variants,
    repair_visual_order,
    strip_prefixes,
    to_ascii_digits,
    tokens,
)
from .folding import FoldedText

__all__ = [
    "FoldedText",
    "fold",
    "key",
    "normalize",
    "parse_int",
    "prefix_variants",
    "repair_visual_order",
    "strip_prefixes",
    "to_ascii_digits",
    "tokens",
]
