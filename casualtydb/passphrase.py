"""Where a passphrase comes from on the command line: a file, a file descriptor, or a prompt on
the terminal. Never a command-line argument (any local user can read another process's
arguments), never an environment variable's value (only the name of a file), never a setting,
a log line or crash output: the text lives in memory only, in the caller's hands."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from .errors import CasualtyDBError

ENV_FILE = "CASUALTYDB_PASSPHRASE_FILE"
MIN_LENGTH = 8


class PassphraseError(CasualtyDBError):
    """A passphrase could not be read, or is not acceptable."""


def _clean(text: str, where: str) -> str:
    # One trailing newline is how `echo`, editors and here-documents end a file; nothing else is
    # trimmed, so a passphrase may begin or end with spaces.
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    if not text:
        raise PassphraseError(f"{where} holds an empty passphrase")
    if "\x00" in text:
        raise PassphraseError(f"{where}: a passphrase cannot contain a NUL character")
    return text


def from_file(path: str | os.PathLike[str]) -> str:
    where = f"passphrase file {path}"
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise PassphraseError(f"no {where}") from None
    except OSError as exc:
        raise PassphraseError(f"cannot read {where}: {exc.strerror}") from None
    try:
        return _clean(data.decode("utf-8"), where)
    except UnicodeDecodeError:
        raise PassphraseError(f"{where} is not UTF-8 text") from None


def from_fd(fd: int) -> str:
    """Read (to its end) the descriptor a script handed over, e.g. `3< secret` or a pipe."""
    where = f"file descriptor {fd}"
    chunks = []
    try:
        while True:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    except OSError as exc:
        raise PassphraseError(f"cannot read {where}: {exc.strerror}") from None
    finally:
        try:
            os.close(fd)
        except OSError:
            pass
    try:
        return _clean(b"".join(chunks).decode("utf-8"), where)
    except UnicodeDecodeError:
        raise PassphraseError(f"{where} is not UTF-8 text") from None


def supplied(file: str | None = None, fd: int | None = None) -> str | None:
    """The passphrase given by --passphrase-file / --passphrase-fd or $CASUALTYDB_PASSPHRASE_FILE."""
    if fd is not None:
        return from_fd(fd)
    if file:
        return from_file(file)
    env = os.environ.get(ENV_FILE)
    if env:
        return from_file(env)
    return None


def can_prompt() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def prompt(what: str, *, confirm: bool = False) -> str:
    """Ask on the terminal without echo; `confirm` asks twice (a new passphrase)."""
    try:
        first = getpass.getpass(f"passphrase for {what}: ")
        if confirm:
            check_new(first)
            if getpass.getpass("the same passphrase again: ") != first:
                raise PassphraseError("the two passphrases differ; nothing was changed")
    except EOFError:
        raise PassphraseError("no passphrase given") from None
    return _clean(first, "the prompt")


def check_new(passphrase: str) -> str:
    """A new passphrase: long enough to resist guessing at a checkpoint. SQLCipher's key
    derivation (256,000 rounds of PBKDF2-HMAC-SHA512) slows each guess; length does the rest."""
    if len(passphrase) < MIN_LENGTH:
        raise PassphraseError(f"a new passphrase needs at least {MIN_LENGTH} characters")
    return passphrase
