"""PostgreSQL backups with ``pg_dump`` (custom format) and restores with ``pg_restore``.

The row counts and the audit check of the manifest are taken in the very snapshot
``pg_dump`` copies (``pg_export_snapshot`` + ``--snapshot``), so they match the dump
exactly even while the stations keep writing. The password travels in ``PGPASSWORD``,
never on a command line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from app.backup.manifest import BackupError

T = TypeVar("T")


def tool(name: str) -> str:
    """The path of ``pg_dump``/``pg_restore``; BackupError naming what to install."""
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            f"找不到 {name}，请安装 PostgreSQL 客户端工具并加入 PATH / {name} not found on "
            "PATH: install the PostgreSQL client tools (e.g. postgresql-client)"
        )
    return found


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection URI without the password, and the environment carrying it."""
    plain = url.set(drivername="postgresql", password=None)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return plain.render_as_string(hide_password=False), env


def _run(args: list[str], env: dict[str, str], what: str) -> None:
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines()
        raise BackupError(
            f"{what}失败 / {what} failed: {reason[-1] if reason else done.returncode}"
        )


def row_counts(connection: Connection) -> dict[str, int]:
    """Rows per table of the public schema."""
    tables = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    ).scalars()
    return {
        t: int(connection.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one())
        for t in list(tables)
    }


def dump(url: str, target: Path, inspect: Callable[[Connection], T]) -> T:
    """``pg_dump -Fc`` of the database into ``target``; ``inspect`` runs in the same
    snapshot (row counts, audit check) and its answer is returned."""
    pg_dump = tool("pg_dump")
    uri, env = _libpq(make_url(url))
    engine = create_engine(make_url(url), poolclass=NullPool)
    try:
        with engine.connect() as c:
            c.execution_options(isolation_level="REPEATABLE READ")
            with c.begin():
                snapshot = c.execute(text("SELECT pg_export_snapshot()")).scalar_one()
                found = inspect(c)
                args = [pg_dump, "-Fc", "--no-owner", f"--snapshot={snapshot}"]
                _run([*args, "-f", str(target), "--dbname", uri], env, "pg_dump")
        return found
    finally:
        engine.dispose()


def check_dump(backup: Path) -> None:
    """``pg_restore --list`` reads the whole table of contents, or the dump is damaged."""
    _run([tool("pg_restore"), "--list", str(backup)], dict(os.environ), "pg_restore --list")


def other_sessions(engine: Engine) -> int:
    """How many other connections the database has (stations, tools)."""
    with engine.connect() as c:
        query = (
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return int(c.execute(text(query)).scalar_one())


def restore(url: str, backup: Path) -> None:
    """Replace the database's objects with the dump's, in one transaction."""
    uri, env = _libpq(make_url(url))
    args = [tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--single-transaction"]
    _run([*args, "--dbname", uri, str(backup)], env, "pg_restore")
