"""Duplicates: incidents that may be one event entered twice, best candidates first, the two
side by side, and Merge / Not a duplicate (a merge can be undone from here right after, and at
any time with `casualtydb unmerge`).

Candidates come from casualtydb.crossref.duplicates (one SQL self-join on date window and place
containment) in the background, with the database's duplicate window (crossref/settings.py)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...crossref.duplicates import (
    DuplicateCandidate,
    DuplicateReason,
    IncidentCard,
    dismiss,
    find_duplicates,
    incident_cards,
    incident_labels,
)
from ...crossref.merge import merge, unmerge
from ...crossref.settings import get_window
from ...models import ActorRole, Category, EventType, VictimGroup
from .. import format as fmt
from ..context import AppContext
from ..labels import enum_label
from ..models.rows import ListTableModel
from ..ops import OpContext
from ..undo import MergeCommand
from . import PageSpec
from ._page import ReviewPage, pair_table

PairRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class IncidentLabel:
    start_date: date
    place_ar: str | None
    place_en: str | None
    event_type: str

    def text(self, lang: str) -> str:
        place = (self.place_en or self.place_ar) if lang == "en" else (self.place_ar or self.place_en)
        return fmt.fill(QCoreApplication.translate("DuplicatesPage", "%1, %2, %3"),
                        fmt.isolate(fmt.day(self.start_date)), place or "—", enum_label(EventType(self.event_type)))


def reason_text(reason: DuplicateReason) -> str:
    """A reason of the duplicate search (casualtydb.crossref.duplicates) in the interface language."""
    code, params = reason.code, reason.params
    if code == "acled_rule":
        return QCoreApplication.translate("DuplicatesPage", "one event by ACLED's rule (same day, place, type and "
                                                            "parties)")
    if code == "same_day":
        return QCoreApplication.translate("DuplicatesPage", "same day")
    if code == "days_apart":
        return QCoreApplication.translate("DuplicatesPage", "%n day(s) apart", "", int(params.get("days", 0)))
    if code == "same_place":
        return QCoreApplication.translate("DuplicatesPage", "same place")
    if code == "place_inside":
        return QCoreApplication.translate("DuplicatesPage", "one place lies inside the other")
    if code == "same_type":
        return fmt.fill(QCoreApplication.translate("DuplicatesPage", "same type (%1)"),
                        enum_label(EventType(params["type"])))
    if code == "same_family":
        a, b = params.get("types", ["other", "other"])
        return fmt.fill(QCoreApplication.translate("DuplicatesPage", "%1 and %2: both explosions or remote violence "
                                                                     "(ACLED)"),
                        enum_label(EventType(a)), enum_label(EventType(b)))
    if code == "other_type":
        return QCoreApplication.translate("DuplicatesPage", "one type unspecified")
    if code == "same_actors":
        return fmt.fill(QCoreApplication.translate("DuplicatesPage", "same parties held responsible: %1"),
                        fmt.join(params.get("actors", [])))
    if code == "shared_actors":
        return fmt.fill(QCoreApplication.translate("DuplicatesPage", "shared parties held responsible: %1"),
                        fmt.join(params.get("actors", [])))
    if code == "unknown_actors":
        return QCoreApplication.translate("DuplicatesPage", "one of them names no known party")
    return reason.text


class CandidatesModel(ListTableModel):
    CONTEXT = "DuplicatesPage"
    COL_SCORE, COL_FIRST, COL_SECOND, COL_REASONS = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("DuplicatesPage", "Score"), QT_TRANSLATE_NOOP("DuplicatesPage", "Incident"),
               QT_TRANSLATE_NOOP("DuplicatesPage", "May be the same as"), QT_TRANSLATE_NOOP("DuplicatesPage", "Why"))

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.labels: dict[uuid.UUID, IncidentLabel] = {}

    @property
    def candidates(self) -> list[DuplicateCandidate]:
        return self.rows

    def set_candidates(self, candidates: list[DuplicateCandidate], labels: dict[uuid.UUID, IncidentLabel]) -> None:
        self.labels = labels
        self.set_rows(candidates)

    def _label(self, incident_id: uuid.UUID) -> str:
        label = self.labels.get(incident_id)
        return label.text(self.lang) if label else str(incident_id)[:8]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.candidates[index.row()]
        col = index.column()
        if role == PairRole:
            return c
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_SCORE:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_REASONS:
            return "\n".join(reason_text(r) for r in c.reasons)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_SCORE:
            return fmt.fill(QCoreApplication.translate("DuplicatesPage", "%1 %"), fmt.number(round(c.score * 100)))
        keep = c.suggested_keep
        other = c.incidents[1] if keep == c.incidents[0] else c.incidents[0]
        if col == self.COL_FIRST:
            return self._label(keep)
        if col == self.COL_SECOND:
            return self._label(other)
        if col == self.COL_REASONS:
            return QCoreApplication.translate("DuplicatesPage", "; ").join(
                reason_text(r) for r in c.reasons if r.code != "acled_rule") if not c.strict else reason_text(
                c.reasons[0])
        return None


def card_html(card: IncidentCard, lang: str, rtl: bool = False) -> str:
    """One incident as the side-by-side view shows it."""
    def esc(text: str | None) -> str:
        return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def name(ar: str | None, en: str | None) -> str:
        return esc((en or ar) if lang == "en" else (ar or en))

    t = lambda s: QCoreApplication.translate("DuplicatesPage", s)  # noqa: E731 (strings are marked below)
    description = card.description_en or card.description_ar if lang == "en" else card.description_ar or \
        card.description_en
    rows = [
        (t("When"), esc(fmt.date_span(card.start_date, card.end_date))),
        (t("Type"), esc(enum_label(EventType(card.event_type)))),
        (t("Where"), fmt.join(name(a, e) for a, e in card.places) or "—"),
        (t("Who"), fmt.join(f"{name(a, e)} ({esc(enum_label(ActorRole(role)))})" for a, e, role in card.actors)
         or "—"),
        (t("Figures"), "<br>".join(
            f"{esc(enum_label(Category(c)))} · {esc(enum_label(VictimGroup(g)))}: "
            f"{esc(fmt.figure_range(lo, hi, ap, vg))}" for c, g, lo, hi, ap, vg in card.claims) or "—"),
        (t("Reports"), "<br>".join(f"{name(a, e)} ({esc(fmt.day(d))})" for a, e, d in card.reports) or "—"),
    ]
    # Paragraphs rather than a table: Qt's rich text lays tables out left to right even in Arabic.
    direction = "rtl" if rtl else "ltr"
    body = "".join(f"<p dir='{direction}' style='margin:0 0 4px 0'><b>{k}:</b> {v}</p>" for k, v in rows)
    return (f"<p dir='{direction}'>{esc(description)}</p>{body}"
            f"<p dir='{direction}'><a href='incident:{card.incident_id}'>{t('Open the incident')}</a></p>")


# Strings card_html passes through its local helper, marked for lupdate.
_CARD_STRINGS = (QT_TRANSLATE_NOOP("DuplicatesPage", "When"), QT_TRANSLATE_NOOP("DuplicatesPage", "Type"),
                 QT_TRANSLATE_NOOP("DuplicatesPage", "Where"), QT_TRANSLATE_NOOP("DuplicatesPage", "Who"),
                 QT_TRANSLATE_NOOP("DuplicatesPage", "Figures"), QT_TRANSLATE_NOOP("DuplicatesPage", "Reports"),
                 QT_TRANSLATE_NOOP("DuplicatesPage", "Open the incident"))


class DuplicatesPage(ReviewPage):
    WATCHES = ("incident", "claim", "place", "actor", "dismissal", "merge")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._generation = 0
        self.pair: DuplicateCandidate | None = None
        self.cards: dict[uuid.UUID, IncidentCard] = {}
        self.last_merge: tuple[uuid.UUID, uuid.UUID] | None = None  # (kept, absorbed) of the last merge here

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = self.top_bar("duplicates_summary")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("button_find")
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(split, 1)
        self.model = CandidatesModel(context.lang, self)
        self.table, self.empty = pair_table(split, self.model, "duplicates_table", "duplicates_empty")
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)

        detail = QWidget(split)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 4, 0, 0)
        self.reasons = QLabel(detail)
        self.reasons.setObjectName("pair_reasons")
        self.reasons.setWordWrap(True)
        dl.addWidget(self.reasons)
        sides = QHBoxLayout()
        self.keep_buttons: list[QRadioButton] = []
        self.browsers: list[QTextBrowser] = []
        for i in range(2):
            col = QVBoxLayout()
            keep = QRadioButton(detail)
            keep.setObjectName(f"keep_{i}")
            browser = QTextBrowser(detail)
            browser.setObjectName(f"incident_{i}")
            browser.setOpenLinks(False)
            browser.anchorClicked.connect(self.on_browser_anchor_clicked)
            col.addWidget(keep)
            col.addWidget(browser, 1)
            sides.addLayout(col, 1)
            self.keep_buttons.append(keep)
            self.browsers.append(browser)
        dl.addLayout(sides, 1)
        actions = QHBoxLayout()
        self.note = QLineEdit(detail)
        self.note.setObjectName("dismiss_note")
        self.dismiss_button = QPushButton(detail)
        self.dismiss_button.setObjectName("button_not_duplicate")
        self.dismiss_button.clicked.connect(self.dismiss_pair)
        self.merge_button = QPushButton(detail)
        self.merge_button.setObjectName("button_merge")
        self.merge_button.clicked.connect(self.merge_pair)
        actions.addWidget(self.note, 1)
        actions.addWidget(self.dismiss_button)
        actions.addWidget(self.merge_button)
        dl.addLayout(actions)
        undo_row = QHBoxLayout()
        self.merged_label = QLabel(detail)
        self.merged_label.setObjectName("merged_label")
        self.merged_label.setWordWrap(True)
        self.unmerge_button = QPushButton(detail)
        self.unmerge_button.setObjectName("button_unmerge")
        self.unmerge_button.clicked.connect(self.unmerge_last)
        undo_row.addWidget(self.merged_label, 1)
        undo_row.addWidget(self.unmerge_button)
        dl.addLayout(undo_row)
        split.addWidget(self.table)
        split.addWidget(self.empty)
        split.addWidget(detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(2, 3)
        self.detail = detail

        self.retranslate()
        self._show_pair(None)
        self._show_merged()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Duplicates"))
        self.refresh_button.setText(self.tr("&Search again"))
        self.dismiss_button.setText(self.tr("&Not a duplicate"))
        self.dismiss_button.setToolTip(self.tr("They are different events: stop proposing this pair"))
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setToolTip(self.tr("Move the other incident's reports, claims, places and parties to the "
                                             "one ticked to keep; nothing is deleted and the merge can be undone"))
        self.note.setPlaceholderText(self.tr("Note (optional): why they are different events"))
        self.unmerge_button.setText(self.tr("&Undo merge"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._show_pair(self.pair)
        self._show_merged()

    def read_op(self) -> Callable[[OpContext], tuple[list[DuplicateCandidate], dict[uuid.UUID, IncidentLabel], int]]:
        def op(ctx: OpContext) -> tuple[list[DuplicateCandidate], dict[uuid.UUID, IncidentLabel], int]:
            window = get_window(session=ctx.session)  # the database's, the same for everyone
            found = find_duplicates(session=ctx.session, window_days=window)
            ids = {i for c in found for i in c.incidents}
            labels = {k: IncidentLabel(*v) for k, v in incident_labels(session=ctx.session, incident_ids=ids).items()}
            return found, labels, window

        return op

    def read_progress(self) -> str:
        return self.tr("Looking for incidents entered twice…")

    def show_read(self, result: tuple[list[DuplicateCandidate], dict[uuid.UUID, IncidentLabel], int]) -> None:
        self._show_list(*result)

    def show_failure(self, message: str) -> None:
        self.summary.setText(fmt.fill(self.tr("Could not search for duplicates: %1"), message))

    def _show_list(self, found: list[DuplicateCandidate], labels: dict[uuid.UUID, IncidentLabel], window: int) -> None:
        current = self.pair.incidents if self.pair else None
        self.model.set_candidates(found, labels)
        self.summary.setText(self.tr("%n candidate pair(s)", "", len(found)) + " · " +
                             self.tr("dates at most %n day(s) apart", "", window))
        has_rows = bool(found)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.empty.setText(self.tr("No possible duplicates: incidents close in date and place, of compatible types "
                                   "and parties, appear here."))
        self.detail.setVisible(has_rows or self.last_merge is not None)
        for w in (*self.browsers, *self.keep_buttons, self.merge_button, self.dismiss_button, self.note, self.reasons):
            w.setVisible(has_rows)
        if not has_rows:
            self._show_pair(None)
            return
        fm = self.table.fontMetrics()
        self.table.setColumnWidth(CandidatesModel.COL_SCORE, fm.averageCharWidth() * 8)
        for col in (CandidatesModel.COL_FIRST, CandidatesModel.COL_SECOND):
            self.table.setColumnWidth(col, fm.averageCharWidth() * 38)
        row = next((i for i, c in enumerate(found) if c.incidents == current), 0)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pair = current.data(PairRole) if current.isValid() else None
        self._generation += 1
        generation = self._generation
        if pair is None:
            self._show_pair(None)
            return

        def op(ctx: Any) -> dict[uuid.UUID, IncidentCard]:
            return incident_cards(session=ctx.session, incident_ids=list(pair.incidents))

        def done(cards: dict[uuid.UUID, IncidentCard]) -> None:
            if generation == self._generation:
                self.cards = cards
                self._show_pair(pair)

        self.context.run_op(self, op, done)

    def _ordered(self, pair: DuplicateCandidate) -> list[uuid.UUID]:
        keep = pair.suggested_keep
        return [keep, pair.incidents[1] if keep == pair.incidents[0] else pair.incidents[0]]

    def _show_pair(self, pair: DuplicateCandidate | None) -> None:
        self.pair = pair
        enabled = pair is not None
        for w in (self.merge_button, self.dismiss_button, self.note, *self.keep_buttons):
            w.setEnabled(enabled)
        if pair is None:
            self.reasons.clear()
            for b in self.browsers:
                b.clear()
            return
        self.reasons.setText(fmt.fill(self.tr("Score %1 %: %2"), fmt.number(round(pair.score * 100)),
                                      self.tr("; ").join(reason_text(r) for r in pair.reasons)))
        for i, iid in enumerate(self._ordered(pair)):
            card = self.cards.get(iid)
            label = self.model.labels.get(iid)
            reports = len(card.reports) if card else 0
            self.keep_buttons[i].setText(fmt.fill(self.tr("Keep this one: %1 · %n report(s)", "", reports),
                                                  label.text(self.context.lang) if label else str(iid)[:8]))
            self.keep_buttons[i].setChecked(i == 0)
            rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            option = self.browsers[i].document().defaultTextOption()
            option.setTextDirection(self.layoutDirection())
            self.browsers[i].document().setDefaultTextOption(option)
            self.browsers[i].setHtml(card_html(card, self.context.lang, rtl) if card else "")

    def on_browser_anchor_clicked(self, url: Any) -> None:
        text = url.toString()
        if text.startswith("incident:"):
            self.context.open_record("incident", uuid.UUID(text.split(":", 1)[1]))

    def _kept_and_absorbed(self) -> tuple[uuid.UUID, uuid.UUID] | None:
        if self.pair is None:
            return None
        first, second = self._ordered(self.pair)
        return (first, second) if self.keep_buttons[0].isChecked() else (second, first)

    def merge_pair(self) -> None:
        chosen = self._kept_and_absorbed()
        if chosen is None:
            return
        kept, absorbed = chosen
        user = self.context.user

        def op(ctx: Any) -> None:
            merge(session=ctx.session, kept_id=kept, absorbed_id=absorbed, user=user)

        def done(_: Any) -> None:
            self.last_merge = (kept, absorbed)
            self.context.undo_stack.push(MergeCommand(self.context, kept, absorbed, self.tr("merge incidents")))
            self._show_merged()
            self.context.bus.sig_status.emit(self.tr("Incidents merged; Undo merge puts them back."))

        self.context.run_op(self, op, done, write=True, context="merge incidents")

    def unmerge_last(self) -> None:
        if self.last_merge is None:
            return
        kept, absorbed = self.last_merge
        user = self.context.user

        def op(ctx: Any) -> None:
            unmerge(session=ctx.session, absorbed_id=absorbed, user=user)

        def done(_: Any) -> None:
            self.last_merge = None
            self.context.undo_stack.push(MergeCommand(self.context, kept, absorbed, self.tr("undo merge"),
                                                      unmerged=True))
            self._show_merged()
            self.context.bus.sig_status.emit(self.tr("Merge undone: both incidents are as they were."))

        self.context.run_op(self, op, done, write=True, context="unmerge incidents")

    def _show_merged(self) -> None:
        if self.last_merge is None:
            self.merged_label.clear()
            self.unmerge_button.hide()
            return
        kept, absorbed = self.last_merge
        labels = self.model.labels

        def named(iid: uuid.UUID) -> str:
            """Two duplicates have the same date, place and type: the id's first characters tell
            them apart."""
            short = str(iid)[:8]
            if iid not in labels:
                return short
            return fmt.fill(self.tr("%1 (%2)"), labels[iid].text(self.context.lang), fmt.isolate(short))

        self.merged_label.setText(fmt.fill(self.tr("Merged “%1” into “%2”."), named(absorbed), named(kept)))
        self.unmerge_button.show()
        self.detail.setVisible(True)

    def dismiss_pair(self) -> None:
        if self.pair is None:
            return
        a, b = self.pair.incidents
        note = self.note.text().strip() or None

        def op(ctx: Any) -> None:
            dismiss(session=ctx.session, incident_a=a, incident_b=b, note=note)

        def done(_: Any) -> None:
            self.note.clear()
            self.context.bus.sig_status.emit(self.tr("Recorded: these are different events."))
            self.reload()

        self.context.run_op(self, op, done, write=True, context="not duplicates")


PAGE = PageSpec(key="duplicates", title=QT_TRANSLATE_NOOP("Pages", "Duplicates"), factory=DuplicatesPage, order=70,
                shortcut="Ctrl+7")
