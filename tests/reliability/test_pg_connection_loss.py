"""PostgreSQL going away mid-day (a restart, a dropped link): the next call reconnects, an
interrupted registration is retried with its client key and counted once.

What a workstation sees of a server restart is every connection of its pool cut. The
test cuts them with ``pg_terminate_backend`` (what a restart does to clients, without
stopping the server the rest of the suite uses); ``RD_TEST_PG_RESTART=1`` restarts the
real cluster instead (needs ``pg_ctlcluster``; for a machine of one's own).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app import pg_liveness
from app.bootstrap import Services, build_services, open_database
from app.clock import ManualClock
from app.db import Database
from app.models import Visit
from app.pg_liveness import socket_has_news
from tests.db_fixtures import PG_ADMIN_URL, fresh_pg_url, restart_pg_cluster
from tests.services.scenario import Day, build_day, person, visit

pytestmark = pytest.mark.pg


@pytest.fixture
def hall() -> Iterator[tuple[Database, Services, Day]]:
    urls = fresh_pg_url()
    url = next(urls)
    db, _ = open_database(url)
    services = build_services(db, ManualClock(datetime(2026, 11, 23, 9)))
    try:
        yield db, services, build_day(services)
    finally:
        db.dispose()
        urls.close()


def _cut_connections(db: Database) -> int:
    import psycopg

    name = db.url.database
    with psycopg.connect(PG_ADMIN_URL.replace("+psycopg", ""), autocommit=True) as admin:
        rows = admin.execute(
            # with a timeout the call returns once the backends are gone, as a restart
            # has finished before the stations call again
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        ).fetchall()
    return len(rows)


def _visits(db: Database, key: str) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).where(Visit.client_key == key)) or 0)


def test_after_the_connections_are_cut_the_next_call_reconnects(
    hall: tuple[Database, Services, Day],
) -> None:
    db, services, day = hall
    first = services.registration.register_walk_in(visit(day, person(1))).value
    if os.environ.get("RD_TEST_PG_RESTART") == "1" and shutil.which("pg_ctlcluster"):
        restart_pg_cluster()
    else:
        assert _cut_connections(db) >= 1  # the pool held at least one open connection
    second = services.registration.register_walk_in(visit(day, person(2))).value
    assert first.ticket_number is not None
    assert second.ticket_number == first.ticket_number + 1


def test_a_cut_connection_is_seen_without_a_round_trip(
    hall: tuple[Database, Services, Day],
) -> None:
    db, _services, _day = hall
    with db.write_engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert not socket_has_news(raw)  # idle and alive: nothing to read
        _cut_connections(db)
        assert socket_has_news(raw)  # the server's last words, then end of stream
        connection.invalidate()


def test_a_registration_cut_mid_transaction_is_retried_and_counted_once(
    hall: tuple[Database, Services, Day],
) -> None:
    db, services, day = hall
    draft = replace(visit(day, person(3)), client_key="cut-in-flight")
    cut = {"done": False}

    def cut_once(session: Session, _context: object) -> None:
        if not cut["done"]:
            cut["done"] = True
            _cut_connections(db)

    event.listen(Session, "after_flush", cut_once)
    try:
        with pytest.raises(DBAPIError) as lost:
            services.registration.register_walk_in(draft)
    finally:
        event.remove(Session, "after_flush", cut_once)
    assert lost.value.connection_invalidated
    assert _visits(db, "cut-in-flight") == 0  # rolled back with the connection
    # The desk keeps the form (and its client key) and sends it again.
    again = services.registration.register_walk_in(draft).value
    once_more = services.registration.register_walk_in(draft).value
    assert once_more.visit_id == again.visit_id
    assert _visits(db, "cut-in-flight") == 1


def test_a_connection_idle_for_long_is_pinged_and_still_serves(
    hall: tuple[Database, Services, Day], monkeypatch: pytest.MonkeyPatch
) -> None:
    _db, services, day = hall
    services.registration.register_walk_in(visit(day, person(4)))
    pings: list[bool] = []
    real_ping = pg_liveness._ping

    def counted(dbapi_connection: object) -> bool:
        pings.append(real_ping(dbapi_connection))
        return pings[-1]

    monkeypatch.setattr(pg_liveness, "PING_AFTER_IDLE_S", 0.0)
    monkeypatch.setattr(pg_liveness, "_ping", counted)
    again = services.registration.register_walk_in(visit(day, person(5))).value
    assert again.ticket_number is not None
    assert pings
    assert all(pings)
