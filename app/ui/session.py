"""The logged-in user of a window: the status-bar line with 锁定 / 切换用户 / 退出登录,
locking after idle time, and ending the session.

Locking covers every open window (dialogs included) and asks for the same user's
password; nothing is closed, so a half-filled form or dialog is exactly as it was.
Switching user or logging out closes the window (and its dialogs); the composition
root then shows the login again (switch) or quits (log out).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QStatusBar,
    QToolButton,
    QWidget,
)

from app.services.context import Actor
from app.services.users import UserService
from app.ui.icons import icon
from app.ui.idle import IdleWatch
from app.ui.tasks import TaskRunner
from app.ui.user_words import role_label
from app.ui.widgets.lock_screen import Cover, LockScreen


class SessionEnd(StrEnum):
    """What comes after the session: another login, or quitting the app."""

    SWITCH_USER = "switch_user"
    LOG_OUT = "log_out"


class Session(QObject):
    """One user's time at one window."""

    ended = Signal(str)  # a SessionEnd value
    locked = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        users: UserService,
        runner: TaskRunner,
        actor: Actor,
        lock_minutes: float,
    ) -> None:
        super().__init__(window)
        self.window, self.users, self.runner, self.actor = window, users, runner, actor
        self.end: SessionEnd | None = None
        self.lock_screen: LockScreen | None = None
        self._covers: list[Cover] = []
        self.user_label = QLabel(
            self.tr("用户：{name}（{role}）").format(
                name=actor.name, role=role_label(actor.role.value)
            )
        )
        bar = window.statusBar()
        bar.addPermanentWidget(self.user_label)
        self.lock_button = self._button(bar, "lock", self.tr("锁定"), self.lock)
        self.switch_button = self._button(
            bar, "switch_user", self.tr("切换用户"), lambda: self.finish(SessionEnd.SWITCH_USER)
        )
        self.logout_button = self._button(
            bar, "log_out", self.tr("退出登录"), lambda: self.finish(SessionEnd.LOG_OUT)
        )
        self.idle = IdleWatch(lock_minutes, self)
        self.idle.idle.connect(self.lock)

    def _button(
        self, bar: QStatusBar, icon_name: str, text: str, slot: Callable[[], None]
    ) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name))
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(slot)
        bar.addPermanentWidget(button)
        return button

    @property
    def is_locked(self) -> bool:
        return self.lock_screen is not None

    def lock(self) -> None:
        """Cover every window and ask for the password (idle time, or 锁定)."""
        if self.lock_screen is not None or self.end is not None:
            return
        self.idle.pause()
        self._covers = [
            Cover(w)
            for w in QApplication.topLevelWidgets()
            if w.isWindow() and w.isVisible() and (w is self.window or _ours(w, self.window))
        ]
        screen = LockScreen(self.users, self.runner, self.actor, self.window)
        screen.unlocked.connect(self._unlocked)
        screen.switch_requested.connect(lambda: self.finish(SessionEnd.SWITCH_USER))
        self.lock_screen = screen
        screen.open()
        self.locked.emit(True)

    def _unlocked(self) -> None:
        for cover in self._covers:
            cover.remove()
        self._covers = []
        self.lock_screen = None
        self.idle.restart()
        self.locked.emit(False)

    def finish(self, end: SessionEnd) -> None:
        """End the session: close the lock screen, every dialog and the window."""
        if self.end is not None:
            return
        self.end = end
        self.idle.stop()
        if self.lock_screen is not None:
            self.lock_screen.done(QDialog.DialogCode.Rejected)
            self.lock_screen.deleteLater()
            self.lock_screen = None
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and _ours(widget, self.window):
                widget.reject()
        self.window.close()
        self.ended.emit(end.value)


def _ours(widget: QWidget, window: QWidget) -> bool:
    """Whether a top-level widget belongs to ``window`` (a dialog opened from it)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return widget is not window and isinstance(widget, QDialog) and widget.parentWidget() is None
