"""Counts of what a database holds."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import Actor, Claim, Incident, Place, Report, Source


def counts(session: Session) -> dict[str, int]:
    """Keys are the plural record names; merged-away duplicate incidents are not counted."""
    def n(stmt) -> int:
        return int(session.scalar(stmt) or 0)

    return {
        "incidents": n(select(func.count()).select_from(Incident).where(Incident.merged_into_id.is_(None))),
        "reports": n(select(func.count()).select_from(Report)),
        "sources": n(select(func.count()).select_from(Source)),
        "claims": n(select(func.count()).select_from(Claim)),
        "places": n(select(func.count()).select_from(Place)),
        "actors": n(select(func.count()).select_from(Actor)),
    }
