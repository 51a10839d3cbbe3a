"""``reception-day backup / restore / verify-backup / end-of-day`` on a SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import cli
from app.bootstrap import build_services, open_database
from app.clock import ManualClock
from app.db import Database
from app.paths import DATA_DIR_ENV
from tests.db_fixtures import START
from tests.services.scenario import build_day, person, visit


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'day.db'}"
    db, _ = open_database(url)
    services = build_services(db, ManualClock(START))
    day = build_day(services)
    services.registration.register_walk_in(visit(day, person(1)))
    db.dispose()
    return url


def test_backup_verify_restore_and_end_of_day(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "copy.db"
    assert cli.main(["backup", "--db", url, "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"backed up: {target}" in out
    assert "audit entries" in out
    assert target.with_name("copy.db.json").is_file()

    assert cli.main(["verify-backup", str(target)]) == 0
    assert "backup OK" in capsys.readouterr().out

    assert cli.main(["restore", str(target), "--db", url]) == 0
    out = capsys.readouterr().out
    assert "restored and verified" in out
    assert "pre-restore" in out  # what was replaced is kept

    assert cli.main(["end-of-day", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "audit log OK" in out
    assert "end-of-day.db" in out
    assert list((tmp_path / "backups").glob("day-*-end-of-day.db"))


def test_restore_refuses_a_database_in_use_and_a_damaged_backup(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "copy.db"
    assert cli.main(["backup", "--db", url, "-o", str(target)]) == 0
    station = Database(url)
    try:
        with station.read() as s:
            s.connection()
        assert cli.main(["restore", str(target), "--db", url]) == cli.EXIT_USER_ERROR
        assert "in use" in capsys.readouterr().err
        assert cli.main(["restore", str(target), "--db", url, "--force"]) == 0
    finally:
        station.dispose()
    data = bytearray(target.read_bytes())
    data[100] ^= 0x01
    target.write_bytes(bytes(data))
    assert cli.main(["verify-backup", str(target)]) == cli.EXIT_USER_ERROR
    assert "checksum" in capsys.readouterr().err


def test_a_postgresql_backup_without_pg_dump_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))

    real = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name: None if name == "pg_dump" else real(name))
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    assert cli.main(["backup", "--db", url]) == cli.EXIT_USER_ERROR
    err = capsys.readouterr().err
    assert "pg_dump not found on PATH" in err
    assert "postgresql-client" in err
    assert not (tmp_path / "data").exists()
