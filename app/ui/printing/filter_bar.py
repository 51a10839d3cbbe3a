"""The print queue's filters: status (未出单 among them), document, room, unit, number."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from app.domain.types import PrintJobStatus
from app.services.print_data import MISSING_FILTER, DocumentKind
from app.ui.printing.settings import kind_label
from app.ui.widgets.filter_bar import FilterBar

P = PrintJobStatus


class QueueFilterBar(FilterBar):
    """Combos and a search box; :meth:`values` are the keyword arguments of
    :meth:`PrintQueueFilter.set_filter`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("信访件编号 / 排队号"), 220, parent)
        self.status = self.add_choice(
            "status",
            (
                (self.tr("全部状态"), ""),
                (self.tr("待打印"), P.PENDING.value),
                (self.tr("未出单"), MISSING_FILTER),
                (self.tr("已打印"), P.PRINTED.value),
                (self.tr("失败"), P.FAILED.value),
                (self.tr("已取消"), P.CANCELLED.value),
            ),
        )
        self.document = self.add_choice(
            "document",
            [(self.tr("全部文书"), "")] + [(kind_label(k.value), k.value) for k in DocumentKind],
        )
        self.room = self.add_items("room_id", self.tr("全部接待室"), 14)
        self.unit = self.add_items("unit_id", self.tr("全部单位"), 16)

    def set_rooms(self, rooms: Sequence[tuple[int, str]]) -> None:
        """The rooms to choose from, keeping the current choice when it is still there."""
        self.set_items("room_id", rooms)

    def set_units(self, units: Sequence[tuple[int, str]]) -> None:
        self.set_items("unit_id", units)

    def set_status(self, value: str) -> None:
        self.choose("status", value)
