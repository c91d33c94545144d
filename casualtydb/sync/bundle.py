"""Bundles: the records changed since a date, in one file small enough for a messenger or a USB
stick, which `merge-db` accepts like a database.

A bundle (`.cdbx`) is a zip archive holding
- `manifest.json`: format and version, the source database's id, the schema revision, the date
  the bundle starts from, counts per table, and the size and SHA-256 of the data file;
- `bundle.sqlite`: a casualtydb database (same schema) with the changed records, the records they
  refer to (so the bundle stands on its own), the audit entries since the date (deletions travel
  as audit entries), the known versions of those records and the id map.

The data file of a bundle made from an encrypted database is an SQLCipher file under that
database's passphrase (the manifest says `"encrypted": true`; it holds counts and ids, no names):
the receiver opens it with the same passphrase, and no readable copy is written on the way,
the temporary one included.

Reading checks the zip's CRCs, the manifest, the size and SHA-256 of the data, and SQLite's own
integrity check before anything is merged: a damaged or truncated bundle is refused with one
clear line, and nothing is written."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import tempfile
import uuid
import zipfile
import zlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, or_, select, text
from sqlalchemy.engine import URL

from .. import sqlite_specific
from ..audit import current_user
from ..chain import head as chain_head
from ..db import Database, head_revision
from ..errors import CasualtyDBError
from ..models import AuditAction, AuditEntry, Base, DatabaseInfo, SyncIdMap, SyncVersion
from . import signing
from .blobs import copy_blobs
from .common import Ask, MergeSourceError, OtherDatabase, own_database_id
from .identity import chunks
from .readonly import find_key, open_sqlite
from .tables import BY_NAME, SYNCED, content_hash, from_json

FORMAT = "casualtydb-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATA = "bundle.sqlite"
SIGNATURE = "signature.json"
SEALED_KEY = "data-key.sealed"
SUFFIX = ".cdbx"
AUDIT = AuditEntry.__table__

Progress = Callable[[str, int, int], None]


class BundleError(MergeSourceError):
    """The bundle cannot be used (damaged, truncated, not a bundle, too new); nothing was written."""


class UnsignedBundle(BundleError):
    """The bundle has no signature, or one that does not hold: refused unless accepted explicitly."""


@dataclass
class BundleInfo:
    path: Path
    since: datetime | None
    database_id: str
    counts: dict[str, int] = field(default_factory=dict)
    audit_entries: int = 0
    size: int = 0
    sha256: str = ""
    signer: str = ""  # fingerprint of the key that signed it
    sealed_to: str | None = None  # fingerprint of the recipient's key
    new_key: bool = False  # this database's key pair was made for this bundle

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "since": self.since.isoformat() if self.since else None,
                "database_id": self.database_id, "records": self.counts, "audit_entries": self.audit_entries,
                "size": self.size, "sha256": self.sha256, "signer": self.signer, "sealed_to": self.sealed_to}


def parse_since(value: str) -> datetime:
    """`--since`: a date (midnight UTC) or an ISO date-time (UTC when no offset is given)."""
    value = value.strip()
    try:
        if len(value) == 10:
            d = date.fromisoformat(value)
            return datetime(d.year, d.month, d.day, tzinfo=timezone.utc)
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise CasualtyDBError(f"not a date: {value} (write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


# ---------------------------------------------------------------------------------------------
# Writing


def _selected(conn: Connection, since: datetime | None) -> dict[str, set[uuid.UUID]]:
    """Records changed since `since`, plus (transitively) every record they refer to."""
    chosen: dict[str, set[uuid.UUID]] = defaultdict(set)
    for spec in SYNCED:
        t = spec.table
        stmt = select(t.c.id)
        if since is not None:
            stmt = stmt.where(or_(t.c.updated_at >= since, t.c.created_at >= since))
        chosen[spec.name] |= set(conn.execute(stmt).scalars())
    if since is None:
        return chosen
    done: dict[str, set[uuid.UUID]] = defaultdict(set)
    changed = True
    while changed:
        changed = False
        for spec in SYNCED:
            todo = chosen[spec.name] - done[spec.name]
            if not todo:
                continue
            done[spec.name] |= todo
            for chunk in chunks(sorted(todo, key=str)):
                for col, target in spec.references.items():
                    refs = set(conn.execute(select(spec.table.c[col]).where(
                        spec.table.c.id.in_(chunk), spec.table.c[col].is_not(None))).scalars())
                    if refs - chosen[target]:
                        chosen[target] |= refs
                        changed = True
                for link in spec.links:
                    target = next(iter(link.table.c[link.member_column].foreign_keys)).column.table.name
                    refs = set(conn.execute(select(link.table.c[link.member_column]).where(
                        link.table.c[link.owner_column].in_(chunk))).scalars())
                    if refs - chosen[target]:
                        chosen[target] |= refs
                        changed = True
    return chosen


def write_bundle(database: Database, out: str | os.PathLike[str], *, since: datetime | None,
                 progress: Progress | None = None, to: bytes | None = None,
                 passphrase: str | None = None) -> BundleInfo:
    """Write the records changed since `since` (everything when None) to the bundle `out`,
    signed with this database's key (made now if it has none).

    The data file is encrypted (SQLCipher) with: a random key sealed to the recipient's public
    key `to`; else `passphrase`; else this database's own passphrase when it is encrypted.
    Reads in one transaction (a consistent snapshot); writes the file atomically (a partial
    bundle never appears under the final name)."""
    progress = progress or (lambda stage, done, total: None)
    out_path = Path(out).expanduser()
    if not out_path.suffix:
        out_path = out_path.with_name(out_path.name + SUFFIX)
    if not out_path.parent.is_dir():
        raise CasualtyDBError(f"folder does not exist: {out_path.parent}")
    with database.engine.begin() as kconn:
        pair, new_key = signing.ensure(kconn)
    data_key = signing.new_data_key() if to is not None else (passphrase or database.passphrase)
    workdir = Path(tempfile.mkdtemp(prefix="casualtydb-bundle-"))
    data_path = workdir / DATA
    try:
        key = sqlite_specific.KeyHolder(data_key)
        # Foreign keys off: records are copied table by table, self-references in any order.
        target = sqlite_specific.create_file_engine(URL.create("sqlite", database=str(data_path)), key,
                                                    foreign_keys=False)
        Base.metadata.create_all(target)
        with database.engine.connect() as conn, conn.begin(), target.begin() as tconn:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            database_id = own_database_id(conn)
            head_seq, head_hash = chain_head(conn)
            tconn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                               "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
            tconn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": head_revision()})
            tconn.execute(insert(DatabaseInfo), [{"key": "database_id", "value": database_id}])
            chosen = _selected(conn, since)
            counts: dict[str, int] = {}
            for n, spec in enumerate(SYNCED):
                progress("records", n, len(SYNCED))
                ids = sorted(chosen[spec.name], key=str)
                for chunk in chunks(ids, 1000):
                    rows = [dict(r) for r in conn.execute(select(spec.table).where(spec.table.c.id.in_(chunk))).mappings()]
                    if rows:  # foreign keys are not enforced here: self-references may come in any order
                        tconn.execute(insert(spec.table), rows)
                    for link in spec.links:
                        links = [dict(r) for r in conn.execute(select(link.table).where(
                            link.table.c[link.owner_column].in_(chunk))).mappings()]
                        if links:
                            tconn.execute(insert(link.table), links)
                counts[spec.name] = len(ids)
                _copy_versions(conn, tconn, spec, ids)
            progress("audit log", 0, 1)
            stmt = select(AUDIT)
            if since is not None:
                stmt = stmt.where(AUDIT.c.at >= since)
            audit_count = 0
            batch: list[dict[str, Any]] = []
            for row in conn.execute(stmt.execution_options(yield_per=2000)).mappings():
                batch.append(dict(row))
                if len(batch) >= 2000:
                    tconn.execute(insert(AUDIT), batch)
                    audit_count += len(batch)
                    batch = []
            if batch:
                tconn.execute(insert(AUDIT), batch)
                audit_count += len(batch)
            att = BY_NAME["attachments"]
            hashes = {h for chunk in chunks(sorted(chosen[att.name], key=str), 1000) for h in conn.execute(
                select(att.table.c.sha256).where(att.table.c.id.in_(chunk))).scalars()}
            copy_blobs(conn, tconn, hashes)
            id_map = [dict(r) for r in conn.execute(select(SyncIdMap.__table__)).mappings()]
            if id_map:
                tconn.execute(insert(SyncIdMap), id_map)
        target.dispose()
        _check_sqlite(data_path, "the bundle just written", key.passphrase)
        size = data_path.stat().st_size
        digest = _sha256(data_path)
        info = BundleInfo(path=out_path, since=since, database_id=database_id, counts=counts,
                          audit_entries=audit_count, size=size, sha256=digest, signer=pair.fingerprint,
                          sealed_to=signing.fingerprint(to) if to is not None else None, new_key=new_key)
        sealed = signing.seal_to(to, data_key.encode("ascii")) if to is not None and data_key else None
        manifest = {
            "format": FORMAT, "format_version": FORMAT_VERSION,
            "created_at": datetime.now(timezone.utc).isoformat(), "created_by": current_user(),
            "database_id": database_id, "database": database.describe(), "schema_revision": head_revision(),
            "since": since.isoformat() if since else None, "records": counts, "audit_entries": audit_count,
            "data": {"name": DATA, "size": size, "sha256": digest}, "encrypted": key.encrypted,
            "chain_head": {"seq": head_seq, "hash": head_hash},
            "key_from": "sealed" if sealed else ("passphrase" if passphrase else ("database" if key.encrypted else None)),
            "sealed_to": info.sealed_to, "sealed_key_sha256": hashlib.sha256(sealed).hexdigest() if sealed else None,
            "signer": {"key": signing.public_text(pair.public), "fingerprint": pair.fingerprint},
        }
        if key.encrypted:
            # The manifest is readable by whoever holds the file: of an encrypted bundle it names
            # nobody and no place on a disk (the worker's account and folder names can identify
            # them). Who wrote what is in the audit log inside the encrypted data.
            del manifest["created_by"], manifest["database"]
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
        signature = {"key": signing.public_text(pair.public),
                     "signature": base64.b64encode(pair.sign(manifest_bytes)).decode("ascii")}
        part = out_path.with_name(out_path.name + ".part")
        with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            zf.writestr(MANIFEST, manifest_bytes)
            zf.writestr(SIGNATURE, json.dumps(signature, indent=2))
            if sealed:
                zf.writestr(SEALED_KEY, sealed)
            zf.write(data_path, DATA)
        os.replace(part, out_path)
        progress("done", 1, 1)
        return info
    finally:
        for p in workdir.iterdir():
            p.unlink(missing_ok=True)
        workdir.rmdir()


def _copy_versions(conn: Connection, tconn: Connection, spec: Any, ids: list[uuid.UUID]) -> None:
    """The known versions of the bundled records, including their creation states (whose audit
    insert entries may be older than the bundle), so the receiver can tell who changed what."""
    for chunk in chunks(ids, 1000):
        known: set[tuple[uuid.UUID, str]] = set(conn.execute(select(SyncVersion.record_id, SyncVersion.hash).where(
            SyncVersion.table_name == spec.name, SyncVersion.record_id.in_(chunk))).tuples())
        for rid, new in conn.execute(select(AUDIT.c.record_id, AUDIT.c.new).where(
                AUDIT.c.table_name == spec.name, AUDIT.c.action == AuditAction.INSERT, AUDIT.c.record_id.in_(chunk))):
            if new:
                try:
                    known.add((rid, content_hash(spec, from_json(spec, new))))
                except (ValueError, TypeError):
                    continue
        if known:
            tconn.execute(insert(SyncVersion), [{"table_name": spec.name, "record_id": rid, "hash": h}
                                                for rid, h in sorted(known, key=str)])


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _check_sqlite(path: Path, label: str, passphrase: str | None = None) -> None:
    try:
        con = sqlite_specific.connect(path, passphrase, read_only=True)
        try:
            result = con.execute("PRAGMA integrity_check").fetchone()
        finally:
            con.close()
    except sqlite_specific.DATABASE_ERRORS as exc:
        raise BundleError(f"{label} is damaged: {exc}; nothing was merged") from None
    if not result or result[0] != "ok":
        raise BundleError(f"{label} is damaged ({result[0] if result else 'no answer'}); nothing was merged")


# ---------------------------------------------------------------------------------------------
# Reading


def _damaged(path: Path, why: str) -> BundleError:
    return BundleError(f"the bundle {path.name} is damaged or incomplete ({why}); nothing was merged. "
                       "Ask for it to be sent again")


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest of a bundle, checked; raises BundleError for anything wrong."""
    try:
        with zipfile.ZipFile(path) as zf:
            return _manifest(path, zf)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _damaged(path, _zip_reason(exc)) from None


