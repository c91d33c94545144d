"""The `casualtydb` command. Each module in this package adds its subcommands with
`register(subparsers)`; handlers take the parsed args and return an exit code. Every module here
is imported at each start, so handlers import the modules that do their work inside themselves."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import CasualtyDBError
from ..errors_text import describe_unexpected

EXIT_USER_ERROR = 2
EXIT_INTERNAL = 70


def build_parser() -> argparse.ArgumentParser:
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
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
        print(f"casualtydb: error: {describe_unexpected(exc)}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
