"""The `casualtydb` command. Each module in this package adds its subcommands with
`register(subparsers)`; handlers take the parsed args and return an exit code.

A start imports only the module of the command given (COMMANDS says which; a test checks it
against what the modules register): `--version` imports nothing of SQLAlchemy or Alembic, and
`casualtydb stats` none of the other commands' modules. `casualtydb --help` imports them all."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from .. import __version__

EXIT_USER_ERROR = 2
EXIT_INTERNAL = 70

# Each command → the module of this package that registers it.
COMMANDS: dict[str, str] = {
    "attach": "attachments", "attachment-get": "attachments", "attachments": "attachments",
    "demo": "core", "gui": "core", "init": "core", "stats": "core",
    "conflicts": "crossref", "duplicates": "crossref", "grade": "crossref", "merge": "crossref",
    "not-duplicates": "crossref", "reconcile": "crossref", "scan": "crossref", "settings": "crossref",
    "unmerge": "crossref",
    "decrypt": "encryption", "encrypt": "encryption", "rekey": "encryption",
    "export": "exchange", "import": "exchange",
    "extract": "extract", "extract-eval": "extract_eval",
    "gazetteer": "gazetteer",
    "key": "keys",
    "map": "mapping",
    "capture-history": "people", "people": "people", "people-matches": "people", "people-merge": "people",
    "people-not-same": "people", "people-split": "people", "people-unmerge": "people",
    "reindex": "search", "search": "search",
    "server-grants": "server",
    "bundle": "sync", "merge-conflicts": "sync", "merge-db": "sync", "merge-matches": "sync",
    "verify": "verify",
}
# Global options that take a value (to find the command word after them).
_VALUED = {"--db", "--passphrase-file", "--passphrase-fd"}


def command_of(argv: Sequence[str]) -> str | None:
    """The command word of a command line, if it names one (the first word that is not a
    global option or its value)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
            continue
        if word in _VALUED:
            skip = True
        elif word.startswith("-"):
            if word == "--":
                return None
        else:
            return word if word in COMMANDS else None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with `command`, only its module's subcommands (a faster start)."""
    parser = argparse.ArgumentParser(
        prog="casualtydb",
        description="casualtydb: casualty reports as facts with their sources.",
        # No abbreviations: `bundle --passphrase` must not be read as the global --passphrase-file.
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"casualtydb {__version__}")
    parser.add_argument("--db", metavar="DB",
                        help="database file or SQLAlchemy URL (default: $CASUALTYDB_DB, else the user's data folder)")
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument("--passphrase-file", metavar="FILE",
                        help="read the --db database's passphrase from FILE (default: $CASUALTYDB_PASSPHRASE_FILE, "
                             "else asked on the terminal); never give it as an argument")
    secret.add_argument("--passphrase-fd", metavar="FD", type=int,
                        help="read the passphrase from an open file descriptor (scripts: 3<secret)")
    parser.add_argument("--debug", action="store_true", help="show a traceback for unexpected errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    names = [COMMANDS[command]] if command in COMMANDS else sorted(m.name for m in pkgutil.iter_modules(__path__))
    for name in names:
        module = importlib.import_module(f"{__name__}.{name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    command = command_of(words)
    if command is None and "--version" in words:
        print(f"casualtydb {__version__}")  # what argparse's version action prints, without building it
        return 0
    parser = build_parser(command)
    args = parser.parse_args(words)
    from ..errors import CasualtyDBError  # after parsing: --version and --help need neither

    try:
        return int(args.func(args) or 0)
    except CasualtyDBError as exc:
        print(f"casualtydb: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("casualtydb: interrupted; nothing was written by the unfinished step", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # one line for the user; --debug for the developer
        if args.debug:
            raise
        from ..errors_text import describe_unexpected

        print(f"casualtydb: error: {describe_unexpected(exc)}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
