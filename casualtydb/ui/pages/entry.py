"""New report: pick or create the source, paste the text, see the suggested claims, dates,
places and actors highlighted, correct and confirm the claims, link each to a new or an
already recorded incident, save. Only confirmed claims are saved.

The form is a live `ReportDraft` (casualtydb.services.report_entry): every change is written to
the drafts store shortly after it is made (in a background thread), so a crash or a power cut
loses nothing; the next time the page is built the draft is offered back. Extraction runs in a
worker (a megabyte of text takes seconds); database reads and the save go through `run_op`.

Keyboard: Ctrl+Enter saves, Alt+N adds a claim, Delete removes the selected claims, Space
confirms the current claim (or chooses the highlighted incident), Tab walks the form in order."""

from __future__ import annotations

import copy
import uuid
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...changes import Changes
from ...errors import ValidationError
from ...models import Category, DatePrecision, EventType, VictimGroup
from ...services.drafts import DraftStore
from ...services.report_entry import (
    ClaimDraft,
    NewIncident,
    ReportDraft,
    SaveCheck,
    StoredReport,
    apply_default_links,
    default_links,
)
from ..context import AppContext
from ..editing import ask
from ..errors import describe
from ..format import day, figure_range, fill, is_rtl_text, isolate, join, number, timestamp
from ..labels import choices, enum_label, field_label, validation_message
from ..widgets.date_edit import DateEdit
from ..entry.claims_model import (
    COL_CATEGORY,
    COL_CONFIRM,
    COL_GROUP,
    COL_INCIDENT,
    COL_MAX,
    COL_MIN,
    COL_WORDS,
    ClaimsTableModel,
)
from ..entry.evidence_row import EvidenceRow
from ..entry.values import as_date, as_int, as_uuid
from ..entry.delegates import ChoiceDelegate, NumberDelegate
from ..entry.draft_banner import DraftBanner, DraftWriter
from ..entry.incident_panel import IncidentOption, IncidentPanel
from ..entry.source_picker import SourcePicker
from ..entry.text_pane import COLOURS, Mark, ReportTextEdit
from . import PageSpec

EXTRACT_DELAY_MS = 600
DRAFT_DELAY_MS = 800
FIELD_COLUMNS = {"category": COL_CATEGORY, "victim_group": COL_GROUP, "min": COL_MIN, "max": COL_MAX,
                 "vague": COL_MIN, "incident": COL_INCIDENT, "incident_id": COL_INCIDENT, "part_of": COL_WORDS,
                 "quote": COL_WORDS}


