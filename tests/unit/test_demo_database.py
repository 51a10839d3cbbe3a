"""``reception-day --demo`` rebuilds a demo database that is not this app's demo — an
older schema, an older demo upgraded in place (e.g. one made before migration 0005 and
opened with ``--db``), another demo builder's stamp, another workstation's key — and
keeps the current one. The build itself is faked: what is tested is the decision."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from app import main
from app.bootstrap import build_services, open_database
from app.db import Database
from app.demo.stamp import demo_stamp, read_stamp
from app.migrations import alembic_config, schema_state
from app.models import ReceptionEvent
from app.models.field_key import FieldKey
from app.paths import DATA_DIR_ENV, demo_database_path, sqlite_url
from app.security.key_store import KEY_FILE_ENV
from app.services.setup_data import EventDraft

DEMO_NAME = "演示接访日"


@pytest.fixture
def builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The demo's data folder in ``tmp_path``; each (fake) build appends its seed."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)
    built: list[int] = []

    def fake_build_day(services: object, seed: int, progress: object = None) -> None:
        built.append(seed)
        setup = build_services(services.ctx.db).setup  # type: ignore[attr-defined]
        setup.create_event(EventDraft(DEMO_NAME, date(2026, 11, 23), "县实验中学"))

    monkeypatch.setattr("app.demo.day.build_day", fake_build_day)
    return built


def event_names(url: str) -> list[str]:
    db = Database(url)
    try:
        with db.read() as s:
            return list(s.scalars(select(ReceptionEvent.name)))
    finally:
        db.dispose()


def ensure() -> str:
    url = main.ensure_demo_database()
    assert url == sqlite_url(demo_database_path())
    return url


def old_demo(url: str) -> None:
    """What an older app left: this schema, one event of its own, no stamp."""
    db, _ = open_database(url)
    try:
        services = build_services(db)
        services.setup.create_event(EventDraft("旧演示", date(2025, 11, 23), "旧会场"))
    finally:
        db.dispose()


def test_a_current_demo_is_built_once_stamped_and_kept(builds: list[int]) -> None:
    url = ensure()
    url = ensure()
    assert builds == [main.DEMO_SEED]
    db = Database(url)
    try:
        assert read_stamp(db.read_engine) == demo_stamp() != 0
        assert not schema_state(db.write_engine).needs_upgrade
    finally:
        db.dispose()


def test_a_demo_from_before_a_migration_is_rebuilt_not_upgraded(builds: list[int]) -> None:
    path = demo_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(sqlite_url(path))
    try:
        with db.write_engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0004")  # before the sealed fields
    finally:
        db.dispose()
    url = ensure()
    assert builds == [main.DEMO_SEED]
    assert event_names(url) == [DEMO_NAME]
    assert not list(path.parent.glob("*.building*"))


def test_an_older_demo_upgraded_in_place_is_rebuilt(builds: list[int]) -> None:
    old_demo(sqlite_url(demo_database_path()))  # current schema, an older builder's rows
    url = ensure()
    assert builds == [main.DEMO_SEED]
    assert event_names(url) == [DEMO_NAME]


def test_a_demo_stamped_by_other_demo_code_is_rebuilt(builds: list[int]) -> None:
    url = ensure()
    db = Database(url)
    try:
        raw = db.write_engine.raw_connection()
        raw.cursor().execute(f"PRAGMA user_version = {demo_stamp() + 1}")
        raw.close()
    finally:
        db.dispose()
    ensure()
    assert builds == [main.DEMO_SEED] * 2


def test_a_demo_sealed_with_a_key_this_workstation_lacks_is_rebuilt(builds: list[int]) -> None:
    url = ensure()
    db = Database(url)
    try:
        with db.write() as s:  # as if its people were sealed by another workstation's key
            s.add(
                FieldKey(
                    version=1,
                    fingerprint="0" * 16,
                    created_at=datetime.now(UTC).replace(tzinfo=None),
                )
            )
    finally:
        db.dispose()
    ensure()
    assert builds == [main.DEMO_SEED] * 2
    assert event_names(url) == [DEMO_NAME]
