"""The supervision board's filters: event, unit, urgency, status, room, deadline, number."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain.types import AssignmentStatus, Urgency
from app.ui.item_models.supervision_board import DUE_SOON, NEEDS_REMINDER, OVERDUE

#: The event combo's value for "every event".
ALL_EVENTS = -1


class SupervisionFilterBar(QWidget):
    """Combos and a search box. ``event_changed`` asks for a reload (the event narrows
    what the service loads); ``changed`` fires on every other edit."""

    changed = Signal()
    event_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_combo = QComboBox()
        self.event_combo.setMinimumContentsLength(14)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("全部单位"), None)
        self.unit.setMinimumContentsLength(14)
        self.urgency = QComboBox()
        for text, value in (
            (self.tr("全部颜色"), ""),
            (self.tr("红色"), Urgency.RED.value),
            (self.tr("黄色"), Urgency.YELLOW.value),
            (self.tr("绿色"), Urgency.GREEN.value),
        ):
            self.urgency.addItem(text, value)
        self.status = QComboBox()
        for text, value in (
            (self.tr("全部状态"), ""),
            (self.tr("待反馈"), AssignmentStatus.OPEN.value),
            (self.tr("办理中"), AssignmentStatus.FEEDBACK_GIVEN.value),
            (self.tr("已办结"), AssignmentStatus.CLOSED.value),
        ):
            self.status.addItem(text, value)
        self.room = QComboBox()
        self.room.addItem(self.tr("全部接待室"), None)
        self.deadline = QComboBox()
        for text, value in (
            (self.tr("全部期限"), ""),
            (self.tr("需催办（超期+即将到期）"), NEEDS_REMINDER),
            (self.tr("已超期"), OVERDUE),
            (self.tr("即将到期"), DUE_SOON),
        ):
            self.deadline.addItem(text, value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("信访件编号"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(180)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("筛选")))
        layout.addWidget(self.event_combo)
        for widget in (self.unit, self.urgency, self.status, self.room, self.deadline):
            layout.addWidget(widget)
            widget.currentIndexChanged.connect(self.changed)
        layout.addWidget(self.search)
        layout.addStretch(1)
        self.event_combo.currentIndexChanged.connect(self.event_changed)
        self.search.textChanged.connect(self.changed)

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
        self._refill(self.unit, self.tr("全部单位"), units)

    def set_rooms(self, rooms: Sequence[tuple[int, str]]) -> None:
        self._refill(self.room, self.tr("全部接待室"), rooms)

    def set_deadline(self, value: str) -> None:
        self.deadline.setCurrentIndex(max(0, self.deadline.findData(value)))

    def _refill(self, combo: QComboBox, everything: str, items: Sequence[tuple[int, str]]) -> None:
        current = combo.currentData()
        if [combo.itemData(i) for i in range(1, combo.count())] == [i for i, _ in items]:
            return
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for item_id, label in items:
            combo.addItem(label, item_id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        if combo.currentData() != current:
            self.changed.emit()

    def values(self) -> dict[str, object]:
        """Keyword arguments for :meth:`SupervisionFilter.set_filter`."""
        unit, room = self.unit.currentData(), self.room.currentData()
        return {
            "unit_id": unit if isinstance(unit, int) else None,
            "room_id": room if isinstance(room, int) else None,
            "urgency": str(self.urgency.currentData() or ""),
            "status": str(self.status.currentData() or ""),
            "deadline": str(self.deadline.currentData() or ""),
            "text": self.search.text(),
        }
