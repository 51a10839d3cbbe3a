"""Database fixtures: every service test runs on a SQLite file and on PostgreSQL.

PostgreSQL tests skip with a reason when no server answers, and fail instead when
REQUIRE_PG=1 (CI).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.bootstrap import Services, build_services, open_database
from app.clock import ManualClock
from app.db import Database

PG_ADMIN_URL = os.environ.get(
    "RD_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
START = datetime(2026, 11, 23, 8, 30)


def pg_available() -> str | None:
    """None when the server answers, else the reason it does not."""
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL.replace("+psycopg", ""), connect_timeout=3):
            return None
    except Exception as error:  # any failure means: no server for the tests
        return f"PostgreSQL not reachable at {PG_ADMIN_URL}: {error}"


def skip_or_fail_without_pg() -> None:
    reason = pg_available()
    if reason is None:
        return
    if os.environ.get("REQUIRE_PG") == "1":
        pytest.fail(f"REQUIRE_PG=1 but {reason}")
    pytest.skip(reason)


def _admin_execute(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def fresh_pg_url() -> Iterator[str]:
    """A new empty PostgreSQL database for one test, dropped afterwards."""
    skip_or_fail_without_pg()
    name = f"rd_test_{uuid.uuid4().hex[:12]}"
    _admin_execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'reception.db'}"


def open_services(url: str, clock: ManualClock) -> tuple[Database, Services]:
    db, _ = open_database(url)
    return db, build_services(db, clock)
