"""The database layer: pragmas, migrations matching the models, newer schema refused,
network shares refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.bootstrap import open_database
from app.db import Database, DatabaseOnNetworkShare, is_network_path
from app.migrations import DatabaseTooNew, head_revision, schema_state
from app.models import Base


def test_migrations_produce_exactly_the_models(empty_db_url: str) -> None:
    db_url = empty_db_url
    db, state = open_database(db_url)
    try:
        assert state.is_empty
        assert state.needs_upgrade
        with db.write_engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert diff == []
        again = schema_state(db.write_engine)
        assert (again.current, again.needs_upgrade) == (head_revision(), False)
    finally:
        db.dispose()


def test_a_database_from_a_newer_app_is_refused(db_url: str) -> None:
    db, _ = open_database(db_url)
    with db.write_engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'zz_from_the_future'"))
    db.dispose()
    with pytest.raises(DatabaseTooNew) as error:
        open_database(db_url)
    assert error.value.revision == "zz_from_the_future"


def test_sqlite_pragmas_and_immediate_writes(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        with db.write() as s:
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.connection().connection.in_transaction  # BEGIN IMMEDIATE already ran
    finally:
        db.dispose()


MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
//nas/share /mnt/share cifs rw 0 0
server:/export /srv/nfs nfs4 rw 0 0
tmpfs /mnt/share/local tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "remote"),
    [
        ("/home/desk/reception.db", False),
        ("/mnt/share/reception.db", True),
        ("/mnt/share/local/reception.db", False),  # the longest mount point wins
        ("/srv/nfs/a/b.db", True),
        ("/mnt/shared.db", False),  # a prefix of the name is not a parent folder
    ],
)
def test_network_filesystems_are_recognised(path: str, remote: bool) -> None:
    assert is_network_path(Path(path), MOUNTS, platform="linux") is remote


@pytest.mark.parametrize("path", ["\\\\server\\share\\r.db", "//server/share/r.db"])
def test_windows_unc_paths_are_network_paths(path: str) -> None:
    assert is_network_path(Path(path), platform="win32")


def test_database_on_a_network_share_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.db.is_network_path", lambda path: True)
    with pytest.raises(DatabaseOnNetworkShare):
        Database("sqlite:////mnt/share/reception.db")
