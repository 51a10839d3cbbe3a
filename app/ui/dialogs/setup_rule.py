"""Suggest a lead unit for a topic (topic → unit rule, with its rank)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from app.domain.errors import InvalidInput
from app.services.changes import Result
from app.services.setup_data import TopicInfo, UnitInfo
from app.ui.dialogs.setup_base import SetupDialog
from app.ui.env import UiEnv


class RankSpinBox(QSpinBox):
    """A stored rank (0 first) shown and typed as a place counted from 1."""

    def textFromValue(self, value: int) -> str:
        return str(value + 1)

    def valueFromText(self, text: str) -> int:
        return int(text.strip()) - 1

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = text.strip()
        if typed and not typed.isdigit():
            return (QValidator.State.Invalid, text, pos)
        if typed and self.minimum() <= int(typed) - 1 <= self.maximum():
            return (QValidator.State.Acceptable, text, pos)
        return (QValidator.State.Intermediate, text, pos)


class RuleDialog(SetupDialog):
    """Pick a topic and a unit not yet suggested for it; place 1 is suggested first."""

    def __init__(
        self,
        env: UiEnv,
        topics: tuple[TopicInfo, ...],
        units: tuple[UnitInfo, ...],
        rules: Mapping[int, tuple[UnitInfo, ...]],
        topic_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(env, "", parent)
        self.setWindowTitle(self.tr("添加建议牵头单位"))
        self._units = units
        self._rules = rules
        self.topic_combo = QComboBox()
        for topic in topics:
            self.topic_combo.addItem(topic.name, topic.id)
        if topic_id is not None:
            self.topic_combo.setCurrentIndex(max(0, self.topic_combo.findData(topic_id)))
        self.unit_combo = QComboBox()
        self.rank_edit = RankSpinBox()
        self.rank_edit.setRange(0, 98)
        self.rank_edit.setMaximumWidth(100)
        self.rank_edit.setToolTip(self.tr("第 1 顺位最先建议"))
        self.add_field("topic_id", self.tr("反映类别"), self.topic_combo)
        self.add_field("unit_id", self.tr("责任单位"), self.unit_combo)
        self.add_field("rank", self.tr("顺位"), self.rank_edit)
        self.topic_combo.currentIndexChanged.connect(self._offer_units)
        self._offer_units()
        self.finish_layout()
        self.resize(480, 0)

    def _offer_units(self) -> None:
        topic_id = self.topic_combo.currentData()
        taken = {u.id for u in self._rules.get(topic_id, ())} if topic_id is not None else set()
        self.unit_combo.clear()
        for unit in self._units:
            if unit.id not in taken:
                self.unit_combo.addItem(unit.name, unit.id)
        self.rank_edit.setValue(len(taken))

    def build(self) -> Callable[[], Result[Any]]:
        topic_id, unit_id = self.topic_combo.currentData(), self.unit_combo.currentData()
        if topic_id is None:
            raise InvalidInput("topic_id", "required")
        if unit_id is None:
            raise InvalidInput("unit_id", "required")
        rank = self.rank_edit.value()
        setup = self.env.services.setup
        return lambda: setup.add_topic_unit_rule(int(topic_id), int(unit_id), rank)
