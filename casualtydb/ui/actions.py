"""The main window's actions, declared once: id, text, menu, shortcut. Handlers are looked up
when an action is triggered, so other modules can provide them (`register_handler`), e.g. the
database merge: `register_handler("file.merge_database", lambda context, window: ...)`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from .context import AppContext

Handler = Callable[["AppContext", Any], None]


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # QT_TRANSLATE_NOOP("Actions", …)
    menu: str  # "file", "edit", "view", "help"
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str | None = None

    def translated_text(self) -> str:
        return QCoreApplication.translate("Actions", self.text)

    def translated_tip(self) -> str:
        return QCoreApplication.translate("Actions", self.tip) if self.tip else ""


ACTIONS: list[ActionSpec] = [
    ActionSpec("file.new_database", QT_TRANSLATE_NOOP("Actions", "&New database…"), "file",
               QKeySequence.StandardKey.New,
               QT_TRANSLATE_NOOP("Actions", "Create an empty database file and open it")),
    ActionSpec("file.open_database", QT_TRANSLATE_NOOP("Actions", "&Open database…"), "file",
               QKeySequence.StandardKey.Open, QT_TRANSLATE_NOOP("Actions", "Open another database file")),
    ActionSpec("file.backup_now", QT_TRANSLATE_NOOP("Actions", "&Back up now"), "file", "Ctrl+Shift+B",
               QT_TRANSLATE_NOOP("Actions", "Copy the database to a dated backup file next to it")),
    ActionSpec("file.merge_database", QT_TRANSLATE_NOOP("Actions", "&Merge another database…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Bring in the records of a database filled on another computer")),
    ActionSpec("file.verify", QT_TRANSLATE_NOOP("Actions", "&Verify history"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Check that no entry of the audit log and no record was changed outside the app")),
    ActionSpec("file.lock", QT_TRANSLATE_NOOP("Actions", "&Lock now"), "file", "Ctrl+L",
               QT_TRANSLATE_NOOP("Actions", "Close the encrypted database and forget its key until its passphrase is typed")),
    ActionSpec("file.settings", QT_TRANSLATE_NOOP("Actions", "&Settings…"), "file",
               QKeySequence.StandardKey.Preferences),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "file", QKeySequence.StandardKey.Quit),
    ActionSpec("edit.undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "edit", QKeySequence.StandardKey.Undo),
    ActionSpec("edit.redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "edit", QKeySequence.StandardKey.Redo),
    ActionSpec("edit.find", QT_TRANSLATE_NOOP("Actions", "&Search everything"), "edit", QKeySequence.StandardKey.Find),
    ActionSpec("view.back", QT_TRANSLATE_NOOP("Actions", "&Back"), "view", QKeySequence.StandardKey.Back),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("Actions", "&About casualtydb"), "help"),
]

MENUS = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"),
    "edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "view": QT_TRANSLATE_NOOP("Actions", "&View"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}
RECENT_MENU = QT_TRANSLATE_NOOP("Actions", "Open &recent")

_HANDLERS: dict[str, Handler] = {}
_LISTENERS: list[Callable[[str], None]] = []


def register_handler(action_id: str, handler: Handler) -> None:
    """Provide what an action does: `handler(context, window)`. Enables the action in any
    open window."""
    if action_id not in {a.id for a in ACTIONS}:
        raise KeyError(f"no action {action_id!r}")
    _HANDLERS[action_id] = handler
    for listener in list(_LISTENERS):
        listener(action_id)


def handler_for(action_id: str) -> Handler | None:
    return _HANDLERS.get(action_id)


def on_handler_registered(listener: Callable[[str], None]) -> None:
    _LISTENERS.append(listener)
