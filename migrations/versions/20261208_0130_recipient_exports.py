"""Exports to named recipients and the rows each holds, for `export --since-last` (issue 17).

Revision ID: sincelast1
Revises: victims1
Create Date: 2026-12-08 01:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "sincelast1"
down_revision: str | None = "victims1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "recipient_exports",
        sa.Column("recipient", sa.String(200), nullable=False),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lang", sa.String(2), nullable=False),
        sa.Column("date_from", sa.Date(), nullable=True),
        sa.Column("date_to", sa.Date(), nullable=True),
        sa.Column("place", sa.String(300), nullable=True),
        sa.Column("redact", sa.Boolean(), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("withdrawn", sa.Integer(), nullable=False),
        sa.Column("audit_seq", sa.BigInteger(), nullable=True),
        sa.Column("audit_hash", sa.String(64), nullable=True),
        sa.Column("previous_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("updated_by", sa.String(100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["previous_id"], ["recipient_exports.id"],
                                name=op.f("fk_recipient_exports_previous_id_recipient_exports"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient_exports")),
    )
    with op.batch_alter_table("recipient_exports") as batch_op:
        batch_op.create_index(batch_op.f("ix_recipient_exports_recipient"), ["recipient"], unique=False)
    op.create_table(
        "recipient_rows",
        sa.Column("recipient", sa.String(200), nullable=False),
        sa.Column("sheet", sa.String(20), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("export_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["export_id"], ["recipient_exports.id"],
                                name=op.f("fk_recipient_rows_export_id_recipient_exports"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("recipient", "sheet", "key", name=op.f("pk_recipient_rows")),
    )
    with op.batch_alter_table("recipient_rows") as batch_op:
        batch_op.create_index("ix_recipient_rows_export_id", ["export_id"], unique=False)


def downgrade() -> None:
    op.drop_table("recipient_rows")
    op.drop_table("recipient_exports")
