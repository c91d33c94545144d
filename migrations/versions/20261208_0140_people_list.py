"""The People list's order: live persons by the name they show, in an index (a partial one: only
persons not merged away), so that the list's first screen at a million mentions is one index
range rather than a sort of every person.

Revision ID: peopleui1
Revises: victims1
Create Date: 2026-12-08 01:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "peopleui1"
down_revision: str | None = "victims1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_persons_live_name", "persons", ["display_name", "id"],
                    sqlite_where=sa.text("merged_into_id IS NULL"), postgresql_where=sa.text("merged_into_id IS NULL"))


def downgrade() -> None:
    op.drop_index("ix_persons_live_name", table_name="persons")
