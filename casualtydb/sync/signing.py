"""This database's key pair, and what bundles do with keys: a signature (Ed25519) that names who
made a bundle, and a data key sealed to a recipient (libsodium sealed box, X25519) so that only
the holder of that database can read it.

PyNaCl (libsodium) does both with one key pair: the Ed25519 signing key converts to the X25519
key a sealed box needs. (age via pyrage encrypts but does not sign; we would need a second
library and a second key.) The private key lives only inside the database (`database_info`,
key `signing_key`): encrypted with it when the database is encrypted, and never written to a
file by `key export`, which writes the public key only.

A public key is written `casualtydb-key-v1:<base64 of the 32 bytes>`; its fingerprint, what a
person compares over the phone, is the first 20 hex digits of its SHA-256 in groups of four."""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey
from sqlalchemy import Connection, delete, insert, select

from ..errors import CasualtyDBError
from ..models import DatabaseInfo

INFO = DatabaseInfo.__table__
PRIVATE_KEY = "signing_key"
PREFIX = "casualtydb-key-v1:"


class KeyError_(CasualtyDBError):  # noqa: N801 (KeyError is Python's own)
    """A key is missing, malformed, or not the one a bundle needs."""


def fingerprint(public: bytes) -> str:
    digest = hashlib.sha256(public).hexdigest()[:20]
    return " ".join(digest[i:i + 4] for i in range(0, 20, 4))


def public_text(public: bytes) -> str:
    return PREFIX + base64.b64encode(public).decode("ascii")


def parse_public(text: str, where: str = "the key") -> bytes:
    text = text.strip()
    if not text.startswith(PREFIX):
        raise KeyError_(f"{where} is not a casualtydb public key (it should start with {PREFIX})")
    try:
        raw = base64.b64decode(text[len(PREFIX):], validate=True)
    except ValueError:
        raise KeyError_(f"{where} is damaged (not base64)") from None
    if len(raw) != 32:
        raise KeyError_(f"{where} is damaged (not 32 bytes)")
    return raw


def read_public_file(path: Path) -> bytes:
    try:
        return parse_public(path.read_text(encoding="utf-8"), str(path))
    except FileNotFoundError:
        raise KeyError_(f"no key file {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyError_(f"cannot read the key file {path}: {exc}") from None


@dataclass(frozen=True)
class KeyPair:
    signing: SigningKey

    @property
    def public(self) -> bytes:
        return bytes(self.signing.verify_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)

    def sign(self, message: bytes) -> bytes:
        return self.signing.sign(message).signature

    def unseal(self, sealed: bytes) -> bytes:
        return SealedBox(self.signing.to_curve25519_private_key()).decrypt(sealed)


def load(conn: Connection) -> KeyPair | None:
    value = conn.execute(select(INFO.c.value).where(INFO.c.key == PRIVATE_KEY)).scalar()
    if not value:
        return None
    return KeyPair(SigningKey(base64.b64decode(value)))


def create(conn: Connection, *, replace: bool = False) -> KeyPair:
    if load(conn) is not None:
        if not replace:
            raise KeyError_("this database has a key already (`casualtydb key show`); --replace makes a new one")
        conn.execute(delete(INFO).where(INFO.c.key == PRIVATE_KEY))
    pair = KeyPair(SigningKey.generate())
    conn.execute(insert(INFO).values(key=PRIVATE_KEY, value=base64.b64encode(bytes(pair.signing)).decode("ascii")))
    return pair


def ensure(conn: Connection) -> tuple[KeyPair, bool]:
    """This database's key pair, made now if it has none (True then)."""
    pair = load(conn)
    return (pair, False) if pair is not None else (create(conn), True)


def verify_signature(public: bytes, message: bytes, signature: bytes) -> bool:
    try:
        VerifyKey(public).verify(message, signature)
        return True
    except (BadSignatureError, ValueError, TypeError):
        return False


def seal_to(public: bytes, secret: bytes) -> bytes:
    """`secret` readable only with the private key of `public` (an Ed25519 key of a database)."""
    try:
        curve = VerifyKey(public).to_curve25519_public_key()
    except (CryptoError, ValueError, TypeError):
        raise KeyError_("the recipient's key is not a valid public key") from None
    return SealedBox(PublicKey(bytes(curve))).encrypt(secret)


def new_data_key() -> str:
    """A random passphrase for one bundle's data file (256 bits, hex)."""
    return secrets.token_hex(32)


__all__ = ["KeyError_", "KeyPair", "create", "ensure", "fingerprint", "load", "new_data_key",
           "parse_public", "public_text", "read_public_file", "seal_to", "verify_signature"]
