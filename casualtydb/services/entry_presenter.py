"""The "New report" page without Qt: the state of the form and every decision it takes.

`EntryPresenter` holds one `ReportDraft` (services.report_entry) and what goes with it while it is
typed: the extraction of its text, the place and actor names, the recorded incidents proposed for
its new incidents, whether the language follows the text, whether a save is under way. The page
(casualtydb/ui/pages/entry.py) reads its widgets into it, calls it for each decision (confirm,
link a claim to an incident or to a new one, edit a new incident, save) and shows its state; the
presenter never returns a sentence, only values and codes the page translates.

Database work is handed to the page as small frozen requests (`NamesRequest`, `ProposalRequest`,
`UrlRequest`, `SourceLookup`, `SaveRequest`) holding a copy of what they need: `run(session)` runs
in a worker thread, and the answer comes back to the presenter in the UI thread. Requests carry
a generation number, so an answer that a newer request has overtaken is dropped.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy.orm import Session

from ..changes import Changes
from ..extract import LIKELY, Extraction, Extractor
from ..models import Category, DatePrecision, EventType, LocationPrecision, VictimGroup
from ..queries.actors import actor_choices
from ..text.direction import strong_direction
from .editing import fail
from .report_entry import (
    ClaimDraft,
    IncidentProposal,
    NewIncident,
    NewSource,
    ReportDraft,
    SaveCheck,
    apply_default_links,
    check_before_save,
    default_links,
    incident_captions,
    names_from_database,
    place_labels,
    precision_of_level,
    propose_incidents,
    refresh_suggestions,
    reports_with_url,
    save_report,
    source_choices,
)

Link = tuple[str, Any]
"""A claim's incident: ("new", index into the draft's new incidents) or ("existing", incident id)."""


# ---------------------------------------------------------------------------------------------
# Loosely typed values of a restored draft (JSON): anything that does not parse is None


def as_uuid(value: Any) -> uuid.UUID | None:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        return None


def as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def as_int(value: Any) -> int | None:
    return value if isinstance(value, int) else None


def guess_language(text: str) -> str:
    """"ar" when the first strong character of `text` is right-to-left, else "en"."""
    return "ar" if strong_direction(text) else "en"


# ---------------------------------------------------------------------------------------------
# A person's changes to the claims (the claims table edits through these too)


ClaimField = Literal["confirmed", "approximate", "category", "group", "min", "max", "incident"]


def edit_claim(claim: ClaimDraft, what: ClaimField, value: Any) -> None:
    """One change the person makes to a claim. Anything other than confirming turns a
    suggestion into their own claim (`suggested = False`), which a new reading of the text keeps;
    choosing its incident (`value` a Link, or None) is their choice, which default links leave
    alone."""
    if what == "confirmed":
        claim.confirmed = bool(value)
        return
    if what == "approximate":
        claim.approximate = bool(value)
    elif what == "category":
        claim.category = str(value)
    elif what == "group":
        claim.group = str(value)
    elif what == "min":
        claim.min = value
    elif what == "max":
        claim.max = value
    elif what == "incident":
        kind, ref = value if value else (None, None)
        claim.incident_id = ref if kind == "existing" else None
        claim.new_incident = ref if kind == "new" else None
        claim.link_chosen = True
    else:
        raise ValueError(f"not a claim field: {what}")
    claim.suggested = False


def is_doubtful(claim: ClaimDraft) -> bool:
    """An untouched suggestion the engine is unsure of (confidence under extract.LIKELY): the page
    folds it away until asked, and "confirm all" leaves it alone."""

    conf = (claim.suggestion or {}).get("confidence")
    return claim.suggested and not claim.confirmed and isinstance(conf, (int, float)) and conf < LIKELY


def link_of(claim: ClaimDraft) -> Link | None:
    """The claim's incident as a Link: a recorded incident wins over its new incident."""
    if claim.incident_id is not None:
        return ("existing", claim.incident_id)
    if claim.new_incident is not None:
        return ("new", claim.new_incident)
    return None


