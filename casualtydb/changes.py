"""What a write changed, so that views refresh exactly that and nobody announces it by hand.

A `Changes` value lists kinds ("incident", "claim", …) with the ids of the records that
changed, or `None` for "some of this kind" (bulk writes). `track(session)` collects it from the
ORM while a transaction runs: every audited object flushed (new, changed or deleted) counts,
with the incidents it touches; writes made with Core statements (bulk import, merge of another
database, the full conflict scan) add their kinds with `Changes.add`, since the ORM cannot see
them.

Kinds and their ids: incident, report, source, place, actor, claim, attachment — the record's
own id; assessment and figure — the incident's id (figures are derived per incident);
setting — the `database_info` key; dismissal, merge — the incidents' ids; person — the
persons' ids (a mention, a merge of persons or a not-same decision counts for its persons);
mention — the mention's id."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from .models import (
    Actor,
    Assessment,
    Attachment,
    Claim,
    DatabaseInfo,
    DuplicateDismissal,
    Incident,
    IncidentActor,
    IncidentFigure,
    IncidentMerge,
    IncidentPlace,
    Mention,
    Person,
    PersonDismissal,
    PersonMerge,
    Place,
    Report,
    Source,
)

EVERYTHING = "*"


@dataclass
class Changes:
    """Kinds → the ids that changed (`None`: any record of that kind). `EVERYTHING` in `kinds`
    means a whole-database change (another file opened, a merge of databases)."""

    kinds: dict[str, set[Hashable] | None] = field(default_factory=dict)

    @classmethod
    def of(cls, kind: str, ids: Iterable[Hashable] | None = None) -> Changes:
        return cls().add(kind, ids)

    @classmethod
    def everything(cls) -> Changes:
        return cls.of(EVERYTHING)

    def add(self, kind: str, ids: Iterable[Hashable] | None = None) -> Changes:
        """Record a change (returns self, to chain). Ids of a kind already known as "any" are
        not kept."""
        if ids is None:
            self.kinds[kind] = None
        elif kind not in self.kinds:
            self.kinds[kind] = set(ids)
        elif self.kinds[kind] is not None:
            self.kinds[kind].update(ids)  # type: ignore[union-attr]
        return self

    def update(self, other: Changes) -> Changes:
        for kind, ids in other.kinds.items():
            self.add(kind, ids)
        return self

    def __or__(self, other: Changes) -> Changes:
        return Changes().update(self).update(other)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    @property
    def everything_changed(self) -> bool:
        return EVERYTHING in self.kinds

    def touches(self, *kinds: str) -> bool:
        """Whether any of these kinds changed (always true after a whole-database change)."""
        return self.everything_changed or any(k in self.kinds for k in kinds)

    def ids(self, kind: str) -> set[Hashable] | None:
        """The ids of `kind` that changed: an empty set if none, None if it may be any."""
        if self.everything_changed:
            return None
        if kind not in self.kinds:
            return set()
        ids = self.kinds[kind]
        return None if ids is None else set(ids)

    def touches_record(self, kind: str, record_id: Hashable) -> bool:
        ids = self.ids(kind)
        return ids is None or record_id in ids

    def __repr__(self) -> str:
        parts = [k if v is None else f"{k}×{len(v)}" for k, v in sorted(self.kinds.items())]
        return f"Changes({', '.join(parts)})"


def _of_object(obj: Any, changes: Changes) -> None:
    """The kinds one flushed object changes."""
    if isinstance(obj, Incident):
        changes.add("incident", [obj.id])
    elif isinstance(obj, (IncidentPlace, IncidentActor)):
        changes.add("incident", [obj.incident_id])
    elif isinstance(obj, Claim):
        changes.add("claim", [obj.id])
        if obj.incident_id is not None:
            changes.add("figure", [obj.incident_id])
    elif isinstance(obj, Assessment):
        changes.add("assessment", [obj.incident_id]).add("figure", [obj.incident_id])
    elif isinstance(obj, IncidentFigure):
        changes.add("figure", [obj.incident_id])
    elif isinstance(obj, IncidentMerge):
        ids = [obj.kept_id, obj.absorbed_id]
        changes.add("merge", ids).add("incident", ids).add("figure", ids)
    elif isinstance(obj, DuplicateDismissal):
        changes.add("dismissal", [obj.incident_a_id, obj.incident_b_id])
    elif isinstance(obj, Attachment):
        changes.add("attachment", [obj.id])
        if obj.report_id is not None:
            changes.add("report", [obj.report_id])
    elif isinstance(obj, Mention):
        changes.add("mention", [obj.id]).add("person", [obj.person_id])
    elif isinstance(obj, Person):
        changes.add("person", [obj.id])
    elif isinstance(obj, PersonMerge):
        changes.add("person", [obj.kept_id, obj.absorbed_id])
    elif isinstance(obj, PersonDismissal):
        changes.add("person", [obj.person_a_id, obj.person_b_id])
    elif isinstance(obj, DatabaseInfo):
        changes.add("setting", [obj.key])
    else:
        for model, kind in ((Report, "report"), (Source, "source"), (Place, "place"), (Actor, "actor")):
            if isinstance(obj, model):
                changes.add(kind, [obj.id])
                break


def _record_flush(session: Session, _flush_context: Any) -> None:
    changes: Changes | None = session.info.get("changes")
    if changes is None:
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        _of_object(obj, changes)


def install(session_class: type[Session]) -> None:
    """Collect what every flush of this class's sessions changes (its subclasses too, such as
    each sessionmaker's), registered once on the long-lived class. Registering on each
    sessionmaker's own subclass, as `track` did, asked SQLAlchemy's registry by the class's id,
    which a new class takes over once an old one is collected: its listener then looked
    registered and nothing was collected."""
    if not session_class.__dict__.get("_collects_changes"):
        event.listen(session_class, "after_flush", _record_flush)
        session_class._collects_changes = True  # type: ignore[attr-defined]


@contextmanager
def track(session: Session) -> Iterator[Changes]:
    """Collect what this session's flushes change while the block runs (nested calls share one
    collector). The caller keeps the value only if the transaction commits."""
    if not getattr(type(session), "_collects_changes", False):
        install(type(session))
    outer = session.info.get("changes")
    changes = outer if outer is not None else Changes()
    session.info["changes"] = changes
    try:
        yield changes
        if outer is None:
            session.flush()  # what is still pending is counted before the caller commits
    finally:
        if outer is None:
            session.info.pop("changes", None)
