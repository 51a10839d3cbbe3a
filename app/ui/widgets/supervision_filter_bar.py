"""The supervision board's filters: event, unit, urgency, status, room, deadline, number."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.domain.types import AssignmentStatus, Urgency
from app.ui.item_models.supervision_board import DUE_SOON, NEEDS_REMINDER, OVERDUE
from app.ui.widgets.filter_bar import FilterBar

#: The event combo's value for "every event".
ALL_EVENTS = -1


class SupervisionFilterBar(FilterBar):
    """Combos and a search box. ``event_changed`` asks for a reload (the event narrows
    what the service loads); ``changed`` fires on every other edit. :meth:`values` are
    the keyword arguments of :meth:`SupervisionFilter.set_filter`."""

    event_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("信访件编号"), 180, parent)
        self.event_combo = QComboBox()
        self.event_combo.setMinimumContentsLength(14)
        self.event_combo.currentIndexChanged.connect(self.event_changed)
        self.add_widget(self.event_combo)
        self.unit = self.add_items("unit_id", self.tr("全部单位"), 14)
        self.urgency = self.add_choice(
            "urgency",
            (
                (self.tr("全部颜色"), ""),
                (self.tr("红色"), Urgency.RED.value),
                (self.tr("黄色"), Urgency.YELLOW.value),
                (self.tr("绿色"), Urgency.GREEN.value),
            ),
        )
        self.status = self.add_choice(
            "status",
            (
                (self.tr("全部状态"), ""),
                (self.tr("待反馈"), AssignmentStatus.OPEN.value),
                (self.tr("办理中"), AssignmentStatus.FEEDBACK_GIVEN.value),
                (self.tr("已办结"), AssignmentStatus.CLOSED.value),
            ),
        )
        self.room = self.add_items("room_id", self.tr("全部接待室"))
        self.deadline = self.add_choice(
            "deadline",
            (
                (self.tr("全部期限"), ""),
                (self.tr("需催办（超期+即将到期）"), NEEDS_REMINDER),
                (self.tr("已超期"), OVERDUE),
                (self.tr("即将到期"), DUE_SOON),
            ),
        )

    def set_events(self, events: Sequence[tuple[int, str]], current: int) -> None:
        """The events to choose from; ``current`` is chosen the first time."""
        chosen = self.event_combo.currentData() if self.event_combo.count() else current
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for event_id, name in events:
            self.event_combo.addItem(name, event_id)
        self.event_combo.addItem(self.tr("全部接待日"), ALL_EVENTS)
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(chosen)))
        self.event_combo.blockSignals(False)

    def event_id(self, fallback: int) -> int | None:
        """The chosen event, None for every event."""
        value = self.event_combo.currentData()
        if value == ALL_EVENTS:
            return None
        return value if isinstance(value, int) else fallback

    def set_units(self, units: Sequence[tuple[int, str]]) -> None:
        self.set_items("unit_id", units)

    def set_rooms(self, rooms: Sequence[tuple[int, str]]) -> None:
        self.set_items("room_id", rooms)

    def set_deadline(self, value: str) -> None:
        self.choose("deadline", value)
