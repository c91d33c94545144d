"""`export` (an Excel workbook for NGOs) and `import` (claims from a spreadsheet or CSV)."""

from __future__ import annotations

import argparse
import calendar
import re
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ValidationError
from ..text.arabic import to_ascii_digits
from .common import Progress as _Progress
from .common import open_db

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Handlers import the modules that do their work when they run (function-level imports): every
# module of casualtydb.cli is imported at each start to register its subcommands, so `casualtydb
# --help` and the light commands do not load crossref, io (openpyxl), sync (PyNaCl), Qt and the rest.

_PERIOD_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_period(text: str, *, end: bool) -> date:
    """YYYY, YYYY-MM or YYYY-MM-DD (any digits); a year or month means its first day, or with
    `end` its last day, so `--from 2017-10 --to 2017-10` is the whole month."""
    m = _PERIOD_RE.match(to_ascii_digits(text.strip()))
    if not m:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        return date(year, month, day)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} ({exc})") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help="write an Excel workbook (About, Summary, Incidents, Figures, Claims, Sources, Conflicts)",
        description="Write the database, or the part the filters select, as an .xlsx workbook for NGOs: "
                    "sheets and headers in Arabic or English, HXL hashtags under the headers, a bilingual codebook.")
    p.add_argument("out", metavar="OUT.xlsx", help="the workbook to write (replaced only when complete)")
    p.add_argument("--lang", choices=["ar", "en"], help="language of sheet names and headers (default ar; with "
                   "--since-last, the recipient's)")
    p.add_argument("--from", dest="date_from", metavar="DATE", type=lambda s: parse_period(s, end=False),
                   help="incidents ending on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)")
    p.add_argument("--to", dest="date_to", metavar="DATE", type=lambda s: parse_period(s, end=True),
                   help="incidents starting on or before DATE")
    p.add_argument("--place", metavar="PCODE_OR_NAME",
                   help="incidents with a place inside this one (a P-code, or an Arabic or English gazetteer name)")
    p.add_argument("--redact", action=argparse.BooleanOptionalAction, default=None,
                   help="leave out names of victims and witnesses, contact details and notes marked sensitive "
                        "(with --since-last: remembered for the recipient until --no-redact)")
    p.add_argument("--since-last", metavar="RECIPIENT",
                   help="only the rows added or changed since the last export to RECIPIENT, with a Changes sheet "
                        "(added, changed with old and new values, withdrawn); the recipient's language, filters "
                        "and redaction are remembered, and the export is recorded in the audit log")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "import", help="import claims from a spreadsheet (.xlsx) or a UTF-8 CSV, or a dataset (ACLED, UCDP GED, "
                       "Airwars-style, HXL, Kobo/ODK, any sheet with a mapping)",
        description="Import claims: the Claims sheet of a casualtydb workbook, or a sheet or CSV with the columns "
                    "incident, incident_date, place, category, group, min, max, approximate, source, published, "
                    "url, quote (optionally incident_type, actors, report_title, author, language, credibility, "
                    "source_reliability); or a dataset in a known format (ACLED, UCDP GED, Airwars-style, "
                    "HXL-tagged, Kobo/ODK submissions with their XLSForm), recognised by its columns; or any other "
                    "sheet through --mapping. Nothing is written unless every row is valid.")
    p.add_argument("file", metavar="FILE", help=".xlsx or .csv file")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--mapping", metavar="MAP.json",
                     help="read the sheet through this column mapping (a JSON file, or the name of a saved one)")
    how.add_argument("--suggest-mapping", action="store_true",
                     help="print a column mapping guessed from the headers (Arabic or English) and HXL tags; "
                          "import nothing")
    p.add_argument("--create-places", action="store_true",
                   help="add places the gazetteer lacks under the finest admin unit the row names (or nearest "
                        "its coordinates) instead of stopping")
    p.add_argument("--create-actors", action="store_true", help="add actors the database lacks instead of stopping")
    p.add_argument("--dry-run", action="store_true", help="only check the file; write nothing")
    p.add_argument("--sheet", help="sheet to read (default: the Claims sheet of a casualtydb workbook, else the first)")
    p.set_defaults(func=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    from ..io.since_last import options_for  # noqa: PLC0415
    from ..io.xlsx_export import ExportOptions, ExportSummary, export_since_last, export_workbook  # noqa: PLC0415
    from ..writes import write  # noqa: PLC0415

    given = {"lang": args.lang, "date_from": args.date_from, "date_to": args.date_to, "place": args.place,
             "redact": args.redact}
    db = open_db(args)
    progress = _Progress("exporting")
    try:
        if args.since_last is not None:  # a write: what the recipient holds, and the export in the audit log
            def run(s: Session, changes: object) -> tuple[ExportOptions, ExportSummary]:
                chosen = options_for(s, args.since_last, **given)
                return chosen, export_since_last(args.out, session=s, recipient=args.since_last, options=chosen,
                                                 progress=progress)
            options, result = write(db, run, context=f"export {Path(args.out).name} to {args.since_last}").result
        else:
            options = ExportOptions(**{k: v for k, v in given.items() if v is not None})
            with db.session() as s, s.begin():
                result = export_workbook(args.out, session=s, options=options, progress=progress)
    finally:
        progress.end()
    if result.changes is not None:
        print(f"since the last export to {args.since_last}: {result.changes.describe()}")
    withheld = f"; redacted ({sum(result.withheld.values()):,} values withheld)" if options.redact else ""
    only = " (the added and changed rows)" if result.changes is not None else ""
    print(f"wrote {result.path}{only}: {result.incidents:,} incidents, {result.claims:,} claims, "
          f"{result.sources:,} sources; {result.conflicts:,} open conflicts in the selection"
          + (f", {result.victims:,} victim mentions" if result.victims else "") + f"{withheld} ({result.seconds:.1f} s)")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..io.spreadsheet_import import ImportProblems, import_spreadsheet  # noqa: PLC0415
    from ..io.victim_import import victim_sheet  # noqa: PLC0415
    from .datasets import cmd_import_dataset, is_dataset  # noqa: PLC0415

    sheet = victim_sheet(args.file, args.sheet)
    if sheet is not False:  # a victim list (issue 15): its own importer, casualtydb/io/victim_import.py
        return _import_victims(args, sheet)
    # ACLED, UCDP, Airwars-style, HXL, Kobo/ODK and mapped sheets; our own columns below.
    if is_dataset(args):
        return cmd_import_dataset(args)
    db = open_db(args)
    progress = _Progress("checking" if args.dry_run else "importing")
    try:
        with db.transaction(context=f"import {args.file}") as s:
            result = import_spreadsheet(args.file, session=s, dry_run=args.dry_run, sheet=args.sheet,
                                        progress=progress)
            victims = _workbook_victims(args, s)
    except ImportProblems as exc:
        progress.end()
        for problem in exc.problems:
            print(f"{problem}", file=sys.stderr)
        raise ValidationError(exc.summary(), file=exc.file) from None
    finally:
        progress.end()
    print(result.describe())
    if victims is not None:
        print(victims.describe())
    return 0


def _import_victims(args: argparse.Namespace, sheet: str | None) -> int:
    from ..io.spreadsheet_import import ImportProblems  # noqa: PLC0415
    from ..io.victim_import import import_victims  # noqa: PLC0415

    db = open_db(args)
    try:
        with db.transaction(context=f"import {args.file}") as s:
            result = import_victims(args.file, session=s, sheet=sheet, dry_run=args.dry_run)
    except ImportProblems as exc:
        for problem in exc.problems:
            print(f"{problem}", file=sys.stderr)
        raise ValidationError(exc.summary(), file=exc.file) from None
    print(result.describe())
    return 0


def _workbook_victims(args: argparse.Namespace, session: object) -> object:
    """A casualtydb workbook's Victims sheet, imported after its claims in the same transaction."""
    from ..io.victim_import import import_victims, workbook_victims_sheet  # noqa: PLC0415

    sheet = None if args.sheet else workbook_victims_sheet(args.file)
    if sheet is None:
        return None
    return import_victims(args.file, session=session, sheet=sheet, dry_run=args.dry_run)  # type: ignore[arg-type]
