"""The print queue's filters: status (未出单 among them), document, room, unit, number."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain.types import PrintJobStatus
from app.services.print_data import MISSING_FILTER, DocumentKind
from app.ui.printing.settings import kind_label

P = PrintJobStatus


class QueueFilterBar(QWidget):
    """Combos and a search box; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QComboBox()
        for text, value in (
            (self.tr("全部状态"), ""),
            (self.tr("待打印"), P.PENDING.value),
            (self.tr("未出单"), MISSING_FILTER),
            (self.tr("已打印"), P.PRINTED.value),
            (self.tr("失败"), P.FAILED.value),
            (self.tr("已取消"), P.CANCELLED.value),
        ):
            self.status.addItem(text, value)
        self.document = QComboBox()
        self.document.addItem(self.tr("全部文书"), "")
        for kind in DocumentKind:
            self.document.addItem(kind_label(kind.value), kind.value)
        self.room = QComboBox()
        self.room.addItem(self.tr("全部接待室"), None)
        self.room.setMinimumContentsLength(14)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("全部单位"), None)
        self.unit.setMinimumContentsLength(16)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("信访件编号 / 排队号"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("筛选")))
        for widget in (self.status, self.document, self.room, self.unit):
            layout.addWidget(widget)
            widget.currentIndexChanged.connect(self.changed)
        layout.addWidget(self.search)
        layout.addStretch(1)
        self.search.textChanged.connect(self.changed)

    def set_rooms(self, rooms: Sequence[tuple[int, str]]) -> None:
        """The rooms to choose from, keeping the current choice when it is still there."""
        self._refill(self.room, self.tr("全部接待室"), rooms)

    def set_units(self, units: Sequence[tuple[int, str]]) -> None:
        self._refill(self.unit, self.tr("全部单位"), units)

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

    def set_status(self, value: str) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(value)))

    def values(self) -> dict[str, object]:
        """Keyword arguments for :meth:`PrintQueueFilter.set_filter`."""
        room, unit = self.room.currentData(), self.unit.currentData()
        return {
            "status": str(self.status.currentData() or ""),
            "document": str(self.document.currentData() or ""),
            "room_id": room if isinstance(room, int) else None,
            "unit_id": unit if isinstance(unit, int) else None,
            "text": self.search.text(),
        }
