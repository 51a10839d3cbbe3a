"""The room's heading: number and name, leaders on duty, units present."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.setup_data import EventSetup, RoomInfo


class RoomHeading(QWidget):
    """Two lines: "3 号接待室 · name", then leaders, units present and a closed notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("接待室"))
        self.title.setProperty("role", "heading")
        self.subtitle = QLabel()
        self.subtitle.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

    def show_room(self, room: RoomInfo | None, setup: EventSetup | None) -> None:
        """Show a room of the event, or the plain title when none is chosen."""
        if room is None or setup is None:
            self.title.setText(self.tr("接待室"))
            self.subtitle.clear()
            return
        self.title.setText(
            self.tr("{number} 号接待室 · {name}").format(number=room.number, name=room.name)
        )
        leaders = [f"{x.name}{x.title}" for x in setup.leaders if x.id in room.leader_ids]
        units = [u.short_name or u.name for u in setup.units if u.id in room.unit_ids]
        parts = []
        if leaders:
            parts.append(self.tr("接访领导：{names}").format(names=self.tr("、").join(leaders)))
        if units:
            parts.append(self.tr("在场单位：{names}").format(names=self.tr("、").join(units)))
        if not room.is_open:
            parts.append(self.tr("本室已关闭"))
        self.subtitle.setText(self.tr("　").join(parts))
