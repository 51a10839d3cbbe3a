"""Add or edit a room: number, name, location, open, general, topics, units, leaders."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from app.services.changes import Result
from app.services.setup_data import EventSetup, RoomDraft, RoomInfo
from app.ui.dialogs.setup_base import SetupDialog
from app.ui.env import UiEnv
from app.ui.widgets.setup_checklist import CheckList


class RoomDialog(SetupDialog):
    """One room of the event being set up; ``room`` None adds a new one."""

    def __init__(
        self,
        env: UiEnv,
        setup: EventSetup,
        room: RoomInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(env, "", parent)
        self.setWindowTitle(self.tr("新增接待室") if room is None else self.tr("编辑接待室"))
        self._setup = setup
        self._room = room
        self.number_edit = QSpinBox()
        self.number_edit.setRange(1, 999)
        self.number_edit.setMaximumWidth(120)
        used = {r.number for r in setup.rooms}
        self.number_edit.setValue(
            room.number if room else next(n for n in range(1, 1000) if n not in used)
        )
        self.name_edit = QLineEdit(room.name if room else "")
        self.name_edit.setPlaceholderText(self.tr("如：土地征收与拆迁接待室"))
        self.name_edit.setMaxLength(64)
        self.location_edit = QLineEdit(room.location if room else "")
        self.location_edit.setPlaceholderText(self.tr("如：教学楼二楼 201"))
        self.open_box = QCheckBox(self.tr("开放接待（关闭后登记台不再分配到此室）"))
        self.open_box.setChecked(room.is_open if room else True)
        self.general_box = QCheckBox(self.tr("综合接待室（接待其他接待室不对口的来访）"))
        self.general_box.setChecked(room.is_general if room else False)
        self.add_field("number", self.tr("编号"), self.number_edit)
        self.add_field("name", self.tr("名称"), self.name_edit)
        self.add_field("location", self.tr("位置"), self.location_edit)
        self.form.addRow("", self.open_box)
        self.form.addRow("", self.general_box)

        self.topics = CheckList(self.tr("反映类别"))
        self.topics.set_items(
            [(t.id, t.name) for t in setup.topics], room.topic_ids if room else ()
        )
        self.units = CheckList(self.tr("在场责任单位"), self.tr("筛选单位…"))
        self.units.set_items([(u.id, u.name) for u in setup.units], room.unit_ids if room else ())
        self.leaders = CheckList(self.tr("值守领导"))
        self.leaders.set_items(
            [(x.id, f"{x.name} · {x.title}" if x.title else x.name) for x in setup.leaders],
            room.leader_ids if room else (),
        )
        lists = QHBoxLayout()
        for widget in (self.topics, self.units, self.leaders):
            lists.addWidget(widget, 1)
        self.body.addLayout(lists, 1)
        self.finish_layout()
        self.resize(980, 640)
        self.name_edit.setFocus()

    def draft(self) -> RoomDraft:
        """The room as entered."""
        return RoomDraft(
            number=self.number_edit.value(),
            name=self.name_edit.text(),
            topic_ids=self.topics.checked_ids(),
            unit_ids=self.units.checked_ids(),
            leader_ids=self.leaders.checked_ids(),
            location=self.location_edit.text().strip(),
            is_general=self.general_box.isChecked(),
            is_open=self.open_box.isChecked(),
        )

    def build(self) -> Callable[[], Result[Any]]:
        draft = self.draft()
        setup = self.env.services.setup
        if self._room is None:
            event_id = self._setup.event.id
            return lambda: setup.add_room(event_id, draft)
        room_id, version = self._room.id, self._room.version
        return lambda: setup.update_room(room_id, draft, version)