def remove_claims(claims: list[ClaimDraft], rows: Iterable[int]) -> bool:
    """Remove claims by index, in place; breakdowns of a removed claim stand alone, later
    indexes follow. False when no row was removed."""
    gone = {r for r in rows if 0 <= r < len(claims)}
    if not gone:
        return False
    new_index = {old: new for new, old in enumerate(i for i in range(len(claims)) if i not in gone)}
    keep = [c for i, c in enumerate(claims) if i not in gone]
    for c in keep:
        if c.part_of is not None:
            c.part_of = new_index.get(c.part_of)
    claims[:] = keep
    return True


def confirm_all(claims: Iterable[ClaimDraft], on: bool = True) -> None:
    for c in claims:
        c.confirmed = on


# ---------------------------------------------------------------------------------------------
# What the presenter hands to the page


@dataclass(frozen=True)
class Names:
    """The extraction engine built on the database's gazetteer and actors, and their labels in
    the interface language."""

    extractor: Any
    place_labels: Mapping[uuid.UUID, str]
    place_levels: Mapping[uuid.UUID, str]
    actor_labels: Mapping[uuid.UUID, str]


@dataclass(frozen=True)
class NamesRequest:
    lang: str

    def run(self, session: Session) -> Names:
        places, actors = names_from_database(session=session)
        ids = [uuid.UUID(p.key) for p in places]
        return Names(extractor=Extractor(places, actors),
                     place_labels=place_labels(session=session, ids=ids, lang=self.lang),
                     place_levels={uuid.UUID(p.key): p.level for p in places},
                     actor_labels=dict(actor_choices(session, lang=self.lang)))


@dataclass(frozen=True)
class ExtractionRequest:
    """Read `text` again (in a worker: a megabyte takes seconds)."""

    generation: int
    text: str
    published: date | None
    extractor: Any

    def run(self) -> Any:
        return self.extractor.extract(self.text, published=self.published)


@dataclass(frozen=True)
class RecordedIncident:
    """What names a recorded incident in the claims table: its start date and its first place
    (or the beginning of its description)."""

    start_date: date | None
    caption: str


@dataclass(frozen=True)
class ProposalResult:
    proposals: dict[int, list[IncidentProposal]]
    """New incident's index → the recorded incidents near its places and date."""
    linked: dict[uuid.UUID, RecordedIncident]
    """Recorded incidents claims are linked to that no proposal lists."""


@dataclass(frozen=True)
class ProposalRequest:
    """Recorded incidents near each new incident's places and date (within three days)."""

    generation: int
    specs: tuple[tuple[int, tuple[uuid.UUID, ...], date | None], ...]
    linked: tuple[uuid.UUID, ...]
    lang: str

    def run(self, session: Session) -> ProposalResult:
        found = {j: propose_incidents(session=session, place_ids=places, on=when, lang=self.lang)
                 for j, places, when in self.specs if places and when}
        proposed = {p.id for ps in found.values() for p in ps}
        missing = [i for i in dict.fromkeys(self.linked) if i not in proposed]
        linked = {iid: RecordedIncident(start, desc[:40])
                  for iid, (start, desc) in incident_captions(session=session, ids=missing).items()}
        return ProposalResult(found, linked)


@dataclass(frozen=True)
class UrlRequest:
    """Reports already entered with this web address: (id, title)."""

    generation: int
    url: str

    def run(self, session: Session) -> list[tuple[uuid.UUID, str]]:
        return reports_with_url(session=session, url=self.url)


@dataclass(frozen=True)
class SourceLookup:
    """Sources matching what is typed in the source picker: (id, label), best first."""

    text: str
    lang: str

    def run(self, session: Session) -> list[tuple[uuid.UUID, str]]:
        return source_choices(session=session, text=self.text, lang=self.lang)


@dataclass(frozen=True)
class Highlight:
    """A span of the text to highlight: kind ("claim", "claim_confirmed", "date", "place",
    "actor"), offsets, the index of the item among its kind, the item (a ClaimDraft or the
    extraction's mention) and, for places and actors, their label."""

    kind: str
    start: int
    end: int
    index: int
    item: Any
    name: str = ""


