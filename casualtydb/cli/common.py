"""Helpers the subcommand modules share."""

from __future__ import annotations

import argparse
import json
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from .. import passphrase as passphrases
from .. import sqlite_specific
from ..db import Database, open_database, resolve_url
from ..errors import CasualtyDBError


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


class Progress:
    """A one-line progress display on a terminal; silent when stderr is not one."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.tty:
            return
        now = time.monotonic()
        if now - self.last < 0.2 and done < total:
            return
        self.last = now
        pct = 100 * done // total if total else 100
        sys.stderr.write(f"\r{self.what}: {pct:3d}% ({done:,}/{total:,} rows)")
        sys.stderr.flush()

    def end(self) -> None:
        if self.tty:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


# The shortest id prefix accepted for a record (6 hex digits: 16 million values).
MIN_PREFIX = 6


def _hex(text: str, what: str) -> str:
    digits = text.strip().lower().replace("-", "").replace("{", "").replace("}", "")
    if not digits or any(c not in "0123456789abcdef" for c in digits) or len(digits) > 32:
        raise CasualtyDBError(f"not a valid {what} id: {text!r}")
    if len(digits) < MIN_PREFIX:
        raise CasualtyDBError(f"give at least {MIN_PREFIX} characters of the {what} id: {text!r}")
    return digits


def resolve_id(session: Any, model: Any, text: str, what: str) -> uuid.UUID:
    """A full UUID or a unique prefix (at least 6 hex digits) of `model.id`."""
    from sqlalchemy import select  # noqa: PLC0415

    digits = _hex(text, what)
    if len(digits) == 32:
        value = uuid.UUID(digits)
        if session.get(model, value) is None:
            raise CasualtyDBError(f"no {what} {value}")
        return value
    low = uuid.UUID(digits.ljust(32, "0"))
    high = uuid.UUID(digits.ljust(32, "f"))
    found = list(session.scalars(select(model.id).where(model.id >= low, model.id <= high).limit(3)))
    if not found:
        raise CasualtyDBError(f"no {what} whose id starts with {text}")
    if len(found) > 1:
        raise CasualtyDBError(f"{len(found) if len(found) < 3 else 'several'} {what}s have ids starting with {text}: "
                              f"give more characters")
    return found[0]


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
