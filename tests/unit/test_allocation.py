"""Room allocation and learned service times: table-driven cases and properties."""

from __future__ import annotations

import random
from dataclasses import FrozenInstanceError, replace
from datetime import datetime, timedelta
from itertools import count

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.allocation import (
    OVERRUN_FLOOR_MINUTES,
    Allocation,
    AllocationReason,
    Candidate,
    InService,
    NoOpenRoom,
    QueuedVisit,
    RoomState,
    VisitRequest,
    allocate,
    expected_wait_minutes,
    fixed_routing_allocate,
    is_priority,
    queue_order,
    remaining_minutes,
    wait_band,
)
from app.domain.errors import InvalidInput, ReceptionDayError
from app.domain.service_times import (
    FinishedReception,
    ServiceTimes,
    head_count_factor,
    minutes_between,
)
from app.domain.types import Priority

N = Priority.NORMAL
ELD = Priority.ELDERLY
DIS = Priority.DISABLED
PRE = Priority.PRE_BOOKED

# Topic 1 takes 10 min, topic 2 takes 20 min, anything else 15 min (for one person).
TIMES = ServiceTimes({1: 10.0, 2: 20.0}, fallback_minutes=15.0)

_seq = count(1)


def q(topic: int = 1, head: int = 1, prio: Priority = N, seq: int | None = None) -> QueuedVisit:
    """A queued visit; sequence numbers increase in creation order unless given."""
    n = next(_seq) if seq is None else seq
    return QueuedVisit(visit_id=n, topic_id=topic, head_count=head, priority=prio, checked_in_seq=n)


def room(
    room_id: int,
    topics: tuple[int, ...] = (),
    *,
    number: int | None = None,
    is_open: bool = True,
    general: bool = False,
    leaders: tuple[int, ...] = (),
    queue: tuple[QueuedVisit, ...] = (),
    in_service: InService | None = None,
) -> RoomState:
    return RoomState(
        room_id=room_id,
        number=room_id if number is None else number,
        topic_ids=frozenset(topics),
        is_open=is_open,
        general=general,
        leader_ids=frozenset(leaders),
        queue=queue,
        in_service=in_service,
    )


def busy(topic: int = 1, elapsed: float = 0.0, head: int = 1) -> InService:
    return InService(visit_id=0, topic_id=topic, head_count=head, elapsed_minutes=elapsed)


# --- allocate: the rules, case by case ------------------------------------------------

R = AllocationReason

