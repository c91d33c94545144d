"""The People list's order: live persons by the name they show, in an index led by
merged_into_id (live persons are those with none), so that the list's first screen at a
million mentions is one index range (13 ms) rather than a sort of every person (0.5 s and
more). A partial index (WHERE merged_into_id IS NULL) was not chosen by SQLite's planner
without ANALYZE: it preferred the merged_into_id index and sorted.

Revision ID: peopleui1
Revises: sincelast1
Create Date: 2026-12-08 01:40:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = "peopleui1"
down_revision: str | None = "sincelast1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_persons_live_name", "persons", ["merged_into_id", "display_name", "id"])


def downgrade() -> None:
    op.drop_index("ix_persons_live_name", table_name="persons")
