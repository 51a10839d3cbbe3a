"""One case of the ledger, read-only: the supervision detail of a handed-over case (its
people masked as in the ledger), else what the ledger row says.

A confidential case (检举控告, confidential, or naming an accused unit) shows only the
ledger row, which never identifies the petitioner; its full record is the supervision
station's business.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.services.assignment_data import AssignmentDetail
from app.services.ledger_data import NOT_HANDED_OVER, LedgerRow
from app.ui.env import UiEnv
from app.ui.messages import describe_error
from app.ui.widgets.supervision_detail import SupervisionDetail
from app.ui.widgets.supervision_words import status_text, urgency_text
from app.ui.words import outcome_text


class LedgerDetailDialog(QDialog):
    """Shows ``row``; a handed-over, non-confidential case loads its assignment detail
    off the GUI thread."""

    def __init__(self, env: UiEnv, row: LedgerRow, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.row, self.today = row, today
        self.setWindowTitle(self.tr("信访件 {n}").format(n=row.case_number))
        self.resize(640, 560)
        self.view = SupervisionDetail()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.setHtml(self._row_html())
        if row.assignment_id is not None and not row.is_confidential:
            service, assignment_id = env.services.assignments, row.assignment_id
            env.runner.submit(lambda: service.detail(assignment_id), self._shown, self._failed)

    def _shown(self, detail: object) -> None:
        assert isinstance(detail, AssignmentDetail)
        # the ledger shows people masked, its detail too (the board's own pane names them)
        self.view.show_detail(replace(detail, petitioners=(self.row.petitioners,)), self.today)

    def _failed(self, error: BaseException) -> None:
        note = f"<p style='color:#a31515'>{escape(describe_error(error))}</p>"
        self.view.setHtml(self._row_html() + note)

    def _row_html(self) -> str:
        r = self.row
        status = self.tr("未交办") if r.status == NOT_HANDED_OVER else status_text(r.status)
        lines = [
            (self.tr("查询码"), r.query_code),
            (self.tr("接访日"), r.event_name),
            (self.tr("登记日期"), f"{r.recorded_on:%Y-%m-%d}"),
            (self.tr("反映类别"), r.topic_name),
            (
                self.tr("信访人"),
                self.tr("{names}（共 {n} 人）").format(names=r.petitioners, n=r.head_count),
            ),
            (self.tr("事项摘要"), r.summary),
            (self.tr("处理结果"), outcome_text(r.outcome)),
            (self.tr("责任单位"), r.lead_unit_name),
            (self.tr("颜色"), urgency_text(r.urgency) if r.urgency else ""),
            (self.tr("办理期限"), f"{r.handling_due:%Y-%m-%d}" if r.handling_due else ""),
            (self.tr("状态"), status),
            (
                self.tr("超期"),
                self.tr("超期 {n} 天").format(n=r.overdue_days) if r.overdue_days else "",
            ),
        ]
        parts = [f"<h3 style='margin:0'>{escape(r.case_number)}</h3>"]
        if r.is_confidential:
            secret = self.tr("检举控告/保密件：台账不显示来访人，完整记录请在督办中查看。")
            parts.append(f"<p style='color:#6a1b9a'><b>{escape(secret)}</b></p>")
        parts += [
            f"<p style='margin:3px 0'><span style='color:#5f6b7a'>{escape(label)}：</span>"
            f"{escape(text)}</p>"
            for label, text in lines
            if text
        ]
        return "".join(parts)