@dataclass(frozen=True)
class Counts:
    """What the extraction found, and how many of the draft's claims are confirmed."""

    claims: int
    dates: int
    places: int
    actors: int
    confirmed: int
    total: int


@dataclass(frozen=True)
class IncidentChoice:
    """An incident the claim can be linked to: a new incident of the draft, a recorded one
    proposed near one of them (`proposal`), or the recorded one the claim is linked to already."""

    value: Link
    proposal: IncidentProposal | None = None
    matches_place: bool = False


@dataclass(frozen=True)
class FormProblem:
    """Why the form cannot be saved as it stands (before asking the database): `code` names it,
    `field` is where (as ValidationError fields are named), `value` what was typed."""

    code: str
    field: str
    value: str = ""


@dataclass(frozen=True)
class FieldPlace:
    """Where a ValidationError's field is in the form: a claim (`index`, `name` its field), a new
    incident (`index`, `name`), the source (`name` its field, "" for the choice itself) or a field
    of the report (`name`)."""

    kind: Literal["claim", "incident", "source", "field"]
    name: str
    index: int | None = None


@dataclass(frozen=True)
class DraftWrite:
    """What keeping the draft on disk means now: "save" `data` under `label`, "delete" the draft
    written before (the form was emptied), or "none"."""

    action: Literal["save", "delete", "none"]
    draft_id: str
    data: dict[str, Any] | None = None
    label: str = ""


SaveStep = Literal["relinked", "stored", "store"]


@dataclass(frozen=True)
class SaveRequest:
    """The draft as it was when Save was pressed (a copy: typing on does not change it)."""

    draft: ReportDraft
    confirmed: int
    unconfirmed: int

    @property
    def new_source(self) -> bool:
        return self.draft.new_source is not None

    def check(self, session: Session) -> SaveCheck:
        """Read-only: links that changed in the database meanwhile, and the stored copies."""
        return check_before_save(session=session, draft=self.draft)

    def store(self, session: Session) -> uuid.UUID:
        """In the caller's transaction: the report, its confirmed claims, new source and incidents."""
        return save_report(session=session, draft=self.draft).id


# ---------------------------------------------------------------------------------------------
# The presenter


