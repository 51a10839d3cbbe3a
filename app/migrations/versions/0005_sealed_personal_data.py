"""Personal data sealed at rest: ID number, phone and address encrypted (AES-GCM)

Adds ``field_key`` (fingerprints of the keys in use) and the sealed columns of
``petitioner`` (``*_cipher``, ``*_hash``, ``key_version``), seals every existing plain
value with the workstation's field key (made now if there is none and the database
has none either), then drops the plain phone and address columns and empties the plain
ID column. Rows already sealed are skipped, so a run that stopped half-way can simply
run again. On PostgreSQL the old row versions stay on disk until ``VACUUM FULL
petitioner``; on SQLite ``secure_delete`` zeroes them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

BATCH = 2_000

_plain = sa.table(
    "petitioner",
    sa.column("id", sa.Integer),
    sa.column("document_number", sa.String),
    sa.column("phone", sa.String),
    sa.column("address", sa.String),
    sa.column("id_cipher", sa.LargeBinary),
    sa.column("id_hash", sa.LargeBinary),
    sa.column("phone_cipher", sa.LargeBinary),
    sa.column("phone_hash", sa.LargeBinary),
    sa.column("address_cipher", sa.LargeBinary),
    sa.column("key_version", sa.SmallInteger),
)


def upgrade() -> None:
    op.create_table(
        "field_key",
        sa.Column("version", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("fingerprint", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_field_key")),
    )
    for name in ("id_cipher", "phone_cipher", "address_cipher"):
        op.add_column("petitioner", sa.Column(name, sa.LargeBinary(), nullable=True))
    for name in ("id_hash", "phone_hash"):
        op.add_column("petitioner", sa.Column(name, sa.LargeBinary(length=16), nullable=True))
    op.add_column(
        "petitioner",
        sa.Column("key_version", sa.SmallInteger(), server_default="0", nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed, not left readable
    seal_plain_rows(op.get_bind())
    # No table rebuild: on SQLite it would cascade-delete every visit member and search
    # key (foreign keys stay on inside the migration's transaction). So the plain ID
    # column, part of a table constraint SQLite cannot drop in place, stays, emptied.
    op.execute(_plain.update().values(document_number=None, phone=None, address=""))
    op.drop_index("ix_petitioner_phone", table_name="petitioner")
    op.create_index(
        op.f("uq_petitioner_document_type_id_hash"),
        "petitioner",
        ["document_type", "id_hash"],
        unique=True,
    )
    op.create_index("ix_petitioner_phone_hash", "petitioner", ["phone_hash"], unique=False)
    for name in ("phone", "address"):
        op.execute(f"ALTER TABLE petitioner DROP COLUMN {name}")


def seal_plain_rows(connection: sa.Connection) -> int:
    """Seal the plain values of rows not sealed yet, in batches; the rows sealed."""
    from app.models.petitioner import ADDRESS_PURPOSE, DOCUMENT_PURPOSE, PHONE_PURPOSE
    from app.security.keys import FieldKeys

    has_plain = (
        (sa.func.coalesce(_plain.c.document_number, "") != "")
        | (sa.func.coalesce(_plain.c.phone, "") != "")
        | (sa.func.coalesce(_plain.c.address, "") != "")
    )
    todo = (_plain.c.key_version == 0) & has_plain
    if connection.execute(sa.select(_plain.c.id).where(todo).limit(1)).first() is None:
        return 0
    cipher = FieldKeys().writer(connection)
    version, last, sealed = cipher.version, 0, 0

    def seal(purpose: str, text: str | None) -> bytes | None:
        return cipher.seal(purpose, text) if text else None

    def digest(purpose: str, text: str | None) -> bytes | None:
        return cipher.lookup_hash(purpose, text) if text else None

    while True:
        rows = connection.execute(
            sa.select(_plain.c.id, _plain.c.document_number, _plain.c.phone, _plain.c.address)
            .where(todo, _plain.c.id > last)
            .order_by(_plain.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return sealed
        values = [
            {
                "row_id": row_id,
                "id_cipher": seal(DOCUMENT_PURPOSE, number),
                "id_hash": digest(DOCUMENT_PURPOSE, number),
                "phone_cipher": seal(PHONE_PURPOSE, phone),
                "phone_hash": digest(PHONE_PURPOSE, phone),
                "address_cipher": seal(ADDRESS_PURPOSE, address),
                "key_version": version,
            }
            for row_id, number, phone, address in rows
        ]
        connection.execute(
            _plain.update()
            .where(_plain.c.id == sa.bindparam("row_id"))
            .values({k: sa.bindparam(k) for k in values[0] if k != "row_id"}),
            values,
        )
        last, sealed = rows[-1][0], sealed + len(rows)


def downgrade() -> None:
    raise NotImplementedError("sealed personal data cannot be unsealed by a downgrade")
