"""Which format a file is in: its header against each known format's documented columns."""

from __future__ import annotations

from pathlib import Path

from ..readers import Table, read_table, xlsx_sheet_names
from ..sheets import CLAIMS
from .acled import Acled
from .airwars import Airwars
from .base import Format
from .ucdp import Ucdp

# Formats recognised by their columns alone (HXL and Kobo are recognised by detect_table too).
FORMATS: tuple[Format, ...] = (Acled(), Ucdp(), Airwars())


def by_columns(header: list[str]) -> Format | None:
    best: tuple[float, Format] | None = None
    for fmt in FORMATS:
        score = fmt.score(header)
        if score >= fmt.threshold and (best is None or score > best[0]):
            best = (score, fmt)
    return best[1] if best else None


def detect_table(table: Table, path: Path) -> Format | None:
    """The known format of a table, or None (our own columns, or a sheet that needs a mapping)."""
    fmt = by_columns(table.header)
    if fmt is not None:
        return fmt
    from .kobo import kobo_format  # noqa: PLC0415 - reads the XLSForm only for Kobo exports

    kobo = kobo_format(table, path)
    if kobo is not None:
        return kobo
    if table.hxl:
        from .hxl_tagged import hxl_format  # noqa: PLC0415

        return hxl_format(table)
    return None


def own_workbook(path: Path) -> bool:
    """A casualtydb workbook (its Claims sheet imports with the claims importer)."""
    if path.suffix.lower() == ".csv" or not path.is_file():
        return False
    names = xlsx_sheet_names(path)
    return any(CLAIMS.name(lang) in names for lang in ("en", "ar"))


def open_dataset(path: str | Path, sheet: str | None = None) -> tuple[Table, Format | None]:
    p = Path(path)
    return (table := read_table(p, sheet)), detect_table(table, p)
