"""Create a new reception day (its rooms and settings are then set up in the station)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit, QWidget

from app.domain.event_settings import EventSettings
from app.services.changes import Result
from app.services.setup_data import EventDraft, EventInfo
from app.ui.dialogs.setup_base import SetupDialog
from app.ui.env import UiEnv


class EventDialog(SetupDialog):
    """Name, date, venue, organisation, case number prefix; optionally the current rules."""

    def __init__(
        self, env: UiEnv, current: EventInfo | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(env, "", parent)
        self.setWindowTitle(self.tr("新建接访日"))
        self._current = current
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("如：2027年春季县领导公开接访日"))
        self.name_edit.setMaxLength(128)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.venue_edit = QLineEdit(current.venue if current else "")
        self.organisation_edit = QLineEdit(current.organisation_name if current else "")
        self.prefix_edit = QLineEdit(current.case_number_prefix if current else "JF")
        self.prefix_edit.setMaxLength(4)
        self.prefix_edit.setPlaceholderText(self.tr("1–4 个英文字母，印在信访件编号前"))
        self.copy_box = QCheckBox(self.tr("沿用当前接访日的督办规则、节假日和文书用语"))
        self.copy_box.setChecked(current is not None)
        self.copy_box.setEnabled(current is not None)
        self.add_field("name", self.tr("名称"), self.name_edit)
        self.add_field("event_date", self.tr("日期"), self.date_edit)
        self.add_field("venue", self.tr("地点"), self.venue_edit)
        self.add_field("organisation_name", self.tr("组织单位"), self.organisation_edit)
        self.add_field("case_number_prefix", self.tr("编号前缀"), self.prefix_edit)
        self.form.addRow("", self.copy_box)
        self.finish_layout()
        self.resize(560, 0)

    def build(self) -> Callable[[], Result[Any]]:
        picked = self.date_edit.date()
        settings = (
            self._current.settings
            if self._current is not None and self.copy_box.isChecked()
            else EventSettings()
        )
        draft = EventDraft(
            name=self.name_edit.text(),
            event_date=date(picked.year(), picked.month(), picked.day()),
            venue=self.venue_edit.text(),
            organisation_name=self.organisation_edit.text(),
            case_number_prefix=self.prefix_edit.text(),
            settings=settings,
        )
        setup = self.env.services.setup
        return lambda: setup.create_event(draft)
