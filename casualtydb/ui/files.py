"""File menu work: new, open, recent and backed-up databases. Opening runs in a worker (a
database may need a backup and a schema upgrade first)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar

from .. import sqlite_specific
from ..db import Database, open_database, resolve_url
from .context import AppContext
from .errors import show_error
from .format import fill
from .ops import run_op
from .passphrase_dialog import ask_new_passphrase, ask_passphrase


class MainWindow(Protocol):
    """What these functions use of ui.main_window.MainWindow (a QMainWindow, also the dialogs'
    parent). A protocol, not an import: main_window imports this module."""

    context: AppContext

    def set_database(self, database: Database) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802

FILTER = "casualtydb (*.db *.sqlite *.sqlite3);;* (*)"


def _start_dir(window: MainWindow) -> str:
    path = window.context.database.path
    return str(path.parent) if path else str(Path.home())


def new_database(window: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("Files", "New database"),
                                          str(Path(_start_dir(window)) / "casualtydb.db"), FILTER)
    if not path:
        return
    if Path(path).exists():
        QMessageBox.warning(window, QCoreApplication.translate("Files", "New database"),
                            QCoreApplication.translate("Files", "A file with this name exists already; choose "
                                                                "another name, or open it with Open database."))
        return
    chosen, secret = ask_new_passphrase(window, path, allow_plain=True)
    if chosen:
        switch_database(window, path, passphrase=secret, encrypt_new=secret is not None)


def open_database_dialog(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("Files", "Open database"),
                                          _start_dir(window), FILTER)
    if path:
        switch_database(window, path)


def switch_database(window: MainWindow, target: str, *, passphrase: str | None = None,
                    encrypt_new: bool = False) -> None:
    """Open `target` (a file or URL) in a worker, then show it in the window. An encrypted file
    asks for its passphrase first (checked in the dialog)."""
    url = resolve_url(target)
    path = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
    if passphrase is None and path is not None and sqlite_specific.is_encrypted_file(path):
        passphrase = ask_passphrase(window, str(path), check=lambda secret: sqlite_specific.check_key(path, secret))
        if passphrase is None:
            return

    # The worker gets its own Session of the *current* database from run_op, which it does not
    # need: opening the other database is the work.
    def op(ctx: Any) -> Database:
        return open_database(target, passphrase=passphrase, encrypt_new=encrypt_new)

    def done(database: Database) -> None:
        window.set_database(database)
        window.statusBar().showMessage(fill(QCoreApplication.translate("Files", "Opened %1"), database.describe()),
                                       8000)
        if database.backup_path:
            window.statusBar().showMessage(fill(QCoreApplication.translate(
                "Files", "Upgraded %1; the previous version was saved as %2"), database.describe(),
                str(database.backup_path)), 15000)

    run_op(window, window.context.database, op, done, lambda exc: show_error(window, exc),
           progress=QCoreApplication.translate("Files", "Opening the database…"))


def backup_now(window: MainWindow) -> None:
    database = window.context.database

    def op(ctx: Any) -> Path:
        return database.backup_now()

    def done(path: Path) -> None:
        window.statusBar().showMessage(fill(QCoreApplication.translate("Files", "Backed up to %1"), str(path)),
                                       15000)

    run_op(window, database, op, done, lambda exc: show_error(window, exc),
           progress=QCoreApplication.translate("Files", "Backing up…"))
