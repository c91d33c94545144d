"""File › Verify history: `casualtydb.verify` in the background, then its result: the head to
write down (or compare with an export's About sheet), or every break, one per line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..verify import Break, Note, VerifyResult, verify
from .context import AppContext
from .errors import show_error
from .format import fill, isolate, number
from .labels import field_label, table_label
from .ops import run_op


class MainWindow(Protocol):
    """What verify_history uses of ui.main_window.MainWindow (a QMainWindow, the dialog's parent).
    A protocol, not an import: main_window imports this module."""

    context: AppContext
    verify_dialog: QDialog | None  # set here: the dialog last shown (tests read it)


DETAILS: dict[str, Callable[[dict[str, str]], str]] = {
    "unchained": lambda p: fill(QCoreApplication.translate(
        "VerifyDialog", "audit entry %1 has no place in any chain (inserted outside the app)"), p["entry"]),
    "chain_short": lambda p: fill(QCoreApplication.translate(
        "VerifyDialog", "this database's chain ends at %1, its head says %2"), p["step"], p["head"]),
    "head_behind": lambda p: fill(QCoreApplication.translate(
        "VerifyDialog", "entries go on to %1 after the head %2 (head changed, or entries added outside the app)"),
        p["step"], p["head"]),
    "head_differs": lambda p: fill(QCoreApplication.translate(
        "VerifyDialog", "no entry %1 has the head's hash %2…"), p["head"], p["hash"]),
    "entries_gone": lambda p: fill(QCoreApplication.translate(
        "VerifyDialog", "entries %1–%2 of this database's chain are gone (deleted outside the app)"),
        p["first"], p["last"]),
    "log_empty": lambda p: fill(QCoreApplication.translate(
        "VerifyDialog", "the head says %1 entries, the log has none"), p["head"]),
    "chain_forks": lambda p: fill(QCoreApplication.translate(
        "VerifyDialog", "two entries are number %1 of this database's chain: one was added outside the app (or a "
                        "copy of this file was used elsewhere and merged back)"), p["seq"]),
    "entry_changed": lambda p: fill(QCoreApplication.translate(
        "VerifyDialog", "audit entry %1 does not match its hash (changed outside the app)"), p["entry"]),
    "link_broken": lambda p: fill(QCoreApplication.translate(
        "VerifyDialog", "audit entry %1 does not follow the entry before it (an entry before it was changed or "
                        "replaced)"), p["entry"]),
    "first_with_previous": lambda p: fill(QCoreApplication.translate(
        "VerifyDialog", "audit entry %1 is first but names a previous entry"), p["entry"]),
    "record_gone": lambda p: QCoreApplication.translate(
        "VerifyDialog", "the record is gone but its history never deleted it (deleted outside the app)"),
    "record_unrecorded": lambda p: QCoreApplication.translate(
        "VerifyDialog", "no audit entry ever made this record (added outside the app)"),
    "record_restored": lambda p: QCoreApplication.translate(
        "VerifyDialog", "the history deleted this record, yet it is here (restored outside the app)"),
    "record_differs": lambda p: fill(QCoreApplication.translate(
        "VerifyDialog", "is %1, its last audit entry says %2 (changed outside the app)"), p["actual"], p["recorded"]),
    "attachment_changed": lambda p: fill(QCoreApplication.translate(
        "VerifyDialog", "the bytes of «%1» no longer match the SHA-256 %2… recorded when it was attached (changed "
                        "outside the app)"), p["name"], p["digest"]),
    "attachment_gone": lambda p: fill(QCoreApplication.translate(
        "VerifyDialog", "the bytes of «%1» (SHA-256 %2…) are gone (deleted outside the app)"), p["name"], p["digest"]),
}


NOTES: dict[str, Callable[[dict[str, str]], str]] = {
    "origin_gap": lambda p: fill(QCoreApplication.translate(
        "VerifyDialog", "another database (%1): its entries %2–%3 are not here (bundles bring pieces of other "
                        "databases' chains)"), p["origin"], p["first"], p["last"]),
    "origin_forks": lambda p: fill(QCoreApplication.translate(
        "VerifyDialog", "another database (%1) forks at %2: a copy of that database was used in two places"),
        p["origin"], p["seq"]),
}


# Parameters that are identifiers (kept as written), not quantities.
_IDS = {"entry", "origin", "hash", "digest", "name"}


def _shown(params: dict[str, Any]) -> dict[str, str]:
    """Counts and plain whole-number values in the interface's digits; the rest isolated as is."""
    def one(key: str, value: Any) -> str:
        text = str(value)
        if key not in _IDS and (isinstance(value, int) or text.lstrip("-").isdecimal()):
            return isolate(number(int(text)))
        return isolate(text)

    return {k: one(k, v) for k, v in params.items()}


def note_text(note: Note) -> str:
    return NOTES[note.code](_shown(note.params))


def break_text(b: Break) -> str:
    """One break in the interface language: where (table, record, field), what, and the last
    entry that still holds. Numbers in the interface's digits; ids and hashes isolated."""
    params = _shown(b.params)
    where = table_label(b.table)
    if b.record:
        where = fill(QCoreApplication.translate("VerifyDialog", "%1 %2"), where, isolate(b.record))
    if b.field:
        where = fill(QCoreApplication.translate("VerifyDialog", "%1, field “%2”"), where,
                     field_label(b.field) if b.field != "bytes" else QCoreApplication.translate("VerifyDialog",
                                                                                                "file contents"))
    text = fill(QCoreApplication.translate("VerifyDialog", "%1: %2"), where, DETAILS[b.code](params))
    if b.last_good:
        text = fill(QCoreApplication.translate("VerifyDialog", "%1; last entry that holds: %2"), text,
                    isolate(b.last_good))
    return text


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
                for origin, count in result.origins.items()] + [note_text(n) for n in result.notes]
        else:
            self.heading.setText(self.tr(
                "<b>The history does not hold: %n change(s) were made outside the app.</b> Each line names the "
                "table, the record, the field and the last entry that still holds.", "", len(result.breaks)))
            self.heading.setStyleSheet("color: #a40000;")
            lines = [break_text(b) for b in result.breaks] + [note_text(n) for n in result.notes]
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
