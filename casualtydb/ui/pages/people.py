"""The People list: every person (built from the mentions reports and lists make of them) with
the sex, ages, status, fate, dates and places its mentions give, filtered and sorted in SQL and
fetched a page at a time like the incident list (opens at once on a million mentions)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ...models import CivilianStatus, Fate, Sex
from ...queries import people as q
from ...queries.sources import source_choices
from .. import format as fmt
from ..context import AppContext
from ..labels import choices, enum_label
from ..models.lazy import Column, RecordTableModel
from . import PageSpec
from ._list import ListPage
from ._simple import TextFilterBar, fill_combo


def _many(values: tuple[Any, ...]) -> str:
    """Values the mentions disagree on, all of them («ذكر / أنثى»)."""
    return QCoreApplication.translate("PeoplePage", " / ").join(enum_label(v) for v in values)


def _ages(row: q.PersonRow) -> str:
    if not row.ages:
        return enum_label(row.age_group)
    if len(row.ages) == 1:
        return fmt.number(row.ages[0])
    return fmt.fill(QCoreApplication.translate("PeoplePage", "%1–%2"), fmt.number(row.ages[0]),
                    fmt.number(row.ages[-1]))


def _dates(row: q.PersonRow) -> str:
    if row.first_date is None or row.first_date == row.last_date:
        return fmt.day(row.first_date)
    return fmt.date_span(row.first_date, row.last_date)


def _place(row: q.PersonRow) -> str:
    if row.places > 1:
        return fmt.fill(QCoreApplication.translate("PeoplePage", "%1 (+%2)"), row.place, fmt.number(row.places - 1))
    return row.place


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, "name", width=22, tooltip=lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Sex"), lambda r: _many(r.sexes), "sex", width=5),
    Column(QT_TRANSLATE_NOOP("Columns", "Age"), _ages, "age", value=lambda r: r.ages[-1] if r.ages else None,
           numeric=True, width=5),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: _many(r.statuses), "status", width=7),
    Column(QT_TRANSLATE_NOOP("Columns", "Fate"), lambda r: _many(r.fates), "fate", width=6),
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), _dates, "date", value=lambda r: r.first_date, width=10),
    Column(QT_TRANSLATE_NOOP("Columns", "Place"), _place, "place", width=12, tooltip=_place),
    Column(QT_TRANSLATE_NOOP("Columns", "Mentions"), lambda r: fmt.number(r.mentions), "mentions",
           value=lambda r: r.mentions, numeric=True, width=5),
    Column(QT_TRANSLATE_NOOP("Columns", "Sources"), lambda r: fmt.separator().join(r.sources), "sources",
           value=lambda r: len(r.sources), width=14, tooltip=lambda r: fmt.separator().join(r.sources)),
]


class PeopleFilterBar(TextFilterBar):
    """Any spelling of a name (or a list's mention id), sex, fate, status, source."""

    def __init__(self, context: AppContext, on_change: Any, parent: QWidget | None = None) -> None:
        super().__init__(on_change, parent, [("", []), ("", []), ("", []), ("", [])])
        self.sex, self.fate, self.status, self.source = self.combos
        self._sources: list[tuple[Any, str]] = []
        lang = context.lang
        context.run_op(self, lambda ctx: source_choices(ctx.session, lang=lang), self._sources_loaded)
        self.retranslate()

    def _sources_loaded(self, sources: list[tuple[Any, str]]) -> None:
        self._sources = sources
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Name"))
        self.text.setPlaceholderText(self.tr("Any spelling, Arabic or Latin, or a list's mention id"))
        for lab, text in zip(self.combo_labels, (self.tr("&Sex"), self.tr("&Fate"), self.tr("S&tatus"),
                                                 self.tr("S&ource")), strict=True):
            lab.setText(text)
        fill_combo(self.sex, self.tr("Any sex"), choices(Sex))
        fill_combo(self.fate, self.tr("Any fate"), choices(Fate))
        fill_combo(self.status, self.tr("Any status"), choices(CivilianStatus))
        fill_combo(self.source, self.tr("Any source"), [(name, sid) for sid, name in self._sources])

    def filters(self) -> q.PersonFilters:
        return q.PersonFilters(text=self.text.text(), sex=self.sex.currentData(), fate=self.fate.currentData(),
                               status=self.status.currentData(), source_id=self.source.currentData())


class PeoplePage(ListPage):
    kind = "person"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RecordTableModel(context.database, COLUMNS, q.person_ids, q.person_rows,
                                      count=q.person_count, lang=context.lang, parent=self)
        self.model.order_by = "name"
        self.filter_bar = PeopleFilterBar(context, self.schedule_filters, self)
        self._build(self.filter_bar, [
            ("matching", lambda: context.bus.sig_show_page.emit("matching", None), None),
            ("open", self.open_selected, None),
        ])

    def retranslate(self) -> None:
        super().retranslate()
        if "matching" in getattr(self, "buttons", {}):
            self.buttons["matching"].setText(self.tr("&Find the same person twice…"))

    def current_filters(self) -> q.PersonFilters:
        return self.filter_bar.filters()

    def clear_filters(self) -> None:
        self.filter_bar.clear()

    def count_text(self, n: int) -> str:
        return self.tr("%n person(s)", "", n)

    def empty_text(self) -> str:
        if self.filters_active():
            return self.tr("No person matches these filters. <a href=\"clear\">Clear the filters</a>.")
        return self.tr("No people yet. Import a victim list (<b>Export / Import</b>, or <code>casualtydb import "
                       "LIST.csv</code>): every row names one person.")

    def depends_on(self) -> tuple[str, ...]:
        return ("mention", "source", "place")

    def open_selected(self) -> None:
        rid = self.table.current_id()
        if rid is not None:
            self.context.open_record("person", rid)

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        if event.type() == event.Type.LanguageChange and hasattr(self, "filter_bar"):
            self.filter_bar.retranslate()
            self.retranslate()
        super().changeEvent(event)


PAGE = PageSpec(key="people", title=QT_TRANSLATE_NOOP("Pages", "People"), factory=PeoplePage, order=55,
                shortcut="Ctrl+9")
