"""The export dialog: masked by default, full identities on request, progress, cancel,
errors, the real thread pool, and the set-up station's entry."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import Services, build_services
from app.clock import ManualClock
from app.domain.roles import Role
from app.services.context import Actor
from app.services.export_cases import ExportResult
from app.services.export_mapping import COLUMNS
from app.ui.dialogs.export_dialog import ExportDialog
from app.ui.env import UiEnv
from app.ui.stations.setup import SetupStation
from app.ui.tasks import ThreadRunner
from tests.services.export_scenario import ACCUSER, FULL_ID, add_export_cases
from tests.services.scenario import Day


@pytest.fixture
def cases(services: Services, clock: ManualClock, day: Day) -> None:
    add_export_cases(services, clock, day)


def dialog_for(qtbot: QtBot, env: UiEnv, **options: bool) -> ExportDialog:
    dialog = ExportDialog(env, env.event_id, **options)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.usefixtures("cases")
def test_masked_xlsx_by_default(qtbot: QtBot, ui_env: UiEnv, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, ui_env)
    dialog.show()
    assert dialog.xlsx.isChecked()
    assert not dialog.full_identities.isChecked()
    assert not dialog.full_warning.isVisible()
    target = tmp_path / "out.xlsx"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported) as signal:
        dialog.export_button.click()
    result = signal.args[0]
    assert isinstance(result, ExportResult)
    assert (result.rows, result.full_identities) == (4, False)
    assert "已导出 4 件信访件（已脱敏）" in dialog.message.text()
    assert str(target) in dialog.message.text()
    assert not dialog.running
    assert dialog.export_button.isEnabled()
    ws = openpyxl.load_workbook(target)["信访件"]
    assert [c.value for c in ws[1]] == [c.zh for c in COLUMNS]
    assert ws["I2"].value == "李*英"  # 来访人姓名, masked
    text = "\n".join(str(c.value) for row in ws.iter_rows() for c in row)
    assert FULL_ID not in text


@pytest.mark.usefixtures("cases")
def test_csv_with_full_identities(qtbot: QtBot, ui_env: UiEnv, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, ui_env)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "out.xlsx"))
    dialog.csv.setChecked(True)
    assert dialog.path_edit.text().endswith("out.csv")  # the suffix follows the format
    dialog.full_identities.setChecked(True)
    assert dialog.full_warning.isVisible()
    with qtbot.waitSignal(dialog.exported):
        dialog.export_button.click()
    assert "完整身份" in dialog.message.text()
    text = (tmp_path / "out.csv").read_bytes().decode("utf-8-sig")
    assert FULL_ID in text
    assert ACCUSER.name not in text


@pytest.mark.usefixtures("cases")
def test_full_identities_hidden_when_not_allowed(
    qtbot: QtBot, ui_env: UiEnv, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, ui_env, allow_full_identities=False)
    dialog.show()
    assert not dialog.full_identities.isVisible()
    dialog.full_identities.setChecked(True)  # even if something ticks it
    dialog.path_edit.setText(str(tmp_path / "out.csv"))
    dialog.csv.setChecked(True)
    with qtbot.waitSignal(dialog.exported) as signal:
        dialog.export_button.click()
    assert signal.args[0].full_identities is False


def test_full_identities_follow_the_role(qtbot: QtBot, ui_env: UiEnv) -> None:
    admin = dialog_for(qtbot, ui_env)
    admin.show()
    assert admin.full_identities.isVisible()  # the system actor acts as admin
    actor = Actor("督办员", "supervision", Role.SUPERVISOR, 1, "sup")
    services = build_services(ui_env.services.ctx.db, ui_env.services.ctx.clock, actor)
    supervisor = dialog_for(qtbot, replace(ui_env, services=services))
    supervisor.show()
    assert not supervisor.full_identities.isVisible()  # may export, masked only


@pytest.mark.usefixtures("cases")
def test_cancel_leaves_no_file(qtbot: QtBot, ui_env: UiEnv, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, ui_env)
    dialog.path_edit.setText(str(tmp_path / "out.csv"))
    dialog.csv.setChecked(True)
    stages: list[str] = []

    def cancel_on_write(done: int, total: int, stage: str) -> None:
        stages.append(stage)
        if stage == "write":
            dialog.reject()  # the Close button while running: cancels

    dialog.progressed.connect(cancel_on_write)
    assert dialog.start()
    assert stages[:3] == ["read", "read", "write"]
    assert "已取消导出" in dialog.message.text()
    assert not (tmp_path / "out.csv").exists()
    assert not dialog.running


def test_errors_are_shown(qtbot: QtBot, ui_env: UiEnv, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, ui_env)
    dialog.path_edit.setText("")
    assert not dialog.start()
    assert "请选择保存位置" in dialog.message.text()
    dialog.path_edit.setText(str(tmp_path / "missing" / "out.xlsx"))
    assert dialog.start()
    assert dialog.message.text().startswith("导出失败：文件夹不存在")
    assert dialog.message.property("role") == "error"
    dialog.path_edit.setText(str(tmp_path))
    assert dialog.start()
    assert "请在文件夹后写上文件名" in dialog.message.text()


@pytest.mark.usefixtures("cases")
def test_runs_on_the_thread_pool(qtbot: QtBot, ui_env: UiEnv, tmp_path: Path) -> None:
    runner = ThreadRunner()
    env = UiEnv(ui_env.services, runner, ui_env.bus, ui_env.event_id, "admin")
    try:
        dialog = dialog_for(qtbot, env)
        dialog.path_edit.setText(str(tmp_path / "out.xlsx"))
        seen: list[tuple[int, int, str]] = []
        dialog.progressed.connect(lambda *args: seen.append(args))
        with qtbot.waitSignal(dialog.exported, timeout=30_000):
            dialog.export_button.click()
            assert dialog.running  # the GUI thread is free while the file is written
        assert (tmp_path / "out.xlsx").exists()
        assert seen[-1] == (4, 4, "write")  # progress arrived on the GUI thread
    finally:
        runner.wait_for_done()
        # the answers still queued reach their widgets now, not a later test's event loop
        qtbot.waitUntil(lambda: runner.undelivered == 0)
        QCoreApplication.processEvents()  # deliver the last answers before the widgets go


def test_setup_station_opens_the_dialog(qtbot: QtBot, ui_env: UiEnv) -> None:
    station = SetupStation(ui_env)
    qtbot.addWidget(station)
    station.export_button.click()
    assert isinstance(station.dialog, ExportDialog)
    station.dialog.reject()
