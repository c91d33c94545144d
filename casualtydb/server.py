"""Everything only a PostgreSQL team server needs: refusing to talk to it in clear text across a
network, the login the audit log records, and the privileges of a team's role.

On a server any client can set `CASUALTYDB_USER` or its OS user name; only the login is proven
(by the server's password or certificate check), so that is what the audit log records there.
Team members connect with their own logins, members of a role that may read and write the
records but only add to the audit log: `team_grants` writes those GRANTs (`casualtydb
server-grants ROLE`), and tests/postgres checks that such a login cannot UPDATE or DELETE it."""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy.engine import URL

from .errors import DatabaseOpenError

LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
TLS_MODES = frozenset({"require", "verify-ca", "verify-full"})
ALLOW_PLAINTEXT_ENV = "CASUALTYDB_ALLOW_PLAINTEXT"
# Tables a team member may only read and add to.
APPEND_ONLY = ("audit_log",)
# Tables only the owner (migrations) writes.
OWNER_ONLY = ("alembic_version",)


def _hosts(url: URL) -> list[str]:
    query_host = url.query.get("host")
    if isinstance(query_host, tuple):
        query_host = ",".join(query_host)
    text = url.host or query_host or os.environ.get("PGHOST") or ""
    return [h.strip() for h in text.split(",") if h.strip()]


def check_transport(url: URL) -> None:
    """Refuse a server across a network without TLS: the records (and the password) would cross
    it readable. A Unix socket or loopback needs none; `?sslmode=require` (or verify-ca,
    verify-full, or $PGSSLMODE) gives it; $CASUALTYDB_ALLOW_PLAINTEXT=1 accepts the risk on a
    network the team controls."""
    hosts = _hosts(url)
    remote = [h for h in hosts if not h.startswith("/") and h.lower() not in LOOPBACK]
    if not remote:
        return
    mode = url.query.get("sslmode") or os.environ.get("PGSSLMODE") or ""
    if isinstance(mode, tuple):
        mode = mode[-1]
    if mode in TLS_MODES or os.environ.get(ALLOW_PLAINTEXT_ENV) == "1":
        return
    raise DatabaseOpenError(
        f"refusing to connect to {remote[0]} without TLS (sslmode={mode or 'not set'}): add ?sslmode=verify-full "
        f"(or require) to the URL (docs/sync.md says how to set up the server), or set {ALLOW_PLAINTEXT_ENV}=1 "
        "on a network you control")


def login(conn: Any) -> str:
    """The server login of a Connection, asked once per pooled connection."""
    name = conn.info.get("casualtydb_login")
    if name is None:
        name = str(conn.exec_driver_sql("SELECT session_user").scalar())
        conn.info["casualtydb_login"] = name
    return name


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def team_grants(role: str, owner: str | None = None, schema: str = "public") -> list[str]:
    """The statements that give `role` what a team member needs and no more: read and write the
    records, add to the audit log but never change or remove an entry, never touch the schema.
    Run them as the database's owner after creating the schema and after every upgrade
    (`ALTER DEFAULT PRIVILEGES` covers tables a later migration adds)."""
    r, s = _ident(role), _ident(schema)
    out = [
        f"GRANT USAGE ON SCHEMA {s} TO {r}",
        f"REVOKE CREATE ON SCHEMA {s} FROM {r}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {r}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {r}",
    ]
    for table in APPEND_ONLY:
        out.append(f"REVOKE UPDATE, DELETE, TRUNCATE ON {s}.{_ident(table)} FROM {r}")
    for table in OWNER_ONLY:
        out.append(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {s}.{_ident(table)} FROM {r}")
    who = f" FOR ROLE {_ident(owner)}" if owner else ""
    out.append(f"ALTER DEFAULT PRIVILEGES{who} IN SCHEMA {s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {r}")
    return out