ALLOCATE_CASES: list[tuple[str, VisitRequest, list[RoomState], int, AllocationReason, float]] = [
    (
        "requested room wins over a shorter topic room",
        VisitRequest(1, 1, requested_room_id=2),
        [room(1, (1,)), room(2, (5,), queue=(q(1), q(1)))],
        2,
        R.REQUESTED_ROOM,
        20.0,
    ),
    (
        "requested room closed falls back to topic match",
        VisitRequest(1, 1, requested_room_id=2),
        [room(1, (1,), queue=(q(1),)), room(2, (1,), is_open=False)],
        1,
        R.TOPIC_MATCH,
        10.0,
    ),
    (
        "unknown requested room falls back to topic match",
        VisitRequest(1, 1, requested_room_id=99),
        [room(1, (1,))],
        1,
        R.TOPIC_MATCH,
        0.0,
    ),
    (
        "requested leader's room",
        VisitRequest(1, 1, requested_leader_id=7),
        [room(1, (1,)), room(2, (3,), leaders=(6, 7), queue=(q(3),))],
        2,
        R.REQUESTED_LEADER,
        15.0,
    ),
    (
        "requested leader's room closed falls back to topic match",
        VisitRequest(1, 1, requested_leader_id=7),
        [room(1, (1,)), room(2, (1,), leaders=(7,), is_open=False)],
        1,
        R.TOPIC_MATCH,
        0.0,
    ),
    (
        "requested room closed, requested leader open",
        VisitRequest(1, 1, requested_room_id=1, requested_leader_id=7),
        [room(1, (1,), is_open=False), room(2, (1,)), room(3, (4,), leaders=(7,))],
        3,
        R.REQUESTED_LEADER,
        0.0,
    ),
    (
        "leader in two rooms: the shorter wait",
        VisitRequest(1, 1, requested_leader_id=7),
        [room(1, (1,), leaders=(7,), queue=(q(2),)), room(2, (4,), leaders=(7,))],
        2,
        R.REQUESTED_LEADER,
        0.0,
    ),
    (
        "two topic rooms with different queues",
        VisitRequest(2, 1),
        [
            room(1, (2,), queue=(q(2), q(2))),
            room(2, (2, 3), queue=(q(1), q(3))),
            room(3, (9,)),
        ],
        2,
        R.TOPIC_MATCH,
        25.0,
    ),
    (
        "collective visits count for more",
        VisitRequest(1, 1),
        [room(1, (1,), queue=(q(2, head=11),)), room(2, (1,), queue=(q(1),) * 3)],
        2,
        R.TOPIC_MATCH,
        30.0,
    ),
    (
        "an idle room beats an overrunning one",
        VisitRequest(1, 1),
        [room(1, (1,), in_service=busy(2, elapsed=45.0)), room(2, (1,))],
        2,
        R.TOPIC_MATCH,
        0.0,
    ),
    (
        "reception in progress counts its remaining time",
        VisitRequest(1, 1),
        [room(1, (1,), in_service=busy(2, elapsed=12.0)), room(2, (1,), queue=(q(1),))],
        1,
        R.TOPIC_MATCH,
        8.0,
    ),
    (
        "normal visit waits behind everybody",
        VisitRequest(1, 1, N),
        [room(1, (1,), queue=(q(1, prio=ELD), q(1, prio=DIS))), room(2, (1,), queue=(q(1),) * 3)],
        1,
        R.TOPIC_MATCH,
        20.0,
    ),
    (
        "priority visit overtakes the normal lane",
        VisitRequest(1, 1, PRE),
        [room(1, (1,), queue=(q(1, prio=ELD), q(1, prio=DIS))), room(2, (1,), queue=(q(1),) * 3)],
        2,
        R.TOPIC_MATCH,
        0.0,
    ),
    (
        "no topic room: general room",
        VisitRequest(4, 1),
        [room(1, (1,)), room(2, (8,), general=True, queue=(q(1),)), room(3, (), general=True)],
        3,
        R.GENERAL_ROOM,
        0.0,
    ),
    (
        "topic room closed: general room",
        VisitRequest(1, 1),
        [room(1, (1,), is_open=False), room(2, (2,)), room(3, (), general=True, queue=(q(2),))],
        3,
        R.GENERAL_ROOM,
        20.0,
    ),
    (
        "no topic or general room: any open room",
        VisitRequest(4, 1),
        [room(1, (1,), queue=(q(1),)), room(2, (2,), queue=(q(1, head=2),)), room(3, (9,))],
        3,
        R.ANY_OPEN_ROOM,
        0.0,
    ),
    (
        "tie on wait: fewer people waiting",
        VisitRequest(1, 1),
        [room(1, (1,), queue=(q(1), q(1))), room(2, (1,), queue=(q(2),))],
        2,
        R.TOPIC_MATCH,
        20.0,
    ),
    (
        "tie on wait and people: lower room number",
        VisitRequest(1, 1),
        [room(1, (1,), number=5), room(2, (1,), number=3), room(3, (1,), number=4)],
        2,
        R.TOPIC_MATCH,
        0.0,
    ),
    (
        "tie on everything: lower room id",
        VisitRequest(1, 1),
        [room(8, (1,), number=1), room(4, (1,), number=1)],
        4,
        R.TOPIC_MATCH,
        0.0,
    ),
]


