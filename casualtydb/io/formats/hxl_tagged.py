"""Sheets with an HXL hashtag row (HDX datasets, other tools' exports), read by their hashtags.

The hashtags are matched with libhxl's tag patterns (casualtydb.io.formats.suggest), so a column
tagged `#affected+killed+civilians` is a killed-civilians figure whatever its header says. A sheet
whose hashtags name no date or no figure is not read this way (it needs a --mapping)."""

from __future__ import annotations

from pathlib import Path

from ..readers import Table
from .mapped import Figure, Mapped, parse_target
from .suggest import suggest


def hxl_format(table: Table) -> Mapped | None:
    if not table.hxl:
        return None
    mapping = suggest(table.header, table.hxl)
    # Only what the hashtags said: a header guess stays a suggestion, not a silent reading.
    tagged = {h: t for h, t in mapping.columns.items() if mapping.why.get(h, "").startswith("HXL")}
    targets = [parse_target(t) for t in tagged.values()]
    if "date" not in targets or not any(isinstance(t, Figure) for t in targets):
        return None
    mapping.columns = tagged
    if "source" not in targets:
        mapping.values["source"] = Path(table.file).stem
        mapping.why["(every row)"] = "no #meta+source column: the file is the source"
    return Mapped(mapping, name="HXL-tagged sheet", key="hxl")
