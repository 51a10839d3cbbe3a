"""The live tab's table: every room with its batches by stage and its outcomes so far."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from app.domain.types import Outcome
from app.services.statistics_live import RoomLive
from app.ui.item_models.row_table import RowTableModel

OUTCOMES = tuple(o.value for o in Outcome)
ROOM_WORD = "接待室"
"""Every room name (data, not interface text) has it; the table leaves it out."""


class RoomLiveModel(RowTableModel[RoomLive]):
    """One row per room (by number): stages in batches, persons, then the outcomes."""

    ROOM, WAITING, IN_RECEPTION, DONE, SET_ASIDE, PERSONS = range(6)
    FIRST_OUTCOME = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_headers(
            (
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
            ),
            (
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
            ),
        )

    def cell(self, room: RoomLive, column: int, role: int) -> object:
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
