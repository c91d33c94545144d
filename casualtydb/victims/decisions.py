"""What people decide about persons: merge two into one, undo a merge, split mentions off into
a person of their own, and say that two are not the same individual.

Like incident merges (casualtydb/crossref/merge.py): nothing is deleted. A merge moves the
absorbed person's mentions to the kept one and marks the absorbed person merged
(`merged_into_id`); its `PersonMerge` record lists the mentions moved, so unmerge puts exactly
those back. Every step is an ORM write in the caller's transaction (run it through
`writes.write`), audit-logged with its context ("merge persons", …)."""

from __future__ import annotations

import uuid

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..audit import current_user, in_context
from ..errors import CasualtyDBError
from ..models import Mention, Person, PersonDismissal, PersonMerge, utcnow


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise CasualtyDBError(f"no person {person_id}")
    return person


def _live(session: Session, person_id: uuid.UUID) -> Person:
    person = _person(session, person_id)
    if person.merged_into_id is not None:
        raise CasualtyDBError(f"person {person_id} was merged into {person.merged_into_id}; use that person")
    return person


def resolve(session: Session, person_id: uuid.UUID) -> uuid.UUID:
    """The person a (possibly merged) person now is, following merges."""
    seen: set[uuid.UUID] = set()
    current = person_id
    while current not in seen:
        seen.add(current)
        target = session.scalar(select(Person.merged_into_id).where(Person.id == current))
        if target is None:
            return current
        current = target
    return current


def merge(session: Session, kept_id: uuid.UUID, absorbed_id: uuid.UUID, *, user: str | None = None) -> PersonMerge:
    """Person `absorbed_id` becomes part of `kept_id`: its mentions move, it stays as a record."""
    if kept_id == absorbed_id:
        raise CasualtyDBError("a person cannot be merged with itself")
    kept, absorbed = _live(session, kept_id), _live(session, absorbed_id)
    with in_context(session, "merge persons"):
        moved = []
        for mention in session.scalars(select(Mention).where(Mention.person_id == absorbed.id).order_by(Mention.id)):
            mention.person_id = kept.id
            moved.append(str(mention.id))
        absorbed.merged_into_id = kept.id
        if not kept.display_name and absorbed.display_name:
            kept.display_name = absorbed.display_name
        record = PersonMerge(kept_id=kept.id, absorbed_id=absorbed.id, moved={"mentions": moved},
                             merged_at=utcnow(), merged_by=user or session.info.get("user") or current_user())
        session.add(record)
    return record


def unmerge(session: Session, person_id: uuid.UUID, *, user: str | None = None) -> PersonMerge:
    """Undo a merge. `person_id` names the person merged away, or a person others were merged
    into (then the latest merge into it is undone)."""
    person = _person(session, person_id)
    if person.merged_into_id is not None:
        record = session.scalars(select(PersonMerge).where(
            PersonMerge.absorbed_id == person.id, PersonMerge.undone_at.is_(None))
            .order_by(PersonMerge.merged_at.desc())).first()
    else:
        record = session.scalars(select(PersonMerge).where(
            PersonMerge.kept_id == person.id, PersonMerge.undone_at.is_(None))
            .order_by(PersonMerge.merged_at.desc(), PersonMerge.created_at.desc())).first()
    if record is None:
        raise CasualtyDBError(f"person {person_id} is not part of a merge that can be undone")
    kept, absorbed = _person(session, record.kept_id), _person(session, record.absorbed_id)
    if kept.merged_into_id is not None:
        raise CasualtyDBError(f"person {kept.id} was itself merged into {kept.merged_into_id} later: undo that first")
    with in_context(session, "unmerge persons"):
        ids = [uuid.UUID(m) for m in (record.moved or {}).get("mentions", [])]
        for start in range(0, len(ids), 500):
            for mention in session.scalars(select(Mention).where(Mention.id.in_(ids[start:start + 500]))):
                if mention.person_id == kept.id:
                    mention.person_id = absorbed.id
        absorbed.merged_into_id = None
        record.undone_at = utcnow()
        record.undone_by = user or session.info.get("user") or current_user()
    return record


def split(session: Session, mention_ids: list[uuid.UUID]) -> Person:
    """Mentions of one person that are someone else: they become a new person of their own."""
    mentions = list(session.scalars(select(Mention).where(Mention.id.in_(mention_ids))))
    missing = set(mention_ids) - {m.id for m in mentions}
    if missing:
        raise CasualtyDBError(f"no mention {sorted(map(str, missing))[0]}")
    owners = {m.person_id for m in mentions}
    if len(owners) != 1:
        raise CasualtyDBError("the mentions to split off belong to different persons")
    owner = next(iter(owners))
    left = session.scalar(select(Mention.id).where(Mention.person_id == owner, Mention.id.not_in(mention_ids)).limit(1))
    if left is None:
        raise CasualtyDBError("those are all the person's mentions: nothing would be left to split from")
    with in_context(session, "split person"):
        person = Person(display_name=mentions[0].name or None)
        session.add(person)
        session.flush()
        for mention in mentions:
            mention.person_id = person.id
    return person


def not_same(session: Session, a_id: uuid.UUID, b_id: uuid.UUID, note: str | None = None) -> PersonDismissal:
    """Two persons are different individuals: the pair is not proposed again (nor what they
    are merged into later)."""
    if a_id == b_id:
        raise CasualtyDBError("a person is always the same as itself")
    _person(session, a_id)
    _person(session, b_id)
    a, b = sorted((a_id, b_id), key=str)
    existing = session.scalar(select(PersonDismissal).where(or_(
        and_(PersonDismissal.person_a_id == a, PersonDismissal.person_b_id == b),
        and_(PersonDismissal.person_a_id == b, PersonDismissal.person_b_id == a))))
    if existing is not None:
        return existing
    with in_context(session, "persons not the same"):
        record = PersonDismissal(person_a_id=a, person_b_id=b, note=(note or "").strip() or None)
        session.add(record)
    return record


def undo_not_same(session: Session, a_id: uuid.UUID, b_id: uuid.UUID) -> bool:
    """Take back a not-same decision between two persons (the pair can be proposed again);
    False when there was none. The deletion is audited like any other."""
    existing = session.scalar(select(PersonDismissal).where(or_(
        and_(PersonDismissal.person_a_id == a_id, PersonDismissal.person_b_id == b_id),
        and_(PersonDismissal.person_a_id == b_id, PersonDismissal.person_b_id == a_id))))
    if existing is None:
        return False
    with in_context(session, "persons not the same undone"):
        session.delete(existing)
    return True


def dismissed_pairs(session: Session) -> set[frozenset[uuid.UUID]]:
    """Not-same decisions as pairs of the persons they now concern (merges followed)."""
    merged = dict(session.execute(select(Person.id, Person.merged_into_id)
                                  .where(Person.merged_into_id.is_not(None))).tuples().all())

    def now(p: uuid.UUID) -> uuid.UUID:
        seen = set()
        while p in merged and p not in seen:
            seen.add(p)
            p = merged[p]
        return p

    out = set()
    for a, b in session.execute(select(PersonDismissal.person_a_id, PersonDismissal.person_b_id)).tuples():
        pa, pb = now(a), now(b)
        if pa != pb:
            out.add(frozenset((pa, pb)))
    return out
