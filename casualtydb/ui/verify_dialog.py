"""File › Verify history: `casualtydb.verify` in the background, then its result: the head to
write down (or compare with an export's About sheet), or every break, one per line."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..verify import VerifyResult, verify
from .context import AppContext
from .errors import show_error
from .format import fill, isolate, number
from .ops import run_op


class MainWindow(Protocol):
    """What verify_history uses of ui.main_window.MainWindow (a QMainWindow, the dialog's parent).
    A protocol, not an import: main_window imports this module."""

    context: AppContext
    verify_dialog: QDialog | None  # set here: the dialog last shown (tests read it)


class VerifyDialog(QDialog):
    def __init__(self, result: VerifyResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verify_dialog")
        self.setWindowTitle(self.tr("Verify history"))
        self.setMinimumSize(720, 360)
        lay = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("verify_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.heading)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("verify_details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        lay.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.show_result(result)

    def show_result(self, result: VerifyResult) -> None:
        if result.ok:
            self.heading.setText(fill(self.tr(
                "<b>The history is intact.</b> %1 audit entries: every one matches its hash and follows the one "
                "before it, and every record is what its history says. Head of the history (write it down, or "
                "compare it with an export's About sheet):"), number(result.entries)))
            lines = [result.head_hash] + [""] + [
                fill(self.tr("%1: %2 entries"), isolate(origin), number(count))
                for origin, count in result.origins.items()] + result.notes
        else:
            self.heading.setText(self.tr(
                "<b>The history does not hold: %n change(s) were made outside the app.</b> Each line names the "
                "table, the record, the field and the last entry that still holds.", "", len(result.breaks)))
            self.heading.setStyleSheet("color: #a40000;")
            lines = [b.line() for b in result.breaks] + result.notes
        self.details.setPlainText("\n".join(lines))


def verify_history(window: MainWindow) -> None:
    database = window.context.database

    def op(ctx: Any) -> VerifyResult:
        return verify(database, progress=lambda stage, done, total: ctx.progress(done, total or None))

    def done(result: VerifyResult) -> None:
        dialog = VerifyDialog(result, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        window.verify_dialog = dialog

    run_op(window, database, op, done, lambda exc: show_error(window, exc),
           progress=QCoreApplication.translate("VerifyDialog", "Checking the history…"))
