"""The repeat-visit warning: earlier visits and cases of the people being registered."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.registration_data import EarlierVisit
from app.ui.icons import icon
from app.ui.words import outcome_text

MAX_SHOWN = 5


class RepeatPanel(QFrame):
    """Hidden until an ID number or phone typed at the desk has earlier visits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeatPanel")
        self.setStyleSheet(
            "#repeatPanel { background: #fff4d6; border: 1px solid #e0b84a; border-radius: 4px; }"
            "#repeatPanel QLabel { background: transparent; color: #4a3700; }"
        )
        self.visits: tuple[EarlierVisit, ...] = ()
        badge = QLabel()
        badge.setPixmap(icon("repeat", "#8d5b00").pixmap(22, 22))
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 15px;")
        head = QHBoxLayout()
        head.addWidget(badge)
        head.addWidget(self.title, 1)
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setContentsMargins(4, 2, 4, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(head)
        layout.addWidget(self.body)
        self.hide()

    def set_visits(
        self,
        visits: Sequence[EarlierVisit],
        current_event_id: int,
        topic_names: Mapping[int, str],
        warnings: Sequence[str] = (),
    ) -> None:
        """Show these visits (newest first) and warnings, or hide when there are none."""
        self.visits = tuple(visits)
        if not self.visits:
            self.hide()
            return
        today = [v for v in self.visits if v.event_id == current_event_id]
        earlier = [v for v in self.visits if v.event_id != current_event_id]
        parts = []
        if today:
            parts.append(self.tr("本次接访日已登记 {n} 批").format(n=len(today)))
        if earlier:
            parts.append(self.tr("此前来访 {n} 次").format(n=len(earlier)))
        self.title.setText(self.tr("重复访提醒：") + self.tr("，").join(parts))
        lines = [self._visit_html(v, current_event_id, topic_names) for v in self.visits]
        if len(lines) > MAX_SHOWN:
            more = self.tr("……另有 {n} 次来访").format(n=len(lines) - MAX_SHOWN)
            lines = [*lines[:MAX_SHOWN], escape(more)]
        advice = list(warnings)
        if today:
            advice.insert(0, self.tr("今天已登记过：请在上方查找后签到，不要重复登记。"))
        lines[:0] = [f"<span style='color:#c62828'><b>{escape(a)}</b></span>" for a in advice]
        self.body.setText("<br>".join(lines))
        self.show()

    def _visit_html(
        self, visit: EarlierVisit, current_event_id: int, topic_names: Mapping[int, str]
    ) -> str:
        when = (
            self.tr("今天")
            if visit.event_id == current_event_id
            else visit.event_date.strftime("%Y-%m-%d")
        )
        how = self.tr("证件号码相同") if visit.matched_by == "document" else self.tr("电话相同")
        head = (
            f"<b>{escape(when)}</b> {escape(visit.event_name)} · "
            f"{escape(visit.petitioner_name)}（{escape(how)}）"
        )
        lines = [head]
        if visit.summary:
            lines.append("&nbsp;&nbsp;" + escape(self.tr("摘要：") + visit.summary))
        for case in visit.cases:
            text = f"{case.case_number} {topic_names.get(case.topic_id, '')} — "
            text += outcome_text(case.outcome)
            if case.unit_name:
                text += f" → {case.unit_name}"
            lines.append("&nbsp;&nbsp;" + escape(text))
        return "<br>".join(lines)

    def clear(self) -> None:
        """Forget every visit and hide."""
        self.visits = ()
        self.body.clear()
        self.hide()
