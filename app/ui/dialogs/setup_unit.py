"""Add a responsible unit (责任单位) to the directory, or edit one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.services.changes import Result
from app.services.setup_data import UnitDraft, UnitInfo
from app.ui.dialogs.setup_base import SetupDialog
from app.ui.env import UiEnv
from app.ui.item_models.setup_units import kind_text, unit_kinds


class UnitDialog(SetupDialog):
    """Name, short name (printed on slips), kind, contact person and phone.

    ``unit`` None adds a new unit; otherwise the dialog edits that one.
    """

    def __init__(
        self, env: UiEnv, unit: UnitInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(env, "", parent)
        self._unit = unit
        self.setWindowTitle(self.tr("新增责任单位") if unit is None else self.tr("编辑责任单位"))
        self.name_edit = QLineEdit(unit.name if unit else "")
        self.name_edit.setPlaceholderText(self.tr("全称，如：县住房和城乡建设局"))
        self.name_edit.setMaxLength(128)
        self.short_edit = QLineEdit(unit.short_name if unit else "")
        self.short_edit.setPlaceholderText(self.tr("简称，如：住建局（留空则取全称）"))
        self.short_edit.setMaxLength(32)
        self.kind_combo = QComboBox()
        for value, text in unit_kinds().items():
            self.kind_combo.addItem(text, value)
        if unit is not None:
            if self.kind_combo.findData(unit.kind) < 0:  # a kind this version does not know
                self.kind_combo.addItem(kind_text(unit.kind), unit.kind)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(unit.kind))
        self.person_edit = QLineEdit(unit.contact_person if unit else "")
        self.person_edit.setMaxLength(64)
        self.phone_edit = QLineEdit(unit.contact_phone if unit else "")
        self.phone_edit.setMaxLength(32)
        self.add_field("name", self.tr("名称"), self.name_edit)
        self.add_field("short_name", self.tr("简称"), self.short_edit)
        self.add_field("kind", self.tr("类型"), self.kind_combo)
        self.add_field("contact_person", self.tr("联系人"), self.person_edit)
        self.add_field("contact_phone", self.tr("联系电话"), self.phone_edit)
        self.finish_layout()
        self.resize(520, 0)
        self.name_edit.setFocus()

    def build(self) -> Callable[[], Result[Any]]:
        draft = UnitDraft(
            name=self.name_edit.text(),
            short_name=self.short_edit.text(),
            kind=str(self.kind_combo.currentData()),
            contact_person=self.person_edit.text(),
            contact_phone=self.phone_edit.text(),
        )
        setup = self.env.services.setup
        if self._unit is None:
            return lambda: setup.add_unit(draft)
        unit_id = self._unit.id
        return lambda: setup.update_unit(unit_id, draft)
