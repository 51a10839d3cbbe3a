"""Add a leader who can sit in a reception room, or edit one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.services.changes import Result
from app.services.setup_data import LeaderInfo
from app.ui.dialogs.setup_base import SetupDialog
from app.ui.env import UiEnv


class LeaderDialog(SetupDialog):
    """Name and title (职务), e.g. 王建国 / 县委副书记; ``leader`` None adds one."""

    def __init__(
        self, env: UiEnv, leader: LeaderInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(env, "", parent)
        self._leader = leader
        self.setWindowTitle(self.tr("新增领导") if leader is None else self.tr("编辑领导"))
        self.name_edit = QLineEdit(leader.name if leader else "")
        self.name_edit.setMaxLength(64)
        self.title_edit = QLineEdit(leader.title if leader else "")
        self.title_edit.setPlaceholderText(self.tr("如：县委副书记"))
        self.title_edit.setMaxLength(128)
        self.add_field("name", self.tr("姓名"), self.name_edit)
        self.add_field("title", self.tr("职务"), self.title_edit)
        self.finish_layout()
        self.resize(440, 0)
        self.name_edit.setFocus()

    def build(self) -> Callable[[], Result[Any]]:
        name, title = self.name_edit.text(), self.title_edit.text()
        setup = self.env.services.setup
        if self._leader is None:
            return lambda: setup.add_leader(name, title)
        leader_id = self._leader.id
        return lambda: setup.update_leader(leader_id, name, title)
