"""The supervision station: the board's clocks in colour and words, filters, feedback,
closing, reopening, an extension refused beyond the statutory limit, a conflict with
another station, follow-up calls, reminder letters printed and saved, live reloads, and
the board model under the model tester."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.clock import ManualClock
from app.domain.types import AssignmentStatus, PrintJobStatus, Satisfaction, Urgency
from app.services.assignment_data import AssignmentRow
from app.services.print_data import DocumentKind
from app.services.reception_data import HandOver
from app.ui.dialogs.supervision_actions import ExtensionDialog, FollowUpDialog, TextEntryDialog
from app.ui.dialogs.supervision_reminder import ReminderDialog
from app.ui.env import UiEnv
from app.ui.item_models.supervision_board import SupervisionBoardModel, SupervisionFilter
from app.ui.main_window import ROLE_STATIONS
from app.ui.printing.printer import PrintOutcome, PrintTarget
from app.ui.printing.settings import KINDS, PrintSettings
from app.ui.stations.supervision import SupervisionStation
from tests.services.scenario import Day, person, visit

M = SupervisionBoardModel


class FakePrinter:
    """Prints (or fails with ``error``) and remembers the titles."""

    def __init__(self) -> None:
        self.error = ""
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
        if self.error:
            return PrintOutcome(False, target.printer, self.error)
        self.printed.append(title)
        return PrintOutcome(True, target.printer)


@pytest.fixture
def printer() -> FakePrinter:
    return FakePrinter()


@pytest.fixture
def station(
    ui_env: UiEnv, printer: FakePrinter, tmp_path: Path, qtbot: QtBot
) -> SupervisionStation:
    settings = PrintSettings(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    for kind in KINDS:
        settings.set_silent(kind, True)
    widget = SupervisionStation(ui_env, printer, settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def hand_over(
    env: UiEnv, day: Day, seq: int, unit: int | None = None, urgency: Urgency = Urgency.GREEN
) -> int:
    services = env.services
    r = services.registration.register_walk_in(visit(day, person(seq))).value
    services.queue.call_next(day.room_land)
    case = services.reception.case_card(r.visit_id).cases[0]
    decided = services.reception.decide(
        case.case_id, case.version, HandOver(unit or day.land_bureau, urgency, "限期办理")
    )
    env.bus.publish(decided.changes)
    assert decided.value.assignment_id is not None
    return decided.value.assignment_id


def rows(station: SupervisionStation) -> list[AssignmentRow]:
    return list(station.model.rows())


def shown(station: SupervisionStation) -> list[str]:
    proxy = station.proxy
    return [proxy.index(i, M.NUMBER).data() for i in range(proxy.rowCount())]


def cell(station: SupervisionStation, assignment_id: int, column: int) -> str:
    row = next(i for i, r in enumerate(rows(station)) if r.assignment_id == assignment_id)
    return str(station.model.index(row, column).data())


def test_board_shows_each_clock_in_words_and_filters(
    station: SupervisionStation, ui_env: UiEnv, day: Day, clock: ManualClock
) -> None:
    late = hand_over(ui_env, day, 1)  # green: due Tuesday
    soon = hand_over(ui_env, day, 2, day.town, Urgency.YELLOW)  # due Thursday
    calm = hand_over(ui_env, day, 3, day.hrss, Urgency.RED)
    assert len(rows(station)) == 3
    clock.current = datetime(2026, 11, 25, 9, 0)  # Wednesday
    station.reload()
    assert cell(station, late, M.FEEDBACK) == "11-24 超期 1 天"
    assert cell(station, soon, M.FEEDBACK) == "11-26 即将到期"
    assert cell(station, calm, M.FEEDBACK).endswith("正常")
    assert cell(station, calm, M.ACCEPTANCE) == "12-08 正常"
    assert cell(station, late, M.STATUS) == "待反馈"
    assert cell(station, late, M.URGENCY) == "绿色"
    index = station.model.index(0, M.FEEDBACK)
    assert index.data(0x8) is not None  # BackgroundRole: the light's tint
    assert "超期 1" in station.counts_label.text()
    assert "催办清单（2）" in station.remind_list_button.text()
    f = station.filters
    f.unit.setCurrentIndex(f.unit.findData(day.town))
    assert len(shown(station)) == 1
    f.unit.setCurrentIndex(0)
    f.urgency.setCurrentIndex(f.urgency.findData("red"))
    assert len(shown(station)) == 1
    f.urgency.setCurrentIndex(0)
    station.remind_list_button.click()
    assert len(shown(station)) == 2
    f.deadline.setCurrentIndex(f.deadline.findData("overdue"))
    assert len(shown(station)) == 1
    f.deadline.setCurrentIndex(f.deadline.findData("due_soon"))
    assert len(shown(station)) == 1
    f.deadline.setCurrentIndex(0)
    f.room.setCurrentIndex(f.room.findData(day.room_land))
    assert len(shown(station)) == 3
    f.status.setCurrentIndex(f.status.findData("closed"))
    assert shown(station) == []
    f.status.setCurrentIndex(0)
    f.search.setText(rows(station)[0].case_number[-4:])
    assert len(shown(station)) == 1
    f.search.clear()
    # Sorted by the feedback deadline, soonest first.
    assert shown(station) == [
        r.case_number for r in sorted(rows(station), key=lambda r: r.clocks.feedback_due)
    ]
    f.event_combo.setCurrentIndex(f.event_combo.count() - 1)  # every event
    assert len(rows(station)) == 3


def test_feedback_close_and_reopen(station: SupervisionStation, ui_env: UiEnv, day: Day) -> None:
    aid = hand_over(ui_env, day, 1)
    assert station.select_assignment(aid)
    assert "村里征地补偿款未发放到位" in station.detail.toPlainText()
    assert not station.buttons["reopen"].isEnabled()
    station.buttons["feedback"].click()
    dialog = station.active_dialog
    assert isinstance(dialog, TextEntryDialog)
    dialog.submit()
    assert dialog.error_label.text() == "反馈内容：不能为空"
    dialog.text.setPlainText("已入户调查，正在协调资金")
    dialog.reporter.setText("李科长")
    dialog.submit()
    assert station.active_dialog is None
    assert cell(station, aid, M.STATUS) == "办理中"
    assert cell(station, aid, M.FEEDBACK).endswith("已反馈")
    assert "李科长" in station.detail.toPlainText()
    station.buttons["close"].click()
    closing = station.active_dialog
    assert isinstance(closing, TextEntryDialog)
    closing.text.setPlainText("补偿款已全部发放")
    closing.submit()
    assert cell(station, aid, M.STATUS) == "已办结"
    assert station.buttons["reopen"].isEnabled()
    assert not station.buttons["close"].isEnabled()
    station.buttons["reopen"].click()
    reopening = station.active_dialog
    assert isinstance(reopening, TextEntryDialog)
    reopening.text.setPlainText("回访不满意")
    reopening.submit()
    assert cell(station, aid, M.STATUS) == "办理中（重办1）"
    assert "重新交办：回访不满意" in station.detail.toPlainText()
    assert station.message.text() == "已重新交办。"


def test_extension_beyond_the_statutory_limit_is_refused_with_the_reason(
    station: SupervisionStation, ui_env: UiEnv, day: Day
) -> None:
    aid = hand_over(ui_env, day, 1)
    station.select_assignment(aid)
    station.buttons["extend"].click()
    dialog = station.active_dialog
    assert isinstance(dialog, ExtensionDialog)
    assert "还可延期 30 天" in dialog.hint.text()
    dialog.days.setValue(20)
    dialog.reason.setPlainText("涉及多个部门")
    dialog.approver.setText("副县长")
    dialog.submit()
    assert station.active_dialog is None
    assert "已延期 20 天" in station.detail.toPlainText()
    assert "还可延期 10 天" in station.detail.toPlainText()
    station.buttons["extend"].click()
    again = station.active_dialog
    assert isinstance(again, ExtensionDialog)
    assert "还可延期 10 天" in again.hint.text()
    again.days.setValue(11)
    again.reason.setPlainText("再延")
    again.approver.setText("县长")
    again.submit()
    assert station.active_dialog is again
    assert again.error_label.text() == "延期天数：超过法定期限，最多还可延期 10 天"
    again.reject()
    assert len(ui_env.services.assignments.detail(aid).extensions) == 1


def test_a_change_made_elsewhere_reloads_and_says_so(
    station: SupervisionStation, ui_env: UiEnv, day: Day
) -> None:
    aid = hand_over(ui_env, day, 1)
    station.select_assignment(aid)
    station.buttons["close"].click()
    dialog = station.active_dialog
    assert isinstance(dialog, TextEntryDialog)
    seen = rows(station)[0].version
    ui_env.services.assignments.add_feedback(aid, seen, "另一工作站录入的反馈")  # not announced
    dialog.text.setPlainText("已办结")
    dialog.submit()
    assert station.active_dialog is None
    assert "其他工作站" in station.message.text()
    assert rows(station)[0].version > seen
    assert rows(station)[0].status == AssignmentStatus.FEEDBACK_GIVEN


def test_follow_up_calls_keep_every_attempt(
    station: SupervisionStation, ui_env: UiEnv, day: Day
) -> None:
    aid = hand_over(ui_env, day, 1)
    station.select_assignment(aid)
    station.buttons["follow_up"].click()
    first = station.active_dialog
    assert isinstance(first, FollowUpDialog)
    first.set_answer(True)
    first.submit()
    assert first.error_label.text() == "满意度：不能为空"
    first.set_answer(False)
    assert not first.organiser.isEnabled()
    first.notes.setPlainText("电话无人接听")
    first.submit()
    assert cell(station, aid, M.FOLLOW_UP) == "未联系上×1"
    station.buttons["follow_up"].click()
    second = station.active_dialog
    assert isinstance(second, FollowUpDialog)
    second.set_answer(True, Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED)
    second.submit()
    assert cell(station, aid, M.FOLLOW_UP) == "已回访"
    text = station.detail.toPlainText()
    assert "回访记录（2）" in text
    assert "未联系上；电话无人接听" in text
    assert "对组织方：满意；对责任单位：基本满意" in text


def test_reminder_letter_prints_as_a_recorded_job_and_saves(
    station: SupervisionStation,
    ui_env: UiEnv,
    day: Day,
    clock: ManualClock,
    printer: FakePrinter,
    tmp_path: Path,
) -> None:
    hand_over(ui_env, day, 1)
    hand_over(ui_env, day, 2, day.town, Urgency.RED)
    third = hand_over(ui_env, day, 3, day.hrss)
    clock.advance(timedelta(days=2))
    station.reload()
    station.select_assignment(third)
    station.reminder_button.click()
    dialog = station.active_dialog
    assert isinstance(dialog, ReminderDialog)
    assert [u.unit_name for u in dialog.units] == ["县人力资源和社会保障局", "县自然资源和规划局"]
    selected = dialog.selected()
    assert selected is not None
    assert selected.unit_id == day.hrss  # the selected item's unit
    dialog.select_unit(day.land_bureau)
    overdue = dialog.table.item(0, 1)
    assert overdue is not None
    assert overdue.text() == "1 件超期"
    dialog.print_button.click()
    assert printer.printed == ["催办函 县自然资源和规划局"]
    jobs = ui_env.services.print_jobs.queue(day.event_id, documents=[DocumentKind.REMINDER.value])
    assert [(j.status, j.unit_id) for j in jobs] == [
        (PrintJobStatus.PRINTED.value, day.land_bureau)
    ]
    assert "催办函已打印" in station.message.text()
    path = tmp_path / "letter.pdf"
    station.flows.save_letter(day.land_bureau, "县自然资源和规划局", str(path))
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert "县自然资源和规划局：" in text
    assert "已超期1天" in text
    dialog.preview_button.click()
    assert station.preview_dialog is not None
    station.preview_dialog.close()
    dialog.reject()


def test_the_board_follows_changes_from_other_stations(
    station: SupervisionStation, ui_env: UiEnv, day: Day
) -> None:
    assert rows(station) == []
    hand_over(ui_env, day, 1)  # published on the bus as another station would
    assert len(rows(station)) == 1
    station.hide()  # behind another tab: no reload until shown again
    hand_over(ui_env, day, 2)
    assert len(rows(station)) == 1
    station.show()
    assert len(rows(station)) == 2


def test_board_model_and_filter_pass_the_model_tester(
    qtmodeltester: object, station: SupervisionStation, ui_env: UiEnv, day: Day
) -> None:
    hand_over(ui_env, day, 1)
    hand_over(ui_env, day, 2, day.town)
    model = SupervisionBoardModel()
    model.set_rows(rows(station), station.model.today)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = SupervisionFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(unit_id=day.town)
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]


def test_supervisor_role_opens_the_supervision_station() -> None:
    assert ROLE_STATIONS["supervisor"][0] == "supervision"
    assert ROLE_STATIONS["supervision"] == ("supervision",)
    assert "supervision" in ROLE_STATIONS["admin"]
