"""The desktop app (PySide6). The only package of casualtydb that imports Qt."""

from . import _workarounds  # noqa: F401  (must run before any Qt object hands None to Python)
