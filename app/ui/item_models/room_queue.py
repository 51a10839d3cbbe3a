"""The room's queue as a table: serving, waiting (in serving order), on hold, no-shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.queue_data import QueueEntry, RoomQueue
from app.ui.item_models.row_table import RowTableModel

Index = QModelIndex | QPersistentModelIndex

VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2

SERVING, WAITING, ON_HOLD, NO_SHOW = "serving", "waiting", "on_hold", "no_show"


def _t(text: str) -> str:
    return QCoreApplication.translate("RoomQueueModel", text)


@dataclass(frozen=True)
class QueueRow:
    """One batch in the room's list, with the minutes it has waited and may still wait."""

    entry: QueueEntry
    group: str
    position: int  # 1-based place within its group
    waited_minutes: int | None
    remaining_minutes: int | None
    topic_name: str


def queue_rows(
    queue: RoomQueue,
    now: datetime,
    topic_name: Callable[[int], str],
    room_wait_minutes: float | None = None,
) -> list[QueueRow]:
    """Rows of every group.

    ``room_wait_minutes`` is the room's expected wait for a batch arriving now (the
    hall display's figure); a waiting batch's remaining wait is its share by place in
    line. Without it, the estimate made at check-in less the time waited is used.
    """
    slots = len(queue.waiting) + (1 if queue.serving else 0)
    per_batch = room_wait_minutes / slots if room_wait_minutes is not None and slots else None
    ahead = 1 if queue.serving else 0
    rows: list[QueueRow] = []
    groups: list[tuple[str, Sequence[QueueEntry]]] = [
        (SERVING, (queue.serving,) if queue.serving else ()),
        (WAITING, queue.waiting),
        (ON_HOLD, queue.on_hold),
        (NO_SHOW, queue.no_shows),
    ]
    for group, entries in groups:
        for position, entry in enumerate(entries, start=1):
            waited: int | None = None
            if entry.checked_in_at is not None:
                waited = max(0, int((now - entry.checked_in_at).total_seconds() // 60))
            remaining: int | None = None
            if group == WAITING and per_batch is not None:
                remaining = round(per_batch * (position - 1 + ahead))
            elif group == WAITING and entry.expected_wait_minutes is not None:
                remaining = max(0, round(entry.expected_wait_minutes) - (waited or 0))
            rows.append(
                QueueRow(entry, group, position, waited, remaining, topic_name(entry.topic_id))
            )
    return rows


def marks_text(entry: QueueEntry) -> str:
    """Short marks for a row: priority lane, collective, repeat."""
    marks = []
    lanes = {"elderly": _t("老"), "disabled": _t("残"), "pre_booked": _t("约")}
    if entry.priority in lanes:
        marks.append(lanes[entry.priority])
    if entry.is_collective:
        marks.append(_t("集体"))
    if entry.is_repeat:
        marks.append(_t("重复"))
    return " ".join(marks)


def minutes_text(minutes: int | None, *, soon: bool = False) -> str:
    if minutes is None:
        return ""
    if soon and minutes == 0:
        return _t("即将")
    if minutes >= 60:
        return _t("{h} 时 {m:02d} 分").format(h=minutes // 60, m=minutes % 60)
    return _t("{m} 分").format(m=minutes)


class RoomQueueModel(RowTableModel[QueueRow]):
    """Every batch of one room; filter by ``GROUP_ROLE`` to show one group."""

    TICKET, NAME, HEADS, MARKS, WAITED, REMAINING = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)
        self.set_headers(
            (_t("号码"), _t("来访人"), _t("人数"), _t("标记"), _t("已等"), _t("预计还需"))
        )

    def cell(self, row: QueueRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == VISIT_ID_ROLE:
            return row.entry.visit_id
        if role == GROUP_ROLE:
            return row.group
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.TICKET, self.HEADS, self.WAITED, self.REMAINING):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.TICKET:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column == self.MARKS:
            if row.entry.is_repeat:
                return QBrush(QColor("#c62828"))
            return QBrush(QColor("#00695c"))
        return None

    def _display(self, row: QueueRow, column: int) -> str:
        entry = row.entry
        if column == self.TICKET:
            return entry.ticket_text
        if column == self.NAME:
            return entry.display_name
        if column == self.HEADS:
            return str(entry.head_count)
        if column == self.MARKS:
            return marks_text(entry)
        if column == self.WAITED:
            return minutes_text(row.waited_minutes)
        if column == self.REMAINING:
            return minutes_text(row.remaining_minutes, soon=True)
        return ""

    @staticmethod
    def _tooltip(row: QueueRow) -> str:
        entry = row.entry
        lines = [
            _t("{ticket} 号 · {name} · {n} 人").format(
                ticket=entry.ticket_text, name=entry.display_name, n=entry.head_count
            ),
            _t("反映类别：{topic}").format(topic=row.topic_name),
        ]
        if entry.checked_in_at is not None:
            lines.append(_t("签到：{time}").format(time=entry.checked_in_at.strftime("%H:%M")))
        return "\n".join(lines)


class QueueGroupFilter(QSortFilterProxyModel):
    """Shows one group of the queue model (e.g. only the waiting batches)."""

    def __init__(self, group: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._group = group

    def group(self) -> str:
        return self._group

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        return bool(model.data(index, GROUP_ROLE) == self._group)
