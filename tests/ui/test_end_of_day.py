"""日终备份… in the set-up station: verifies the audit log, backs up, says where."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.bootstrap import build_services
from app.domain.roles import Role
from app.paths import DATA_DIR_ENV
from app.services.context import Actor
from app.ui.env import UiEnv
from app.ui.widgets.end_of_day import EndOfDayDialog, end_of_day_button

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_button_backs_up_and_reports(
    ui_env: UiEnv, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    button = end_of_day_button(ui_env, parent)
    assert not button.isHidden()
    button.click()
    dialog = parent.findChild(EndOfDayDialog)
    assert isinstance(dialog, EndOfDayDialog)
    assert dialog.report is not None
    assert dialog.report.audit_ok
    assert dialog.report.backup_path.is_file()
    assert "审计日志完整" in dialog.text.text()
    assert str(dialog.report.backup_path) in dialog.text.text()
    assert dialog.close_button.isEnabled()
    dialog.close()


def test_roles_without_the_backup_permission_do_not_see_it(ui_env: UiEnv, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    clerk = Actor("王文书", "print", Role.CLERK, user_id=4, username="wang")
    services = build_services(ui_env.services.ctx.db, ui_env.services.ctx.clock, clerk)
    env = UiEnv(services, ui_env.runner, ui_env.bus, ui_env.event_id, "print")
    parent = QWidget()
    qtbot.addWidget(parent)
    assert end_of_day_button(env, parent).isHidden()
