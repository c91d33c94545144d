"""The capture history of the persons: the input of multiple systems estimation (MSE).

One row per person; one 0/1 column per source (list) saying whether that list names the person;
strata columns: governorate (of the place of what happened, OCHA P-code), year, sex and age
group, each taken from the person's mentions (the most frequent value; empty when they give
none, "conflict" is never invented: a tie takes the first mention's value). This is the layout
R's `LCMCR`, `Rcapture` and `dga` read (a column per list, a row per individual, strata as
further columns)."""

from __future__ import annotations

import csv
import os
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..models import Mention, Place, Source
from .listing import age_group, iter_persons

STRATA = ("governorate", "year", "sex", "age_group")


def _source_columns(session: Session) -> list[tuple[uuid.UUID | None, str]]:
    used = set(session.scalars(select(Mention.source_id).distinct()))
    names = {sid: (en or ar) for sid, ar, en in session.execute(select(Source.id, Source.name_ar, Source.name_en))}
    columns = sorted(((sid, names.get(sid, "")) for sid in used if sid is not None), key=lambda c: (c[1], str(c[0])))
    seen: Counter[str] = Counter()
    out = []
    for sid, name in columns:
        seen[name] += 1
        out.append((sid, name if seen[name] == 1 else f"{name} ({str(sid)[:8]})"))
    if None in used:
        out.append((None, "no source"))
    return out


def _most(values: list[Any]) -> Any:
    values = [v for v in values if v not in (None, "")]
    if not values:
        return ""
    counts = Counter(values)
    top = max(counts.values())
    return next(v for v in values if counts[v] == top)


def write_capture_history(path: str | os.PathLike[str], *, session: Session) -> tuple[int, int]:
    """Write the CSV (UTF-8 with a byte-order mark, for Excel); returns (persons, sources)."""
    out = Path(path)
    if not out.parent.is_dir():
        raise ValidationError(f"folder does not exist: {out.parent}", field="path")
    columns = _source_columns(session)
    governorates = {p.id: p.pcode or p.name_en or p.name_ar for p in session.execute(
        select(Place.id, Place.pcode, Place.name_en, Place.name_ar).where(Place.level == "governorate"))}
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:12]}.part")
    persons = 0
    try:
        with open(tmp, "x", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["person_id", *[name for _, name in columns], *STRATA])
            for person in iter_persons(session):
                lists = {m.values["source_id"] for m in person.mentions}
                govs = []
                for m in person.mentions:
                    path = m.values.get("place_path") or ""
                    gov = next((governorates[u] for seg in path.split("/") if seg
                                and (u := uuid.UUID(seg)) in governorates), None)
                    govs.append(gov)
                years = [m.values["fate_date"].year if m.values.get("fate_date") else None for m in person.mentions]
                sexes = [m.values["sex"].value if m.values.get("sex") else None for m in person.mentions]
                groups = [age_group(m.values) for m in person.mentions]
                writer.writerow([str(person.id), *[1 if sid in lists else 0 for sid, _ in columns],
                                 _most(govs), _most(years), _most(sexes), _most(groups)])
                persons += 1
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return persons, len(columns)
