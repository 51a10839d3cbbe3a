"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('counter',
    sa.Column('scope', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('scope', 'name', name=op.f('pk_counter'))
    )
    op.create_table('petitioner',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('document_type', sa.String(length=24), nullable=False),
    sa.Column('document_number', sa.String(length=32), nullable=True),
    sa.Column('id_tail_rev', sa.String(length=8), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=8), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('phone_tail_rev', sa.String(length=8), nullable=False),
    sa.Column('address', sa.String(length=256), nullable=False),
    sa.Column('is_disabled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petitioner')),
    sa.UniqueConstraint('document_type', 'document_number', name=op.f('uq_petitioner_document_type_document_number'))
    )
    with op.batch_alter_table('petitioner', schema=None) as batch_op:
        batch_op.create_index('ix_petitioner_id_tail_rev', ['id_tail_rev'], unique=False, postgresql_ops={'id_tail_rev': 'text_pattern_ops'})
        batch_op.create_index('ix_petitioner_name', ['name'], unique=False, postgresql_ops={'name': 'text_pattern_ops'})
        batch_op.create_index('ix_petitioner_phone', ['phone'], unique=False)
        batch_op.create_index('ix_petitioner_phone_tail_rev', ['phone_tail_rev'], unique=False, postgresql_ops={'phone_tail_rev': 'text_pattern_ops'})

    op.create_table('reception_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('venue', sa.String(length=128), nullable=False),
    sa.Column('organisation_name', sa.String(length=128), nullable=False),
    sa.Column('case_number_prefix', sa.String(length=8), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reception_event'))
    )
    with op.batch_alter_table('reception_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reception_event_event_date'), ['event_date'], unique=False)

    op.create_table('topic',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('national_class_code', sa.String(length=16), nullable=False),
    sa.Column('default_service_minutes', sa.Float(), nullable=False),
    sa.Column('is_general', sa.Boolean(), nullable=False),
    sa.Column('is_legal_related', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_topic')),
    sa.UniqueConstraint('code', name=op.f('uq_topic_code'))
    )
    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('short_name', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('contact_person', sa.String(length=64), nullable=False),
    sa.Column('contact_phone', sa.String(length=32), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit')),
    sa.UniqueConstraint('name', name=op.f('uq_unit_name'))
    )
    op.create_table('leader',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=128), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_leader_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leader'))
    )
    op.create_table('petitioner_search_key',
    sa.Column('petitioner_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['petitioner_id'], ['petitioner.id'], name=op.f('fk_petitioner_search_key_petitioner_id_petitioner'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('petitioner_id', 'key', name=op.f('pk_petitioner_search_key'))
    )
    with op.batch_alter_table('petitioner_search_key', schema=None) as batch_op:
        batch_op.create_index('ix_petitioner_search_key_key', ['key', 'petitioner_id'], unique=False, postgresql_ops={'key': 'text_pattern_ops'})

    op.create_table('room',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('location', sa.String(length=64), nullable=False),
    sa.Column('is_open', sa.Boolean(), nullable=False),
    sa.Column('is_general', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['reception_event.id'], name=op.f('fk_room_event_id_reception_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room')),
    sa.UniqueConstraint('event_id', 'number', name=op.f('uq_room_event_id_number'))
    )
    with op.batch_alter_table('room', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_room_event_id'), ['event_id'], unique=False)

    op.create_table('topic_unit_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['topic_id'], ['topic.id'], name=op.f('fk_topic_unit_rule_topic_id_topic'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_topic_unit_rule_unit_id_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_topic_unit_rule')),
    sa.UniqueConstraint('topic_id', 'unit_id', name=op.f('uq_topic_unit_rule_topic_id_unit_id'))
    )
    op.create_table('room_leader',
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('leader_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['leader_id'], ['leader.id'], name=op.f('fk_room_leader_leader_id_leader'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_room_leader_room_id_room'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('room_id', 'leader_id', name=op.f('pk_room_leader'))
    )
    op.create_table('room_topic',
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_room_topic_room_id_room'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['topic_id'], ['topic.id'], name=op.f('fk_room_topic_topic_id_topic'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('room_id', 'topic_id', name=op.f('pk_room_topic'))
    )
    op.create_table('room_unit',
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_room_unit_room_id_room'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_room_unit_unit_id_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('room_id', 'unit_id', name=op.f('pk_room_unit'))
    )
    op.create_table('visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_key', sa.String(length=36), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.Column('head_count', sa.Integer(), nullable=False),
    sa.Column('is_collective', sa.Boolean(), nullable=False),
    sa.Column('priority', sa.String(length=16), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('demand', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('requested_room_id', sa.Integer(), nullable=True),
    sa.Column('requested_leader_id', sa.Integer(), nullable=True),
    sa.Column('window_start', sa.DateTime(), nullable=True),
    sa.Column('window_end', sa.DateTime(), nullable=True),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('allocation_reason', sa.String(length=32), nullable=False),
    sa.Column('override_reason', sa.String(length=256), nullable=False),
    sa.Column('expected_wait_minutes', sa.Float(), nullable=True),
    sa.Column('ticket_number', sa.Integer(), nullable=True),
    sa.Column('queue_seq', sa.Integer(), nullable=True),
    sa.Column('is_repeat', sa.Boolean(), nullable=False),
    sa.Column('no_show_count', sa.Integer(), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(), nullable=True),
    sa.Column('called_at', sa.DateTime(), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('station', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('(head_count >= 5) = is_collective', name=op.f('ck_visit_collective_iff_five_or_more')),
    sa.CheckConstraint('head_count >= 1', name=op.f('ck_visit_head_count_positive')),
    sa.ForeignKeyConstraint(['event_id'], ['reception_event.id'], name=op.f('fk_visit_event_id_reception_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['requested_leader_id'], ['leader.id'], name=op.f('fk_visit_requested_leader_id_leader')),
    sa.ForeignKeyConstraint(['requested_room_id'], ['room.id'], name=op.f('fk_visit_requested_room_id_room')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_visit_room_id_room')),
    sa.ForeignKeyConstraint(['topic_id'], ['topic.id'], name=op.f('fk_visit_topic_id_topic')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit')),
    sa.UniqueConstraint('client_key', name=op.f('uq_visit_client_key')),
    sa.UniqueConstraint('event_id', 'ticket_number', name=op.f('uq_visit_event_id_ticket_number'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index('ix_visit_event_status', ['event_id', 'status'], unique=False)
        batch_op.create_index('ix_visit_room_status', ['room_id', 'status'], unique=False)

    op.create_table('petition_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('case_number', sa.String(length=32), nullable=False),
    sa.Column('query_code', sa.String(length=8), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('demand', sa.Text(), nullable=False),
    sa.Column('statutory_category', sa.String(length=16), nullable=False),
    sa.Column('is_confidential', sa.Boolean(), nullable=False),
    sa.Column('accused_unit_id', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.String(length=24), nullable=True),
    sa.Column('outcome_note', sa.Text(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('leader_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['accused_unit_id'], ['unit.id'], name=op.f('fk_petition_case_accused_unit_id_unit')),
    sa.ForeignKeyConstraint(['event_id'], ['reception_event.id'], name=op.f('fk_petition_case_event_id_reception_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['leader_id'], ['leader.id'], name=op.f('fk_petition_case_leader_id_leader')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_petition_case_room_id_room')),
    sa.ForeignKeyConstraint(['topic_id'], ['topic.id'], name=op.f('fk_petition_case_topic_id_topic')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_petition_case_visit_id_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petition_case')),
    sa.UniqueConstraint('case_number', name=op.f('uq_petition_case_case_number')),
    sa.UniqueConstraint('query_code', name=op.f('uq_petition_case_query_code'))
    )
    with op.batch_alter_table('petition_case', schema=None) as batch_op:
        batch_op.create_index('ix_case_event_outcome', ['event_id', 'outcome'], unique=False)
        batch_op.create_index(batch_op.f('ix_petition_case_visit_id'), ['visit_id'], unique=False)

    op.create_table('visit_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('petitioner_id', sa.Integer(), nullable=False),
    sa.Column('is_representative', sa.Boolean(), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['petitioner_id'], ['petitioner.id'], name=op.f('fk_visit_member_petitioner_id_petitioner')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_visit_member_visit_id_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_member')),
    sa.UniqueConstraint('visit_id', 'petitioner_id', name=op.f('uq_visit_member_visit_id_petitioner_id'))
    )
    with op.batch_alter_table('visit_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_member_petitioner_id'), ['petitioner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_member_visit_id'), ['visit_id'], unique=False)

    op.create_table('assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('lead_unit_id', sa.Integer(), nullable=False),
    sa.Column('urgency', sa.String(length=8), nullable=False),
    sa.Column('instruction', sa.Text(), nullable=False),
    sa.Column('handed_over_at', sa.DateTime(), nullable=False),
    sa.Column('feedback_due', sa.Date(), nullable=False),
    sa.Column('acceptance_due', sa.Date(), nullable=False),
    sa.Column('handling_due', sa.Date(), nullable=False),
    sa.Column('first_feedback_at', sa.DateTime(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('reopened_count', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['petition_case.id'], name=op.f('fk_assignment_case_id_petition_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lead_unit_id'], ['unit.id'], name=op.f('fk_assignment_lead_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignment')),
    sa.UniqueConstraint('case_id', name=op.f('uq_assignment_case_id'))
    )
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.create_index('ix_assignment_feedback_due', ['feedback_due'], unique=False)
        batch_op.create_index('ix_assignment_unit_status', ['lead_unit_id', 'status'], unique=False)

    op.create_table('print_job',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('document', sa.String(length=24), nullable=False),
    sa.Column('copy_label', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('visit_id', sa.Integer(), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('reprint_no', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('station', sa.String(length=32), nullable=False),
    sa.Column('user_name', sa.String(length=64), nullable=False),
    sa.Column('printer', sa.String(length=128), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('error', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['petition_case.id'], name=op.f('fk_print_job_case_id_petition_case')),
    sa.ForeignKeyConstraint(['event_id'], ['reception_event.id'], name=op.f('fk_print_job_event_id_reception_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_print_job_unit_id_unit')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_print_job_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_job'))
    )
    with op.batch_alter_table('print_job', schema=None) as batch_op:
        batch_op.create_index('ix_print_job_case', ['case_id'], unique=False)
        batch_op.create_index('ix_print_job_event_status', ['event_id', 'status'], unique=False)

    op.create_table('assignment_co_unit',
    sa.Column('assignment_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assignment_id'], ['assignment.id'], name=op.f('fk_assignment_co_unit_assignment_id_assignment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_assignment_co_unit_unit_id_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('assignment_id', 'unit_id', name=op.f('pk_assignment_co_unit'))
    )
    op.create_table('extension',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assignment_id', sa.Integer(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('approver', sa.String(length=64), nullable=False),
    sa.Column('granted_at', sa.DateTime(), nullable=False),
    sa.Column('previous_due', sa.Date(), nullable=False),
    sa.Column('new_due', sa.Date(), nullable=False),
    sa.CheckConstraint('days >= 1 AND days <= 30', name=op.f('ck_extension_days_in_limit')),
    sa.ForeignKeyConstraint(['assignment_id'], ['assignment.id'], name=op.f('fk_extension_assignment_id_assignment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_extension'))
    )
    with op.batch_alter_table('extension', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_extension_assignment_id'), ['assignment_id'], unique=False)

    op.create_table('feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assignment_id', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('reported_by', sa.String(length=64), nullable=False),
    sa.Column('closes', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['assignment_id'], ['assignment.id'], name=op.f('fk_feedback_assignment_id_assignment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback'))
    )
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_assignment_id'), ['assignment_id'], unique=False)

    op.create_table('follow_up',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assignment_id', sa.Integer(), nullable=False),
    sa.Column('attempted_at', sa.DateTime(), nullable=False),
    sa.Column('reached', sa.Boolean(), nullable=False),
    sa.Column('satisfaction_organiser', sa.String(length=24), nullable=True),
    sa.Column('satisfaction_unit', sa.String(length=24), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('caller', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['assignment_id'], ['assignment.id'], name=op.f('fk_follow_up_assignment_id_assignment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up'))
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_assignment_id'), ['assignment_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_assignment_id'))

    op.drop_table('follow_up')
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feedback_assignment_id'))

    op.drop_table('feedback')
    with op.batch_alter_table('extension', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_extension_assignment_id'))

    op.drop_table('extension')
    op.drop_table('assignment_co_unit')
    with op.batch_alter_table('print_job', schema=None) as batch_op:
        batch_op.drop_index('ix_print_job_event_status')
        batch_op.drop_index('ix_print_job_case')

    op.drop_table('print_job')
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.drop_index('ix_assignment_unit_status')
        batch_op.drop_index('ix_assignment_feedback_due')

    op.drop_table('assignment')
    with op.batch_alter_table('visit_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_member_visit_id'))
        batch_op.drop_index(batch_op.f('ix_visit_member_petitioner_id'))

    op.drop_table('visit_member')
    with op.batch_alter_table('petition_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_petition_case_visit_id'))
        batch_op.drop_index('ix_case_event_outcome')

    op.drop_table('petition_case')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_room_status')
        batch_op.drop_index('ix_visit_event_status')

    op.drop_table('visit')
    op.drop_table('room_unit')
    op.drop_table('room_topic')
    op.drop_table('room_leader')
    op.drop_table('topic_unit_rule')
    with op.batch_alter_table('room', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_room_event_id'))

    op.drop_table('room')
    with op.batch_alter_table('petitioner_search_key', schema=None) as batch_op:
        batch_op.drop_index('ix_petitioner_search_key_key', postgresql_ops={'key': 'text_pattern_ops'})

    op.drop_table('petitioner_search_key')
    op.drop_table('leader')
    op.drop_table('unit')
    op.drop_table('topic')
    with op.batch_alter_table('reception_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reception_event_event_date'))

    op.drop_table('reception_event')
    with op.batch_alter_table('petitioner', schema=None) as batch_op:
        batch_op.drop_index('ix_petitioner_phone_tail_rev', postgresql_ops={'phone_tail_rev': 'text_pattern_ops'})
        batch_op.drop_index('ix_petitioner_phone')
        batch_op.drop_index('ix_petitioner_name', postgresql_ops={'name': 'text_pattern_ops'})
        batch_op.drop_index('ix_petitioner_id_tail_rev', postgresql_ops={'id_tail_rev': 'text_pattern_ops'})

    op.drop_table('petitioner')
    op.drop_table('counter')

