"""Declarative base with a naming convention so migrations name constraints the same
way on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Insert, MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every mapped class."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def insert_unless_present(dialect: str, table: Any, values: dict[str, Any]) -> Insert:
    """``INSERT … ON CONFLICT DO NOTHING`` in the dialect's own form (SQLite and
    PostgreSQL write it alike, but SQLAlchemy builds it per dialect). The dialect module
    is imported here, when first needed, not at every start."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).values(values).on_conflict_do_nothing()
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).values(values).on_conflict_do_nothing()
