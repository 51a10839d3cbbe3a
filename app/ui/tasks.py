"""Run service calls off the GUI thread and deliver the answer back on it.

Views call ``runner.submit(fn, on_done, on_error)``. The thread runner uses Qt's global
thread pool; tests use :class:`ImmediateRunner`, which runs the call at once, so a test
never sleeps or waits for a thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class TaskRunner(Protocol):
    """Something that runs ``fn`` and hands its result or error to a callback."""

    def submit(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        """Run ``fn``; call ``on_done(result)`` or ``on_error(exception)`` on the GUI thread."""
        ...


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as error:  # delivered to the GUI thread, never lost
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


class ThreadRunner(QObject):
    """Runs calls on the global thread pool; callbacks arrive through queued signals."""

    error = Signal(object)  # errors nobody handled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def submit(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        def finish_ok(result: object) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            on_done(result)

        def finish_error(error: object) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            assert isinstance(error, BaseException)
            if on_error is not None:
                on_error(error)
            else:
                self.error.emit(error)

        relay.done.connect(finish_ok)
        relay.failed.connect(finish_error)
        self._pool.start(_Job(fn, relay))

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Wait until every submitted call has finished (used at shutdown)."""
        return self._pool.waitForDone(msecs)

    @property
    def undelivered(self) -> int:
        """Calls whose answer has not reached its callback yet (queued to the GUI thread
        after the call finished). A widget that submitted work must outlive this."""
        return len(self._relays)


class ImmediateRunner(QObject):
    """Runs every call at once on the calling thread (tests, scripts)."""

    error = Signal(object)

    def submit(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        try:
            result = fn()
        except Exception as error:
            if on_error is not None:
                on_error(error)
            else:
                self.error.emit(error)
            return
        on_done(result)
