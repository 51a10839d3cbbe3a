"""A day with every kind of case the export must handle (used by service, CLI and UI tests).

* ``full``: two people, handed over with a co-unit, a reminder letter to its unit,
  feedback, an extension, closed, one follow-up call not reached and one reached —
  every export column has a value;
* ``collective``: a batch of 5 (one named), resolved on the spot, texts that look like
  spreadsheet formulas;
* ``accusation``: a confidential accusation against the town, the accuser named in the
  summary;
* ``booked``: pre-registered, not arrived, undecided, a phone number in its summary.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from app.bootstrap import Services
from app.clock import ManualClock
from app.domain.identity import make_resident_id
from app.domain.types import (
    DocumentType,
    RegistrationChannel,
    Satisfaction,
    StatutoryCategory,
    Urgency,
)
from app.services.reception_data import Decision, HandOver, ResolvedOnSpot
from app.services.registration_data import PetitionerDraft, VisitDraft
from app.services.reminders import ReminderService
from tests.services.scenario import Day, build_day, person, visit

ACCUSER_ID = make_resident_id("330726", date(1975, 3, 9), 321)
ACCUSER = PetitionerDraft(
    "吴建平", DocumentType.RESIDENT_ID, ACCUSER_ID, "13712344321", "城关镇石桥村8组"
)
FULL_PERSON = replace(person(7, "李秀英"), address="城关镇东门街道幸福路12号")
FULL_ID = FULL_PERSON.document_number
FULL_PHONE = FULL_PERSON.phone
FORMULA_SUMMARY = '=HYPERLINK("http://example.invalid","点击")'
FORMULA_DEMAND = "@SUM(A1:A9)"
FORMULA_NOTE = "-2+3 已当场答复"
NUMBER_IN_TEXT = "13900001111"
BOOKED_SUMMARY = f"楼顶漏水，物业经理电话{NUMBER_IN_TEXT}一直不接"


@dataclass(frozen=True)
class ExportDay:
    day: Day
    full_case: int
    collective_case: int
    accusation_case: int
    booked_case: int


def _walk_in_decide(services: Services, draft: VisitDraft, room: int, decision: Decision) -> int:
    made = services.registration.register_walk_in(draft).value
    services.queue.call_next(room)
    case = services.reception.case_card(made.visit_id).cases[0]
    services.reception.decide(case.case_id, case.version, decision)
    return case.case_id


def _assignment_of(services: Services, case_id: int) -> tuple[int, int]:
    row = next(r for r in services.assignments.board() if r.case_id == case_id)
    return row.assignment_id, row.version


def build_export_day(services: Services, clock: ManualClock) -> ExportDay:
    """The small test day (tests.services.scenario) with the four cases."""
    return add_export_cases(services, clock, build_day(services))


def add_export_cases(services: Services, clock: ManualClock, day: Day) -> ExportDay:
    """The four cases on an existing test day (the clock moves three days on)."""
    full = _walk_in_decide(
        services,
        visit(day, FULL_PERSON, person(8, "欧阳娜娜")),
        day.room_land,
        HandOver(day.land_bureau, Urgency.YELLOW, "请核实补偿款发放情况", frozenset({day.town})),
    )
    collective = _walk_in_decide(
        services,
        replace(
            visit(day, person(9, "张三丰"), topic=day.labour, head_count=5),
            summary=FORMULA_SUMMARY,
            demand=FORMULA_DEMAND,
        ),
        day.room_labour,
        ResolvedOnSpot(FORMULA_NOTE),
    )
    accusation = _walk_in_decide(
        services,
        replace(
            visit(
                day,
                ACCUSER,
                statutory_category=StatutoryCategory.ACCUSATION,
                is_confidential=True,
                accused_unit_id=day.town,
            ),
            summary="吴建平反映城关镇某工作人员优亲厚友，电话13712344321，住石桥村8组。",
        ),
        day.room_land,
        HandOver(day.land_bureau, Urgency.RED, "请纪检部门核查，注意保密"),
    )
    booked = services.registration.pre_register(
        replace(
            visit(day, person(10, "陈喆"), channel=RegistrationChannel.PHONE),
            summary=BOOKED_SUMMARY,
        )
    ).value
    booked_case = services.reception.case_card(booked.visit_id).cases[0].case_id

    a = services.assignments
    clock.advance(timedelta(days=2))  # the full case's feedback is due tomorrow: remind
    letter = ReminderService(services.ctx).reminder_job(day.event_id, day.land_bureau).value
    services.print_jobs.record_result(letter, True, "督办科打印机")
    clock.advance(timedelta(hours=2))  # the unit answers the letter
    assignment_id, version = _assignment_of(services, full)
    version = a.add_feedback(assignment_id, version, "已联系村委核实").value
    version = a.extend(assignment_id, version, 10, "需调取历年账目", "县信访局局长").value
    clock.advance(timedelta(days=1))
    a.close(assignment_id, version, "补偿款已于本月发放到位")
    a.record_follow_up(assignment_id, reached=False)
    clock.advance(timedelta(hours=3))
    a.record_follow_up(
        assignment_id,
        reached=True,
        organiser=Satisfaction.SATISFIED,
        unit=Satisfaction.BASICALLY_SATISFIED,
        notes="群众表示认可",
    )
    return ExportDay(day, full, collective, accusation, booked_case)
