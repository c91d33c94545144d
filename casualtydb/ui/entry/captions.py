"""The sentences of the entry page (pages/entry.py), made from the presenter's state
(services.entry_presenter): how claims, new and recorded incidents, highlights and the reading of
the text are named, in the interface language. Their translation context stays "EntryPage",
where they were written first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ...models import Category, EventType, VictimGroup
from ...services.entry_presenter import EntryPresenter, FieldPlace, Highlight, IncidentChoice, as_date, as_int
from ...services.report_entry import ClaimDraft, IncidentProposal, StoredReport
from ..format import day, figure_range, fill, isolate, join, number
from ..labels import enum_label, field_label
from .incident_panel import IncidentOption
from .victims_list import victim_label
from .text_pane import Mark


def _label(enum: Any, value: Any) -> str:
    try:
        return enum_label(enum(value))
    except ValueError:
        return str(value or "")


class Captions:
    """Names what `presenter` holds; asked each time, so a language change shows at once.
    `proposal_text(proposal)` names a recorded incident proposed for linking (the page's: its
    plurals must be `self.tr` calls for lupdate to see them as plurals)."""

    def __init__(self, presenter: EntryPresenter, proposal_text: Callable[[IncidentProposal], str]) -> None:
        self.presenter = presenter
        self.proposal_text = proposal_text

    # -- incidents ----------------------------------------------------------------------------

    def incident_label(self, claim: ClaimDraft) -> str:
        """The claim's incident, short, for the claims table."""
        p = self.presenter
        if claim.incident_id is not None:
            recorded = p.recorded.get(claim.incident_id)
            if recorded is None:
                return QCoreApplication.translate("EntryPage", "recorded incident")
            return QCoreApplication.translate("EntryPage", "recorded") + "".join(
                f" · {isolate(x)}" for x in (day(recorded.start_date), recorded.caption) if x)
        if claim.new_incident is not None and 0 <= claim.new_incident < len(p.draft.new_incidents):
            spec = p.draft.new_incidents[claim.new_incident]
            place = p.place_labels.get(spec.place_ids[0], "") if spec.place_ids else ""
            when = as_date(spec.start_date)
            return fill(QCoreApplication.translate("EntryPage", "new %1"), number(claim.new_incident + 1)) + "".join(
                f" · {isolate(x)}" for x in (day(when) if when else "", place) if x)
        return QCoreApplication.translate("EntryPage", "— choose —")

    def new_incident_text(self, j: int) -> str:
        spec = self.presenter.draft.new_incidents[j]
        when = as_date(spec.start_date)
        places = join([self.presenter.place_labels.get(p, "?") for p in spec.place_ids[:3]])
        if len(spec.place_ids) > 3:
            places += " " + fill(QCoreApplication.translate("EntryPage", "(+%1)"), number(len(spec.place_ids) - 3))
        parts = [day(when) if when else QCoreApplication.translate("EntryPage", "no date"),
                 _label(EventType, spec.event_type), places or QCoreApplication.translate("EntryPage", "no place")]
        return fill(QCoreApplication.translate("EntryPage", "New incident %1: %2"), number(j + 1),
                    " · ".join(isolate(p) for p in parts))

    def new_incident_tooltip(self, j: int) -> str:
        spec = self.presenter.draft.new_incidents[j]
        actors = join([self.presenter.actor_labels.get(a, "?") for a, _ in spec.actors])
        return fill(QCoreApplication.translate("EntryPage", "Actors: %1"), actors) if actors else ""

    def new_incident_title(self, j: int) -> str:
        return fill(QCoreApplication.translate("EntryPage", "New incident %1"), number(j + 1))

    def option(self, choice: IncidentChoice, claim: ClaimDraft | None) -> IncidentOption:
        kind, ref = choice.value
        if kind == "new":
            return IncidentOption(choice.value, self.new_incident_text(ref), self.new_incident_tooltip(ref))
        if choice.proposal is not None:
            return IncidentOption(choice.value, self.proposal_text(choice.proposal), choice.proposal.description or "",
                                  matches_place=choice.matches_place)
        return IncidentOption(choice.value, self.incident_label(claim) if claim is not None else "")

    def options(self, row: int | None) -> list[IncidentOption]:
        """What the claim at `row` can be linked to (see EntryPresenter.incident_choices)."""
        claim = self.presenter.claim(row)
        return [self.option(c, claim) for c in self.presenter.incident_choices(row)]

    # -- claims and the text ------------------------------------------------------------------

    def claim_label(self, row: int, c: ClaimDraft) -> str:
        """"2 (killed, 5)": the claim the incident panel is about."""
        return fill(QCoreApplication.translate("EntryPage", "%1 (%2, %3)"), number(row + 1),
                    _label(Category, c.category), figure_range(as_int(c.min), as_int(c.max), c.approximate, c.vague))

    def claim_tooltip(self, i: int, c: ClaimDraft) -> str:
        what = fill(QCoreApplication.translate("EntryPage", "claim %1: %2 %3, %4"), number(i + 1),
                    _label(Category, c.category), _label(VictimGroup, c.group),
                    figure_range(as_int(c.min), as_int(c.max), c.approximate, c.vague))
        state = QCoreApplication.translate("EntryPage", "confirmed") if c.confirmed else \
            QCoreApplication.translate("EntryPage", "not confirmed: click to check it")
        return f"{what} ({state})"

    def mark(self, h: Highlight) -> Mark:
        if h.kind.startswith("claim"):
            tooltip = self.claim_tooltip(h.index, h.item)
        elif h.kind == "date":
            tooltip = fill(QCoreApplication.translate("EntryPage", "date: %1"),
                           day(date.fromisoformat(h.item.date), QLocale.FormatType.LongFormat))
        elif h.kind == "place":
            tooltip = fill(QCoreApplication.translate("EntryPage", "place: %1"), h.name)
        elif h.kind == "victim":
            tooltip = fill(QCoreApplication.translate("EntryPage", "named victim: %1 (confirmed)") if h.item.confirmed
                           else QCoreApplication.translate("EntryPage", "named victim: %1 (not confirmed)"),
                           victim_label(self.presenter.draft.victims, h.index))
        else:
            tooltip = fill(QCoreApplication.translate("EntryPage", "actor: %1"), h.name)
        return Mark(h.kind, h.start, h.end, h.index, tooltip)

    def marks(self) -> list[Mark]:
        return [self.mark(h) for h in self.presenter.highlights()]

    def reading(self) -> str | None:
        """The line under the text: what was found ("" without text; None: leave it as it is)."""
        if not self.presenter.draft.text.strip():
            return ""
        n = self.presenter.counts()
        if n is None:
            return None
        return fill(QCoreApplication.translate(
            "EntryPage", "Found %1 claim(s), %2 date(s), %3 place(s), %4 actor(s); %5 of %6 claim(s) confirmed."),
            number(n.claims), number(n.dates), number(n.places), number(n.actors), number(n.confirmed),
            number(n.total))

    # -- the source, the web address, saving --------------------------------------------------

    def url_warning(self, found: list[tuple[Any, str]]) -> str:
        titles = join([f"«{t}»" if t else QCoreApplication.translate("EntryPage", "(no title)") for _, t in found[:3]])
        return fill(QCoreApplication.translate(
            "EntryPage", "A report with this web address is already in the database: %1. "
                         "Check it is not the same report before saving."), titles)

    def stored(self, stored: list[StoredReport]) -> str:
        """The warning before a second copy of a stored report is saved."""
        items = []
        for r in stored[:3]:
            what = QCoreApplication.translate("EntryPage", "same text") if r.same_text and not r.same_url else \
                QCoreApplication.translate("EntryPage", "same web address") if not r.same_text else \
                QCoreApplication.translate("EntryPage", "same text and web address")
            title = f"«{isolate(r.title)}»" if r.title else QCoreApplication.translate("EntryPage", "(no title)")
            when = day(r.published_date) if r.published_date else QCoreApplication.translate("EntryPage", "no date")
            items.append(fill(QCoreApplication.translate("EntryPage", "%1, published %2 (%3)"), title, isolate(when), what))
        return fill(QCoreApplication.translate(
            "EntryPage", "A report of this source with the same text or web address is already in the "
                         "database: %1. Saving would store it a second time."), join(items))

    @staticmethod
    def where(place: FieldPlace) -> str:
        """The field of an error, as the message names it."""
        if place.kind == "claim":
            return fill(QCoreApplication.translate("EntryPage", "Claim %1 — %2"), number((place.index or 0) + 1),
                        field_label(place.name) if place.name else QCoreApplication.translate("EntryPage", "incident"))
        if place.kind == "incident":
            return fill(QCoreApplication.translate("EntryPage", "New incident %1 — %2"), number((place.index or 0) + 1),
                        field_label(place.name))
        if place.kind == "source":
            return field_label(place.name) if place.name else field_label("source_id")
        return field_label(place.name)
