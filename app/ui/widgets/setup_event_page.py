"""The first set-up tab: the event's basic facts and its rules (督办规则)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.services.setup_data import EventInfo
from app.ui.env import UiEnv
from app.ui.widgets.setup_settings import SettingsPage


class EventPage(QWidget):
    """Name, date, venue, organisation and number prefix (read here), then the settings."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.basics: dict[str, QLabel] = {}
        box = QGroupBox(self.tr("接访日"))
        form = QFormLayout(box)
        for key, label in (
            ("name", self.tr("名称")),
            ("date", self.tr("日期")),
            ("venue", self.tr("地点")),
            ("organisation", self.tr("组织单位")),
            ("prefix", self.tr("信访件编号前缀")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.basics[key] = value
            form.addRow(label, value)
        self.settings = SettingsPage(env)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.settings, 1)

    def set_event(self, event: EventInfo) -> None:
        """Show ``event`` (discards unsaved edits of its settings)."""
        self.basics["name"].setText(event.name)
        self.basics["date"].setText(event.event_date.isoformat())
        self.basics["venue"].setText(event.venue)
        self.basics["organisation"].setText(event.organisation_name)
        self.basics["prefix"].setText(event.case_number_prefix)
        self.settings.set_event(event)
