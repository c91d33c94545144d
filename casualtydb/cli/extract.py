"""`extract`: suggested claims, dates, places and actors of a report's text, as JSON or a list.

Reading the file is careful because what people feed it is not always clean text: UTF-8 (with
or without a byte-order mark), UTF-16 with a byte-order mark, and legacy Windows-1256 Arabic are
read; binary files, missing files and folders get a one-line error and a non-zero exit; an
empty file or a text without figures prints empty lists and says so on stderr."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from ..db import default_path
from ..errors import CasualtyDBError, DatabaseOpenError, ValidationError
from .common import open_db, print_json

# Handlers import the modules that do their work when they run (function-level imports): every
# module of casualtydb.cli is imported at each start to register its subcommands, so `casualtydb
# --help` and the light commands do not load crossref, io (openpyxl), sync (PyNaCl), Qt and the rest.

MAX_BYTES = 20 * 1024 * 1024  # a report, not an archive
JSON_KEYS = {
    "claims": ("category", "group", "min", "max", "approximate", "vague", "text", "start", "end"),
    "dates": ("date", "text", "start", "end"),
    "places": ("name", "pcode", "text", "start", "end"),
    "actors": ("name", "text", "start", "end"),
    "mentions": ("name", "text", "parts", "sex", "age", "age_group", "status", "fate", "start", "end", "relation",
                 "relative_of"),
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract", help="suggest casualty claims, dates, places, actors and named victims from a report's text",
        description="Reads an Arabic or English report and prints the casualty figures, dates, places, "
                    "actors and named victims it names, each with its character offsets. Places and actors are matched against "
                    "the database's gazetteer and actor list when a database is given (--db or "
                    "$CASUALTYDB_DB) or exists in the user's data folder, else against the lists shipped "
                    "with casualtydb. Nothing is written.")
    p.add_argument("file", metavar="FILE", help="a text file (UTF-8; UTF-16 and Windows-1256 are recognised), "
                                                "or - for standard input")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date: resolves «اليوم», «أمس الأحد», \"yesterday\"")
    p.add_argument("--language", choices=["ar", "en"], help="read figures in this language only (default: both)")
    p.add_argument("--encoding", help="read the file in this encoding instead of guessing")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--full", action="store_true",
                   help="with --json: everything the engine found (quotes, breakdowns, events, new places)")
    p.set_defaults(func=cmd_extract)


def cmd_extract(args: argparse.Namespace) -> int:
    from ..extract import Extractor  # noqa: PLC0415

    published = _published(args.published)
    text, note = read_text(args.file, encoding=args.encoding)
    if note:
        _note(note)
    places, actors = _names(args)
    result = Extractor(places, actors).extract(text, published=published, language=args.language)
    if not text.strip():
        _note("the text is empty: nothing to extract")
    elif not result.claims:
        _note("no casualty figures found in the text")
    if args.json:
        data = result.to_json()
        if not args.full:
            data = {key: [{k: item[k] for k in keys} for item in data[key]] for key, keys in JSON_KEYS.items()}
        print_json(data)
    else:
        _print_list(result)
    return 0


def _note(message: str) -> None:
    print(f"casualtydb: note: {message}", file=sys.stderr)


def _published(raw: str | None):
    if not raw:
        return None
    from ..services.editing import parse_date  # noqa: PLC0415

    try:
        return parse_date(raw, "--published", allow_future=True)
    except ValidationError:
        raise ValidationError(f"not a date: {raw!r} (write it as YYYY-MM-DD)", field="--published") from None


def read_text(name: str, *, encoding: str | None = None) -> tuple[str, str | None]:
    """The file's text and, when worth saying, a note on how it was read. Raises
    CasualtyDBError with one line for what cannot be read as text."""
    if name == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        label = "standard input"
    else:
        path = Path(name)
        label = str(path)
        if not path.exists():
            raise CasualtyDBError(f"no such file: {path}")
        if path.is_dir():
            raise CasualtyDBError(f"is a folder, not a text file: {path}")
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise CasualtyDBError(f"{path} is {size / 1e6:.0f} MB; extraction reads reports of up to "
                                      f"{MAX_BYTES // (1024 * 1024)} MB (split the file)")
            data = path.read_bytes()
        except PermissionError:
            raise CasualtyDBError(f"not allowed to read {path}") from None
        except OSError as exc:
            raise CasualtyDBError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise CasualtyDBError(f"{label} is over {MAX_BYTES // (1024 * 1024)} MB; extraction reads one report at a time")
    return decode(data, label, encoding=encoding)


def decode(data: bytes, label: str, *, encoding: str | None = None) -> tuple[str, str | None]:
    if encoding:
        try:
            return data.decode(encoding), None
        except LookupError:
            raise ValidationError(f"unknown encoding {encoding!r}", field="--encoding") from None
        except UnicodeDecodeError as exc:
            raise CasualtyDBError(f"{label} is not valid {encoding} (byte {exc.start})") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), f"read {label} as UTF-16"
        except UnicodeDecodeError:
            raise CasualtyDBError(f"{label} is not a text file (damaged UTF-16)") from None
    if b"\x00" in data[:8192]:
        raise CasualtyDBError(f"{label} is not a text file (it holds binary data); save the report as plain text")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    lenient = data.decode("utf-8", errors="replace")
    if sum("\u0600" <= c <= "\u06ff" for c in lenient) > 2 * lenient.count("\ufffd"):
        # Mostly well-formed UTF-8 Arabic with a few broken bytes: damaged, not another encoding.
        raise CasualtyDBError(f"{label} is not valid UTF-8 text (damaged at byte {first_bad}); "
                              f"save it again as UTF-8")
    # Legacy Arabic Windows files: accept them when they read as mostly Arabic letters.
    try:
        legacy = data.decode("cp1256")
    except UnicodeDecodeError:
        legacy = ""
    letters = [c for c in legacy if c.isalpha()]
    if letters and sum("\u0600" <= c <= "\u06ff" for c in letters) / len(letters) > 0.5 and _mostly_text(legacy):
        return legacy, f"{label} is not UTF-8; read it as Windows-1256 (Arabic)"
    raise CasualtyDBError(f"{label} is not UTF-8 text (invalid byte at offset {first_bad}); save it as UTF-8, "
                          f"or give --encoding")


def _mostly_text(text: str) -> bool:
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    return controls <= max(2, len(text) // 200)


def _names(args: argparse.Namespace) -> tuple[list[Any], list[Any]]:
    """Places and actors of the database when there is one, else the shipped lists."""
    from ..services.report_entry import names_from_database, shipped_names  # noqa: PLC0415

    explicit = args.db or os.environ.get("CASUALTYDB_DB")
    if not explicit and not default_path().exists():
        return shipped_names()
    try:
        # Never create, upgrade or seed a database just to read its names.
        database = open_db(argparse.Namespace(**{**vars(args), "db": explicit or str(default_path())}),
                           create=False, upgrade=False, seed=False)
    except DatabaseOpenError as exc:
        if explicit:
            raise
        _note(f"using the shipped gazetteer ({exc})")
        return shipped_names()
    try:
        with database.session() as s:
            places, actors = names_from_database(session=s)
    finally:
        database.dispose()
    if not places:
        return shipped_names()[0], actors
    return places, actors


def _print_list(result: Any) -> None:
    def figure(c: Any) -> str:
        if c.min is None:
            return f"«{c.vague}» (no figure)" if c.vague else "?"
        text = str(c.min) if c.max == c.min else (f"{c.min}–{c.max}" if c.max is not None else f"≥{c.min}")
        return f"~{text}" if c.approximate else text

    print(f"claims ({len(result.claims)}):")
    for i, c in enumerate(result.claims):
        part = f"  part of #{c.part_of + 1}" if c.part_of is not None else ""
        print(f"  #{i + 1} {c.category:<9} {c.group:<10} {figure(c):<10} «{c.text}» [{c.start}–{c.end}]{part}")
    print(f"dates ({len(result.dates)}):")
    for d in result.dates:
        print(f"  {d.date}  «{d.text}» [{d.start}–{d.end}]")
    print(f"places ({len(result.places)}):")
    for p in result.places:
        print(f"  {p.name}{f' ({p.pcode})' if p.pcode else ''}  «{p.text}» [{p.start}–{p.end}]")
    print(f"actors ({len(result.actors)}):")
    for a in result.actors:
        print(f"  {a.name}  «{a.text}» [{a.start}–{a.end}]")
    print(f"named victims ({len(result.mentions)}):")
    for m in result.mentions:
        about = ", ".join(str(v) for v in (m.fate, m.sex, m.age, m.age_group, m.relation) if v is not None)
        print(f"  «{m.name or m.text}» [{m.start}–{m.end}]{f'  ({about})' if about else ''}")
