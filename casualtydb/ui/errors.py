"""How failures reach the user: one `show_error(parent, exc)`, and an excepthook that logs
unexpected errors and shows them instead of letting the app die silently."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import CasualtyDBError, DatabaseBusyError, StaleEditError, ValidationError
from .format import fill
from .labels import field_label, validation_message

log = logging.getLogger(__name__)


def describe(exc: BaseException) -> str:
    """The user-facing text of an error, in the interface language where we have it."""
    if isinstance(exc, ValidationError):
        text = validation_message(exc)
        if exc.field:
            return fill(QCoreApplication.translate("Errors", "%1: %2"), field_label(exc.field), text)
        return text
    if isinstance(exc, DatabaseBusyError):
        return QCoreApplication.translate(
            "Errors", "The database stayed busy with another person's save, so nothing was changed. "
                      "Try again in a moment.")
    if isinstance(exc, StaleEditError):
        return QCoreApplication.translate(
            "Errors", "Someone else changed this record since you opened it. Reopen it to see their changes.")
    if isinstance(exc, CasualtyDBError):
        return str(exc)
    return fill(QCoreApplication.translate("Errors", "Unexpected error: %1"), f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Errors", "casualtydb"),
                      describe(exc), QMessageBox.StandardButton.Ok, parent)
    if not isinstance(exc, CasualtyDBError):
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()


def install_excepthook() -> None:
    """Unexpected exceptions in slots are logged and shown, and the app keeps running."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if isinstance(exc, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        try:
            show_error(None, exc)
        except Exception:  # the error dialog itself failed: the log above has the details
            sys.__excepthook__(kind, exc, tb)

    sys.excepthook = hook
