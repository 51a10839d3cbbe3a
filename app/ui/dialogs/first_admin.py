"""First run on a database without accounts: create the administrator (who then adds
the other users with ``reception-day user add`` or the set-up station)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.passwords import MIN_PASSWORD_LENGTH
from app.services.user_data import UserInfo
from app.services.users import UserService
from app.ui.messages import describe_error
from app.ui.tasks import TaskRunner


class FirstAdminDialog(QDialog):
    """User name, name and password (twice) of the first administrator."""

    def __init__(
        self, users: UserService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._users, self._runner = users, runner
        self.user: UserInfo | None = None
        self.setWindowTitle(self.tr("接访日 — 创建管理员"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "这个数据库还没有用户。请创建管理员账号；"
                "其他岗位的账号由管理员添加（reception-day user add）。"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("如 信访局管理员"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("至少 {n} 个字符").format(n=MIN_PASSWORD_LENGTH))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("再输一次"), self.again)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("创建并登录"))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.display_name.setFocus()

    def _create(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("两次输入的密码不一致。"))
            return
        name, display, password = (
            self.username.text(),
            self.display_name.text(),
            self.password.text(),
        )
        self.create_button.setEnabled(False)
        self._runner.submit(
            lambda: self._users.create_first_admin(name, display, password).value,
            self._done,
            self._failed,
        )

    def _done(self, user: object) -> None:
        assert isinstance(user, UserInfo)
        self.user = user
        self.create_button.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.message.setText(describe_error(error))