@pytest.mark.parametrize(
    ("visit", "rooms", "room_id", "reason", "wait"),
    [case[1:] for case in ALLOCATE_CASES],
    ids=[case[0] for case in ALLOCATE_CASES],
)
def test_allocate_rules(
    visit: VisitRequest,
    rooms: list[RoomState],
    room_id: int,
    reason: AllocationReason,
    wait: float,
) -> None:
    result = allocate(visit, rooms, TIMES)
    assert (result.room_id, result.reason) == (room_id, reason)
    assert result.expected_wait_minutes == pytest.approx(wait)
    assert allocate(visit, list(reversed(rooms)), TIMES) == result


def test_candidates_list_open_rooms_topic_first() -> None:
    rooms = [
        room(1, (2,)),
        room(2, (1,), queue=(q(1, head=3),)),
        room(3, (1,), is_open=False),
        room(4, (1,), general=True, queue=(q(1),)),
    ]
    result = allocate(VisitRequest(1, 1, requested_room_id=1), rooms, TIMES)
    assert result.room_id == 1
    assert result.candidates == (
        Candidate(4, 4, 10.0, serves_topic=True, general=True, people_waiting=1),
        Candidate(2, 2, 12.0, serves_topic=True, general=False, people_waiting=3),
        Candidate(1, 1, 0.0, serves_topic=False, general=False, people_waiting=0),
    )


@pytest.mark.parametrize(
    "rooms",
    [[], [room(1, (1,), is_open=False), room(2, (), general=True, is_open=False)]],
    ids=["no rooms", "all closed"],
)
def test_no_open_room_raises(rooms: list[RoomState]) -> None:
    with pytest.raises(NoOpenRoom) as info:
        allocate(VisitRequest(3, 1), rooms, TIMES)
    assert isinstance(info.value, ReceptionDayError)
    assert info.value.topic_id == 3
    assert "topic 3" in str(info.value)


def test_duplicate_room_ids_rejected() -> None:
    with pytest.raises(InvalidInput) as info:
        allocate(VisitRequest(1, 1), [room(1, (1,)), room(1, (2,))], TIMES)
    assert info.value.field == "rooms"


@pytest.mark.parametrize("head", [0, -2])
def test_visit_needs_a_person(head: int) -> None:
    with pytest.raises(InvalidInput) as info:
        VisitRequest(1, head)
    assert (info.value.field, info.value.details) == ("head_count", {"head_count": head})


# --- waits, lanes, bands ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("in_service", "minutes"),
    [
        (busy(1, elapsed=0.0), 10.0),
        (busy(1, elapsed=4.0), 6.0),
        (busy(1, elapsed=9.5), OVERRUN_FLOOR_MINUTES),
        (busy(1, elapsed=60.0), OVERRUN_FLOOR_MINUTES),
        (busy(1, elapsed=-3.0), 10.0),  # clock skew between stations
        (busy(2, elapsed=5.0, head=6), 25.0),
    ],
)
def test_remaining_minutes(in_service: InService, minutes: float) -> None:
    assert remaining_minutes(in_service, TIMES) == pytest.approx(minutes)


@pytest.mark.parametrize(
    ("priority", "wait"),
    [(N, 1.0 + 10 + 20 + 15 + 10), (ELD, 1.0 + 20 + 10), (DIS, 31.0), (PRE, 31.0)],
)
def test_expected_wait_by_lane(priority: Priority, wait: float) -> None:
    r = room(
        1,
        (1,),
        queue=(q(1), q(2, prio=ELD), q(3), q(1, prio=PRE)),
        in_service=busy(1, elapsed=30.0),
    )
    assert expected_wait_minutes(r, priority, TIMES) == pytest.approx(wait)


def test_is_priority() -> None:
    assert [is_priority(p) for p in Priority] == [p is not N for p in Priority]


def test_queue_order_priority_lane_first_then_check_in() -> None:
    a, b, c, d, e = q(prio=N), q(prio=ELD), q(prio=N), q(prio=PRE), q(prio=DIS)
    assert queue_order([a, b, c, d, e]) == (b, d, e, a, c)
    assert queue_order([]) == ()


