"""Editing a report: its source (required), title, date, language, address, full text, what
it relays, and the evidence files attached to it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from ...queries.sources import source_choices
from ..widgets.attachments_panel import AttachmentsPanel
from ..widgets.date_edit import DateEdit
from .base import RecordDialog, combo, text_area


class ReportDialog(RecordDialog):
    kind = "report"

    def build(self) -> None:
        self.setWindowTitle(self.tr("Report") if self.record_id else self.tr("New report"))
        with self.context.database.session() as s:
            sources = [(name, sid) for sid, name in source_choices(s, lang=self.context.lang)]
        self.add_field("source_id", self.tr("&Source"), combo(self, sources, self.tr("— choose the source —")),
                       help_text=self.tr("Who published the report. Every report needs one; add missing sources "
                                         "on the Sources page."))
        self.add_field("title", self.tr("&Title"), QLineEdit(self))
        self.add_field("author", self.tr("&Author"), QLineEdit(self))
        self.add_field("published_date", self.tr("&Published"), DateEdit(self))
        self.add_field("language", self.tr("&Language"),
                       combo(self, [(self.tr("Arabic"), "ar"), (self.tr("English"), "en")], self.tr("other")))
        self.add_field("url", self.tr("&Web address"), QLineEdit(self), arabic=False)
        self.add_field("relays_source_id", self.tr("&Relays"), combo(self, sources, self.tr("— nothing —")),
                       help_text=self.tr("The source this report repeats, if it only relays another: a relay is not "
                                         "independent corroboration."))
        self.add_field("text", self.tr("Full te&xt"), text_area(self, 8))
        self.add_field("notes", self.tr("N&otes"), text_area(self, 3))
        # Attached at once (their own transaction), not with Save: a file dropped here is kept.
        self.attachments = AttachmentsPanel(self.context, self.record_id, self)
        label = QLabel(self.tr("E&vidence"), self)
        label.setBuddy(self.attachments.list)
        self.form.addRow(label, self.attachments)

    def done(self, result: int) -> None:
        self.attachments.remove_copies()  # the temporary copies opened for viewing
        super().done(result)
