"""One load at a time for a station, and none while it sits in a background tab.

A station reloads when something changes here or at another station; changes come in
bursts. :class:`LoadGate` runs one load at a time: loads asked for while one runs
become a single load after it. A station hidden behind another tab puts its load off
until it is shown again (:meth:`LoadGate.request_when_visible`, :meth:`LoadGate.shown`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


class LoadGate:
    """``start`` begins a load (usually by submitting it to the task runner); the
    station calls :meth:`done` when the load has ended, with data or with an error."""

    def __init__(self, start: Callable[[], None]) -> None:
        self._start = start
        self.loading = False
        self.pending = False  # asked for while a load ran
        self.stale = False  # asked for while hidden

    def request(self) -> None:
        """Start a load now, or once the one running has ended."""
        if self.loading:
            self.pending = True
            return
        self.loading = True
        self._start()

    def request_when_visible(self, widget: QWidget) -> None:
        """Load now if ``widget`` is on screen, else once it is shown again."""
        if widget.isVisible():
            self.request()
        else:
            self.stale = True

    def shown(self) -> None:
        """The station was shown: the load put off while it was hidden starts."""
        if self.stale:
            self.stale = False
            self.request()

    def done(self) -> None:
        """The load ended: a load asked for meanwhile starts now."""
        self.loading = False
        if self.pending:
            self.pending = False
            self.request()
