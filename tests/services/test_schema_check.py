"""The schema check of every start: without Alembic when the database is at the head,
and the same answers as Alembic's in every case."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from app import migrations
from app.db import Database
from app.migrations import DatabaseTooNew, alembic_config, schema_state, upgrade_to_head


def test_the_head_read_from_the_files_is_alembics() -> None:
    assert migrations._scanned_head() == migrations._alembic_head() == migrations.head_revision()


@pytest.mark.parametrize(
    ("files", "head"),
    [
        ({"a.py": 'revision = "1"\ndown_revision = None\n'}, "1"),
        (
            {
                "a.py": "revision = '1'\ndown_revision = None\n",
                "b.py": "revision = '2'\ndown_revision = '1'\n",
            },
            "2",
        ),
        # a merge, two heads, a missing parent, an unreadable line: Alembic decides
        (
            {
                "a.py": 'revision = "1"\ndown_revision = None\n',
                "b.py": 'revision = "2"\ndown_revision = ("1", "x")\n',
            },
            None,
        ),
        (
            {
                "a.py": 'revision = "1"\ndown_revision = None\n',
                "b.py": 'revision = "2"\ndown_revision = "1"\n',
                "c.py": 'revision = "3"\ndown_revision = "1"\n',
            },
            None,
        ),
        ({"a.py": 'revision = "2"\ndown_revision = "1"\n'}, None),
        ({"a.py": "revision = make_id()\ndown_revision = None\n"}, None),
    ],
)
def test_only_a_plain_chain_of_files_is_read_without_alembic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], head: str | None
) -> None:
    for name, source in files.items():
        (tmp_path / name).write_text(source, encoding="utf-8")
    (tmp_path / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.setattr(migrations, "_VERSIONS", tmp_path)
    assert migrations._scanned_head() == head


def test_older_current_and_newer_databases(empty_db_url: str) -> None:
    db = Database(empty_db_url)
    try:
        empty = schema_state(db.write_engine)
        assert (empty.current, empty.is_empty, empty.needs_upgrade) == (None, True, True)
        with db.write_engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0002")
        older = schema_state(db.write_engine)
        assert (older.current, older.is_empty, older.needs_upgrade) == ("0002", False, True)
        assert upgrade_to_head(db.write_engine) == older
        current = schema_state(db.write_engine)
        assert (current.current, current.needs_upgrade) == (migrations.head_revision(), False)
        with db.write_engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = 'zz_newer'"))
        with pytest.raises(DatabaseTooNew):
            schema_state(db.write_engine)
        with db.write_engine.begin() as connection:  # no row: Alembic's "nothing applied"
            connection.execute(text("DELETE FROM alembic_version"))
        bare = schema_state(db.write_engine)
        assert (bare.current, bare.is_empty, bare.needs_upgrade) == (None, False, True)
    finally:
        db.dispose()
