"""Starting the desktop app: `casualtydb gui` calls `run(db, lang)`; `main()` is the
casualtydb-gui entry point and main.py.

First run: with no --db, no $CASUALTYDB_DB and no default set in the settings, the database
lives in the user's data folder; when it does not exist yet it is created and the demo data
is loaded, so the first thing a new user sees is a working example. The first-start screen
(first_start.py) comes before it: the language (the system's, offered to change), a passphrase
to encrypt the new database with (the user may leave it unencrypted for trying the app, and is
told plainly what that means), and the demo data or an empty database (the demo chosen already).
An encrypted database asks for its passphrase at every start.

$CASUALTYDB_SHOT=FILE.png (the bundle's test, docs): once the app is idle, its first window (the
first-start screen, or the main window) is saved as a picture to FILE.png and the app quits."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget

from .. import passphrase as passphrases
from .. import paths, sqlite_specific
from ..db import ENV_VAR, Database, default_path, open_database, resolve_url
from ..demo import load_demo
from ..errors import CasualtyDBError
from .errors import install_excepthook
from .fonts import apply_app_font
from .first_start import NewDatabase, ask_first_start
from .format import fill
from .i18n import install_language, resolve_language
from .main_window import MainWindow
from .ops import running_ops, wait_for_ops
from .passphrase_dialog import ask_passphrase
from .settings import APPLICATION, ORGANIZATION, Settings


class StartCancelled(CasualtyDBError):
    """The user closed the passphrase dialog at start: nothing to open, nothing changed."""

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


AskExisting = Callable[[Path], "str | None"]
AskNew = Callable[[Path], "NewDatabase | None"]
SHOT_ENV = "CASUALTYDB_SHOT"


def open_start_database(db: str | None, settings_default: str = "", *, ask: AskExisting | None = None,
                        ask_new: AskNew | None = None) -> Database:
    """Open the start database. `ask` gets an encrypted file's passphrase (None: cancelled);
    `ask_new`, on the first run, the person's choices for the new database (None: cancelled):
    its passphrase (None: leave it unencrypted) and whether to load the demo (without `ask_new`
    it is loaded). $CASUALTYDB_PASSPHRASE_FILE, when set, is used first."""
    target, first_run = choose_database(db, settings_default)
    url = resolve_url(target)
    path = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
    secret = passphrases.supplied()
    encrypt_new = False
    demo = first_run
    if path is not None and secret is None:
        if sqlite_specific.is_encrypted_file(path) and ask is not None:
            secret = ask(path)
            if secret is None:
                raise StartCancelled("no passphrase given; nothing was opened")
        elif first_run and ask_new is not None:
            choice = ask_new(path)
            if choice is None:
                raise StartCancelled("no database was created")
            secret, demo = choice.passphrase, choice.demo
            encrypt_new = secret is not None
    elif secret is not None and path is not None and not path.exists():
        encrypt_new = True
    database = open_database(target, passphrase=secret, encrypt_new=encrypt_new)
    if demo:
        load_demo(database)
    return database


def shoot_when_idle(app: QApplication, out: str, started: float) -> QTimer:
    """$CASUALTYDB_SHOT: save the first window shown as a picture once nothing has run for a few
    ticks (its reads are off the UI thread), then close it and so end the app."""
    timer = QTimer(app)
    idle = [0]

    def tick() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if w.isVisible() and isinstance(w, (QDialog, QMainWindow))]
        idle[0] = idle[0] + 1 if shown and not running_ops() else 0
        if idle[0] < 4:
            return
        timer.stop()
        window: QWidget = shown[0]
        window.grab().save(out)
        print(f"{type(window).__name__} «{window.windowTitle()}» idle {time.monotonic() - started:.2f} s after "
              f"run() began: {out}", flush=True)
        if isinstance(window, QDialog):
            window.reject()
        else:
            app.quit()

    timer.timeout.connect(tick)
    timer.start(150)
    return timer


# How often a thread holding Python's GIL is asked to let another run. Workers (ops) do long
# Python work; at the default 5 ms the UI thread waits up to that long every time it needs the
# GIL, several times per event, and a repaint is late by hundreds of ms. 1 ms keeps it in step
# (measured in benchmarks/gui_watchdog.py; the workers lose a few per cent).
SWITCH_INTERVAL_S = 0.001


def create_app(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("casualtydb")
    app.setWindowIcon(QIcon(str(paths.resource("icons", "casualtydb.png"))))
    return app


def build_window(database: Database, lang: str | None = None, settings: Settings | None = None) -> MainWindow:
    """The app object set up (fonts, language) and a main window on `database` (not shown)."""
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
    """Open the database (creating it on first run, with the demo data if the person keeps that
    choice) and show the window."""
    started = time.monotonic()
    app = create_app()
    settings = Settings()
    shot = os.environ.get(SHOT_ENV)
    if shot:
        app._casualtydb_shot = shoot_when_idle(app, shot, started)  # type: ignore[attr-defined]
    # The passphrase and first-start dialogs come before the window: in the user's language already.
    apply_app_font(app)
    lang = install_language(app, resolve_language(lang, settings.language))

    def ask(path: Path) -> str | None:
        return ask_passphrase(None, str(path), check=lambda secret: sqlite_specific.check_key(path, secret))

    def ask_new(path: Path) -> NewDatabase | None:
        nonlocal lang
        offered = lang
        choice = ask_first_start(path, lang, lambda code: install_language(app, code))
        if choice is not None and choice.language != offered:
            lang = settings.language = choice.language  # kept for the next start
        return choice

    try:
        database = open_start_database(db, settings.default_database, ask=ask, ask_new=ask_new)
    except StartCancelled:
        return 0
    except CasualtyDBError as exc:
        if app.platformName() in ("offscreen", "minimal"):
            raise
        # Shown in a window too: started from a desktop icon, nobody reads stderr.
        QMessageBox.critical(None, "casualtydb", fill(QCoreApplication.translate(
            "App", "The database cannot be opened:\n%1"), str(exc)))
        raise
    window = build_window(database, lang, settings)
    window.show()
    code = app.exec()
    wait_for_ops(5)
    window.context.database.dispose()
    return int(code)


def main() -> None:
    """Entry point of main.py and casualtydb-gui: `[--db DB] [--lang ar|en]`."""
    parser = argparse.ArgumentParser(prog="casualtydb-gui", description="casualtydb desktop app")
    parser.add_argument("--db", help="database file or SQLAlchemy URL")
    parser.add_argument("--lang", choices=["ar", "en"], help="interface language")
    args, _qt_args = parser.parse_known_args()
    try:
        sys.exit(run(args.db, args.lang))
    except CasualtyDBError as exc:
        print(f"casualtydb: error: {exc}", file=sys.stderr)
        sys.exit(2)
