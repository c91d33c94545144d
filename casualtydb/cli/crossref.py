"""`conflicts`, `reconcile`, `scan`, `grade`, `duplicates`, `not-duplicates`, `merge`, `unmerge`:
cross-referencing from the command line (see docs/crossref.md).

Incidents, assessments and merge records are named by their full UUID or by the first
characters of it (at least 6 hex digits, unique in the database)."""

from __future__ import annotations

import argparse
import uuid
from typing import Any

from ..errors import CasualtyDBError, ValidationError
from ..models import Assessment, Category, Claim, Incident, IncidentMerge
from .common import open_db, print_json, resolve_id

# Handlers import the modules that do their work when they run (function-level imports): every
# module of casualtydb.cli is imported at each start to register its subcommands, so `casualtydb
# --help` and the light commands do not load crossref, io (openpyxl), sync (PyNaCl), Qt and the rest.



def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "conflicts", help="list where sources disagree, worst first",
        description="Open conflicts (status 'conflicting' or 'needs review') per incident × category × victim "
                    "group, computed from the claims now, worst (highest severity) first. With --all, also "
                    "the reconciled ones.")
    p.add_argument("--all", action="store_true", help="also list reconciled groups")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--tolerance", metavar="PCT", type=float,
                   help="margin approximate figures tolerate, in percent (default: the database's setting, 10)")
    p.add_argument("--incident", metavar="ID", help="only this incident")
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser(
        "reconcile", help="record an auditor's low / best / high for a conflict (or undo one)",
        description="Records an assessment for INCIDENT × --category × --group: low <= best <= high and a "
                    "rationale (--note) are required; it replaces the assessment in force. --undo ID "
                    "withdraws an assessment (kept and logged; the conflict reopens).")
    p.add_argument("incident", metavar="INCIDENT", nargs="?", help="incident id (or its first characters)")
    p.add_argument("--category", help="killed, injured, missing, detained, besieged, displaced")
    p.add_argument("--group", help="victim group (default: the incident's only group in that category)")
    p.add_argument("--low", type=int)
    p.add_argument("--best", type=int)
    p.add_argument("--high", type=int)
    p.add_argument("--note", help="the rationale: why these figures")
    p.add_argument("--claims", metavar="ID,ID", help="the claims relied on (ids or their first characters)")
    p.add_argument("--undo", metavar="ASSESSMENT", help="withdraw this assessment instead")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_reconcile)

    p = sub.add_parser(
        "scan", help="recompute every derived figure and status",
        description="Recomputes low / best / high (rule credible-range-v1, or the auditor's assessment), "
                    "status and severity of every incident × category × group. --tolerance also stores "
                    "the database's tolerance.")
    p.add_argument("--tolerance", metavar="PCT", type=float, help="set the database's tolerance (percent) first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser(
        "settings", help="show or change the database's shared settings (tolerance, duplicate window)",
        description="The settings that decide shared results live in the database, the same for every "
                    "user: the conflict tolerance (percent) and the duplicate window (days), with who set "
                    "each and when (from the audit log). A new tolerance rescans every figure.")
    p.add_argument("--tolerance", metavar="PCT", type=float, help="set the conflict tolerance (percent)")
    p.add_argument("--window", metavar="DAYS", type=int, help="set the duplicate window (days)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_settings)

    p = sub.add_parser(
        "grade", help="suggest an incident's grade (Airwars scale), or accept/change it",
        description="Prints the suggested grade with its reasons. --accept records the suggestion; "
                    "--accept GRADE records another grade (confirmed, fair, weak, contested, discounted).")
    p.add_argument("incident", metavar="INCIDENT")
    p.add_argument("--accept", nargs="?", const="", metavar="GRADE", help="record the grade")
    p.add_argument("--note", help="why (kept with the grade)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_grade)

    p = sub.add_parser(
        "duplicates", help="list incidents that may be the same event",
        description="Pairs of incidents at most --window days apart, at the same place or one inside the "
                    "other, with compatible types and parties, scored with reasons, best first.")
    p.add_argument("--window", type=int, metavar="DAYS",
                   help="largest gap between dates (default: the database's setting, 2)")
    p.add_argument("--incident", metavar="ID", help="only pairs with this incident")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_duplicates)

    p = sub.add_parser("not-duplicates", help="record that two incidents are different events",
                       description="The pair is no longer listed by `duplicates`.")
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    p.add_argument("--note", help="why")
    p.set_defaults(func=cmd_not_duplicates)

    p = sub.add_parser(
        "merge", help="merge incident B into incident A (duplicates)",
        description="Moves B's claims, places, actors and assessments to A and hides B (merged into A). "
                    "Every report and claim is kept; `unmerge B` restores both exactly.")
    p.add_argument("a", metavar="A", help="the incident that stays")
    p.add_argument("b", metavar="B", help="the incident merged into A")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser(
        "unmerge", help="undo a merge",
        description="ID is the incident that was merged away (B of `merge A B`), or the merge record's id.")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_unmerge)


