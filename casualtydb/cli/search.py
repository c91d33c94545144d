"""`search` and `reindex`: the normalised search over reports, incidents, places, actors, sources."""

from __future__ import annotations

import argparse
import time

from ..errors import ValidationError
from ..search import counts, reindex, search
from .common import open_db, print_json

KIND_CHOICES = ["report", "incident", "place", "actor", "source"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search", help="find reports, incidents, places, actors and sources whatever the spelling",
        description="Every word must match (at the start of a word); Arabic spelling variants "
                    "(أ/ا/إ, ة/ه, ى/ي, diacritics, Eastern Arabic digits) are treated as the same.")
    p.add_argument("text", nargs="+", help="words to look for")
    p.add_argument("--kind", action="append", choices=KIND_CHOICES, dest="kinds",
                   help="only this kind of record (repeatable)")
    p.add_argument("--limit", type=int, default=50, help="at most this many results (default 50)")
    p.add_argument("--lang", choices=["ar", "en"], default="ar", help="language of titles (default ar)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("reindex", help="rebuild the search index (after writing to the database with other tools)")
    p.add_argument("--kind", action="append", choices=KIND_CHOICES, dest="kinds", help="only this kind (repeatable)")
    p.set_defaults(func=cmd_reindex)


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise ValidationError("must be at least 1", field="--limit")
    db = open_db(args)
    with db.session() as s:
        hits = search(session=s, text=" ".join(args.text), kinds=args.kinds, limit=args.limit, lang=args.lang)
    if args.json:
        print_json([h.to_json() for h in hits])
        return 0
    if not hits:
        print("nothing found")
        return 0
    for h in hits:
        print(f"{h.kind:<8}  {h.id}  {h.title}")
        if h.snippet:
            print(f"{'':<8}  {h.snippet}")
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    db = open_db(args)
    started = time.perf_counter()
    with db.transaction(context="rebuild the search index") as s:
        if args.kinds:
            for kind in args.kinds:
                reindex(session=s, kind=kind)
        else:
            reindex(session=s)
        indexed = counts(session=s)
    summary = ", ".join(f"{n:,} {kind}s" for kind, n in sorted(indexed.items()))
    print(f"search index rebuilt in {time.perf_counter() - started:.1f} s: {summary or 'nothing to index'}")
    return 0
