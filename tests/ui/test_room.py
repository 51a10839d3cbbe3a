"""The room station (接待室): queue, call, case card, outcomes, transfer, conflicts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.clock import ManualClock
from app.domain.types import Urgency
from app.services.assignment_data import BoardFilter
from app.services.reception_data import ResolvedOnSpot
from app.services.registration_data import RegisteredVisit
from app.ui.dialogs.hand_over import HandOverDialog
from app.ui.dialogs.room_add_case import AddCaseDialog
from app.ui.dialogs.room_outcome import OutcomeDialog
from app.ui.dialogs.room_transfer import TransferDialog
from app.ui.env import UiEnv
from app.ui.item_models.room_queue import (
    NO_SHOW,
    ON_HOLD,
    WAITING,
    QueueGroupFilter,
    RoomQueueModel,
    queue_rows,
)
from app.ui.stations.room import ROOM_KEY, RoomStation
from app.ui.widgets.room_zoom import ZOOM_KEY
from tests.services.scenario import Day, person, visit

# dialogs open as windows; the offscreen platform warns about that, harmlessly
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings in a temporary folder, so tests never touch the user's settings."""
    fmt, scope = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    QSettings.setPath(fmt, scope, str(tmp_path / "settings"))
    yield
    location = QStandardPaths.StandardLocation.GenericConfigLocation
    QSettings.setPath(fmt, scope, QStandardPaths.writableLocation(location))


def walk_in(
    env: UiEnv, day: Day, seq: int, *, publish: bool = True, **extra: object
) -> RegisteredVisit:
    """Register a walk-in for the land room the way the desk does, announcing it."""
    result = env.services.registration.register_walk_in(
        visit(day, person(seq, "张三丰"), **extra)  # type: ignore[arg-type]
    )
    if publish:
        env.bus.publish(result.changes)
    return result.value


def room(env: UiEnv, day: Day, qtbot: QtBot, room_id: int | None = None) -> RoomStation:
    station = RoomStation(env, day.room_land if room_id is None else room_id)
    qtbot.addWidget(station)
    return station


def queue_ids(station: RoomStation, group: str) -> list[int]:
    return [r.entry.visit_id for r in station.panel.model.rows() if r.group == group]


def call_next(station: RoomStation) -> None:
    station.panel.serving_actions["call_next"].trigger()


def texts(station: RoomStation) -> str:
    from PySide6.QtWidgets import QLabel

    body = station.card_view.widget()
    assert body is not None
    return "\n".join(label.text() for label in body.findChildren(QLabel))


# -- queue ---------------------------------------------------------------------------


def test_walk_in_appears_in_the_queue_when_the_bus_announces_it(
    ui_env: UiEnv, day: Day, qtbot: QtBot
) -> None:
    station = room(ui_env, day, qtbot)
    assert queue_ids(station, WAITING) == []
    registered = walk_in(ui_env, day, 1, publish=False)
    assert queue_ids(station, WAITING) == []  # nothing announced yet
    with qtbot.waitSignal(ui_env.bus.changed):
        ui_env.bus.publish(
            ui_env.services.registration.register_walk_in(visit(day, person(2, "李四"))).changes
        )
    assert registered.visit_id in queue_ids(station, WAITING)
    assert len(queue_ids(station, WAITING)) == 2
    assert "候谈 2 批" in station.panel.tabs.tabText(0)


