"""New report: pick or create the source, paste the text, see the suggested claims, dates,
places and actors highlighted, correct and confirm the claims, link each to a new or an
already recorded incident, save. Only confirmed claims are saved.

The form's state and its decisions are an `EntryPresenter` (casualtydb.services.entry_presenter,
no Qt): this page reads its widgets into it, asks it what each action means, and shows its state;
the sentences are made in casualtydb.ui.entry.captions. Every change is written to the drafts
store shortly after it is made (in a background thread), so a crash or a power cut loses nothing;
the next time the page is built the draft is offered back. Extraction runs in a worker (a
megabyte of text takes seconds); database reads and the save go through `run_op`.

Keyboard: Ctrl+Enter saves, Alt+N adds a claim, Delete removes the selected claims, Space
confirms the current claim (or chooses the highlighted incident), Tab walks the form in order."""

from __future__ import annotations

import copy
import uuid
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...changes import Changes
from ...errors import ValidationError
from ...services.drafts import DraftStore
from ...services.entry_presenter import (
    EntryPresenter,
    ExtractionRequest,
    Names,
    ProposalResult,
    SaveRequest,
    as_date,
    is_doubtful,
)
from ...services.report_entry import IncidentProposal, ReportDraft, SaveCheck, StoredReport
from ..context import AppContext
from ..editing import ask
from ..editors.base import synchronous
from ..editors.incident import IncidentDialog
from ..entry.captions import Captions
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
from ..entry.claims_table import ClaimsTable
from ..entry.victims_list import VictimsPanel
from ..entry.draft_banner import DraftBanner, DraftWriter
from ..entry.evidence_row import EvidenceRow
from ..entry.incident_panel import IncidentPanel
from ..entry.report_fields import ReportFields
from ..entry.stored_box import StoredReportBox
from ..entry.text_pane import Legend, ReportTextEdit
from ..errors import describe
from ..format import clock, day, fill, isolate, join, number, timestamp
from ..labels import validation_message
from . import PageSpec

EXTRACT_DELAY_MS = 600
DRAFT_DELAY_MS = 800
ERROR_STYLE = "color: white; background: #b3261e; padding: 4px 8px; border-radius: 3px;"
WARNING_STYLE = "background: #fff3cd; color: #5c4400; padding: 3px 6px; border-radius: 3px;"
FIELD_COLUMNS = {"category": COL_CATEGORY, "victim_group": COL_GROUP, "min": COL_MIN, "max": COL_MAX,
                 "vague": COL_MIN, "incident": COL_INCIDENT, "incident_id": COL_INCIDENT, "part_of": COL_WORDS,
                 "quote": COL_WORDS}


