"""Room layouts and the plan-the-day search."""

from __future__ import annotations

from dataclasses import replace
from itertools import count

import pytest

from app.demo.day_scenario import day_scenario, day_work, directory_rooms
from app.domain.errors import InvalidInput
from app.domain.simulation.layout import RoomPlan, apply_plan, plan_of, proportional_plan
from app.domain.simulation.planning import evaluate, recommend


def test_proportional_plan_gives_every_room_and_shares_the_small_topics() -> None:
    plan = proportional_plan(day_work(), 15)
    assert plan.rooms == 15
    assert plan.counts[1] == 4  # land, the largest
    assert plan.shared == 3
    assert plan.shared_topics == {6, 8, 10, 11, 12, 13, 14, 15}
    assert plan.rooms_for(1) == 4.0
    assert plan.rooms_for(6) == 3 / 8
    assert proportional_plan({1: 1.0, 2: 1.0}, 1) == RoomPlan({1: 0, 2: 0}, 1)
    assert proportional_plan({1: 0.0}, 2) == RoomPlan({1: 0}, 2)
    with pytest.raises(InvalidInput):
        proportional_plan({1: 1.0}, 0)


def test_a_plan_needs_shared_rooms_for_its_shared_topics() -> None:
    with pytest.raises(InvalidInput):
        RoomPlan({1: 0}, 0)
    with pytest.raises(InvalidInput):
        RoomPlan({1: -1}, 2)


def test_apply_plan_keeps_the_rooms_and_moves_as_few_topics_as_it_can() -> None:
    rooms = directory_rooms()
    plan = proportional_plan(day_work(), len(rooms))
    laid = apply_plan(rooms, plan)
    assert [(r.room_id, r.number, r.hours, r.general) for r in laid] == [
        (r.room_id, r.number, r.hours, r.general) for r in rooms
    ]
    assert laid[0].topic_ids == laid[1].topic_ids == {1}  # the land rooms stay land
    assert laid[14].topic_ids == plan.shared_topics  # the general room is shared
    assert sum(1 for r in laid if r.topic_ids == {1}) == 4
    with pytest.raises(InvalidInput):
        apply_plan(rooms[:3], plan)


def test_plan_of_reads_a_layout_back() -> None:
    rooms = directory_rooms()
    plan = plan_of(rooms, sorted(day_work()))
    assert plan.counts[1] == 2  # two land rooms
    assert plan.counts[12] == 0  # enterprise shares
    assert plan.rooms == 15


def test_recommend_finds_a_layout_with_shorter_waits_than_the_directory() -> None:
    days = [day_scenario(seed, directory_rooms()) for seed in (1, 2)]
    seen: list[tuple[int, int, str]] = []
    advice = recommend(days, day_work(), time_limit=60, progress=lambda *a: seen.append(a))
    assert advice.stopped == "converged"
    assert advice.recommended.plan is not None
    assert advice.recommended.waits.mean < 0.7 * advice.current.waits.mean
    assert advice.recommended.waits.served == advice.current.waits.served == 2 * 436
    assert advice.evaluated >= 3
    assert seen
    assert all(0 <= done <= total for done, total, _ in seen)
    topics = {t.topic_id: t for t in advice.recommended.topics}
    assert sum(t.batches for t in topics.values()) == 436
    assert advice.recommended.queue[0][0] == 0


def test_recommend_stops_when_cancelled_or_out_of_time() -> None:
    days = [day_scenario(1, directory_rooms())]
    cancelled = recommend(days, day_work(), cancelled=lambda: True)
    assert cancelled.stopped == "cancelled"
    ticks = count()
    late = recommend(days, day_work(), time_limit=2.0, clock=lambda: float(next(ticks)))
    assert late.stopped == "time_limit"
    with pytest.raises(InvalidInput):
        recommend([replace(days[0], rooms=())], day_work())


def test_recommend_keeps_the_current_layout_when_nothing_beats_it() -> None:
    days = [day_scenario(1)]
    advice = recommend(days, day_work(), time_limit=30)
    assert advice.recommended.waits.mean <= advice.current.waits.mean
    same = evaluate(days, days[0].rooms)
    assert same.waits == advice.current.waits


def test_too_many_big_topics_for_the_rooms_share_the_smallest() -> None:
    plan = proportional_plan({1: 10.0, 2: 10.0, 3: 10.0, 4: 1.0}, 3)
    assert plan == RoomPlan({1: 1, 2: 1, 3: 0, 4: 0}, 1)
    assert proportional_plan({}, 3) == RoomPlan({}, 0)


def test_moves_that_break_the_rules_are_skipped() -> None:
    from app.domain.simulation.planning import SHARED, _moved

    plan = RoomPlan({1: 2, 2: 1, 3: 0}, 1)
    assert _moved(plan, 1, 2, frozenset()) == RoomPlan({1: 1, 2: 2, 3: 0}, 1)
    assert _moved(plan, SHARED, 3, frozenset()) == RoomPlan({1: 2, 2: 1, 3: 1}, 0)
    spare = RoomPlan({1: 1, 3: 0}, 2)
    assert _moved(spare, SHARED, 3, frozenset()) is None  # shared rooms, nothing to share
    assert _moved(plan, 2, 1, frozenset({2})) is None  # a big topic keeps its room
    assert _moved(RoomPlan({1: 1, 2: 1}, 0), 1, 2, frozenset()) is None  # 1 unroomed
    assert _moved(plan, 3, SHARED, frozenset()) is None  # no room to give
