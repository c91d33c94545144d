"""File › Merge another database…: choose a casualtydb file or bundle, see what merging it would
do (a dry run in the background), then merge it in one transaction with progress and cancel.

The work is `casualtydb.sync.merge.merge_into` run through `run_op`; this module only shows it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..changes import Changes
from ..errors import CasualtyDBError
from ..sync import signing
from ..sync.bundle import UnsignedBundle
from ..sync.merge import MergeSummary, merge_into
from ..sync.other import NeedsPassphrase, open_other
from .context import AppContext
from .format import fill, isolate, number
from .labels import table_label
from .ops import Cancelled
from .passphrase_dialog import ask_passphrase

FILTER_TEXT = "casualtydb (*.db *.cdbx *.sqlite *.sqlite3)"


def merge_op(path: str, stage_texts: dict[str, str], *, dry_run: bool, passphrases: tuple[str | None, ...] = (),
             accept_unsigned: bool = False) -> Any:
    """The background work: open `path` read-only, merge it into the op's session. No widgets."""

    def op(ctx: Any) -> tuple[MergeSummary, str | None]:
        def progress(stage: str, done: int, total: int) -> None:
            ctx.check_cancelled()
            ctx.progress(done, total, stage_texts.get(stage, stage))

        own_key = signing.load(ctx.session.connection())
        with open_other(path, passphrases=passphrases, explicit=len(passphrases) > 1, own_key=own_key,
                        accept_unsigned=accept_unsigned) as other:
            summary = merge_into(other, session=ctx.session, progress=progress, dry_run=dry_run)
            if not dry_run:  # bulk copies with Core: anything may have changed
                ctx.changes.update(Changes.everything())
            summary.signer = other.signer if other.is_bundle else None
            return summary, other.upgraded_from

    return op


