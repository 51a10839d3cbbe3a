"""Noticing that nobody has touched the workstation for a while (to lock it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

DEFAULT_LOCK_MINUTES = 5.0
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatch(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard, mouse or touch input anywhere
    in the application; 0 minutes means never."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(self.idle)
        self.enabled = minutes > 0
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.restart()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()  # any input starts the countdown again
        return False

    def restart(self) -> None:
        """Count from now (after an unlock)."""
        if self.enabled:
            self.timer.start()

    def pause(self) -> None:
        """Stop counting (while locked)."""
        self.timer.stop()

    def stop(self) -> None:
        """Stop for good (the session ended)."""
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
