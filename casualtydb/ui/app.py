"""Starting the desktop app: `casualtydb gui` calls `run(db, lang)`; `main()` is the
casualtydb-gui entry point and main.py.

First run: with no --db, no $CASUALTYDB_DB and no default set in the settings, the database
lives in the user's data folder; when it does not exist yet it is created and the demo data
is loaded, so the first thing a new user sees is a working example."""

from __future__ import annotations

import logging
import os
import sys

from ..db import ENV_VAR, Database, default_path, open_database
from ..errors import CasualtyDBError

log = logging.getLogger(__name__)


def choose_database(db: str | None, settings_default: str) -> tuple[str | None, bool]:
    """Which database to open, and whether it is a first run that gets the demo data."""
    if db:
        return db, False
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR], False
    if settings_default:
        return settings_default, False
    return None, not default_path().exists()


def open_start_database(db: str | None, settings_default: str = "") -> Database:
    target, first_run = choose_database(db, settings_default)
    database = open_database(target)
    if first_run:
        from ..demo import load_demo  # noqa: PLC0415

        load_demo(database)
    return database


def create_app(argv: list[str] | None = None):  # noqa: ANN201 (QApplication, imported lazily)
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from .settings import APPLICATION, ORGANIZATION

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("casualtydb")
    return app


def build_window(database: Database, lang: str | None = None, settings=None):  # noqa: ANN001, ANN201
    """The app object set up (fonts, language) and a main window on `database` (not shown)."""
    from .errors import install_excepthook
    from .fonts import apply_app_font
    from .i18n import install_language, resolve_language
    from .main_window import MainWindow
    from .settings import Settings

    app = create_app()
    settings = settings or Settings()
    apply_app_font(app)
    lang = install_language(app, resolve_language(lang, settings.language))
    install_excepthook()
    window = MainWindow(database, settings, lang)
    if database.path is not None:
        settings.add_recent(str(database.path))
    return window


def run(db: str | None = None, lang: str | None = None) -> int:
    """Open the database (creating it with the demo data on first run) and show the window."""
    from PySide6.QtCore import QCoreApplication

    from .settings import Settings

    app = create_app()
    settings = Settings()
    try:
        database = open_start_database(db, settings.default_database)
    except CasualtyDBError as exc:
        if app.platformName() in ("offscreen", "minimal"):
            raise
        # Shown in a window too: started from a desktop icon, nobody reads stderr.
        from PySide6.QtWidgets import QMessageBox

        from .fonts import apply_app_font
        from .i18n import install_language, resolve_language

        apply_app_font(app)
        install_language(app, resolve_language(lang, settings.language))
        QMessageBox.critical(None, "casualtydb", QCoreApplication.translate(
            "App", "The database cannot be opened:\n%1").replace("%1", str(exc)))
        raise
    window = build_window(database, lang, settings)
    window.show()
    code = app.exec()
    from .ops import wait_for_ops

    wait_for_ops(5)
    window.context.database.dispose()
    return int(code)


def main() -> None:
    """Entry point of main.py and casualtydb-gui: `[--db DB] [--lang ar|en]`."""
    import argparse

    parser = argparse.ArgumentParser(prog="casualtydb-gui", description="casualtydb desktop app")
    parser.add_argument("--db", help="database file or SQLAlchemy URL")
    parser.add_argument("--lang", choices=["ar", "en"], help="interface language")
    args, _qt_args = parser.parse_known_args()
    try:
        sys.exit(run(args.db, args.lang))
    except CasualtyDBError as exc:
        print(f"casualtydb: error: {exc}", file=sys.stderr)
        sys.exit(2)
