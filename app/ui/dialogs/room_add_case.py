"""Add another matter (信访事项) raised by the batch in front of the leader."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.domain.types import StatutoryCategory
from app.services.reception_data import CaseDraft
from app.services.setup_data import TopicInfo, UnitInfo
from app.ui.dialogs.room_submit import SubmitDialog, Submitter
from app.ui.widgets.room_badges import category_text


def _t(text: str) -> str:
    return QCoreApplication.translate("AddCaseDialog", text)


class AddCaseDialog(SubmitDialog):
    """Topic, summary, demand, category; answers a :class:`CaseDraft`."""

    def __init__(
        self,
        topics: Sequence[TopicInfo],
        units: Sequence[UnitInfo],
        topic_id: int,
        submitter: Submitter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_t("添加信访事项"), submitter, parent)
        self.resize(640, 440)
        form = QFormLayout()
        self.topic = QComboBox()
        for topic in topics:
            self.topic.addItem(topic.name, topic.id)
        self.topic.setCurrentIndex(max(0, self.topic.findData(topic_id)))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(_t("来访人反映的另一个问题"))
        self.demand = QLineEdit()
        self.demand.setPlaceholderText(_t("来访人的具体诉求"))
        self.category = QComboBox()
        for value in StatutoryCategory:
            self.category.addItem(category_text(value.value), value)
        self.category.setCurrentIndex(self.category.findData(StatutoryCategory.DEMAND))
        self.confidential = QCheckBox(_t("保密（检举控告，不向被举报单位透露来访人身份）"))
        self.accused = QComboBox()
        self.accused.addItem(_t("（无被举报单位）"), None)
        for unit in sorted(units, key=lambda u: u.name):
            self.accused.addItem(unit.name, unit.id)
        form.addRow(_t("反映类别"), self.topic)
        form.addRow(_t("问题摘要"), self.summary)
        form.addRow(_t("诉求"), self.demand)
        form.addRow(_t("性质"), self.category)
        form.addRow("", self.confidential)
        form.addRow(_t("被举报单位"), self.accused)
        self.body.addLayout(form)
        self.fields = {
            "topic_id": self.topic,
            "summary": self.summary,
            "demand": self.demand,
        }
        self.category.currentIndexChanged.connect(lambda _i: self._category_changed())
        self._category_changed()
        self.summary.setFocus()

    def _category_changed(self) -> None:
        accusation = self.category.currentData() == StatutoryCategory.ACCUSATION
        self.accused.setEnabled(accusation)
        if accusation:
            self.confidential.setChecked(True)

    def value(self) -> CaseDraft:
        topic_id = self.topic.currentData()
        if topic_id is None:
            raise InvalidInput("topic_id", "required")
        summary = self.summary.toPlainText().strip()
        if not summary:
            raise InvalidInput("summary", "required")
        accused = self.accused.currentData() if self.accused.isEnabled() else None
        return CaseDraft(
            topic_id=int(topic_id),
            summary=summary,
            demand=self.demand.text().strip(),
            statutory_category=StatutoryCategory(self.category.currentData()),
            is_confidential=self.confidential.isChecked(),
            accused_unit_id=int(accused) if accused is not None else None,
        )
