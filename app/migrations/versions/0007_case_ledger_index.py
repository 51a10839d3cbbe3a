"""The case ledger's order: cases by the time they were recorded, all events or one.

Without these the ledger sorts 100 k cases in a temporary B-tree on every filter change
(SQLite: about twice the time of reading them in index order).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_case_created_at", "petition_case", ["created_at"])
    op.create_index("ix_case_event_created_at", "petition_case", ["event_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_case_event_created_at", table_name="petition_case")
    op.drop_index("ix_case_created_at", table_name="petition_case")
