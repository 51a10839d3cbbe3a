"""Versions on the event and its rooms: two organisers saving at once cannot overwrite
each other's set-up (the second save is refused as changed elsewhere).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("reception_event", "room"):
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in ("room", "reception_event"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
