"""Every room's current wait, as the desk's compact room list shows it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.services.queue_data import RoomWait
from app.ui.widgets.desk_words import wait_text

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A value that sorts the column naturally (numbers as numbers)."""

ROOM_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class RoomWaitsModel(QAbstractTableModel):
    """Room number and short name (the full name as tooltip), the number in reception,
    batches/persons waiting and the expected wait."""

    NUMBER, SERVING, WAITING, WAIT = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RoomWait, ...] = ()
        self._headers = (
            self.tr("接待室"),
            self.tr("在谈"),
            self.tr("候谈"),
            self.tr("预计等候"),
        )

    def set_rows(self, rows: Sequence[RoomWait]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def room(self, row: int) -> RoomWait:
        """The room shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        room = self._rows[index.row()]
        column = index.column()
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
