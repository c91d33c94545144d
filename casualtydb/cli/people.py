"""`people`, `people-matches`, `people-merge`, `people-unmerge`, `people-not-same`,
`people-split`, `capture-history`: the persons behind the numbers (docs/victims.md)."""

from __future__ import annotations

import argparse
import uuid

from .common import open_db, print_json, resolve_id

# Handlers import the modules that do their work when they run (see core.py).


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("people", help="persons with their mentions (each with its mention_id)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_people)

    p = sub.add_parser("people-matches", help="pairs of persons that may be one individual, best first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--threshold", type=float, default=None,
                   help="lowest score shown (0..1; default: the matcher's default threshold)")
    p.set_defaults(func=cmd_matches)

    p = sub.add_parser("people-merge", help="persons A and B are one individual (B's mentions go to A; undoable)")
    p.add_argument("a", metavar="A", help="the person kept (id or a unique prefix of at least 6 characters)")
    p.add_argument("b", metavar="B", help="the person merged into A")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("people-unmerge", help="undo a merge of persons: A merged away, or A that others were merged into")
    p.add_argument("a", metavar="A", help="person id or prefix")
    p.set_defaults(func=cmd_unmerge)

    p = sub.add_parser("people-not-same", help="persons A and B are different individuals: never propose them again")
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    p.add_argument("--note", help="why (kept with the decision)")
    p.set_defaults(func=cmd_not_same)

    p = sub.add_parser("people-split", help="mentions of a person that are someone else become a person of their own")
    p.add_argument("mentions", metavar="MENTION", nargs="+", help="mention record ids (or prefixes)")
    p.set_defaults(func=cmd_split)

    p = sub.add_parser("capture-history",
                       help="a CSV for multiple systems estimation: a row per person, a 0/1 column per source, strata")
    p.add_argument("out", metavar="OUT.csv")
    p.set_defaults(func=cmd_capture)


def _person(session: object, text: str) -> uuid.UUID:
    from ..models import Person  # noqa: PLC0415

    return resolve_id(session, Person, text, "person")


def cmd_people(args: argparse.Namespace) -> int:
    from ..victims.listing import as_json, iter_persons  # noqa: PLC0415

    db = open_db(args)
    with db.session() as s, s.begin():
        if args.json:
            print_json([as_json(p) for p in iter_persons(s)])
            return 0
        n = 0
        for person in iter_persons(s):
            n += 1
            merged = f" (merged: {len(person.merged)})" if person.merged else ""
            print(f"{person.id}  {person.display_name or ''}  {len(person.mentions)} mention(s){merged}")
            for m in person.mentions:
                v = m.values
                bits = [b for b in (v.get("sex") and v["sex"].value, v.get("age") is not None and f"age {v['age']}",
                                    v.get("fate") and v["fate"].value, v.get("fate_date") and str(v["fate_date"]),
                                    v.get("place_text"), v.get("source")) if b]
                name = v.get("name") or " ".join(v[k] for k in ("given", "father", "grandfather", "family") if v.get(k))
                print(f"    {m.mention_id}  {name}  {', '.join(bits)}")
        print(f"{n:,} persons")
    return 0


def cmd_matches(args: argparse.Namespace) -> int:
    from ..victims.candidates import find_candidates  # noqa: PLC0415
    from ..victims.compare import DEFAULT_THRESHOLD  # noqa: PLC0415
    from ..victims.listing import mention_refs  # noqa: PLC0415

    db = open_db(args)
    threshold = DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    with db.session() as s, s.begin():
        found = find_candidates(s, threshold=threshold, database=db)
        ids = sorted({p for c in found.candidates for p in (c.a, c.b)}, key=str)
        refs = mention_refs(s, ids)
    rows = [{"a": {"person": str(c.a), "mention_ids": refs[c.a]}, "b": {"person": str(c.b), "mention_ids": refs[c.b]},
             "score": round(c.score, 4), "reasons": c.reasons} for c in found.candidates]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(f"{r['score']:.3f}  {r['a']['person']} {r['a']['mention_ids']}  ~  {r['b']['person']} "
              f"{r['b']['mention_ids']}\n       {'; '.join(r['reasons'])}")
    print(f"{len(rows):,} candidate pairs at threshold {threshold:g} ({found.compared:,} pairs compared)")
    return 0


def _write(args: argparse.Namespace, fn: object, context: str) -> object:
    from ..writes import write  # noqa: PLC0415

    return write(open_db(args), fn, context=context).result  # type: ignore[arg-type]


def cmd_merge(args: argparse.Namespace) -> int:
    from ..victims.decisions import merge  # noqa: PLC0415

    def run(s: object, _changes: object) -> str:
        a, b = _person(s, args.a), _person(s, args.b)
        merge(s, a, b)  # type: ignore[arg-type]
        return f"merged person {b} into {a} (undo: casualtydb people-unmerge {b})"

    print(_write(args, run, "people-merge"))
    return 0


def cmd_unmerge(args: argparse.Namespace) -> int:
    from ..victims.decisions import unmerge  # noqa: PLC0415

    def run(s: object, _changes: object) -> str:
        record = unmerge(s, _person(s, args.a))  # type: ignore[arg-type]
        return f"unmerged person {record.absorbed_id} from {record.kept_id} ({len(record.moved.get('mentions', []))} mentions back)"

    print(_write(args, run, "people-unmerge"))
    return 0


def cmd_not_same(args: argparse.Namespace) -> int:
    from ..victims.decisions import not_same  # noqa: PLC0415

    def run(s: object, _changes: object) -> str:
        a, b = _person(s, args.a), _person(s, args.b)
        not_same(s, a, b, args.note)  # type: ignore[arg-type]
        return f"persons {a} and {b} are recorded as different individuals"

    print(_write(args, run, "people-not-same"))
    return 0


def cmd_split(args: argparse.Namespace) -> int:
    from ..models import Mention  # noqa: PLC0415
    from ..victims.decisions import split  # noqa: PLC0415

    def run(s: object, _changes: object) -> str:
        ids = [resolve_id(s, Mention, m, "mention") for m in args.mentions]
        person = split(s, ids)  # type: ignore[arg-type]
        return f"{len(ids)} mention(s) split off into the new person {person.id}"

    print(_write(args, run, "people-split"))
    return 0


def cmd_capture(args: argparse.Namespace) -> int:
    from ..victims.capture import write_capture_history  # noqa: PLC0415

    db = open_db(args)
    with db.session() as s, s.begin():
        persons, sources = write_capture_history(args.out, session=s)
    print(f"wrote {args.out}: {persons:,} persons, {sources:,} source columns")
    return 0
