"""Qt-free change sources; the UI drives them from its event loop."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from sqlalchemy.engine import make_url

from app.services.changes import Change, Changes, Entity

CHANNEL = "reception_day"
TABLE_ENTITIES = {
    "visit": Entity.VISIT,
    "petition_case": Entity.CASE,
    "assignment": Entity.ASSIGNMENT,
    "print_job": Entity.PRINT_JOB,
    "room": Entity.SETUP,
    "reception_event": Entity.EVENT,
}
EVERYTHING = Changes(tuple(Change(entity, frozenset()) for entity in Entity))


def changes_from_payloads(payloads: Iterable[str]) -> Changes:
    """``['visit:3', 'assignment:3']`` → the entity kinds and events they name."""
    items: list[Change] = []
    seen: set[tuple[Entity, int | None]] = set()
    for payload in payloads:
        table, _, event = payload.partition(":")
        entity = TABLE_ENTITIES.get(table)
        if entity is None:
            continue
        event_id = int(event) if event.isdigit() else None
        if (entity, event_id) not in seen:
            seen.add((entity, event_id))
            items.append(Change(entity, frozenset(), event_id))
    return Changes(tuple(items))


class SqliteChangePoller:
    """Notices commits by other connections to one SQLite file (``PRAGMA data_version``)."""

    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._version = self._read()

    def _read(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def poll(self) -> Changes:
        """Everything, if the file changed since the last poll; else nothing."""
        version = self._read()
        if version == self._version:
            return Changes()
        self._version = version
        return EVERYTHING

    def close(self) -> None:
        self._conn.close()


class PgChangeListener:
    """A dedicated autocommit psycopg connection that LISTENs for change notices."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url).set(drivername="postgresql")
        self._dsn = parsed.render_as_string(hide_password=False)
        self._conn: Any = None

    def connect(self) -> int:
        """Open the connection and LISTEN; returns the socket to watch."""
        import psycopg

        self.close()
        self._conn = psycopg.connect(self._dsn, autocommit=True, connect_timeout=5)
        self._conn.execute(f"LISTEN {CHANNEL}")
        return int(self._conn.fileno())

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def poll(self, timeout: float = 0.0) -> Changes:
        """The notices that arrived, waiting up to ``timeout`` seconds for the first one
        (0: never blocks). Raises psycopg.OperationalError if the server is gone."""
        if self._conn is None:
            return Changes()
        payloads = [n.payload for n in self._conn.notifies(timeout=timeout, stop_after=1)]
        payloads += [n.payload for n in self._conn.notifies(timeout=0)]
        return changes_from_payloads(payloads)

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
