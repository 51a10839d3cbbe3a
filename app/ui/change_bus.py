"""One place where changes are announced; each view decides whether to reload."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.changes import Changes


class ChangeBus(QObject):
    """``changed`` carries a :class:`Changes` made here or seen from another station.

    ``remote`` is True for changes reported by the change feed (another workstation);
    those carry the entity kinds and event, never personal data.
    """

    changed = Signal(object, bool)  # Changes, remote

    def publish(self, changes: Changes, remote: bool = False) -> None:
        """Announce what a call changed (once per call)."""
        if changes.items:
            self.changed.emit(changes, remote)
