"""Reports: a covering index for the cross-referencing scan's lookup of each claim's report.

The scan reads, for every claim, its report's source, relay links and date. In the table those
relay links come after the report's full text, which for real articles spans overflow pages
that SQLite walks on every lookup; the index answers from a few bytes. Unique (id is), so that
SQLite's planner prefers it to the primary-key index without statistics.

Revision ID: 1830
Revises: 1805
Create Date: 2026-11-25 18:30:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = "1830"
down_revision: str | None = "1805"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_reports_crossref"


def upgrade() -> None:
    op.create_index(NAME, "reports", ["id", "source_id", "relays_report_id", "relays_source_id", "published_date"],
                    unique=True)


def downgrade() -> None:
    op.drop_index(NAME, table_name="reports")
