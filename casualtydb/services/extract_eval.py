"""How well the extraction engine does on the team's own reports.

Every report saved through the entry page keeps what the engine suggested for it
(`ReportSuggestions`, one JSON row) beside the claims the person confirmed or corrected (the
report's claims). `evaluate` compares the two: a suggested figure counts as right when a claim of
the same report has its category, min and max (what the worker types). Precision is the share of
suggestions that were right, recall the share of confirmed claims the engine had suggested; by
category and by source. With an `extractor`, every report with text is read again by the current
engine instead (for databases filled before suggestions were kept, or to try a new engine on
the same reports)."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Claim, Mention, Report, ReportSuggestions, Source, utcnow

FigureKey = tuple[str, "int | None", "int | None"]  # category, min, max


@dataclass(frozen=True)
class SuggestionOutcome:
    """One suggested figure as suggested (`values`: category, group, min, max, approximate,
    confidence, summed) and what the person did with it."""

    values: dict[str, Any]
    start: int | None
    end: int | None
    confirmed: bool
    as_is: bool  # saved without any change
    claim_id: uuid.UUID | None


def record_suggestions(session: Session, report_id: uuid.UUID, outcomes: Iterable[SuggestionOutcome],
                       victims: Iterable[tuple[Any, uuid.UUID | None]] = ()) -> None:
    """Keep what was suggested for a report being saved (in the caller's transaction). Suggested
    victims are kept as `kind: "mention"` entries without their names (personal data stays in the
    mentions table, where redaction finds it): fate, sex, age, status, span, and the mention made."""
    from .. import __version__  # noqa: PLC0415

    payload = [{**o.values, "start": o.start, "end": o.end, "confirmed": o.confirmed, "as_is": o.as_is,
                "claim": str(o.claim_id) if o.claim_id else None} for o in outcomes]
    payload += [{"kind": "mention", "fate": v.fate, "sex": v.sex, "age": v.age, "status": v.status,
                 "relation": v.relation, "start": v.start, "end": v.end, "confirmed": v.confirmed,
                 "mention": str(mid) if mid else None} for v, mid in victims]
    session.add(ReportSuggestions(report_id=report_id, recorded_at=utcnow(), engine=str(__version__),
                                  payload=json.dumps(payload, ensure_ascii=False)))


@dataclass
class Tally:
    suggested: int = 0
    confirmed: int = 0
    right: int = 0  # suggestions a confirmed claim matches (= confirmed claims a suggestion matches)

    @property
    def precision(self) -> float | None:
        return self.right / self.suggested if self.suggested else None

    @property
    def recall(self) -> float | None:
        return self.right / self.confirmed if self.confirmed else None

    def add(self, suggested: Counter, confirmed: Counter) -> None:
        self.suggested += sum(suggested.values())
        self.confirmed += sum(confirmed.values())
        self.right += sum((suggested & confirmed).values())

    def to_json(self) -> dict[str, Any]:
        return {"suggested": self.suggested, "confirmed": self.confirmed, "right": self.right,
                "precision": self.precision, "recall": self.recall}


@dataclass
class Evaluation:
    reports: int = 0
    mode: str = "stored"  # "stored": as suggested at entry; "rerun": read again by the current engine
    overall: Tally = field(default_factory=Tally)
    by_category: dict[str, Tally] = field(default_factory=dict)
    by_source: dict[str, Tally] = field(default_factory=dict)
    saved_as_is: int = 0  # confirmed suggestions saved unchanged (stored mode)
    saved_corrected: int = 0
    # Named victims: suggested mentions against the mentions saved for the reports. Stored mode:
    # right = a suggestion that became one of them; rerun: a suggested name a saved mention has.
    names: Tally = field(default_factory=Tally)

    def to_json(self) -> dict[str, Any]:
        return {"reports": self.reports, "mode": self.mode, "overall": self.overall.to_json(),
                "by_category": {k: v.to_json() for k, v in sorted(self.by_category.items())},
                "by_source": {k: v.to_json() for k, v in sorted(self.by_source.items())},
                "saved_as_is": self.saved_as_is, "saved_corrected": self.saved_corrected,
                "names": self.names.to_json()}


def _key(category: Any, lo: Any, hi: Any) -> FigureKey:
    return (str(getattr(category, "value", category)), lo, hi)


def evaluate(session: Session, *, extractor: Any = None, lang: str = "ar", batch: int = 500) -> Evaluation:
    """Precision and recall of the suggestions against the confirmed claims (see the module)."""
    out = Evaluation(mode="rerun" if extractor is not None else "stored")
    r, s = Report.__table__, Source.__table__
    label = s.c.name_en if lang == "en" else s.c.name_ar
    if extractor is None:
        q = (select(r.c.id, label.label("source"), s.c.name_ar, ReportSuggestions.payload)
             .join(s, s.c.id == r.c.source_id).join(ReportSuggestions, ReportSuggestions.report_id == r.c.id))
    else:
        q = (select(r.c.id, label.label("source"), s.c.name_ar, r.c.text, r.c.published_date)
             .join(s, s.c.id == r.c.source_id).where(r.c.text.is_not(None)))
    rows = session.execute(q.order_by(r.c.id)).all()
    for start in range(0, len(rows), batch):
        part = rows[start:start + batch]
        claims = _claims_of(session, [row.id for row in part])
        mentions = _mentions_of(session, [row.id for row in part])
        for row in part:
            if extractor is None:
                entries = json.loads(row.payload)
                figures = [x for x in entries if x.get("kind") != "mention"]
                saved = {str(mid) for mid, _ in mentions.get(row.id, [])}
                named = [x for x in entries if x.get("kind") == "mention"]
                out.names.suggested += len(named)
                out.names.confirmed += len(saved)
                out.names.right += sum(1 for x in named if x.get("mention") in saved)
                suggested = [_key(x.get("category"), x.get("min"), x.get("max")) for x in figures]
                for x in figures:
                    if x.get("confirmed"):
                        if x.get("as_is"):
                            out.saved_as_is += 1
                        else:
                            out.saved_corrected += 1
            else:
                if not (row.text or "").strip():
                    continue
                result = extractor.extract(row.text, published=row.published_date)
                suggested = [_key(c.category, c.min, c.max) for c in result.claims]
                out.names.add(Counter(m.name for m in result.mentions if m.name),
                              Counter(name for _, name in mentions.get(row.id, []) if name))
            out.reports += 1
            _add(out, row.source or row.name_ar, suggested, claims.get(row.id, []))
    return out


def _mentions_of(session: Session, report_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[tuple[uuid.UUID, str | None]]]:
    m = Mention.__table__
    out: dict[uuid.UUID, list[tuple[uuid.UUID, str | None]]] = {}
    for row in session.execute(select(m.c.report_id, m.c.id, m.c.name).where(m.c.report_id.in_(list(report_ids)))):
        out.setdefault(row.report_id, []).append((row.id, row.name))
    return out


def _claims_of(session: Session, report_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[FigureKey]]:
    c = Claim.__table__
    out: dict[uuid.UUID, list[FigureKey]] = {}
    for row in session.execute(select(c.c.report_id, c.c.category, c.c.min, c.c.max)
                               .where(c.c.report_id.in_(list(report_ids)))):
        out.setdefault(row.report_id, []).append(_key(row.category, row.min, row.max))
    return out


def _add(out: Evaluation, source: str, suggested: list[FigureKey], confirmed: list[FigureKey]) -> None:
    s_all, c_all = Counter(suggested), Counter(confirmed)
    out.overall.add(s_all, c_all)
    out.by_source.setdefault(source, Tally()).add(s_all, c_all)
    for cat in {k[0] for k in suggested} | {k[0] for k in confirmed}:
        out.by_category.setdefault(cat, Tally()).add(
            Counter({k: v for k, v in s_all.items() if k[0] == cat}),
            Counter({k: v for k, v in c_all.items() if k[0] == cat}))
