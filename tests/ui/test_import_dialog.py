"""导入预登记名单: preview with problems highlighted, import the valid rows or nothing,
progress and stop, a refused file worded, the template from the station."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.bootstrap import Services
from app.models import Visit
from app.services.imports import RowStatus
from app.ui.dialogs.import_dialog import ImportDialog
from app.ui.env import UiEnv
from app.ui.item_models.import_preview import PROBLEM_CELL, PROBLEM_TINT, ImportPreviewModel
from app.ui.stations.setup import SetupStation
from app.ui.tasks import ThreadRunner
from tests.import_files import HEADER, good_row, xlsx_bytes
from tests.services.scenario import Day

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _file(tmp_path: Path, rows: int = 2, bad: bool = True) -> Path:
    body = [good_row(i, 反映类别="劳动") for i in range(1, rows + 1)]
    if bad:
        body.append(good_row(rows + 1, 身份证号="123", 联系电话="", 反映类别="劳动"))
    path = tmp_path / "城关镇预登记名单.xlsx"
    path.write_bytes(xlsx_bytes([["城关镇预登记名单"], HEADER, *body]))
    return path


def _visits(services: Services) -> int:
    with services.ctx.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Visit)) or 0)


def _dialog(qtbot: QtBot, ui_env: UiEnv, day: Day) -> ImportDialog:
    dialog = ImportDialog(ui_env, day.event_id)
    qtbot.addWidget(dialog)
    return dialog


def test_preview_then_import_the_valid_rows(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ui_env, day)
    assert not dialog.import_button.isEnabled()
    dialog.load_file(_file(tmp_path))
    assert dialog.summary_label.text() == "可导入 2 行，有问题 1 行"
    assert dialog.import_button.text() == "导入 2 行"
    model = dialog.model
    assert model.rowCount() == 3
    bad = model.index(2, ImportPreviewModel.PROBLEMS)
    assert bad.data() == "身份证号：位数不对"
    assert model.index(2, 0).data() == "5"  # the row as numbered in the file (title, header)
    id_column, name_column = 4, 3
    assert model.index(2, id_column).data(Qt.ItemDataRole.BackgroundRole).color() == PROBLEM_CELL
    assert model.index(2, name_column).data(Qt.ItemDataRole.BackgroundRole).color() == PROBLEM_TINT
    assert model.index(0, name_column).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "*" in model.index(0, id_column).data()  # ID numbers masked
    dialog.only_problems.setChecked(True)
    assert dialog.proxy.rowCount() == 1
    assert _visits(services) == 0
    with qtbot.waitSignal(ui_env.bus.changed), qtbot.waitSignal(dialog.imported) as done:
        dialog.import_button.click()
    assert len(done.args[0].imported) == 2
    assert _visits(services) == 2
    assert dialog.summary_label.text() == "已导入 2 行"
    assert not dialog.import_button.isEnabled()
    assert dialog.close_button.text() == "关闭"
    # the same file again: nothing new to import
    dialog.load_file(_file(tmp_path))
    assert dialog.summary_label.text() == "可导入 0 行，有问题 1 行，已预登记 2 行（将跳过）"
    assert not dialog.import_button.isEnabled()


def test_cancel_imports_nothing(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ui_env, day)
    dialog.load_file(_file(tmp_path))
    dialog.close_button.click()
    assert dialog.result() == ImportDialog.DialogCode.Rejected
    assert _visits(services) == 0


def test_a_refused_file_is_worded(qtbot: QtBot, ui_env: UiEnv, day: Day, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, ui_env, day)
    old = tmp_path / "名单.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 64)
    dialog.load_file(old)
    assert "另存为 .xlsx" in dialog.error_label.text()
    broken = tmp_path / "名单.xlsx"
    broken.write_bytes(b"PK\x03\x04broken")
    dialog.load_file(broken)
    assert dialog.error_label.text() == "文件已损坏或不是有效的 Excel 文件（.xlsx）。"
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()


def test_stop_while_reading_and_while_importing(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ui_env, day)
    path = _file(tmp_path, rows=300, bad=False)
    # The immediate runner delivers progress at once: stop at the first report.
    dialog._relay.progress.connect(dialog.stop)
    dialog.load_file(path)
    assert dialog.error_label.text() == "已停止读取。"
    assert dialog.preview is None
    dialog._relay.progress.disconnect(dialog.stop)
    dialog.load_file(path)
    assert len(dialog.preview.ready) == 300 if dialog.preview else False
    dialog._relay.progress.connect(dialog.stop)
    dialog.start_import()
    assert dialog.report is not None
    assert (len(dialog.report.imported), dialog.report.cancelled) == (1, True)
    assert "再次导入同一文件可继续" in dialog.summary_label.text()
    assert _visits(services) == 1


def test_reading_runs_off_the_gui_thread_with_progress(
    qtbot: QtBot, ui_env: UiEnv, day: Day, tmp_path: Path
) -> None:
    runner = ThreadRunner()
    env = UiEnv(ui_env.services, runner, ui_env.bus, day.event_id, "admin")
    try:
        dialog = _dialog(qtbot, env, day)
        seen: list[str] = []
        dialog._relay.progress.connect(lambda done, total, stage: seen.append(stage))
        dialog.load_file(_file(tmp_path, rows=250))
        assert not dialog.progress_bar.isHidden()
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
        assert dialog.progress_bar.isHidden()
        assert {"reading", "checking"} <= set(seen)
        assert dialog.summary_label.text() == "可导入 250 行，有问题 1 行"
    finally:
        runner.wait_for_done()
        # the answers still queued reach their widgets now, not a later test's event loop
        qtbot.waitUntil(lambda: runner.undelivered == 0)
        QCoreApplication.processEvents()  # deliver the last answers before the widgets go


def test_preview_model(qtmodeltester: ModelTester, ui_env: UiEnv, day: Day, tmp_path: Path) -> None:
    preview = ui_env.services.imports.preview_file(_file(tmp_path), day.event_id)
    model = ImportPreviewModel()
    model.set_rows(preview.rows)
    assert [model.row_at(i).status for i in range(3)][-1] is RowStatus.PROBLEM
    qtmodeltester.check(model)


def test_the_station_opens_the_import_and_saves_the_template(
    qtbot: QtBot, ui_env: UiEnv, tmp_path: Path
) -> None:
    station = SetupStation(ui_env)
    qtbot.addWidget(station)
    station.import_button.click()
    assert isinstance(station.dialog, ImportDialog)
    station.dialog.reject()
    station.save_import_template(tmp_path / "模板.xlsx")
    assert (tmp_path / "模板.xlsx").read_bytes().startswith(b"PK")
    box = station.dialog
    assert isinstance(box, QMessageBox)
    assert str(tmp_path / "模板.xlsx") in box.text()
    box.accept()
    station.save_import_template(tmp_path / "missing" / "模板.xlsx")
    assert "无法保存模板" in station.status_label.text()
