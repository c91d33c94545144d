"""Languages: one start-up function installs Qt's own translations and ours, the default
locale (numbers and dates) and the layout direction. No per-window translators.

Translations are Qt Linguist files: resources/i18n/casualtydb_<lang>.ts (sources, edited with
pyside6-linguist or by hand) compiled to .qm by scripts/update_translations.sh; the .qm files are
committed so a fresh checkout runs without a build step."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from .. import paths

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"ar": "العربية", "en": "English"}
RTL_LANGS = frozenset({"ar"})
LOCALES: dict[str, QLocale] = {}
PSEUDO_ENV = "CASUALTYDB_PSEUDO_L10N"


def locale_for(lang: str) -> QLocale:
    if lang not in LOCALES:
        LOCALES[lang] = (QLocale(QLocale.Language.Arabic, QLocale.Country.Syria) if lang == "ar"
                         else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return LOCALES[lang]


def system_language() -> str:
    """The system's language if we have it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve_language(requested: str | None, setting: str | None) -> str:
    """The command line wins, then the setting, then the system."""
    for lang in (requested, setting):
        if lang in LANGUAGES:
            return lang
    return system_language()


def qm_path(lang: str) -> str:
    return str(paths.resource("i18n", f"casualtydb_{lang}.qm"))


class PseudoTranslator(QTranslator):
    """CASUALTYDB_PSEUDO_L10N=1: every string stretched by a third and bracketed, to find
    clipped labels and strings that are not translatable (they stay unbracketed)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source:
            return source
        return "[" + source + "~" * max(2, len(source) // 3) + "]"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def install_language(app: QApplication, lang: str) -> str:
    """Switch the whole app to `lang` ("ar" or "en"); returns the language installed.

    Installs qtbase_<lang> (Qt's own dialogs and buttons) then our translator, sets the
    default QLocale (how numbers and dates are written) and the layout direction (Arabic is
    right-to-left everywhere). Widgets retranslate on QEvent.LanguageChange."""
    if lang not in LANGUAGES:
        lang = "en"
    for old in getattr(app, "_casualtydb_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if lang != "en" and qtbase.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qtbase)
        installed.append(qtbase)
    ours = QTranslator(app)
    if ours.load(qm_path(lang)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation file for %s at %s", lang, qm_path(lang))
    if os.environ.get(PSEUDO_ENV):
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        installed.append(pseudo)
    app._casualtydb_translators = installed  # type: ignore[attr-defined]
    app._casualtydb_lang = lang  # type: ignore[attr-defined]
    QLocale.setDefault(locale_for(lang))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang in RTL_LANGS
                           else Qt.LayoutDirection.LeftToRight)
    return lang


def current_language() -> str:
    app = QCoreApplication.instance()
    return getattr(app, "_casualtydb_lang", "en") if app is not None else "en"
