"""Alembic migrations shipped inside the package, configured in code.

The app upgrades an older database when it opens it and refuses one that a newer
version of the app has migrated (its revision is unknown here).
"""

from __future__ import annotations

from dataclasses import dataclass

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from app.domain.errors import ReceptionDayError


class DatabaseTooNew(ReceptionDayError):
    """The database was migrated by a newer version of the app."""

    def __init__(self, revision: str, head: str) -> None:
        super().__init__(f"database revision {revision} is newer than this app ({head})")
        self.revision = revision
        self.head = head


@dataclass(frozen=True)
class SchemaState:
    """Where a database stands relative to this app's migrations."""

    current: str | None
    head: str
    needs_upgrade: bool
    is_empty: bool


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", "app:migrations")
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision this app knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def schema_state(engine: Engine) -> SchemaState:
    """Compare the database's revision with this app's; raise if the database is newer."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        is_empty = current is None and not inspect(connection).get_table_names()
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as error:  # alembic raises several kinds for unknown revisions
            raise DatabaseTooNew(current, head) from error
    return SchemaState(current, head, current != head, is_empty)


def upgrade_to_head(engine: Engine) -> SchemaState:
    """Bring the database to this app's schema; returns the state before the upgrade."""
    before = schema_state(engine)
    if before.needs_upgrade:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        if engine.dialect.name == "sqlite":
            checkpoint_sqlite(engine)
    return before


def checkpoint_sqlite(engine: Engine) -> None:
    """Copy the write-ahead log into the database file and empty it, so page images
    from before a migration (e.g. plain personal data, 0005) do not linger in the log."""
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")  # autocommit: no BEGIN
    finally:
        raw.close()
