"""Alembic migrations shipped inside the package, configured in code.

The app upgrades an older database when it opens it and refuses one that a newer
version of the app has migrated (its revision is unknown here).

Every start checks the schema; Alembic itself (≈ 0.2 s to import) is loaded only when
the database is not at this app's head: the head is read from the revision files'
``revision`` / ``down_revision`` lines and the database's from its ``alembic_version``
table. Anything unusual there (a merge, several heads, several stored revisions) goes
the whole Alembic way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from app.domain.errors import ReceptionDayError

if TYPE_CHECKING:
    from alembic.config import Config

VERSION_TABLE = "alembic_version"  # Alembic's default, which env.py keeps
_VERSIONS = Path(__file__).with_name("versions")
_REVISION = re.compile(r"""^revision(?:\s*:\s*str)?\s*=\s*["']([^"']+)["']\s*$""", re.M)
_DOWN = re.compile(r"""^down_revision(?:\s*:[^=]+)?\s*=\s*(?:["']([^"']+)["']|(None))\s*$""", re.M)


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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "app:migrations")
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def head_revision() -> str:
    """The newest revision this app knows."""
    return _scanned_head() or _alembic_head()


def _alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _scanned_head() -> str | None:
    """The head of a simple chain of revision files, or None when the files are not
    one plain chain (Alembic then decides)."""
    parents: dict[str, str | None] = {}
    try:
        for path in _VERSIONS.glob("*.py"):
            if path.name.startswith("_"):
                continue
            source = path.read_text(encoding="utf-8")
            revision, down = _REVISION.findall(source), _DOWN.findall(source)
            if len(revision) != 1 or len(down) != 1 or revision[0] in parents:
                return None
            parents[revision[0]] = down[0][0] or None
    except OSError:
        return None
    heads = set(parents) - set(parents.values())
    roots = [r for r, parent in parents.items() if parent is None]
    if (
        len(heads) != 1
        or len(roots) != 1
        or any(parent is not None and parent not in parents for parent in parents.values())
    ):
        return None
    return heads.pop()


def _stored_revision(connection: Connection) -> tuple[str | None, bool] | None:
    """(revision, is_empty) as stored in the database; None when Alembic must say."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None, not inspect(connection).get_table_names()
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
    if len(rows) > 1:
        return None
    return (str(rows[0][0]) if rows else None), False


def _alembic_revision(connection: Connection) -> tuple[str | None, bool]:
    from alembic.runtime.migration import MigrationContext

    current = MigrationContext.configure(connection).get_current_revision()
    return current, current is None and not inspect(connection).get_table_names()


def schema_state(engine: Engine) -> SchemaState:
    """Compare the database's revision with this app's; raise if the database is newer."""
    head = head_revision()
    with engine.connect() as connection:
        stored = _stored_revision(connection)
        current, is_empty = stored if stored is not None else _alembic_revision(connection)
    if current is not None and current != head:
        from alembic.script import ScriptDirectory

        try:
            ScriptDirectory.from_config(alembic_config()).get_revision(current)
        except Exception as error:  # alembic raises several kinds for unknown revisions
            raise DatabaseTooNew(current, head) from error
    return SchemaState(current, head, current != head, is_empty)


def upgrade_to_head(engine: Engine) -> SchemaState:
    """Bring the database to this app's schema; returns the state before the upgrade."""
    before = schema_state(engine)
    if before.needs_upgrade:
        from alembic import command

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
