"""The day simulation: event order, rooms' hours, conservation, determinism, the bound."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.demo.day_scenario import day_scenario
from app.domain.allocation import InService, RoomState, expected_wait_minutes
from app.domain.errors import InvalidInput
from app.domain.service_times import ServiceTimes
from app.domain.simulation.bound import room_groups, simulate_pooled
from app.domain.simulation.engine import simulate
from app.domain.simulation.metrics import percentile, queue_samples, summarise
from app.domain.simulation.model import Arrival, DayResult, Scenario, SimRoom
from app.domain.simulation.policies import fixed_routing_policy, fixed_topic_rooms
from app.domain.types import Priority

N, PRE = Priority.NORMAL, Priority.PRE_BOOKED


def room(
    number: int,
    topics: tuple[int, ...] = (1,),
    hours: tuple[tuple[float, float], ...] = ((0.0, 100.0),),
    general: bool = False,
) -> SimRoom:
    return SimRoom(number, number, frozenset(topics), tuple(hours), general)


def arrival(key: int, minute: float, service: float, topic: int = 1, prio: Priority = N) -> Arrival:
    return Arrival(key, minute, topic, 1, prio, service)


def day(
    rooms: Sequence[SimRoom], arrivals: Sequence[Arrival], hard_stop: float | None = None
) -> Scenario:
    return Scenario(tuple(rooms), tuple(arrivals), {1: 10.0, 2: 10.0}, hard_stop=hard_stop)


def starts(result: DayResult) -> dict[int, float | None]:
    return {v.key: v.start for v in result.visits}


def test_one_room_serves_in_arrival_order_without_idling() -> None:
    result = simulate(day([room(1)], [arrival(1, 0, 10), arrival(2, 5, 10), arrival(3, 30, 5)]))
    assert starts(result) == {1: 0, 2: 10, 3: 30}
    assert [v.wait for v in result.visits] == [0, 5, 0]
    assert result.last_finish == 35


def test_a_reception_ending_as_a_batch_arrives_is_over_first() -> None:
    result = simulate(day([room(1)], [arrival(1, 0, 10), arrival(2, 10, 10)]))
    assert starts(result)[2] == 10


def test_priority_lane_is_called_before_earlier_normal_batches() -> None:
    scenario = day([room(1)], [arrival(1, 0, 10), arrival(2, 1, 5), arrival(3, 2, 5, prio=PRE)])
    assert starts(simulate(scenario)) == {1: 0, 2: 15, 3: 10}


def test_a_break_finishes_the_reception_then_waits_for_the_leader() -> None:
    hours = ((0.0, 20.0), (30.0, 100.0))
    result = simulate(day([room(1, hours=hours)], [arrival(1, 15, 10), arrival(2, 16, 5)]))
    assert starts(result) == {1: 15, 2: 30}
    record = result.rooms[0]
    assert record.busy == 15
    assert record.staffed == 95


def test_a_topic_room_on_a_break_keeps_its_visitors_from_the_general_room() -> None:
    rooms = [room(1, hours=((0.0, 20.0), (30.0, 100.0))), room(2, (9,), general=True)]
    result = simulate(day(rooms, [arrival(1, 22, 5)]))
    assert result.visits[0].room_id == 1
    assert result.visits[0].start == 30


def test_expected_wait_counts_the_rest_of_a_break() -> None:
    times = ServiceTimes({1: 10.0})
    resting = RoomState(1, 1, frozenset({1}), back_in_minutes=8.0)
    assert expected_wait_minutes(resting, N, times) == 8.0
    busy = replace(resting, in_service=InService(9, 1, 1, elapsed_minutes=5.0))
    assert expected_wait_minutes(busy, N, times) == 8.0
    long_one = replace(busy, back_in_minutes=2.0)
    assert expected_wait_minutes(long_one, N, times) == 5.0


def test_a_room_closing_early_hands_its_queue_to_the_open_rooms() -> None:
    rooms = [room(1), room(2, hours=((0.0, 8.0),))]
    arrivals = [arrival(1, 0, 10), arrival(2, 0, 10), arrival(3, 1, 10), arrival(4, 1, 10)]
    result = simulate(day(rooms, arrivals))
    by_key = {v.key: v for v in result.visits}
    assert by_key[2].room_id == 2
    assert by_key[4].room_id == 1
    assert [v.room_id for v in result.visits].count(1) == 3
    assert result.last_finish == 30
    assert result.rooms[1].staffed == 10  # closed at 8, saw its last visitor out at 10


def test_rooms_work_on_after_the_hall_closes_until_their_queue_is_empty() -> None:
    result = simulate(day([room(1, hours=((0.0, 20.0),))], [arrival(k, 0, 10) for k in (1, 2, 3)]))
    assert result.last_finish == 30
    assert not result.unserved()
    assert result.rooms[0].staffed == 30
    assert result.rooms[0].utilisation == 1.0


def test_arrivals_when_every_room_is_closed_wait_for_the_first_to_open() -> None:
    rooms = [room(1, hours=((10.0, 50.0),))]
    result = simulate(day(rooms, [arrival(1, 2, 5)]))
    assert result.visits[0].start == 10
    assert result.visits[0].wait == 8


def test_hard_stop_reports_who_was_not_received() -> None:
    arrivals = [arrival(k, 0, 10) for k in range(1, 6)]
    result = simulate(day([room(1, hours=((0.0, 20.0),))], arrivals, hard_stop=25.0))
    assert len(result.served()) == 3
    assert [v.key for v in result.unserved()] == [4, 5]
    assert all(v.room_id == 1 for v in result.unserved())
    assert summarise(result).unserved == 2


def test_an_arrival_after_the_hall_closed_is_unserved() -> None:
    result = simulate(day([room(1, hours=((0.0, 20.0),))], [arrival(1, 30, 5)]))
    assert result.unserved()[0].room_id is None


def test_fixed_routing_ignores_the_second_room_of_a_topic() -> None:
    rooms = [room(1), room(2)]
    assert fixed_topic_rooms(rooms) == {1: 1}
    arrivals = [arrival(1, 0, 10), arrival(2, 0, 10)]
    fixed = simulate(day(rooms, arrivals), fixed_routing_policy(rooms))
    assert starts(fixed) == {1: 0, 2: 10}
    assert starts(simulate(day(rooms, arrivals))) == {1: 0, 2: 0}


def test_queue_length_is_a_step_function_of_waiting_batches() -> None:
    result = simulate(day([room(1)], [arrival(1, 0, 10), arrival(2, 0, 10), arrival(3, 0, 10)]))
    assert result.queue_length == ((0, 2), (10, 1), (20, 0))
    assert queue_samples(result, 5.0, 20.0) == ((0, 2), (5, 2), (10, 1), (15, 1), (20, 0))


def test_groups_join_rooms_that_share_a_topic() -> None:
    rooms = [
        room(1, (1,)),
        room(2, (1, 2)),
        room(3, (2,)),
        room(4, (3,)),
        room(5, (9,), general=True),
    ]
    by_room, by_topic = room_groups(rooms, [7])
    assert by_room == {1: 0, 2: 0, 3: 0, 4: 1, 5: 2}
    assert by_topic == {1: 0, 2: 0, 3: 1, 7: 2, 9: 2}


def test_the_bound_pools_a_groups_rooms() -> None:
    rooms = [room(1, (1,)), room(2, (2,)), room(3, (1, 2))]
    arrivals = [arrival(1, 0, 30, 1), arrival(2, 0, 10, 2), arrival(3, 1, 10, 2)]
    pooled = simulate_pooled(day(rooms, arrivals))
    assert sorted(v.wait for v in pooled.visits if v.wait is not None) == [0, 0, 0]
    with pytest.raises(InvalidInput):
        simulate_pooled(day([], arrivals))


def test_percentile_is_nearest_rank() -> None:
    assert percentile([], 0.95) == 0.0
    assert percentile([float(x) for x in range(1, 101)], 0.95) == 95.0
    assert percentile([3.0, 1.0, 2.0], 0.5) == 2.0


def test_invalid_inputs_are_refused() -> None:
    with pytest.raises(InvalidInput):
        room(1, hours=((10.0, 5.0),))
    with pytest.raises(InvalidInput):
        day([room(1), room(1)], [])
    with pytest.raises(InvalidInput):
        day([room(1)], [arrival(1, 0, 1), arrival(1, 2, 1)])


def test_the_same_seed_gives_the_same_day_and_another_seed_another() -> None:
    first, again, other = day_scenario(3), day_scenario(3), day_scenario(4)
    assert first == again
    assert first != other
    assert simulate(first) == simulate(again)
    assert simulate_pooled(first) == simulate_pooled(again)
    assert len(first.arrivals) == 436
    assert sum(a.head_count for a in first.arrivals) == 667


# -- properties over random small days ---------------------------------------------------

hours_st = st.lists(st.integers(0, 300), min_size=2, max_size=6, unique=True).map(
    lambda cuts: tuple(zip(sorted(cuts)[::2], sorted(cuts)[1::2], strict=False))
)
arrival_st = st.tuples(
    st.integers(0, 300), st.integers(1, 40), st.sampled_from([1, 2, 3]), st.booleans()
)


@st.composite
def small_days(draw: st.DrawFn, same_service: bool = False) -> Scenario:
    count = draw(st.integers(1, 4))
    rooms = []
    for number in range(1, count + 1):
        topics = (
            {1}
            if same_service
            else draw(st.sets(st.sampled_from([1, 2, 3]), min_size=1, max_size=2))
        )
        hours = draw(hours_st.filter(bool))
        rooms.append(room(number, tuple(topics), hours, general=number == count))
    raw = draw(st.lists(arrival_st, max_size=25))
    arrivals = [
        Arrival(
            k,
            float(m),
            1 if same_service else t,
            1,
            N if same_service or not p else PRE,
            10.0 if same_service else float(s),
        )
        for k, (m, s, t, p) in enumerate(raw, start=1)
    ]
    hard_stop = draw(st.none() | st.floats(50, 400))
    return Scenario(tuple(rooms), tuple(arrivals), {1: 10.0, 2: 20.0}, hard_stop=hard_stop)


@settings(max_examples=150, deadline=None)
@given(small_days())
def test_every_arrival_is_received_once_or_reported_and_rooms_are_never_over_used(
    scenario: Scenario,
) -> None:
    for result in (
        simulate(scenario),
        simulate(scenario, fixed_routing_policy(scenario.rooms)),
        simulate_pooled(scenario),
    ):
        assert len(result.served()) + len(result.unserved()) == len(scenario.arrivals)
        assert {v.key for v in result.visits} == {a.key for a in scenario.arrivals}
        for record in result.served():
            assert record.wait is not None
            assert record.wait >= 0
            assert record.start is not None
            assert scenario.hard_stop is None or record.start < scenario.hard_stop
        for rec in result.rooms:
            assert 0.0 <= rec.utilisation <= 1.0 + 1e-9
        by_room: dict[int | None, list[tuple[float, float]]] = {}
        for v in result.served():
            assert v.start is not None
            assert v.finish is not None
            by_room.setdefault(v.room_id, []).append((v.start, v.finish))
        for spans in by_room.values():
            spans.sort()
            assert all(a[1] <= b[0] + 1e-9 for a, b in itertools.pairwise(spans))
        if scenario.hard_stop is None and any(r.hours for r in scenario.rooms):
            last_close = scenario.close
            assert all(
                a.minute >= last_close
                for a in scenario.arrivals
                if a.key in {v.key for v in result.unserved()}
            )


@settings(max_examples=150, deadline=None)
@given(small_days(same_service=True))
def test_the_bound_is_never_above_the_simulated_day_with_equal_service_times(
    scenario: Scenario,
) -> None:
    scenario = replace(scenario, hard_stop=None)
    bound = simulate_pooled(scenario)
    for result in (simulate(scenario), simulate(scenario, fixed_routing_policy(scenario.rooms))):
        if result.unserved() or bound.unserved():
            continue
        assert summarise(bound).mean <= summarise(result).mean + 1e-9


def test_room_hours_cut_breaks_and_lunch_and_close_early() -> None:
    from app.domain.simulation.arrivals import DayShape, room_hours

    shape = DayShape()
    assert room_hours(shape, 0) == ((0.0, 100.0), (110.0, 210.0), (255.0, 480.0))
    assert room_hours(shape, 1, closes_at=200.0) == ((0.0, 115.0), (125.0, 200.0))
    assert room_hours(DayShape(break_at=0.0), 0)[0] == (10.0, 210.0)


def test_walk_ins_follow_the_pre_registrations_and_priorities_are_drawn() -> None:
    import random

    from app.domain.simulation.arrivals import (
        DayShape,
        PlannedVisit,
        draw_arrivals,
        expected_work,
        walk_ins_like,
    )

    rng = random.Random(1)
    pre = [PlannedVisit(1, 2, pre_registered=True, window_start=60.0), PlannedVisit(2, 1, True)]
    assert walk_ins_like(rng, [], 5) == []
    walk = walk_ins_like(rng, pre, 50)
    assert {(v.topic_id, v.head_count) for v in walk} == {(1, 2), (2, 1)}
    shape = DayShape(elderly_share=0.3, disabled_share=0.3, service_spread=0.0)
    arrivals = draw_arrivals(rng, [*pre, *walk], {1: 10.0}, shape)
    assert arrivals[0].priority is Priority.PRE_BOOKED
    assert 45.0 <= arrivals[0].minute <= 85.0
    assert {a.priority for a in arrivals[2:]} == {
        Priority.NORMAL,
        Priority.ELDERLY,
        Priority.DISABLED,
    }
    assert expected_work(pre, {1: 10.0}) == {1: 11.0, 2: 15.0}


def test_ratio_and_gain_of_an_empty_day() -> None:
    from app.domain.simulation.compare import compare_day

    quiet = compare_day(1, day([room(1)], []))
    assert quiet.ratio == 1.0
    assert quiet.gain == 0.0
