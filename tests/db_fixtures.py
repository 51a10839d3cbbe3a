"""Database fixtures: every service test runs on a SQLite file and on PostgreSQL.

PostgreSQL tests skip with a reason when no server answers, and fail instead when
REQUIRE_PG=1 (CI).
"""

from __future__ import annotations

import os
import subprocess
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


_TEMPLATE: list[str] = []


def _template_name() -> str:
    """A migrated database to copy: named by a hash of the migrations, made once."""
    if _TEMPLATE:
        return _TEMPLATE[0]
    import hashlib

    from sqlalchemy import create_engine

    from app.migrations import upgrade_to_head

    folder = Path(__file__).resolve().parents[1] / "app" / "migrations" / "versions"
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sorted(folder.glob("*.py"))))
    name = f"rd_tpl_{digest.hexdigest()[:12]}"
    import psycopg

    with psycopg.connect(PG_ADMIN_URL.replace("+psycopg", ""), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    if not exists:
        building = f"{name}_{uuid.uuid4().hex[:6]}"
        _admin_execute(f'CREATE DATABASE "{building}"')
        engine = create_engine(f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{building}")
        upgrade_to_head(engine)
        engine.dispose()
        try:
            _admin_execute(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
        except Exception:  # another test run made it first
            _admin_execute(f'DROP DATABASE IF EXISTS "{building}" WITH (FORCE)')
    _TEMPLATE.append(name)
    return name


def fresh_pg_url() -> Iterator[str]:
    """A new migrated PostgreSQL database for one test (a copy of a template), dropped
    afterwards."""
    skip_or_fail_without_pg()
    template = _template_name()
    name = f"rd_test_{uuid.uuid4().hex[:12]}"
    _admin_execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def empty_pg_url() -> Iterator[str]:
    """A new EMPTY PostgreSQL database (for migration tests), dropped afterwards."""
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


def restart_pg_cluster() -> None:
    """Restart the local PostgreSQL cluster (RD_TEST_PG_RESTART=1 tests, own machine)."""
    version = sorted(os.listdir("/etc/postgresql"))[0]
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"], check=True
    )
    subprocess.run(["pg_isready", "-h", "127.0.0.1", "-t", "60", "-q"], check=True)