class MergeDialog(QDialog):
    """Shows the dry run's summary, then merges on request and shows what was done."""

    sig_merged = Signal(object)
    """The MergeSummary of a merge that was committed."""
    sig_show_conflicts = Signal()
    """The user asked to see the merge conflicts and proposed matches."""

    def __init__(self, context: AppContext, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path = path
        self.summary: MergeSummary | None = None
        self.merged = False
        # This database's own passphrase first (a team often shares one), then one typed here.
        self.passphrases: tuple[str | None, ...] = (context.database.passphrase,)
        self.accept_unsigned = False  # set only after the user says so for this bundle
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge another database"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("merge_heading")
        self.heading.setWordWrap(True)
        self.heading.setText(fill(self.tr("Bring the records of %1 into %2."), f"<b>{isolate(Path(path).name)}</b>",
                                  f"<b>{isolate(context.database.describe())}</b>"))
        lay.addWidget(self.heading)
        self.status = QLabel(self.tr("Checking what the merge would change…"), self)
        self.status.setObjectName("merge_status")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("merge_summary")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Records")])
        self.tree.setRootIsDecorated(True)
        self.tree.setMinimumHeight(220)
        lay.addWidget(self.tree, 1)
        self.note = QLabel(self.tr("Nothing is overwritten: where both databases changed a record, both versions "
                                   "are kept and listed under Merge conflicts. The other file is not changed."), self)
        self.note.setWordWrap(True)
        self.note.setObjectName("merge_note")
        lay.addWidget(self.note)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setObjectName("merge_button")
        self.merge_button.setEnabled(False)
        self.merge_button.setDefault(True)
        self.show_button = QPushButton(self.tr("Show merge &conflicts"), self)
        self.show_button.setObjectName("show_conflicts_button")
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.setVisible(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("close_button")
        self.merge_button.clicked.connect(self.on_merge_button_clicked)
        self.show_button.clicked.connect(self.on_show_button_clicked)
        self.close_button.clicked.connect(self.reject)
        lay.addWidget(self.buttons)

    def stage_texts(self) -> dict[str, str]:
        return {"records": self.tr("Comparing and merging records…"), "deletions": self.tr("Applying deletions…"),
                "audit log": self.tr("Copying the audit log…"), "matches": self.tr("Looking for records entered twice…")}

    def start(self) -> None:
        """Run the dry run in the background (the dialog shows the result when it is done)."""
        self.context.run_op(self, merge_op(self.path, self.stage_texts(), dry_run=True, passphrases=self.passphrases,
                                                  accept_unsigned=self.accept_unsigned),
                            self.on_dry_run_done, self.on_failed)

    # -- results --------------------------------------------------------------------------------

    def on_dry_run_done(self, result: tuple[MergeSummary, str | None]) -> None:
        summary, upgraded_from = result
        self.summary = summary
        self.fill(summary)
        data = summary.to_dict()
        if not any(data["totals"].values()) and not data["audit_entries"] and not data["same_records"]:
            self.status.setText(fill(self.tr("This database already has everything in %1: there is nothing to merge."),
                                     isolate(Path(self.path).name)))
            self.close_button.setText(self.tr("Close"))
            return
        text = self.tr("A merge would make these changes (nothing has been written yet).")
        signer = summary.signer
        if signer:
            text += " " + fill(self.tr("The bundle is signed by the key %1."), isolate(signer))
        elif self.accept_unsigned:
            text += " " + self.tr("The bundle is not signed (accepted).")
        if upgraded_from:
            text += " " + self.tr("The other file was made by an older casualtydb; it is read through an "
                                  "upgraded copy and stays as it is.")
        self.status.setText(text)
        self.merge_button.setEnabled(True)
        self.merge_button.setFocus()

    def on_merge_button_clicked(self) -> None:
        self.merge_button.setEnabled(False)
        self.status.setText(self.tr("Merging…"))
        self.context.run_op(self, merge_op(self.path, self.stage_texts(), dry_run=False, passphrases=self.passphrases,
                                     accept_unsigned=self.accept_unsigned),
                            self.on_merged,
                            self.on_failed, write=True,
                            progress=fill(self.tr("Merging %1…"), isolate(Path(self.path).name)),
                            context=f"merge-db {self.path}")

    def on_merged(self, result: tuple[MergeSummary, str | None]) -> None:
        summary, _ = result
        self.summary = summary
        self.merged = True
        self.fill(summary)
        data = summary.to_dict()
        totals = data["totals"]
        self.status.setText(fill(self.tr("Merged. Added %1, updated %2, deleted %3 records; %4 conflicts and %5 "
                                         "proposed matches to look at."),
                                 number(totals["added"]), number(totals["updated"]), number(totals["deleted"]),
                                 number(totals["conflicts"]), number(totals["proposed_matches"])))
        self.show_button.setVisible(bool(totals["conflicts"] or totals["proposed_matches"]))
        self.merge_button.setVisible(False)
        self.close_button.setText(self.tr("Close"))
        self.sig_merged.emit(summary)

    def on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled: nothing was written."))
            self.merge_button.setEnabled(self.summary is not None)
            return
        if isinstance(exc, UnsignedBundle) and self.summary is None:
            answer = QMessageBox.warning(
                self, self.tr("Merge another database"),
                fill(self.tr("%1 is not signed, or its signature does not hold: it may not come from whom you "
                             "think, or it was changed on the way. Merge it only if you know where it comes from."),
                     isolate(Path(self.path).name)),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Yes:
                self.accept_unsigned = True
                self.start()
                return
        if isinstance(exc, NeedsPassphrase) and self.summary is None:
            secret = ask_passphrase(self, self.path)
            if secret:
                self.passphrases = (secret, self.context.database.passphrase)
                self.start()
                return
        if isinstance(exc, CasualtyDBError):
            text = str(exc)
        else:
            text = fill(self.tr("The merge failed and nothing was written: %1"), f"{type(exc).__name__}: {exc}")
        self.status.setText(text)
        self.status.setStyleSheet("color: #a40000;")
        self.merge_button.setEnabled(False)
        self.close_button.setText(self.tr("Close"))

    def on_show_button_clicked(self) -> None:
        self.sig_show_conflicts.emit()
        self.accept()

    def fill(self, summary: MergeSummary) -> None:
        data = summary.to_dict()
        self.tree.clear()
        rows = [
            ("added", self.tr("Added")), ("updated", self.tr("Updated")), ("deleted", self.tr("Deleted")),
            ("conflicts", self.tr("Conflicts (both versions kept)")),
            ("kept_deleted", self.tr("Deleted here, left deleted")),
            ("same_records", self.tr("Found to be the same record")),
        ]
        for key, label in rows:
            per = data[key]
            total = sum(per.values())
            if not total and key not in ("added", "updated", "conflicts"):
                continue
            item = QTreeWidgetItem(self.tree, [label, number(total)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for table, count in per.items():
                child = QTreeWidgetItem(item, [table_label(table), number(count)])
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        matches = QTreeWidgetItem(self.tree, [self.tr("Proposed as the same (you decide)"),
                                              number(len(data["proposed_matches"]))])
        matches.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for m in data["proposed_matches"]:
            QTreeWidgetItem(matches, [f"{table_label(m['table'])}: {m['name']}", ""])
        audit = QTreeWidgetItem(self.tree, [self.tr("Audit log entries copied"), number(data["audit_entries"])])
        audit.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if data["duplicate_candidates"] is not None:
            QTreeWidgetItem(self.tree, [self.tr("Incidents that may be duplicates"),
                                        number(data["duplicate_candidates"])])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)


def choose_and_merge(context: AppContext, window: QWidget) -> MergeDialog | None:
    """The File › Merge another database… action."""
    start = str(context.database.path.parent) if context.database.path else str(Path.home())
    path, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("MergeDialog", "Merge another database"), start,
        f"{FILTER_TEXT};;* (*)")
    if not path:
        return None
    dialog = MergeDialog(context, path, window)
    dialog.sig_show_conflicts.connect(lambda: context.bus.sig_show_page.emit("merge_conflicts", None))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.start()
    return dialog
