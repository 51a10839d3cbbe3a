"""One case (信访事项) on the case card: what is asked, and its outcome or the four buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.reception_data import AssignmentBrief, CaseView
from app.ui.icons import icon
from app.ui.widgets.room_badges import badge, category_text, urgency_badge
from app.ui.widgets.room_flow import FlowLayout
from app.ui.words import outcome_text

RESOLVED, HAND_OVER, LEGAL, EXPLAINED = "resolved", "hand_over", "legal", "explained"
OUTCOME_KINDS = (RESOLVED, HAND_OVER, LEGAL, EXPLAINED)
OUTCOME_COLOURS = {
    "resolved_on_spot": "#2e7d32",
    "handed_over": "#1565c0",
    "legal_channel": "#6a1b9a",
    "explained": "#5d4037",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseBox", text)


def outcome_button_text(kind: str) -> str:
    texts = {
        RESOLVED: _t("当场解决"),
        HAND_OVER: _t("交办…"),
        LEGAL: _t("依法分类…"),
        EXPLAINED: _t("解释说明"),
    }
    return texts[kind]


def text_label(text: str, role: str = "body", *, selectable: bool = True) -> QLabel:
    """A wrapping label whose size follows the card's zoom (``cardrole``)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # visitors' words are never markup
    label.setWordWrap(True)
    label.setProperty("cardrole", role)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CaseBox(QFrame):
    """A case with its outcome; ``decide`` carries (case_id, kind) when a button is clicked."""

    decide = Signal(int, str)

    def __init__(
        self,
        number: int,
        case: CaseView,
        topic_name: str,
        *,
        interactive: bool,
        shortcuts: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case = case
        self.setProperty("cardrole", "case")
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        layout.addLayout(self._header(number, case, topic_name))
        layout.addWidget(text_label(case.summary or _t("（未填写问题摘要）")))
        if case.demand:
            layout.addWidget(text_label(_t("诉求：{demand}").format(demand=case.demand)))
        if case.outcome is None:
            layout.addLayout(self._buttons(case, interactive=interactive, shortcuts=shortcuts))
        else:
            layout.addWidget(self._outcome(case))

    def _header(self, number: int, case: CaseView, topic_name: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        title = text_label(_t("事项 {n}").format(n=number), "casehead", selectable=False)
        title.setWordWrap(False)
        row.addWidget(title)
        detail = text_label(
            _t("{number} · 查询码 {code} · {topic} · {category}").format(
                number=case.case_number,
                code=case.query_code,
                topic=topic_name,
                category=category_text(case.statutory_category),
            ),
            "muted",
        )
        row.addWidget(detail, 1)
        if case.is_confidential:
            row.addWidget(badge(_t("保密"), "confidential"))
        colour = OUTCOME_COLOURS.get(case.outcome or "", "#90a4ae")
        state = badge(outcome_text(case.outcome), "outcome")
        state.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; border-radius: 4px;"
            " padding: 2px 8px; font-weight: bold; }"
        )
        row.addWidget(state)
        return row

    def _buttons(self, case: CaseView, *, interactive: bool, shortcuts: bool) -> FlowLayout:
        row = FlowLayout(spacing=10)
        icons = {
            RESOLVED: "resolved",
            HAND_OVER: "hand_over",
            LEGAL: "legal",
            EXPLAINED: "explained",
        }
        for number, kind in enumerate(OUTCOME_KINDS, start=1):
            button = QPushButton(icon(icons[kind]), outcome_button_text(kind))
            button.setProperty("outcome", kind)
            button.setEnabled(interactive)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            tip = outcome_button_text(kind)
            if shortcuts:
                tip = f"{tip} (Ctrl+{number})"
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, k=kind: self.decide.emit(case.case_id, k))
            self.buttons[kind] = button
            row.addWidget(button)
        return row

    def _outcome(self, case: CaseView) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        when = case.decided_at.strftime("%H:%M") if case.decided_at else ""
        if case.assignment is not None:
            layout.addLayout(self._assignment(case.assignment))
        elif case.outcome == "legal_channel":
            channel, _, note = case.outcome_note.partition("\n")
            layout.addWidget(
                text_label(_t("导入法定途径：{channel}").format(channel=channel), "strong")
            )
            if note.strip():
                layout.addWidget(text_label(note.strip()))
        elif case.outcome_note:
            layout.addWidget(text_label(case.outcome_note))
        if when:
            layout.addWidget(text_label(_t("{time} 记录").format(time=when), "muted"))
        return box

    @staticmethod
    def _assignment(brief: AssignmentBrief) -> QVBoxLayout:
        layout = QVBoxLayout()
        layout.setSpacing(4)
        line = QHBoxLayout()
        line.setSpacing(8)
        line.addWidget(urgency_badge(brief.urgency))
        units = _t("牵头：{lead}").format(lead=brief.lead_unit_name)
        if brief.co_unit_names:
            units += _t("；协办：{co}").format(co=_t("、").join(brief.co_unit_names))
        line.addWidget(text_label(units, "strong"), 1)
        layout.addLayout(line)
        layout.addWidget(
            text_label(
                _t("{due} 前反馈 · 受理告知 {accept} 前 · 办结 {handle} 前").format(
                    due=brief.feedback_due.strftime("%m-%d"),
                    accept=brief.acceptance_due.strftime("%m-%d"),
                    handle=brief.handling_due.strftime("%m-%d"),
                ),
                "muted",
            )
        )
        if brief.instruction:
            layout.addWidget(text_label(_t("批示：{text}").format(text=brief.instruction)))
        return layout
