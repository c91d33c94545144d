"""`key new|show|export`: this database's key pair, which signs its bundles and opens the ones
sealed to it (casualtydb.sync.signing)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import CasualtyDBError
from .common import open_db

# Handlers import the modules that do their work when they run (function-level imports): every
# module of casualtydb.cli is imported at each start to register its subcommands, so `casualtydb
# --help` and the light commands do not load crossref, io (openpyxl), sync (PyNaCl), Qt and the rest.


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("key", help="this database's key pair: new, show, export the public key",
                       description="Bundles are signed with this database's key; a bundle made `--to` its public "
                                   "key can only be read here. The private key never leaves the database.")
    p.add_argument("action", choices=["new", "show", "export"])
    p.add_argument("out", nargs="?", metavar="OUT", help="with export: the file to write the public key to")
    p.add_argument("--replace", action="store_true", help="with new: replace an existing key (bundles sealed to "
                                                          "the old one can no longer be read here)")
    p.set_defaults(func=cmd_key)


def cmd_key(args: argparse.Namespace) -> int:
    from ..sync import signing  # noqa: PLC0415

    db = open_db(args)
    if args.action == "new":
        with db.engine.begin() as conn:
            pair = signing.create(conn, replace=args.replace)
        print(f"new key {pair.fingerprint}")
        if not db.encrypted:
            print("casualtydb: warning: this database is not encrypted, so neither is its private key: anyone with "
                  "the file can sign bundles in its name (casualtydb encrypt)", file=sys.stderr)
        return 0
    with db.engine.connect() as conn:
        pair = signing.load(conn)
    if pair is None:
        raise CasualtyDBError("this database has no key yet: `casualtydb key new` (a bundle makes one too)")
    if args.action == "show":
        print(signing.public_text(pair.public))
        print(f"fingerprint {pair.fingerprint}")
        return 0
    if not args.out:
        raise CasualtyDBError("key export needs the file to write: casualtydb key export OUT")
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise CasualtyDBError(f"folder does not exist: {out.parent}")
    out.write_text(signing.public_text(pair.public) + "\n", encoding="utf-8")
    print(f"wrote the public key {pair.fingerprint} to {out} (give it to whoever sends you bundles)")
    return 0
