"""Initial schema: sources, reports, incidents, claims, assessments, gazetteer, actors, audit log.

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 00:27:13.312849
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('name_ar', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=True),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actors'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('action', sa.Enum('insert', 'update', 'delete', name='auditaction', native_enum=False, create_constraint=True, length=10), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('old', sa.JSON(), nullable=True),
    sa.Column('new', sa.JSON(), nullable=True),
    sa.Column('context', sa.String(length=300), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_log_record', ['table_name', 'record_id', 'at'], unique=False)

    op.create_table('database_info',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_database_info'))
    )
    op.create_table('incidents',
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.Enum('day', 'days', 'week', 'month', 'year', name='dateprecision', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('event_type', sa.Enum('airstrike', 'shelling', 'ground_attack', 'explosive_device', 'execution', 'siege', 'detention_campaign', 'other', name='eventtype', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('description_ar', sa.Text(), nullable=True),
    sa.Column('description_en', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('notes_sensitive', sa.Boolean(), nullable=False),
    sa.Column('grade', sa.Enum('confirmed', 'fair', 'weak', 'contested', 'discounted', name='grade', native_enum=False, create_constraint=True, length=20), nullable=True),
    sa.Column('grade_reasons', sa.Text(), nullable=True),
    sa.Column('grade_accepted_by', sa.String(length=100), nullable=True),
    sa.Column('grade_accepted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('end_date IS NULL OR end_date >= start_date', name=op.f('ck_incidents_dates_ordered')),
    sa.ForeignKeyConstraint(['merged_into_id'], ['incidents.id'], name=op.f('fk_incidents_merged_into_id_incidents'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incidents'))
    )
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incidents_merged_into_id'), ['merged_into_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_month'), ['month'], unique=False)
        batch_op.create_index('ix_incidents_month_start', ['month', 'start_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_start_date'), ['start_date'], unique=False)

    op.create_table('places',
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('level', sa.Enum('country', 'governorate', 'district', 'sub-district', 'community', 'neighbourhood', name='placelevel', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('pcode', sa.String(length=20), nullable=True),
    sa.Column('name_ar', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=True),
    sa.Column('alt_names', sa.JSON(), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('path', sa.String(length=400), nullable=False),
    sa.Column('origin', sa.String(length=300), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['places.id'], name=op.f('fk_places_parent_id_places'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_places')),
    sa.UniqueConstraint('pcode', name=op.f('uq_places_pcode'))
    )
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.create_index('ix_places_level_name_ar', ['level', 'name_ar'], unique=False)
        batch_op.create_index(batch_op.f('ix_places_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_places_path'), ['path'], unique=False)

    op.create_table('sources',
    sa.Column('name_ar', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=True),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('kind', sa.Enum('news_outlet', 'ngo', 'official', 'medical', 'belligerent', 'witness_network', 'social_media', 'other', name='sourcekind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('reliability', sa.Enum('A', 'B', 'C', 'D', 'E', 'F', name='reliability', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('url', sa.String(length=2000), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('contact', sa.Text(), nullable=True),
    sa.Column('notes_sensitive', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources'))
    )
    op.create_table('assessments',
    sa.Column('incident_id', sa.Uuid(), nullable=False),
    sa.Column('category', sa.Enum('killed', 'injured', 'missing', 'detained', 'besieged', 'displaced', name='category', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('victim_group', sa.Enum('civilians', 'children', 'women', 'men', 'combatants', 'unknown', name='victimgroup', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('low', sa.Integer(), nullable=False),
    sa.Column('best', sa.Integer(), nullable=False),
    sa.Column('high', sa.Integer(), nullable=True),
    sa.Column('rule', sa.String(length=60), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('assessed_by', sa.String(length=100), nullable=False),
    sa.Column('assessed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('withdrawn_by', sa.String(length=100), nullable=True),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('length(rationale) > 0', name=op.f('ck_assessments_rationale_required')),
    sa.CheckConstraint('low >= 0 AND low <= best AND (high IS NULL OR best <= high)', name=op.f('ck_assessments_low_best_high')),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_assessments_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessments'))
    )
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessments_incident_id'), ['incident_id'], unique=False)

    op.create_table('duplicate_dismissals',
    sa.Column('incident_a_id', sa.Uuid(), nullable=False),
    sa.Column('incident_b_id', sa.Uuid(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['incident_a_id'], ['incidents.id'], name=op.f('fk_duplicate_dismissals_incident_a_id_incidents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['incident_b_id'], ['incidents.id'], name=op.f('fk_duplicate_dismissals_incident_b_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duplicate_dismissals')),
    sa.UniqueConstraint('incident_a_id', 'incident_b_id', name=op.f('uq_duplicate_dismissals_incident_a_id_incident_b_id'))
    )
    op.create_table('incident_figures',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('incident_id', sa.Uuid(), nullable=False),
    sa.Column('category', sa.Enum('killed', 'injured', 'missing', 'detained', 'besieged', 'displaced', name='category', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('victim_group', sa.Enum('civilians', 'children', 'women', 'men', 'combatants', 'unknown', name='victimgroup', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('low', sa.Integer(), nullable=True),
    sa.Column('best', sa.Integer(), nullable=True),
    sa.Column('high', sa.Integer(), nullable=True),
    sa.Column('rule', sa.String(length=60), nullable=False),
    sa.Column('status', sa.Enum('single source', 'corroborated', 'conflicting', 'reconciled', 'needs review', name='conflictstatus', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('severity', sa.Float(), nullable=False),
    sa.Column('claims_count', sa.Integer(), nullable=False),
    sa.Column('independent_sources', sa.Integer(), nullable=False),
    sa.Column('computed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_incident_figures_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_figures')),
    sa.UniqueConstraint('incident_id', 'category', 'victim_group', name=op.f('uq_incident_figures_incident_id_category_victim_group'))
    )
    with op.batch_alter_table('incident_figures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_figures_severity'), ['severity'], unique=False)

    op.create_table('incident_merges',
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
    sa.ForeignKeyConstraint(['absorbed_id'], ['incidents.id'], name=op.f('fk_incident_merges_absorbed_id_incidents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['kept_id'], ['incidents.id'], name=op.f('fk_incident_merges_kept_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_merges'))
    )
    with op.batch_alter_table('incident_merges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_merges_absorbed_id'), ['absorbed_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_merges_kept_id'), ['kept_id'], unique=False)

    op.create_table('incident_places',
    sa.Column('incident_id', sa.Uuid(), nullable=False),
    sa.Column('place_id', sa.Uuid(), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.Column('precision', sa.Enum('exact', 'neighbourhood', 'town', 'subdistrict', 'district', 'governorate', name='locationprecision', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_incident_places_incident_id_incidents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_incident_places_place_id_places'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_places')),
    sa.UniqueConstraint('incident_id', 'place_id', name=op.f('uq_incident_places_incident_id_place_id'))
    )
    with op.batch_alter_table('incident_places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_places_place_id'), ['place_id'], unique=False)

    op.create_table('reports',
    sa.Column('source_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=1000), nullable=True),
    sa.Column('author', sa.String(length=300), nullable=True),
    sa.Column('published_date', sa.Date(), nullable=True),
    sa.Column('published_time', sa.Time(), nullable=True),
    sa.Column('url', sa.String(length=2000), nullable=True),
    sa.Column('language', sa.String(length=10), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('retrieved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('relays_report_id', sa.Uuid(), nullable=True),
    sa.Column('relays_source_id', sa.Uuid(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('notes_sensitive', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('relays_report_id IS NULL OR relays_report_id <> id', name=op.f('ck_reports_not_self_relay')),
    sa.ForeignKeyConstraint(['relays_report_id'], ['reports.id'], name=op.f('fk_reports_relays_report_id_reports'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['relays_source_id'], ['sources.id'], name=op.f('fk_reports_relays_source_id_sources'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_reports_source_id_sources'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reports'))
    )
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reports_published_date'), ['published_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_reports_relays_report_id'), ['relays_report_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reports_relays_source_id'), ['relays_source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reports_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reports_url'), ['url'], unique=False)

    op.create_table('claims',
    sa.Column('report_id', sa.Uuid(), nullable=False),
    sa.Column('incident_id', sa.Uuid(), nullable=False),
    sa.Column('category', sa.Enum('killed', 'injured', 'missing', 'detained', 'besieged', 'displaced', name='category', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('victim_group', sa.Enum('civilians', 'children', 'women', 'men', 'combatants', 'unknown', name='victimgroup', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('min', sa.Integer(), nullable=True),
    sa.Column('max', sa.Integer(), nullable=True),
    sa.Column('approximate', sa.Boolean(), nullable=False),
    sa.Column('vague', sa.String(length=200), nullable=True),
    sa.Column('quote', sa.Text(), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('credibility', sa.Integer(), nullable=True),
    sa.Column('part_of_id', sa.Uuid(), nullable=True),
    sa.Column('stated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('victim_names', sa.Text(), nullable=True),
    sa.Column('witnesses', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('"max" IS NULL OR ("min" IS NOT NULL AND "max" >= "min")', name=op.f('ck_claims_max_not_below_min')),
    sa.CheckConstraint('"min" IS NOT NULL OR vague IS NOT NULL', name=op.f('ck_claims_figure_or_vague')),
    sa.CheckConstraint('"min" IS NULL OR "min" >= 0', name=op.f('ck_claims_min_not_negative')),
    sa.CheckConstraint('credibility IS NULL OR (credibility BETWEEN 1 AND 6)', name=op.f('ck_claims_credibility_1_6')),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_claims_incident_id_incidents'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['part_of_id'], ['claims.id'], name=op.f('fk_claims_part_of_id_claims'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], name=op.f('fk_claims_report_id_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims'))
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index('ix_claims_incident_category_group', ['incident_id', 'category', 'victim_group'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_report_id'), ['report_id'], unique=False)

    op.create_table('incident_actors',
    sa.Column('incident_id', sa.Uuid(), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.Enum('alleged', 'claimed', 'denied', 'controls', name='actorrole', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('report_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_incident_actors_actor_id_actors'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_incident_actors_incident_id_incidents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], name=op.f('fk_incident_actors_report_id_reports'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_actors')),
    sa.UniqueConstraint('incident_id', 'actor_id', 'role', name=op.f('uq_incident_actors_incident_id_actor_id_role'))
    )
    with op.batch_alter_table('incident_actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_actors_actor_id'), ['actor_id'], unique=False)

    op.create_table('assessment_claims',
    sa.Column('assessment_id', sa.Uuid(), nullable=False),
    sa.Column('claim_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessments.id'], name=op.f('fk_assessment_claims_assessment_id_assessments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_assessment_claims_claim_id_claims'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('assessment_id', 'claim_id', name=op.f('pk_assessment_claims'))
    )


def downgrade() -> None:
    op.drop_table('assessment_claims')
    with op.batch_alter_table('incident_actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_actors_actor_id'))

    op.drop_table('incident_actors')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claims_report_id'))
        batch_op.drop_index('ix_claims_incident_category_group')

    op.drop_table('claims')
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reports_url'))
        batch_op.drop_index(batch_op.f('ix_reports_source_id'))
        batch_op.drop_index(batch_op.f('ix_reports_relays_source_id'))
        batch_op.drop_index(batch_op.f('ix_reports_relays_report_id'))
        batch_op.drop_index(batch_op.f('ix_reports_published_date'))

    op.drop_table('reports')
    with op.batch_alter_table('incident_places', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_places_place_id'))

    op.drop_table('incident_places')
    with op.batch_alter_table('incident_merges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_merges_kept_id'))
        batch_op.drop_index(batch_op.f('ix_incident_merges_absorbed_id'))

    op.drop_table('incident_merges')
    with op.batch_alter_table('incident_figures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_figures_severity'))

    op.drop_table('incident_figures')
    op.drop_table('duplicate_dismissals')
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessments_incident_id'))

    op.drop_table('assessments')
    op.drop_table('sources')
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_places_path'))
        batch_op.drop_index(batch_op.f('ix_places_parent_id'))
        batch_op.drop_index('ix_places_level_name_ar')

    op.drop_table('places')
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incidents_start_date'))
        batch_op.drop_index('ix_incidents_month_start')
        batch_op.drop_index(batch_op.f('ix_incidents_month'))
        batch_op.drop_index(batch_op.f('ix_incidents_merged_into_id'))

    op.drop_table('incidents')
    op.drop_table('database_info')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_record')
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    op.drop_table('actors')
