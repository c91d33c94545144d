"""What the extraction engine suggested for each report saved through the entry page, kept beside
the claims the person confirmed, so `casualtydb extract-eval` can measure the engine on the
team's own reports (issue 10).

Revision ID: extract1
Revises: mapping1
Create Date: 2026-12-06 21:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "extract1"
down_revision: str | None = "mapping1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "report_suggestions",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("engine", sa.String(40), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name=op.f("fk_report_suggestions_report_id_reports"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("report_id", name=op.f("pk_report_suggestions")),
    )


def downgrade() -> None:
    op.drop_table("report_suggestions")
