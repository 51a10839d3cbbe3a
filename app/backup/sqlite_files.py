"""SQLite backups through the online backup API, and restores into a file nobody uses.

The backup API copies a consistent snapshot while the stations keep writing (WAL);
a copy of the live file is never made. The copy is switched to a self-contained
rollback-journal file so it travels as one file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import NullPool

from app.audit.chain import Verdict, verify_engine
from app.backup.manifest import BackupError
from app.backup.private import create_private_file

BUSY_MS = 30_000


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that never creates or changes the file."""
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)


def copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` (live, any journal mode) to a new owner-only file ``target``,
    one step."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        create_private_file(target)  # 0600 before a single page is copied into it
    except FileExistsError:
        raise BackupError(f"目标文件已存在 / target exists: {target}") from None
    with closing(sqlite3.connect(source, timeout=BUSY_MS / 1000)) as src:
        src.execute(f"PRAGMA busy_timeout={BUSY_MS}")
        with closing(sqlite3.connect(target, isolation_level=None)) as dst:
            src.backup(dst)  # pages=-1: one read transaction, never restarted by writers
            dst.execute("PRAGMA journal_mode=DELETE")


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of a file: "ok" or the first problems."""
    try:
        with closing(connect_read_only(path)) as c:
            rows = [r[0] for r in c.execute("PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as error:
        return str(error)
    return "ok" if rows == ["ok"] else "; ".join(rows)


def row_counts(path: Path) -> dict[str, int]:
    """Rows per table (SQLite's own tables left out)."""
    with closing(connect_read_only(path)) as c:
        tables = [
            r[0]
            for r in c.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {t: int(c.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def read_only_engine(path: Path) -> Engine:
    """A SQLAlchemy engine over a file opened read-only (for the audit check)."""
    return create_engine("sqlite://", creator=lambda: connect_read_only(path), poolclass=NullPool)


def audit_verdict(path: Path) -> Verdict:
    """The audit chain of a database file (OK with 0 entries when it has no log yet)."""
    with closing(connect_read_only(path)) as c:
        has_log = c.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"
        ).fetchone()
    if not has_log:
        return Verdict(0)
    engine = read_only_engine(path)
    try:
        return verify_engine(engine)
    finally:
        engine.dispose()


@contextmanager
def exclusive(path: Path, *, force: bool) -> Iterator[sqlite3.Connection]:
    """A connection that holds ``path`` alone: refused while any station has it open
    (an idle pooled connection counts), unless ``force``."""
    c = sqlite3.connect(path, isolation_level=None, timeout=BUSY_MS / 1000 if force else 0)
    try:
        if not force:
            c.execute("PRAGMA locking_mode=EXCLUSIVE")
            try:
                c.execute("BEGIN EXCLUSIVE")
                c.execute("COMMIT")  # the lock stays: exclusive locking mode
            except sqlite3.OperationalError as error:
                raise BackupError(
                    "数据库正在使用中（有工作站打开），请先关闭所有工作站，或用 --force / "
                    f"the database is in use (a station has it open); close every station "
                    f"or use --force: {path}"
                ) from error
        yield c
    finally:
        c.close()


def restore_into(backup: Path, target: Path, *, force: bool) -> None:
    """Overwrite ``target`` with the content of ``backup`` through the backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with exclusive(target, force=force) as dst, closing(connect_read_only(backup)) as src:
        src.backup(dst)
    with closing(sqlite3.connect(target, isolation_level=None)) as c:
        c.execute("PRAGMA journal_mode=WAL")
