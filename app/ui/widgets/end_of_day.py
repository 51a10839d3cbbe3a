"""日终备份…: the admin station's end-of-day button and the window showing its result."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.backups import EndOfDayReport
from app.services.permissions import Permission
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.messages import describe_error


def _t(text: str) -> str:
    return QCoreApplication.translate("EndOfDayDialog", text)


class EndOfDayDialog(QDialog):
    """Runs the end-of-day check and backup off the GUI thread and shows the outcome."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self.setWindowTitle(_t("日终备份"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(640)
        self.text = QLabel(_t("正在校验审计日志并备份数据库……"))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(_t("关闭"))
        self.close_button.setEnabled(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.report: EndOfDayReport | None = None

    def start(self) -> None:
        """Begin; the answer replaces the waiting text."""
        service = self._env.services.backups
        self._env.runner.submit(service.end_of_day, self._done, self._failed)

    def _done(self, report: EndOfDayReport) -> None:
        self.report = report
        self.close_button.setEnabled(True)
        if report.audit_ok:
            audit = _t("审计日志完整：{n} 条记录，哈希链校验通过。").format(
                n=f"{report.audit_entries:,}"
            )
        else:
            audit = _t(
                "<b style='color:#c62828'>审计日志被改动</b>：第 {seq} 条起校验失败（{why}）。"
            ).format(seq=report.broken_seq, why=escape(report.audit_problem or ""))
        backup = _t("已备份到：<br>{path}<br>{size}，{rows} 行，用时 {s} 秒。").format(
            path=escape(str(report.backup_path)),
            size=f"{report.size_bytes / 1_048_576:.1f} MB",
            rows=f"{report.rows:,}",
            s=f"{report.seconds:.1f}",
        )
        self.text.setText(f"{audit}<br><br>{backup}")
        self.adjustSize()

    def _failed(self, error: BaseException) -> None:
        self.close_button.setEnabled(True)
        message = _t("日终备份失败：{error}").format(error=escape(describe_error(error)))
        self.text.setText(f"<span style='color:#c62828'>{message}</span>")
        self.adjustSize()


def end_of_day_button(env: UiEnv, parent: QWidget) -> QPushButton:
    """The button for the set-up station's top bar (hidden for roles that may not back up)."""
    button = QPushButton(icon("database"), _t("日终备份…"))
    button.setVisible(env.services.ctx.may(Permission.BACKUP))
    button.setToolTip(_t("校验审计日志，并把数据库备份到备份文件夹"))

    def run() -> None:
        dialog = EndOfDayDialog(env, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.start()

    button.clicked.connect(run)
    return button
