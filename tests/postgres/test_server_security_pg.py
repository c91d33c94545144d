"""A team server as docs/sync.md sets it up: an owner, a team role from `server-grants`, one login
per person. A member reads and writes records; the audit log records the login (not what
CASUALTYDB_USER says); a member cannot UPDATE, DELETE or TRUNCATE the audit log or change the
schema; a server across a network is refused without TLS."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from casualtydb.cli import main
from casualtydb.db import open_database
from casualtydb.demo import demo_id
from casualtydb.errors import DatabaseOpenError
from casualtydb.models import AuditEntry, Incident

pytestmark = pytest.mark.postgres


def _admin(pg_server, dbname: str):
    return psycopg.connect(f"host=127.0.0.1 port={pg_server.port} user=postgres dbname={dbname}", autocommit=True)


@pytest.fixture
def team_server(pg_server, pg_url):
    """The database owned by casualty_admin, a team role and the login amal in it."""
    dbname = make_url(pg_url).database
    suffix = dbname[-8:]
    owner, team, amal = f"admin_{suffix}", f"team_{suffix}", f"amal_{suffix}"
    with _admin(pg_server, "postgres") as conn:
        conn.execute(f'CREATE ROLE "{owner}" LOGIN')
        conn.execute(f'CREATE ROLE "{team}" NOLOGIN')
        conn.execute(f'CREATE ROLE "{amal}" LOGIN IN ROLE "{team}"')
        conn.execute(f'ALTER DATABASE "{dbname}" OWNER TO "{owner}"')
    with _admin(pg_server, dbname) as conn:
        conn.execute(f'ALTER SCHEMA public OWNER TO "{owner}"')
    owner_url = pg_url.replace("postgres@", f"{owner}@", 1)
    member_url = pg_url.replace("postgres@", f"{amal}@", 1)
    assert main(["--db", owner_url, "init"]) == 0
    assert main(["--db", owner_url, "demo"]) == 0
    assert main(["--db", owner_url, "server-grants", team, "--apply"]) == 0
    yield owner_url, member_url, amal
    with _admin(pg_server, "postgres") as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
        for role in (amal, team, owner):
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_a_member_writes_records_under_the_login_and_cannot_rewrite_history(team_server, monkeypatch) -> None:
    owner_url, member_url, amal = team_server
    monkeypatch.setenv("CASUALTYDB_USER", "someone else entirely")
    db = open_database(member_url)
    try:
        with db.transaction(user="a name from the settings") as s:
            s.get(Incident, demo_id("incident:strike-sousa")).description_en = "edited by a member"
        with db.session() as s:
            entry = s.scalars(select(AuditEntry).order_by(AuditEntry.at.desc())).first()
            assert entry.user == amal and entry.new == {"description_en": "edited by a member"}
            assert s.get(Incident, demo_id("incident:strike-sousa")).updated_by == amal
        with db.engine.connect() as conn:
            for statement in ("UPDATE audit_log SET \"user\" = 'nobody'", "DELETE FROM audit_log",
                              "TRUNCATE audit_log", "DELETE FROM alembic_version",
                              "ALTER TABLE claims ADD COLUMN x integer", "DROP TABLE claims",
                              "CREATE TABLE public.sneaky (x integer)"):
                with pytest.raises(Exception, match="permission denied|must be owner"):
                    with conn.begin():
                        conn.exec_driver_sql(statement)
            assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() > 0
    finally:
        db.dispose()


def test_the_grants_are_printed_for_a_person_to_read(team_server, capsys) -> None:
    owner_url, _, _ = team_server
    assert main(["--db", owner_url, "server-grants", "readers"]) == 0
    out = capsys.readouterr().out
    assert 'REVOKE UPDATE, DELETE, TRUNCATE ON "public"."audit_log" FROM "readers";' in out


@pytest.mark.parametrize("url, refused", [
    ("postgresql+psycopg://amal@10.1.2.3/casualtydb", True),
    ("postgresql+psycopg://amal@db.example.org/casualtydb?sslmode=prefer", True),
    ("postgresql+psycopg://amal@db.example.org/casualtydb?sslmode=disable", True),
    ("postgresql+psycopg://amal@localhost/casualtydb", False),
    ("postgresql+psycopg://amal@/casualtydb?host=/var/run/postgresql", False),
])
def test_a_server_across_a_network_needs_tls(url: str, refused: bool, monkeypatch) -> None:
    from casualtydb.server import check_transport

    monkeypatch.delenv("PGSSLMODE", raising=False)
    monkeypatch.delenv("PGHOST", raising=False)
    monkeypatch.delenv("CASUALTYDB_ALLOW_PLAINTEXT", raising=False)
    if refused:
        with pytest.raises(DatabaseOpenError, match="without TLS"):
            open_database(url)
        monkeypatch.setenv("CASUALTYDB_ALLOW_PLAINTEXT", "1")
        check_transport(make_url(url))  # told otherwise
    else:
        check_transport(make_url(url))
    check_transport(make_url(url.split("?")[0] + "?sslmode=verify-full"))
