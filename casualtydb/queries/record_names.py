"""Display names of records referred to by id (a report's source, an incident's places and
actors…), for views that show values rather than ids: the conflict dialog, history."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Actor, Place, Report, Source
from .common import label


def names_of(session: Session, ids: Iterable[uuid.UUID], lang: str) -> dict[uuid.UUID, str]:
    """Names (in `lang` where the record has one) of the places, actors, sources and reports
    among `ids`; other ids are left out."""
    wanted = list(set(ids))
    if not wanted:
        return {}
    out: dict[uuid.UUID, str] = {}
    for model in (Place, Actor, Source):
        for rid, ar, en in session.execute(select(model.id, model.name_ar, model.name_en)
                                           .where(model.id.in_(wanted))):
            out[rid] = label(ar, en, lang)
    for rid, title, url in session.execute(select(Report.id, Report.title, Report.url).where(Report.id.in_(wanted))):
        out[rid] = title or url or str(rid)[:8]
    return out


def ids_in(values: Iterable[object]) -> set[uuid.UUID]:
    """Every UUID in form values, including inside lists of tuples (an incident's places)."""
    found: set[uuid.UUID] = set()
    for value in values:
        if isinstance(value, uuid.UUID):
            found.add(value)
        elif isinstance(value, (list, tuple)):
            found |= ids_in(value)
    return found
