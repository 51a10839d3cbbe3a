"""The registration desk (登记台): search, check-in, walk-in form, rooms, repeats."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.domain.errors import InvalidInput
from app.domain.identity import make_resident_id
from app.domain.pinyin_keys import format_qr_payload
from app.domain.types import RegistrationChannel, VisitStatus
from app.services.changes import Entity
from app.services.queue_data import RoomWait
from app.services.registration_data import RegisteredVisit, VisitDraft
from app.services.search import SearchHit
from app.services.setup_data import EventDraft, RoomDraft
from app.ui.env import UiEnv
from app.ui.item_models.room_waits import RoomWaitsModel
from app.ui.item_models.search_results import SearchResultsModel
from app.ui.stations.desk import DeskStation
from tests.services.scenario import Day, person, visit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def desk(qtbot: QtBot, ui_env: UiEnv) -> DeskStation:
    station = DeskStation(ui_env)
    qtbot.addWidget(station)
    station.resize(1280, 800)
    station.show()
    qtbot.waitExposed(station)
    station.activateWindow()
    return station


def pre_register(services: Services, day: Day, *people: object) -> RegisteredVisit:
    draft = visit(day, *people, channel=RegistrationChannel.PHONE)  # type: ignore[arg-type]
    return services.registration.pre_register(draft).value


def waiting_ids(services: Services, room_id: int) -> list[int]:
    return [entry.visit_id for entry in services.queue.room_queue(room_id).waiting]


def fill_walk_in(desk: DeskStation, qtbot: QtBot, seq: int = 7, name: str = "李秀英") -> None:
    """Type one person and the batch as a desk user would (Chinese through setText)."""
    row = desk.form.rows[0]
    row.name.setText(name)
    qtbot.keyClicks(row.number, make_resident_id("330726", date(1980, 5, 17), seq))
    row.number.editingFinished.emit()
    qtbot.keyClicks(row.phone, f"1390000{seq:04d}")
    row.phone.editingFinished.emit()
    fields = desk.form.visit
    fields.topic.setCurrentIndex(
        fields.topic.findData(desk.setup.topics[0].id if desk.setup else 0)
    )
    fields.summary.setPlainText("村里征地补偿款未发放到位")
    fields.demand.setPlainText("要求按标准发放")
    qtbot.waitUntil(lambda: desk.rooms.allocation is not None)  # the debounced suggestion


# -- search --------------------------------------------------------------------------


def test_typing_pinyin_initials_shows_results(
    desk: DeskStation, qtbot: QtBot, services: Services, day: Day
) -> None:
    booked = pre_register(services, day, person(1, "张三"))
    qtbot.keyClicks(desk.search.box, "zs")
    qtbot.waitUntil(lambda: desk.search.model.rowCount() == 1)
    hit = desk.search.model.row_at(0)
    assert (hit.name, hit.visit_id, hit.visit_status) == ("张三", booked.visit_id, "pre_registered")
    assert "1111" not in hit.id_masked[6:14]  # the middle of the ID number is masked
    # the batch pane shows the found batch with its member ticked
    assert desk.batch.card is not None
    assert desk.batch.card.visit_id == booked.visit_id
    assert desk.batch.selected_members() == [booked.petitioner_ids[0]]


def test_chinese_name_search_and_unknown_person(
    desk: DeskStation, qtbot: QtBot, services: Services, day: Day
) -> None:
    pre_register(services, day, person(1, "张三"))
    desk.search.box.setText("张三")
    qtbot.waitUntil(lambda: desk.search.model.rowCount() == 1)
    desk.search.box.setText("欧阳")
    qtbot.waitUntil(lambda: desk.search.model.rowCount() == 0)
    assert "没有找到" in desk.search.status.text()
    assert desk.batch.card is None


def test_enter_on_a_pre_registered_result_checks_in_the_whole_batch(
    desk: DeskStation, qtbot: QtBot, services: Services, day: Day
) -> None:
    booked = pre_register(services, day, person(1, "张三"), person(2, "张四"))
    qtbot.keyClicks(desk.search.box, "zs")
    qtbot.waitUntil(lambda: desk.search.model.rowCount() == 2)
    qtbot.keyClick(desk.search.box, Qt.Key.Key_Down)
    assert desk.search.table.hasFocus()
    with qtbot.waitSignal(desk.ticket_requested) as signal:
        qtbot.keyClick(desk.search.table, ENTER)
    assert signal.args == [booked.visit_id]
    assert booked.visit_id in waiting_ids(services, day.room_land)
    assert desk.banner.number.text() == "001"
    assert desk.search.box.hasFocus()  # ready for the next visitor
    qtbot.waitUntil(lambda: desk.search.model.row_at(0).visit_status == VisitStatus.WAITING)


def test_scanned_notice_checks_in_at_once(
    desk: DeskStation, qtbot: QtBot, services: Services, day: Day
) -> None:
    draft = visit(day, person(1, "张三"), channel=RegistrationChannel.PHONE)
    booked = services.registration.pre_register(draft).value
    payload = format_qr_payload({"visit": draft.client_key, "event": str(day.event_id)})
    desk.search.box.setFocus()
    with qtbot.waitSignal(desk.ticket_requested) as signal:
        qtbot.keyClicks(desk.search.box, payload)  # a keyboard-wedge scanner
        qtbot.keyClick(desk.search.box, ENTER)
    assert signal.args == [booked.visit_id]
    assert booked.visit_id in waiting_ids(services, day.room_land)


def test_checking_in_single_members(
    desk: DeskStation, qtbot: QtBot, services: Services, day: Day, monkeypatch: pytest.MonkeyPatch
) -> None:
    booked = pre_register(services, day, person(1, "张三"), person(2, "张四"))
    calls: list[object] = []
    original = services.registration.check_in

    def spy(visit_id: int, **kwargs: object) -> object:
        calls.append(kwargs.get("member_ids"))
        return original(visit_id, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services.registration, "check_in", spy)
    qtbot.keyClicks(desk.search.box, "zs")
    qtbot.waitUntil(lambda: desk.batch.members.count() == 2)
    desk.batch.members.item(1).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(desk.ticket_requested):
        desk.batch.check_some.click()
    assert calls == [[booked.petitioner_ids[0]]]
    assert booked.visit_id in waiting_ids(services, day.room_land)
    # the second member arrives later: no second ticket is printed
    with qtbot.assertNotEmitted(desk.ticket_requested):
        desk.batch.check_all.click()
    assert calls[-1] is None
    desk.batch.members.item(0).setCheckState(Qt.CheckState.Unchecked)
    desk.batch.members.item(1).setCheckState(Qt.CheckState.Unchecked)
    desk.batch.check_some.click()
    assert "至少勾选" in desk.batch.error.text()


def test_a_change_elsewhere_keeps_the_ticks_and_reloads_the_batch(
    desk: DeskStation, qtbot: QtBot, ui_env: UiEnv, services: Services, day: Day
) -> None:
    booked = pre_register(services, day, person(1, "张三"), person(2, "张四"))
    qtbot.keyClicks(desk.search.box, "zs")
    qtbot.waitUntil(lambda: desk.batch.members.count() == 2)
    desk.batch.members.item(1).setCheckState(Qt.CheckState.Unchecked)
    result = services.registration.check_in(booked.visit_id)  # at another desk
    with qtbot.waitSignal(desk.refresh_timer.timeout):
        ui_env.bus.publish(result.changes, remote=True)
    assert desk.batch.card is not None
    assert desk.batch.card.status == VisitStatus.WAITING
    assert desk.batch.unselected_members() == [booked.petitioner_ids[1]]
    assert desk.search.model.row_at(0).ticket_text == "001"


def test_a_person_without_a_batch_today_is_explained(
    desk: DeskStation, qtbot: QtBot, services: Services, day: Day
) -> None:
    old = services.setup.create_event(EventDraft("春季接访日", date(2026, 5, 25))).value.id
    services.setup.add_room(old, RoomDraft(1, "综合接待室", frozenset({day.land})))
    draft = dataclasses.replace(visit(day, person(1, "张三")), event_id=old)
    services.registration.register_walk_in(draft)
    desk.search.box.setText("张三")
    qtbot.waitUntil(lambda: desk.search.model.rowCount() == 1)
    assert desk.search.model.row_at(0).visit_id is None
    assert "本次接访日没有登记" in desk.batch.info.text()
    assert not desk.batch.check_all.isVisibleTo(desk)


# -- walk-in -------------------------------------------------------------------------


def test_walk_in_registered_with_keyboard_lands_in_the_room_queue(
    desk: DeskStation, qtbot: QtBot, services: Services, day: Day
) -> None:
    fill_walk_in(desk, qtbot)
    assert desk.rooms.chosen_room_id() == day.room_land  # suggested: topic match
    key = desk.walk_in.client_key
    desk.form.visit.demand.setFocus()
    with qtbot.waitSignal(desk.ticket_requested) as signal:
        qtbot.keyClick(desk.form.visit.demand, ENTER, CTRL)
    waiting = services.queue.room_queue(day.room_land).waiting
    assert [entry.visit_id for entry in waiting] == signal.args
    assert waiting[0].ticket_text == "001"
    assert desk.banner.number.text() == "001"
    assert "1号" in desk.banner.room.text()
    # the form is empty again, with a new key, focus in the first field
    assert desk.form.rows[0].name.text() == ""
    assert len(desk.form.rows) == 1
    assert desk.walk_in.client_key != key
    qtbot.waitUntil(lambda: desk.form.rows[0].name.hasFocus())
    # the room list follows the bus
    qtbot.waitUntil(lambda: _waiting_persons(desk.waits.model, day.room_land) == 1)


def _waiting_persons(model: RoomWaitsModel, room_id: int) -> int:
    rows = [model.row_at(r) for r in range(model.rowCount())]
    return next(r.persons_waiting for r in rows if r.room_id == room_id)


def test_enter_moves_to_the_next_field_and_skips_rare_ones(desk: DeskStation, qtbot: QtBot) -> None:
    row = desk.form.rows[0]
    row.name.setFocus()
    qtbot.keyClick(row.name, ENTER)
    assert row.number.hasFocus()  # the document type is reached with Tab
    qtbot.keyClick(row.number, ENTER)
    assert row.phone.hasFocus()
    qtbot.keyClick(row.phone, ENTER)
    qtbot.keyClick(row.address, ENTER)
    assert desk.form.visit.head_count.hasFocus()  # the disabled box is skipped
    qtbot.keyClick(desk.form.visit.head_count, ENTER)
    assert desk.form.visit.topic.hasFocus()
    summary = desk.form.visit.summary
    summary.setFocus()
    qtbot.keyClick(summary, ENTER, Qt.KeyboardModifier.ShiftModifier)  # a new line
    assert summary.hasFocus()
    assert summary.toPlainText() == "\n"
    qtbot.keyClick(desk.form.add_person, Qt.Key.Key_F6)
    assert len(desk.form.rows) == 2
    assert desk.form.rows[1].name.hasFocus()
    assert desk.form.visit.head_count.value() == 2


def test_a_whole_walk_in_with_the_keyboard_alone(
    desk: DeskStation, qtbot: QtBot, services: Services, day: Day
) -> None:
    qtbot.keyClick(desk, Qt.Key.Key_F3)
    row = desk.form.rows[0]
    assert row.name.hasFocus()
    row.name.setText("李秀英")  # typed through the input method
    qtbot.keyClick(row.name, ENTER)
    qtbot.keyClicks(row.number, make_resident_id("330726", date(1980, 5, 17), 9))
    qtbot.keyClick(row.number, ENTER)
    qtbot.keyClicks(row.phone, "13900000009")
    qtbot.keyClick(row.phone, ENTER)
    qtbot.keyClick(row.address, ENTER)
    fields = desk.form.visit
    qtbot.keyClick(fields.head_count, ENTER)
    assert fields.topic.hasFocus()
    qtbot.keyClicks(fields.topic_edit, "ld")  # pinyin initials of 劳动和社会保障
    qtbot.keyClick(fields.topic_edit, ENTER)
    assert fields.topic_id() == day.labour
    assert fields.summary.hasFocus()
    fields.summary.insertPlainText("工资被拖欠")
    qtbot.keyClick(fields.summary, ENTER)
    qtbot.waitUntil(lambda: desk.rooms.chosen_room_id() == day.room_labour)
    qtbot.keyClick(fields.demand, ENTER)
    assert desk.rooms.list.hasFocus()
    qtbot.keyClick(desk.rooms.list, ENTER)
    assert desk.walk_in.confirm.hasFocus()
    with qtbot.waitSignal(desk.ticket_requested) as signal:
        qtbot.keyClick(desk.walk_in.confirm, ENTER)
    assert waiting_ids(services, day.room_labour) == signal.args


def test_invalid_id_number_shows_the_reason_and_registers_nothing(
    desk: DeskStation, qtbot: QtBot, services: Services, day: Day
) -> None:
    fill_walk_in(desk, qtbot)
    row = desk.form.rows[0]
    number = row.number.text()
    row.number.setText(number[:-1] + ("0" if number[-1] != "0" else "1"))
    row.number.editingFinished.emit()  # leaving the field
    assert row.error.isVisibleTo(desk)
    assert "校验位" in row.error.text()
    assert row.number.property("invalid") is True
    with qtbot.assertNotEmitted(desk.ticket_requested):
        desk.walk_in.confirm_walk_in()
    assert services.queue.room_queue(day.room_land).waiting == ()
    assert row.number.hasFocus()
    # fixing it clears the mark
    row.number.setText(number)
    row.number.editingFinished.emit()
    assert not row.error.isVisibleTo(desk)


def test_missing_topic_and_summary_are_marked(desk: DeskStation, qtbot: QtBot) -> None:
    desk.form.rows[0].name.setText("李秀英")
    desk.walk_in.confirm_walk_in()
    fields = desk.form.visit
    assert "反映类别" in fields.errors["topic_id"].text()
    assert "问题摘要" in fields.errors["summary"].text()
    assert fields.topic.hasFocus()


def test_a_rejection_from_the_service_marks_its_field_and_a_retry_reuses_the_key(
    desk: DeskStation, qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_walk_in(desk, qtbot)
    desk.form.add_row()
    desk.form.rows[1].name.setText("王建国")
    keys: list[str] = []
    original = services.registration.register_walk_in

    def flaky(draft: VisitDraft, **kwargs: object) -> object:
        keys.append(draft.client_key)
        if len(keys) == 1:
            raise InvalidInput("petitioners[1].id_number", "checksum")
        if len(keys) == 2:
            raise ConnectionError("server went away")
        return original(draft, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services.registration, "register_walk_in", flaky)
    desk.walk_in.confirm_walk_in()
    assert "第 2 位来访人证件号码" in desk.form.rows[1].error.text()
    desk.walk_in.confirm_walk_in()
    assert desk.walk_in.message.isVisibleTo(desk)
    assert desk.form.rows[0].name.text() == "李秀英"  # the form in progress is kept
    with qtbot.waitSignal(desk.ticket_requested):
        desk.walk_in.confirm_walk_in()
    assert keys[0] == keys[1] == keys[2]


def test_choosing_another_room_requires_a_reason(
    desk: DeskStation, qtbot: QtBot, services: Services, day: Day
) -> None:
    fill_walk_in(desk, qtbot)
    rooms = desk.rooms
    assert rooms.allocation is not None
    assert rooms.allocation.room_id == day.room_land
    assert not rooms.override_reason.isVisibleTo(desk)
    other = next(
        rooms.list.topLevelItem(i)
        for i in range(rooms.list.topLevelItemCount())
        if rooms.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1) == day.room_general
    )
    rooms.list.setCurrentItem(other)
    assert rooms.is_override()
    assert rooms.override_reason.isVisibleTo(desk)
    rooms.list.setFocus()
    with qtbot.assertNotEmitted(desk.ticket_requested):
        qtbot.keyClick(rooms.list, ENTER, CTRL)
    assert "改派理由" in rooms.override_error.text()
    assert rooms.override_reason.hasFocus()
    assert waiting_ids(services, day.room_general) == []
    qtbot.keyClicks(rooms.override_reason, "visitor asks for the general room")
    with qtbot.waitSignal(desk.ticket_requested) as signal:
        qtbot.keyClick(rooms.override_reason, ENTER, CTRL)
    assert waiting_ids(services, day.room_general) == signal.args
    assert not rooms.is_override()  # back to the suggestion for the next batch


def test_head_count_of_five_flags_a_collective_visit(desk: DeskStation) -> None:
    fields = desk.form.visit
    assert not fields.collective.isVisibleTo(desk)
    fields.head_count.setValue(5)
    assert fields.collective.isVisibleTo(desk)


def test_elderly_id_number_gives_priority(desk: DeskStation, qtbot: QtBot) -> None:
    row = desk.form.rows[0]
    qtbot.keyClicks(row.number, make_resident_id("330726", date(1940, 3, 2), 5))
    row.number.editingFinished.emit()
    assert "老年人优先" in row.hint.text()
    assert "70岁以上" in desk.form.visit.priority.text()


def test_repeat_visitor_warning_shows_earlier_visits_and_cases(
    desk: DeskStation, qtbot: QtBot, services: Services, day: Day
) -> None:
    old = services.setup.create_event(EventDraft("春季接访日", date(2026, 5, 25))).value.id
    services.setup.add_room(old, RoomDraft(1, "综合接待室", frozenset({day.land})))
    earlier = dataclasses.replace(
        visit(day, person(7, "李秀英")), event_id=old, summary="宅基地纠纷"
    )
    services.registration.register_walk_in(earlier)
    assert not desk.walk_in.repeat.isVisibleTo(desk)
    fill_walk_in(desk, qtbot, seq=7)
    panel = desk.walk_in.repeat
    assert panel.isVisibleTo(desk)
    assert [v.event_name for v in panel.visits] == ["春季接访日"]
    assert "宅基地纠纷" in panel.body.text()
    assert "未处理" in panel.body.text()  # its case, no outcome yet
    assert "此前登记的姓名" not in panel.body.text()
    # the same ID number typed under another name is pointed out
    desk.form.rows[0].name.setText("李秀")
    desk.form.rows[0].name.editingFinished.emit()
    assert "此前登记的姓名为 李秀英" in panel.body.text()
    # another ID number: the warning goes away
    row = desk.form.rows[0]
    row.number.setText(make_resident_id("330726", date(1980, 5, 17), 8))
    row.number.editingFinished.emit()
    assert not panel.isVisibleTo(desk)


def test_person_registered_today_is_told_to_check_in(
    desk: DeskStation, qtbot: QtBot, services: Services, day: Day
) -> None:
    pre_register(services, day, person(7, "李秀英"))
    fill_walk_in(desk, qtbot, seq=7)
    assert "不要重复登记" in desk.walk_in.repeat.body.text()


# -- rooms and models ----------------------------------------------------------------


def test_room_waits_follow_changes_from_other_stations(
    desk: DeskStation, qtbot: QtBot, ui_env: UiEnv, day: Day
) -> None:
    assert _waiting_persons(desk.waits.model, day.room_labour) == 0
    result = ui_env.services.registration.register_walk_in(
        visit(day, person(1), person(2), topic=day.labour)
    )
    ui_env.bus.publish(result.changes, remote=True)
    assert result.changes.touches(Entity.VISIT)
    qtbot.waitUntil(lambda: _waiting_persons(desk.waits.model, day.room_labour) == 2)


def test_search_results_model(qtmodeltester: object) -> None:
    model = SearchResultsModel()
    model.set_rows(
        [
            SearchHit(
                "pinyin", 1, "张三", "3307**********1234", "138****0001", 5, "waiting", "005"
            ),
            SearchHit("name", 2, "张四", "", "", None, None, ""),
        ]
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(1, SearchResultsModel.STATUS).data() == "本次未登记"


def test_room_waits_model(qtmodeltester: object) -> None:
    model = RoomWaitsModel()
    model.set_rows(
        [
            RoomWait(1, 1, "土地接待室", True, "003", ("004",), ("张*",), 2, 3, 25.0, None),
            RoomWait(2, 2, "劳动接待室", False, "", (), (), 0, 0, 0.0, None),
        ]
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, RoomWaitsModel.WAIT).data() == "约20–30分钟"
    assert model.index(1, RoomWaitsModel.WAIT).data() == "暂停"
