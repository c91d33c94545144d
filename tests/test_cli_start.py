"""The command line starts with only what the command needs: COMMANDS names the module of
every command the modules register, `--version` loads neither SQLAlchemy nor Alembic, and a
command's start loads no other command's module."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import subprocess
import sys

import casualtydb.cli as cli


def registered() -> dict[str, str]:
    found: dict[str, str] = {}
    for info in pkgutil.iter_modules(cli.__path__):
        register = getattr(importlib.import_module(f"casualtydb.cli.{info.name}"), "register", None)
        if register is None:
            continue
        sub = argparse.ArgumentParser().add_subparsers()
        register(sub)
        found.update({name: info.name for name in sub.choices})
    return found


def test_every_command_is_mapped_to_its_module() -> None:
    assert cli.COMMANDS == registered(), "add the new command to casualtydb.cli.COMMANDS"


def test_the_command_word_is_found_after_global_options() -> None:
    assert cli.command_of(["--db", "x.db", "--passphrase-fd", "3", "stats", "--json"]) == "stats"
    assert cli.command_of(["--db", "stats"]) is None  # "stats" is the --db value here
    assert cli.command_of(["--help"]) is None and cli.command_of(["no-such-command"]) is None


def loaded_after(*args: str) -> set[str]:
    code = ("import sys\nfrom casualtydb.cli import main\n"
            f"try:\n    main({list(args)!r})\nexcept SystemExit:\n    pass\n"
            "print('\\n'.join(sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return set(out.stdout.split())


def test_version_loads_no_database_library() -> None:
    mods = loaded_after("--version")
    assert "casualtydb.cli.core" not in mods
    assert not {m for m in mods if m.split(".")[0] in ("sqlalchemy", "alembic", "openpyxl")}


def test_a_command_loads_only_its_own_module() -> None:
    mods = loaded_after("stats", "--help")
    ours = {m for m in mods if m.startswith("casualtydb.cli.") and m != "casualtydb.cli.common"}
    assert "casualtydb.cli.core" in ours
    assert ours <= {"casualtydb.cli.core", "casualtydb.cli.encryption"}  # core's `init --encrypt` uses encryption
    # The full help still lists every command.
    out = subprocess.run([sys.executable, "-m", "casualtydb", "--help"], capture_output=True, text=True, timeout=120)
    assert all(name in out.stdout for name in cli.COMMANDS)
