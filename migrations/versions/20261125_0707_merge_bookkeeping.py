"""Merge bookkeeping: known record versions, peer versions, id map, merge runs, conflicts, matches.

Revision ID: 0707
Revises: 0410
Create Date: 2026-11-25 00:37:32.289611
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0707'
down_revision: str | None = '0410'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('merge_conflicts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('run_id', sa.Uuid(), nullable=True),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('edit', 'delete', name='conflictkind', native_enum=False, create_constraint=True, length=10), nullable=False),
    sa.Column('local', sa.JSON(), nullable=True),
    sa.Column('remote', sa.JSON(), nullable=True),
    sa.Column('applied', sa.Enum('local', 'remote', name='applied_side', native_enum=False, create_constraint=True, length=10), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('peer_label', sa.String(length=500), nullable=False),
    sa.Column('detected_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by', sa.String(length=100), nullable=True),
    sa.Column('resolution', sa.Enum('local', 'remote', name='resolution_side', native_enum=False, create_constraint=True, length=10), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merge_conflicts'))
    )
    with op.batch_alter_table('merge_conflicts', schema=None) as batch_op:
        batch_op.create_index('ix_merge_conflicts_record', ['table_name', 'record_id'], unique=False)
        batch_op.create_index('ix_merge_conflicts_resolved_at', ['resolved_at'], unique=False)

    op.create_table('merge_matches',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('run_id', sa.Uuid(), nullable=True),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('local_id', sa.Uuid(), nullable=False),
    sa.Column('remote_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('status', sa.Enum('proposed', 'confirmed', 'rejected', name='matchstatus', native_enum=False, create_constraint=True, length=10), nullable=False),
    sa.Column('proposed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sa.String(length=100), nullable=True),
    sa.Column('kept_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merge_matches')),
    sa.UniqueConstraint('table_name', 'local_id', 'remote_id', name=op.f('uq_merge_matches_table_name_local_id_remote_id'))
    )
    with op.batch_alter_table('merge_matches', schema=None) as batch_op:
        batch_op.create_index('ix_merge_matches_status', ['status'], unique=False)

    op.create_table('sync_id_map',
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('absorbed_id', sa.Uuid(), nullable=False),
    sa.Column('kept_id', sa.Uuid(), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by', sa.String(length=100), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.PrimaryKeyConstraint('table_name', 'absorbed_id', name=op.f('pk_sync_id_map'))
    )
    op.create_table('sync_peer_versions',
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('hash', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('peer_id', 'table_name', 'record_id', name=op.f('pk_sync_peer_versions'))
    )
    op.create_table('sync_runs',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('peer_label', sa.String(length=500), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_runs'))
    )
    with op.batch_alter_table('sync_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_runs_peer_id'), ['peer_id'], unique=False)

    op.create_table('sync_versions',
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('hash', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'record_id', 'hash', name=op.f('pk_sync_versions'))
    )


def downgrade() -> None:
    op.drop_table('sync_versions')
    with op.batch_alter_table('sync_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_runs_peer_id'))

    op.drop_table('sync_runs')
    op.drop_table('sync_peer_versions')
    op.drop_table('sync_id_map')
    with op.batch_alter_table('merge_matches', schema=None) as batch_op:
        batch_op.drop_index('ix_merge_matches_status')

    op.drop_table('merge_matches')
    with op.batch_alter_table('merge_conflicts', schema=None) as batch_op:
        batch_op.drop_index('ix_merge_conflicts_resolved_at')
        batch_op.drop_index('ix_merge_conflicts_record')

    op.drop_table('merge_conflicts')
