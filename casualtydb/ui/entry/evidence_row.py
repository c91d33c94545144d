"""The entry page's evidence files: dropped on the text or the page (or added with the button),
listed by name until the report is saved, then attached with their SHA-256 in the same
transaction (services.report_entry). The draft keeps their paths, so a crash loses none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from ..format import fill, isolate, join


class EvidenceRow(QWidget):
    sig_changed = Signal()
    """The list of files changed (the page keeps it in its draft)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entry_evidence")
        self.files: list[str] = []
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("entry_evidence_label")
        self.label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add e&vidence…"), self)
        self.add_button.clicked.connect(self.choose)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.clicked.connect(lambda: self.set_files([]))
        lay.addWidget(self.label, 1)
        lay.addWidget(self.add_button)
        lay.addWidget(self.clear_button)
        self._show()

    def choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Evidence to attach"), str(Path.home()))
        self.add(paths)

    def add(self, paths: list[str]) -> None:
        new = [str(Path(p)) for p in paths if str(Path(p)) not in self.files]
        if new:
            self.set_files(self.files + new)

    def set_files(self, files: list[str]) -> None:
        changed = files != self.files
        self.files = list(files)
        self._show()
        if changed:
            self.sig_changed.emit()

    def _show(self) -> None:
        self.clear_button.setVisible(bool(self.files))
        if not self.files:
            self.label.setText(self.tr("Evidence: drop screenshots or saved pages on the text to attach them "
                                       "when the report is saved."))
        else:
            self.label.setText(fill(self.tr("Evidence to attach on save: %1"),
                                    join([isolate(Path(f).name) for f in self.files])))