@pytest.mark.parametrize(
    ("minutes", "band"),
    [
        (-1.0, (0, 10)),
        (0.0, (0, 10)),
        (9.99, (0, 10)),
        (10.0, (10, 20)),
        (29.9, (20, 30)),
        (30.0, (30, 60)),
        (59.0, (30, 60)),
        (60.0, (60, 90)),
        (90.0, (90, None)),
        (500.0, (90, None)),
    ],
)
def test_wait_band(minutes: float, band: tuple[int, int | None]) -> None:
    assert wait_band(minutes) == band


# --- fixed routing baseline ---------------------------------------------------------------

FIXED_CASES: list[tuple[str, VisitRequest, list[RoomState], int, AllocationReason, float]] = [
    (
        "fixed room even with a long queue",
        VisitRequest(1, 1, requested_room_id=2),
        [room(1, (1,), queue=(q(2),) * 3), room(2, (1,))],
        1,
        R.TOPIC_MATCH,
        60.0,
    ),
    (
        "fixed room closed: lowest-numbered general room",
        VisitRequest(1, 1),
        [
            room(1, (1,), is_open=False),
            room(2, (3,)),
            room(3, (), general=True, number=9),
            room(4, (), general=True, number=6, queue=(q(2),)),
        ],
        4,
        R.GENERAL_ROOM,
        20.0,
    ),
    (
        "unmapped topic, no general room: lowest-numbered open room",
        VisitRequest(5, 1),
        [room(1, (1,), number=4), room(2, (3,), number=2, queue=(q(1),)), room(3, (2,), number=7)],
        2,
        R.ANY_OPEN_ROOM,
        10.0,
    ),
]


@pytest.mark.parametrize(
    ("visit", "rooms", "room_id", "reason", "wait"),
    [case[1:] for case in FIXED_CASES],
    ids=[case[0] for case in FIXED_CASES],
)
def test_fixed_routing(
    visit: VisitRequest,
    rooms: list[RoomState],
    room_id: int,
    reason: AllocationReason,
    wait: float,
) -> None:
    result = fixed_routing_allocate(visit, rooms, {1: 1, 2: 3}, TIMES)
    assert (result.room_id, result.reason) == (room_id, reason)
    assert result.expected_wait_minutes == pytest.approx(wait)
    assert {c.room_id for c in result.candidates} == {r.room_id for r in rooms if r.is_open}


def test_fixed_routing_no_open_room() -> None:
    with pytest.raises(NoOpenRoom):
        fixed_routing_allocate(VisitRequest(1, 1), [room(1, (1,), is_open=False)], {1: 1}, TIMES)


# --- learned service times ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "factor"),
    [(-1, 1.0), (0, 1.0), (1, 1.0), (2, 1.1), (4, 1.3), (5, 1.4), (10, 1.9), (11, 2.0), (80, 2.0)],
)
def test_head_count_factor(head: int, factor: float) -> None:
    assert head_count_factor(head) == pytest.approx(factor)


def test_minutes_between() -> None:
    start = datetime(2006, 5, 18, 8, 30)
    assert minutes_between(start, start + timedelta(minutes=12, seconds=30)) == 12.5
    assert minutes_between(start, start - timedelta(minutes=2)) == -2.0


def fr(topic: int, minutes: float, head: int = 1) -> FinishedReception:
    return FinishedReception(topic_id=topic, head_count=head, duration_minutes=minutes)


@pytest.mark.parametrize(
    ("finished", "topic", "base"),
    [
        ([], 1, 10.0),
        ([], 42, 15.0),  # neither default nor data: fallback
        ([fr(1, 40.0)], 1, (3 * 10 + 40) / 4),  # one early long case moves it only part way
        ([fr(1, 40.0), fr(1, 40.0)], 1, (3 * 10 + 80) / 5),
        ([fr(1, 40.0)] * 97, 1, (3 * 10 + 40 * 97) / 100),  # the day's data dominates
        ([fr(1, 30.0, head=6)], 1, (3 * 10 + 20) / 4),  # normalised to one person
        ([fr(7, 3.0)], 7, (3 * 15 + 3) / 4),  # no default: shrunk towards the fallback
        ([fr(1, -5.0), fr(1, 0.0)], 1, (3 * 10 + 0) / 4),  # negative ignored, zero kept
        ([fr(2, 50.0)], 1, 10.0),  # other topics untouched
    ],
)
def test_learn_shrinks_towards_default(
    finished: list[FinishedReception], topic: int, base: float
) -> None:
    times = ServiceTimes.learn(finished, {1: 10.0, 2: 20.0})
    assert times.base_for(topic) == pytest.approx(base)


