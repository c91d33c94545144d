"""Helpers the subcommand modules share."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .. import passphrase as passphrases
from .. import sqlite_specific
from ..db import Database, open_database, resolve_url


def db_path(args: argparse.Namespace) -> Path | None:
    """The --db file (None for a server URL)."""
    url = resolve_url(args.db)
    return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None


def db_passphrase(args: argparse.Namespace, *, ask: bool = True) -> str | None:
    """The --db database's passphrase: --passphrase-file/-fd or $CASUALTYDB_PASSPHRASE_FILE, else
    asked on the terminal when the file is encrypted. Read once per command."""
    if not hasattr(args, "_passphrase"):
        args._passphrase = passphrases.supplied(getattr(args, "passphrase_file", None),
                                                getattr(args, "passphrase_fd", None))
    if args._passphrase is None and ask:
        path = db_path(args)
        if path is not None and sqlite_specific.is_encrypted_file(path) and passphrases.can_prompt():
            args._passphrase = passphrases.prompt(str(path))
    return args._passphrase


def open_db(args: argparse.Namespace, **kwargs: Any) -> Database:
    """The --db database. A new file is created encrypted when a passphrase was supplied for it
    (as `init --encrypt` does): a passphrase given is never silently ignored."""
    secret = db_passphrase(args)
    path = db_path(args)
    new = path is not None and (not path.exists() or path.stat().st_size == 0)
    if secret is not None and new and kwargs.get("create", True):
        passphrases.check_new(secret)
        kwargs.setdefault("encrypt_new", True)
    return open_database(args.db, passphrase=secret, **kwargs)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
