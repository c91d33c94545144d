"""Export / Import: the NGO workbook (casualtydb.io.xlsx_export) and spreadsheets of claims
(casualtydb.io.spreadsheet_import), both run off the UI thread with progress and Cancel.

The page only gathers choices and shows results; the work is the same functions the CLI's
`casualtydb export` and `casualtydb import` call."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...io.formats.detect import open_dataset, own_workbook
from ...io.formats.loader import FormatResult, PlaceQuestion, import_events, places_to_settle
from ...io.formats.mapped import Mapped, Mapping
from ...io.formats.preview import SheetToMap, sheet_to_map
from ...io.formats.saved import save_mapping
from ...io.spreadsheet_import import (
    ImportCancelled,
    ImportProblems,
    ImportResult,
    Problem,
    import_spreadsheet,
)
from ...io.since_last import Previous, last_export, options_for, recipients
from ...io.xlsx_export import ExportCancelled, ExportOptions, ExportSummary, export_since_last, export_workbook
from ...queries.places import place_choices
from ..context import AppContext
from ..errors import describe, show_error
from ..format import fill, isolate, number, timestamp
from ..import_problems import PROBLEM_TEXTS, problem_text  # noqa: F401 (PROBLEM_TEXTS: tests)
from ..mapping_dialog import MappingDialog
from ..models.rows import ListTableModel
from ..ops import Cancelled
from ..places_dialog import PlacesDialog
from ..widgets.date_edit import DateEdit
from ..widgets.delegates import BidiDelegate
from ..widgets.place_picker import PlaceMatcher, PlacePicker
from . import PageSpec

class ProblemsModel(ListTableModel):
    """The problems an import check found: row, column, reason."""

    CONTEXT = "ExchangePage"
    COL_ROW, COL_COLUMN, COL_REASON = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("ExchangePage", "Row"), QT_TRANSLATE_NOOP("ExchangePage", "Column"),
               QT_TRANSLATE_NOOP("ExchangePage", "Problem"))

    def __init__(self, parent: Any = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang

    @property
    def problems(self) -> list[Problem]:
        return self.rows

    def set_problems(self, problems: list[Problem]) -> None:
        self.set_rows(problems)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_ROW:
                return number(p.row) if p.row is not None else "—"
            if col == self.COL_COLUMN:
                return p.column or "—"
            return problem_text(p, self.lang)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_REASON:
            return problem_text(p, self.lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ExchangePage(QWidget):
    """Export the database (or a filtered part) as an Excel workbook; import claims from a
    spreadsheet or CSV, checked first."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.import_path: Path | None = None
        self.last_export: Path | None = None
        self.running: Any = None  # the OpHandle of the export or import under way
        self._export_options = ExportOptions(lang=context.lang)

        # -- export ---------------------------------------------------------------------------
        self.export_box = QGroupBox(self)
        self.language = QComboBox(self.export_box)
        self.date_from = DateEdit(self.export_box)
        self.date_to = DateEdit(self.export_box)
        self.place = PlacePicker(PlaceMatcher([]), self.export_box)
        lang = context.lang
        context.run_op(self, lambda ctx: PlaceMatcher(place_choices(ctx.session, lang=lang)),
                       lambda matcher: setattr(self.place, "matcher", matcher))
        self.place.setMinimumWidth(360)
        self.redact = QCheckBox(self.export_box)
        self.redact.setChecked(True)  # the safe choice for a file that leaves the office
        self.redact_note = QLabel(self.export_box)
        self.redact_note.setWordWrap(True)
        # A named recipient (an NGO): only what changed since the last workbook sent to them.
        self.recipient = QComboBox(self.export_box)
        self.recipient.setEditable(True)
        self.recipient.setObjectName("recipient")
        self.recipient.setMinimumWidth(360)
        self.only_changes = QCheckBox(self.export_box)
        self.only_changes.setObjectName("only_changes")
        self.recipient_note = QLabel(self.export_box)
        self.recipient_note.setWordWrap(True)
        self.previous: Previous | None = None
        self._load_recipients()
        self.export_button = QPushButton(self.export_box)
        self.export_result = QLabel(self.export_box)
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.export_box)
        self.open_folder.setVisible(False)
        form = QFormLayout()
        self._export_labels = [QLabel(self.export_box) for _ in range(5)]
        for label, field in zip(self._export_labels, (self.language, self.date_from, self.date_to, self.place,
                                                      self.recipient), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for field in (self.language, self.date_from, self.date_to):
            field.setMinimumWidth(200)
        box = QVBoxLayout(self.export_box)
        box.addLayout(form)
        box.addWidget(self.redact)
        box.addWidget(self.redact_note)
        box.addWidget(self.only_changes)
        box.addWidget(self.recipient_note)
        box.addLayout(buttons)
        box.addWidget(self.export_result)

        # -- import ---------------------------------------------------------------------------
        self.import_box = QGroupBox(self)
        self.import_intro = QLabel(self.import_box)
        self.import_intro.setWordWrap(True)
        self.choose_button = QPushButton(self.import_box)
        self.file_label = QLabel(self.import_box)
        self.check_button = QPushButton(self.import_box)
        self.import_button = QPushButton(self.import_box)
        self.import_result = QLabel(self.import_box)
        self.import_result.setWordWrap(True)
        self.import_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_missing = QCheckBox(self.import_box)
        self.create_missing.setObjectName("create_missing")
        # A sheet in no known format: read through a mapping (mapping_dialog); places the gazetteer
        # does not settle: settled in one list first (places_dialog).
        self.map_button = QPushButton(self.import_box)
        self.map_button.setObjectName("map_button")
        self.map_button.setVisible(False)
        self.to_map: SheetToMap | None = None
        self.mapping: Mapping | None = None
        self.settled: dict[tuple[str | None, ...], Any] = {}
        self.dialog: QWidget | None = None  # the mapping or places dialog open
        self.problems = ProblemsModel(self, context.lang)
        self.problems_view = QTableView(self.import_box)
        self.problems_view.setModel(self.problems)
        self.problems_view.setItemDelegate(BidiDelegate(self.problems_view))
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.verticalHeader().setVisible(False)
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(ProblemsModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ProblemsModel.COL_ROW, 70)
        header.resizeSection(ProblemsModel.COL_COLUMN, 140)
        self.problems_view.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.map_button)
        row.addWidget(self.check_button)
        row.addWidget(self.import_button)
        box = QVBoxLayout(self.import_box)
        box.addWidget(self.import_intro)
        box.addLayout(row)
        box.addWidget(self.create_missing)
        box.addWidget(self.import_result)
        box.addWidget(self.problems_view, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.export_box)
        layout.addWidget(self.import_box, 1)

        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.recipient.currentTextChanged.connect(self.on_recipient_changed)
        self.only_changes.toggled.connect(self._update_buttons)
        self.open_folder.clicked.connect(self.on_open_folder_clicked)
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        self.map_button.clicked.connect(lambda: self.ask_mapping(None))
        self.check_button.clicked.connect(lambda: self.start_import(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start_import(dry_run=False))
        self.retranslate()
        self._update_buttons()

    # -- text ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.export_box.setTitle(self.tr("Export an Excel workbook"))
        texts = (self.tr("&Language of the workbook"), self.tr("&From"), self.tr("&To"), self.tr("&Place"),
                 self.tr("Re&cipient"))
        for label, text in zip(self._export_labels, texts, strict=True):
            label.setText(text)
        current = self.language.currentData() or self.context.lang
        self.language.clear()
        self.language.addItem(self.tr("Arabic (right to left)"), "ar")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.place.setPlaceholderText(self.tr("Anywhere (type a place: includes everything inside it)"))
        self.redact.setText(self.tr("&Redact: leave out what could endanger people"))
        self.redact_note.setText(self.tr(
            "Names of victims and witnesses and the contact details of sources are left out, and notes "
            "marked sensitive are withheld; the About sheet says so. Untick only for a copy that stays "
            "with people entitled to see them."))
        self.recipient.lineEdit().setPlaceholderText(self.tr("The organisation the workbook is for (optional)"))
        self.only_changes.setText(self.tr("Only &what changed since the last export to this recipient"))
        self._show_previous()
        self.export_button.setText(self.tr("&Export…"))
        self.open_folder.setText(self.tr("Show in folder"))
        self.import_box.setTitle(self.tr("Import claims from a spreadsheet"))
        self.import_intro.setText(self.tr(
            "The Claims sheet of a casualtydb workbook, or an .xlsx or UTF-8 CSV file with the columns "
            "incident, incident_date, place, category, group, min, max, approximate, source, published, url, "
            "quote; or a dataset in a known format (ACLED, UCDP GED, an Airwars-style table, an HXL-tagged "
            "sheet, a KoboToolbox/ODK export), recognised by its columns. The whole file is checked first: "
            "nothing is written unless every row is valid, and importing the same file twice adds nothing."))
        self.create_missing.setText(self.tr(
            "Add the places and parties a dataset names that are not in the database (each place under the "
            "admin unit its row names)"))
        self.choose_button.setText(self.tr("&Choose a file…"))
        if self.import_path is None:
            self.file_label.setText(self.tr("No file chosen"))
        self.map_button.setText(self.tr("&Map the columns…"))
        self.check_button.setText(self.tr("C&heck"))
        self.import_button.setText(self.tr("&Import"))

    def _update_buttons(self) -> None:
        busy = self.running is not None and not self.running.done
        named = bool(self.recipient.currentText().strip())
        self.only_changes.setEnabled(named)
        self.export_button.setEnabled(not busy and (named or not self.only_changes.isChecked()))
        self.choose_button.setEnabled(not busy)
        self.map_button.setEnabled(not busy)
        self.check_button.setEnabled(not busy and self.import_path is not None)
        self.import_button.setEnabled(not busy and self.import_path is not None)

    # -- export ----------------------------------------------------------------------------------

    def options(self) -> ExportOptions:
        place = self.place.value()
        return ExportOptions(lang=self.language.currentData() or "ar", date_from=self.date_from.value(),
                             date_to=self.date_to.value(), place=str(place) if place else None,
                             redact=self.redact.isChecked())

    def on_export_button_clicked(self) -> None:
        options = self.options()
        start = self.last_export.parent if self.last_export else (
            self.context.database.path.parent if self.context.database.path else Path.home())
        suggested = start / (self.tr("casualties") + f"-{options.lang}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export an Excel workbook"), str(suggested),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.start_export(Path(path), options)

    def start_export(self, path: Path, options: ExportOptions | None = None) -> None:
        """Write the workbook in a worker; the progress dialog's Cancel leaves no file behind."""
        options = options or self.options()
        self._export_options = options
        label = fill(self.tr("Exporting %1…"), path.name)

        recipient = self.recipient.currentText().strip() if self.only_changes.isChecked() else None

        def op(ctx: Any) -> ExportSummary:  # worker thread: no widgets here
            progress, cancelled = (lambda done, total: ctx.progress(done, total)), (lambda: ctx.cancelled)
            if recipient:  # a write: what the recipient holds, and the export in the audit log
                chosen = options_for(ctx.session, recipient, lang=options.lang, date_from=options.date_from,
                                     date_to=options.date_to, place=options.place, redact=options.redact)
                return export_since_last(path, session=ctx.session, recipient=recipient, options=chosen,
                                         progress=progress, cancelled=cancelled)
            return export_workbook(path, session=ctx.session, options=options, progress=progress, cancelled=cancelled)

        self.export_result.setText(label)
        self.open_folder.setVisible(False)
        self.running = self.context.run_op(self, op, self.on_export_done, self.on_export_failed, progress=label,
                                           write=bool(recipient),
                                           context=f"export {path.name} to {recipient}" if recipient else None)
        self.running.sig_finished.connect(self._update_buttons)
        self._update_buttons()

    def on_export_done(self, summary: ExportSummary) -> None:
        self.last_export = summary.path
        text = fill(self.tr("Wrote %1 (incidents: %2, claims: %3, sources: %4, open conflicts: %5)."),
                    isolate(str(summary.path)), number(summary.incidents), number(summary.claims),
                    number(summary.sources), number(summary.conflicts))
        if self._export_options.redact:
            text += " " + fill(self.tr("Redacted (values withheld: %1)."), number(sum(summary.withheld.values())))
        if summary.changes is not None:
            c = summary.changes
            text += " " + fill(self.tr("Since the last export to this recipient: rows added %1, changed %2, "
                                       "withdrawn %3 (the Changes sheet lists each)."),
                               number(c.added), number(c.changed), number(c.withdrawn))
            self._load_recipients()
        self.export_result.setText(text)
        self.open_folder.setVisible(True)
        self.context.bus.sig_status.emit(text)

    def on_export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, (ExportCancelled, Cancelled)):
            self.export_result.setText(self.tr("Export cancelled; no file was written."))
            return
        self.export_result.setText(describe(exc))
        show_error(self, exc)

    # -- recipients --------------------------------------------------------------------------

    def _load_recipients(self) -> None:
        def shown(names: list[str]) -> None:
            current = self.recipient.currentText()
            self.recipient.blockSignals(True)
            self.recipient.clear()
            self.recipient.addItems(names)
            self.recipient.setEditText(current)
            self.recipient.blockSignals(False)
            self.on_recipient_changed(current)
        self.context.run_op(self, lambda ctx: recipients(ctx.session), shown)

    def on_recipient_changed(self, text: str) -> None:
        """A known recipient: their last export shown, and its language, filters and redaction
        taken into the form (an export of only what changed keeps them)."""
        name = text.strip()
        self._update_buttons()
        if not name:
            self.previous = None
            self._show_previous()
            return

        def read(ctx: Any) -> Previous | None:
            last = last_export(ctx.session, name)
            if last is None:
                return None
            return Previous(last.exported_at, last.lang, last.date_from, last.date_to, last.place, last.redact,
                            last.file_name, last.rows)

        def shown(previous: Previous | None) -> None:
            if self.recipient.currentText().strip() != name:
                return  # typed on meanwhile
            self.previous = previous
            if previous is not None:
                self.language.setCurrentIndex(max(0, self.language.findData(previous.lang)))
                self.date_from.set_value(previous.date_from)
                self.date_to.set_value(previous.date_to)
                self.redact.setChecked(previous.redact)
                self.place.set_value(_place_id(previous.place))
                self.only_changes.setChecked(True)
            self._show_previous()
        self.context.run_op(self, read, shown)

    def _show_previous(self) -> None:
        p = self.previous
        if p is None:
            self.recipient_note.setText(self.tr("Nothing was exported to this recipient yet: the first export "
                                                "of only what changed holds every row.")
                                        if self.recipient.currentText().strip() else "")
            return
        self.recipient_note.setText(fill(self.tr("Last export to this recipient: %1 (%2, rows they hold: %3)."),
                                         timestamp(p.exported_at), isolate(p.file_name), number(p.rows)))

    def on_open_folder_clicked(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))

    # -- import ----------------------------------------------------------------------------------

    def on_choose_button_clicked(self) -> None:
        start = self.import_path.parent if self.import_path else Path.home()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import claims"), str(start),
                                              self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        if path:
            self.set_import_file(Path(path))

    def set_import_file(self, path: Path) -> None:
        self.import_path = path
        # A left-to-right mark first: a path alone in a right-to-left label would otherwise show
        # its leading "/" at the far end (Qt takes the label's direction for the neutral slash).
        self.file_label.setText("\u200e" + str(path))
        self.import_result.clear()
        self.problems.set_problems([])
        self.problems_view.setVisible(False)
        self.to_map, self.mapping, self.settled = None, None, {}
        self.map_button.setVisible(False)
        self._update_buttons()

        def shown(sheet: SheetToMap | None) -> None:
            if self.import_path != path:
                return
            self.to_map = sheet
            self.map_button.setVisible(sheet is not None)
            if sheet is not None:
                self.import_result.setText(self.tr("This sheet is in no format casualtydb knows: say what its "
                                                   "columns are (Map the columns…) before checking it."))
        # A file that cannot be read says so when it is checked: nothing to show here.
        self.context.run_op(self, lambda ctx: sheet_to_map(path, ctx.session), shown, lambda exc: None)

    # -- a mapping, and the places to settle, before the import ------------------------------------

    def ask_mapping(self, then: Any) -> None:
        """The mapping dialog; `then()` runs once it is accepted."""
        if self.to_map is None:
            return
        dialog = MappingDialog(self.context, self.to_map, self)
        dialog.resize(1180, 720)
        self.dialog = dialog

        def accepted() -> None:
            self.mapping = dialog.mapping()
            self.settled = {}
            self.map_button.setText(fill(self.tr("&Mapping: %1…"), isolate(self.mapping.name)) if self.mapping.name
                                    else self.tr("&Map the columns…"))
            if then is not None:
                then()
        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        dialog.open()

    def settle_places(self, then: Any) -> None:
        """The places the file names that the gazetteer does not settle, listed once (a read in a
        worker); `then()` runs when there are none or when every one is settled."""
        path, mapping, settled = self.import_path, self.mapping, dict(self.settled)
        if path is None:
            return

        def op(ctx: Any) -> list[PlaceQuestion]:  # worker thread: no widgets here
            table, fmt = (None, None) if own_workbook(path) else open_dataset(path)
            if mapping is not None and table is not None:
                fmt = Mapped(mapping)
            if table is None or fmt is None:
                return []  # our own columns: places are gazetteer names or P-codes, checked by the import
            return places_to_settle(table, fmt, session=ctx.session, settled=settled,
                                    cancelled=lambda: ctx.cancelled)

        def shown(questions: list[PlaceQuestion]) -> None:
            if not questions:
                then()
                return
            dialog = PlacesDialog(questions, self.context.lang, path.name, self)
            dialog.resize(1180, 640)
            self.dialog = dialog

            def accepted() -> None:
                self.settled.update(dialog.settled())
                then()
            dialog.accepted.connect(accepted)
            dialog.rejected.connect(lambda: self.import_result.setText(self.tr("Cancelled; nothing was written.")))
            dialog.finished.connect(lambda _: setattr(self, "dialog", None))
            dialog.open()
        self.import_result.setText(fill(self.tr("Looking up the places of %1…"), path.name))
        self.context.run_op(self, op, shown, self.on_import_failed, progress=self.import_result.text())

    def start_import(self, *, dry_run: bool) -> None:
        """Check (dry run) or import the chosen file: first its mapping (a sheet in no known format)
        and the places to settle, then the import in a worker, one transaction."""
        if self.import_path is None:
            return
        if self.to_map is not None and self.mapping is None:
            self.ask_mapping(lambda: self.start_import(dry_run=dry_run))
            return
        if not self.create_missing.isChecked():
            self.settle_places(lambda: self.run_import(dry_run=dry_run))
            return
        self.run_import(dry_run=dry_run)

    def run_import(self, *, dry_run: bool) -> None:
        path = self.import_path
        if path is None:
            return
        mapping, settled = self.mapping, dict(self.settled)
        label = fill(self.tr("Checking %1…") if dry_run else self.tr("Importing %1…"), path.name)

        create = self.create_missing.isChecked()

        def op(ctx: Any) -> ImportResult:  # worker thread: no widgets here
            table, fmt = (None, None) if own_workbook(path) else open_dataset(path)
            if mapping is not None and table is not None:
                fmt = Mapped(mapping)
            if table is not None and fmt is not None:  # ACLED, UCDP, Airwars-style, HXL, Kobo/ODK, mapped
                result: ImportResult = import_events(
                    table, fmt, session=ctx.session, path=path, dry_run=dry_run, create_places=create,
                    create_actors=create, progress=lambda done, total: ctx.progress(done, total),
                    cancelled=lambda: ctx.cancelled, settled=settled)
                if mapping is not None and mapping.name and not dry_run:  # kept for the next file
                    save_mapping(ctx.session, mapping, table.header)
            else:
                result = import_spreadsheet(path, session=ctx.session, dry_run=dry_run,
                                            progress=lambda done, total: ctx.progress(done, total),
                                            cancelled=lambda: ctx.cancelled)
            if not dry_run:  # bulk Core inserts: the ORM did not see them
                for kind in ("incident", "report", "source", "claim", "figure", "place", "actor"):
                    ctx.changes.add(kind)
            return result

        self.import_result.setText(label)
        self.problems.set_problems([])
        self.problems_view.setVisible(False)
        self.running = self.context.run_op(self, op, self.on_import_done, self.on_import_failed,
                                           write=not dry_run, progress=label, context=f"import {path.name}")
        self.running.sig_finished.connect(self._update_buttons)
        self._update_buttons()

    def on_import_done(self, result: ImportResult) -> None:
        counts = (number(result.incidents_added), number(result.sources_added), number(result.reports_added),
                  number(result.claims_added))
        if result.dry_run:
            text = self.tr("Rows checked: %1, no problems. Importing would add incidents: %2, sources: %3, "
                           "reports: %4, claims: %5.")
        else:
            text = self.tr("Rows imported: %1. Added incidents: %2, sources: %3, reports: %4, claims: %5.")
        text = fill(text, number(result.rows), *counts)
        if isinstance(result, FormatResult):
            text = fill(self.tr("Read as %1."), result.format) + " " + text
            if result.places_added or result.actors_added:
                text += " " + fill(self.tr("New places: %1, new parties: %2."), number(len(result.places_added)),
                                   number(len(result.actors_added)))
        if result.claims_present:
            text += " " + fill(self.tr("Claims already in the database: %1."), number(result.claims_present))
        self.import_result.setText(text)
        if not result.dry_run and (result.claims_added or result.incidents_added or result.sources_added):
            self.context.bus.sig_status.emit(text)

    def on_import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportProblems):
            self.problems.set_problems(exc.problems)
            self.problems_view.setVisible(True)
            bad_rows = len({p.row for p in exc.problems if p.row is not None})
            self.import_result.setText(fill(self.tr("Problems: %1, in %2 of %3 rows. Nothing was imported: correct "
                                                    "the file and check it again."),
                                            number(len(exc.problems)), number(bad_rows), number(exc.rows)))
            return
        if isinstance(exc, (Cancelled, ImportCancelled)):
            self.import_result.setText(self.tr("Cancelled; nothing was written."))
            return
        self.import_result.setText(describe(exc))
        show_error(self, exc)


def _place_id(text: str | None) -> uuid.UUID | None:
    """The place filter as the page stores it (a place id); the CLI's P-codes and names stay out
    of the picker (the export still applies them)."""
    try:
        return uuid.UUID(text) if text else None
    except ValueError:
        return None


PAGE = PageSpec(key="exchange", title=QT_TRANSLATE_NOOP("Pages", "Export / Import"), factory=ExchangePage,
                order=80, shortcut="Ctrl+8", icon="document-save-as")