class EntryPage(QWidget):
    """The "New report" page. Holds one draft at a time (`self.draft`)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 store: DraftStore | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = store or DraftStore(context.database)
        self.writer = DraftWriter(self.store)
        self.draft = ReportDraft()
        self.extractor: Any = None
        self.extraction: Any = None
        self.place_labels: dict[uuid.UUID, str] = {}
        self.place_levels: dict[uuid.UUID, str] = {}
        self.actor_labels: dict[uuid.UUID, str] = {}
        self.proposals: dict[int, list[Any]] = {}
        self.existing_labels: dict[uuid.UUID, str] = {}
        self._extract_generation = 0
        self._proposal_generation = 0
        self._url_generation = 0
        self._draft_written = False
        self._loading = False
        self._language_auto = True
        self._saving = False
        self.last_saved_report: uuid.UUID | None = None
        self._build()
        self._wire()
        self.retranslate()
        self._load_names()
        self.offer_drafts()
        context.bus.sig_changed.connect(self.on_bus_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.on_app_about_to_quit)
        self.destroyed.connect(lambda *_: self.writer.close())

    def on_app_about_to_quit(self) -> None:
        """Quitting normally keeps the last keystrokes too (the debounce has not fired yet)."""
        if self._draft_timer.isActive():
            self.write_draft()
        self.writer.flush()

    def prepare_lock(self) -> None:
        """Before the database locks: the last keystrokes go into the draft, written now (the
        form itself stays as it is, behind the lock page)."""
        self.on_app_about_to_quit()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.banner = DraftBanner(self)
        outer.addWidget(self.banner)
        self.error = QLabel(self)
        self.error.setObjectName("entry_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: white; background: #b3261e; padding: 4px 8px; border-radius: 3px;")
        self.error.hide()
        outer.addWidget(self.error)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.source_label = QLabel(self)
        self.source = SourcePicker(self._lookup_sources, self)
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
        outer.addLayout(grid)
        self.url_warning = QLabel(self)
        self.url_warning.setObjectName("url_warning")
        self.url_warning.setWordWrap(True)
        self.url_warning.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 3px 6px; border-radius: 3px;")
        self.url_warning.hide()
        outer.addWidget(self.url_warning)
        self.notice = QLabel(self)
        self.notice.setObjectName("entry_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 3px 6px; border-radius: 3px;")
        self.notice.hide()
        outer.addWidget(self.notice)
        self.stored_box: QMessageBox | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("entry_splitter")
        splitter.setChildrenCollapsible(False)
        left = QWidget(splitter)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.text_label = QLabel(left)
        head.addWidget(self.text_label)
        head.addStretch(1)
        self.legend: dict[str, QLabel] = {}
        for kind in ("claim", "claim_confirmed", "date", "place", "actor"):
            chip = QLabel(left)
            chip.setObjectName(f"legend_{kind}")
            chip.setStyleSheet(f"background: {COLOURS[kind].name()}; color: black; padding: 1px 6px; "
                               "border-radius: 3px;")
            head.addWidget(chip)
            self.legend[kind] = chip
        left_lay.addLayout(head)
        self.text = ReportTextEdit(left)
        self.text_label.setBuddy(self.text)
        left_lay.addWidget(self.text, 1)
        self.evidence = EvidenceRow(left)  # files dropped on the text, attached on save
        left_lay.addWidget(self.evidence)
        self.extract_status = QLabel(left)
        self.extract_status.setObjectName("extract_status")
        self.extract_status.setWordWrap(True)
        left_lay.addWidget(self.extract_status)

        right = QWidget(splitter)
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.claims_label = QLabel(right)
        row.addWidget(self.claims_label)
        row.addStretch(1)
        self.confirm_all_button = QPushButton(right)
        self.confirm_all_button.setObjectName("confirm_all")
        self.add_button = QPushButton(right)
        self.add_button.setObjectName("add_claim")
        self.remove_button = QPushButton(right)
        self.remove_button.setObjectName("remove_claim")
        for b in (self.confirm_all_button, self.add_button, self.remove_button):
            row.addWidget(b)
        right_lay.addLayout(row)
        self.model = ClaimsTableModel(self.incident_label, self)
        self.model.set_claims(self.draft.claims)
        self.table = QTableView(right)
        self.table.setObjectName("claims_table")
        self.table.setModel(self.model)
        self.claims_label.setBuddy(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_INCIDENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_WORDS, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(36)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setItemDelegateForColumn(COL_CATEGORY, ChoiceDelegate(
            lambda _i: [(label, v.value) for label, v in choices(Category)], self.table))
        self.table.setItemDelegateForColumn(COL_GROUP, ChoiceDelegate(
            lambda _i: [(label, v.value) for label, v in choices(VictimGroup)], self.table))
        self.table.setItemDelegateForColumn(COL_INCIDENT, ChoiceDelegate(
            lambda i: [(o.text, o.value) for o in self.incident_options(i.row())], self.table))
        self.table.setItemDelegateForColumn(COL_MIN, NumberDelegate(self.table))
        self.table.setItemDelegateForColumn(COL_MAX, NumberDelegate(self.table))
        self.table.installEventFilter(self)
        right_split = QSplitter(Qt.Orientation.Vertical, right)
        right_split.setChildrenCollapsible(False)
        right_split.addWidget(self.table)
        self.incident_panel = IncidentPanel(right_split)
        self.incident_panel.setObjectName("incident_panel")
        right_split.addWidget(self.incident_panel)
        right_split.setStretchFactor(0, 1)
        right_split.setStretchFactor(1, 1)
        right_lay.addWidget(right_split, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        outer.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.draft_status = QLabel(self)
        self.draft_status.setObjectName("draft_status")
        bottom.addWidget(self.draft_status, 1)
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("discard_report")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_report")
        self.save_button.setDefault(True)
        bottom.addWidget(self.discard_button)
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)

        for a, b in ((self.source.edit, self.source.kind), (self.source.kind, self.source.reliability),
                     (self.source.reliability, self.title), (self.title, self.author),
                     (self.author, self.published), (self.published, self.url), (self.url, self.language),
                     (self.language, self.text), (self.text, self.table), (self.table, self.confirm_all_button),
                     (self.confirm_all_button, self.add_button), (self.add_button, self.remove_button),
                     (self.remove_button, self.incident_panel.options),
                     (self.incident_panel.options, self.incident_panel.edit_button),
                     (self.incident_panel.edit_button, self.incident_panel.add_button),
                     (self.incident_panel.add_button, self.incident_panel.open_button),
                     (self.incident_panel.open_button, self.save_button)):
            QWidget.setTabOrder(a, b)

    def _wire(self) -> None:
        self._extract_timer = self._timer(EXTRACT_DELAY_MS, self.extract_now)
        self._draft_timer = self._timer(DRAFT_DELAY_MS, self.write_draft)
        self._url_timer = self._timer(500, self._check_url)
        self.text.textChanged.connect(self.on_text_text_changed)
        for w in (self.title, self.author):
            w.textEdited.connect(lambda *_: self._form_changed())
        self.url.textEdited.connect(lambda *_: (self._form_changed(), self._url_timer.start()))
        self.published.sig_value_changed.connect(self.on_published_sig_value_changed)
        self.language.activated.connect(self.on_language_activated)
        self.source.sig_changed.connect(self._form_changed)
        self.model.sig_claims_changed.connect(self.on_model_sig_claims_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._claim_selected())
        self.text.sig_mark_clicked.connect(self.on_text_sig_mark_clicked)
        self.text.sig_mark_activated.connect(self.on_text_sig_mark_activated)
        self.text.sig_use_date.connect(self.on_text_sig_use_date)
        self.text.sig_add_place.connect(self.on_text_sig_add_place)
        self.text.sig_files_dropped.connect(self.evidence.add)
        self.evidence.sig_changed.connect(lambda: self._form_changed())
        self.incident_panel.sig_link_chosen.connect(self.on_incident_panel_sig_link_chosen)
        self.incident_panel.sig_edit_new.connect(self.edit_new_incident)
        self.incident_panel.sig_add_new.connect(self.on_incident_panel_sig_add_new)
        self.incident_panel.sig_open_existing.connect(lambda iid: self.context.open_record("incident", iid))
        self.confirm_all_button.clicked.connect(lambda: self.model.set_all_confirmed(True))
        self.add_button.clicked.connect(self.add_claim)
        self.remove_button.clicked.connect(self.remove_selected_claims)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard_report)
        self.banner.sig_restore.connect(self.restore_draft)
        self.banner.sig_discard.connect(self.discard_draft)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Alt+N"), self, self.add_claim, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _timer(self, ms: int, slot: Any) -> QTimer:
        t = QTimer(self)
        t.setSingleShot(True)
        t.setInterval(ms)
        t.timeout.connect(slot)
        return t

    def retranslate(self) -> None:
        self.source_label.setText(self.tr("&Source:"))
        self.title_label.setText(self.tr("&Title:"))
        self.author_label.setText(self.tr("A&uthor:"))
        self.published_label.setText(self.tr("&Published:"))
        self.url_label.setText(self.tr("&Web address:"))
        self.language_label.setText(self.tr("&Language:"))
        current = self.language.currentData()
        self.language.clear()
        self.language.addItem(self.tr("Arabic"), "ar")
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("other"), None)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.text_label.setText(self.tr("Report te&xt (paste it here):"))
        legend = {"claim": self.tr("claim"), "claim_confirmed": self.tr("confirmed claim"), "date": self.tr("date"),
                  "place": self.tr("place"), "actor": self.tr("actor")}
        for kind, chip in self.legend.items():
            chip.setText(legend[kind])
        self.text.setPlaceholderText(self.tr("Paste the text of the report. Suggested claims, dates, places and "
                                             "actors are highlighted; click a highlighted claim to edit it."))
        self.claims_label.setText(self.tr("&Claims (only confirmed ones are saved):"))
        self.confirm_all_button.setText(self.tr("Confirm &all"))
        self.confirm_all_button.setToolTip(self.tr("Accept every suggested claim as it is"))
        self.add_button.setText(self.tr("Add claim"))
        self.add_button.setToolTip(QKeySequence("Alt+N").toString(QKeySequence.SequenceFormat.NativeText))
        self.remove_button.setText(self.tr("Remo&ve claim"))
        self.remove_button.setToolTip(self.tr("Delete"))
        self.save_button.setText(self.tr("Save report"))
        self.save_button.setToolTip(QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText))
        self.discard_button.setText(self.tr("Discard this report…"))
        self.incident_panel.retranslate()
        self._update_status()
        self._claim_selected()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def activate(self, arg: Any = None) -> None:
        if isinstance(arg, str) and arg:
            self.text.setPlainText(arg)  # e.g. text handed over by another page
        if not self.banner.isVisible():
            self.offer_drafts()
        (self.source.edit if self.draft.is_empty() else self.text).setFocus()

    # -- names for the extraction ----------------------------------------------------------------

    def _load_names(self) -> None:
        lang = self.context.lang

        def op(ctx: Any) -> tuple[Any, dict, dict, dict]:
            from ...extract import Extractor  # noqa: PLC0415
            from ...queries.actors import actor_choices  # noqa: PLC0415
            from ...services.report_entry import names_from_database, place_labels  # noqa: PLC0415

            places, actors = names_from_database(session=ctx.session)
            ids = [uuid.UUID(p.key) for p in places]
            labels = place_labels(session=ctx.session, ids=ids, lang=lang)
            levels = {uuid.UUID(p.key): p.level for p in places}
            actor_labels = dict(actor_choices(ctx.session, lang=lang))
            return Extractor(places, actors), labels, levels, actor_labels

        def done(result: tuple[Any, dict, dict, dict]) -> None:
            self.extractor, self.place_labels, self.place_levels, self.actor_labels = result
            if self.draft.text.strip():
                self.extract_now()

        self.context.run_op(self, op, done)

    # -- the text and its suggestions ------------------------------------------------------------

    def on_text_text_changed(self) -> None:
        if self._loading:
            return
        self.draft.text = self.text.text()
        if self._language_auto and self.draft.text.strip():
            lang = "ar" if is_rtl_text(self.draft.text.strip()) else "en"
            self.language.setCurrentIndex(self.language.findData(lang))
            self.draft.language = lang
        self._extract_timer.start()
        self._form_changed()

    def on_published_sig_value_changed(self, value: date | None) -> None:
        if self._loading:
            return
        self.draft.published_date = value
        # New incidents nobody edited take the publication date when the text names none.
        self._extract_timer.start()
        self._form_changed()

    def on_language_activated(self, _index: int) -> None:
        self._language_auto = False
        self.draft.language = self.language.currentData()
        self._form_changed()

    def extract_now(self) -> None:
        """Read the text again in a worker; stale results (the text changed since) are dropped."""
        self._extract_timer.stop()
        if self.extractor is None:
            return
        self._extract_generation += 1
        generation = self._extract_generation
        text = self.draft.text
        published = self.published.value()
        extractor = self.extractor
        if not text.strip():
            self._apply_extraction(None, published)
            return
        self.extract_status.setText(self.tr("Reading the text…"))

        def op(_ctx: Any) -> Any:
            return extractor.extract(text, published=published)

        def done(result: Any) -> None:
            if generation == self._extract_generation and text == self.draft.text:
                self._apply_extraction(result, published)

        self.context.run_op(self, op, done)

    def _apply_extraction(self, result: Any, published: date | None) -> None:
        from ...extract import Extraction  # noqa: PLC0415
        from ...services.report_entry import refresh_suggestions  # noqa: PLC0415

        current = self._current_row()
        current_claim = self.draft.claims[current] if current is not None else None
        self.extraction = result or Extraction()
        refresh_suggestions(self.draft, self.extraction, published=published)
        self.model.set_claims(self.draft.claims)
        if current_claim is not None and current_claim in self.draft.claims:
            self._select_row(self.draft.claims.index(current_claim))
        self._update_marks()
        self._update_status()
        self.refresh_proposals()
        self._form_changed(extraction=True)

    def _update_marks(self) -> None:
        marks: list[Mark] = []
        for i, c in enumerate(self.draft.claims):
            if c.start is not None and c.end is not None:
                marks.append(Mark("claim_confirmed" if c.confirmed else "claim", c.start, c.end, i,
                                  self._claim_tooltip(i, c)))
        x = self.extraction
        if x is not None:
            for i, d in enumerate(x.dates):
                marks.append(Mark("date", d.start, d.end, i, self.tr("date: %1").replace(
                    "%1", day(date.fromisoformat(d.date), _long()))))
            for i, p in enumerate(x.places):
                name = self.place_labels.get(as_uuid(p.key), p.name)
                marks.append(Mark("place", p.start, p.end, i, self.tr("place: %1").replace("%1", name)))
            for i, a in enumerate(x.actors):
                name = self.actor_labels.get(as_uuid(a.key), a.name)
                marks.append(Mark("actor", a.start, a.end, i, self.tr("actor: %1").replace("%1", name)))
        self.text.set_marks(marks, self._current_row())

    def _claim_tooltip(self, i: int, c: ClaimDraft) -> str:
        what = self.tr("claim %1: %2 %3, %4").replace("%1", number(i + 1)).replace(
            "%2", _label(Category, c.category)).replace("%3", _label(VictimGroup, c.group)).replace(
            "%4", figure_range(as_int(c.min), as_int(c.max), c.approximate, c.vague))
        state = self.tr("confirmed") if c.confirmed else self.tr("not confirmed: click to check it")
        return f"{what} ({state})"

    def _update_status(self) -> None:
        x = self.extraction
        if not self.draft.text.strip():
            self.extract_status.setText("")
        elif x is not None:
            confirmed = sum(1 for c in self.draft.claims if c.confirmed)
            self.extract_status.setText(
                self.tr("Found %1 claim(s), %2 date(s), %3 place(s), %4 actor(s); %5 of %6 claim(s) confirmed.")
                .replace("%1", number(len(x.claims))).replace("%2", number(len(x.dates))).replace(
                    "%3", number(len(x.places))).replace("%4", number(len(x.actors))).replace(
                    "%5", number(confirmed)).replace("%6", number(len(self.draft.claims))))

    # -- claims ----------------------------------------------------------------------------------

    def on_model_sig_claims_changed(self) -> None:
        self._update_marks()
        self._update_status()
        self._claim_selected()
        self._form_changed()

    def _current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() and index.row() < len(self.draft.claims) else None

    def _select_row(self, row: int, column: int = COL_CONFIRM) -> None:
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _claim_selected(self) -> None:
        row = self._current_row()
        self.text.select_claim(row, scroll=False)
        if row is None:
            self.incident_panel.set_options(self.incident_options(None), None, claim_label=None)
            return
        c = self.draft.claims[row]
        current = ("existing", c.incident_id) if c.incident_id is not None else \
            ("new", c.new_incident) if c.new_incident is not None else None
        label = self.tr("%1 (%2, %3)").replace("%1", number(row + 1)).replace(
            "%2", _label(Category, c.category)).replace(
            "%3", figure_range(as_int(c.min), as_int(c.max), c.approximate, c.vague))
        by_default = c.incident_id is not None and c.new_incident is not None and not c.link_chosen
        self.incident_panel.set_options(self.incident_options(row), current, claim_label=label,
                                        linked_by_default=by_default)

    def add_claim(self) -> None:
        """A claim typed by the person: linked to the incident of the selected claim (or of the
        last one), else to a new incident."""
        row = self._current_row()
        like = self.draft.claims[row] if row is not None else (self.draft.claims[-1] if self.draft.claims else None)
        claim = ClaimDraft(category=Category.KILLED.value, group=VictimGroup.CIVILIANS.value, suggested=False,
                           incident_id=like.incident_id if like else None,
                           new_incident=like.new_incident if like else None)
        if claim.incident_id is None and claim.new_incident is None:
            claim.new_incident = self._new_incident()
        new_row = self.model.add_claim(claim)
        self._select_row(new_row, COL_MIN)
        self.table.setFocus()
        self.table.edit(self.model.index(new_row, COL_MIN))

    def remove_selected_claims(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self._current_row() is not None:
            rows = [self._current_row()]
        if rows:
            self.model.remove_claims(rows)
            if self.draft.claims:
                self._select_row(min(rows[0], len(self.draft.claims) - 1))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Delete and self.table.state() != QAbstractItemView.State.EditingState:
                self.remove_selected_claims()
                return True
            if event.key() == Qt.Key.Key_Space and self._current_row() is not None \
                    and self.table.state() != QAbstractItemView.State.EditingState:
                row = self._current_row()
                c = self.draft.claims[row]
                self.model.setData(self.model.index(row, COL_CONFIRM), not c.confirmed, Qt.ItemDataRole.CheckStateRole)
                return True
        return super().eventFilter(obj, event)

    def on_text_sig_mark_clicked(self, kind: str, index: int) -> None:
        if kind == "claim" and 0 <= index < len(self.draft.claims):
            self._select_row(index)
        elif self.extraction is not None:
            items = {"date": self.extraction.dates, "place": self.extraction.places,
                     "actor": self.extraction.actors}.get(kind, ())
            if 0 <= index < len(items):
                mark = next((m for m in self.text.marks if m.kind == kind and m.index == index), None)
                if mark is not None:
                    self.context.bus.sig_status.emit(mark.tooltip)

    def on_text_sig_mark_activated(self, kind: str, index: int) -> None:
        if kind == "claim" and 0 <= index < len(self.draft.claims):
            self._select_row(index, COL_MIN)
            self.table.setFocus()
            self.table.edit(self.model.index(index, COL_MIN))

    # -- incidents -------------------------------------------------------------------------------

    def _new_incident(self, like: NewIncident | None = None) -> int:
        published = self.published.value()
        spec = copy.deepcopy(like) if like is not None else NewIncident(
            start_date=published.isoformat() if published else None,
            end_date=published.isoformat() if published else None)
        spec.edited = True
        self.draft.new_incidents.append(spec)
        return len(self.draft.new_incidents) - 1

    def new_incident_text(self, j: int) -> str:
        spec = self.draft.new_incidents[j]
        when = as_date(spec.start_date)
        places = "، ".join(self.place_labels.get(p, "?") for p in spec.place_ids[:3]) if self.context.lang != "en" \
            else ", ".join(self.place_labels.get(p, "?") for p in spec.place_ids[:3])
        if len(spec.place_ids) > 3:
            places += " " + self.tr("(+%1)").replace("%1", number(len(spec.place_ids) - 3))
        parts = [day(when) if when else self.tr("no date"), _label(EventType, spec.event_type),
                 places or self.tr("no place")]
        return self.tr("New incident %1: %2").replace("%1", number(j + 1)).replace(
            "%2", " · ".join(isolate(p) for p in parts))

    def incident_label(self, claim: ClaimDraft) -> str:
        """Short, for the claims table."""
        if claim.incident_id is not None:
            return self.existing_labels.get(claim.incident_id, self.tr("recorded incident"))
        if claim.new_incident is not None and 0 <= claim.new_incident < len(self.draft.new_incidents):
            spec = self.draft.new_incidents[claim.new_incident]
            place = self.place_labels.get(spec.place_ids[0], "") if spec.place_ids else ""
            when = as_date(spec.start_date)
            return self.tr("new %1").replace("%1", number(claim.new_incident + 1)) + "".join(
                f" · {isolate(x)}" for x in (day(when) if when else "", place) if x)
        return self.tr("— choose —")

    def incident_options(self, row: int | None) -> list[IncidentOption]:
        """New incidents, then recorded ones near the claim's new incident (place, ±3 days),
        then those near the other new incidents."""
        options = [IncidentOption(("new", j), self.new_incident_text(j),
                                  self._new_incident_tooltip(j)) for j in range(len(self.draft.new_incidents))]
        claim = self.draft.claims[row] if row is not None and row < len(self.draft.claims) else None
        first = [claim.new_incident] if claim is not None and claim.new_incident is not None else []
        seen: set[uuid.UUID] = set()
        for j in first + [k for k in self.proposals if k not in first]:
            for p in self.proposals.get(j, ()):
                if p.id in seen:
                    continue
                seen.add(p.id)
                options.append(IncidentOption(("existing", p.id), self._proposal_text(p), p.description or "",
                                              matches_place=p.same_place and j in first))
        if claim is not None and claim.incident_id is not None and claim.incident_id not in seen:
            options.append(IncidentOption(("existing", claim.incident_id), self.incident_label(claim)))
        return options

    def _new_incident_tooltip(self, j: int) -> str:
        spec = self.draft.new_incidents[j]
        actors = "، ".join(self.actor_labels.get(a, "?") for a, _ in spec.actors)
        return self.tr("Actors: %1").replace("%1", actors) if actors else ""

    def refresh_proposals(self) -> None:
        """Look up recorded incidents near each new incident's places and date (in a worker)."""
        self._proposal_generation += 1
        generation = self._proposal_generation
        specs = [(j, list(s.place_ids), as_date(s.start_date)) for j, s in enumerate(self.draft.new_incidents)]
        linked = [c.incident_id for c in self.draft.claims if c.incident_id is not None]
        lang = self.context.lang

        def op(ctx: Any) -> tuple[dict[int, list[Any]], dict[uuid.UUID, Any]]:
            from ...services.report_entry import propose_incidents  # noqa: PLC0415

            found = {j: propose_incidents(session=ctx.session, place_ids=places, on=when, lang=lang)
                     for j, places, when in specs if places and when}
            missing = set(linked) - {p.id for ps in found.values() for p in ps}
            extra = {}
            if missing:
                from ...models import Incident  # noqa: PLC0415

                for inc in ctx.session.query(Incident).filter(Incident.id.in_(list(missing))):
                    extra[inc.id] = (inc.start_date, inc.description_ar or inc.description_en or "")
            return found, extra

        def done(result: tuple[dict[int, list[Any]], dict[uuid.UUID, Any]]) -> None:
            if generation != self._proposal_generation:
                return
            self.proposals, extra = result
            self._apply_default_links(default_links(self.draft, self.proposals))
            for ps in self.proposals.values():
                for p in ps:
                    self.existing_labels[p.id] = self.tr("recorded") + "".join(
                        f" · {isolate(x)}" for x in (day(p.start_date), p.place_names[0] if p.place_names else "") if x)
            for iid, (start, desc) in extra.items():
                self.existing_labels[iid] = self.tr("recorded") + "".join(
                    f" · {isolate(x)}" for x in (day(start), desc[:40]) if x)
            self.model.refresh_incident_labels()
            self._claim_selected()

        self.context.run_op(self, op, done)

    def _apply_default_links(self, changes: dict[int, uuid.UUID | None]) -> None:
        """Claims on a suggested new incident point at the recorded incident at the same place
        and date instead (the person can still choose the new one)."""
        if not changes:
            return
        apply_default_links(self.draft, changes)
        self.model.refresh_incident_labels()
        self._claim_selected()
        self._form_changed()

    def _proposal_text(self, p: Any) -> str:
        sep = ", " if self.context.lang == "en" else "، "
        parts = [day(p.start_date), sep.join(p.place_names[:3]),
                 self.tr("%n claim(s)", "", p.claims)]
        where = self.tr("same place") if p.same_place else self.tr("nearby place")
        apart = self.tr("same day") if p.days_apart == 0 else self.tr("%n day(s) apart", "", p.days_apart)
        return self.tr("Recorded incident: %1 (%2, %3)").replace("%1", " · ".join(isolate(x) for x in parts if x)) \
            .replace("%2", where).replace("%3", apart)

    def on_incident_panel_sig_link_chosen(self, value: tuple[str, Any]) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}) or \
            ([self._current_row()] if self._current_row() is not None else [])
        for row in rows:
            self.model.setData(self.model.index(row, COL_INCIDENT), value, Qt.ItemDataRole.EditRole)
        self.refresh_proposals()

    def on_incident_panel_sig_add_new(self) -> None:
        row = self._current_row()
        if row is None:
            return
        c = self.draft.claims[row]
        like = self.draft.new_incidents[c.new_incident] if c.new_incident is not None else None
        j = self._new_incident(like)
        self.model.setData(self.model.index(row, COL_INCIDENT), ("new", j), Qt.ItemDataRole.EditRole)
        self.edit_new_incident(j)

    def edit_new_incident(self, j: int) -> None:
        """The incident editor on new incident #j; its values stay in the draft until saving."""
        from ..editors.base import synchronous  # noqa: PLC0415
        from ..editors.incident import IncidentDialog  # noqa: PLC0415

        spec = self.draft.new_incidents[j]
        values = {"start_date": as_date(spec.start_date), "end_date": as_date(spec.end_date),
                  "date_precision": DatePrecision(spec.date_precision), "event_type": EventType(spec.event_type),
                  "places": [(pid, self._precision(pid, precision), primary) for pid, precision, primary in spec.places],
                  "actors": [(aid, role) for aid, role in spec.actors],
                  "description_ar": spec.description_ar, "description_en": spec.description_en}
        dialog = IncidentDialog(self.context, self, values, None)
        dialog.setWindowTitle(self.tr("New incident %1").replace("%1", number(j + 1)))
        for name in ("grade", "grade_reasons", "notes"):
            field = dialog.fields.get(name)
            if field is not None:
                field.parentWidget().hide()
                label = dialog.form.labelForField(field.parentWidget())
                if label is not None:
                    label.hide()

        def submit(v: dict[str, Any]) -> None:
            from ...services.editing import fail  # noqa: PLC0415

            if v.get("start_date") is None:
                raise fail("required", "start_date")
            if not v.get("places"):
                raise fail("place_required", "places")
            if v.get("end_date") is not None and v["end_date"] < v["start_date"]:
                raise fail("end_before_start", "end_date")
            self.draft.new_incidents[j] = NewIncident(
                start_date=v["start_date"].isoformat(),
                end_date=(v.get("end_date") or v["start_date"]).isoformat(),
                date_precision=str(v.get("date_precision") or DatePrecision.DAY),
                event_type=str(v.get("event_type") or EventType.OTHER),
                places=[(pid, str(precision) if precision else None, primary) for pid, precision, primary in v["places"]],
                actors=[(aid, str(role)) for aid, role in v.get("actors") or ()],
                description_ar=v.get("description_ar") or None, description_en=v.get("description_en") or None,
                edited=True)

        dialog.submit = synchronous(submit)
        if dialog.exec():
            self.model.refresh_incident_labels()
            self._claim_selected()
            self.refresh_proposals()
            self._form_changed()

    def _precision(self, place_id: uuid.UUID, value: str | None) -> Any:
        from ...models import LocationPrecision, PlaceLevel  # noqa: PLC0415
        from ..editors.incident import LEVEL_PRECISION  # noqa: PLC0415

        if value:
            return LocationPrecision(value)
        level = self.place_levels.get(place_id)
        return LEVEL_PRECISION.get(PlaceLevel(level), LocationPrecision.TOWN) if level else LocationPrecision.TOWN

    def _selected_new_incident(self) -> int | None:
        row = self._current_row()
        if row is None:
            return None
        c = self.draft.claims[row]
        return c.new_incident if c.incident_id is None else None

    def on_text_sig_use_date(self, index: int) -> None:
        j = self._selected_new_incident()
        if j is None or self.extraction is None or not 0 <= index < len(self.extraction.dates):
            return
        when = self.extraction.dates[index].date
        spec = self.draft.new_incidents[j]
        spec.start_date = spec.end_date = when
        spec.edited = True
        self.model.refresh_incident_labels()
        self._claim_selected()
        self.refresh_proposals()
        self._form_changed()

    def on_text_sig_add_place(self, index: int) -> None:
        j = self._selected_new_incident()
        if j is None or self.extraction is None or not 0 <= index < len(self.extraction.places):
            return
        pid = as_uuid(self.extraction.places[index].key)
        spec = self.draft.new_incidents[j]
        if pid is not None and pid not in spec.place_ids:
            spec.places.append((pid, None, not spec.places))
            spec.edited = True
            self.model.refresh_incident_labels()
            self._claim_selected()
            self.refresh_proposals()
            self._form_changed()

    # -- source and URL --------------------------------------------------------------------------

    def _lookup_sources(self, text: str, callback: Any) -> None:
        lang = self.context.lang

        def op(ctx: Any) -> list[tuple[uuid.UUID, str]]:
            from ...services.report_entry import source_choices  # noqa: PLC0415

            return source_choices(session=ctx.session, text=text, lang=lang)

        self.context.run_op(self, op, callback)

    def _check_url(self) -> None:
        url = self.url.text().strip()
        self._url_generation += 1
        generation = self._url_generation
        if not url:
            self.url_warning.hide()
            return

        def op(ctx: Any) -> list[tuple[uuid.UUID, str]]:
            from ...services.report_entry import reports_with_url  # noqa: PLC0415

            return reports_with_url(session=ctx.session, url=url)

        def done(found: list[tuple[uuid.UUID, str]]) -> None:
            if generation != self._url_generation:
                return
            if found:
                titles = "، ".join(f"«{t}»" if t else self.tr("(no title)") for _, t in found[:3])
                self.url_warning.setText(self.tr("A report with this web address is already in the database: %1. "
                                                 "Check it is not the same report before saving.").replace("%1", titles))
                self.url_warning.show()
            else:
                self.url_warning.hide()

        self.context.run_op(self, op, done)

    # -- the draft -------------------------------------------------------------------------------

    def _form_changed(self, *, extraction: bool = False) -> None:
        if self._loading:
            return
        self._sync_metadata()
        self.error.hide()
        self._draft_timer.start()

    def _sync_metadata(self) -> None:
        d = self.draft
        d.source_id = self.source.source_id()
        d.new_source = copy.deepcopy(self.source.new_source())
        d.title = self.title.text().strip() or None
        d.author = self.author.text().strip() or None
        d.published_date = self.published.value()
        d.url = self.url.text().strip() or None
        d.language = self.language.currentData()
        d.text = self.text.text()
        d.evidence = list(self.evidence.files)

    def _draft_label(self) -> str:
        d = self.draft
        if d.title:
            return d.title[:80]
        first = next((ln.strip() for ln in d.text.splitlines() if ln.strip()), "")
        return first[:80]

    def write_draft(self) -> None:
        """Keep the draft on disk (in the background); an empty form leaves no draft."""
        self._draft_timer.stop()
        self._sync_metadata()
        if self.draft.is_empty():
            if self._draft_written:
                self.writer.delete(self.draft.draft_id)
                self._draft_written = False
            self.draft_status.setText("")
            return
        data = self.draft.to_json()
        data["source_label"] = self.source.edit.text()
        self.writer.save(self.draft.draft_id, data, label=self._draft_label())
        self._draft_written = True
        self.draft_status.setText(self.tr("Draft kept (%1); it comes back if the app closes before saving.")
                                  .replace("%1", datetime.now().strftime("%H:%M:%S")))

    def offer_drafts(self) -> None:
        drafts = [d for d in self.store.list() if d.draft_id != self.draft.draft_id]
        self.banner.offer(drafts, lambda d: timestamp(d.saved_at))

    def restore_draft(self, draft_id: str) -> None:
        data = self.store.load(draft_id)
        if data is None:
            self.offer_drafts()
            return
        if not self.draft.is_empty():
            self.write_draft()  # the current form stays a draft of its own
        self.load_draft(ReportDraft.from_json(data), source_label=str(data.get("source_label") or ""))
        self._draft_written = True
        self.offer_drafts()

    def discard_draft(self, draft_id: str) -> None:
        self.store.delete(draft_id)
        self.offer_drafts()

    def load_draft(self, draft: ReportDraft, *, source_label: str = "") -> None:
        """Show `draft` in the form (it becomes the page's draft)."""
        self._loading = True
        try:
            self.draft = draft
            if draft.new_source is not None:
                self.source.set_new(copy.deepcopy(draft.new_source))
            elif draft.source_id is not None:
                self.source.set_existing(draft.source_id, source_label)
            else:
                self.source.clear()
            self.title.setText(draft.title or "")
            self.author.setText(draft.author or "")
            self.published.set_value(as_date(draft.published_date))
            self.url.setText(draft.url or "")
            self.language.setCurrentIndex(max(0, self.language.findData(draft.language)))
            self._language_auto = draft.language is None
            self.text.setPlainText(draft.text)
            draft.text = self.text.text()
            self.model.set_claims(draft.claims)
            self.evidence.set_files(draft.evidence)
            self.extraction = None
        finally:
            self._loading = False
        self._update_marks()
        self.error.hide()
        self.extract_now()
        self.refresh_proposals()
        self._check_url()

    def new_draft(self) -> None:
        self.load_draft(ReportDraft())
        self._draft_written = False
        self.draft_status.setText("")

    def discard_report(self) -> None:
        if not self.draft.is_empty() and not ask(
                self, self.tr("Discard this report"),
                self.tr("Throw away what was entered for this report? Nothing of it has been saved."),
                dangerous=True):
            return
        self.writer.delete(self.draft.draft_id)
        self.new_draft()

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving:
            return
        if self.table.state() == QAbstractItemView.State.EditingState:
            self.table.setFocus()  # commits the cell being edited
        typed = self.published.text_if_invalid()
        if typed:  # never save "no date" for a date that was typed but is not one
            message = self.tr("«%1» is not a date: write the publication date as YYYY-MM-DD or DD/MM/YYYY.")
            self.error.setText(fill(message, isolate(typed)))
            self.error.show()
            self.published.setFocus()
            return
        self._sync_metadata()
        draft = copy.deepcopy(self.draft)
        unconfirmed = sum(1 for c in draft.claims if not c.confirmed)
        confirmed = len(draft.claims) - unconfirmed
        if unconfirmed and not ask(
                self, self.tr("Save report"),
                self.tr("%n claim(s) are not confirmed and will not be saved.", "", unconfirmed) + " " + (
                    self.tr("Save the report with the %n confirmed claim(s)?", "", confirmed) if confirmed
                    else self.tr("Save the report without any claim?"))):
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.error.hide()
        self.notice.hide()

        def check(ctx: Any) -> SaveCheck:
            from ...services.report_entry import check_before_save  # noqa: PLC0415

            return check_before_save(session=ctx.session, draft=draft)

        def checked(result: SaveCheck) -> None:
            if result.links:
                # Recorded meanwhile, or the proposals had not come back: show the links first.
                self._saving = False
                self.save_button.setEnabled(True)
                self._apply_default_links(result.links)
                self.refresh_proposals()
                self.notice.setText(self.tr(
                    "%n claim(s) are now linked to incidents already recorded at the same place and date. "
                    "Check the links in the table and save again.", "", len(result.links)))
                self.notice.show()
                return
            if result.stored:
                self._ask_stored(result.stored, draft, confirmed)
                return
            self._store(draft, confirmed)

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.show_error(exc)

        self.context.run_op(self, check, checked, failed)

    def _ask_stored(self, stored: list[StoredReport], draft: ReportDraft, confirmed: int) -> None:
        """The same source and text (or web address) are already stored: open it, save a second
        copy, or go back to the form. Not modal for the app's event loop (`open`, not `exec`)."""
        items = []
        for r in stored[:3]:
            what = self.tr("same text") if r.same_text and not r.same_url else \
                self.tr("same web address") if not r.same_text else self.tr("same text and web address")
            title = f"«{isolate(r.title)}»" if r.title else self.tr("(no title)")
            when = day(r.published_date) if r.published_date else self.tr("no date")
            items.append(fill(self.tr("%1, published %2 (%3)"), title, isolate(when), what))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Report already stored"),
                          fill(self.tr("A report of this source with the same text or web address is already in the "
                                       "database: %1. Saving would store it a second time."), join(items)), QMessageBox.StandardButton.NoButton,
                          self)
        box.setObjectName("stored_report_box")
        open_button = box.addButton(self.tr("&Open the stored report"), QMessageBox.ButtonRole.ActionRole)
        open_button.setObjectName("open_stored_report")
        save_button = box.addButton(self.tr("&Save a second copy"), QMessageBox.ButtonRole.AcceptRole)
        save_button.setObjectName("save_second_copy")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        self.stored_box = box

        def chosen(button: Any) -> None:
            self.stored_box = None
            box.deleteLater()
            if button is save_button:
                self._store(draft, confirmed)
                return
            self._saving = False
            self.save_button.setEnabled(True)
            if button is open_button:
                self.context.open_record("report", stored[0].id)

        box.buttonClicked.connect(chosen)
        box.open()

    def _store(self, draft: ReportDraft, confirmed: int) -> None:
        def op(ctx: Any) -> uuid.UUID:
            from ...services.report_entry import save_report  # noqa: PLC0415

            return save_report(session=ctx.session, draft=draft).id

        def done(report_id: uuid.UUID) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.last_saved_report = report_id
            self.writer.delete(draft.draft_id)
            self.context.bus.sig_status.emit(self.tr("Report saved with %n claim(s).", "", confirmed))
            self.new_draft()
            self.draft_status.setText(self.tr("Saved at %1.").replace("%1", datetime.now().strftime("%H:%M:%S")))

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.show_error(exc)

        self.context.run_op(self, op, done, failed, write=True, context="new report")

    def show_error(self, exc: BaseException) -> None:
        """Say what is wrong and put the focus where it can be fixed."""
        field = getattr(exc, "field", None) if isinstance(exc, ValidationError) else None
        if field is None:
            self.error.setText(describe(exc))
            self.error.show()
            return
        message = validation_message(exc)
        where, focus = self._locate(field)
        self.error.setText(self.tr("%1: %2").replace("%1", where).replace("%2", message))
        self.error.show()
        if focus is not None:
            focus()

    def _locate(self, field: str) -> tuple[str, Any]:
        head, _, rest = field.partition(".")
        if head.startswith("claims[") and head.endswith("]"):
            row = int(head[7:-1])
            column = FIELD_COLUMNS.get(rest, COL_MIN)

            def focus() -> None:
                self._select_row(row, column)
                self.table.setFocus()
            return self.tr("Claim %1 — %2").replace("%1", number(row + 1)).replace(
                "%2", field_label(rest) if rest else self.tr("incident")), focus
        if head.startswith("incidents[") and head.endswith("]"):
            j = int(head[10:-1])
            return self.tr("New incident %1 — %2").replace("%1", number(j + 1)).replace("%2", field_label(rest)), \
                (lambda: self.edit_new_incident(j))
        if head == "source":
            return (field_label(rest) if rest else field_label("source_id")), self.source.edit.setFocus
        widgets = {"title": self.title, "author": self.author, "published_date": self.published, "url": self.url,
                   "language": self.language, "text": self.text}
        w = widgets.get(field)
        return field_label(field), (w.setFocus if w is not None else None)

    # -- other pages' changes --------------------------------------------------------------------

    def on_bus_changed(self, changes: Changes) -> None:
        if changes.touches("incident") and self.draft.new_incidents:
            self.refresh_proposals()


# ---------------------------------------------------------------------------------------------


def _label(enum: Any, value: Any) -> str:
    try:
        return enum_label(enum(value))
    except ValueError:
        return str(value or "")


def _long() -> Any:
    from PySide6.QtCore import QLocale  # noqa: PLC0415

    return QLocale.FormatType.LongFormat


def offer_drafts_at_start(context: AppContext) -> None:
    """When the app opens with unsaved reports of this database, show this page: it offers
    the newest back."""
    store = DraftStore(context.database)
    store.adopt_files()
    if store.list():
        context.bus.sig_show_page.emit("entry", None)


PAGE = PageSpec(key="entry", title=QT_TRANSLATE_NOOP("Pages", "New report"), factory=EntryPage, order=5,
                shortcut="Ctrl+Shift+N", icon="document-new", on_start=offer_drafts_at_start)
