"""The event's rules: urgency day counts, day counting, holidays, due-soon days, phone.

Saving builds :class:`EventSettings` (which validates) and calls
``setup.update_settings``; a rejected value is shown next to its input and nothing is
saved. The document wording is kept as it is (it has its own page).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.domain.event_settings import EventSettings
from app.domain.types import Urgency
from app.services.changes import Result
from app.services.setup_data import EventInfo
from app.ui.dialogs.setup_base import INVALID_STYLE, set_invalid
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.messages import describe_error
from app.ui.style import URGENCY_COLOURS
from app.ui.widgets.setup_dates import DateListEdit


class SettingsPage(QWidget):
    """Edits one event's settings; :meth:`set_event` with each reload."""

    saved = Signal()

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._event: EventInfo | None = None
        self.setStyleSheet(INVALID_STYLE)
        words = {
            Urgency.GREEN: self.tr("绿色"),
            Urgency.YELLOW: self.tr("黄色"),
            Urgency.RED: self.tr("红色"),
        }
        self.urgency_edits: dict[Urgency, QSpinBox] = {}
        urgency_row = QHBoxLayout()
        for urgency in Urgency:
            swatch = QLabel(words[urgency])
            swatch.setStyleSheet(
                f"background: {URGENCY_COLOURS[urgency.value]}; color: white;"
                " padding: 3px 10px; border-radius: 3px; font-weight: bold;"
            )
            edit = QSpinBox()
            edit.setRange(1, 30)
            edit.setSuffix(self.tr(" 天"))
            self.urgency_edits[urgency] = edit
            urgency_row.addWidget(swatch)
            urgency_row.addWidget(edit)
            urgency_row.addSpacing(16)
        urgency_row.addStretch(1)
        self.working_radio = QRadioButton(self.tr("按工作日计算（跳过周末和节假日）"))
        self.calendar_radio = QRadioButton(self.tr("按自然日计算"))
        counting = QButtonGroup(self)
        counting.addButton(self.working_radio)
        counting.addButton(self.calendar_radio)
        self.urgency_error = self._error_label()
        urgency_box = QGroupBox(self.tr("三色反馈期限"))
        urgency_layout = QVBoxLayout(urgency_box)
        urgency_layout.addLayout(urgency_row)
        urgency_layout.addWidget(self.urgency_error)
        urgency_layout.addWidget(self.working_radio)
        urgency_layout.addWidget(self.calendar_radio)

        self.due_soon_edit = QSpinBox()
        self.due_soon_edit.setRange(0, 10)
        self.due_soon_edit.setSuffix(self.tr(" 天"))
        self.due_soon_edit.setMaximumWidth(120)
        self.due_soon_edit.setToolTip(self.tr("反馈期限前多少天起标为“即将到期”"))
        self.due_soon_error = self._error_label()
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(32)
        self.phone_edit.setPlaceholderText(self.tr("印在回执单和交办单上，如 0571-84123456"))
        supervision = QGroupBox(self.tr("督办"))
        form = QFormLayout(supervision)
        form.addRow(self.tr("到期前提醒"), self.due_soon_edit)
        form.addRow("", self.due_soon_error)
        form.addRow(self.tr("督办电话"), self.phone_edit)

        self.holidays = DateListEdit(
            self.tr("节假日"), self.tr("在国家法定节假日之外另行放假的日子，不计工作日。")
        )
        self.make_up_days = DateListEdit(
            self.tr("调休上班日"), self.tr("周末调休上班的日子，计为工作日。")
        )
        self.days_error = self._error_label()
        days_box = QGroupBox(self.tr("节假日与调休"))
        days_layout = QVBoxLayout(days_box)
        lists = QHBoxLayout()
        lists.addWidget(self.holidays, 1)
        lists.addWidget(self.make_up_days, 1)
        days_layout.addLayout(lists)
        days_layout.addWidget(self.days_error)

        self.save_button = QPushButton(icon("save", "#ffffff"), self.tr("保存设置"))
        self.save_button.setProperty("primary", "true")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(icon("requeue"), self.tr("还原"))
        self.revert_button.clicked.connect(self._revert)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.status_label, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(urgency_box, 3)
        top.addWidget(supervision, 2)
        layout.addLayout(top)
        layout.addWidget(days_box)
        layout.addLayout(buttons)
        layout.addStretch(1)

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.hide()
        return label

    def set_event(self, event: EventInfo) -> None:
        """Show the stored settings of ``event``; unsaved edits survive a reload that
        did not change the stored settings (e.g. a room added at another station)."""
        previous, self._event = self._event, event
        if (
            previous is not None
            and previous.id == event.id
            and previous.settings.with_changes(wording={})
            == event.settings.with_changes(wording={})
        ):
            return
        self._show(event.settings)
        self.holidays.set_start(event.event_date)
        self.make_up_days.set_start(event.event_date)

    def _show(self, settings: EventSettings) -> None:
        for urgency, edit in self.urgency_edits.items():
            edit.setValue(settings.urgency_days[urgency])
        self.working_radio.setChecked(settings.use_working_days)
        self.calendar_radio.setChecked(not settings.use_working_days)
        self.due_soon_edit.setValue(settings.due_soon_days)
        self.phone_edit.setText(settings.supervision_phone)
        self.holidays.set_dates(settings.holidays)
        self.make_up_days.set_dates(settings.make_up_days)
        self._clear_errors()

    def _revert(self) -> None:
        if self._event is not None:
            self._show(self._event.settings)
            self.status_label.clear()

    def entered(self) -> EventSettings:
        """The settings as entered; raises InvalidInput for a value the rules refuse."""
        assert self._event is not None
        return EventSettings(
            urgency_days={u: e.value() for u, e in self.urgency_edits.items()},
            use_working_days=self.working_radio.isChecked(),
            holidays=self.holidays.dates(),
            make_up_days=self.make_up_days.dates(),
            supervision_phone=self.phone_edit.text().strip(),
            due_soon_days=self.due_soon_edit.value(),
            wording=dict(self._event.settings.wording),
        )

    def save(self) -> None:
        """Validate and store; nothing is stored when a value is refused."""
        if self._event is None:
            return
        self._clear_errors()
        self.status_label.clear()
        try:
            settings = self.entered()
        except InvalidInput as error:
            self._show_error(error)
            return
        event_id, version = self._event.id, self._event.version
        setup = self._env.services.setup
        self.save_button.setEnabled(False)
        self._env.runner.submit(
            lambda: setup.update_settings(event_id, settings, version), self._saved, self._failed
        )

    def _saved(self, result: object) -> None:
        assert isinstance(result, Result)
        self.save_button.setEnabled(True)
        self._env.bus.publish(result.changes)  # reloads the page first
        self.status_label.setProperty("role", "muted")
        self.status_label.setText(self.tr("已保存。"))
        self.status_label.style().polish(self.status_label)
        self.saved.emit()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._show_error(error)

    def _clear_errors(self) -> None:
        for label in (self.urgency_error, self.due_soon_error, self.days_error):
            label.hide()
        for widget in (*self.urgency_edits.values(), self.due_soon_edit, self.make_up_days.list):
            set_invalid(widget, False)

    def _show_error(self, error: BaseException) -> None:
        text = describe_error(error)
        field = error.field if isinstance(error, InvalidInput) else ""
        if field.startswith("urgency_days"):
            colour = field.partition(".")[2]
            marked = [e for u, e in self.urgency_edits.items() if not colour or u.value == colour]
            if not colour:  # out of order: mark the ones that break it
                marked = self._out_of_order()
            for edit in marked:
                set_invalid(edit, True)
            self.urgency_error.setText(text)
            self.urgency_error.show()
        elif field == "due_soon_days":
            set_invalid(self.due_soon_edit, True)
            self.due_soon_error.setText(text)
            self.due_soon_error.show()
        elif field in ("holidays", "make_up_days"):
            set_invalid(self.make_up_days.list, True)
            self.days_error.setText(text)
            self.days_error.show()
        else:
            self.status_label.setProperty("role", "error")
            self.status_label.setText(text)
            self.status_label.style().polish(self.status_label)

    def _out_of_order(self) -> list[QSpinBox]:
        edits = [self.urgency_edits[u] for u in Urgency]
        return [
            later for earlier, later in itertools.pairwise(edits) if later.value() < earlier.value()
        ]
