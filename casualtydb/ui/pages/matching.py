"""Matching: pairs of persons that may be one individual, best first, with their score and the
reasons (in the interface language), the two side by side, and Same person (merge) / Not the
same / Undo, all through ops and casualtydb.victims.decisions, undoable from Edit › Undo too.

Candidates come from casualtydb.victims.candidates (blocked in the database, scored in Python)
in the background; nothing is merged unless a person says so."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...models import Sex
from ...queries.people import PersonDetail, person_detail, person_names
from ...victims import decisions
from ...victims.candidates import Candidate, find_candidates
from .. import format as fmt
from ..context import AppContext
from ..labels import enum_label
from ..models.rows import ListTableModel
from ..ops import OpContext
from ..undo import NotSameCommand, PersonMergeCommand
from . import PageSpec
from ._page import ReviewPage, pair_table

PairRole = Qt.ItemDataRole.UserRole + 1


def _sex(value: Any) -> str:
    try:
        return enum_label(Sex(value))
    except ValueError:
        return str(value)


class ReasonWords(QObject):
    """The comparison's reasons in the interface language (a QObject: lupdate reads plural forms
    only from self.tr)."""

    def text(self, reason: str) -> str:
        """A reason of the comparison (casualtydb.victims.compare.Reason); the names in it are
        shown as the comparison read them (normalised)."""
        code = getattr(reason, "code", None)
        p: dict[str, Any] = getattr(reason, "params", {})
        pair = (fmt.isolate(str(p.get("a", ""))), fmt.isolate(str(p.get("b", ""))))
        n, days = int(p.get("n", 1)), int(p.get("days", 1))
        match code:
            case "given_agrees":
                return fmt.fill(self.tr("given name agrees: %1 / %2"), *pair)
            case "given_close":
                return fmt.fill(self.tr("given name close: %1 / %2"), *pair)
            case "given_differs":
                return fmt.fill(self.tr("given name differs: %1 / %2"), *pair)
            case "part_agrees":
                if p.get("moved"):
                    return fmt.fill(self.tr("name part agrees: %1 / %2 (in another position)"), *pair)
                return fmt.fill(self.tr("name part agrees: %1 / %2"), *pair)
            case "part_close":
                return fmt.fill(self.tr("name part close: %1 / %2"), *pair)
            case "family_differs":
                return fmt.fill(self.tr("family names differ: %1 / %2"), *pair)
            case "parts_differ":
                return self.tr("%n name part(s) differ", "", n)
            case "parts_missing":
                return self.tr("%n name part(s) missing in one", "", n)
            case "same_sex":
                return fmt.fill(self.tr("same sex (%1)"), _sex(p.get("sex")))
            case "sex_differs":
                return fmt.fill(self.tr("sex differs (%1 / %2)"), _sex(p.get("a")), _sex(p.get("b")))
            case "ages":
                ages = (fmt.number(p.get("a")), fmt.number(p.get("b")))
                if p.get("close"):
                    return fmt.fill(self.tr("age %1 / %2 (within 2 years)"), *ages)
                return fmt.fill(self.tr("age %1 / %2"), *ages)
            case "child_adult":
                return self.tr("a child and an adult")
            case "same_date":
                return self.tr("same date")
            case "days_apart":
                return self.tr("dates %n day(s) apart", "", days)
            case "same_place":
                return self.tr("same place (or one inside the other)")
            case "same_governorate":
                return self.tr("same governorate")
            case "different_governorates":
                return self.tr("different governorates")
            case "no_name":
                return self.tr("no name to compare")
        return str(reason)


_WORDS: ReasonWords | None = None


def reason_text(reason: str) -> str:
    """A reason in the interface language (see ReasonWords)."""
    global _WORDS  # noqa: PLW0603 (one translator object, made when first needed, after the app)
    if _WORDS is None:
        _WORDS = ReasonWords()
    return _WORDS.text(reason)


def score_text(score: float) -> str:
    return fmt.fill(QCoreApplication.translate("MatchingPage", "%1 %"), fmt.number(round(score * 100)))


class MatchesModel(ListTableModel):
    CONTEXT = "MatchingPage"
    COL_SCORE, COL_FIRST, COL_SECOND, COL_REASONS = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("MatchingPage", "Score"), QT_TRANSLATE_NOOP("MatchingPage", "Person"),
               QT_TRANSLATE_NOOP("MatchingPage", "May be the same as"), QT_TRANSLATE_NOOP("MatchingPage", "Why"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: dict[uuid.UUID, str] = {}

    @property
    def candidates(self) -> list[Candidate]:
        return self.rows

    def set_candidates(self, candidates: list[Candidate], names: dict[uuid.UUID, str]) -> None:
        self.names = names
        self.set_rows(candidates)

    def name(self, person_id: uuid.UUID) -> str:
        return self.names.get(person_id) or str(person_id)[:8]

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
            return score_text(c.score)
        if col == self.COL_FIRST:
            return self.name(c.a)
        if col == self.COL_SECOND:
            return self.name(c.b)
        if col == self.COL_REASONS:
            return QCoreApplication.translate("MatchingPage", "; ").join(reason_text(r) for r in c.reasons)
        return None


def person_html(detail: PersonDetail, highlight: uuid.UUID | None, rtl: bool, count: str) -> str:
    """One person of a pair: every mention, the one that scored best first and marked."""
    direction = "rtl" if rtl else "ltr"
    out = [f"<p dir='{direction}'><b>{escape(fmt.isolate(detail.name))}</b> — "
           f"{escape(count)}</p>"]
    mentions = sorted(detail.mentions, key=lambda m: m.id != highlight)
    for m in mentions:
        facts = [enum_label(m.sex), fmt.number(m.age) if m.age is not None else enum_label(m.age_group),
                 enum_label(m.status), enum_label(m.fate), fmt.day(m.fate_date), m.place]
        line = fmt.separator().join(f for f in facts if f)
        source = fmt.fill(QCoreApplication.translate("MatchingPage", "%1 · %2"),
                          m.source or QCoreApplication.translate("MatchingPage", "no source"), fmt.isolate(m.mention_id))
        mark = " ◀" if m.id == highlight and not rtl else " ▶" if m.id == highlight else ""
        out.append(f"<p dir='{direction}' style='margin:0 0 6px 0'>«{escape(fmt.isolate(m.name))}»{mark}<br>{escape(line)}<br>"
                   f"<span style='color:gray'>{escape(source)}</span></p>")
    link = QCoreApplication.translate("MatchingPage", "Open the person")
    out.append(f"<p dir='{direction}'><a href='person:{detail.id}'>{escape(link)}</a></p>")
    return "".join(out)


class MatchingPage(ReviewPage):
    WATCHES = ("person", "mention")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._generation = 0
        self.pair: Candidate | None = None
        self.details: dict[uuid.UUID, PersonDetail] = {}
        # The last decision made here, for Undo: ("merge", kept, absorbed) or ("not_same", a, b).
        self.last: tuple[str, uuid.UUID, uuid.UUID] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = self.top_bar("matching_summary")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("button_find")
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(split, 1)
        self.model = MatchesModel(self)
        self.table, self.empty = pair_table(split, self.model, "matches_table", "matching_empty")
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)

        detail = QWidget(split)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 4, 0, 0)
        self.reasons = QLabel(detail)
        self.reasons.setObjectName("pair_reasons")
        self.reasons.setWordWrap(True)
        dl.addWidget(self.reasons)
        sides = QHBoxLayout()
        self.browsers: list[QTextBrowser] = []
        for i in range(2):
            browser = QTextBrowser(detail)
            browser.setObjectName(f"person_{i}")
            browser.setOpenLinks(False)
            browser.anchorClicked.connect(self.on_browser_anchor_clicked)
            sides.addWidget(browser, 1)
            self.browsers.append(browser)
        dl.addLayout(sides, 1)
        actions = QHBoxLayout()
        self.done_label = QLabel(detail)
        self.done_label.setObjectName("decision_label")
        self.done_label.setWordWrap(True)
        self.undo_button = QPushButton(detail)
        self.undo_button.setObjectName("button_undo")
        self.undo_button.clicked.connect(self.undo_last)
        self.not_same_button = QPushButton(detail)
        self.not_same_button.setObjectName("button_not_same")
        self.not_same_button.clicked.connect(self.not_same_pair)
        self.merge_button = QPushButton(detail)
        self.merge_button.setObjectName("button_same")
        self.merge_button.clicked.connect(self.merge_pair)
        actions.addWidget(self.done_label, 1)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.not_same_button)
        actions.addWidget(self.merge_button)
        dl.addLayout(actions)
        split.addWidget(self.table)
        split.addWidget(self.empty)
        split.addWidget(detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(2, 3)
        self.detail = detail

        self.retranslate()
        self._show_pair(None)
        self._show_last()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Matching"))
        self.refresh_button.setText(self.tr("&Search again"))
        self.merge_button.setText(self.tr("&Same person"))
        self.merge_button.setToolTip(self.tr("Merge: the second person's mentions go to the first; nothing is deleted "
                                             "and the merge can be undone"))
        self.not_same_button.setText(self.tr("&Not the same"))
        self.not_same_button.setToolTip(self.tr("Two different people: stop proposing this pair"))
        self.undo_button.setText(self.tr("&Undo"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._show_pair(self.pair)
        self._show_last()

    # -- reading ---------------------------------------------------------------------------------

    def read_op(self) -> Callable[[OpContext], tuple[list[Candidate], dict[uuid.UUID, str]]]:
        def op(ctx: OpContext) -> tuple[list[Candidate], dict[uuid.UUID, str]]:
            # The search reports each block it finishes: a chance to stop when the person cancels.
            found = find_candidates(ctx.session, progress=lambda _key, _n: ctx.check_cancelled()).candidates
            names = person_names(ctx.session, sorted({p for c in found for p in (c.a, c.b)}, key=str))
            return found, names

        return op

    def read_progress(self) -> str:
        return self.tr("Looking for people named twice…")

    def show_read(self, result: tuple[list[Candidate], dict[uuid.UUID, str]]) -> None:
        found, names = result
        current = (self.pair.a, self.pair.b) if self.pair else None
        self.model.set_candidates(found, names)
        self.summary.setText(self.tr("%n candidate pair(s), best first", "", len(found)))
        has_rows = bool(found)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.empty.setText(self.tr("No one seems to be named twice: pairs of people whose names, ages, dates and "
                                   "places agree appear here, best first."))
        self.detail.setVisible(has_rows or self.last is not None)
        for w in (*self.browsers, self.merge_button, self.not_same_button, self.reasons):
            w.setVisible(has_rows)
        if not has_rows:
            self._show_pair(None)
            return
        fm = self.table.fontMetrics()
        self.table.setColumnWidth(MatchesModel.COL_SCORE, max(fm.averageCharWidth() * 7,
                                                              fm.horizontalAdvance(self.tr("Score")) + 24))
        for col in (MatchesModel.COL_FIRST, MatchesModel.COL_SECOND):
            self.table.setColumnWidth(col, fm.averageCharWidth() * 30)
        row = next((i for i, c in enumerate(found) if (c.a, c.b) == current), 0)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def show_failure(self, message: str) -> None:
        self.summary.setText(fmt.fill(self.tr("Could not look for people named twice: %1"), message))

    def on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pair = current.data(PairRole) if current.isValid() else None
        self._generation += 1
        generation = self._generation
        if pair is None:
            self._show_pair(None)
            return
        lang = self.context.lang

        def op(ctx: Any) -> dict[uuid.UUID, PersonDetail]:
            out = {}
            for pid in (pair.a, pair.b):
                d = person_detail(ctx.session, pid, lang=lang)
                if d is not None:
                    out[pid] = d
            return out

        def done(details: dict[uuid.UUID, PersonDetail]) -> None:
            if generation == self._generation:
                self.details = details
                self._show_pair(pair)

        self.context.run_op(self, op, done)

    def _show_pair(self, pair: Candidate | None) -> None:
        self.pair = pair
        for w in (self.merge_button, self.not_same_button):
            w.setEnabled(pair is not None)
        if pair is None:
            self.reasons.clear()
            for b in self.browsers:
                b.clear()
            return
        self.reasons.setText(fmt.fill(self.tr("Score %1: %2"), score_text(pair.score),
                                      self.tr("; ").join(reason_text(r) for r in pair.reasons)))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for browser, pid, mention in zip(self.browsers, (pair.a, pair.b), pair.mentions, strict=True):
            option = browser.document().defaultTextOption()
            option.setTextDirection(self.layoutDirection())
            browser.document().setDefaultTextOption(option)
            d = self.details.get(pid)
            browser.setHtml(person_html(d, mention, rtl, self.tr("%n mention(s)", "", len(d.mentions)))
                            if d is not None else "")

    def on_browser_anchor_clicked(self, url: Any) -> None:
        text = url.toString()
        if text.startswith("person:"):
            self.context.open_record("person", uuid.UUID(text.split(":", 1)[1]))

    # -- decisions -------------------------------------------------------------------------------

    def _kept_and_absorbed(self) -> tuple[uuid.UUID, uuid.UUID] | None:
        """The person with more mentions is kept (its id is the one lists already cite)."""
        if self.pair is None:
            return None
        a, b = self.pair.a, self.pair.b
        na = len(self.details[a].mentions) if a in self.details else 0
        nb = len(self.details[b].mentions) if b in self.details else 0
        return (b, a) if nb > na else (a, b)

    def merge_pair(self) -> None:
        chosen = self._kept_and_absorbed()
        if chosen is None:
            return
        kept, absorbed = chosen
        user = self.context.user

        def op(ctx: Any) -> None:
            decisions.merge(ctx.session, kept, absorbed, user=user)

        def done(_: Any) -> None:
            self.last = ("merge", kept, absorbed)
            self.context.undo_stack.push(PersonMergeCommand(self.context, kept, absorbed, self.tr("merge persons")))
            self._show_last()
            self.context.bus.sig_status.emit(self.tr("Merged: one person now; Undo puts them back."))

        self.context.run_op(self, op, done, write=True, context="merge persons")

    def not_same_pair(self) -> None:
        if self.pair is None:
            return
        a, b = self.pair.a, self.pair.b

        def op(ctx: Any) -> None:
            decisions.not_same(ctx.session, a, b)

        def done(_: Any) -> None:
            self.last = ("not_same", a, b)
            self.context.undo_stack.push(NotSameCommand(self.context, a, b, self.tr("not the same person")))
            self._show_last()
            self.context.bus.sig_status.emit(self.tr("Recorded: two different people."))

        self.context.run_op(self, op, done, write=True, context="persons not the same")

    def undo_last(self) -> None:
        if self.last is None:
            return
        kind, first, second = self.last
        user = self.context.user

        def op(ctx: Any) -> None:
            if kind == "merge":
                decisions.unmerge(ctx.session, second, user=user)
            else:
                decisions.undo_not_same(ctx.session, first, second)

        def done(_: Any) -> None:
            self.last = None
            if kind == "merge":
                self.context.undo_stack.push(PersonMergeCommand(self.context, first, second, self.tr("undo merge"),
                                                                unmerged=True))
            self._show_last()
            self.context.bus.sig_status.emit(self.tr("Undone: both persons are as they were."))

        self.context.run_op(self, op, done, write=True,
                            context="unmerge persons" if kind == "merge" else "persons not the same undone")

    def _show_last(self) -> None:
        if self.last is None:
            self.done_label.clear()
            self.undo_button.hide()
            return
        kind, first, second = self.last
        names = self.model.names
        a, b = names.get(first, str(first)[:8]), names.get(second, str(second)[:8])
        if kind == "merge":
            self.done_label.setText(fmt.fill(self.tr("Merged “%1” into “%2”."), b, a))
        else:
            self.done_label.setText(fmt.fill(self.tr("Recorded that “%1” and “%2” are different people."), a, b))
        self.undo_button.show()
        self.detail.setVisible(True)


PAGE = PageSpec(key="matching", title=QT_TRANSLATE_NOOP("Pages", "Matching"), factory=MatchingPage, order=75)
