"""The audit log as a hash chain (issue 14, docs/security.md): each entry's origin (the database it
was made in), its number in that origin's chain, the previous entry's hash and its own.

Nullable: entries written before this revision are chained once, in the order they were made, by
casualtydb.chain.seal_unchained right after the upgrade (casualtydb.db runs it).

Revision ID: chain1
Revises: drafts1
Create Date: 2026-12-04 20:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "chain1"
down_revision: str | None = "drafts1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("origin", sa.String(36), nullable=True))
        batch.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(64), nullable=True))
    op.create_index("ix_audit_log_chain", "audit_log", ["origin", "seq"])


def downgrade() -> None:
    op.execute("DELETE FROM database_info WHERE key = 'chain_head'")
    op.drop_index("ix_audit_log_chain", table_name="audit_log")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
        batch.drop_column("seq")
        batch.drop_column("origin")