# ---------------------------------------------------------------------------------------------
# Ids


def _incident(session: Any, text: str) -> uuid.UUID:
    return resolve_id(session, Incident, text, "incident")


def _pct(value: float | None) -> float | None:
    if value is None:
        return None
    from ..crossref.settings import tolerance_from_percent  # noqa: PLC0415

    return tolerance_from_percent(value)


def _short(value: uuid.UUID) -> str:
    return str(value)[:8]


def _name(ar: str | None, en: str | None) -> str:
    return en or ar or ""


# ---------------------------------------------------------------------------------------------
# conflicts


def cmd_conflicts(args: argparse.Namespace) -> int:
    from ..crossref.conflicts import list_conflicts  # noqa: PLC0415
    from ..crossref.duplicates import incident_labels  # noqa: PLC0415
    from ..crossref.settings import get_tolerance  # noqa: PLC0415
    from ..victims.figures import over_named  # noqa: PLC0415

    db = open_db(args)
    with db.session() as s:
        tolerance = _pct(args.tolerance)
        if tolerance is None:
            tolerance = get_tolerance(session=s)
        ids = [_incident(s, args.incident)] if args.incident else None
        groups = list_conflicts(session=s, include_reconciled=args.all, tolerance=tolerance, incident_ids=ids)
        # More persons named than the highest figure: a conflict of its own (names against figures)
        over = over_named(s, ids)
        labels = incident_labels(session=s, incident_ids={o.incident_id for o in over})
    if args.json:
        print_json([g.to_json() for g in groups] + [{"kind": "over_named", **o.to_json()} for o in over])
        return 0
    what = "open or reconciled conflicts" if args.all else "open conflicts"
    print(f"{len(groups)} {what} (approximate figures ±{tolerance * 100:g} %), worst first")
    if over:
        print(f"{len(over)} incident figure{'s' if len(over) != 1 else ''} with more persons named than reported:")
    for o in over:
        day, place_ar, place_en, _ = labels[o.incident_id]
        print(f"    [over_named] incident {_short(o.incident_id)}  {day}  {_name(place_ar or '', place_en)}  "
              f"{o.category.value}: {o.named} named, at most {o.highest} reported (best {o.best})")
    for g in groups:
        r = g.result
        derived = f"{r.low}–{r.high}" if r.high != r.low else f"{r.low}"
        print(f"\n[{r.status.value}] severity {r.severity:.2f}  incident {_short(r.incident_id)}  "
              f"{g.incident_date}  {_name(g.place_ar, g.place_en)}  {r.category.value}/{r.victim_group.value}  "
              f"{'accepted' if r.rule == 'auditor' else 'derived'} {derived} (best {r.best}, {r.rule})")
        a = g.assessment
        if a is not None:
            print(f"    assessment {_short(a.assessment_id)} by {a.assessed_by} {a.assessed_at:%Y-%m-%d}: {a.rationale}")
        for c in g.claims:
            ind = c.independence.label if c.independence else "earlier figure"
            if c.independence and c.independence.near_copy_of:
                ind += f" of {_short(c.independence.near_copy_of)} ({c.independence.similarity:.0%})"
            when = c.stated_at.strftime("%Y-%m-%d %H:%M") if c.stated_at else str(c.published or "")
            print(f"    {c.figure:>8}  {_name(c.source_ar, c.source_en)} ({c.reliability}"
                  f"{'' if c.credibility is None else f', {c.credibility}'})  {when}  {ind}"
                  f"  claim {_short(c.claim_id)}")
    return 0


# ---------------------------------------------------------------------------------------------
# reconcile


def _only_group(session: Any, incident_id: uuid.UUID, category: str) -> str:
    from sqlalchemy import select  # noqa: PLC0415

    groups = sorted({str(g) for g in session.scalars(select(Claim.victim_group).where(
        Claim.incident_id == incident_id, Claim.category == category).distinct())})
    if len(groups) == 1:
        return groups[0]
    if not groups:
        raise ValidationError(f"the incident has no {category} claims; give --group", field="group")
    from ..crossref.derive import OPEN_STATUSES  # noqa: PLC0415
    from ..crossref.scan import evaluate  # noqa: PLC0415

    open_groups = sorted(r.victim_group.value for r in evaluate(session=session, incident_ids=[incident_id]).values()
                         if r.category.value == category and r.status in OPEN_STATUSES)
    if len(open_groups) == 1:
        return open_groups[0]
    raise ValidationError(f"the incident has several {category} groups ({', '.join(groups)}) and not exactly one "
                          "open conflict among them: give --group",
                          field="group")


