"""The print station's status parts: the day's slip counts, and the batch bar (progress,
cancel, and what the last batch did)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.services.print_data import SlipCounts
from app.ui.icons import icon


def _t(text: str) -> str:
    return QCoreApplication.translate("PrintStation", text)


def counts_html(c: SlipCounts) -> str:
    """ "交办 N 件 · 已出单 · 待打印 · 未出单 (red when any) · 待打印文书"."""
    missing = _t("未出单 {n} 件").format(n=c.missing)
    if c.missing:
        missing = f'<span style="color:#c62828;font-weight:bold">{missing}</span>'
    text = _t("交办 {h} 件 · 已出单 {i} 件 · 待打印 {p} 件 · ").format(
        h=c.handed_over, i=c.issued, p=c.pending
    )
    jobs = _t(" · 待打印文书 {j} 份").format(j=c.jobs_pending)
    return f'<span style="font-size:15px">{text}{missing}{jobs}</span>'


class BatchBar(QWidget):
    """Status text; while a batch runs, a progress bar and a cancel button."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setFormat(self.tr("%v / %m"))
        self.cancel_button = QPushButton(icon("error"), self.tr("取消打印 (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.show_status(self.tr("正在打印…"))

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def show_status(self, text: str, role: str = "") -> None:
        """``role``: "" (plain), "warning" or "error" (the style sheet colours them)."""
        self.status_label.setText(text)
        self.status_label.setProperty("role", role)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
