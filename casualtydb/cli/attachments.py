"""`attach`, `attachments`, `attachment-get`: evidence files of reports (casualtydb.services.attachments)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import CasualtyDBError
from ..models import Attachment, Report
from .common import open_db, print_json, resolve_id

# Handlers import the modules that do their work when they run (function-level imports): every
# module of casualtydb.cli is imported at each start to register its subcommands, so `casualtydb
# --help` and the light commands do not load crossref, io (openpyxl), sync (PyNaCl), Qt and the rest.


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("attach", help="attach a file (screenshot, saved page, photo, audio) to a report",
                       description="The file is stored inside the database with its SHA-256, size and type; "
                                   "a file above 100 MB is refused.")
    p.add_argument("report", metavar="REPORT", help="the report's id (or its first characters)")
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--url", help="where it was captured from")
    p.add_argument("--captured-at", metavar="TIME", help="when it was captured (ISO date-time; default: the file's time)")
    p.add_argument("--by", metavar="NAME", help="who captured it")
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_attach)

    p = sub.add_parser("attachments", help="list the attachments of a report (or of all reports)")
    p.add_argument("report", metavar="REPORT", nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_attachments)

    p = sub.add_parser("attachment-get", help="write an attachment's bytes to a file (checked against its SHA-256)")
    p.add_argument("attachment", metavar="ID")
    p.add_argument("out", metavar="OUT", type=Path)
    p.set_defaults(func=cmd_attachment_get)


def _row(a) -> dict:  # noqa: ANN001
    return {"id": str(a.id), "report": str(a.report_id), "file_name": a.file_name, "media_type": a.media_type,
            "size": a.size, "sha256": a.sha256, "captured_at": a.captured_at.isoformat() if a.captured_at else None,
            "captured_by": a.captured_by, "original_url": a.original_url, "note": a.note}


def cmd_attach(args: argparse.Namespace) -> int:
    from datetime import datetime, timezone  # noqa: PLC0415

    from ..services.attachments import NewAttachment, attach, read_file  # noqa: PLC0415

    content = read_file(args.file)
    if args.captured_at:
        try:
            when = datetime.fromisoformat(args.captured_at)
        except ValueError:
            raise CasualtyDBError(f"--captured-at: not a date-time: {args.captured_at}") from None
        when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    else:
        when = datetime.fromtimestamp(args.file.stat().st_mtime, timezone.utc)
    db = open_db(args)
    with db.transaction(context=f"attach {args.file.name}") as s:
        a = attach(s, resolve_id(s, Report, args.report, "report"), NewAttachment(data=content, file_name=args.file.name, original_url=args.url,
                                                captured_at=when, captured_by=args.by, note=args.note))
        row = _row(a)
    if args.json:
        print_json(row)
    else:
        print(f"attached {row['file_name']} ({row['media_type']}, {row['size']:,} bytes) to report {row['report'][:8]}")
        print(f"sha256 {row['sha256']}")
    return 0


def cmd_attachments(args: argparse.Namespace) -> int:
    from sqlalchemy import select  # noqa: PLC0415

    db = open_db(args)
    with db.session() as s:
        stmt = select(Attachment).order_by(Attachment.created_at)
        if args.report:
            stmt = stmt.where(Attachment.report_id == resolve_id(s, Report, args.report, "report"))
        rows = [_row(a) for a in s.scalars(stmt)]
    if args.json:
        print_json(rows)
    elif not rows:
        print("no attachments")
    for r in rows if not args.json else ():
        print(f"{r['id'][:8]}  {r['file_name']}  {r['media_type']}  {r['size']:,} B  sha256 {r['sha256']}")
    return 0


def cmd_attachment_get(args: argparse.Namespace) -> int:
    from ..services.attachments import data  # noqa: PLC0415

    db = open_db(args)
    if args.out.exists():
        raise CasualtyDBError(f"{args.out} exists; choose a new file")
    with db.session() as s:
        a = s.get(Attachment, resolve_id(s, Attachment, args.attachment, "attachment"))
        content = data(s, a)
    args.out.write_bytes(content)
    print(f"wrote {args.out} ({len(content):,} bytes, sha256 checked)")
    return 0