def test_learn_pseudo_count_and_fallback() -> None:
    times = ServiceTimes.learn([fr(1, 40.0)], {}, fallback_minutes=20.0, pseudo_count=1.0)
    assert times.base_for(1) == pytest.approx(30.0)
    assert times.base_for(2) == 20.0
    assert times.expected_minutes(1, 6) == pytest.approx(45.0)


@pytest.mark.parametrize("pseudo", [0.0, -1.0, float("nan")])
def test_learn_rejects_bad_pseudo_count(pseudo: float) -> None:
    with pytest.raises(InvalidInput) as info:
        ServiceTimes.learn([], {}, pseudo_count=pseudo)
    assert info.value.field == "pseudo_count"


@pytest.mark.parametrize("fallback", [0.0, -15.0, float("nan")])
def test_service_times_reject_bad_fallback(fallback: float) -> None:
    with pytest.raises(InvalidInput) as info:
        ServiceTimes({}, fallback_minutes=fallback)
    assert info.value.field == "fallback_minutes"


def test_service_times_are_a_frozen_copy() -> None:
    source = {1: 10.0}
    times = ServiceTimes(source)
    source[1] = 99.0
    assert times.expected_minutes(1, 1) == 10.0
    with pytest.raises(TypeError):
        times.base_minutes[1] = 5.0  # type: ignore[index]
    with pytest.raises(FrozenInstanceError):
        times.fallback_minutes = 1.0  # type: ignore[misc]


# --- properties ---------------------------------------------------------------------------

TOPICS = st.integers(1, 4)
PRIORITIES = st.sampled_from(Priority)

queued_visits = st.builds(
    QueuedVisit,
    visit_id=st.integers(1, 10_000),
    topic_id=TOPICS,
    head_count=st.integers(1, 12),
    priority=PRIORITIES,
    checked_in_seq=st.integers(1, 10_000),
)


@st.composite
def room_states(draw: st.DrawFn, room_id: int) -> RoomState:
    return RoomState(
        room_id=room_id,
        number=draw(st.integers(1, 6)),  # duplicates on purpose: exercise the tie-break
        topic_ids=draw(st.frozensets(TOPICS, max_size=2)),
        is_open=draw(st.booleans()),
        general=draw(st.booleans()),
        leader_ids=draw(st.frozensets(st.integers(1, 4), max_size=2)),
        queue=tuple(draw(st.lists(queued_visits, max_size=4))),
        in_service=draw(
            st.none()
            | st.builds(
                InService,
                visit_id=st.just(0),
                topic_id=TOPICS,
                head_count=st.integers(1, 12),
                elapsed_minutes=st.floats(0, 60),
            )
        ),
    )


@st.composite
def room_lists(draw: st.DrawFn) -> list[RoomState]:
    ids = draw(st.lists(st.integers(1, 8), unique=True, max_size=6))
    return [draw(room_states(room_id)) for room_id in ids]


visits = st.builds(
    VisitRequest,
    topic_id=TOPICS,
    head_count=st.integers(1, 12),
    priority=PRIORITIES,
    requested_room_id=st.none() | st.integers(1, 8),
    requested_leader_id=st.none() | st.integers(1, 4),
)

service_times = st.builds(
    ServiceTimes,
    base_minutes=st.dictionaries(TOPICS, st.floats(1, 60)),
    fallback_minutes=st.floats(1, 60),
)


def _allocate_or_none(
    visit: VisitRequest, rooms: list[RoomState], times: ServiceTimes
) -> Allocation | None:
    if not any(r.is_open for r in rooms):
        with pytest.raises(NoOpenRoom):
            allocate(visit, rooms, times)
        return None
    return allocate(visit, rooms, times)


