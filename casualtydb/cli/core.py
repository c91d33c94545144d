"""`init`, `demo`, `stats`, `gui`: the database's life and the desktop app."""

from __future__ import annotations

import argparse
import sys

from .common import open_db, print_json
from .encryption import create_encrypted

# Handlers import the modules that do their work when they run (function-level imports): every
# module of casualtydb.cli is imported at each start to register its subcommands, so `casualtydb
# --help` and the light commands do not load crossref, io (openpyxl), sync (PyNaCl), Qt and the rest.


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create or upgrade the database and print where it is")
    p.add_argument("--encrypt", action="store_true",
                   help="create it encrypted (SQLCipher) with the passphrase of --passphrase-file, or one asked twice")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="load the demo dataset (the seed article and fictional disagreeing reports)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("stats", help="count incidents, reports, sources, claims, places, actors")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("gui", help="open the desktop app")
    p.add_argument("--lang", choices=["ar", "en"], help="interface language (default: setting or system)")
    p.set_defaults(func=cmd_gui)


def cmd_init(args: argparse.Namespace) -> int:
    if args.encrypt:
        db = create_encrypted(args)
    else:
        db = open_db(args)
    print(db.describe())
    if db.encrypted:
        print("encrypted (SQLCipher): it opens only with its passphrase", file=sys.stderr)
    if db.backup_path:
        print(f"upgraded; the previous version was backed up to {db.backup_path}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ..demo import load_demo  # noqa: PLC0415

    db = open_db(args)
    added = load_demo(db)
    print(f"demo data: {added} records added to {db.describe()}" if added
          else f"demo data already present in {db.describe()}; nothing added")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from ..stats import counts  # noqa: PLC0415

    db = open_db(args)
    with db.session() as s:
        data = counts(s)
    if args.json:
        print_json(data)
    else:
        width = max(map(len, data))
        for key, value in data.items():
            print(f"{key:<{width}}  {value:>10,}")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from ..ui.app import run  # noqa: PLC0415 (Qt is imported only for the GUI)

    return run(db=args.db, lang=args.lang)
