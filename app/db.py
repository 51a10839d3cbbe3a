"""Engine and session factory for SQLite (one PC) and PostgreSQL (a hall of PCs).

SQLite: WAL, ``synchronous=FULL``, foreign keys on, a busy timeout, and ``BEGIN
IMMEDIATE`` for every write transaction (a deferred transaction that reads then writes
fails at once under WAL when another connection committed in between). Reads use a
second engine whose transactions stay deferred. A database on a network share is
refused: WAL does not work there.
"""

from __future__ import annotations

import copy
import os
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app import pg_liveness
from app.audit import recorder
from app.audit.identity import SYSTEM, AuditIdentity, IdentitySource
from app.domain.errors import ReceptionDayError
from app.models import sealed
from app.security.keys import FieldKeys

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "fuse.sshfs",
        "sshfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "davfs",
        "fuse.davfs2",
        "lustre",
        "gpfs",
        "ncpfs",
    }
)
SQLITE_BUSY_TIMEOUT_MS = 30_000


class DatabaseOnNetworkShare(ReceptionDayError):
    """The SQLite file lies on a network share; several PCs need PostgreSQL instead."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


def is_network_path(
    path: Path, mounts_text: str | None = None, platform: str = sys.platform
) -> bool:
    """Whether ``path`` lies on a network filesystem.

    On Windows a UNC path (``\\\\server\\share``) or a drive of type DRIVE_REMOTE; elsewhere
    the filesystem type of the longest matching mount point in ``/proc/mounts``.
    """
    text = str(path)
    if platform == "win32":
        if text.startswith(("\\\\", "//")):
            return True
        return _windows_drive_is_remote(text)
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    resolved = os.path.abspath(text)
    best_len, best_type = -1, ""
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        prefix = mount_point.rstrip("/") + "/"
        if (resolved == mount_point or resolved.startswith(prefix)) and len(mount_point) > best_len:
            best_len, best_type = len(mount_point), parts[2]
    return best_type in NETWORK_FILESYSTEMS


def _windows_drive_is_remote(text: str) -> bool:  # pragma: no cover - Windows only
    if len(text) < 2 or text[1] != ":":
        return False
    import ctypes

    drive_remote = 4
    kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 - absent off Windows
    return bool(kernel32.GetDriveTypeW(text[:2] + "\\") == drive_remote)


def _system() -> AuditIdentity:
    return SYSTEM


def _calling_function(frame: FrameType) -> str:
    """``module.function`` of the first public function up the stack (helpers such as
    ``_register`` name the service method that called them)."""
    first = frame
    for _ in range(6):
        if not frame.f_code.co_name.startswith("_") or frame.f_back is None:
            break
        frame = frame.f_back
    if frame.f_code.co_name.startswith("_"):
        frame = first
    module = str(frame.f_globals.get("__name__", "")).rsplit(".", 1)[-1]
    return f"{module}.{frame.f_code.co_name}"


@dataclass(frozen=True)
class DatabaseInfo:
    """What the status bar says about the database."""

    url: str
    dialect: str
    display: str


class Database:
    """The two engines (write, read) over one database and their session factories."""

    def __init__(
        self, url: str, *, echo: bool = False, field_keys: FieldKeys | None = None
    ) -> None:
        self.url = make_url(url)
        self.dialect = self.url.get_backend_name()
        if self.dialect == "sqlite":
            self._check_sqlite_path()
            self.write_engine = self._sqlite_engine(immediate=True, echo=echo)
            self.read_engine = self._sqlite_engine(immediate=False, echo=echo)
        else:
            self.write_engine = create_engine(self.url, pool_size=5, max_overflow=5, echo=echo)
            pg_liveness.install(self.write_engine)
            self.read_engine = self.write_engine
        self._write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        recorder.install(self._write_sessions)
        # Personal fields are sealed with keys kept outside the database (app.security).
        self.field_keys = field_keys or FieldKeys()
        sealed.install(self._write_sessions, self.field_keys)
        sealed.install(self._read_sessions, self.field_keys)
        self._identity: IdentitySource = _system

    def acting(self, identity: IdentitySource) -> Database:
        """The same database (engines shared) whose writes are audited for ``identity``."""
        view = copy.copy(self)
        view._identity = identity
        return view

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        """The database file, for SQLite on disk."""
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def info(self) -> DatabaseInfo:
        """A description without the password."""
        if self.is_sqlite:
            return DatabaseInfo(str(self.url), "sqlite", str(self.sqlite_path or ":memory:"))
        shown = self.url.render_as_string(hide_password=True)
        return DatabaseInfo(
            shown, self.dialect, f"{self.url.host}:{self.url.port or 5432}/{self.url.database}"
        )

    def _check_sqlite_path(self) -> None:
        database = self.url.database
        if not database or database == ":memory:":
            raise ReceptionDayError("An in-memory SQLite database cannot be shared; use a file.")
        path = Path(database).resolve()
        if is_network_path(path):
            raise DatabaseOnNetworkShare(str(path))
        path.parent.mkdir(parents=True, exist_ok=True)

    def _sqlite_engine(self, *, immediate: bool, echo: bool) -> Engine:
        engine = create_engine(
            self.url,
            echo=echo,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.close()

        begin_sql = "BEGIN IMMEDIATE" if immediate else "BEGIN"

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Any) -> None:
            connection.exec_driver_sql(begin_sql)

        return engine

    def write(self, action: str | None = None) -> AbstractContextManager[Session]:
        """A write transaction: commits on success, rolls back on any error.

        Its changes are audited in the same transaction; ``action`` defaults to the
        calling function (``module.function``), e.g. ``registration.register_walk_in``.
        """
        return self._write(action or _calling_function(sys._getframe(1)))

    @contextmanager
    def _write(self, action: str) -> Iterator[Session]:
        with self._write_sessions() as session, session.begin():
            recorder.begin(session, self._identity(), action)
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only transaction."""
        with self._read_sessions() as session:
            yield session

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.write_engine.dispose()
        if self.read_engine is not self.write_engine:
            self.read_engine.dispose()
