"""Where the shipped data lives: `migrations/` and `resources/` are mapped into the wheel as
`casualtydb.migrations` and `casualtydb.resources`; in a source checkout run from its top
folder (where `import casualtydb` finds the plain folder first) they sit beside the package.
In the PyInstaller bundle (packaging/casualtydb.spec) they are plain folders under the bundle's
data folder, `sys._MEIPASS/casualtydb/`: Alembic reads the migration scripts as files."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def _shipped(name: str) -> Path:
    bundle = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    if bundle is not None:
        return Path(bundle) / "casualtydb" / name
    try:
        return Path(str(resources.files(f"casualtydb.{name}")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / name


def migrations_dir() -> Path:
    return _shipped("migrations")


def resources_dir() -> Path:
    return _shipped("resources")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
