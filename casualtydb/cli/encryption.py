"""`encrypt`, `rekey`, `decrypt` and `init --encrypt`: a database file's encryption at rest."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import passphrase as passphrases
from .. import sqlite_specific
from ..db import Database, open_database
from ..errors import DatabaseOpenError
from .common import db_passphrase, db_path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("encrypt", help="encrypt the --db database in place with a new passphrase "
                                       "(--passphrase-file, or asked twice)")
    p.set_defaults(func=cmd_encrypt)

    p = sub.add_parser("rekey", help="change the --db database's passphrase")
    secret = p.add_mutually_exclusive_group()
    secret.add_argument("--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE")
    secret.add_argument("--new-passphrase-fd", metavar="FD", type=int, help="read the new passphrase from a descriptor")
    p.set_defaults(func=cmd_rekey)

    p = sub.add_parser("decrypt", help="write an UNENCRYPTED copy of the --db database to OUT (the database stays encrypted)")
    p.add_argument("out", metavar="OUT", type=Path, help="the new plain SQLite file (must not exist)")
    p.set_defaults(func=cmd_decrypt)


def _file(args: argparse.Namespace) -> Path:
    path = db_path(args)
    if path is None:
        raise DatabaseOpenError("a server database is encrypted by the server (see docs/sync.md), not by casualtydb")
    if not path.exists():
        raise DatabaseOpenError(f"no database at {path}")
    return path


def _new_passphrase(args: argparse.Namespace, given: str | None, what: str) -> str:
    if given is None:
        if not passphrases.can_prompt():
            raise passphrases.PassphraseError(
                f"no new passphrase for {what}: give it with a file (not on the command line) or run this on a terminal")
        given = passphrases.prompt(f"{what} (new)", confirm=True)
    return passphrases.check_new(given)


def create_encrypted(args: argparse.Namespace) -> Database:
    path = db_path(args)
    if path is None:
        raise DatabaseOpenError("--encrypt is for a database file; a server is encrypted by the server (docs/sync.md)")
    if sqlite_specific.is_plain_file(path):
        raise DatabaseOpenError(f"{path} exists and is not encrypted: encrypt it with `casualtydb --db {path} encrypt`")
    if sqlite_specific.is_encrypted_file(path):
        return open_database(path, passphrase=db_passphrase(args))
    secret = _new_passphrase(args, db_passphrase(args, ask=False), str(path))
    return open_database(path, passphrase=secret, encrypt_new=True)


def cmd_encrypt(args: argparse.Namespace) -> int:
    path = _file(args)
    if sqlite_specific.is_encrypted_file(path):
        raise DatabaseOpenError(f"{path} is already encrypted (or not a database); to change its passphrase use rekey")
    open_database(path, seed=False).dispose()  # a casualtydb database, at the current schema
    secret = _new_passphrase(args, db_passphrase(args, ask=False), str(path))
    sqlite_specific.replace_key(path, None, secret)
    print(f"encrypted {path}")
    _warn_plain_copies(path)
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    path = _file(args)
    if not sqlite_specific.is_encrypted_file(path):
        raise DatabaseOpenError(f"{path} is not encrypted: use `casualtydb encrypt`")
    old = db_passphrase(args)
    sqlite_specific.check_key(path, old)
    new = _new_passphrase(args, passphrases.supplied(args.new_passphrase_file, args.new_passphrase_fd), str(path))
    sqlite_specific.replace_key(path, old, new)
    print(f"new passphrase set for {path}; backups made before still open with the old one")
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    path = _file(args)
    if not sqlite_specific.is_encrypted_file(path):
        raise DatabaseOpenError(f"{path} is not encrypted; nothing to decrypt")
    out = args.out.expanduser().resolve()
    if out.exists():
        raise DatabaseOpenError(f"{out} exists; choose a new file for the unencrypted copy")
    if not out.parent.is_dir():
        raise DatabaseOpenError(f"folder does not exist: {out.parent}")
    old = db_passphrase(args)
    sqlite_specific.check_key(path, old)
    sqlite_specific.write_copy(path, out, old, None)
    print(f"wrote an unencrypted copy to {out}")
    print(f"casualtydb: warning: {out} is NOT encrypted: anyone who gets the file can read every "
          "name, contact and note in it; delete it when done", file=sys.stderr)
    return 0


def _warn_plain_copies(path: Path) -> None:
    plain = sqlite_specific.plain_backups(path)
    if plain:
        print(f"casualtydb: warning: {len(plain)} earlier copies beside it are NOT encrypted "
              f"(delete them, or encrypt each): " + ", ".join(str(p) for p in plain), file=sys.stderr)
