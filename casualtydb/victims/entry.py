"""A mention the entry page confirmed from a report's text: checked, and written with its own
person (a new individual until people merge it; matching only proposes)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from ..models import AgeGroup, CivilianStatus, Fate, Mention, Person, Sex
from ..models.person import CHILD_UNDER
from ..services.editing import fail, parse_int

PARTS = ("given", "father", "grandfather", "family")


def _choice(enum: type, raw: Any, key: str) -> Any:
    if raw in (None, ""):
        return None
    try:
        return enum(raw)
    except ValueError:
        raise fail("unknown_choice", key, value=raw) from None


def add_mention(session: Session, values: Mapping[str, Any], *, where: str = "mention") -> Mention:
    """A new person and its one mention from `values` (name, the parts, sex, age, age_group,
    status, fate, fate_date, place_id, place_text, incident_id, report_id, claim_id, source_id,
    notes), in the caller's transaction. A mention needs a name or at least one part, unless it
    is a relative the text counts without a name (`notes` says whose). Raises ValidationError
    with the field named ("victims[2].age")."""
    name = (values.get("name") or "").strip() or None
    parts = {k: (values.get(k) or "").strip() or None for k in PARTS}
    notes = (values.get("notes") or "").strip() or None
    if name is None and not any(parts.values()) and notes is None:
        raise fail("required", f"{where}.name")
    age = parse_int(values.get("age"), f"{where}.age")
    if age is not None and not 0 <= age <= 130:
        raise fail("too_large", f"{where}.age", value=age)
    group = _choice(AgeGroup, values.get("age_group"), f"{where}.age_group")
    if age is not None:
        group = AgeGroup.CHILD if age < CHILD_UNDER else AgeGroup.ADULT
    person = Person(id=uuid.uuid4(), display_name=name or " ".join(p for p in parts.values() if p) or None)
    session.add(person)
    session.flush()
    mention = Mention(
        id=uuid.uuid4(), person_id=person.id, name=name, **parts,
        sex=_choice(Sex, values.get("sex"), f"{where}.sex"), age=age, age_group=group,
        status=_choice(CivilianStatus, values.get("status"), f"{where}.status"),
        fate=_choice(Fate, values.get("fate"), f"{where}.fate"), fate_date=values.get("fate_date"),
        place_id=values.get("place_id"), place_text=values.get("place_text"), incident_id=values.get("incident_id"),
        report_id=values.get("report_id"), claim_id=values.get("claim_id"), source_id=values.get("source_id"),
        notes=notes)
    session.add(mention)
    session.flush()
    return mention
