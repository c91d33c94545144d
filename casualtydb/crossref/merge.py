"""Merging two incident records of one event, and undoing it.

`merge(kept, absorbed)` moves the absorbed incident's claims, places, actors and assessments to
the kept one and marks the absorbed one `merged_into_id = kept` (it stays in the database,
hidden from lists). Nothing is deleted: every report and claim of both is kept. The merge
record (`IncidentMerge.moved`) lists exactly what moved, with what had to change on the way
(a primary place becoming secondary), so `unmerge` puts every row back as it was. Both are
ORM writes in the caller's transaction, audit-logged by the session hook with the context
"merge incidents" / "unmerge incidents", and refresh the derived figures of both incidents.

Rows the kept incident already has (the same place, the same actor in the same role) stay on
the absorbed incident: moving them would duplicate a unique pair, and they come back with it.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..audit import current_user, in_context
from ..errors import CasualtyDBError
from ..models import Assessment, Claim, Incident, IncidentActor, IncidentMerge, IncidentPlace, utcnow
from .scan import refresh_incidents


def _user(session: Session, user: str | None) -> str:
    return user or session.info.get("user") or current_user()


def _live(session: Session, incident_id: uuid.UUID, role: str) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise CasualtyDBError(f"no incident {incident_id}")
    if incident.merged_into_id is not None:
        raise CasualtyDBError(f"the {role} incident {incident_id} was already merged into {incident.merged_into_id}")
    return incident


def merge(*, session: Session, kept_id: uuid.UUID, absorbed_id: uuid.UUID, user: str | None = None) -> IncidentMerge:
    """Merge incident `absorbed_id` into `kept_id` (see the module docstring)."""
    if kept_id == absorbed_id:
        raise CasualtyDBError("an incident cannot be merged into itself")
    kept = _live(session, kept_id, "kept")
    absorbed = _live(session, absorbed_id, "absorbed")
    who = _user(session, user)
    moved: dict[str, Any] = {"claims": [], "places": [], "actors": [], "assessments": [], "stayed": {}}
    with in_context(session, "merge incidents"):
        for claim in session.scalars(select(Claim).where(Claim.incident_id == absorbed.id).order_by(Claim.id)):
            claim.incident_id = kept.id
            moved["claims"].append(str(claim.id))

        kept_places = {p.place_id: p for p in session.scalars(
            select(IncidentPlace).where(IncidentPlace.incident_id == kept.id))}
        kept_has_primary = any(p.is_primary for p in kept_places.values())
        stayed_places = []
        for link in session.scalars(select(IncidentPlace).where(IncidentPlace.incident_id == absorbed.id)
                                    .order_by(IncidentPlace.id)):
            if link.place_id in kept_places:
                stayed_places.append(str(link.id))
                continue
            moved["places"].append({"id": str(link.id), "was_primary": link.is_primary})
            link.incident_id = kept.id
            if link.is_primary and kept_has_primary:
                link.is_primary = False

        kept_actors = {(a.actor_id, a.role) for a in session.scalars(
            select(IncidentActor).where(IncidentActor.incident_id == kept.id))}
        stayed_actors = []
        for link in session.scalars(select(IncidentActor).where(IncidentActor.incident_id == absorbed.id)
                                    .order_by(IncidentActor.id)):
            if (link.actor_id, link.role) in kept_actors:
                stayed_actors.append(str(link.id))
                continue
            link.incident_id = kept.id
            moved["actors"].append(str(link.id))

        for assessment in session.scalars(select(Assessment).where(Assessment.incident_id == absorbed.id)
                                          .order_by(Assessment.id)):
            assessment.incident_id = kept.id
            moved["assessments"].append(str(assessment.id))

        moved["stayed"] = {"places": stayed_places, "actors": stayed_actors}
        absorbed.merged_into_id = kept.id
        record = IncidentMerge(kept_id=kept.id, absorbed_id=absorbed.id, moved=moved, merged_at=utcnow(),
                               merged_by=who)
        session.add(record)
    refresh_incidents(session=session, incident_ids=[kept.id, absorbed.id])
    return record


def active_merge(*, session: Session, absorbed_id: uuid.UUID) -> IncidentMerge | None:
    """The merge in force that absorbed this incident, if any."""
    return session.scalars(select(IncidentMerge).where(
        IncidentMerge.absorbed_id == absorbed_id, IncidentMerge.undone_at.is_(None))
        .order_by(IncidentMerge.merged_at.desc())).first()


def unmerge(*, session: Session, absorbed_id: uuid.UUID | None = None, merge_id: uuid.UUID | None = None,
            user: str | None = None) -> IncidentMerge:
    """Undo a merge, named by its absorbed incident or by the merge record's id: every moved row
    goes back to the absorbed incident as it was (a primary place is primary again)."""
    if (absorbed_id is None) == (merge_id is None):
        raise CasualtyDBError("name either the absorbed incident or the merge record")
    if merge_id is not None:
        record = session.get(IncidentMerge, merge_id)
        if record is None:
            raise CasualtyDBError(f"no merge record {merge_id}")
        if record.undone_at is not None:
            raise CasualtyDBError(f"merge {merge_id} was already undone on {record.undone_at:%Y-%m-%d %H:%M}")
    else:
        assert absorbed_id is not None
        record = active_merge(session=session, absorbed_id=absorbed_id)
        if record is None:
            raise CasualtyDBError(f"incident {absorbed_id} is not merged into another incident")
    kept = session.get(Incident, record.kept_id)
    absorbed = session.get(Incident, record.absorbed_id)
    if kept is None or absorbed is None:
        raise CasualtyDBError("one of the merged incidents no longer exists")
    if kept.merged_into_id is not None:
        raise CasualtyDBError(f"incident {kept.id} was itself merged into {kept.merged_into_id} later: "
                              f"undo that merge first")
    if absorbed.merged_into_id != kept.id:
        raise CasualtyDBError(f"incident {absorbed.id} is no longer merged into {kept.id}")
    moved = record.moved or {}
    with in_context(session, "unmerge incidents"):
        claim_ids = [uuid.UUID(c) for c in moved.get("claims", [])]
        if claim_ids:
            for claim in session.scalars(select(Claim).where(Claim.id.in_(claim_ids))):
                if claim.incident_id == kept.id:
                    claim.incident_id = absorbed.id
        for entry in moved.get("places", []):
            link = session.get(IncidentPlace, uuid.UUID(entry["id"]))
            if link is not None and link.incident_id == kept.id:
                link.incident_id = absorbed.id
                link.is_primary = bool(entry.get("was_primary"))
        for aid in moved.get("actors", []):
            link = session.get(IncidentActor, uuid.UUID(aid))
            if link is not None and link.incident_id == kept.id:
                link.incident_id = absorbed.id
        for aid in moved.get("assessments", []):
            assessment = session.get(Assessment, uuid.UUID(aid))
            if assessment is not None and assessment.incident_id == kept.id:
                assessment.incident_id = absorbed.id
        absorbed.merged_into_id = None
        record.undone_at = utcnow()
        record.undone_by = _user(session, user)
    refresh_incidents(session=session, incident_ids=[kept.id, absorbed.id])
    return record
