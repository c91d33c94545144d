"""The bundle's one executable: the desktop app when started bare (from the .desktop file or a
double click), the `casualtydb` command when given one of its commands (`casualtydb export
OUT.xlsx`), so the team's IT person and the bundle's test have the whole CLI without Python."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

from casualtydb.cli import command_of


def main() -> None:
    words = sys.argv[1:]
    if command_of(words) is None and not {"-h", "--help", "--version"} & set(words):
        if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
            from desktop_entry import register

            register(Path(sys.executable).parent, Path(sys.executable))
        from casualtydb.ui.app import main as gui  # [--db DB] [--lang ar|en], like casualtydb-gui

        gui()
        return
    from casualtydb.cli import main as cli

    sys.exit(cli(words))


if __name__ == "__main__":
    # A worker process (the people search's passes) starts this executable again: let it run its job.
    multiprocessing.freeze_support()
    main()
