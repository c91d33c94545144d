"""The report's own fields at the top of the entry page: the source (picked or created on the
spot), title, author, publication date, web address and language. Their labels keep the
translation context "EntryPage", where they were written first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from ..widgets.date_edit import DateEdit
from .source_picker import Lookup, SourcePicker


class ReportFields(QWidget):
    """A grid of labelled fields; the page reads and fills them (`source`, `title`, `author`,
    `published`, `url`, `language`: the language combo's data is "ar", "en" or None)."""

    def __init__(self, lookup_sources: Lookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        self.source_label = QLabel(self)
        self.source = SourcePicker(lookup_sources, self)
        self.source.setObjectName("source_picker")
        self.source_label.setBuddy(self.source.edit)
        grid.addWidget(self.source_label, 0, 0)
        grid.addWidget(self.source, 0, 1, 1, 5)
        self.title_label, self.title = QLabel(self), QLineEdit(self)
        self.title.setObjectName("report_title")
        self.author_label, self.author = QLabel(self), QLineEdit(self)
        self.author.setObjectName("report_author")
        self.published_label, self.published = QLabel(self), DateEdit(self)
        self.published.setObjectName("report_published")
        self.url_label, self.url = QLabel(self), QLineEdit(self)
        self.url.setObjectName("report_url")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.language_label, self.language = QLabel(self), QComboBox(self)
        self.language.setObjectName("report_language")
        for label, w in ((self.title_label, self.title), (self.author_label, self.author),
                         (self.published_label, self.published), (self.url_label, self.url),
                         (self.language_label, self.language)):
            label.setBuddy(w)
        grid.addWidget(self.title_label, 1, 0)
        grid.addWidget(self.title, 1, 1, 1, 3)
        grid.addWidget(self.author_label, 1, 4)
        grid.addWidget(self.author, 1, 5)
        grid.addWidget(self.published_label, 2, 0)
        grid.addWidget(self.published, 2, 1)
        grid.addWidget(self.url_label, 2, 2)
        grid.addWidget(self.url, 2, 3)
        grid.addWidget(self.language_label, 2, 4)
        grid.addWidget(self.language, 2, 5)
        grid.setColumnStretch(3, 3)
        grid.setColumnStretch(5, 1)
        for a, b in ((self.source.edit, self.source.kind), (self.source.kind, self.source.reliability),
                     (self.source.reliability, self.title), (self.title, self.author),
                     (self.author, self.published), (self.published, self.url), (self.url, self.language)):
            QWidget.setTabOrder(a, b)

    def retranslate(self) -> None:
        self.source_label.setText(QCoreApplication.translate("EntryPage", "&Source:"))
        self.title_label.setText(QCoreApplication.translate("EntryPage", "&Title:"))
        self.author_label.setText(QCoreApplication.translate("EntryPage", "A&uthor:"))
        self.published_label.setText(QCoreApplication.translate("EntryPage", "&Published:"))
        self.url_label.setText(QCoreApplication.translate("EntryPage", "&Web address:"))
        self.language_label.setText(QCoreApplication.translate("EntryPage", "&Language:"))
        current = self.language.currentData()
        self.language.clear()
        self.language.addItem(QCoreApplication.translate("EntryPage", "Arabic"), "ar")
        self.language.addItem(QCoreApplication.translate("EntryPage", "English"), "en")
        self.language.addItem(QCoreApplication.translate("EntryPage", "other"), None)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