def _zip_reason(exc: BaseException) -> str:
    text_ = str(exc) or type(exc).__name__
    if "CRC" in text_:
        return "a checksum does not match"
    if "not a zip file" in text_.lower() or "truncated" in text_.lower() or isinstance(exc, EOFError):
        return "the file is cut short or not a bundle"
    return text_


def _manifest(path: Path, zf: zipfile.ZipFile) -> dict[str, Any]:
    names = set(zf.namelist())
    if MANIFEST not in names:
        raise BundleError(f"{path.name} is not a casualtydb bundle (it has no {MANIFEST})")
    try:
        manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _damaged(path, "the manifest cannot be read") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(f"{path.name} is not a casualtydb bundle")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise BundleError(f"{path.name} was made by a newer casualtydb (bundle format {version}); "
                          "update casualtydb to merge it")
    data = manifest.get("data")
    if (not isinstance(data, dict) or data.get("name") != DATA or not isinstance(data.get("size"), int)
            or not isinstance(data.get("sha256"), str)):
        raise _damaged(path, "the manifest is incomplete")
    if DATA not in names:
        raise _damaged(path, f"{DATA} is missing")
    return manifest


def _local_headers_agree(path: Path, zf: zipfile.ZipFile) -> None:
    """zipfile reads an entry's checksum, sizes and date from the central directory only and
    skips the copies in each entry's own header; a bundle whose copies differ was changed on
    the way, so it is refused like any other damage (nothing else covers those bytes)."""
    with open(path, "rb") as f:
        for info in zf.infolist():
            f.seek(info.header_offset)
            head = f.read(30)
            if len(head) < 30 or head[:4] != b"PK\x03\x04":
                raise _damaged(path, f"the header of {info.filename} is damaged")
            version, flags, method, dostime, dosdate, crc, csize, usize = struct.unpack("<HHHHHIII", head[4:26])
            y, mo, d, h, mi, sec = info.date_time
            expected = [(version, info.extract_version), (flags, info.flag_bits), (method, info.compress_type),
                        (dostime, h << 11 | mi << 5 | sec // 2), (dosdate, (y - 1980) << 9 | mo << 5 | d)]
            if not flags & 0x08 and 0xFFFFFFFF not in (csize, usize):  # not streamed, not ZIP64
                expected += [(crc, info.CRC), (csize, info.compress_size), (usize, info.file_size)]
            if any(a != b for a, b in expected):
                raise _damaged(path, f"the header of {info.filename} does not match the zip directory")


def _signature(path: Path, zf: zipfile.ZipFile, manifest: dict[str, Any]) -> tuple[str, str | None]:
    """("valid", signer fingerprint), ("unsigned", None) or ("bad", None)."""
    if SIGNATURE not in zf.namelist():
        return "unsigned", None
    try:
        stated = json.loads(zf.read(SIGNATURE).decode("utf-8"))
        public = signing.parse_public(str(stated["key"]))
        sig = base64.b64decode(str(stated["signature"]), validate=True)
        signer = manifest.get("signer") or {}
        if signing.parse_public(str(signer.get("key", ""))) != public:
            return "bad", None
    except (KeyError, TypeError, ValueError, UnicodeDecodeError, CasualtyDBError):
        return "bad", None
    if not signing.verify_signature(public, zf.read(MANIFEST), sig):
        return "bad", None
    return "valid", signing.fingerprint(public)


def open_bundle(path: Path, workdir: Path, *, passphrases: tuple[str | None, ...] = (),
                ask: Ask | None = None, explicit: bool = False, own_key: signing.KeyPair | None = None,
                accept_unsigned: bool = False) -> OtherDatabase:
    """Check a bundle completely (integrity, then signature) and open its data read-only: an
    encrypted one with the key sealed to `own_key`, or the first passphrase that opens it (see
    readonly.find_key). Unsigned or badly signed: refused unless `accept_unsigned`."""
    if not zipfile.is_zipfile(path):
        raise _damaged(path, "the file is cut short or not a bundle")
    target = workdir / DATA
    sealed: bytes | None = None
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = _manifest(path, zf)
            _local_headers_agree(path, zf)
            state, signer = _signature(path, zf, manifest)
            if manifest.get("key_from") == "sealed":
                sealed = zf.read(SEALED_KEY) if SEALED_KEY in zf.namelist() else b""
            digest = hashlib.sha256()
            size = 0
            with zf.open(DATA) as src, target.open("wb") as dst:
                for block in iter(lambda: src.read(1 << 20), b""):
                    digest.update(block)
                    size += len(block)
                    dst.write(block)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _damaged(path, _zip_reason(exc)) from None
    if size != manifest["data"]["size"] or digest.hexdigest() != manifest["data"]["sha256"]:
        raise _damaged(path, "the data does not match its SHA-256 checksum")
    if sealed is not None and hashlib.sha256(sealed).hexdigest() != manifest.get("sealed_key_sha256"):
        raise _damaged(path, "its sealed key does not match its checksum")
    if state != "valid" and not accept_unsigned:
        why = "is not signed" if state == "unsigned" else "has a signature that does not hold (changed after signing?)"
        raise UnsignedBundle(f"the bundle {path.name} {why}; nothing was merged. Merge it only if you know where it "
                             "comes from: merge-db --accept-unsigned")
    if sealed is not None:
        if own_key is None:
            raise BundleError(f"the bundle {path.name} is sealed to the key {manifest.get('sealed_to')}, and this "
                              "database has no key (`casualtydb key new`); nothing was merged")
        try:
            passphrases = (own_key.unseal(sealed).decode("ascii"), *passphrases)
        except Exception:  # noqa: BLE001 (libsodium says only that it failed)
            raise BundleError(f"the bundle {path.name} is sealed to the key {manifest.get('sealed_to')}, not to this "
                              f"database's ({own_key.fingerprint}); nothing was merged") from None
    key = find_key(target, f"the bundle {path.name}", passphrases, ask, explicit=explicit) \
        if manifest.get("encrypted") else None
    _check_sqlite(target, f"the bundle {path.name}", key)
    other = open_sqlite(target, workdir, label=str(path), kind="bundle", manifest=manifest,
                        passphrases=(key,))
    if other.database_id != manifest.get("database_id"):
        other.engine.dispose()
        raise _damaged(path, "the data belongs to another database than its manifest says")
    other.signature, other.signer = state, signer
    return other
