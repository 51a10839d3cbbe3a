"""Backups are owner-only (files 0600, the backup folder 0700), and after the upgrade
that seals the personal data the admin is told that the backup made before it still
holds them in plain text (both engines; PostgreSQL needs pg_dump)."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app import cli
from app.backup.backups import backups_dir, make_backup
from app.backup.manifest import manifest_path
from app.bootstrap import open_database
from app.migrations import alembic_config
from app.paths import DATA_DIR_ENV
from tests.services.test_sealed_migration import PEOPLE, _old_database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _needs_pg_tools(url: str) -> None:
    if url.startswith("postgresql") and not (
        shutil.which("pg_dump") and shutil.which("pg_restore")
    ):
        pytest.skip("pg_dump / pg_restore not on PATH")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


def test_backups_are_owner_only(db_url: str, tmp_path: Path) -> None:
    _needs_pg_tools(db_url)
    open_database(db_url)[0].dispose()
    folder = backups_dir(db_url)
    folder.mkdir(parents=True)
    os.chmod(folder, 0o755)  # as an older version made it
    made = make_backup(db_url)
    assert _mode(folder) == 0o700
    assert _mode(made.path) == 0o600
    assert _mode(manifest_path(made.path)) == 0o600
    chosen = make_backup(db_url, tmp_path / "elsewhere" / "copy.bak")
    assert _mode(chosen.path) == 0o600
    assert _mode(manifest_path(chosen.path)) == 0o600


def test_the_admin_is_told_of_the_plaintext_backup_made_before_sealing(empty_db_url: str) -> None:
    _needs_pg_tools(empty_db_url)
    _old_database(empty_db_url).dispose()  # schema 0004, people in plain text
    db, state = open_database(empty_db_url)
    db.dispose()
    assert state.current == "0004"
    assert state.plaintext_backup is not None
    assert state.plaintext_backup == state.backup
    assert state.plaintext_backup.name.endswith(("-pre-migration.db", "-pre-migration.dump"))
    assert _mode(state.plaintext_backup) == 0o600
    assert _mode(state.plaintext_backup.parent) == 0o700
    if empty_db_url.startswith("sqlite"):  # what the notice is about
        _name, number, *_ = PEOPLE[0]
        assert number is not None
        assert number.encode() in state.plaintext_backup.read_bytes()


def test_the_command_line_prints_the_notice_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _old_database(url).dispose()
    assert cli.main(["init", "--db", url]) == 0
    err = capsys.readouterr().err
    (backup,) = backups_dir(url).glob("*-pre-migration.db")
    assert f"the automatic backup made before the upgrade, {backup}" in err
    assert "move it offline or delete it" in err
    assert cli.main(["init", "--db", url]) == 0  # up to date: nothing to say
    assert "NOTE" not in capsys.readouterr().err
    # the key commands open the database the same way: backed up first, then told
    other = f"sqlite:///{tmp_path / 'old-keys.db'}"
    _old_database(other).dispose()
    assert cli.main(["key", "status", "--db", other]) == 0
    (saved,) = backups_dir(other).glob("old-keys-*-pre-migration.db")
    assert f"the automatic backup made before the upgrade, {saved}" in capsys.readouterr().err


def test_no_notice_for_an_upgrade_without_people_or_after_sealing(tmp_path: Path) -> None:
    from alembic import command

    from app.db import Database

    url = f"sqlite:///{tmp_path / 'empty-old.db'}"
    db = Database(url)
    with db.write_engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004")
        conn.execute(
            text(
                "INSERT INTO topic (code, name, national_class_code, default_service_minutes, "
                "is_general, is_legal_related, sort_order) VALUES ('t', '土地', '', 10, 0, 0, 0)"
            )
        )
    db.dispose()
    db, state = open_database(url)
    db.dispose()
    assert state.backup is not None
    assert state.plaintext_backup is None  # no people: nothing in plain text

    sealed = f"sqlite:///{tmp_path / 'sealed-old.db'}"
    _old_database(sealed).dispose()
    db = Database(sealed)
    with db.write_engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0005")  # sealed already, older than head
    db.dispose()
    db, state = open_database(sealed)
    db.dispose()
    assert state.backup is not None
    assert state.plaintext_backup is None
