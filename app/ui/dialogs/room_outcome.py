"""Outcomes with a note: 当场解决, 解释说明, and 依法分类 with its legal channel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.services.reception_data import Decision, Explained, LegalChannel, ResolvedOnSpot
from app.ui.dialogs.room_submit import SubmitDialog, Submitter
from app.ui.widgets.room_case_box import EXPLAINED, LEGAL, RESOLVED

CHANNELS = (
    str(QT_TRANSLATE_NOOP("OutcomeDialog", "诉讼")),
    str(QT_TRANSLATE_NOOP("OutcomeDialog", "行政复议")),
    str(QT_TRANSLATE_NOOP("OutcomeDialog", "仲裁")),
    str(QT_TRANSLATE_NOOP("OutcomeDialog", "劳动人事争议仲裁")),
    str(QT_TRANSLATE_NOOP("OutcomeDialog", "申诉")),
    str(QT_TRANSLATE_NOOP("OutcomeDialog", "信访复查")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("OutcomeDialog", text)


def default_note(kind: str) -> str:
    """The note a decision starts with; the leader may change it."""
    if kind == RESOLVED:
        return _t("经现场协调，问题已当场解决，来访人表示认可。")
    if kind == EXPLAINED:
        return _t("已向来访人解释说明相关政策规定，来访人表示理解。")
    return ""


class OutcomeDialog(SubmitDialog):
    """The note (prefilled, so OK is the second click) and, for 依法分类, the channel."""

    def __init__(
        self, kind: str, case_label: str, submitter: Submitter, parent: QWidget | None = None
    ) -> None:
        titles = {
            RESOLVED: _t("当场解决"),
            EXPLAINED: _t("解释说明"),
            LEGAL: _t("依法分类 · 导入法定途径"),
        }
        super().__init__(titles[kind], submitter, parent)
        self.kind = kind
        self.resize(620, 400 if kind == LEGAL else 320)
        heading = QLabel(case_label)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        self.body.addWidget(heading)
        self.channel_group = QButtonGroup(self)
        self.other_channel = QLineEdit()
        if kind == LEGAL:
            self._channels()
        caption = QLabel(_t("说明（必填）") if kind != LEGAL else _t("说明（可选）"))
        self.body.addWidget(caption)
        self.note = QPlainTextEdit(default_note(kind))
        self.note.setTabChangesFocus(True)
        self.note.selectAll()
        self.body.addWidget(self.note, 1)
        hint = QLabel(_t("Ctrl+Enter 确定"))
        hint.setProperty("role", "muted")
        self.body.addWidget(hint)
        self.fields = {"note": self.note, "channel": self.other_channel}
        if kind == LEGAL:
            self.note.setFocus()
        else:
            self.ok_button.setFocus()

    def _channels(self) -> None:
        self.body.addWidget(QLabel(_t("法定途径（点选）")))
        grid = QGridLayout()
        for number, channel in enumerate(CHANNELS):
            button = QPushButton(_t(channel))
            button.setProperty("channel", channel)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumHeight(40)
            button.setStyleSheet(
                "QPushButton { font-size: 16px; } QPushButton:checked { background: #6a1b9a;"
                " color: white; border-color: #6a1b9a; font-weight: bold; }"
            )
            button.toggled.connect(self._channel_toggled)
            self.channel_group.addButton(button, number)
            grid.addWidget(button, number // 3, number % 3)
        self.other_channel.setPlaceholderText(_t("其他途径，如：向市生态环境局申请行政裁决"))
        self.other_channel.textEdited.connect(lambda _text: self._clear_channel_buttons())
        grid.addWidget(self.other_channel, 2, 0, 1, 3)
        self.body.addLayout(grid)

    def _channel_toggled(self, checked: bool) -> None:
        if checked:
            self.other_channel.clear()

    def _clear_channel_buttons(self) -> None:
        self.channel_group.setExclusive(False)
        for button in self.channel_group.buttons():
            button.setChecked(False)
        self.channel_group.setExclusive(True)

    def choose_channel(self, channel: str) -> None:
        """Pick a listed channel (tests and keyboard users)."""
        for button in self.channel_group.buttons():
            if button.property("channel") == channel:
                button.setChecked(True)
                return
        self.other_channel.setText(channel)
        self._clear_channel_buttons()

    def channel(self) -> str:
        checked = self.channel_group.checkedButton()
        if checked is not None:
            return str(checked.property("channel"))
        return self.other_channel.text().strip()

    def value(self) -> Decision:
        note = self.note.toPlainText().strip()
        if self.kind == LEGAL:
            if not self.channel():
                raise InvalidInput("channel", "required")
            return LegalChannel(self.channel(), note)
        if not note:
            raise InvalidInput("note", "required")
        return ResolvedOnSpot(note) if self.kind == RESOLVED else Explained(note)
