"""Reading persons and their mentions (the `people` command, the Victims sheet, the capture
history), streamed in chunks of persons so that memory stays bounded on long lists."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Mention, Person, PersonMerge, Place, Source
from ..models.person import CHILD_UNDER

CHUNK = 2_000


@dataclass
class MentionView:
    id: uuid.UUID
    mention_id: str  # the list's own id, else the mention's id
    external_id: str | None
    values: dict[str, Any]


@dataclass
class PersonView:
    id: uuid.UUID
    display_name: str | None
    mentions: list[MentionView] = field(default_factory=list)
    merged: list[uuid.UUID] = field(default_factory=list)  # persons merged into this one (in force)


MENTION_COLUMNS = ("name", "given", "father", "grandfather", "family", "laqab", "kunya", "sex", "age", "age_group",
                   "status", "fate", "fate_date", "place_text", "cause", "occupation", "residence", "incident_id",
                   "incident_label", "report_id", "claim_id", "url", "notes")


def iter_persons(session: Session, person_ids: list[uuid.UUID] | None = None) -> Iterator[PersonView]:
    """Live persons (not merged away) with their mentions, in id order."""
    sources = {sid: (ar, en) for sid, ar, en in session.execute(select(Source.id, Source.name_ar, Source.name_en))}
    stmt = select(Person.id, Person.display_name).where(Person.merged_into_id.is_(None)).order_by(Person.id)
    if person_ids is not None:
        stmt = stmt.where(Person.id.in_(person_ids))
    persons = session.execute(stmt.execution_options(yield_per=CHUNK))
    for part in persons.partitions(CHUNK):
        ids = [p.id for p in part]
        views = {p.id: PersonView(p.id, p.display_name) for p in part}
        rows = session.execute(
            select(Mention, Place.pcode, Place.name_ar, Place.name_en, Place.path)
            .outerjoin(Place, Place.id == Mention.place_id)
            .where(Mention.person_id.in_(ids)).order_by(Mention.person_id, Mention.created_at, Mention.id))
        for mention, pcode, place_ar, place_en, path in rows:
            values = {c: getattr(mention, c) for c in MENTION_COLUMNS}
            name = sources.get(mention.source_id)
            values.update(source_id=mention.source_id, source=(name[0] if name else None),
                          source_en=(name[1] if name else None), place_pcode=pcode, place_name_ar=place_ar,
                          place_name_en=place_en, place_path=path)
            views[mention.person_id].mentions.append(
                MentionView(mention.id, mention.external_id or str(mention.id), mention.external_id, values))
        for kept, absorbed in session.execute(select(PersonMerge.kept_id, PersonMerge.absorbed_id).where(
                PersonMerge.kept_id.in_(ids), PersonMerge.undone_at.is_(None)).order_by(PersonMerge.merged_at)):
            views[kept].merged.append(absorbed)
        yield from views.values()
        session.expunge_all()


def age_group(values: dict[str, Any]) -> str | None:
    age = values.get("age")
    if age is not None:
        return "child" if age < CHILD_UNDER else "adult"
    group = values.get("age_group")
    return group.value if group is not None else None


def as_json(person: PersonView) -> dict[str, Any]:
    def value(v: Any) -> Any:
        if isinstance(v, (uuid.UUID, date)):
            return str(v)
        return getattr(v, "value", v)

    return {
        "person": str(person.id),
        "name": person.display_name,
        "merged": [str(p) for p in person.merged],
        "mentions": [{"mention_id": m.mention_id, "id": str(m.id), "external_id": m.external_id,
                      **{k: value(v) for k, v in m.values.items() if k not in ("place_path", "source_id")}}
                     for m in person.mentions],
    }


def mention_refs(session: Session, person_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """Each person's mention ids (the list's own, else the record's), in a stable order."""
    out: dict[uuid.UUID, list[str]] = {p: [] for p in person_ids}
    for start in range(0, len(person_ids), 500):
        for pid, mid, ext in session.execute(
                select(Mention.person_id, Mention.id, Mention.external_id)
                .where(Mention.person_id.in_(person_ids[start:start + 500]))
                .order_by(Mention.person_id, Mention.created_at, Mention.id)):
            out[pid].append(ext or str(mid))
    return out
