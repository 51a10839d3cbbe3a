"""The lock screen: the window's contents covered (never closed, so forms and dialogs
keep what was typed) until the same user types their password again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.context import Actor
from app.services.user_data import LoginFailed
from app.services.users import UserService
from app.ui.icons import icon
from app.ui.messages import describe_error
from app.ui.tasks import TaskRunner
from app.ui.user_words import login_failure_text, role_label

COVER_STYLE = "#lockCover { background: #1f3550; } #lockCover QLabel { color: white; }"


class Cover(QWidget):
    """An opaque panel over one window's contents, following its size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(COVER_STYLE)
        layout = QVBoxLayout(self)
        sign = QLabel()
        sign.setPixmap(icon("lock", "#ffffff").pixmap(64, 64))
        sign.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr("工作站已锁定"))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setStyleSheet("font-size: 22px;")
        layout.addStretch(1)  # above the lock screen, which opens in the middle
        layout.addWidget(sign)
        layout.addWidget(text)
        layout.addStretch(3)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def remove(self) -> None:
        """Uncover the window."""
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.deleteLater()


class LockScreen(QDialog):
    """Password of the locked-in user, or 切换用户. Escape does not close it."""

    unlocked = Signal()
    switch_requested = Signal()

    def __init__(
        self, users: UserService, runner: TaskRunner, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._users, self._runner, self._actor = users, runner, actor
        self.setWindowTitle(self.tr("接访日 — 已锁定"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        heading = QLabel(actor.name)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        who = QLabel(
            self.tr("{role}，用户名 {username}。输入密码解锁，锁定前正在做的工作都还在。").format(
                role=role_label(actor.role.value), username=actor.username
            )
        )
        who.setWordWrap(True)
        layout.addWidget(who)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("密码"))
        layout.addWidget(self.password)
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.switch_button = QPushButton(self.tr("切换用户"))
        self.switch_button.setToolTip(self.tr("换人登录：本工作站未保存的表单将关闭"))
        self.unlock_button = QPushButton(self.tr("解锁"))
        self.unlock_button.setDefault(True)
        row.addWidget(self.switch_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.unlock_button.clicked.connect(self._try)
        self.password.returnPressed.connect(self._try)
        self.switch_button.clicked.connect(self.switch_requested)
        self.password.setFocus()

    def reject(self) -> None:
        """Escape stays locked."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()

    def _try(self) -> None:
        password = self.password.text()
        if not password:
            self.message.setText(self.tr("请输入密码。"))
            return
        self.unlock_button.setEnabled(False)
        username = self._actor.username
        self._runner.submit(
            lambda: self._users.authenticate(username, password).value, self._done, self._failed
        )

    def _done(self, _user: object) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.message.clear()
        self.unlocked.emit()
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, error: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        text = login_failure_text(error) if isinstance(error, LoginFailed) else None
        self.message.setText(text or describe_error(error))
        self.password.clear()
        self.password.setFocus()
