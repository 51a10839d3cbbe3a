"""The live tab's table: every room with its batches by stage and its outcomes so far."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain.types import Outcome
from app.services.statistics_live import RoomLive

Index = QModelIndex | QPersistentModelIndex

OUTCOMES = tuple(o.value for o in Outcome)
ROOM_WORD = "接待室"
"""Every room name (data, not interface text) has it; the table leaves it out."""


class RoomLiveModel(QAbstractTableModel):
    """One row per room (by number): stages in batches, persons, then the outcomes."""

    ROOM, WAITING, IN_RECEPTION, DONE, SET_ASIDE, PERSONS = range(6)
    FIRST_OUTCOME = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RoomLive, ...] = ()
        self._headers = (
            self.tr("接待室"),
            self.tr("候谈"),
            self.tr("接谈中"),
            self.tr("已接谈"),
            self.tr("暂缓/过号"),
            self.tr("人次"),
            self.tr("当场解决"),
            self.tr("交办"),
            self.tr("法定途径"),
            self.tr("解释说明"),
        )
        self._tips = (
            self.tr("接待室的编号和名称"),
            self.tr("在本室排队或已叫号的批次"),
            self.tr("正在接谈的批次"),
            self.tr("所有事项已作出处理意见的批次"),
            self.tr("暂缓或过号的批次（仍属已签到）"),
            self.tr("本室已签到批次的人数合计（人次）"),
            self.tr("本室作出处理意见的事项：当场解决"),
            self.tr("本室作出处理意见的事项：交办责任单位"),
            self.tr("本室作出处理意见的事项：导入法定途径"),
            self.tr("本室作出处理意见的事项：解释说明"),
        )

    def set_rows(self, rows: Sequence[RoomLive]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def room(self, row: int) -> RoomLive:
        """The room shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        room, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ROOM:
                name = room.name.replace(ROOM_WORD, "").strip() or room.name
                return self.tr("{number}号 {name}").format(number=room.number, name=name)
            return str(self.value(room, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.ROOM:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ROOM:
            return room.name
        return None

    def value(self, room: RoomLive, column: int) -> int:
        """The number in a counting column."""
        if column >= self.FIRST_OUTCOME:
            return room.outcomes.get(OUTCOMES[column - self.FIRST_OUTCOME], 0)
        return (
            room.waiting,
            room.in_reception,
            room.done,
            room.set_aside,
            room.persons,
        )[column - self.WAITING]
