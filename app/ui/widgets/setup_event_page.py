"""The first set-up tab: the event's basic facts and its rules (督办规则)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services.setup_data import EventInfo
from app.ui.env import UiEnv
from app.ui.widgets.setup_event_basics import EventBasics
from app.ui.widgets.setup_settings import SettingsPage


class EventPage(QWidget):
    """Name, date, venue, organisation and number prefix (each saved on its own), then
    the settings."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.basics = EventBasics(env)
        self.settings = SettingsPage(env)
        layout = QVBoxLayout(self)
        layout.addWidget(self.basics)
        layout.addWidget(self.settings, 1)

    def set_event(self, event: EventInfo) -> None:
        """Show ``event`` (unsaved edits survive a reload that did not change them)."""
        self.basics.set_event(event)
        self.settings.set_event(event)
