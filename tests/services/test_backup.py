"""Backups and restores on both engines: round trip, verification, in-use refusal,
rotation, the automatic backups before a migration and at the end of the day.

The PostgreSQL variants need ``pg_dump``/``pg_restore``: without them they skip with
that reason (also under REQUIRE_PG=1, which only demands the server).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.audit.chain import verify_engine
from app.backup.backups import backups_dir, make_backup, restore_backup, rotate, verify_backup
from app.backup.manifest import BackupError, file_sha256, manifest_path
from app.backup.routines import backup_before_upgrade, end_of_day
from app.bootstrap import build_services, open_database
from app.clock import ManualClock
from app.db import Database
from app.domain.roles import Role
from app.migrations import upgrade_to_head
from app.models import Visit
from app.paths import DATA_DIR_ENV
from app.services.context import Actor
from app.services.errors import PermissionDenied
from tests.db_fixtures import START, fresh_pg_url, sqlite_url
from tests.services.scenario import Day, build_day, person, visit


def _pg_tools() -> None:
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("pg_dump/pg_restore not on PATH: PostgreSQL backups cannot be tested")


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL backups go to the user data folder: a temporary one here."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "user-data"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
    else:
        _pg_tools()
        yield from fresh_pg_url()


@pytest.fixture
def second_url(url: str, tmp_path: Path) -> Iterator[str]:
    """Another, empty database of the same engine to restore into."""
    if url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'elsewhere' / 'restored.db'}"
    else:
        yield from fresh_pg_url()


def _day(url: str, walk_ins: int = 3) -> Day:
    db, _ = open_database(url)
    services = build_services(db, ManualClock(START))
    day = build_day(services)
    for i in range(walk_ins):
        services.registration.register_walk_in(visit(day, person(i)))
    db.dispose()
    return day


def _walk_in(url: str, day: Day, seq: int) -> None:
    db, _ = open_database(url)
    build_services(db, ManualClock(START)).registration.register_walk_in(visit(day, person(seq)))
    db.dispose()


def _visits(url: str) -> int:
    db = Database(url)
    try:
        with db.read() as s:
            return int(s.scalar(select(func.count()).select_from(Visit)) or 0)
    finally:
        db.dispose()


def test_round_trip_into_another_database(url: str, second_url: str, tmp_path: Path) -> None:
    _day(url)
    result = make_backup(url, tmp_path / "day.bak")
    m = result.manifest
    assert m.row_counts["visit"] == 3
    assert m.audit_entries > 20
    assert m.sha256 == file_sha256(result.path)
    assert json.loads(manifest_path(result.path).read_text(encoding="utf-8"))["file"] == "day.bak"
    restored = restore_backup(second_url, result.path)
    assert restored.safety is None  # nothing was there to lose
    assert _visits(second_url) == 3
    db = Database(second_url)
    try:
        verdict = verify_engine(db.read_engine)
        assert (verdict.ok, verdict.entries) == (True, m.audit_entries)
    finally:
        db.dispose()


def test_restore_over_the_same_database_brings_back_the_backup_and_keeps_a_copy(
    url: str, tmp_path: Path
) -> None:
    day = _day(url, walk_ins=2)
    saved = make_backup(url, tmp_path / "before.bak")
    _walk_in(url, day, 99)
    assert _visits(url) == 3
    restored = restore_backup(url, saved.path)
    assert _visits(url) == 2
    assert restored.safety is not None
    assert restored.safety.parent == backups_dir(url)
    assert verify_backup(restored.safety).row_counts["visit"] == 3  # what was replaced


def test_a_database_in_use_is_not_restored_over_unless_forced(url: str, tmp_path: Path) -> None:
    _day(url, walk_ins=1)
    saved = make_backup(url, tmp_path / "x.bak")
    station = Database(url)  # a station with an open (idle, pooled) connection
    try:
        with station.read() as s:
            s.execute(text("SELECT 1"))
        with pytest.raises(BackupError, match="in use"):
            restore_backup(url, saved.path)
    finally:
        station.dispose()
    if url.startswith("postgresql"):
        restore_backup(url, saved.path)
        return
    station = Database(url)
    try:
        with station.read() as s:
            s.execute(text("SELECT 1"))
        assert restore_backup(url, saved.path, force=True).manifest.row_counts["visit"] == 1
    finally:
        station.dispose()


def test_a_corrupted_backup_is_refused_before_anything_is_touched(url: str, tmp_path: Path) -> None:
    _day(url, walk_ins=2)
    saved = make_backup(url, tmp_path / "c.bak").path
    data = bytearray(saved.read_bytes())
    data[len(data) // 2] ^= 0xFF
    saved.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="checksum"):
        restore_backup(url, saved)
    manifest_path(saved).unlink()
    with pytest.raises(BackupError, match="manifest"):
        restore_backup(url, saved)
    assert _visits(url) == 2


def test_a_sqlite_backup_altered_with_a_matching_checksum_is_still_caught(
    tmp_path: Path,
) -> None:
    url = sqlite_url(tmp_path)
    _day(url, walk_ins=2)
    saved = make_backup(url, tmp_path / "t.bak").path
    import sqlite3

    with sqlite3.connect(saved) as c:  # rows removed, audit rewritten, checksum fixed up
        c.execute("DELETE FROM visit_member")
    _fix_checksum(saved)
    with pytest.raises(BackupError, match="row counts"):
        verify_backup(saved)
    saved = make_backup(url, tmp_path / "u.bak").path
    with sqlite3.connect(saved) as c:
        c.execute("UPDATE audit_log SET actor = 'x' WHERE seq = 2")
    _fix_checksum(saved)
    with pytest.raises(BackupError, match="audit chain"):
        verify_backup(saved)
    saved = make_backup(url, tmp_path / "v.bak").path
    data = bytearray(saved.read_bytes())
    data[4096 * 3 : 4096 * 3 + 64] = b"\x00" * 64  # a damaged b-tree page
    saved.write_bytes(bytes(data))
    _fix_checksum(saved)
    with pytest.raises(BackupError):
        verify_backup(saved)


def _fix_checksum(path: Path) -> None:
    m = manifest_path(path)
    data = json.loads(m.read_text(encoding="utf-8"))
    data["sha256"], data["size_bytes"] = file_sha256(path), path.stat().st_size
    m.write_text(json.dumps(data), encoding="utf-8")


def test_backups_in_the_folder_are_rotated(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    _day(url, walk_ins=0)
    made = [make_backup(url, keep=3).path for _ in range(5)]
    left = sorted(p.name for p in backups_dir(url).glob("*.db"))
    assert left == sorted(p.name for p in made[-3:])
    assert all(manifest_path(p).exists() for p in made[-3:])
    assert not manifest_path(made[0]).exists()
    assert rotate(backups_dir(url), "reception", "manual", 1) == made[2:4]


def test_a_database_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    db = Database(url)
    from alembic import command

    from app.migrations import alembic_config

    with db.write_engine.begin() as c:
        command.upgrade(alembic_config(c), "0002")
        c.execute(
            text(
                "INSERT INTO topic (code, name, national_class_code, default_service_minutes, "
                "is_general, is_legal_related, sort_order) VALUES ('t', '土地', '', 10, 0, 0, 0)"
            )
        )
    assert backup_before_upgrade(db) is not None
    upgrade_to_head(db.write_engine)
    assert backup_before_upgrade(db) is None  # up to date: nothing to do
    db.dispose()
    (saved,) = backups_dir(url).glob("*-pre-migration.db")
    manifest = verify_backup(saved)
    assert (manifest.schema_revision, manifest.row_counts["topic"]) == ("0002", 1)
    fresh = sqlite_url(tmp_path / "new")
    open_database(fresh)[0].dispose()  # an empty database is created, not backed up
    assert not backups_dir(fresh).exists()


def test_end_of_day_verifies_the_audit_log_and_backs_up(url: str) -> None:
    _day(url, walk_ins=1)
    db = Database(url)
    try:
        day = end_of_day(db)
    finally:
        db.dispose()
    assert day.verdict.ok
    assert day.backup.path.name.endswith("end-of-day" + day.backup.path.suffix)
    assert day.backup.manifest.audit_entries == day.verdict.entries
    day.backup.path.unlink()
    manifest_path(day.backup.path).unlink()


def test_the_end_of_day_service_needs_the_backup_permission(url: str) -> None:
    _day(url, walk_ins=1)
    db = Database(url)
    try:
        desk = Actor("李登记", "desk:1", Role.REGISTRAR, user_id=5, username="li")
        with pytest.raises(PermissionDenied):
            build_services(db, ManualClock(START), desk).backups.end_of_day()
        report = build_services(db, ManualClock(START)).backups.end_of_day()
    finally:
        db.dispose()
    assert report.audit_ok
    assert report.audit_entries > 0
    assert report.backup_path.is_file()
    assert report.rows > 0
