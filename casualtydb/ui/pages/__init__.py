"""The page registry: every module in this package that defines `PAGE = PageSpec(...)` is a
page of the main window. Adding a page is adding a module; the window needs no edit.

A page is a QWidget built by `factory(context: AppContext)`. Optional methods the window calls:
`activate(arg)` when it is shown (with the argument of `bus.sig_show_page`), `open_record(id)`
for pages that show one record (`record_kind` names which), `retranslate()` after a language
change. See docs/gui.md."""

from __future__ import annotations

import importlib
import logging
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ..context import AppContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    key: str
    # English title, marked with QT_TRANSLATE_NOOP("Pages", ...) in the page's module.
    title: str
    factory: Callable[[AppContext], QWidget]
    # Place in the navigation (lower first); None keeps the page out of it (e.g. one
    # incident's page, reached from lists and search).
    order: int | None = None
    # Kind of record the page shows with open_record(id) ("incident", …), if any.
    record_kind: str | None = None
    # Keyboard shortcut to reach the page ("Ctrl+1"), if any.
    shortcut: str | None = None
    # A standard icon name (QIcon.fromTheme) for the navigation.
    icon: str | None = None
    # Called once when the window has opened: `on_start(context)`, e.g. to show the page
    # when there is unsaved work to offer back (with bus.sig_show_page).
    on_start: Callable[[AppContext], None] | None = None

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)


def discover() -> list[PageSpec]:
    """Every page module's PAGE, navigation order first. A module that fails to import is
    logged and skipped, so one broken page does not stop the app."""
    specs: list[PageSpec] = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        try:
            module = importlib.import_module(f"{__name__}.{info.name}")
        except Exception:
            log.exception("page module %s failed to import; it is left out", info.name)
            continue
        spec = getattr(module, "PAGE", None)
        if isinstance(spec, PageSpec):
            specs.append(spec)
    keys = [s.key for s in specs]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise RuntimeError(f"two pages share a key: {', '.join(sorted(dupes))}")
    return sorted(specs, key=lambda s: (s.order is None, s.order or 0, s.key))