class EntryPresenter:
    """The entry page's state: one draft at a time, and what the page shows of it."""

    def __init__(self, lang: str = "ar") -> None:
        self.lang = lang
        self.draft = ReportDraft()
        self.extractor: Any = None
        self.place_labels: Mapping[uuid.UUID, str] = {}
        self.place_levels: Mapping[uuid.UUID, str] = {}
        self.actor_labels: Mapping[uuid.UUID, str] = {}
        self.extraction: Any = None
        # The date the pasted page states for itself, filled into the empty published date by the
        # last reading (the page shows it in the field); None when the person's date stands.
        self.offered_published: date | None = None
        self.proposals: dict[int, list[IncidentProposal]] = {}
        self.recorded: dict[uuid.UUID, RecordedIncident] = {}
        self.language_auto = True  # the language follows the text until the person chooses one
        self.saving = False
        self.draft_written = False  # the drafts store holds this draft
        self.last_saved_report: uuid.UUID | None = None
        self._generation = {"extract": 0, "proposals": 0, "url": 0}

    def _next(self, kind: str) -> int:
        self._generation[kind] += 1
        return self._generation[kind]

    def is_current(self, request: ExtractionRequest | ProposalRequest | UrlRequest) -> bool:
        """No newer request of the same kind was made (and the text is still the one read)."""
        if isinstance(request, ExtractionRequest):
            return request.generation == self._generation["extract"] and request.text == self.draft.text
        kind = "proposals" if isinstance(request, ProposalRequest) else "url"
        return request.generation == self._generation[kind]

    # -- names for the extraction -------------------------------------------------------------

    def names_request(self) -> NamesRequest:
        return NamesRequest(self.lang)

    def set_names(self, names: Names) -> bool:
        """Use the loaded names; True when there is text to read again with them."""
        self.extractor = names.extractor
        self.place_labels, self.place_levels, self.actor_labels = \
            names.place_labels, names.place_levels, names.actor_labels
        return bool(self.draft.text.strip())

    # -- the draft ----------------------------------------------------------------------------

    def load(self, draft: ReportDraft) -> None:
        """`draft` becomes the form's draft (a restored one, or a new empty one)."""
        self.draft = draft
        self.language_auto = draft.language is None
        self.extraction = None

    def new_draft(self) -> None:
        self.load(ReportDraft())
        self.draft_written = False

    def published(self) -> date | None:
        return as_date(self.draft.published_date)

    def set_text(self, text: str) -> str | None:
        """The text was edited; returns the language it sets when the language follows the text."""
        self.draft.text = text
        if self.language_auto and text.strip():
            self.draft.language = guess_language(text.strip())
            return self.draft.language
        return None

    def set_published(self, value: date | None) -> None:
        self.draft.published_date = value

    def choose_language(self, language: str | None) -> None:
        self.language_auto = False
        self.draft.language = language

    def set_fields(self, *, source_id: uuid.UUID | None, new_source: NewSource | None, title: str,
                   author: str, published_date: date | None, url: str, language: str | None, text: str,
                   evidence: Iterable[str]) -> None:
        """The form's fields as typed: blank ones are None."""
        d = self.draft
        d.source_id = source_id
        d.new_source = copy.deepcopy(new_source)
        d.title = title.strip() or None
        d.author = author.strip() or None
        d.published_date = published_date
        d.url = url.strip() or None
        d.language = language
        d.text = text
        d.evidence = list(evidence)

    def draft_label(self) -> str:
        """How the drafts store names the draft: its title, else the first line of its text."""
        d = self.draft
        if d.title:
            return d.title[:80]
        return next((ln.strip() for ln in d.text.splitlines() if ln.strip()), "")[:80]

    def keep_draft(self, source_label: str) -> DraftWrite:
        """What to write to the drafts store now; an empty form leaves no draft."""
        d = self.draft
        if d.is_empty():
            if self.draft_written:
                self.draft_written = False
                return DraftWrite("delete", d.draft_id)
            return DraftWrite("none", d.draft_id)
        data = d.to_json()
        data["source_label"] = source_label
        self.draft_written = True
        return DraftWrite("save", d.draft_id, data, self.draft_label())

    @staticmethod
    def restored(data: Mapping[str, Any]) -> tuple[ReportDraft, str]:
        """A draft from the drafts store, and the source's label as the picker showed it."""
        return ReportDraft.from_json(data), str(data.get("source_label") or "")

    # -- the text and its suggestions ---------------------------------------------------------

    def extraction_request(self) -> ExtractionRequest | None:
        """Read the text again; None until the names are loaded."""
        if self.extractor is None:
            return None
        return ExtractionRequest(self._next("extract"), self.draft.text, self.published(), self.extractor)

    def apply_extraction(self, result: Any, published: date | None, *, current: int | None = None) -> int | None:
        """Replace the untouched suggestions with those of `result` (None: no text); returns the
        new row of the claim at row `current`, if it is still there."""

        current_claim = self.claim(current)
        self.extraction = result or Extraction()
        own = as_date(self.extraction.published)
        self.offered_published = None
        if published is None and own is not None and as_date(self.draft.published_date) is None:
            # «آخر تحديث: …», a dateline, a post's time: offered in the empty field, «اليوم» resolved by it.
            self.draft.published_date = self.offered_published = published = own
        refresh_suggestions(self.draft, self.extraction, published=published)
        if current_claim is not None and current_claim in self.draft.claims:
            return self.draft.claims.index(current_claim)
        return None

    def highlights(self) -> list[Highlight]:
        """The claims with their spans, the named victims, then the dates, places and actors the
        extraction found."""
        out = [Highlight("claim_confirmed" if c.confirmed else "claim", c.start, c.end, i, c)
               for i, c in enumerate(self.draft.claims) if c.start is not None and c.end is not None]
        out += [Highlight("victim", v.start, v.end, i, v, v.name or v.text or "")
                for i, v in enumerate(self.draft.victims) if v.start is not None and v.end is not None]
        x = self.extraction
        if x is not None:
            out += [Highlight("date", d.start, d.end, i, d) for i, d in enumerate(x.dates)]
            out += [Highlight("place", p.start, p.end, i, p, self.place_labels.get(as_uuid(p.key), p.name))
                    for i, p in enumerate(x.places)]
            out += [Highlight("actor", a.start, a.end, i, a, self.actor_labels.get(as_uuid(a.key), a.name))
                    for i, a in enumerate(x.actors)]
        return out

    def mentions(self, kind: str) -> tuple[Any, ...]:
        """The extraction's dates, places or actors (none before the text was read)."""
        x = self.extraction
        if x is None:
            return ()
        return {"date": x.dates, "place": x.places, "actor": x.actors}.get(kind, ())

    def counts(self) -> Counts | None:
        """None when the text has not been read (yet)."""
        x = self.extraction
        if x is None:
            return None
        confirmed = sum(1 for c in self.draft.claims if c.confirmed)
        return Counts(len(x.claims), len(x.dates), len(x.places), len(x.actors), confirmed, len(self.draft.claims))

    # -- claims -------------------------------------------------------------------------------

    def claim(self, row: int | None) -> ClaimDraft | None:
        return self.draft.claims[row] if row is not None and 0 <= row < len(self.draft.claims) else None

    def new_claim(self, row: int | None) -> ClaimDraft:
        """A claim typed by the person (not yet in the draft): on the incident of the claim at
        `row` (or of the last one), else on a new incident of its own."""
        like = self.claim(row) if row is not None else (self.draft.claims[-1] if self.draft.claims else None)
        claim = ClaimDraft(category=Category.KILLED.value, group=VictimGroup.CIVILIANS.value, suggested=False,
                           incident_id=like.incident_id if like else None,
                           new_incident=like.new_incident if like else None)
        if claim.incident_id is None and claim.new_incident is None:
            claim.new_incident = self.add_new_incident()
        return claim

    def link(self, rows: Iterable[int], value: Link) -> list[int]:
        """Link the claims at `rows` to `value` (the person's choice); returns the rows changed."""
        changed = [r for r in rows if self.claim(r) is not None]
        for r in changed:
            edit_claim(self.draft.claims[r], "incident", value)
        return changed

    def confirmed_counts(self) -> tuple[int, int]:
        """(confirmed, unconfirmed) claims."""
        confirmed = sum(1 for c in self.draft.claims if c.confirmed)
        return confirmed, len(self.draft.claims) - confirmed

    # -- new incidents ------------------------------------------------------------------------

    def add_new_incident(self, like: NewIncident | None = None) -> int:
        """A new incident the person asked for: a copy of `like`, else on the publication date."""
        published = self.published()
        spec = copy.deepcopy(like) if like is not None else NewIncident(
            start_date=published.isoformat() if published else None,
            end_date=published.isoformat() if published else None)
        spec.edited = True
        self.draft.new_incidents.append(spec)
        return len(self.draft.new_incidents) - 1

    def new_incident_for(self, row: int) -> int | None:
        """Give the claim at `row` a new incident of its own (a copy of its current new one)."""
        c = self.claim(row)
        if c is None:
            return None
        like = self.draft.new_incidents[c.new_incident] if c.new_incident is not None else None
        j = self.add_new_incident(like)
        edit_claim(c, "incident", ("new", j))
        return j

    def new_incident_of(self, row: int | None) -> int | None:
        """The new incident the claim at `row` is on (None when it is on a recorded one)."""
        c = self.claim(row)
        if c is None:
            return None
        return c.new_incident if c.incident_id is None else None

    def use_date(self, row: int | None, index: int) -> bool:
        """Date mention #index becomes the date of the claim's new incident."""
        j, dates = self.new_incident_of(row), self.mentions("date")
        if j is None or not 0 <= index < len(dates):
            return False
        spec = self.draft.new_incidents[j]
        spec.start_date = spec.end_date = dates[index].date
        spec.edited = True
        return True

    def add_place(self, row: int | None, index: int) -> bool:
        """Place mention #index is added to the claim's new incident (if it is not there)."""
        j, places = self.new_incident_of(row), self.mentions("place")
        if j is None or not 0 <= index < len(places):
            return False
        pid = as_uuid(places[index].key)
        spec = self.draft.new_incidents[j]
        if pid is None or pid in spec.place_ids:
            return False
        spec.places.append((pid, None, not spec.places))
        spec.edited = True
        return True

    def precision(self, place_id: uuid.UUID, value: str | None) -> LocationPrecision:
        """A place's location precision in a new incident: as chosen, else from its level."""
        if value:
            return LocationPrecision(value)
        return precision_of_level(self.place_levels.get(place_id))

    def incident_values(self, j: int) -> dict[str, Any]:
        """New incident #j as the incident editor's values."""
        spec = self.draft.new_incidents[j]
        return {"start_date": as_date(spec.start_date), "end_date": as_date(spec.end_date),
                "date_precision": DatePrecision(spec.date_precision), "event_type": EventType(spec.event_type),
                "places": [(pid, self.precision(pid, precision), primary) for pid, precision, primary in spec.places],
                "actors": [(aid, role) for aid, role in spec.actors],
                "description_ar": spec.description_ar, "description_en": spec.description_en}

    def update_new_incident(self, j: int, values: Mapping[str, Any]) -> None:
        """The incident editor's values become new incident #j (nothing is written until the
        report is saved). Raises ValidationError (a start date and a place are required; the end
        may not come before the start)."""

        start = values.get("start_date")
        if start is None:
            raise fail("required", "start_date")
        if not values.get("places"):
            raise fail("place_required", "places")
        if values.get("end_date") is not None and values["end_date"] < start:
            raise fail("end_before_start", "end_date")
        self.draft.new_incidents[j] = NewIncident(
            start_date=start.isoformat(),
            end_date=(values.get("end_date") or start).isoformat(),
            date_precision=str(values.get("date_precision") or DatePrecision.DAY),
            event_type=str(values.get("event_type") or EventType.OTHER),
            places=[(pid, str(precision) if precision else None, primary) for pid, precision, primary in values["places"]],
            actors=[(aid, str(role)) for aid, role in values.get("actors") or ()],
            description_ar=values.get("description_ar") or None, description_en=values.get("description_en") or None,
            edited=True)

    # -- incidents a claim may be linked to ---------------------------------------------------

    def current_link(self, row: int | None) -> Link | None:
        c = self.claim(row)
        return link_of(c) if c is not None else None

    def linked_by_default(self, row: int | None) -> bool:
        """The claim is on the recorded incident at the same place and date, chosen for the person
        (who may still choose its new incident)."""
        c = self.claim(row)
        return c is not None and c.incident_id is not None and c.new_incident is not None and not c.link_chosen

    def incident_choices(self, row: int | None) -> list[IncidentChoice]:
        """New incidents, then recorded ones near the claim's new incident (place, ±3 days), then
        those near the other new incidents, then the recorded one the claim is on if none of these."""
        options = [IncidentChoice(("new", j)) for j in range(len(self.draft.new_incidents))]
        claim = self.claim(row)
        first = [claim.new_incident] if claim is not None and claim.new_incident is not None else []
        seen: set[uuid.UUID] = set()
        for j in first + [k for k in self.proposals if k not in first]:
            for p in self.proposals.get(j, ()):
                if p.id in seen:
                    continue
                seen.add(p.id)
                options.append(IncidentChoice(("existing", p.id), p, matches_place=p.same_place and j in first))
        if claim is not None and claim.incident_id is not None and claim.incident_id not in seen:
            options.append(IncidentChoice(("existing", claim.incident_id)))
        return options

    def proposal_request(self) -> ProposalRequest:
        specs = tuple((j, tuple(s.place_ids), as_date(s.start_date)) for j, s in enumerate(self.draft.new_incidents))
        linked = tuple(c.incident_id for c in self.draft.claims if c.incident_id is not None)
        return ProposalRequest(self._next("proposals"), specs, linked, self.lang)

    def apply_proposals(self, request: ProposalRequest, result: ProposalResult) -> dict[int, uuid.UUID | None] | None:
        """Take the proposals in and link each claim on a suggested new incident to the recorded
        incident at the same place and date; returns the links changed ({claim index: incident id
        or None for its new incident}), or None when a newer request overtook this one."""
        if not self.is_current(request):
            return None
        self.proposals = result.proposals
        changes = default_links(self.draft, self.proposals)
        self.apply_links(changes)
        for ps in self.proposals.values():
            for p in ps:
                self.recorded[p.id] = RecordedIncident(p.start_date, p.place_names[0] if p.place_names else "")
        self.recorded.update(result.linked)
        return changes

    def apply_links(self, changes: Mapping[int, uuid.UUID | None]) -> bool:
        """Default links: claims on a suggested new incident point at the recorded incident at
        the same place and date instead (or back at their new incident). True when any changed."""
        if not changes:
            return False
        apply_default_links(self.draft, changes)
        return True

    def needs_proposals(self, changes: Changes) -> bool:
        """Records changed elsewhere: whether the proposals may have too."""
        return changes.touches("incident") and bool(self.draft.new_incidents)

    # -- source and web address ---------------------------------------------------------------

    def source_lookup(self, text: str) -> SourceLookup:
        return SourceLookup(text, self.lang)

    def url_request(self, url: str | None) -> UrlRequest | None:
        """Look the address up; None when there is none (an older answer is dropped either way)."""
        generation = self._next("url")
        url = (url or "").strip()
        return UrlRequest(generation, url) if url else None

    # -- saving -------------------------------------------------------------------------------

    @staticmethod
    def form_problem(*, published_typed: str | None) -> FormProblem | None:
        """What stops the save before anything is asked: a publication date typed that is not
        one (never saved as "no date")."""
        if published_typed:
            return FormProblem("not_a_date", "published_date", published_typed)
        return None

    def save_request(self) -> SaveRequest | None:
        """The draft to save, as it is now; None while a save is under way."""
        if self.saving:
            return None
        confirmed, unconfirmed = self.confirmed_counts()
        return SaveRequest(copy.deepcopy(self.draft), confirmed, unconfirmed)

    def start_saving(self) -> None:
        self.saving = True

    def checked(self, result: SaveCheck) -> SaveStep:
        """After the check in the database: "relinked" (links changed meanwhile, or the proposals
        had not come back: they are applied to the form and the person looks again), "stored" (the
        report is there already: ask), else "store"."""
        if result.links:
            self.saving = False
            self.apply_links(result.links)
            return "relinked"
        return "stored" if result.stored else "store"

    def saved(self, report_id: uuid.UUID) -> None:
        self.saving = False
        self.last_saved_report = report_id

    def save_stopped(self) -> None:
        """Failed, or the person went back to the form."""
        self.saving = False

    @staticmethod
    def locate(field: str) -> FieldPlace:
        """Where a ValidationError's field ("claims[2].max", "incidents[0].places",
        "source.name_ar", "published_date") is in the form."""
        head, _, rest = field.partition(".")
        for prefix, kind in (("claims[", "claim"), ("incidents[", "incident")):
            if head.startswith(prefix) and head.endswith("]"):
                try:
                    return FieldPlace(kind, rest, int(head[len(prefix):-1]))  # type: ignore[arg-type]
                except ValueError:
                    break
        if head == "source":
            return FieldPlace("source", rest)
        return FieldPlace("field", field)
