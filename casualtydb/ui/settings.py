"""User preferences, declared once with their types and defaults, stored with QSettings.

Casualty data never goes here (it lives in the database). Each option is a typed descriptor on
`Settings`; reading a missing or malformed value gives the default. `SETTINGS_VERSION` and
`_UPGRADES` migrate stored settings when an option changes meaning (like database migrations)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

from ..audit import current_user

T = TypeVar("T")

ORGANIZATION = "casualtydb"
APPLICATION = "casualtydb"
SETTINGS_VERSION = 1
MAX_RECENT = 8


@dataclass(frozen=True)
class Option(Generic[T]):
    """One preference: its key in the settings file, its type and its default."""

    key: str
    default: T
    kind: type
    check: Callable[[Any], bool] | None = None

    def __set_name__(self, owner: type, name: str) -> None:
        owner.OPTIONS = {**getattr(owner, "OPTIONS", {}), name: self}  # type: ignore[attr-defined]

    def __get__(self, obj: Settings | None, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        raw = obj.qsettings.value(self.key, None)
        if raw is None:
            return self.default
        value = self._convert(raw)
        if value is None or (self.check is not None and not self.check(value)):
            return self.default
        return value

    def __set__(self, obj: Settings, value: T) -> None:
        if value is None or value == self.default:
            obj.qsettings.remove(self.key)
        else:
            obj.qsettings.setValue(self.key, value)
        obj.qsettings.sync()

    def _convert(self, raw: Any) -> Any:
        try:
            if self.kind is bool:
                return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
            if self.kind is list:
                if isinstance(raw, str):
                    return [raw] if raw else []
                return [str(v) for v in raw]
            return self.kind(raw)
        except (TypeError, ValueError):
            return None


class Settings:
    """Typed access to the user's preferences (one instance per app; tests pass their own file)."""

    OPTIONS: dict[str, Option[Any]]

    # Interface language: "" follows the system; "ar" or "en".
    language = Option("ui/language", "", str, lambda v: v in ("", "ar", "en"))
    # The database opened when none is given on the command line ("" = the user's data folder).
    default_database = Option("database/default", "", str)
    recent_databases = Option("database/recent", [], list)
    # (The conflict tolerance and the duplicate window decide shared results: they live in the
    # database, see casualtydb/crossref/settings.py, never here.)
    # Recorded in the audit log as who made each change ("" = the operating-system user).
    user_name = Option("user/name", "", str)
    # An encrypted database locks after this many idle minutes (0: never).
    lock_minutes = Option("security/lock_minutes", 10, int, lambda v: 0 <= v <= 24 * 60)
    window_geometry = Option("ui/window_geometry", b"", bytes)
    window_state = Option("ui/window_state", b"", bytes)
    settings_version = Option("meta/version", 0, int)

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                                ORGANIZATION, APPLICATION)
        self._upgrade()

    @classmethod
    def at(cls, path: str) -> Settings:
        """Settings kept in a given file (tests, portable installs)."""
        return cls(QSettings(path, QSettings.Format.IniFormat))

    def add_recent(self, database: str) -> None:
        recent = [d for d in self.recent_databases if d != database]
        self.recent_databases = [database, *recent][:MAX_RECENT]

    def splitter_state(self, name: str) -> bytes:
        """Where the person last left a splitter of the window (b"" if never moved)."""
        raw = self.qsettings.value(f"ui/splitters/{name}", None)
        return bytes(raw) if isinstance(raw, (bytes, bytearray)) else b""

    def set_splitter_state(self, name: str, state: bytes) -> None:
        self.qsettings.setValue(f"ui/splitters/{name}", state)
        self.qsettings.sync()

    def effective_user(self) -> str:
        return self.user_name.strip() or current_user()

    def _upgrade(self) -> None:
        stored = self.settings_version
        for version, upgrade in _UPGRADES:
            if stored < version:
                upgrade(self)
        if stored != SETTINGS_VERSION:
            self.settings_version = SETTINGS_VERSION


def _upgrade_to_1(settings: Settings) -> None:
    """Version 1 is the first; nothing to convert."""


_UPGRADES: list[tuple[int, Callable[[Settings], None]]] = [(1, _upgrade_to_1)]
