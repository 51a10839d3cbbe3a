"""Every room's current wait, as the desk's compact room list shows it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.queue_data import RoomWait
from app.ui.item_models.row_table import RowTableModel
from app.ui.widgets.desk_words import wait_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A value that sorts the column naturally (numbers as numbers)."""

ROOM_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class RoomWaitsModel(RowTableModel[RoomWait]):
    """Room number and short name (the full name as tooltip), the number in reception,
    batches/persons waiting and the expected wait."""

    NUMBER, SERVING, WAITING, WAIT = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_headers(
            (
                self.tr("接待室"),
                self.tr("在谈"),
                self.tr("候谈"),
                self.tr("预计等候"),
            )
        )

    def cell(self, room: RoomWait, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(room, column)
        if role == SORT_ROLE:
            return self._sort_value(room, column)
        if role == ROOM_ID_ROLE:
            return room.room_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name}：候谈 {batches} 批 {persons} 人").format(
                name=room.room_name, batches=room.batches_waiting, persons=room.persons_waiting
            )
        if role == Qt.ItemDataRole.ForegroundRole and not room.is_open:
            return QBrush(QColor("#9aa5b1"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NUMBER:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, room: RoomWait, column: int) -> str:
        if column == self.NUMBER:
            name = _short(room.room_name)
            return self.tr("{number}号 {name}").format(number=room.room_number, name=name)
        if not room.is_open:
            return self.tr("暂停") if column == self.WAIT else "—"
        if column == self.SERVING:
            return room.serving_ticket or "—"
        if column == self.WAITING:
            return self.tr("{persons}人").format(persons=room.persons_waiting)
        return wait_text(room.expected_wait_minutes)

    def _sort_value(self, room: RoomWait, column: int) -> object:
        if column == self.NUMBER:
            return room.room_number
        if column == self.SERVING:
            return room.serving_ticket
        if column == self.WAITING:
            return room.persons_waiting
        return room.expected_wait_minutes if room.is_open else float("inf")


def _short(name: str) -> str:
    """A room name without the word every room name has: "土地征收与拆迁（一）"."""
    short = name.replace("接待室", "", 1).strip()
    return short or name
