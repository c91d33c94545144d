"""The bundled Arabic font (Noto Sans Arabic, SIL OFL 1.1, resources/fonts/): loaded at start so
Arabic is always shaped and never shows boxes, whatever fonts the system has."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from .. import paths

log = logging.getLogger(__name__)

FONT_FILES = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
ARABIC_FAMILY = "Noto Sans Arabic"

_loaded: list[str] = []


def load_bundled_fonts() -> list[str]:
    """Register the bundled fonts with Qt (once); returns their family names."""
    if _loaded:
        return _loaded
    for name in FONT_FILES:
        path = paths.resource("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the bundled font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _loaded:
                _loaded.append(family)
    return _loaded


def apply_app_font(app: QApplication) -> QFont:
    """Make Arabic text use the bundled font and other scripts the system's UI font.

    Qt picks, per run of text, the first family in the list that covers its script: the
    Arabic font has no Latin letters, so Latin runs fall through to the system family."""
    families = load_bundled_fonts()
    font = QFont(app.font())
    system = font.family()
    if ARABIC_FAMILY in families:
        font.setFamilies([ARABIC_FAMILY, system])
    app.setFont(font)
    return font
