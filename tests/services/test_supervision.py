"""Supervision on both engines: clocks across weekends and holidays, extension limits,
reopening, follow-up attempts, the detail view, the reminder list and letters."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from app.bootstrap import Services, build_services, open_database
from app.clock import ManualClock
from app.domain.calendar import default_china_calendar
from app.domain.errors import InvalidInput
from app.domain.event_settings import EventSettings
from app.domain.roles import Role
from app.domain.types import AssignmentStatus, Satisfaction, StatutoryCategory, Urgency
from app.services.assignment_data import AssignmentRow, BoardFilter
from app.services.changes import Entity
from app.services.context import Actor
from app.services.errors import ChangedElsewhere, InvalidState, PermissionDenied
from app.services.print_data import DocumentKind
from app.services.print_summary import CONFIDENTIAL_BRIEF
from app.services.reception_data import HandOver
from app.sync.feed import PgChangeListener
from tests.db_fixtures import START, fresh_pg_url
from tests.services.scenario import Day, build_day, person, visit

FRIDAY = datetime(2026, 11, 27, 10, 0)
HOLIDAY = date(2026, 11, 30)  # the event's own day off, a Monday


def hand_over(
    services: Services,
    day: Day,
    seq: int,
    unit: int | None = None,
    urgency: Urgency = Urgency.GREEN,
    **extra: object,
) -> int:
    r = services.registration.register_walk_in(visit(day, person(seq))).value
    services.queue.call_next(day.room_land)
    case = services.reception.case_card(r.visit_id).cases[0]
    decision = HandOver(unit or day.land_bureau, urgency, "限期办理", **extra)  # type: ignore[arg-type]
    assignment_id = services.reception.decide(case.case_id, case.version, decision).value
    assert assignment_id.assignment_id is not None
    return assignment_id.assignment_id


def row(services: Services, assignment_id: int) -> AssignmentRow:
    return next(r for r in services.assignments.board() if r.assignment_id == assignment_id)


def statuses(services: Services, assignment_id: int) -> tuple[str, str, str]:
    return row(services, assignment_id).clocks.statuses()


def test_clocks_across_a_weekend_and_a_holiday(services: Services, clock: ManualClock) -> None:
    day = build_day(services)
    services.setup.update_settings(day.event_id, EventSettings(holidays=frozenset({HOLIDAY})))
    clock.current = FRIDAY
    aid = hand_over(services, day, 1)
    clocks = row(services, aid).clocks
    # Green: one working day — not Saturday, Sunday or the event's Monday holiday.
    assert clocks.feedback_due == date(2026, 12, 1)
    # Statutory 15 calendar days end on Saturday 12 December: moved to Monday.
    assert clocks.acceptance_due == date(2026, 12, 14)
    assert clocks.handling_due == date(2027, 1, 26)
    assert statuses(services, aid) == ("on_time", "on_time", "on_time")
    clock.current = datetime(2026, 11, 30, 9, 0)  # the holiday: one day left
    assert statuses(services, aid) == ("due_soon", "on_time", "on_time")
    clock.current = datetime(2026, 12, 1, 17, 0)  # the due day itself
    assert statuses(services, aid) == ("due_soon", "on_time", "on_time")
    clock.current = datetime(2026, 12, 2, 9, 0)
    assert statuses(services, aid) == ("overdue", "on_time", "on_time")
    assert [
        r.assignment_id for r in services.assignments.board(BoardFilter(overdue_only=True))
    ] == [aid]
    clock.current = datetime(2026, 12, 15, 9, 0)
    current = row(services, aid)
    assert current.clocks.statuses() == ("overdue", "overdue", "on_time")
    assert current.clocks.overdue_days(clock.current.date()) == 14
    services.assignments.add_feedback(aid, current.version, "已受理，正在调查")
    assert statuses(services, aid) == ("met", "met", "on_time")
    assert services.assignments.board(BoardFilter(overdue_only=True)) == ()


@pytest.mark.parametrize(
    ("handed_over", "urgency", "feedback_due", "acceptance_due"),
    [
        # Friday before the Spring Festival: Saturday 14 Feb is a make-up working day.
        (datetime(2026, 2, 13, 10), Urgency.GREEN, date(2026, 2, 14), date(2026, 2, 28)),
        (datetime(2026, 2, 13, 10), Urgency.YELLOW, date(2026, 2, 25), date(2026, 2, 28)),
        # Red, 7 working days, counts Sunday 20 Sep (a make-up day); 15 calendar days
        # end on National Day, so the acceptance notice moves past the holiday week.
        (datetime(2026, 9, 16, 10), Urgency.RED, date(2026, 9, 24), date(2026, 10, 8)),
        (datetime(2026, 9, 30, 10), Urgency.GREEN, date(2026, 10, 8), date(2026, 10, 15)),
    ],
)
def test_clocks_follow_the_national_holiday_calendar(
    services: Services,
    clock: ManualClock,
    handed_over: datetime,
    urgency: Urgency,
    feedback_due: date,
    acceptance_due: date,
) -> None:
    day = build_day(services)
    clock.current = handed_over
    aid = hand_over(services, day, 1, urgency=urgency)
    clocks = row(services, aid).clocks
    assert (clocks.feedback_due, clocks.acceptance_due) == (feedback_due, acceptance_due)
    clock.current = datetime.combine(feedback_due, handed_over.time())
    assert statuses(services, aid)[0] == "due_soon"
    clock.current = datetime.combine(feedback_due + timedelta(days=1), handed_over.time())
    assert statuses(services, aid)[0] == "overdue"


def test_colour_deadline_in_calendar_days(services: Services, clock: ManualClock) -> None:
    day = build_day(services)
    services.setup.update_settings(day.event_id, EventSettings(use_working_days=False))
    clock.current = FRIDAY
    aid = hand_over(services, day, 1, urgency=Urgency.YELLOW)
    assert row(services, aid).clocks.feedback_due == date(2026, 11, 30)  # Monday
    green = hand_over(services, day, 2)
    assert row(services, green).clocks.feedback_due == date(2026, 11, 28)  # Saturday


def test_extension_limits(services: Services, clock: ManualClock) -> None:
    day = build_day(services)
    aid = hand_over(services, day, 1)
    a = services.assignments
    first = row(services, aid)
    original = first.clocks.handling_due
    for days, reason, details in (
        (0, "not_positive", {"min": 1}),
        (31, "exceeds_statutory_limit", {"max": 30}),
    ):
        with pytest.raises(InvalidInput) as refused:
            a.extend(aid, first.version, days, "情况复杂", "副县长")
        assert (refused.value.field, refused.value.reason, refused.value.details) == (
            "days",
            reason,
            details,
        )
    for blank in ("reason", "approver"):
        texts = {"reason": "情况复杂", "approver": "副县长", blank: "  "}
        with pytest.raises(InvalidInput) as missing:
            a.extend(aid, first.version, 5, texts["reason"], texts["approver"])
        assert missing.value.field == blank
    v = a.extend(aid, first.version, 10, "涉及多个部门", "副县长").value
    v = a.extend(aid, v, 20, "需要补充鉴定", "县长").value
    with pytest.raises(InvalidInput) as over:
        a.extend(aid, v, 1, "再延", "县长")
    assert over.value.details == {"max": 0}
    detail = a.detail(aid)
    assert detail.extension_days_left == 0
    assert detail.row.clocks.extended_days == 30
    assert [(e.days, e.approver) for e in detail.extensions] == [(10, "副县长"), (20, "县长")]
    assert detail.extensions[0].previous_due == original
    assert detail.extensions[1].previous_due == detail.extensions[0].new_due
    assert detail.row.clocks.handling_due == detail.extensions[1].new_due
    assert default_china_calendar().is_working_day(detail.row.clocks.handling_due)
    assert (detail.row.clocks.handling_due - original).days >= 30
    with pytest.raises(ChangedElsewhere):
        a.extend(aid, v - 1, 1, "旧版本", "县长")
    v = a.close(aid, v, "已办结").value
    with pytest.raises(InvalidState):
        a.extend(aid, v, 1, "办结后延期", "县长")


def test_reopen(services: Services, clock: ManualClock) -> None:
    day = build_day(services)
    aid = hand_over(services, day, 1)
    a = services.assignments
    v = row(services, aid).version
    with pytest.raises(InvalidState):
        a.reopen(aid, v, "尚未办结")
    v = a.close(aid, v, "补偿款已发放", "自然资源局 李科长").value
    closed = a.detail(aid)
    assert closed.row.status == AssignmentStatus.CLOSED
    assert closed.row.clocks.statuses() == ("met", "met", "met")
    assert closed.result == "补偿款已发放"
    with pytest.raises(InvalidInput):
        a.reopen(aid, v, "   ")
    with pytest.raises(ChangedElsewhere):
        a.reopen(aid, v + 1, "来访人不满意")
    clock.advance(timedelta(days=70))
    v = a.reopen(aid, v, "回访不满意，重新交办").value
    reopened = a.detail(aid)
    assert reopened.row.status == AssignmentStatus.FEEDBACK_GIVEN
    assert reopened.row.reopened_count == 1
    assert reopened.closed_at is None
    assert reopened.result == ""
    # The first feedback (the closing report) still counts; handling runs again, late.
    assert reopened.row.clocks.statuses() == ("met", "met", "overdue")
    assert [f.closes for f in reopened.feedback] == [True, False]
    assert "回访不满意" in reopened.feedback[-1].content
    v = a.close(aid, v, "复查后已落实").value
    assert a.detail(aid).row.status == AssignmentStatus.CLOSED


def test_follow_up_attempts_are_all_kept(services: Services, clock: ManualClock) -> None:
    day = build_day(services)
    aid = hand_over(services, day, 1)
    a = services.assignments
    a.close(aid, row(services, aid).version, "已办结")
    with pytest.raises(InvalidInput):
        a.record_follow_up(aid, reached=False, organiser=Satisfaction.SATISFIED)
    a.record_follow_up(aid, reached=False, notes="电话无人接听")
    clock.advance(timedelta(hours=3))
    a.record_follow_up(
        aid,
        reached=True,
        organiser=Satisfaction.SATISFIED,
        unit=Satisfaction.DISSATISFIED,
        notes="对单位答复不满意",
    )
    calls = a.detail(aid).follow_ups
    assert [(c.reached, c.organiser, c.unit) for c in calls] == [
        (False, None, None),
        (True, "satisfied", "dissatisfied"),
    ]
    assert calls[0].notes == "电话无人接听"
    current = row(services, aid)
    assert current.follow_up_attempts == 2
    assert current.follow_up_reached


def test_detail_has_the_case_and_masked_phones(services: Services) -> None:
    day = build_day(services)
    aid = hand_over(services, day, 7, co_unit_ids=frozenset({day.town}))
    detail = services.assignments.detail(aid)
    assert detail.row.summary == "村里征地补偿款未发放到位"
    assert detail.demand == "要求按标准发放补偿款"
    assert detail.instruction == "限期办理"
    assert detail.co_unit_names == ("城关镇人民政府",)
    assert detail.petitioners == ("王小明 138****0007",)
    assert detail.row.topic_name == "土地征收与拆迁"
    assert detail.row.room_label.startswith("1号")
    assert detail.row.event_name == "测试接访日"


def test_reminder_list_units_and_letter(services: Services, clock: ManualClock) -> None:
    day = build_day(services)
    a, reminders = services.assignments, services.reminders
    late = hand_over(services, day, 1)  # green: due Tuesday
    soon = hand_over(services, day, 2, urgency=Urgency.YELLOW)  # due Thursday
    later = hand_over(services, day, 3, urgency=Urgency.RED)  # due next Wednesday
    done = hand_over(services, day, 4)
    secret = hand_over(
        services,
        day,
        5,
        unit=day.town,
        statutory_category=StatutoryCategory.ACCUSATION,
        is_confidential=True,
        accused_unit_id=day.town,
    )
    a.close(done, row(services, done).version, "已办结")
    clock.current = datetime(2026, 11, 25, 9, 0)  # Wednesday
    listed = [r.assignment_id for r in reminders.reminder_list(day.event_id)]
    assert listed[:2] == [late, secret]  # overdue first
    assert set(listed) == {late, secret, soon}
    assert later not in listed
    assert done not in listed
    units = {u.unit_name: (u.overdue, u.due_soon) for u in reminders.reminder_units(day.event_id)}
    assert units == {"县自然资源和规划局": (1, 1), "城关镇人民政府": (1, 0)}

    letter = reminders.letter(day.event_id, day.land_bureau)
    assert letter.unit == "县自然资源和规划局"
    assert letter.reply_by == date(2026, 11, 30)  # three working days after Wednesday
    assert [(i.overdue_days, i.feedback_status) for i in letter.items] == [
        (1, "overdue"),
        (0, "due_soon"),
    ]
    assert letter.items[0].brief == "村里征地补偿款未发放到位"
    town = reminders.letter(day.event_id, day.town)
    assert town.items[0].redacted
    assert town.items[0].brief == CONFIDENTIAL_BRIEF

    job = reminders.reminder_job(day.event_id, day.town).value
    queued = services.print_jobs.queue(day.event_id, documents=[DocumentKind.REMINDER.value])
    assert [(q.job_id, q.unit_name) for q in queued] == [(job, "城关镇人民政府")]
    built = services.print_jobs.job_document(job)
    assert built.title == "催办函 城关镇人民政府"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(built.result.pdf)).pages)
    assert "信访事项催办函" in text
    assert "王小明" not in text
    with pytest.raises(InvalidState):
        reminders.reminder_job(day.event_id, day.hrss)
    services.print_jobs.record_result(job, False, "Fake Laser", "卡纸")
    again = services.print_jobs.reprint(job).value  # 补打 from the print station
    reprinted = services.print_jobs.job_document(again)
    assert reprinted.title == "催办函 城关镇人民政府（补打1）"
    pages = PdfReader(io.BytesIO(reprinted.result.pdf)).pages
    assert "补打" in "".join(p.extract_text() for p in pages)


def test_the_supervision_office_prints_its_reminder_letters_and_records_them(
    services: Services, clock: ManualClock
) -> None:
    day = build_day(services)
    aid = hand_over(services, day, 1)
    clock.advance(timedelta(days=2))
    office = build_services(
        services.ctx.db, clock, Actor("督办员", "supervision", Role.SUPERVISOR, 1, "duban")
    )
    job = office.reminders.reminder_job(day.event_id, day.land_bureau)
    assert office.print_jobs.job_document(job.value).kind == DocumentKind.REMINDER
    assert office.print_jobs.record_result(job.value, True, "Fake Laser").value == "printed"
    office.assignments.add_feedback(aid, row(services, aid).version, "已受理")
    assert office.reminders.reminder_units(day.event_id) == ()
    with pytest.raises(PermissionDenied):
        office.print_jobs.queue(day.event_id)  # the print station's queue is not theirs


@pytest.mark.pg
def test_a_follow_up_call_reaches_other_stations_through_postgresql() -> None:
    for url in fresh_pg_url():
        db, _ = open_database(url)
        listener = PgChangeListener(url)
        try:
            listener.connect()
            services = build_services(db, ManualClock(START))
            day = build_day(services)
            aid = hand_over(services, day, 1)
            before = row(services, aid).version
            listener.poll()  # drop the notices so far
            services.assignments.record_follow_up(aid, reached=False, notes="无人接听")
            assert listener.poll(timeout=2).touches(Entity.ASSIGNMENT)
            assert row(services, aid).version == before  # an open edit stays valid
        finally:
            listener.close()
            db.dispose()
