"""Indexes on the two foreign keys that deleting a claim or a report has to check.

Deleting a claim makes SQLite look for claims that are part of it (`claims.part_of_id`, SET
NULL) and deleting a report for incident actors it attributed (`incident_actors.report_id`);
without an index each of those checks reads the whole table, so deleting a source with a
thousand reports at a million claims took minutes. PostgreSQL has the same need.

Revision ID: fkidx1
Revises: attach1
Create Date: 2026-12-04 22:00:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = "fkidx1"
down_revision: str | None = "attach1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_claims_part_of_id", "claims", ["part_of_id"])
    op.create_index("ix_incident_actors_report_id", "incident_actors", ["report_id"])


def downgrade() -> None:
    op.drop_index("ix_incident_actors_report_id", table_name="incident_actors")
    op.drop_index("ix_claims_part_of_id", table_name="claims")
