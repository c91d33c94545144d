"""`verify`: recompute the audit log's hash chain and check every record against its history."""

from __future__ import annotations

import argparse
import sys

from ..errors import CasualtyDBError
from .common import open_db, print_json

# Handlers import the modules that do their work when they run (function-level imports): every
# module of casualtydb.cli is imported at each start to register its subcommands, so `casualtydb
# --help` and the light commands do not load crossref, io (openpyxl), sync (PyNaCl), Qt and the rest.


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "verify", help="check that the history is intact and every record is what its history says",
        description="Recomputes the audit log's hash chain, replays every record's history against its "
                    "current values (a change made with another tool is found) and, with --head, proves that "
                    "the history still extends a head printed earlier (an export's About sheet, a bundle's "
                    "manifest, an earlier verify). Exit 0: `ok: N entries, head H`; exit 1: one line per break.")
    p.add_argument("--head", metavar="HASH", help="an earlier chain head that today's history must extend")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=cmd_verify)


def cmd_verify(args: argparse.Namespace) -> int:
    from ..verify import verify  # noqa: PLC0415

    db = open_db(args, create=False)
    try:
        result = verify(db, head=args.head)
    except ValueError as exc:
        raise CasualtyDBError(str(exc)) from None
    if args.json:
        print_json(result.to_dict())
        return 0 if result.ok else 1
    if result.ok:
        print(f"ok: {result.entries} entries, head {result.head_hash}")
        for note in result.notes:
            print(f"note: {note}", file=sys.stderr)
        return 0
    for b in result.breaks:
        print(b.line())
    if result.extends is False:
        print(f"head {args.head} is not in this database's history: the history was rewritten since, "
              "or the head is of another database")
    return 1
