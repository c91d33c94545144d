"""`extract-eval`: precision and recall of the extraction engine on the team's own reports."""

from __future__ import annotations

import argparse
from typing import Any

from .common import open_db, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract-eval", help="how well the text extraction does on this database's reports",
        description="Compares what the extraction engine suggested for each report saved through the entry page "
                    "with the claims the person confirmed or corrected, and prints precision (the share of "
                    "suggested figures that were right) and recall (the share of confirmed claims that were "
                    "suggested), overall, by category and by source. A figure is right when a claim of the "
                    "same report has its category, minimum and maximum. With --rerun every report with text "
                    "is read again by the current engine instead (for reports entered before suggestions "
                    "were kept, or to try a new version). Nothing is written.")
    p.add_argument("--rerun", action="store_true",
                   help="read every report's text again with the current engine instead of the stored suggestions")
    p.add_argument("--lang", choices=["ar", "en"], default="ar", help="language of the source names (default: ar)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_extract_eval)


def cmd_extract_eval(args: argparse.Namespace) -> int:
    from ..services.extract_eval import evaluate  # noqa: PLC0415

    database = open_db(args, create=False)
    try:
        with database.session() as s:
            extractor = _extractor(s) if args.rerun else None
            result = evaluate(s, extractor=extractor, lang=args.lang)
    finally:
        database.dispose()
    if args.json:
        print_json(result.to_json())
        return 0
    _print(result)
    return 0


def _extractor(session: Any) -> Any:
    from ..extract import Extractor  # noqa: PLC0415
    from ..services.report_entry import names_from_database, shipped_names  # noqa: PLC0415

    places, actors = names_from_database(session=session)
    return Extractor(places or shipped_names()[0], actors)


def _pct(v: float | None) -> str:
    return "   –" if v is None else f"{v:.3f}"


def _print(result: Any) -> None:
    how = ("read again by the current engine" if result.mode == "rerun"
           else "as suggested when they were saved through the entry page")
    print(f"reports: {result.reports} ({how})")
    if not result.reports:
        if result.mode == "stored":
            print("no report has stored suggestions yet; --rerun reads the reports' texts with the current engine")
        return
    print(f"{'':<28} {'suggested':>9} {'confirmed':>9} {'right':>6} {'precision':>9} {'recall':>7}")

    def line(name: str, t: Any) -> None:
        print(f"{name[:28]:<28} {t.suggested:>9} {t.confirmed:>9} {t.right:>6} {_pct(t.precision):>9} "
              f"{_pct(t.recall):>7}")

    line("all", result.overall)
    print("by category")
    for name, t in sorted(result.by_category.items()):
        line("  " + name, t)
    print("by source")
    for name, t in sorted(result.by_source.items()):
        line("  " + name, t)
    if result.names.suggested or result.names.confirmed:
        line("named victims", result.names)
    if result.mode == "stored" and (result.saved_as_is or result.saved_corrected):
        print(f"confirmed suggestions: {result.saved_as_is} saved as suggested, {result.saved_corrected} corrected")