@given(visits, room_lists(), service_times)
def test_property_result_is_an_open_room_and_follows_the_rules(
    visit: VisitRequest, rooms: list[RoomState], times: ServiceTimes
) -> None:
    result = _allocate_or_none(visit, rooms, times)
    if result is None:
        return
    open_rooms = {r.room_id: r for r in rooms if r.is_open}
    chosen = open_rooms[result.room_id]
    assert {c.room_id for c in result.candidates} == set(open_rooms)
    if visit.requested_room_id in open_rooms:
        assert (result.reason, result.room_id) == (R.REQUESTED_ROOM, visit.requested_room_id)
    elif any(visit.requested_leader_id in r.leader_ids for r in open_rooms.values()):
        assert result.reason is R.REQUESTED_LEADER
        assert visit.requested_leader_id in chosen.leader_ids
    elif any(visit.topic_id in r.topic_ids for r in open_rooms.values()):
        assert result.reason is R.TOPIC_MATCH
        assert visit.topic_id in chosen.topic_ids
    elif any(r.general for r in open_rooms.values()):
        assert result.reason is R.GENERAL_ROOM
        assert chosen.general
    else:
        assert result.reason is R.ANY_OPEN_ROOM


@given(visits, room_lists(), room_states(9), service_times)
def test_property_topic_match_has_the_shortest_wait(
    visit: VisitRequest, rooms: list[RoomState], extra: RoomState, times: ServiceTimes
) -> None:
    visit = replace(visit, requested_room_id=None, requested_leader_id=None)
    served = replace(extra, is_open=True, topic_ids=extra.topic_ids | {visit.topic_id})
    rooms = [*rooms, served]
    result = allocate(visit, rooms, times)
    assert result.reason is R.TOPIC_MATCH
    for r in rooms:
        if r.is_open and visit.topic_id in r.topic_ids:
            other = expected_wait_minutes(r, visit.priority, times)
            assert result.expected_wait_minutes <= other


@given(visits, room_lists(), service_times, st.randoms(use_true_random=False))
def test_property_room_order_does_not_matter(
    visit: VisitRequest, rooms: list[RoomState], times: ServiceTimes, rnd: random.Random
) -> None:
    shuffled = list(rooms)
    rnd.shuffle(shuffled)
    assert _allocate_or_none(visit, shuffled, times) == _allocate_or_none(visit, rooms, times)


@given(room_states(1), PRIORITIES, service_times)
def test_property_priority_never_waits_longer(
    r: RoomState, priority: Priority, times: ServiceTimes
) -> None:
    normal = expected_wait_minutes(r, N, times)
    assert 0.0 <= expected_wait_minutes(r, priority, times) <= normal


@given(st.lists(queued_visits, unique_by=lambda v: v.checked_in_seq), st.randoms())
def test_property_queue_order(queue: list[QueuedVisit], rnd: random.Random) -> None:
    ordered = queue_order(queue)
    shuffled = list(queue)
    rnd.shuffle(shuffled)
    assert queue_order(shuffled) == ordered
    lanes = [not is_priority(v.priority) for v in ordered]
    assert lanes == sorted(lanes)
    for lane in (True, False):
        seqs = [v.checked_in_seq for v in ordered if is_priority(v.priority) is lane]
        assert seqs == sorted(seqs)


@given(
    st.lists(st.builds(fr, TOPICS, st.floats(0, 120), st.integers(1, 12)), max_size=20),
    st.floats(1, 60),
)
def test_property_learned_base_between_prior_and_observations(
    finished: list[FinishedReception], prior: float
) -> None:
    times = ServiceTimes.learn(finished, {1: prior})
    observations = [f.duration_minutes / head_count_factor(f.head_count) for f in finished]
    mine = [o for o, f in zip(observations, finished, strict=True) if f.topic_id == 1]
    low, high = min([prior, *mine]), max([prior, *mine])
    assert low - 1e-9 <= times.base_for(1) <= high + 1e-9
