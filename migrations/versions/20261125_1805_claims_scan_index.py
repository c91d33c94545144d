"""Claims: the (incident, category, group) index also covers what the cross-referencing scan reads.

The scan keeps each report's latest claim per group (NOT EXISTS a later one: report_id,
stated_at, created_at, id) and reads its figure, approximation and credibility; with these in
the index the scan of 1,000,000 claims never touches the claims table. The figures the incident
list and dashboard read (min, max, part_of_id, report_id) stay covered; report_id moves up to
follow the group, so the scan's lookups are index seeks.

Revision ID: 1805
Revises: 1342
Create Date: 2026-11-25 18:05:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = "1805"
down_revision: str | None = "1342"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_claims_incident_category_group"
COLUMNS = ["incident_id", "category", "victim_group", "report_id", "stated_at", "created_at", "id", "min", "max",
           "part_of_id", "approximate", "credibility"]
PREVIOUS = ["incident_id", "category", "victim_group", "min", "max", "part_of_id", "report_id"]


def upgrade() -> None:
    op.drop_index(NAME, table_name="claims")
    op.create_index(NAME, "claims", COLUMNS, unique=False)


def downgrade() -> None:
    op.drop_index(NAME, table_name="claims")
    op.create_index(NAME, "claims", PREVIOUS, unique=False)
