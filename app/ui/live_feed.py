"""Brings the change feed into the Qt event loop and publishes it on the bus."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from app.db import Database
from app.sync.feed import EVERYTHING, PgChangeListener, SqliteChangePoller
from app.ui.change_bus import ChangeBus

SQLITE_POLL_MS = 500
RECONNECT_MS = 2000


class LiveFeed(QObject):
    """PostgreSQL: LISTEN with a socket notifier (no polling); SQLite: a 0.5 s poll.

    ``online_changed(online, detail)`` drives the status bar; after a lost connection
    the feed retries every 2 s and, once back, announces everything changed so every
    view reloads what it missed.
    """

    online_changed = Signal(bool, str)

    def __init__(self, db: Database, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._notifier: QSocketNotifier | None = None
        self._timer = QTimer(self)
        self._poller: SqliteChangePoller | None = None
        self._listener: PgChangeListener | None = None
        if db.is_sqlite:
            path = db.sqlite_path
            assert path is not None
            self._poller = SqliteChangePoller(str(path))
            self._timer.timeout.connect(self._poll_sqlite)
            self._timer.start(SQLITE_POLL_MS)
        else:
            self._listener = PgChangeListener(db.url.render_as_string(hide_password=False))
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._connect)
            self._connect()

    def _poll_sqlite(self) -> None:
        assert self._poller is not None
        self._bus.publish(self._poller.poll(), remote=True)

    def _connect(self) -> None:
        assert self._listener is not None
        was_offline = self._notifier is None
        try:
            fd = self._listener.connect()
        except Exception as error:  # server down or unreachable: retry
            self.online_changed.emit(False, str(error).splitlines()[0] if str(error) else "")
            self._timer.start(RECONNECT_MS)
            return
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self.online_changed.emit(True, "")
        if was_offline:
            self._bus.publish(EVERYTHING, remote=True)

    def _read(self) -> None:
        assert self._listener is not None
        try:
            changes = self._listener.poll()
        except Exception as error:  # connection lost
            self._drop(str(error))
            return
        self._bus.publish(changes, remote=True)

    def _drop(self, detail: str) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
        self.online_changed.emit(False, detail.splitlines()[0] if detail else "")
        self._timer.start(RECONNECT_MS)

    def stop(self) -> None:
        """Stop polling and close the feed's own connection."""
        self._timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._poller is not None:
            self._poller.close()
        if self._listener is not None:
            self._listener.close()