def cmd_reconcile(args: argparse.Namespace) -> int:
    from ..crossref.reconcile import reconcile, withdraw  # noqa: PLC0415

    db = open_db(args)
    if args.undo:
        if any(v is not None for v in (args.incident, args.low, args.best, args.high, args.note)):
            raise CasualtyDBError("--undo takes only the assessment id")
        with db.transaction(context="withdraw assessment") as s:
            aid = resolve_id(s, Assessment, args.undo, "assessment")
            a = withdraw(session=s, assessment_id=aid)
            data = {"assessment": str(a.id), "withdrawn_by": a.withdrawn_by, "incident": str(a.incident_id),
                    "category": str(a.category), "group": str(a.victim_group)}
        if args.json:
            print_json(data)
        else:
            print(f"withdrew assessment {_short(a.id)} ({data['category']}/{data['group']} of incident "
                  f"{_short(a.incident_id)}); its conflict is open again unless the claims agree")
        return 0
    if not args.incident:
        raise CasualtyDBError("give the INCIDENT to reconcile (or --undo ASSESSMENT)")
    missing = [f"--{n}" for n in ("category", "low", "best", "high", "note") if getattr(args, n) is None]
    if missing:
        raise CasualtyDBError(f"reconcile needs {', '.join(missing)}")
    try:
        category = Category(args.category)
    except ValueError:
        raise ValidationError(f"unknown category {args.category!r} (one of: {', '.join(c.value for c in Category)})",
                              field="category") from None
    with db.transaction(context="reconcile") as s:
        incident_id = _incident(s, args.incident)
        group = args.group or _only_group(s, incident_id, category.value)
        claim_ids = [resolve_id(s, Claim, c, "claim") for c in (args.claims or "").split(",") if c.strip()]
        a = reconcile(session=s, incident_id=incident_id, category=category, group=group, low=args.low,
                      best=args.best, high=args.high, rationale=args.note, claim_ids=claim_ids)
        data = {"assessment": str(a.id), "incident": str(incident_id), "category": category.value, "group": group,
                "low": a.low, "best": a.best, "high": a.high, "rationale": a.rationale, "assessed_by": a.assessed_by,
                "claims": [str(c) for c in claim_ids]}
    if args.json:
        print_json(data)
    else:
        print(f"recorded assessment {_short(a.id)}: {category.value}/{group} of incident {_short(incident_id)} "
              f"= {a.low}–{a.high} (best {a.best}); undo with `casualtydb reconcile --undo {_short(a.id)}`")
    return 0


# ---------------------------------------------------------------------------------------------
# scan, grade


def cmd_scan(args: argparse.Namespace) -> int:
    from ..crossref.scan import scan  # noqa: PLC0415
    from ..crossref.settings import set_tolerance  # noqa: PLC0415

    db = open_db(args)
    with db.transaction(context="cross-referencing scan") as s:
        if args.tolerance is not None:
            set_tolerance(session=s, percent=args.tolerance)
        summary = scan(session=s)
    data = {"groups": summary.groups, "open": summary.open, "written": summary.written,
            "tolerance_percent": summary.tolerance * 100, "seconds": round(summary.seconds, 3),
            "by_status": {k.value: v for k, v in sorted(summary.by_status.items())}}
    if args.json:
        print_json(data)
    else:
        print(f"scanned {summary.groups:,} incident × category × group figures in {summary.seconds:.1f} s "
              f"(±{summary.tolerance * 100:g} %); {summary.written:,} changed")
        for status, n in sorted(summary.by_status.items(), key=lambda kv: -kv[1]):
            print(f"  {status.value:<14} {n:>10,}")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from ..crossref.scan import save_shared_settings  # noqa: PLC0415
    from ..crossref.settings import shared_settings  # noqa: PLC0415

    db = open_db(args)
    if args.tolerance is not None or args.window is not None:
        with db.transaction(context="database settings") as s:
            save_shared_settings(s, tolerance_percent=args.tolerance, window_days=args.window)
    with db.session() as s:
        shared = shared_settings(session=s)

    def origin(o: Any) -> dict[str, str] | None:
        return {"by": o[0], "at": o[1].isoformat()} if o is not None else None

    data = {"tolerance_percent": round(shared.tolerance * 100, 4), "tolerance_set": origin(shared.tolerance_set),
            "window_days": shared.window_days, "window_set": origin(shared.window_set), "rule": shared.rule}
    if args.json:
        print_json(data)
        return 0
    for name, value, o in (("tolerance", f"±{shared.tolerance * 100:g} %", shared.tolerance_set),
                           ("duplicate window", f"{shared.window_days} days", shared.window_set)):
        by = f"set by {o[0]} at {o[1]:%Y-%m-%d %H:%M} UTC" if o is not None else "default"
        print(f"{name:<17} {value:<10} {by}")
    print(f"{'rule':<17} {shared.rule}")
    return 0


