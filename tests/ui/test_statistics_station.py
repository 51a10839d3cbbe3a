"""The statistics station shows what the service computes, refreshes from the change bus
(and, when hidden, once shown again), switches events, draws its charts offscreen, opens
and prints the PDF summary, saves the Excel one; its item models pass the model tester."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.clock import ManualClock
from app.services.changes import Changes, Entity
from app.services.setup_data import EventDraft
from app.sync.feed import EVERYTHING
from app.ui.dialogs.export_dialog import ExportDialog
from app.ui.dialogs.print_preview import PrintPreviewDialog
from app.ui.env import UiEnv
from app.ui.item_models.stats_hand_overs import HandOverModel
from app.ui.item_models.stats_rooms import RoomLiveModel
from app.ui.main_window import MainWindow
from app.ui.printing.printer import PrintOutcome, PrintTarget
from app.ui.printing.settings import KINDS, PrintSettings
from app.ui.stations.statistics import StatisticsStation
from tests.services.scenario import Day, person, visit
from tests.services.statistics_scenario import build_statistics_day


class FakePrinter:
    """Prints everything and remembers the titles."""

    def __init__(self) -> None:
        self.printed: list[str] = []

    def available_printers(self) -> list[str]:
        return ["Fake Laser"]

    def default_printer(self) -> str:
        return "Fake Laser"

    def print_pdf(
        self,
        pdf: bytes,
        target: PrintTarget,
        title: str,
        should_cancel: Callable[[], bool] | None = None,
    ) -> PrintOutcome:
        assert pdf.startswith(b"%PDF")
        self.printed.append(title)
        return PrintOutcome(True, target.printer)


@pytest.fixture
def printer() -> FakePrinter:
    return FakePrinter()


@pytest.fixture
def settings(tmp_path: Path) -> PrintSettings:
    chosen = PrintSettings(QSettings(str(tmp_path / "printing.ini"), QSettings.Format.IniFormat))
    for kind in KINDS:
        chosen.set_silent(kind, True)
    return chosen


@pytest.fixture
def station(
    qtbot: QtBot,
    ui_env: UiEnv,
    day: Day,
    clock: ManualClock,
    printer: FakePrinter,
    settings: PrintSettings,
) -> StatisticsStation:
    build_statistics_day(ui_env.services, day, clock)
    widget = StatisticsStation(ui_env, printer, settings)
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    return widget


def test_numbers_shown_match_the_service(station: StatisticsStation, ui_env: UiEnv) -> None:
    live = ui_env.services.statistics.live_day(ui_env.event_id)
    tiles = station.live_tab.tiles
    assert tiles["registered"].number.text() == "11 批"
    assert tiles["registered"].detail.text() == "17 人次"
    assert tiles["waiting"].number.text() == f"{live.waiting.batches} 批"
    assert tiles["in_reception"].number.text() == "1 批"
    assert tiles["done"].number.text() == "7 批"
    assert tiles["cases"].number.text() == "7 件"
    assert "待处理 4 件" in tiles["cases"].detail.text()
    model = station.live_tab.model
    assert model.rowCount() == 3
    for row, room in enumerate(live.rooms):
        for column in range(1, model.columnCount()):
            shown = model.index(row, column).data()
            assert shown == str(model.value(room, column))
    assert model.index(0, RoomLiveModel.DONE).data() == "4"
    assert model.index(1, RoomLiveModel.WAITING).data() == "2"

    rates = station.follow_up_tab.tiles
    assert rates["on_spot"].number.text() == "14.3%"  # 1 / 7
    assert rates["on_spot"].detail.text().startswith("1 / 7")
    assert rates["on_time"].number.text() == "66.7%"  # 2 / 3
    assert rates["on_time_of_due"].number.text() == "50.0%"  # 2 / 4
    assert rates["satisfaction"].number.text() == "66.7%"
    assert rates["satisfaction_unit"].number.text() == "33.3%"
    assert rates["participation"].number.text() == "66.7%"
    assert rates["repeat"].number.text() == "10.0%"  # 1 of 10 people
    assert rates["hand_overs"].number.text() == "4 件"
    for key in ("on_spot", "on_time", "satisfaction", "participation"):
        assert "÷" in rates[key].toolTip()
    units = station.follow_up_tab.unit_model
    assert units.rowCount() == 4  # 法院 assists only
    assert units.index(3, HandOverModel.ASSISTING).data() == "1"
    assert units.index(3, HandOverModel.ASSIGNMENTS).data() == "0"
    assert units.index(0, HandOverModel.NAME).data() == "县自然资源和规划局"
    assert units.index(0, HandOverModel.RATE).data() == "50.0%"
    assert station.follow_up_tab.topic_model.rowCount() == 2


def test_charts_show_the_figures(station: StatisticsStation, qtbot: QtBot) -> None:
    station.show()
    qtbot.waitExposed(station)
    live = station.live_tab
    assert live.outcome_chart.slices() == [
        ("当场解决 1 · 14%", 1.0),
        ("交办 4 · 57%", 4.0),
        ("导入法定途径 1 · 14%", 1.0),
        ("解释说明 1 · 14%", 1.0),
    ]
    assert live.rooms_chart.totals() == [5.0, 3.0, 3.0]
    follow_up = station.follow_up_tab
    assert follow_up.unit_chart.totals() == [2.0, 1.0, 1.0]
    assert [label for label, _ in follow_up.rating_chart.slices()] == [
        "满意 1 · 33%",
        "基本满意 1 · 33%",
        "不满意 1 · 33%",
    ]
    station.tabs.setCurrentIndex(1)
    assert not station.grab().isNull()


def test_refreshes_on_a_change_bus_event(
    station: StatisticsStation, ui_env: UiEnv, day: Day, qtbot: QtBot
) -> None:
    station.show()
    qtbot.waitExposed(station)
    made = ui_env.services.registration.register_walk_in(visit(day, person(50, "何五")))
    assert station.live_tab.tiles["registered"].number.text() == "11 批"
    ui_env.bus.publish(made.changes)
    assert station.live_tab.tiles["registered"].number.text() == "12 批"
    assert station.live_tab.tiles["waiting"].number.text() == "3 批"
    ui_env.services.registration.register_walk_in(visit(day, person(52, "施七")))
    elsewhere = Changes.of(Entity.VISIT, [], ui_env.event_id + 1)
    ui_env.bus.publish(elsewhere, remote=True)  # another event's change: no reload
    assert station.live_tab.tiles["registered"].number.text() == "12 批"
    ui_env.bus.publish(EVERYTHING, remote=True)  # what the SQLite poll reports
    assert station.live_tab.tiles["registered"].number.text() == "13 批"


def test_hidden_station_reloads_when_shown(
    station: StatisticsStation, ui_env: UiEnv, day: Day, qtbot: QtBot
) -> None:
    made = ui_env.services.registration.register_walk_in(visit(day, person(51, "吕六")))
    ui_env.bus.publish(made.changes)
    assert station.live_tab.tiles["registered"].number.text() == "11 批"
    station.show()
    qtbot.waitExposed(station)
    assert station.live_tab.tiles["registered"].number.text() == "12 批"


def test_event_chooser_appears_with_a_second_event(
    station: StatisticsStation, ui_env: UiEnv, qtbot: QtBot
) -> None:
    station.show()
    qtbot.waitExposed(station)
    assert not station.event_box.isVisible()
    made = ui_env.services.setup.create_event(
        EventDraft("第二次接访日", date(2026, 12, 7), "县会堂")
    )
    ui_env.bus.publish(made.changes)
    assert station.event_box.isVisible()
    assert station.event_box.count() == 2
    station.event_box.setCurrentIndex(station.event_box.findData(made.value.id))
    assert station.event_id == made.value.id
    assert station.live_tab.tiles["registered"].number.text() == "0 批"
    assert station.follow_up_tab.tiles["on_time"].number.text() == "—"
    assert station.live_tab.outcome_chart.slices() == []


def test_pdf_summary_previews_and_prints(
    station: StatisticsStation,
    ui_env: UiEnv,
    printer: FakePrinter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[PrintPreviewDialog] = []
    monkeypatch.setattr(PrintPreviewDialog, "exec", lambda self: opened.append(self) or 0)
    station.pdf_button.click()
    assert len(opened) == 1
    assert opened[0].windowTitle().endswith("当日工作汇总")
    assert opened[0].print_button.isVisible() or not opened[0].print_button.isHidden()
    assert station.summary.print_pdf()
    assert printer.printed
    rows = ui_env.services.print_jobs.queue(ui_env.event_id)
    assert any(r.document == "day_summary" and r.status == "printed" for r in rows)
    assert station.status_label.text() == "当日汇总已打印"


def test_excel_summary_is_saved(station: StatisticsStation, tmp_path: Path) -> None:
    target = tmp_path / "汇总.xlsx"
    assert station.summary.save_excel(str(target))
    book = load_workbook(io.BytesIO(target.read_bytes()), read_only=True)
    assert len(book.sheetnames) >= 2
    assert str(target) in station.status_label.text()


def test_export_opens_the_case_export_for_the_shown_event(
    station: StatisticsStation, ui_env: UiEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[ExportDialog] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: opened.append(self) or 0)
    station.export_button.click()
    assert len(opened) == 1
    assert str(ui_env.event_id) in opened[0].path_edit.text()


def test_item_models_pass_the_model_tester(
    station: StatisticsStation, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(station.live_tab.model)
    qtmodeltester.check(station.follow_up_tab.unit_model)
    qtmodeltester.check(station.follow_up_tab.topic_model)
    empty = HandOverModel("单位")
    qtmodeltester.check(empty)


def test_window_has_the_station_for_admin_and_statistics_roles(qtbot: QtBot, ui_env: UiEnv) -> None:
    for role in ("admin", "statistics", "supervisor"):
        window = MainWindow(ui_env, role)
        qtbot.addWidget(window)
        assert isinstance(window.stations["statistics"], StatisticsStation)
