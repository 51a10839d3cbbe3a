"""Is a pooled PostgreSQL connection still alive? Asked at every checkout, mostly without
a round trip.

SQLAlchemy's ``pool_pre_ping`` sends a ``SELECT 1`` before every transaction: two round
trips per registration (a read and a write), about 3 ms of a desk's CPU each time on the
hall's server, and that for the rare case of a connection the server has dropped. What a
dropped connection looks like from the client is known: a server restart or an
administrator's ``pg_terminate_backend`` sends the backend's last words (a FATAL
message) and closes the socket, so an idle connection's socket turns readable. A
connection we are not using never has anything else to read (the pool's connections do
not LISTEN: the change feed has its own). So a checkout first polls the socket
(no round trip); only a connection idle for longer than :data:`PING_AFTER_IDLE_S` —
long enough for a silent network failure — is pinged for real.
"""

from __future__ import annotations

import select
import time
from typing import Any

from sqlalchemy import Engine, event, exc

PING_AFTER_IDLE_S = 30.0
_CHECKED_IN_AT = "rd_checked_in_at"


def socket_has_news(dbapi_connection: Any) -> bool:
    """True when the idle connection's socket can be read: the server spoke or hung up."""
    try:
        fd = dbapi_connection.fileno()
    except Exception:  # closed or broken: certainly not usable
        return True
    readable, _, _ = select.select([fd], [], [], 0)
    return bool(readable)


def _ping(dbapi_connection: Any) -> bool:
    autocommit = dbapi_connection.autocommit
    try:
        dbapi_connection.autocommit = True
        dbapi_connection.execute("SELECT 1")
        dbapi_connection.autocommit = autocommit
    except Exception:
        return False
    return True


def install(engine: Engine) -> None:
    """Check every checkout of ``engine``'s pool; a dead connection is replaced (the pool
    retries the checkout with a fresh one) instead of failing the caller's first
    statement."""

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info[_CHECKED_IN_AT] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        checked_in = record.info.get(_CHECKED_IN_AT)
        if checked_in is None:
            return  # a new connection: just made
        if socket_has_news(dbapi_connection):
            raise exc.DisconnectionError("the server closed the connection")
        if time.monotonic() - checked_in > PING_AFTER_IDLE_S and not _ping(dbapi_connection):
            raise exc.DisconnectionError("the connection does not answer")
