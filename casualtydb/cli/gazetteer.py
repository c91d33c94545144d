"""`gazetteer import FILE`: add places from OCHA's populated places list or a GeoNames dump
(casualtydb/io/gazetteer_import.py), through the one write path."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gazetteer", help="add places to the gazetteer (OCHA populated places, GeoNames)")
    how = p.add_subparsers(dest="gazetteer_command", metavar="ACTION")
    how.required = True
    q = how.add_parser(
        "import", help="add the places of OCHA's populated places list (CSV/XLSX) or a GeoNames dump",
        description="Add places to the gazetteer from OCHA's populated places list as HDX publishes it (CSV or "
                    "XLSX: admin1–4 P-codes with Arabic and English names, latitude, longitude; an HXL row is "
                    "skipped), each under the sub-district its row names, admin units the gazetteer lacks added "
                    "from the same row; or from a GeoNames dump (SY.txt, tab-separated), each populated place "
                    "under the nearest sub-district. Every place keeps its source. Nothing is written unless every "
                    "row is valid; places already there are not added again.")
    q.add_argument("file", metavar="FILE", help="OCHA's list (.csv, .xlsx) or a GeoNames dump (.txt)")
    q.add_argument("--sheet", help="sheet of an .xlsx to read (default the first)")
    q.add_argument("--dry-run", action="store_true", help="only check the file and count; write nothing")
    q.set_defaults(func=cmd_gazetteer_import)


def cmd_gazetteer_import(args: argparse.Namespace) -> int:
    from ..io.gazetteer_import import import_gazetteer  # noqa: PLC0415
    from ..writes import write  # noqa: PLC0415

    path = Path(args.file)
    db = open_db(args)

    def run(session, changes):  # noqa: ANN001, ANN202 - writes.write's
        result = import_gazetteer(session, path, dry_run=args.dry_run, context=f"gazetteer import {path.name}",
                                  sheet=args.sheet)
        changes.add("place")
        return result

    if args.dry_run:
        with db.session() as s:
            result = import_gazetteer(s, path, dry_run=True, sheet=args.sheet)
    else:
        result = write(db, run, context=f"gazetteer import {path.name}").result
    print(result.describe())
    return 0