class EntryPage(QWidget):
    """The "New report" page. Holds one draft at a time (`self.draft`, the presenter's)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 store: DraftStore | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = store or DraftStore(context.database)
        self.writer = DraftWriter(self.store)
        self.presenter = EntryPresenter(context.lang)
        self.captions = Captions(self.presenter, self._proposal_text)
        self._loading = False
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

    # The presenter's state, as the page has always named it.

    @property
    def draft(self) -> ReportDraft:
        return self.presenter.draft

    @property
    def proposals(self) -> dict[int, list[Any]]:
        return self.presenter.proposals

    @proposals.setter
    def proposals(self, value: dict[int, list[Any]]) -> None:
        self.presenter.proposals = value

    @property
    def extraction(self) -> Any:
        return self.presenter.extraction

    @property
    def last_saved_report(self) -> uuid.UUID | None:
        return self.presenter.last_saved_report

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
        self.error = self._message_label("entry_error", ERROR_STYLE)
        outer.addWidget(self.error)

        self.fields = ReportFields(self._lookup_sources, self)
        f = self.fields
        self.source, self.title, self.author, self.published, self.url, self.language = \
            f.source, f.title, f.author, f.published, f.url, f.language
        outer.addWidget(f)
        self.url_warning = self._message_label("url_warning", WARNING_STYLE)
        outer.addWidget(self.url_warning)
        self.notice = self._message_label("entry_notice", WARNING_STYLE)
        outer.addWidget(self.notice)
        self.stored_box: StoredReportBox | None = None

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
        self.legend = Legend(left)
        head.addWidget(self.legend)
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
        # Doubtful suggestions (confidence under extract.LIKELY) are folded until asked for.
        self.doubtful_button = QPushButton(right)
        self.doubtful_button.setObjectName("show_doubtful")
        self.doubtful_button.setCheckable(True)
        self.doubtful_button.setVisible(False)
        row.addWidget(self.doubtful_button)
        self.confirm_all_button = QPushButton(right)
        self.confirm_all_button.setObjectName("confirm_all")
        self.add_button = QPushButton(right)
        self.add_button.setObjectName("add_claim")
        self.remove_button = QPushButton(right)
        self.remove_button.setObjectName("remove_claim")
        for b in (self.confirm_all_button, self.add_button, self.remove_button):
            row.addWidget(b)
        right_lay.addLayout(row)
        self.model = ClaimsTableModel(self.captions.incident_label, self)
        self.model.set_claims(self.draft.claims)
        self.table = ClaimsTable(self.model, lambda row: [(o.text, o.value) for o in self.captions.options(row)], right)
        self.claims_label.setBuddy(self.table)
        right_split = QSplitter(Qt.Orientation.Vertical, right)
        right_split.setChildrenCollapsible(False)
        right_split.addWidget(self.table)
        self.victims = VictimsPanel(right_split)  # named victims, under the claims
        right_split.addWidget(self.victims)
        self.incident_panel = IncidentPanel(right_split)
        self.incident_panel.setObjectName("incident_panel")
        right_split.addWidget(self.incident_panel)
        right_split.setStretchFactor(0, 2)
        right_split.setStretchFactor(1, 1)
        right_split.setStretchFactor(2, 1)
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

        for a, b in ((self.language, self.text), (self.text, self.table), (self.table, self.doubtful_button),
                     (self.doubtful_button, self.confirm_all_button),
                     (self.confirm_all_button, self.add_button), (self.add_button, self.remove_button),
                     (self.remove_button, self.victims.table),
                     (self.victims.table, self.victims.confirm_all_button),
                     (self.victims.confirm_all_button, self.incident_panel.options),
                     (self.incident_panel.options, self.incident_panel.edit_button),
                     (self.incident_panel.edit_button, self.incident_panel.add_button),
                     (self.incident_panel.add_button, self.incident_panel.open_button),
                     (self.incident_panel.open_button, self.save_button)):
            QWidget.setTabOrder(a, b)

    def _message_label(self, name: str, style: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.hide()
        return label

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
        self.victims.model.sig_victims_changed.connect(lambda: (self._update_marks(), self._form_changed()))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._claim_selected())
        self.table.sig_remove_requested.connect(self.remove_selected_claims)
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
        self.confirm_all_button.clicked.connect(
            lambda: self.model.set_all_confirmed(True, skip=is_doubtful if self.table.folded else None))
        self.doubtful_button.toggled.connect(self.on_doubtful_button_toggled)
        self.model.modelReset.connect(self._update_doubtful)
        self.model.sig_claims_changed.connect(self._update_doubtful)
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
        self.fields.retranslate()
        self.text_label.setText(self.tr("Report te&xt (paste it here):"))
        self.legend.retranslate()
        self.text.setPlaceholderText(self.tr("Paste the text of the report. Suggested claims, dates, places and "
                                             "actors are highlighted; click a highlighted claim to edit it."))
        self.claims_label.setText(self.tr("&Claims (only confirmed ones are saved):"))
        self.confirm_all_button.setText(self.tr("Confirm &all"))
        self.confirm_all_button.setToolTip(self.tr("Accept every suggested claim shown as it is"))
        self._update_doubtful()
        self.add_button.setText(self.tr("Add claim"))
        self.add_button.setToolTip(QKeySequence("Alt+N").toString(QKeySequence.SequenceFormat.NativeText))
        self.remove_button.setText(self.tr("Remo&ve claim"))
        self.remove_button.setToolTip(self.tr("Delete"))
        self.save_button.setText(self.tr("Save report"))
        self.save_button.setToolTip(QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText))
        self.discard_button.setText(self.tr("Discard this report…"))
        self.incident_panel.retranslate()
        self.victims.retranslate()
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
        request = self.presenter.names_request()

        def op(ctx: Any) -> Names:
            return request.run(ctx.session)

        def done(names: Names) -> None:
            if self.presenter.set_names(names):
                self.extract_now()

        self.context.run_op(self, op, done)

    # -- the text and its suggestions ------------------------------------------------------------

    def on_text_text_changed(self) -> None:
        if self._loading:
            return
        lang = self.presenter.set_text(self.text.text())
        if lang is not None:
            self.language.setCurrentIndex(self.language.findData(lang))
        self._extract_timer.start()
        self._form_changed()

    def on_published_sig_value_changed(self, value: date | None) -> None:
        if self._loading:
            return
        self.presenter.set_published(value)
        # New incidents nobody edited take the publication date when the text names none.
        self._extract_timer.start()
        self._form_changed()

    def on_language_activated(self, _index: int) -> None:
        self.presenter.choose_language(self.language.currentData())
        self._form_changed()

    def extract_now(self) -> None:
        """Read the text again in a worker; stale results (the text changed since) are dropped."""
        self._extract_timer.stop()
        request = self.presenter.extraction_request()
        if request is None:
            return
        if not request.text.strip():
            self._apply_extraction(None, request)
            return
        self.extract_status.setText(self.tr("Reading the text…"))

        def op(_ctx: Any) -> Any:
            return request.run()

        def done(result: Any) -> None:
            if self.presenter.is_current(request):
                self._apply_extraction(result, request)

        self.context.run_op(self, op, done)

    def _apply_extraction(self, result: Any, request: ExtractionRequest) -> None:
        row = self.presenter.apply_extraction(result, request.published, current=self._current_row())
        if self.presenter.offered_published is not None:
            self._loading = True  # the page's own date fills the empty field; no second reading
            try:
                self.published.set_value(self.presenter.offered_published)
            finally:
                self._loading = False
        self.model.set_claims(self.draft.claims)
        self.victims.set_victims(self.draft.victims)
        if row is not None:
            self._select_row(row)
        self._update_marks()
        self._update_status()
        self.refresh_proposals()
        self._form_changed()

    def _update_marks(self) -> None:
        self.text.set_marks(self.captions.marks(), self._current_row())

    def on_doubtful_button_toggled(self, shown: bool) -> None:
        self.table.fold_doubtful(not shown)
        self._update_doubtful()

    def _update_doubtful(self) -> None:
        """The button that shows the folded doubtful suggestions: hidden when there are none."""
        n = self.table.fold_doubtful(self.table.folded)
        self.doubtful_button.setVisible(n > 0)
        if self.table.folded:
            self.doubtful_button.setText(fill(self.tr("Show %1 doubtful"), number(n)))
        else:
            self.doubtful_button.setText(self.tr("Fold doubtful"))
        self.doubtful_button.setToolTip(self.tr(
            "Suggestions the text supports only weakly (a casualty word far from the figure). "
            "They are never saved unless you confirm them."))

    def _update_status(self) -> None:
        status = self.captions.reading()
        if status is not None:
            self.extract_status.setText(status)

    # -- claims ----------------------------------------------------------------------------------

    def on_model_sig_claims_changed(self) -> None:
        self._update_marks()
        self._update_status()
        self._claim_selected()
        self._form_changed()

    def _current_row(self) -> int | None:
        return self.table.current_row()

    def _select_row(self, row: int, column: int = COL_CONFIRM) -> None:
        self.table.select_row(row, column)

    def _claim_selected(self) -> None:
        row = self._current_row()
        self.text.select_claim(row, scroll=False)
        c = self.presenter.claim(row)
        if row is None or c is None:
            self.incident_panel.set_options(self.captions.options(None), None, claim_label=None)
            return
        self.incident_panel.set_options(self.captions.options(row), self.presenter.current_link(row),
                                        claim_label=self.captions.claim_label(row, c),
                                        linked_by_default=self.presenter.linked_by_default(row))

    def add_claim(self) -> None:
        """A claim typed by the person: linked to the incident of the selected claim (or of the
        last one), else to a new incident."""
        self.table.edit_figure(self.model.add_claim(self.presenter.new_claim(self._current_row())))

    def remove_selected_claims(self) -> None:
        rows = self.table.selected_rows()
        if rows:
            self.model.remove_claims(rows)
            if self.draft.claims:
                self._select_row(min(rows[0], len(self.draft.claims) - 1))

    def on_text_sig_mark_clicked(self, kind: str, index: int) -> None:
        if kind == "claim" and 0 <= index < len(self.draft.claims):
            self._select_row(index)
        elif kind == "victim":
            self.victims.select_row(index)
        elif 0 <= index < len(self.presenter.mentions(kind)):
            mark = next((m for m in self.text.marks if m.kind == kind and m.index == index), None)
            if mark is not None:
                self.context.bus.sig_status.emit(mark.tooltip)

    def on_text_sig_mark_activated(self, kind: str, index: int) -> None:
        if kind == "claim" and 0 <= index < len(self.draft.claims):
            self.table.edit_figure(index)

    # -- incidents -------------------------------------------------------------------------------

    def refresh_proposals(self) -> None:
        """Look up recorded incidents near each new incident's places and date (in a worker)."""
        request = self.presenter.proposal_request()

        def op(ctx: Any) -> ProposalResult:
            return request.run(ctx.session)

        def done(result: ProposalResult) -> None:
            changes = self.presenter.apply_proposals(request, result)
            if changes is None:
                return
            if changes:
                self._links_changed()
            self.model.refresh_incident_labels()
            self._claim_selected()

        self.context.run_op(self, op, done)

    def _links_changed(self) -> None:
        """The presenter linked claims to other incidents (default links)."""
        self.model.refresh_incident_labels()
        self._claim_selected()
        self._form_changed()

    def _new_incident_changed(self) -> None:
        self.model.refresh_incident_labels()
        self._claim_selected()
        self.refresh_proposals()
        self._form_changed()

    def _proposal_text(self, p: IncidentProposal) -> str:
        parts = [day(p.start_date), join(p.place_names[:3]), self.tr("%n claim(s)", "", p.claims)]
        where = self.tr("same place") if p.same_place else self.tr("nearby place")
        apart = self.tr("same day") if p.days_apart == 0 else self.tr("%n day(s) apart", "", p.days_apart)
        return fill(self.tr("Recorded incident: %1 (%2, %3)"), " · ".join(isolate(x) for x in parts if x), where, apart)

    def on_incident_panel_sig_link_chosen(self, value: tuple[str, Any]) -> None:
        self.model.rows_changed(self.presenter.link(self.table.selected_rows(), value))
        self.refresh_proposals()

    def on_incident_panel_sig_add_new(self) -> None:
        row = self._current_row()
        j = self.presenter.new_incident_for(row) if row is not None else None
        if j is None:
            return
        self.model.rows_changed([row])
        self.edit_new_incident(j)

    def edit_new_incident(self, j: int) -> None:
        """The incident editor on new incident #j; its values stay in the draft until saving."""
        dialog = IncidentDialog(self.context, self, self.presenter.incident_values(j), None)
        dialog.setWindowTitle(self.captions.new_incident_title(j))
        for name in ("grade", "grade_reasons", "notes"):
            field = dialog.fields.get(name)
            if field is not None:
                field.parentWidget().hide()
                label = dialog.form.labelForField(field.parentWidget())
                if label is not None:
                    label.hide()
        dialog.submit = synchronous(lambda values: self.presenter.update_new_incident(j, values))
        if dialog.exec():
            self._new_incident_changed()

    def on_text_sig_use_date(self, index: int) -> None:
        if self.presenter.use_date(self._current_row(), index):
            self._new_incident_changed()

    def on_text_sig_add_place(self, index: int) -> None:
        if self.presenter.add_place(self._current_row(), index):
            self._new_incident_changed()

    # -- source and URL --------------------------------------------------------------------------

    def _lookup_sources(self, text: str, callback: Any) -> None:
        request = self.presenter.source_lookup(text)

        def op(ctx: Any) -> list[tuple[uuid.UUID, str]]:
            return request.run(ctx.session)

        self.context.run_op(self, op, callback)

    def _check_url(self) -> None:
        request = self.presenter.url_request(self.url.text())
        if request is None:
            self.url_warning.hide()
            return

        def op(ctx: Any) -> list[tuple[uuid.UUID, str]]:
            return request.run(ctx.session)

        def done(found: list[tuple[uuid.UUID, str]]) -> None:
            if not self.presenter.is_current(request):
                return
            if found:
                self.url_warning.setText(self.captions.url_warning(found))
                self.url_warning.show()
            else:
                self.url_warning.hide()

        self.context.run_op(self, op, done)

    # -- the draft -------------------------------------------------------------------------------

    def _form_changed(self) -> None:
        if self._loading:
            return
        self._sync_metadata()
        self.error.hide()
        self._draft_timer.start()

    def _sync_metadata(self) -> None:
        self.presenter.set_fields(
            source_id=self.source.source_id(), new_source=self.source.new_source(), title=self.title.text(),
            author=self.author.text(), published_date=self.published.value(), url=self.url.text(),
            language=self.language.currentData(), text=self.text.text(), evidence=self.evidence.files)

    def write_draft(self) -> None:
        """Keep the draft on disk (in the background); an empty form leaves no draft."""
        self._draft_timer.stop()
        self._sync_metadata()
        write = self.presenter.keep_draft(self.source.edit.text())
        if write.action == "delete":
            self.writer.delete(write.draft_id)
        if write.action != "save" or write.data is None:
            self.draft_status.setText("")
            return
        self.writer.save(write.draft_id, write.data, label=write.label)
        self.draft_status.setText(fill(self.tr("Draft kept (%1); it comes back if the app closes before saving."),
                                       clock(datetime.now())))

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
        draft, source_label = self.presenter.restored(data)
        self.load_draft(draft, source_label=source_label)
        self.presenter.draft_written = True
        self.offer_drafts()

    def discard_draft(self, draft_id: str) -> None:
        self.store.delete(draft_id)
        self.offer_drafts()

    def load_draft(self, draft: ReportDraft, *, source_label: str = "") -> None:
        """Show `draft` in the form (it becomes the page's draft)."""
        self._loading = True
        try:
            self.presenter.load(draft)
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
            self.text.setPlainText(draft.text)
            draft.text = self.text.text()
            self.model.set_claims(draft.claims)
            self.victims.set_victims(draft.victims)
            self.evidence.set_files(draft.evidence)
        finally:
            self._loading = False
        self._update_marks()
        self.error.hide()
        self.extract_now()
        self.refresh_proposals()
        self._check_url()

    def new_draft(self) -> None:
        self.load_draft(ReportDraft())
        self.presenter.draft_written = False
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
        if self.presenter.saving:
            return
        if self.table.state() == QAbstractItemView.State.EditingState:
            self.table.setFocus()  # commits the cell being edited
        problem = self.presenter.form_problem(published_typed=self.published.text_if_invalid())
        if problem is not None:  # never save "no date" for a date that was typed but is not one
            message = self.tr("«%1» is not a date: write the publication date as YYYY-MM-DD or DD/MM/YYYY.")
            self.error.setText(fill(message, isolate(problem.value)))
            self.error.show()
            self.published.setFocus()
            return
        self._sync_metadata()
        request = self.presenter.save_request()
        if request is None:
            return
        if request.unconfirmed and not ask(
                self, self.tr("Save report"),
                self.tr("%n claim(s) are not confirmed and will not be saved.", "", request.unconfirmed) + " " + (
                    self.tr("Save the report with the %n confirmed claim(s)?", "", request.confirmed)
                    if request.confirmed else self.tr("Save the report without any claim?"))):
            return
        self.presenter.start_saving()
        self.save_button.setEnabled(False)
        self.error.hide()
        self.notice.hide()

        def check(ctx: Any) -> SaveCheck:
            return request.check(ctx.session)

        def checked(result: SaveCheck) -> None:
            step = self.presenter.checked(result)
            if step == "relinked":
                # Recorded meanwhile, or the proposals had not come back: show the links first.
                self.save_button.setEnabled(True)
                self._links_changed()
                self.refresh_proposals()
                self.notice.setText(self.tr(
                    "%n claim(s) are now linked to incidents already recorded at the same place and date. "
                    "Check the links in the table and save again.", "", len(result.links)))
                self.notice.show()
            elif step == "stored":
                self._ask_stored(result.stored, request)
            else:
                self._store(request)

        def failed(exc: BaseException) -> None:
            self._save_stopped()
            self.show_error(exc)

        self.context.run_op(self, check, checked, failed)

    def _save_stopped(self) -> None:
        self.presenter.save_stopped()
        self.save_button.setEnabled(True)

    def _ask_stored(self, stored: list[StoredReport], request: SaveRequest) -> None:
        """The same source and text (or web address) are already stored: open it, save a second
        copy, or go back to the form. Not modal for the app's event loop (`open`, not `exec`)."""
        box = StoredReportBox(self.captions.stored(stored), self)
        self.stored_box = box

        def chosen(button: Any) -> None:
            self.stored_box = None
            box.deleteLater()
            if button is box.save_button:
                self._store(request)
                return
            self._save_stopped()
            if button is box.open_button:
                self.context.open_record("report", stored[0].id)

        box.buttonClicked.connect(chosen)
        box.open()

    def _store(self, request: SaveRequest) -> None:
        draft = request.draft

        def op(ctx: Any) -> uuid.UUID:
            return request.store(ctx.session)

        def done(report_id: uuid.UUID) -> None:
            self.presenter.saved(report_id)
            self.save_button.setEnabled(True)
            self.writer.delete(draft.draft_id)
            self.context.bus.sig_status.emit(self.tr("Report saved with %n claim(s).", "", request.confirmed))
            self.new_draft()
            self.draft_status.setText(fill(self.tr("Saved at %1."), clock(datetime.now())))

        def failed(exc: BaseException) -> None:
            self._save_stopped()
            self.show_error(exc)

        self.context.run_op(self, op, done, failed, write=True, context="new report")

    def show_error(self, exc: BaseException) -> None:
        """Say what is wrong and put the focus where it can be fixed."""
        field = getattr(exc, "field", None) if isinstance(exc, ValidationError) else None
        if field is None:
            self.error.setText(describe(exc))
            self.error.show()
            return
        place = self.presenter.locate(field)
        self.error.setText(fill(self.tr("%1: %2"), self.captions.where(place), validation_message(exc)))
        self.error.show()
        focus = self._focus_for(place)
        if focus is not None:
            focus()

    def _focus_for(self, place: Any) -> Any:
        """What puts the focus on the field of an error (None: nothing to focus)."""
        if place.kind == "claim":
            row, column = place.index, FIELD_COLUMNS.get(place.name, COL_MIN)

            def focus() -> None:
                self._select_row(row, column)
                self.table.setFocus()
            return focus
        if place.kind == "incident":
            return lambda: self.edit_new_incident(place.index)
        if place.kind == "source":
            return self.source.edit.setFocus
        widgets = {"title": self.title, "author": self.author, "published_date": self.published, "url": self.url,
                   "language": self.language, "text": self.text}
        w = widgets.get(place.name)
        return w.setFocus if w is not None else None

    # -- other pages' changes --------------------------------------------------------------------

    def on_bus_changed(self, changes: Changes) -> None:
        if self.presenter.needs_proposals(changes):
            self.refresh_proposals()


# ---------------------------------------------------------------------------------------------


def offer_drafts_at_start(context: AppContext) -> None:
    """When the app opens with unsaved reports of this database, show this page: it offers
    the newest back."""
    store = DraftStore(context.database)
    store.adopt_files()
    if store.list():
        context.bus.sig_show_page.emit("entry", None)


PAGE = PageSpec(key="entry", title=QT_TRANSLATE_NOOP("Pages", "New report"), factory=EntryPage, order=5,
                shortcut="Ctrl+Shift+N", icon="document-new", on_start=offer_drafts_at_start)
