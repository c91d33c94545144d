"""Victims (issue 15): persons, the mentions reports and lists make of them, merges of persons
(so that unmerge restores both) and pairs a person said are not the same individual.

Revision ID: victims1
Revises: extract1
Create Date: 2026-12-06 20:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'victims1'
down_revision: str | None = 'extract1'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('persons',
    sa.Column('display_name', sa.String(length=300), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('merged_into_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['merged_into_id'], ['persons.id'], name=op.f('fk_persons_merged_into_id_persons'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persons_merged_into_id'), ['merged_into_id'], unique=False)

    op.create_table('person_dismissals',
    sa.Column('person_a_id', sa.Uuid(), nullable=False),
    sa.Column('person_b_id', sa.Uuid(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_a_id'], ['persons.id'], name=op.f('fk_person_dismissals_person_a_id_persons'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_b_id'], ['persons.id'], name=op.f('fk_person_dismissals_person_b_id_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_dismissals')),
    sa.UniqueConstraint('person_a_id', 'person_b_id', name=op.f('uq_person_dismissals_person_a_id_person_b_id'))
    )
    op.create_table('person_merges',
    sa.Column('kept_id', sa.Uuid(), nullable=False),
    sa.Column('absorbed_id', sa.Uuid(), nullable=False),
    sa.Column('moved', sa.JSON(), nullable=False),
    sa.Column('merged_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('merged_by', sa.String(length=100), nullable=False),
    sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('undone_by', sa.String(length=100), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['absorbed_id'], ['persons.id'], name=op.f('fk_person_merges_absorbed_id_persons'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['kept_id'], ['persons.id'], name=op.f('fk_person_merges_kept_id_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_merges'))
    )
    with op.batch_alter_table('person_merges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_merges_absorbed_id'), ['absorbed_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_merges_kept_id'), ['kept_id'], unique=False)

    op.create_table('mentions',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=True),
    sa.Column('given', sa.String(length=200), nullable=True),
    sa.Column('father', sa.String(length=200), nullable=True),
    sa.Column('grandfather', sa.String(length=200), nullable=True),
    sa.Column('family', sa.String(length=200), nullable=True),
    sa.Column('laqab', sa.String(length=200), nullable=True),
    sa.Column('kunya', sa.String(length=200), nullable=True),
    sa.Column('sex', sa.Enum('male', 'female', name='sex', native_enum=False, create_constraint=True, length=10), nullable=True),
    sa.Column('age', sa.Integer(), nullable=True),
    sa.Column('age_group', sa.Enum('child', 'adult', name='agegroup', native_enum=False, create_constraint=True, length=10), nullable=True),
    sa.Column('status', sa.Enum('civilian', 'combatant', 'unknown', name='civilianstatus', native_enum=False, create_constraint=True, length=12), nullable=True),
    sa.Column('occupation', sa.String(length=300), nullable=True),
    sa.Column('residence', sa.String(length=300), nullable=True),
    sa.Column('fate', sa.Enum('killed', 'injured', 'missing', 'detained', name='fate', native_enum=False, create_constraint=True, length=10), nullable=True),
    sa.Column('fate_date', sa.Date(), nullable=True),
    sa.Column('place_id', sa.Uuid(), nullable=True),
    sa.Column('place_text', sa.String(length=300), nullable=True),
    sa.Column('cause', sa.String(length=300), nullable=True),
    sa.Column('incident_id', sa.Uuid(), nullable=True),
    sa.Column('incident_label', sa.String(length=300), nullable=True),
    sa.Column('report_id', sa.Uuid(), nullable=True),
    sa.Column('claim_id', sa.Uuid(), nullable=True),
    sa.Column('source_id', sa.Uuid(), nullable=True),
    sa.Column('external_id', sa.String(length=200), nullable=True),
    sa.Column('url', sa.String(length=2000), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('name_key', sa.String(length=500), nullable=False),
    sa.Column('block1', sa.String(length=200), nullable=True),
    sa.Column('block2', sa.String(length=200), nullable=True),
    sa.Column('block3', sa.String(length=200), nullable=True),
    sa.Column('block4', sa.String(length=220), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('age IS NULL OR (age >= 0 AND age <= 130)', name=op.f('ck_mentions_age_range')),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_mentions_claim_id_claims'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_mentions_incident_id_incidents'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_mentions_person_id_persons'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_mentions_place_id_places'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], name=op.f('fk_mentions_report_id_reports'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_mentions_source_id_sources'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions'))
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_block1'), ['block1'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_block2'), ['block2'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_block3'), ['block3'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_block4'), ['block4'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_fate_date'), ['fate_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_place_id'), ['place_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_report_id'), ['report_id'], unique=False)
        batch_op.create_index('ix_mentions_source_external', ['source_id', 'external_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_source_id'), ['source_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_source_id'))
        batch_op.drop_index('ix_mentions_source_external')
        batch_op.drop_index(batch_op.f('ix_mentions_report_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_place_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_person_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_incident_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_fate_date'))
        batch_op.drop_index(batch_op.f('ix_mentions_claim_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_block4'))
        batch_op.drop_index(batch_op.f('ix_mentions_block3'))
        batch_op.drop_index(batch_op.f('ix_mentions_block2'))
        batch_op.drop_index(batch_op.f('ix_mentions_block1'))

    op.drop_table('mentions')
    with op.batch_alter_table('person_merges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_merges_kept_id'))
        batch_op.drop_index(batch_op.f('ix_person_merges_absorbed_id'))

    op.drop_table('person_merges')
    op.drop_table('person_dismissals')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_persons_merged_into_id'))

    op.drop_table('persons')
