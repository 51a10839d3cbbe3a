"""Screenshots of the login dialog and of a locked desk (used by render_screenshots.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from app.bootstrap import build_services
from app.clock import Clock
from app.db import Database
from app.demo.users import DEMO_PASSWORD
from app.ui.change_bus import ChangeBus
from app.ui.dialogs.login import LoginDialog
from app.ui.session import Session, SessionEnd
from app.ui.sign_in import display_actor
from app.ui.tasks import ImmediateRunner


def render_login(db: Database, out: Path, suffix: str) -> Path:
    """The login dialog after one wrong password."""
    users = build_services(db, None, display_actor("desk")).users
    dialog = LoginDialog(users, ImmediateRunner(), "登记台 desk")
    dialog.show()
    dialog.username.setText("desk1")
    dialog.password.setText("wrong password")
    dialog.login_button.click()  # one wrong try: the message shows
    dialog.password.setText(DEMO_PASSWORD[:5])
    QApplication.processEvents()
    path = out / f"login{suffix}.png"
    dialog.grab().save(str(path))
    dialog.close()
    return path


def render_lock(db: Database, clock: Clock, out: Path, size: tuple[int, int], suffix: str) -> Path:
    """desk1's desk, locked after idle time with a walk-in half typed (kept under the
    cover), the lock screen drawn where it opens."""
    from app.ui.application import build_window

    user = build_services(db, clock, display_actor("desk")).users.authenticate(
        "desk1", DEMO_PASSWORD
    )
    actor = user.value.actor("desk")
    window = build_window(db, "desk", ImmediateRunner(), ChangeBus(), clock, actor)
    window.resize(*size)
    window.show()
    services = window.env.services
    session = Session(window, services.users, window.env.runner, actor, 5)
    session.lock()
    screen = session.lock_screen
    assert screen is not None
    screen.password.setText("x")
    screen.unlock_button.click()  # a wrong password: the message shows
    screen.password.setText(DEMO_PASSWORD[:3])
    QApplication.processEvents()
    shot = window.grab()
    panel = screen.grab()
    painter = QPainter(shot)
    painter.drawPixmap(
        QPoint((shot.width() - panel.width()) // 2, (shot.height() - panel.height()) // 2), panel
    )
    painter.end()
    path = out / f"lock{suffix}.png"
    shot.save(str(path))
    session.finish(SessionEnd.LOG_OUT)
    services.users.authenticate("desk1", DEMO_PASSWORD)  # the wrong tries above are forgotten
    return path