def cmd_grade(args: argparse.Namespace) -> int:
    from ..crossref.grading import accept_grade, suggest_grade  # noqa: PLC0415

    db = open_db(args)
    if args.accept is not None:
        with db.transaction(context="grade incident") as s:
            iid = _incident(s, args.incident)
            g = accept_grade(session=s, incident_id=iid, grade=args.accept or None, note=args.note)
    else:
        with db.session() as s:
            iid = _incident(s, args.incident)
            g = suggest_grade(session=s, incident_id=iid)
    if args.json:
        print_json(g.to_json())
        return 0
    print(f"incident {_short(iid)}: suggested grade {g.grade.value}")
    for r in g.reasons:
        print(f"  - {r.text}")
    if g.current is not None:
        print(f"recorded grade: {g.current.value} (by {g.accepted_by}, {g.accepted_at:%Y-%m-%d %H:%M})")
    else:
        print("no grade recorded yet: `casualtydb grade ID --accept` records the suggestion")
    return 0


# ---------------------------------------------------------------------------------------------
# duplicates, merge


def cmd_duplicates(args: argparse.Namespace) -> int:
    from ..crossref.duplicates import find_duplicates  # noqa: PLC0415
    from ..crossref.settings import get_window  # noqa: PLC0415

    db = open_db(args)
    with db.session() as s:
        ids = [_incident(s, args.incident)] if args.incident else None
        if args.window is None:
            args.window = get_window(session=s)
        found = find_duplicates(session=s, window_days=args.window, incident_ids=ids)
    if args.json:
        print_json([c.to_json() for c in found])
        return 0
    print(f"{len(found)} duplicate candidate{'s' if len(found) != 1 else ''} (dates within {args.window} days)")
    for c in found:
        a, b = c.incidents
        print(f"  {c.score:.2f}  {_short(a)}  {_short(b)}  {'; '.join(r.text for r in c.reasons)}"
              f"  (merge into {_short(c.suggested_keep)}?)")
    return 0


def cmd_not_duplicates(args: argparse.Namespace) -> int:
    from ..crossref.duplicates import dismiss  # noqa: PLC0415

    db = open_db(args)
    with db.transaction(context="not duplicates") as s:
        a, b = _incident(s, args.a), _incident(s, args.b)
        dismiss(session=s, incident_a=a, incident_b=b, note=args.note)
    print(f"recorded: {_short(a)} and {_short(b)} are different events")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from ..crossref.merge import merge  # noqa: PLC0415

    db = open_db(args)
    with db.transaction(context="merge incidents") as s:
        kept, absorbed = _incident(s, args.a), _incident(s, args.b)
        record = merge(session=s, kept_id=kept, absorbed_id=absorbed)
        moved = {k: len(v) for k, v in record.moved.items() if isinstance(v, list)}
        data = {"merge": str(record.id), "kept": str(kept), "absorbed": str(absorbed), "moved": record.moved}
    if args.json:
        print_json(data)
    else:
        print(f"merged {_short(absorbed)} into {_short(kept)}: moved "
              + ", ".join(f"{n} {k}" for k, n in moved.items())
              + f"; undo with `casualtydb unmerge {_short(absorbed)}`")
    return 0


def cmd_unmerge(args: argparse.Namespace) -> int:
    from ..crossref.merge import unmerge  # noqa: PLC0415

    db = open_db(args)
    with db.transaction(context="unmerge incidents") as s:
        try:
            absorbed = resolve_id(s, Incident, args.id, "incident")
            record = unmerge(session=s, absorbed_id=absorbed)
        except CasualtyDBError as not_incident:
            try:
                merge_id = resolve_id(s, IncidentMerge, args.id, "merge record")
            except CasualtyDBError:
                raise not_incident from None
            record = unmerge(session=s, merge_id=merge_id)
        data = {"merge": str(record.id), "kept": str(record.kept_id), "absorbed": str(record.absorbed_id)}
    if args.json:
        print_json(data)
    else:
        print(f"unmerged {_short(record.absorbed_id)} from {_short(record.kept_id)}: both incidents are as "
              f"before the merge")
    return 0
