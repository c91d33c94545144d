"""The victims a report's text names, on the entry page: suggested from the extraction
(`victim_suggestions`), kept in the draft (`VictimDraft`), and the confirmed ones saved with the
report (`save_victims`), each a new person with one mention of the report, its incident and claim.
Contract as in services.report_entry: the Session is the caller's, nothing is committed here."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy.orm import Session

from ..models import DatePrecision, Incident
from ..text.direction import strong_direction
from ..victims.entry import add_mention


@dataclass
class VictimDraft:
    """One named victim the engine suggested (or a relative it counts without a name). Saved, as
    a mention with its own new person, only when `confirmed`; tied to the report, and to the
    incident and claim of the confirmed claim it belongs to (`claim_for`)."""

    name: str | None = None
    given: str | None = None
    father: str | None = None
    grandfather: str | None = None
    family: str | None = None
    sex: str | None = None
    age: int | None = None
    age_group: str | None = None
    status: str | None = None
    fate: str | None = None
    text: str | None = None  # text[start:end]: the name, or the relation word («وزوجته»)
    start: int | None = None
    end: int | None = None
    relation: str | None = None  # "son", "wife"…: a relative of the victim at `relative_of`
    relative_of: int | None = None
    confirmed: bool = False
    suggested: bool = True
    confidence: float | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> VictimDraft:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})



def victim_suggestions(extraction: Any) -> list[VictimDraft]:
    """Unconfirmed victim drafts from an `Extraction`'s mentions."""
    out = []
    for m in getattr(extraction, "mentions", ()):
        parts = dict(m.parts)
        out.append(VictimDraft(
            name=m.name, sex=m.sex, age=m.age, age_group=m.age_group, status=m.status, fate=m.fate, text=m.text,
            start=m.start, end=m.end, relation=m.relation, relative_of=m.relative_of, confidence=m.confidence,
            # A relative without a name keeps the parts only as what the text implies (see notes at
            # save): a chain with no given name would block and match as someone else.
            **({k: parts.get(k) for k in ("given", "father", "grandfather", "family")} if m.name else {})))
    return out


# The claims a victim's fate is counted in.
_FATE_CLAIMS = {"killed": ("killed", "casualties"), "injured": ("injured", "casualties"), "missing": ("missing",),
                "detained": ("detained",)}
# How a relative without a name is noted on the mention (the report's language): "wife of …".
_RELATION_NOTES = {
    "son": ("ابن", "son"), "daughter": ("ابنة", "daughter"), "brother": ("شقيق", "brother"),
    "sister": ("شقيقة", "sister"), "father": ("والد", "father"), "mother": ("والدة", "mother"),
    "wife": ("زوجة", "wife"), "husband": ("زوج", "husband"), "grandson": ("حفيد", "grandson"),
    "granddaughter": ("حفيدة", "granddaughter"), "uncle": ("عم", "uncle"), "cousin": ("ابن عم", "cousin"),
    "child": ("طفل", "child"), "nephew": ("ابن أخ", "nephew"), "niece": ("ابنة أخ", "niece"),
}


def claim_for(draft: Any, victim: VictimDraft) -> int | None:
    """The confirmed claim a victim belongs to: one counting their fate, the nearest before the
    name in the text (a list follows its figure), else the nearest after; None when no confirmed
    claim counts that fate."""
    wanted = _FATE_CLAIMS.get(victim.fate or "", ())
    where = victim.start if victim.start is not None else 0
    fitting = [(i, c) for i, c in enumerate(draft.claims) if c.confirmed and c.category in wanted]
    before = [(c.start, i) for i, c in fitting if c.start is not None and c.start <= where]
    if before:
        return max(before)[1]
    after = [(c.start, i) for i, c in fitting if c.start is not None]
    if after:
        return min(after)[1]
    return fitting[0][0] if fitting else None


def save_victims(session: Session, draft: Any, report_id: uuid.UUID, source_id: uuid.UUID,
                 claim_ids: Mapping[int, uuid.UUID], claim_incidents: Mapping[int, uuid.UUID]) -> dict[int, uuid.UUID]:
    """The confirmed victims, each a new person with one mention of this report (and of the
    incident of the claim it belongs to; of the report's one incident when no claim counts its
    fate). Returns draft index → mention id."""
    out: dict[int, uuid.UUID] = {}
    incidents = set(claim_incidents.values())
    english = (draft.language or ("ar" if strong_direction(draft.text) else "en")) == "en"
    for i, v in enumerate(draft.victims):
        if not v.confirmed:
            continue
        ci = claim_for(draft, v)
        incident_id = claim_incidents.get(ci) if ci is not None else (next(iter(incidents)) if len(incidents) == 1
                                                                       else None)
        day = None
        if incident_id is not None:
            inc = session.get(Incident, incident_id)
            day = inc.start_date if inc is not None and inc.date_precision == DatePrecision.DAY else None
        notes = None
        if v.relation and not v.name:
            anchor = draft.victims[v.relative_of] if v.relative_of is not None and 0 <= v.relative_of < len(draft.victims) \
                else None
            whose = (anchor.name or "") if anchor is not None else ""
            ar, en = _RELATION_NOTES.get(v.relation, (v.relation, v.relation))
            notes = (f"{en} of {whose}" if english else f"{ar} {whose}").strip()
        values = {"name": v.name, "given": v.given, "father": v.father, "grandfather": v.grandfather,
                  "family": v.family, "sex": v.sex, "age": v.age, "age_group": v.age_group, "status": v.status,
                  "fate": v.fate, "fate_date": day, "incident_id": incident_id, "report_id": report_id,
                  "claim_id": claim_ids.get(ci) if ci is not None else None, "source_id": source_id, "notes": notes}
        out[i] = add_mention(session, values, where=f"victims[{i}]").id
    return out
