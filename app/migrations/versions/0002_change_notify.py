"""PostgreSQL change notices for live stations

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Row triggers send ``NOTIFY reception_day, '<table>:<event id>'``. PostgreSQL folds
identical notices within a transaction, so a registration touching many rows sends one
notice per table. No personal data is ever in a payload. SQLite needs nothing: stations
there poll ``PRAGMA data_version``.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# table → SQL giving the event id of NEW/OLD row r
EVENT_OF = {
    "visit": "r.event_id",
    "petition_case": "r.event_id",
    "print_job": "r.event_id",
    "room": "r.event_id",
    "reception_event": "r.id",
    "assignment": "(SELECT c.event_id FROM petition_case c WHERE c.id = r.case_id)",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, event_sql in EVENT_OF.items():
        op.execute(f"""
            CREATE FUNCTION rd_notify_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE r {table}%ROWTYPE;
            BEGIN
                IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
                PERFORM pg_notify('reception_day', '{table}:' || coalesce(({event_sql})::text, ''));
                RETURN NULL;
            END $$;
        """)
        op.execute(f"""
            CREATE TRIGGER rd_notify_{table} AFTER INSERT OR UPDATE OR DELETE ON {table}
            FOR EACH ROW EXECUTE FUNCTION rd_notify_{table}();
        """)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in EVENT_OF:
        op.execute(f"DROP TRIGGER IF EXISTS rd_notify_{table} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS rd_notify_{table}()")
