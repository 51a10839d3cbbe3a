"""The change feed: PostgreSQL NOTIFY from triggers, SQLite data_version poll."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bootstrap import build_services, open_database
from app.clock import ManualClock
from app.services.changes import Entity
from app.sync.feed import PgChangeListener, SqliteChangePoller, changes_from_payloads
from tests.db_fixtures import START, fresh_pg_url, sqlite_url
from tests.services.scenario import build_day, person, visit


def test_payloads_map_to_entities_without_duplicates() -> None:
    changes = changes_from_payloads(["visit:3", "visit:3", "assignment:3", "nonsense", "room:"])
    assert [(c.entity, c.event_id) for c in changes.items] == [
        (Entity.VISIT, 3),
        (Entity.ASSIGNMENT, 3),
        (Entity.SETUP, None),
    ]


def test_sqlite_poll_sees_another_connections_commit(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    db, _ = open_database(url)
    poller = SqliteChangePoller(str(tmp_path / "reception.db"))
    try:
        assert not poller.poll().items
        services = build_services(db, ManualClock(START))
        build_day(services)
        assert poller.poll().touches(Entity.VISIT)
        assert not poller.poll().items
    finally:
        poller.close()
        db.dispose()


@pytest.mark.pg
def test_postgresql_notifies_a_registration() -> None:
    for url in fresh_pg_url():
        db, _ = open_database(url)
        listener = PgChangeListener(url)
        try:
            listener.connect()
            services = build_services(db, ManualClock(START))
            day = build_day(services)
            listener.poll()  # drop the set-up notices
            services.registration.register_walk_in(visit(day, person(1, "隐私测试")))
            changes = listener.poll(timeout=2)
            assert changes.touches(Entity.VISIT)
            assert changes.touches(Entity.CASE)
            assert all(c.event_id == day.event_id for c in changes.items)
        finally:
            listener.close()
            db.dispose()


@pytest.mark.pg
def test_postgresql_notice_payloads_carry_no_personal_data() -> None:
    import psycopg

    for url in fresh_pg_url():
        db, _ = open_database(url)
        conn = psycopg.connect(url.replace("+psycopg", ""), autocommit=True)
        try:
            conn.execute("LISTEN reception_day")
            services = build_services(db, ManualClock(START))
            day = build_day(services)
            services.registration.register_walk_in(visit(day, person(1, "隐私测试")))
            raw = [n.payload for n in conn.notifies(timeout=1)]
            assert raw
            assert all(p.split(":")[1].isdigit() for p in raw)  # table:event id, nothing else
        finally:
            conn.close()
            db.dispose()
