"""The warning shown when the report about to be saved is already stored (the same source, and
the same text or web address): open the stored one, save a second copy, or go back to the form
(the default). Its strings keep the translation context "EntryPage"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class StoredReportBox(QMessageBox):
    """`open_button` and `save_button` are the two choices besides Cancel."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Warning, QCoreApplication.translate("EntryPage", "Report already stored"),
                         text, QMessageBox.StandardButton.NoButton, parent)
        self.setObjectName("stored_report_box")
        self.open_button = self.addButton(QCoreApplication.translate("EntryPage", "&Open the stored report"),
                                          QMessageBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("open_stored_report")
        self.save_button = self.addButton(QCoreApplication.translate("EntryPage", "&Save a second copy"),
                                          QMessageBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save_second_copy")
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)
