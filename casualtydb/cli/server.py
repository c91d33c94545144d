"""`server-grants`: the privileges of a team's role on a PostgreSQL server (docs/sync.md)."""

from __future__ import annotations

import argparse

from sqlalchemy import text

from ..errors import CasualtyDBError
from ..server import team_grants
from .common import open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "server-grants", help="print (or --apply) the GRANTs of a team role on a PostgreSQL --db",
        description="Team members read and write the records but can only add to the audit log, never "
                    "change or delete an entry, and never change the schema. Run as the database's owner, "
                    "after `init` and after every upgrade.")
    p.add_argument("role", metavar="ROLE", help="the team's role (its members are the team's logins)")
    p.add_argument("--apply", action="store_true", help="run the statements on --db instead of printing them")
    p.set_defaults(func=cmd_server_grants)


def cmd_server_grants(args: argparse.Namespace) -> int:
    db = open_db(args)
    if db.is_sqlite:
        raise CasualtyDBError("server-grants is for a PostgreSQL --db; a file is protected by encryption instead")
    with db.engine.begin() as conn:  # one transaction: all the grants or none
        owner = conn.execute(text("SELECT current_user")).scalar()
        statements = team_grants(args.role, owner=str(owner))
        if not args.apply:
            for statement in statements:
                print(statement + ";")
            return 0
        for statement in statements:
            conn.exec_driver_sql(statement)
    print(f"granted {args.role} the team's privileges on {db.describe()} (audit log: read and add only)")
    return 0
