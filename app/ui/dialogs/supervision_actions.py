"""Dialogs of the supervision station: feedback / closing / reopening, extension, follow-up.

Each sends its answer through the station (off the GUI thread) and stays open to show
why the service refused it — e.g. an extension beyond the statutory 30 days.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.domain.calendar import STATUTORY
from app.domain.errors import InvalidInput
from app.domain.types import Satisfaction
from app.ui.dialogs.room_submit import SubmitDialog, Submitter
from app.ui.widgets.supervision_words import satisfaction_text


@dataclass(frozen=True)
class TextEntry:
    """What a feedback, closing or reopening dialog gives: the text and who reported it."""

    text: str
    reporter: str


@dataclass(frozen=True)
class ExtensionEntry:
    days: int
    reason: str
    approver: str


@dataclass(frozen=True)
class FollowUpEntry:
    reached: bool
    organiser: Satisfaction | None
    unit: Satisfaction | None
    notes: str


class TextEntryDialog(SubmitDialog):
    """One text (``field`` names it for error marks) and, optionally, who reported it."""

    def __init__(
        self,
        title: str,
        heading: str,
        label: str,
        field: str,
        submitter: Submitter,
        parent: QWidget | None = None,
        *,
        reporter: bool = True,
    ) -> None:
        super().__init__(title, submitter, parent)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.reporter = QLineEdit()
        self.reporter.setPlaceholderText(self.tr("如：单位联系人姓名、电话"))
        form = QFormLayout()
        form.addRow(label, self.text)
        if reporter:
            form.addRow(self.tr("反馈人"), self.reporter)
        self.fields = {field: self.text}
        self.body.addWidget(self.heading)
        self.body.addLayout(form)
        self.resize(520, 320)

    def value(self) -> TextEntry:
        return TextEntry(self.text.toPlainText(), self.reporter.text())


class ExtensionDialog(SubmitDialog):
    """延期: days, reason and approver; says how many days the law still allows."""

    def __init__(
        self, heading: str, days_left: int, submitter: Submitter, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("延期"), submitter, parent)
        self.days = QSpinBox()
        self.days.setRange(1, STATUTORY.max_extension_days)
        self.days.setValue(max(1, min(15, days_left)))
        self.days.setSuffix(self.tr(" 天"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.approver = QLineEdit()
        self.approver.setPlaceholderText(self.tr("批准延期的负责人"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        if days_left > 0:
            self.hint.setText(
                self.tr(
                    "依《信访工作条例》，办理期限最多延长 {max} 天；本件还可延期 {n} 天。"
                ).format(max=STATUTORY.max_extension_days, n=days_left)
            )
            self.hint.setProperty("role", "muted")
        else:
            self.hint.setText(
                self.tr("本件已延期满 {max} 天，不能再延期。").format(
                    max=STATUTORY.max_extension_days
                )
            )
            self.hint.setProperty("role", "error")
        form = QFormLayout()
        form.addRow(self.tr("延期天数"), self.days)
        form.addRow(self.tr("延期理由"), self.reason)
        form.addRow(self.tr("批准人"), self.approver)
        self.fields = {"days": self.days, "reason": self.reason, "approver": self.approver}
        title = QLabel(heading)
        title.setWordWrap(True)
        self.body.addWidget(title)
        self.body.addLayout(form)
        self.body.addWidget(self.hint)
        self.resize(480, 300)

    def value(self) -> ExtensionEntry:
        return ExtensionEntry(self.days.value(), self.reason.toPlainText(), self.approver.text())


class FollowUpDialog(SubmitDialog):
    """回访: reached or not; satisfaction with the organiser and the unit; notes."""

    def __init__(self, heading: str, submitter: Submitter, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("回访"), submitter, parent)
        self.reached = QRadioButton(self.tr("已联系上"))
        self.not_reached = QRadioButton(self.tr("未联系上"))
        self.reached.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.reached)
        group.addButton(self.not_reached)
        row = QHBoxLayout()
        row.addWidget(self.reached)
        row.addWidget(self.not_reached)
        row.addStretch(1)
        self.organiser = self._satisfaction_combo()
        self.unit = self._satisfaction_combo()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("回访结果"), row)
        form.addRow(self.tr("对组织方满意度"), self.organiser)
        form.addRow(self.tr("对责任单位满意度"), self.unit)
        form.addRow(self.tr("备注"), self.notes)
        self.fields = {"satisfaction": self.organiser, "notes": self.notes}
        title = QLabel(heading)
        title.setWordWrap(True)
        self.body.addWidget(title)
        self.body.addLayout(form)
        self.reached.toggled.connect(self._sync)
        self._sync()
        self.resize(480, 320)

    def _satisfaction_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("请选择"), None)
        for value in Satisfaction:
            combo.addItem(satisfaction_text(value.value), value.value)
        return combo

    def _sync(self) -> None:
        for combo in (self.organiser, self.unit):
            combo.setEnabled(self.reached.isChecked())

    def set_answer(
        self, reached: bool, organiser: Satisfaction | None = None, unit: Satisfaction | None = None
    ) -> None:
        """Fill the form (keyboard users and tests)."""
        (self.reached if reached else self.not_reached).setChecked(True)
        for combo, value in ((self.organiser, organiser), (self.unit, unit)):
            combo.setCurrentIndex(max(0, combo.findData(value.value if value else None)))

    def value(self) -> FollowUpEntry:
        reached = self.reached.isChecked()
        if not reached:
            return FollowUpEntry(False, None, None, self.notes.toPlainText())
        organiser, unit = self.organiser.currentData(), self.unit.currentData()
        if organiser is None or unit is None:
            raise InvalidInput("satisfaction", "required")
        return FollowUpEntry(
            True, Satisfaction(organiser), Satisfaction(unit), self.notes.toPlainText()
        )
