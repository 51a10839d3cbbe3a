"""A day with every kind of outcome, follow-up and deadline, for the statistics tests.

Hand-computed figures (see ``tests/services/test_statistics.py``):

- land room (1):    A (6 people) resolved on the spot; B → a1 自然资源局; D → a3 城关镇
                    (自然资源局 assisting); L → a4 自然资源局; H no-show.
- labour room (2):  C (2 people) → a2 人社局 (法院 assisting); E and I waiting (I is A's
                    first person again).
- general room (3): J legal channel; K explained; F in reception.
- G pre-registered, not arrived.
- a4 closed the next day (on time); a2 extended 10 days, then a1 (late) and a2 (within
  the extension) closed three days after the original handling deadline; a3 open, overdue.
- Calls: a1 reached (不满意 / 基本满意); a2 not reached; a3 reached (满意 / 不满意);
  a4 reached (满意 / 满意), then again (基本满意 / 不满意) — the latest counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from app.bootstrap import Services
from app.clock import ManualClock
from app.domain.types import Satisfaction, Urgency
from app.services.reception_data import Decision, Explained, HandOver, LegalChannel, ResolvedOnSpot
from tests.services.scenario import Day, person, visit

SAT, BASIC, DIS = (
    Satisfaction.SATISFIED,
    Satisfaction.BASICALLY_SATISFIED,
    Satisfaction.DISSATISFIED,
)


@dataclass(frozen=True)
class StatsDay:
    """The assignments of the scenario by name."""

    a1: int
    a2: int
    a3: int
    a4: int


def _receive(services: Services, room_id: int, decision: Decision | None) -> int | None:
    """Call the room's next batch and decide its case; the assignment id if handed over."""
    entry = services.queue.call_next(room_id).value
    assert entry is not None
    if decision is None:
        services.queue.start_reception(entry.visit_id)
        return None
    case = services.reception.case_card(entry.visit_id).cases[0]
    return services.reception.decide(case.case_id, case.version, decision).value.assignment_id


def build_statistics_day(services: Services, day: Day, clock: ManualClock) -> StatsDay:
    """Register, receive and follow up the scenario above; the clock ends after it."""
    reg, queue, desk = services.registration, services.queue, services.assignments
    first = person(1, "张三")
    for who, topic, head in (
        (first, day.land, 6),  # A
        (person(2, "李四"), day.land, 1),  # B
        (person(4, "赵六"), day.land, 1),  # D
        (person(11, "钱七"), day.land, 1),  # L
        (person(8, "孙八"), day.land, 1),  # H
        (person(3, "周九"), day.labour, 2),  # C
        (person(9, "吴十"), day.law, 1),  # J
        (person(10, "郑一"), day.other, 1),  # K
        (person(6, "冯二"), day.other, 1),  # F
    ):
        reg.register_walk_in(visit(day, who, topic=topic, head_count=head))
    reg.pre_register(visit(day, person(7, "陈三")))  # G
    _receive(services, day.room_land, ResolvedOnSpot("当场答复"))
    a1 = _receive(services, day.room_land, HandOver(day.land_bureau, Urgency.GREEN, "限期"))
    a3 = _receive(
        services,
        day.room_land,
        HandOver(day.town, Urgency.RED, "限期", frozenset({day.land_bureau})),
    )
    a4 = _receive(services, day.room_land, HandOver(day.land_bureau, Urgency.YELLOW, "限期"))
    no_show = queue.call_next(day.room_land).value
    assert no_show is not None
    queue.no_show(no_show.visit_id)
    a2 = _receive(
        services,
        day.room_labour,
        HandOver(day.hrss, Urgency.YELLOW, "限期", frozenset({day.court})),
    )
    reg.register_walk_in(visit(day, person(5, "褚四"), topic=day.labour))  # E
    reg.register_walk_in(visit(day, first, topic=day.labour))  # I: a repeat
    _receive(services, day.room_general, LegalChannel("申请诉讼"))
    _receive(services, day.room_general, Explained("政策解释"))
    _receive(services, day.room_general, None)
    assert a1 is not None
    assert a2 is not None
    assert a3 is not None
    assert a4 is not None

    def version(aid: int) -> int:
        return next(r.version for r in desk.board() if r.assignment_id == aid)

    def due(aid: int) -> datetime:
        row = next(r for r in desk.board() if r.assignment_id == aid)
        return datetime.combine(row.clocks.handling_due, time(10))

    clock.advance(timedelta(days=1))
    desk.close(a4, version(a4), "已办结")
    desk.record_follow_up(a4, reached=True, organiser=SAT, unit=SAT)
    desk.record_follow_up(a4, reached=True, organiser=BASIC, unit=DIS)
    desk.record_follow_up(a3, reached=True, organiser=SAT, unit=DIS)
    original_due = due(a2)
    desk.extend(a2, version(a2), 10, "涉及多个部门", "副县长")
    assert due(a2) >= original_due + timedelta(days=4)
    clock.current = original_due + timedelta(days=3)
    desk.close(a1, version(a1), "已办结（超期）")
    desk.close(a2, version(a2), "已办结（延期内）")
    desk.record_follow_up(a1, reached=True, organiser=DIS, unit=BASIC)
    desk.record_follow_up(a2, reached=False, notes="无人接听")
    return StatsDay(a1, a2, a3, a4)