def test_changes_of_other_events_are_ignored(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    from app.services.changes import Changes, Entity

    station = room(ui_env, day, qtbot)
    walk_in(ui_env, day, 1, publish=False)
    ui_env.bus.publish(Changes.of(Entity.VISIT, [1], day.event_id + 100))
    assert queue_ids(station, WAITING) == []


def test_call_next_shows_the_batch_with_masked_id(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    station = room(ui_env, day, qtbot)
    registered = walk_in(ui_env, day, 1)
    call_next(station)
    card = station.card_view.card
    assert card is not None
    assert card.visit_id == registered.visit_id
    shown = texts(station)
    full_id = person(1).document_number
    assert full_id not in shown
    assert card.petitioners[0].id_masked in shown
    assert "张三丰" in shown
    assert f"{registered.ticket_text} 号" in shown
    assert station.panel.serving is not None
    assert station.panel.serving.status == "called"
    waits = {w.room_id: w for w in ui_env.services.queue.room_waits(day.event_id)}
    assert waits[day.room_land].serving_ticket == registered.ticket_text  # the hall display
    assert "已叫" in station.message.text()


def test_f5_calls_next_from_the_keyboard(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    station = room(ui_env, day, qtbot)
    registered = walk_in(ui_env, day, 1)
    station.show()
    station.activateWindow()
    qtbot.waitUntil(station.isActiveWindow)  # shortcuts need the active window
    station.panel.views[WAITING].setFocus()
    qtbot.keyClick(station.panel.views[WAITING], Qt.Key.Key_F5)
    assert station.card_view.card is not None
    assert station.card_view.card.visit_id == registered.visit_id


def test_call_next_with_an_empty_queue_and_while_busy(
    ui_env: UiEnv, day: Day, qtbot: QtBot
) -> None:
    station = room(ui_env, day, qtbot)
    station.flows.queue_action("call_next", 0)
    assert "没有候谈" in station.message.text()
    first = walk_in(ui_env, day, 1)
    walk_in(ui_env, day, 2)
    call_next(station)
    assert not station.panel.serving_actions["call_next"].isEnabled()
    station.flows.queue_action("call_next", 0)  # refused by the service: room busy
    assert f"正在接谈 {first.ticket_text} 号" in station.message.text()


def test_start_hold_resume_no_show_requeue(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    station = room(ui_env, day, qtbot)
    first = walk_in(ui_env, day, 1)
    call_next(station)
    station.panel.serving_actions["no_show"].trigger()
    assert queue_ids(station, NO_SHOW) == [first.visit_id]
    assert station.card_view.card is None
    station.panel.tabs.setCurrentIndex(2)
    assert station.panel.select_visit(first.visit_id)
    assert station.panel.row_actions["requeue"].isEnabled()
    station.panel.row_actions["requeue"].trigger()
    assert queue_ids(station, WAITING) == [first.visit_id]
    call_next(station)
    station.panel.serving_actions["start"].trigger()
    assert station.panel.serving is not None
    assert station.panel.serving.status == "in_reception"
    station.panel.serving_actions["hold"].trigger()
    assert queue_ids(station, ON_HOLD) == [first.visit_id]
    assert station.panel.select_visit(first.visit_id)
    station.panel.row_actions["resume"].trigger()
    assert queue_ids(station, WAITING) == [first.visit_id]


def test_call_a_chosen_batch_out_of_order(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    station = room(ui_env, day, qtbot)
    walk_in(ui_env, day, 1)
    second = walk_in(ui_env, day, 2)
    assert station.panel.select_visit(second.visit_id)
    station.panel.row_actions["call"].trigger()
    assert station.card_view.card is not None
    assert station.card_view.card.visit_id == second.visit_id


def test_expected_waits_follow_the_place_in_line(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    station = room(ui_env, day, qtbot)
    for seq in range(1, 4):
        walk_in(ui_env, day, seq)
    call_next(station)
    waiting = [r for r in station.panel.model.rows() if r.group == WAITING]
    remaining = [r.remaining_minutes for r in waiting]
    assert all(m is not None and m > 0 for m in remaining)
    assert remaining == sorted(remaining)


# -- outcomes ------------------------------------------------------------------------


def test_hand_over_through_the_dialog(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    station = room(ui_env, day, qtbot)
    registered = walk_in(ui_env, day, 1)
    call_next(station)
    box = station.card_view.case_boxes[0]
    qtbot.mouseClick(box.buttons["hand_over"], Qt.MouseButton.LeftButton)
    dialog = station.active_dialog
    assert isinstance(dialog, HandOverDialog)
    assert dialog.lead_unit_id() == day.land_bureau  # in the room and first suggested
    assert "18" not in dialog.urgency_buttons[Urgency.RED].text()
    assert "7" in dialog.urgency_buttons[Urgency.RED].text()
    dialog.set_co_unit(day.town)
    qtbot.mouseClick(dialog.urgency_buttons[Urgency.RED], Qt.MouseButton.LeftButton)
    assert "城关镇" not in dialog.instruction.toPlainText()
    assert "自然资源" in dialog.instruction.toPlainText()
    dialog.instruction.setPlainText("请县自然资源和规划局牵头，三日内入户核实。")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert station.active_dialog is None
    result = station.last_decision
    assert result is not None
    assert result.visit_done
    assert len(result.print_job_ids) == 4  # lead, co-unit, archive, receipt
    board = ui_env.services.assignments.board(BoardFilter(event_id=day.event_id))
    assert [(a.lead_unit_id, a.urgency) for a in board] == [(day.land_bureau, "red")]
    assert "交办单已送打印台" in station.message.text()
    card = station.card_view.card
    assert card is not None
    assert card.visit_id == registered.visit_id
    assert card.status == "done"
    assert station.card_view.call_next_button is not None
    assert "交办单已送打印台" in texts(station)
    assert "请县自然资源和规划局牵头" in texts(station)


def test_hand_over_refused_shows_the_reason_in_the_dialog(
    ui_env: UiEnv, day: Day, qtbot: QtBot
) -> None:
    station = room(ui_env, day, qtbot)
    walk_in(ui_env, day, 1)
    call_next(station)
    station.flows.decide_first_open("hand_over")
    dialog = station.active_dialog
    assert isinstance(dialog, HandOverDialog)
    dialog.instruction.setPlainText("  ")
    dialog.submit()
    assert station.active_dialog is dialog
    assert dialog.error_label.text() == "领导批示：不能为空"
    assert dialog.instruction.property("invalid") == "true"
    assert ui_env.services.assignments.board() == ()
    dialog.reject()


def test_resolve_on_spot_ends_the_visit_and_offers_call_next(
    ui_env: UiEnv, day: Day, qtbot: QtBot
) -> None:
    station = room(ui_env, day, qtbot)
    walk_in(ui_env, day, 1)
    second = walk_in(ui_env, day, 2)
    call_next(station)
    qtbot.mouseClick(station.card_view.case_boxes[0].buttons["resolved"], Qt.MouseButton.LeftButton)
    dialog = station.active_dialog
    assert isinstance(dialog, OutcomeDialog)
    assert dialog.note.toPlainText()  # prefilled: OK is the second click
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    card = station.card_view.card
    assert card is not None
    assert card.status == "done"
    assert card.cases[0].outcome == "resolved_on_spot"
    assert station.panel.serving is None
    assert station.panel.serving_actions["call_next"].isEnabled()
    assert "本批接谈完毕" in station.message.text()
    button = station.card_view.call_next_button
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    card = station.card_view.card
    assert card is not None
    assert card.visit_id == second.visit_id


def test_legal_channel_and_explained(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    station = room(ui_env, day, qtbot)
    walk_in(ui_env, day, 1)
    call_next(station)
    station.flows.add_case()
    adding = station.active_dialog
    assert isinstance(adding, AddCaseDialog)
    adding.summary.setPlainText("拖欠工资三个月")
    adding.submit()
    card = station.card_view.card
    assert card is not None
    assert len(card.cases) == 2
    station.flows.decide_first_open("legal")
    legal = station.active_dialog
    assert isinstance(legal, OutcomeDialog)
    legal.submit()  # no channel picked yet
    assert legal.error_label.text() == "法定途径：不能为空"
    legal.choose_channel("行政复议")
    legal.submit()
    card = station.card_view.card
    assert card is not None
    assert card.cases[0].outcome == "legal_channel"
    assert card.status == "in_reception"
    assert "导入法定途径：行政复议" in texts(station)
    station.flows.decide_first_open("explained")
    explained = station.active_dialog
    assert isinstance(explained, OutcomeDialog)
    explained.submit()
    card = station.card_view.card
    assert card is not None
    assert card.status == "done"
    assert [c.outcome for c in card.cases] == ["legal_channel", "explained"]


def test_stale_version_shows_the_conflict_and_reloads(
    ui_env: UiEnv, services: Services, day: Day, qtbot: QtBot
) -> None:
    station = room(ui_env, day, qtbot)
    walk_in(ui_env, day, 1)
    call_next(station)
    card = station.card_view.card
    assert card is not None
    case = card.cases[0]
    services.reception.decide(case.case_id, case.version, ResolvedOnSpot("另一工作站已处理"))
    station.flows.decide(case.case_id, "resolved")  # the station still has the old version
    dialog = station.active_dialog
    assert isinstance(dialog, OutcomeDialog)
    dialog.submit()
    assert station.active_dialog is None
    assert "其他工作站" in station.message.text()
    reloaded = station.card_view.card
    assert reloaded is not None
    assert reloaded.cases[0].outcome == "resolved_on_spot"
    assert "另一工作站已处理" in texts(station)


# -- transfer ------------------------------------------------------------------------


def test_transfer_moves_the_batch_to_the_other_room(
    ui_env: UiEnv, services: Services, day: Day, qtbot: QtBot
) -> None:
    station = room(ui_env, day, qtbot)
    other = room(ui_env, day, qtbot, day.room_general)
    registered = walk_in(ui_env, day, 1)
    call_next(station)
    station.panel.serving_actions["transfer"].trigger()
    dialog = station.active_dialog
    assert isinstance(dialog, TransferDialog)
    dialog.select_room(day.room_general)
    dialog.submit()
    assert dialog.error_label.text() == "理由：不能为空"
    dialog.reason.setEditText("反映问题不属于本接待室类别")
    dialog.submit()
    assert station.active_dialog is None
    assert station.panel.serving is None
    assert registered.visit_id not in queue_ids(station, WAITING)
    assert registered.visit_id in queue_ids(other, WAITING)  # the other room saw the bus
    moved = services.queue.room_queue(day.room_general)
    assert [e.visit_id for e in moved.waiting] == [registered.visit_id]


# -- model, picker, zoom -------------------------------------------------------------


def test_queue_model_passes_qtmodeltester(
    ui_env: UiEnv, day: Day, clock: ManualClock, qtmodeltester: object, qtbot: QtBot
) -> None:
    services = ui_env.services
    for seq in range(1, 5):
        walk_in(ui_env, day, seq, head_count=6 if seq == 2 else None)
    services.queue.call_next(day.room_land)
    queue = services.queue.room_queue(day.room_land)
    services.queue.hold(queue.waiting[0].visit_id)
    clock.advance(timedelta(minutes=75))
    queue = services.queue.room_queue(day.room_land)
    model = RoomQueueModel()
    model.set_rows(queue_rows(queue, clock.now(), lambda _id: "土地", 60.0))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = QueueGroupFilter(WAITING)
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    assert proxy.rowCount() == 2
    assert model.index(0, RoomQueueModel.WAITED).data() == "1 时 15 分"
    marks = [model.index(r, RoomQueueModel.MARKS).data() for r in range(model.rowCount())]
    assert any("集体" in m for m in marks)


def test_admin_picker_chooses_and_remembers_the_room(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    walk_in(ui_env, day, 1)
    station = RoomStation(ui_env, None)
    qtbot.addWidget(station)
    assert not station.picker.isHidden()
    assert station.picker.count() == 3
    assert station.room_id == day.room_land
    assert len(queue_ids(station, WAITING)) == 1
    station.picker.setCurrentIndex(station.picker.findData(day.room_labour))
    assert station.room_id == day.room_labour
    assert queue_ids(station, WAITING) == []
    assert "2 号接待室" in station.title.text()
    assert int(str(QSettings("ReceptionDay", "ReceptionDay").value(ROOM_KEY))) == day.room_labour
    again = RoomStation(ui_env, None)
    qtbot.addWidget(again)
    assert again.room_id == day.room_labour


def test_fixed_room_has_no_picker(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    station = room(ui_env, day, qtbot)
    assert station.picker.isHidden()
    assert "1 号接待室" in station.title.text()
    assert "测试领导" in station.subtitle.text()


def test_zoom_scales_the_card_and_is_remembered(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    station = room(ui_env, day, qtbot)
    walk_in(ui_env, day, 1)
    call_next(station)
    start = station.card_view.zoom()
    next(a for a in station.actions() if a.objectName() == "zoom_in").trigger()
    assert station.card_view.zoom() == start + 10
    body = station.card_view.widget()
    assert body is not None
    assert f"font-size: {round(20 * (start + 10) / 100)}px" in body.styleSheet()
    assert int(str(QSettings("ReceptionDay", "ReceptionDay").value(ZOOM_KEY))) == start + 10
    again = room(ui_env, day, qtbot)
    assert again.zoom.value() == start + 10
    next(a for a in again.actions() if a.objectName() == "zoom_reset").trigger()
    assert again.card_view.zoom() == 100


def test_card_is_not_rebuilt_for_unrelated_changes(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    station = room(ui_env, day, qtbot)
    walk_in(ui_env, day, 1)
    call_next(station)
    body = station.card_view.widget()
    walk_in(ui_env, day, 2)  # another batch joins the queue
    walk_in(ui_env, day, 3, topic=day.labour)  # and another room's
    assert station.card_view.widget() is body
    assert len(queue_ids(station, WAITING)) == 1


def test_visitors_words_are_shown_as_text_not_markup(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    from dataclasses import replace

    station = room(ui_env, day, qtbot)
    draft = replace(visit(day, person(1)), summary="<b>补偿款</b> 未发放")
    ui_env.bus.publish(ui_env.services.registration.register_walk_in(draft).changes)
    call_next(station)
    assert "<b>补偿款</b> 未发放" in texts(station)


def test_hold_a_waiting_batch_from_the_list(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    station = room(ui_env, day, qtbot)
    first = walk_in(ui_env, day, 1)
    second = walk_in(ui_env, day, 2)
    assert station.panel.select_visit(second.visit_id)
    assert not station.panel.row_actions["resume"].isEnabled()
    station.panel.row_actions["hold"].trigger()
    assert queue_ids(station, WAITING) == [first.visit_id]
    assert queue_ids(station, ON_HOLD) == [second.visit_id]
    assert station.panel.current_group() == WAITING  # the leader stays on the list
    assert "暂缓 1" in station.panel.tabs.tabText(1)


def test_a_room_number_is_accepted_where_the_id_belongs_to_another_event(
    ui_env: UiEnv, day: Day, qtbot: QtBot
) -> None:
    from dataclasses import replace
    from datetime import date

    from app.services.setup_data import EventDraft, RoomDraft

    setup = ui_env.services.setup
    other_event = setup.create_event(EventDraft("第二场接访日", date(2026, 12, 1))).value.id
    labour_room = setup.add_room(
        other_event, RoomDraft(7, "劳动接待室", frozenset({day.labour}))
    ).value.id
    station = RoomStation(replace(ui_env, event_id=other_event), 7)  # as in --station room:7
    qtbot.addWidget(station)
    assert station.room_id == labour_room
    assert "7 号接待室" in station.title.text()
    missing = RoomStation(replace(ui_env, event_id=other_event), 99)
    qtbot.addWidget(missing)
    assert missing.room_id is None
    assert "没有 99 号接待室" in missing.message.text()


def test_works_off_the_gui_thread(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    from dataclasses import replace

    from app.ui.tasks import ThreadRunner

    runner = ThreadRunner()
    env = replace(ui_env, runner=runner)
    try:
        station = room(env, day, qtbot)
        registered = walk_in(env, day, 1)
        qtbot.waitUntil(lambda: registered.visit_id in queue_ids(station, WAITING))
        call_next(station)
        qtbot.waitUntil(lambda: station.card_view.card is not None)
        card = station.card_view.card
        assert card is not None
        assert card.visit_id == registered.visit_id
    finally:
        runner.wait_for_done()
        # the answers still queued reach their widgets now, not a later test's event loop
        qtbot.waitUntil(lambda: runner.undelivered == 0)
        QCoreApplication.processEvents()  # deliver the last answers before the widgets go


def test_a_move_made_stale_elsewhere_is_worded_and_reloaded(
    ui_env: UiEnv, services: Services, day: Day, qtbot: QtBot
) -> None:
    station = room(ui_env, day, qtbot)
    registered = walk_in(ui_env, day, 1)
    call_next(station)
    services.queue.start_reception(registered.visit_id)  # another screen, not announced
    station.panel.serving_actions["no_show"].trigger()  # only a called batch can be no-show
    assert "接谈中" in station.message.text()
    assert station.message.property("kind") == "warning"
    assert station.panel.serving is not None
    assert station.panel.serving.status == "in_reception"
