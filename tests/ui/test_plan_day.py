"""规划接待室: the plan-the-day tab runs the simulation off the GUI thread with progress
and cancel, and shows the current and recommended layouts in a table and a chart."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.domain.types import RegistrationChannel
from app.ui.change_bus import ChangeBus
from app.ui.env import UiEnv
from app.ui.item_models.plan_day import PlanDayModel, plan_rows
from app.ui.stations.setup import SetupStation
from app.ui.tasks import ThreadRunner
from app.ui.widgets.setup_plan_day import PlanDayPage
from tests.services.scenario import Day, person, visit


def _pre_register(services: Services, day: Day, count: int = 24) -> None:
    for seq in range(count):
        window = datetime(2026, 11, 23, 8 + seq % 6, 30)
        topic = (day.land, day.land, day.labour, day.law)[seq % 4]
        services.registration.pre_register(
            visit(
                day,
                person(500 + seq),
                topic=topic,
                channel=RegistrationChannel.TOWNSHIP,
                window_start=window,
                window_end=window.replace(minute=59),
            )
        )


def _page(qtbot: QtBot, env: UiEnv, day: Day) -> PlanDayPage:
    page = PlanDayPage(env)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.set_event(day.event_id)
    return page


def test_plan_shows_current_and_recommended_waits(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day, qtmodeltester: ModelTester
) -> None:
    _pre_register(services, day)
    page = _page(qtbot, ui_env, day)
    assert page.inputs is not None
    assert page.demand_label.text() == "24 批 24 人，3 间接待室"
    assert page.walk_ins.value() == 36
    page.seeds.setValue(2)
    seen: list[int] = []
    page.progressed.connect(lambda done, total, stage: seen.append(done))
    with qtbot.waitSignal(page.finished, timeout=60_000) as blocker:
        page.start()
    advice = blocker.args[0]
    assert advice is page.advice
    assert seen
    assert not page.running
    assert page.start_button.isEnabled()
    assert not page.cancel_button.isEnabled()
    assert page.model.rowCount() == 3
    assert page.model.index(0, 0).data() == "土地征收与拆迁"
    assert page.current_label.text().startswith("现有安排：平均等候")
    assert page.message.text().startswith(("规划完成", "已到最长计算时间"))
    assert len(page.chart.series) == 2
    assert page.chart.series[0].count() > 30
    assert advice.recommended.waits.mean <= advice.current.waits.mean
    qtmodeltester.check(page.model)


def test_cancel_keeps_the_best_layout_found_so_far(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    _pre_register(services, day)
    page = _page(qtbot, ui_env, day)
    page.seeds.setValue(1)
    page.progressed.connect(lambda *_: page.cancel())
    with qtbot.waitSignal(page.finished, timeout=60_000) as blocker:
        page.start()
    assert blocker.args[0].stopped == "cancelled"
    assert page.message.text().startswith("已取消")


def test_the_search_runs_on_a_worker_thread(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    _pre_register(services, day, 8)
    runner = ThreadRunner()
    env = UiEnv(services, runner, ChangeBus(), day.event_id, "admin")
    try:
        page = PlanDayPage(env)
        qtbot.addWidget(page)
        page.set_event(day.event_id)
        qtbot.waitUntil(lambda: page.inputs is not None, timeout=10_000)
        page.seeds.setValue(1)
        page.time_limit.setValue(5)
        with qtbot.waitSignal(page.finished, timeout=60_000):
            page.start()
            assert page.running  # the GUI thread is free while the days are simulated
            assert page.cancel_button.isEnabled()
        assert page.model.rowCount() == 3
    finally:
        runner.wait_for_done()
        # the answers still queued reach their widgets now, not a later test's event loop
        qtbot.waitUntil(lambda: runner.undelivered == 0)
        QCoreApplication.processEvents()  # deliver the last answers before the widgets go


def test_no_pre_registrations_no_plan(qtbot: QtBot, ui_env: UiEnv, day: Day) -> None:
    page = _page(qtbot, ui_env, day)
    assert not page.start_button.isEnabled()
    assert page.message.text() == "还没有预登记或接待室，暂时无法规划。"
    page.start()
    assert page.advice is None


def test_setup_station_has_the_plan_tab(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    _pre_register(services, day, 4)
    station = SetupStation(ui_env)
    qtbot.addWidget(station)
    texts = [station.tabs.tabText(i) for i in range(station.tabs.count())]
    assert "规划接待室" in texts
    assert station.plan_page.inputs is not None
    assert len(station.plan_page.inputs.pre_registered) == 4


def test_plan_model_on_its_own(qtmodeltester: ModelTester) -> None:
    model = PlanDayModel()
    model.set_rows(())
    qtmodeltester.check(model)
    assert plan_rows.__doc__


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_apply_the_recommendation_through_the_setup_service(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    _pre_register(services, day, 40)
    page = _page(qtbot, ui_env, day)
    page.seeds.setValue(1)
    published: list[object] = []
    ui_env.bus.changed.connect(lambda changes, remote: published.append(changes))
    with qtbot.waitSignal(page.finished, timeout=60_000) as blocker:
        page.start()
    advice = blocker.args[0]
    assert advice.recommended.plan is not None  # the land room is far too few
    assert page.applier.button.isEnabled()
    box = page.applier.ask()
    assert box is not None
    with qtbot.waitSignal(page.applier.applied, timeout=10_000) as applied:
        box.confirm_button.click()
    assert applied.args[0] >= 1
    assert published
    rooms = {r.id: r.topic_ids for r in services.setup.event_setup(day.event_id).rooms}
    assert rooms == {r.room_id: r.topic_ids for r in advice.recommended.rooms}
    assert page.message.text().startswith("已按建议调整")
    assert not page.applier.button.isEnabled()


def test_a_reload_keeps_the_typed_walk_ins(
    qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    _pre_register(services, day, 4)
    page = _page(qtbot, ui_env, day)
    assert page.walk_ins.value() == 6
    page.walk_ins.setValue(50)
    _pre_register(services, day, 2)
    page.set_event(day.event_id)
    assert page.inputs is not None
    assert len(page.inputs.pre_registered) == 6
    assert page.walk_ins.value() == 50
