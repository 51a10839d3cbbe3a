"""Add a topic (反映类别) to the catalogue, or edit one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QLineEdit, QWidget

from app.services.changes import Result
from app.services.setup_data import TopicDraft, TopicInfo
from app.ui.dialogs.setup_base import SetupDialog
from app.ui.env import UiEnv


class TopicDialog(SetupDialog):
    """Code, name, national class code, average reception time, general/legal flags.

    ``topic`` None adds a new topic; otherwise the dialog edits that one.
    """

    def __init__(
        self, env: UiEnv, topic: TopicInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(env, "", parent)
        self._topic = topic
        self.setWindowTitle(self.tr("新增反映类别") if topic is None else self.tr("编辑反映类别"))
        self.code_edit = QLineEdit(topic.code if topic else "")
        self.code_edit.setPlaceholderText(self.tr("英文字母和数字，如 housing"))
        self.code_edit.setMaxLength(32)
        self.name_edit = QLineEdit(topic.name if topic else "")
        self.name_edit.setPlaceholderText(self.tr("如：城乡建设与住房"))
        self.name_edit.setMaxLength(64)
        self.class_edit = QLineEdit(topic.national_class_code if topic else "")
        self.class_edit.setPlaceholderText(self.tr("信访内容分类代码，如 02"))
        self.class_edit.setMaxLength(16)
        self.minutes_edit = QDoubleSpinBox()
        self.minutes_edit.setRange(1, 240)
        self.minutes_edit.setDecimals(0)
        self.minutes_edit.setValue(topic.default_service_minutes if topic else 15)
        self.minutes_edit.setSuffix(self.tr(" 分钟"))
        self.minutes_edit.setMaximumWidth(140)
        self.minutes_edit.setToolTip(self.tr("登记台按此估算候谈时间"))
        self.general_box = QCheckBox(self.tr("综合类（不对口的来访归入此类）"))
        self.general_box.setChecked(topic.is_general if topic else False)
        self.legal_box = QCheckBox(self.tr("涉法涉诉（提示导入法定途径）"))
        self.legal_box.setChecked(topic.is_legal_related if topic else False)
        self.add_field("code", self.tr("代码"), self.code_edit)
        self.add_field("name", self.tr("名称"), self.name_edit)
        self.add_field("national_class_code", self.tr("国家分类代码"), self.class_edit)
        self.add_field("default_service_minutes", self.tr("平均接待时长"), self.minutes_edit)
        self.form.addRow("", self.general_box)
        self.form.addRow("", self.legal_box)
        self.finish_layout()
        self.resize(520, 0)
        (self.code_edit if topic is None else self.name_edit).setFocus()

    def build(self) -> Callable[[], Result[Any]]:
        draft = TopicDraft(
            code=self.code_edit.text().strip(),
            name=self.name_edit.text(),
            national_class_code=self.class_edit.text().strip(),
            default_service_minutes=self.minutes_edit.value(),
            is_general=self.general_box.isChecked(),
            is_legal_related=self.legal_box.isChecked(),
        )
        setup = self.env.services.setup
        if self._topic is None:
            return lambda: setup.add_topic(draft)
        topic_id = self._topic.id
        return lambda: setup.update_topic(topic_id, draft)
