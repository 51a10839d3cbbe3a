"""Queue moves, outcomes, assignments, follow-up, statistics and search, on both engines."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.bootstrap import Services
from app.clock import ManualClock
from app.domain.errors import InvalidInput
from app.domain.identity import make_resident_id
from app.domain.pinyin_keys import QueryKind
from app.domain.types import (
    AssignmentStatus,
    ClockStatus,
    Outcome,
    Satisfaction,
    StatutoryCategory,
    Urgency,
    VisitStatus,
)
from app.services.assignments import AssignmentService
from app.services.errors import ChangedElsewhere, InvalidState
from app.services.reception_data import CaseDraft, Explained, HandOver, LegalChannel, ResolvedOnSpot
from app.services.search import SearchService
from app.services.statistics import StatisticsService
from tests.services.scenario import build_day, person, visit


def test_call_next_serves_priority_lane_first_then_check_in_order(services: Services) -> None:
    day = build_day(services)
    reg = services.registration
    a = reg.register_walk_in(visit(day, person(1))).value
    b = reg.register_walk_in(visit(day, person(2))).value
    from datetime import date

    old = reg.register_walk_in(visit(day, person(3, birth=date(1945, 3, 3)))).value
    order = [e.visit_id for e in services.queue.room_queue(day.room_land).waiting]
    assert order == [old.visit_id, a.visit_id, b.visit_id]
    called = services.queue.call_next(day.room_land).value
    assert called is not None
    assert called.visit_id == old.visit_id
    with pytest.raises(InvalidState):
        services.queue.call_next(day.room_land)  # room busy until the batch is dealt with
    board = {w.room_id: w for w in services.queue.room_waits(day.event_id)}
    assert board[day.room_land].serving_ticket == "003"
    assert board[day.room_land].next_tickets == ("001", "002")
    assert (
        board[day.room_land].next_names[0].endswith("*")
        or "*" in board[day.room_land].next_names[0]
    )


def test_no_show_requeue_hold_resume_and_transfer(services: Services) -> None:
    day = build_day(services)
    q = services.queue
    a = services.registration.register_walk_in(visit(day, person(1))).value
    b = services.registration.register_walk_in(visit(day, person(2))).value
    q.call_next(day.room_land)
    q.no_show(a.visit_id)
    assert [e.visit_id for e in q.room_queue(day.room_land).no_shows] == [a.visit_id]
    q.requeue(a.visit_id)
    assert [e.visit_id for e in q.room_queue(day.room_land).waiting] == [b.visit_id, a.visit_id]
    q.hold(b.visit_id)
    assert [e.visit_id for e in q.room_queue(day.room_land).on_hold] == [b.visit_id]
    q.resume(b.visit_id)
    with pytest.raises(InvalidInput):
        q.transfer(b.visit_id, day.room_general, "  ")
    moved = q.transfer(b.visit_id, day.room_general, "涉及法院判决").value
    assert moved.room_id == day.room_general
    assert moved.status == VisitStatus.WAITING
    with pytest.raises(InvalidState):
        q.resume(b.visit_id)


def test_hand_over_creates_assignment_clocks_and_print_jobs(
    services: Services, clock: ManualClock
) -> None:
    day = build_day(services)
    r = services.registration.register_walk_in(visit(day, person(1))).value
    services.queue.call_next(day.room_land)
    services.queue.start_reception(r.visit_id)
    card = services.reception.case_card(r.visit_id)
    assert card.suggested_unit_ids[0] == day.land_bureau
    assert card.petitioners[0].id_masked.startswith("330726")
    assert "*" in card.petitioners[0].id_masked
    case = card.cases[0]
    decision = HandOver(
        day.land_bureau, Urgency.YELLOW, "请于3个工作日内反馈", frozenset({day.town})
    )
    result = services.reception.decide(case.case_id, case.version, decision)
    d = result.value
    assert d.visit_done
    assert d.assignment_id is not None
    assert len(d.print_job_ids) == 4  # lead unit, co-unit, archive, receipt
    card = services.reception.case_card(r.visit_id)
    brief = card.cases[0].assignment
    assert brief is not None
    # Handed over Monday 2026-11-23: 3 working days → Thursday 26th; statutory 15/60 days.
    assert str(brief.feedback_due) == "2026-11-26"
    assert str(brief.acceptance_due) == "2026-12-08"
    assert str(brief.handling_due) == "2027-01-22"
    assert brief.co_unit_names == ("城关镇人民政府",)
    with pytest.raises(InvalidState):
        services.reception.decide(case.case_id, card.cases[0].version, ResolvedOnSpot("x"))


def test_visit_done_only_when_every_case_has_an_outcome(services: Services) -> None:
    day = build_day(services)
    r = services.registration.register_walk_in(visit(day, person(1))).value
    services.queue.call_next(day.room_land)
    extra = services.reception.add_case(
        r.visit_id, CaseDraft(day.law, "另有一起民事判决执行问题")
    ).value
    first = services.reception.case_card(r.visit_id).cases[0]
    assert not services.reception.decide(
        first.case_id, first.version, ResolvedOnSpot("当场答复")
    ).value.visit_done
    second = next(c for c in services.reception.case_card(r.visit_id).cases if c.case_id == extra)
    done = services.reception.decide(
        second.case_id, second.version, LegalChannel("申请强制执行")
    ).value
    assert done.visit_done
    assert services.reception.case_card(r.visit_id).status == VisitStatus.DONE


def test_stale_case_version_is_a_conflict(services: Services) -> None:
    day = build_day(services)
    r = services.registration.register_walk_in(visit(day, person(1))).value
    services.queue.call_next(day.room_land)
    case = services.reception.case_card(r.visit_id).cases[0]
    with pytest.raises(ChangedElsewhere):
        services.reception.decide(case.case_id, case.version + 1, Explained("政策解释"))


def _handed_over(services: Services, day, urgency: Urgency = Urgency.GREEN) -> int:  # type: ignore[no-untyped-def]
    r = services.registration.register_walk_in(visit(day, person(1))).value
    services.queue.call_next(r.room_id and day.room_land)
    case = services.reception.case_card(r.visit_id).cases[0]
    result = services.reception.decide(
        case.case_id, case.version, HandOver(day.land_bureau, urgency, "限期办理")
    )
    assert result.value.assignment_id is not None
    return result.value.assignment_id


def test_assignment_lifecycle_with_extension_limit_reopen_and_follow_up(
    services: Services, clock: ManualClock
) -> None:
    day = build_day(services)
    assignments = AssignmentService(services.ctx)
    aid = _handed_over(services, day)
    row = assignments.board()[0]
    assert row.clocks.feedback_status == ClockStatus.DUE_SOON
    clock.advance(timedelta(days=3))
    row = assignments.board()[0]
    assert row.clocks.feedback_status == ClockStatus.OVERDUE
    assert (
        len(
            assignments.board(
                __import__("app.services.assignment_data", fromlist=["BoardFilter"]).BoardFilter(
                    overdue_only=True
                )
            )
        )
        == 1
    )
    v = assignments.add_feedback(aid, row.version, "已调查，正在协调补偿款").value
    v = assignments.extend(aid, v, 20, "涉及多个部门", "副县长").value
    with pytest.raises(InvalidInput) as error:
        assignments.extend(aid, v, 11, "再延", "副县长")
    assert error.value.details == {"max": 10}
    v = assignments.close(aid, v, "补偿款已全部发放").value
    with pytest.raises(InvalidState):
        assignments.add_feedback(aid, v, "迟到的反馈")
    with pytest.raises(InvalidInput):
        assignments.record_follow_up(aid, reached=True)
    assignments.record_follow_up(aid, reached=False, notes="电话无人接听")
    assignments.record_follow_up(
        aid, reached=True, organiser=Satisfaction.SATISFIED, unit=Satisfaction.BASICALLY_SATISFIED
    )
    assert len(assignments.follow_up_attempts(aid)) == 2
    stats = StatisticsService(services.ctx).event_statistics(day.event_id)
    assert stats.assignments_closed == 1
    assert stats.closed_on_time == 1
    assert stats.satisfaction_rate == 1.0
    assert stats.participation_rate == 1.0
    v = assignments.reopen(aid, v, "来访人不满意").value
    row = assignments.board()[0]
    assert row.status == AssignmentStatus.FEEDBACK_GIVEN
    assert row.reopened_count == 1
    with pytest.raises(ChangedElsewhere):
        assignments.close(aid, v - 1, "旧版本")


def test_statistics_add_up(services: Services) -> None:
    day = build_day(services)
    reg = services.registration
    r1 = reg.register_walk_in(visit(day, person(1), head_count=6)).value
    reg.register_walk_in(visit(day, person(2), topic=day.labour))
    reg.pre_register(visit(day, person(3)))
    services.queue.call_next(day.room_land)
    case = services.reception.case_card(r1.visit_id).cases[0]
    services.reception.decide(case.case_id, case.version, ResolvedOnSpot("当场解决"))
    stats = StatisticsService(services.ctx).event_statistics(day.event_id)
    assert (stats.batches, stats.persons, stats.distinct_people) == (2, 7, 2)
    assert stats.pre_registered == 1
    assert stats.collective_batches == 1
    assert stats.outcomes == {Outcome.RESOLVED_ON_SPOT.value: 1}
    assert sum(b.batches for b in stats.by_topic) == 2
    assert stats.on_spot_rate == 1.0


def test_search_by_every_kind_of_query(services: Services) -> None:
    day = build_day(services)
    p = person(1, "单田芳", phone="13912345678")
    r = services.registration.register_walk_in(
        visit(day, p, statutory_category=StatutoryCategory.DEMAND)
    ).value
    card = services.reception.case_card(r.visit_id)
    search = SearchService(services.ctx)

    def found(q: str) -> bool:
        return any(h.visit_id == r.visit_id for h in search.find(day.event_id, q))

    assert found("单田")
    assert found("stf")
    assert found("shantianfang")
    assert found(p.document_number[-4:])
    assert found(p.document_number[-6:])
    assert found("5678")
    assert found("13912345678")
    assert found(p.document_number)
    assert found("001")
    assert found(card.cases[0].query_code.lower())
    assert found(card.cases[0].case_number)
    draft_key = services.reception.case_card(r.visit_id)
    assert draft_key.visit_id == r.visit_id
    assert not found("王")
    assert search.find(day.event_id, "   ") == ()
    hit = search.find(day.event_id, "stf")[0]
    assert "*" in hit.id_masked
    assert "*" in hit.phone_masked


def test_a_person_found_shows_their_latest_batch_of_this_event(services: Services) -> None:
    day = build_day(services)
    p = person(2, "单田芳", phone="13912345679")
    first = services.registration.register_walk_in(visit(day, p)).value
    second = services.registration.register_walk_in(visit(day, p)).value
    assert second.visit_id > first.visit_id
    hits = [h for h in SearchService(services.ctx).find(day.event_id, "单田芳") if h.petitioner_id]
    assert [h.visit_id for h in hits] == [second.visit_id]
    assert hits[0].ticket_text
    elsewhere = SearchService(services.ctx).find(day.event_id + 1000, "单田芳")
    assert [(h.petitioner_id, h.visit_id) for h in elsewhere] == [(hits[0].petitioner_id, None)]


def test_a_tail_that_could_be_an_id_or_a_phone_lists_both_kinds(services: Services) -> None:
    day = build_day(services)
    by_tail: dict[str, list[date]] = {}
    for offset in range(400):
        birth = date(1960, 1, 1) + timedelta(days=offset)
        by_tail.setdefault(make_resident_id("330726", birth, 567)[-4:], []).append(birth)
    tail, births = next((t, b) for t, b in by_tail.items() if len(b) >= 4 and t.isdigit())
    for i, birth in enumerate(births[:4]):
        draft = person(567, "甲乙丙", birth=birth, phone=f"1370000{i:04d}")
        services.registration.register_walk_in(visit(day, draft))
    by_phone = person(1, "丁戊己", phone=f"1390000{tail}")
    services.registration.register_walk_in(visit(day, by_phone))
    hits = SearchService(services.ctx).find(day.event_id, tail, limit=3)
    kinds = {h.matched_by for h in hits}
    assert kinds == {QueryKind.ID_TAIL.value, QueryKind.PHONE_TAIL.value}
    assert "丁戊己" in {h.name for h in hits}
