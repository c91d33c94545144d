"""`merge-db`, `merge-conflicts`, `merge-matches`, `bundle`: bringing field workers' databases
together (see docs/sync.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .. import passphrase as passphrases
from ..errors import CasualtyDBError
from ..models import MatchStatus
from .common import open_db, print_json

# Handlers import the modules that do their work when they run (function-level imports): every
# module of casualtydb.cli is imported at each start to register its subcommands, so `casualtydb
# --help` and the light commands do not load crossref, io (openpyxl), sync (PyNaCl), Qt and the rest.


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "merge-db", help="merge another casualtydb database or bundle into this one",
        description="Brings every record of OTHER into the database: records are matched by id; a record "
                    "changed on only one side takes that change; one changed on both sides is a merge "
                    "conflict (both versions kept, the newer applied, listed by `merge-conflicts`). One "
                    "transaction: interrupted, it writes nothing. OTHER is never changed.")
    p.add_argument("other", metavar="OTHER", help="a casualtydb file (.db), a bundle (.cdbx) or a database URL")
    p.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--accept-unsigned", action="store_true",
                   help="merge a bundle that is not signed, or whose signature does not hold")
    secret = p.add_mutually_exclusive_group()
    secret.add_argument("--other-passphrase-file", metavar="FILE",
                        help="the passphrase of an encrypted OTHER (default: this database's, else asked on the terminal)")
    secret.add_argument("--other-passphrase-fd", metavar="FD", type=int,
                        help="read OTHER's passphrase from an open file descriptor")
    p.set_defaults(func=cmd_merge_db)

    p = sub.add_parser("merge-conflicts", help="list merge conflicts, or settle one",
                       description="Without options: the conflicts not yet settled, with what differs. "
                                   "--resolve ID --keep local|remote settles one (local = this database's "
                                   "version before the merge, remote = the other's).")
    p.add_argument("--resolve", metavar="ID", help="the conflict to settle (the first characters of its id are enough)")
    p.add_argument("--keep", choices=["local", "remote"], help="which version to keep")
    p.add_argument("--all", action="store_true", help="also list settled conflicts")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_merge_conflicts)

    p = sub.add_parser("merge-matches", help="list sources, places and actors proposed as the same; confirm or reject",
                       description="Records entered separately in two databases under the same normalised "
                                   "name. --confirm ID folds one into the other (references re-pointed, "
                                   "its name kept as an alias, audit-logged); --reject ID keeps both.")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--confirm", metavar="ID", help="confirm that the two records are the same")
    group.add_argument("--reject", metavar="ID", help="the two records are different: keep both")
    p.add_argument("--keep", choices=["local", "remote"], default="local",
                   help="with --confirm: which record stays (default: the one this database had)")
    p.add_argument("--all", action="store_true", help="also list confirmed and rejected proposals")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_merge_matches)

    p = sub.add_parser("bundle", help="write the records changed since a date into one file for merge-db",
                       description="A bundle (.cdbx, a zip with a manifest and a SHA-256 checksum) is small "
                                   "enough for a messenger or a USB stick; `merge-db BUNDLE` merges it.")
    p.add_argument("out", metavar="OUT.cdbx", help="the bundle to write")
    seal = p.add_mutually_exclusive_group()
    seal.add_argument("--to", metavar="PUBKEY_FILE", type=Path,
                      help="only the database with this public key (`casualtydb key export`) can read it")
    seal.add_argument("--passphrase", action="store_true",
                      help="encrypt it with a passphrase (asked twice, or --bundle-passphrase-file)")
    p.add_argument("--bundle-passphrase-file", metavar="FILE", help="with --passphrase: read it from FILE")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--since", metavar="DATE", help="records created or changed since this date (YYYY-MM-DD, UTC)")
    when.add_argument("--all", action="store_true", help="every record")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_bundle)


def _progress(stage: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{stage}: {done}/{total}   ", end="", file=sys.stderr, flush=True)


def _by_table(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())


def cmd_merge_db(args: argparse.Namespace) -> int:
    from ..sync.merge import merge_database  # noqa: PLC0415
    from ..sync.other import open_other  # noqa: PLC0415

    db = open_db(args)
    explicit = args.other_passphrase_file is not None or args.other_passphrase_fd is not None
    if explicit:
        candidates, ask = (passphrases.supplied(args.other_passphrase_file, args.other_passphrase_fd),), None
    else:  # a team often shares one passphrase: this database's own first, then ask on a terminal
        candidates = (db.passphrase,)
        ask = (lambda label: passphrases.prompt(label)) if passphrases.can_prompt() else None
    from ..sync import signing  # noqa: PLC0415

    with db.engine.connect() as conn:
        own_key = signing.load(conn)
    with open_other(args.other, passphrases=candidates, ask=ask, explicit=explicit, own_key=own_key,
                    accept_unsigned=args.accept_unsigned) as other:
        if other.is_bundle:
            print(f"signed by the key {other.signer}" if other.signer else
                  f"casualtydb: warning: merging a bundle whose signature is {other.signature} (accepted)",
                  file=sys.stderr)
        if other.upgraded_from:
            print(f"note: {other.label} has an older schema ({other.upgraded_from}); a temporary copy was "
                  "upgraded for the merge, the file itself is unchanged", file=sys.stderr)
        summary = merge_database(db, other, dry_run=args.dry_run, progress=_progress)
    if sys.stderr.isatty():
        print("\r", end="", file=sys.stderr)
    data = summary.to_dict()
    if args.json:
        print_json(data)
        return 0
    what = "dry run, nothing written: " if args.dry_run else ""
    print(f"{what}merged {other.label} into {db.describe()}")
    for key in ("added", "updated", "deleted", "conflicts"):
        per = data[key]
        print(f"  {key:<17} {data['totals'][key]:>6}" + (f"  ({_by_table(per)})" if per else ""))
    if data["kept_deleted"]:
        print(f"  {'still deleted':<17} {sum(data['kept_deleted'].values()):>6}  ({_by_table(data['kept_deleted'])})")
    if data["same_records"]:
        print(f"  {'same record':<17} {sum(data['same_records'].values()):>6}  ({_by_table(data['same_records'])})")
    print(f"  {'audit entries':<17} {data['audit_entries']:>6}")
    matches = data["proposed_matches"]
    print(f"  {'proposed matches':<17} {len(matches):>6}")
    for m in matches:
        print(f"    {m['id'][:8]}  {m['table']:<8} {m['name']}  ({m['reason']})")
    if data["duplicate_candidates"] is not None:
        print(f"  {'possible duplicates':<17} {data['duplicate_candidates']:>6}  (incidents that may be the same event)")
    for note in data["notes"]:
        print(f"  note: {note}")
    if data["totals"]["conflicts"] and not args.dry_run:
        print("settle the conflicts with `casualtydb merge-conflicts`")
    if matches and not args.dry_run:
        print("confirm or reject the proposed matches with `casualtydb merge-matches`")
    return 0


def _show(value: Any, limit: int = 60) -> str:
    if value is None:
        return "(empty)"
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cmd_merge_conflicts(args: argparse.Namespace) -> int:
    from ..sync.conflicts import find_conflict_id, list_conflicts, resolve_conflict  # noqa: PLC0415

    db = open_db(args)
    if args.resolve:
        if not args.keep:
            raise CasualtyDBError("say which version to keep: --keep local or --keep remote")
        with db.transaction(context="settle merge conflict") as s:
            cid = find_conflict_id(args.resolve, session=s)
            row = resolve_conflict(cid, args.keep, session=s)
        if args.json:
            print_json(row.to_dict())
        else:
            print(f"settled: {row.describe()}: kept the {args.keep} version")
        return 0
    if args.keep:
        raise CasualtyDBError("--keep goes with --resolve ID")
    with db.session() as s:
        rows = list_conflicts(session=s, include_resolved=args.all)
    if args.json:
        print_json([r.to_dict() for r in rows])
        return 0
    if not rows:
        print("no merge conflicts" if args.all else "no merge conflicts to settle")
        return 0
    for r in rows:
        state = (f"settled by {r.resolved_by}: kept {r.resolution.value}" if r.resolved_at
                 else f"now has the {r.applied.value} version")
        print(f"{str(r.id)[:8]}  {r.describe()}  [{state}; from {r.peer_label}, {r.detected_at:%Y-%m-%d %H:%M}]")
        if r.note:
            print(f"          {r.note}")
        for d in r.differences:
            print(f"          {d.field}: local {_show(d.local)}  |  remote {_show(d.remote)}")
    if not args.all:
        print(f"{len(rows)} to settle: casualtydb merge-conflicts --resolve ID --keep local|remote")
    return 0


def cmd_merge_matches(args: argparse.Namespace) -> int:
    from ..sync.matching import confirm_match, find_match_id, list_matches, reject_match  # noqa: PLC0415

    db = open_db(args)
    if args.confirm or args.reject:
        ident = args.confirm or args.reject
        verb = "confirm match" if args.confirm else "reject match"
        with db.transaction(context=verb) as s:
            mid = find_match_id(ident, session=s)
            if args.confirm:
                kept = confirm_match(mid, session=s, keep=args.keep)
            else:
                reject_match(mid, session=s)
                kept = None
        if args.json:
            print_json({"id": str(mid), "status": "confirmed" if kept else "rejected",
                        "kept_id": str(kept) if kept else None})
        else:
            print(f"confirmed: kept {kept}, references re-pointed" if kept else "rejected: both records stay")
        return 0
    with db.session() as s:
        rows = list_matches(session=s, status=None if args.all else MatchStatus.PROPOSED)
    if args.json:
        print_json([r.to_dict() for r in rows])
        return 0
    if not rows:
        print("no proposed matches")
        return 0
    for r in rows:
        print(f"{str(r.id)[:8]}  {r.table:<8} {r.local_label}  ~  {r.remote_label}  ({r.reason}; {r.status.value})")
    return 0


def cmd_bundle(args: argparse.Namespace) -> int:
    from ..sync.bundle import parse_since, write_bundle  # noqa: PLC0415

    from ..sync import signing  # noqa: PLC0415

    since = None if args.all else parse_since(args.since)
    db = open_db(args)
    to = signing.read_public_file(args.to) if args.to else None
    secret = None
    if args.passphrase:
        secret = passphrases.supplied(args.bundle_passphrase_file) if args.bundle_passphrase_file else None
        if secret is None:
            if not passphrases.can_prompt():
                raise passphrases.PassphraseError("--passphrase needs a terminal or --bundle-passphrase-file FILE")
            secret = passphrases.prompt("the bundle (new)", confirm=True)
        passphrases.check_new(secret)
    info = write_bundle(db, args.out, since=since, progress=_progress, to=to, passphrase=secret)
    if info.new_key:
        print(f"made this database's key {info.signer} to sign it (casualtydb key show)", file=sys.stderr)
    if sys.stderr.isatty():
        print("\r", end="", file=sys.stderr)
    if args.json:
        print_json(info.to_dict())
        return 0
    total = sum(info.counts.values())
    print(f"wrote {info.path}: {total} records, {info.audit_entries} audit entries, "
          f"{info.path.stat().st_size / 1024:.0f} KiB" + (f", changes since {args.since}" if since else ""))
    print(f"sha256 of the data: {info.sha256}")
    print(f"signed by {info.signer}" + (f"; only the key {info.sealed_to} can read it" if info.sealed_to else ""))
    return 0
