"""Transfer a batch to another room: the rooms with their waits, and a reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QWidget

from app.domain.errors import InvalidInput
from app.services.queue_data import RoomWait
from app.services.setup_data import RoomInfo
from app.ui.dialogs.room_submit import SubmitDialog, Submitter

ROOM_ROLE = Qt.ItemDataRole.UserRole + 1
REASONS = (
    str(QT_TRANSLATE_NOOP("TransferDialog", "反映问题不属于本接待室类别")),
    str(QT_TRANSLATE_NOOP("TransferDialog", "需相关责任单位所在接待室答复")),
    str(QT_TRANSLATE_NOOP("TransferDialog", "涉法涉诉问题，转涉法涉诉接待室")),
    str(QT_TRANSLATE_NOOP("TransferDialog", "来访人要求由其他领导接待")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("TransferDialog", text)


class TransferDialog(SubmitDialog):
    """Answers ``(room_id, reason)``; rooms that handle the batch's topic come first."""

    def __init__(
        self,
        label: str,
        topic_id: int,
        current_room_id: int,
        rooms: Sequence[RoomInfo],
        waits: Sequence[RoomWait],
        submitter: Submitter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_t("转其他接待室"), submitter, parent)
        self.resize(640, 520)
        heading = QLabel(label)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        self.body.addWidget(heading)
        self.body.addWidget(QLabel(_t("转往（对口接待室在前，括号内为当前候谈情况）")))
        self.rooms = QListWidget()
        wait_of = {w.room_id: w for w in waits}
        ordered = sorted(
            (r for r in rooms if r.id != current_room_id),
            key=lambda r: (topic_id not in r.topic_ids, not r.is_open, r.number),
        )
        for room in ordered:
            self.rooms.addItem(self._item(room, wait_of.get(room.id), topic_id))
        self.body.addWidget(self.rooms, 1)
        self.body.addWidget(QLabel(_t("转出理由（必填）")))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([_t(r) for r in REASONS])
        self.reason.setCurrentIndex(-1)
        line = self.reason.lineEdit()
        if line is not None:
            line.setPlaceholderText(_t("选择或输入理由"))
        self.body.addWidget(self.reason)
        self.fields = {"room_id": self.rooms, "reason": self.reason}
        first = next(
            (
                self.rooms.item(r)
                for r in range(self.rooms.count())
                if self.rooms.item(r).flags() & Qt.ItemFlag.ItemIsEnabled
            ),
            None,
        )
        if first is not None:
            self.rooms.setCurrentItem(first)
        self.rooms.setFocus()

    @staticmethod
    def _item(room: RoomInfo, wait: RoomWait | None, topic_id: int) -> QListWidgetItem:
        text = _t("{number} 号 · {name}").format(number=room.number, name=room.name)
        if not room.is_open:
            text += _t("（已关闭）")
        elif wait is not None:
            text += _t("（候谈 {n} 批，约 {m} 分钟）").format(
                n=wait.batches_waiting, m=round(wait.expected_wait_minutes)
            )
        if topic_id in room.topic_ids:
            text = "★ " + text
        item = QListWidgetItem(text)
        item.setData(ROOM_ROLE, room.id)
        if not room.is_open:
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        return item

    def select_room(self, room_id: int) -> None:
        for r in range(self.rooms.count()):
            if self.rooms.item(r).data(ROOM_ROLE) == room_id:
                self.rooms.setCurrentRow(r)

    def room_id(self) -> int | None:
        item = self.rooms.currentItem()
        value = item.data(ROOM_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def value(self) -> tuple[int, str]:
        room_id = self.room_id()
        if room_id is None:
            raise InvalidInput("room_id", "required")
        reason = self.reason.currentText().strip()
        if not reason:
            raise InvalidInput("reason", "required")
        return room_id, reason
