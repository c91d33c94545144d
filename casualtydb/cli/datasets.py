"""`casualtydb import` of other formats: ACLED, UCDP GED, Airwars-style tables, HXL-tagged sheets,
Kobo/ODK submissions, and any sheet with `--mapping` (or `--suggest-mapping` to start one).

Our own columns and workbooks stay with casualtydb.io.spreadsheet_import (cli/exchange.py)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import ValidationError
from .common import Progress, open_db

KNOWN = "ACLED, UCDP GED, Airwars-style, HXL-tagged, Kobo/ODK with its XLSForm"


def is_dataset(args: argparse.Namespace) -> bool:
    """Whether FILE goes to the dataset importer (the table and format are kept on `args`)."""
    from ..io.formats.detect import detect_table, own_workbook  # noqa: PLC0415
    from ..io.readers import read_table  # noqa: PLC0415
    from ..io.spreadsheet_import import map_header  # noqa: PLC0415

    if args.mapping or args.suggest_mapping:
        return True
    path = Path(args.file)
    if not path.is_file() or own_workbook(path):
        if args.create_places or args.create_actors:
            raise ValidationError("--create-places and --create-actors work on the known formats (" + KNOWN
                                  + ") and mapped sheets; a casualtydb workbook names gazetteer places and actors",
                                  file=path.name)
        return False
    table = read_table(path, args.sheet)
    fmt = detect_table(table, path)
    if fmt is not None:
        args._dataset = (table, fmt)
        return True
    ours, _ = map_header(table.header)
    if not {"incident", "category"} <= set(ours) and _has_figures(table):
        raise ValidationError(
            f"not a known format ({KNOWN}) and not casualtydb's columns; run `casualtydb import {path.name} "
            "--suggest-mapping > map.json`, check the mapping, then import with --mapping map.json", file=path.name)
    if args.create_places or args.create_actors:
        raise ValidationError("--create-places and --create-actors work on the known formats (" + KNOWN
                              + ") and mapped sheets; this file has casualtydb's own columns", file=path.name)
    return False


def _has_figures(table) -> bool:  # noqa: ANN001 - readers.Table
    """A sheet of figure columns (killed, injured…), not our claim rows missing a column."""
    from ..io.formats.mapped import Figure, parse_target  # noqa: PLC0415
    from ..io.formats.suggest import suggest  # noqa: PLC0415

    return any(isinstance(parse_target(t), Figure) for t in suggest(table.header, table.hxl).columns.values())


def cmd_import_dataset(args: argparse.Namespace) -> int:
    from ..changes import Changes  # noqa: PLC0415
    from ..io.formats.detect import detect_table  # noqa: PLC0415
    from ..io.formats.loader import import_events  # noqa: PLC0415
    from ..io.formats.mapped import Mapped  # noqa: PLC0415
    from ..io.formats.saved import load_mapping, save_mapping  # noqa: PLC0415
    from ..io.readers import read_table  # noqa: PLC0415
    from ..io.spreadsheet_import import ImportProblems  # noqa: PLC0415
    from ..writes import write  # noqa: PLC0415

    path = Path(args.file)
    if getattr(args, "_dataset", None):
        table, fmt = args._dataset
    else:
        table = read_table(path, args.sheet)
        fmt = None
    if args.suggest_mapping:
        return _suggest(table, path)
    db = open_db(args)
    progress = Progress("checking" if args.dry_run else "importing")
    unread = [table]

    def run(s, changes):  # noqa: ANN001, ANN202 - writes.write's
        # A second attempt (the database was busy) reads the file again: the first consumed its rows.
        current = unread.pop() if unread else read_table(path, args.sheet)
        reader, mapping = fmt, None
        if args.mapping:
            mapping = load_mapping(s, args.mapping)
            reader = Mapped(mapping)
            missing = reader.missing(current)
            if missing:
                raise ValidationError("the mapping names columns the file does not have: "
                                      + ", ".join(f"«{m}»" for m in missing), file=current.file)
        elif reader is None:
            reader = detect_table(current, path)
        if reader is None:
            raise ValidationError(f"not a known format ({KNOWN}); give --mapping", file=current.file)
        result = import_events(current, reader, session=s, path=path, dry_run=args.dry_run,
                               create_places=args.create_places, create_actors=args.create_actors,
                               progress=progress)
        if mapping is not None and mapping.name and not args.dry_run:
            save_mapping(s, mapping, current.header)
            result.notes.append(f"mapping «{mapping.name}» saved: next time give --mapping {mapping.name}")
        for kind in ("incident", "report", "source", "claim", "figure", "place", "actor"):
            changes.add(kind)  # bulk Core inserts: the ORM did not see them
        return result

    try:
        if args.dry_run:  # writes nothing: no retries needed
            with db.transaction(context=f"import {path.name}") as s:
                result = run(s, Changes())
        else:
            result = write(db, run, context=f"import {path.name}").result
    except ImportProblems as exc:
        progress.end()
        places = [p for p in exc.problems if p.code == "unresolved_place"]
        for problem in exc.problems:
            if problem.code != "unresolved_place":
                print(f"{problem}", file=sys.stderr)
        if places:
            print(f"{len(places)} place{'s' if len(places) != 1 else ''} not settled (fix the names, or import "
                  "again with --create-places to add the unknown ones under the admin unit each row names):",
                  file=sys.stderr)
            for problem in places:
                print(f"  {problem.reason}", file=sys.stderr)
        raise ValidationError(exc.summary(), file=exc.file) from None
    finally:
        progress.end()
    print(result.describe())
    return 0


def _suggest(table, path: Path) -> int:  # noqa: ANN001 - readers.Table
    from ..io.formats.detect import detect_table  # noqa: PLC0415
    from ..io.formats.mapped import Mapped  # noqa: PLC0415
    from ..io.formats.suggest import described, suggest  # noqa: PLC0415

    fmt = detect_table(table, path)
    if isinstance(fmt, Mapped):  # Kobo and HXL: the mapping their form or hashtags gave
        mapping = fmt.mapping
    else:
        if fmt is not None:
            print(f"{table.file}: this is {fmt.name}, which needs no mapping; the guess below is only for "
                  "reading it otherwise", file=sys.stderr)
        mapping = suggest(table.header, table.hxl)
    guessed = set(mapping.columns)
    print(f"{table.file}: {len(guessed)} of {sum(1 for h in table.header if h)} columns guessed:", file=sys.stderr)
    for line in described(mapping):
        print(line, file=sys.stderr)
    left = [h for h in table.header if h and h not in guessed]
    if left:
        print(f"not recognised (add them, or leave them out): {', '.join(left)}", file=sys.stderr)
    data = mapping.to_json()
    data.setdefault("name", path.stem)
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
