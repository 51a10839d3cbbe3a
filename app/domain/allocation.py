"""Room allocation at the registration desk: a pure function of a snapshot of the rooms.

Rules, in order (DESIGN.md §3, "On the day", step 1):

1. a requested room, if it is open, wins (``REQUESTED_ROOM``);
2. else the room of a requested leader, if open (``REQUESTED_LEADER``);
3. else, among open rooms serving the visit's topic, the shortest expected wait
   (``TOPIC_MATCH``);
4. else an open general (综合/其他) room (``GENERAL_ROOM``);
5. else any open room (``ANY_OPEN_ROOM``).

Within a rule the room with the shortest expected wait wins; ties go to the room with fewer
people waiting, then the lower room number, then the lower room id, so the result never
depends on the order the rooms are given in. No open room at all raises
:class:`NoOpenRoom`.

**Expected wait** of a room for a new visit = the remaining time of the reception in
progress (expected minus elapsed, at least ``OVERRUN_FLOOR_MINUTES`` so an idle room beats
an overrunning one) + the expected times (:mod:`app.domain.service_times`) of the queued
visits that will be served before it. Rooms serve a priority lane (elderly, disabled,
pre-booked) before the normal lane, each in check-in order (:func:`queue_order`): a
priority visit waits only behind the priority visits already queued, a normal visit
behind the whole queue. Priority visits that arrive later are not foreseen, so a normal
visit's estimate can be optimistic.

A room on a short break (lunch, a pause with a known end) stays open to the allocator
with ``back_in_minutes`` set: its queue is served when the leader is back, so the
expected wait starts at the later of the break's end and the end of the reception in
progress. Without it, every visitor of a single-room topic that arrives during the
room's lunch would be sent to the general room (the rule for a closed topic room) and
pile up there; the day simulation (:mod:`app.domain.simulation`) showed the general
room's queue reaching many hours.

All times are minutes (``float``); the module never reads a clock.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from app.domain.errors import InvalidInput, ReceptionDayError
from app.domain.service_times import ServiceTimes
from app.domain.types import Priority

OVERRUN_FLOOR_MINUTES = 1.0
"""Least remaining time assumed for a reception in progress, even an overrunning one."""

WAIT_BAND_EDGES = (0, 10, 20, 30, 60, 90)
"""Lower edges of the printed wait bands ("约10–20分钟"); the last band is open-ended."""


def is_priority(priority: Priority) -> bool:
    """Whether a visit of this priority goes to the priority lane."""
    return priority is not Priority.NORMAL


@dataclass(frozen=True)
class VisitRequest:
    """The batch the desk wants to place: topic, size, lane and any wish of the visitor."""

    topic_id: int
    head_count: int
    priority: Priority = Priority.NORMAL
    requested_room_id: int | None = None
    requested_leader_id: int | None = None

    def __post_init__(self) -> None:
        if self.head_count < 1:
            raise InvalidInput("head_count", "must_be_positive", {"head_count": self.head_count})


@dataclass(frozen=True)
class QueuedVisit:
    """A batch waiting for a room; ``checked_in_seq`` orders the queue (e.g. the ticket)."""

    visit_id: int
    topic_id: int
    head_count: int
    priority: Priority
    checked_in_seq: int


@dataclass(frozen=True)
class InService:
    """The batch in front of the leader now (or called and on its way, elapsed 0)."""

    visit_id: int
    topic_id: int
    head_count: int
    elapsed_minutes: float


@dataclass(frozen=True)
class RoomState:
    """A snapshot of one reception room as the allocator sees it.

    ``queue`` holds the batches still waiting, in any order. ``general`` marks a room that
    takes any topic (综合/其他) when no room serves a visit's topic. ``back_in_minutes``
    is how long an open room is still on a break (0: receiving now).
    """

    room_id: int
    number: int
    topic_ids: frozenset[int]
    is_open: bool = True
    general: bool = False
    leader_ids: frozenset[int] = frozenset()
    queue: tuple[QueuedVisit, ...] = ()
    in_service: InService | None = None
    back_in_minutes: float = 0.0

    @property
    def people_waiting(self) -> int:
        """Persons (not batches) in the queue."""
        return sum(visit.head_count for visit in self.queue)


class AllocationReason(StrEnum):
    """Which rule picked the room; a stable code the UI words."""

    REQUESTED_ROOM = "requested_room"
    REQUESTED_LEADER = "requested_leader"
    TOPIC_MATCH = "topic_match"
    GENERAL_ROOM = "general_room"
    ANY_OPEN_ROOM = "any_open_room"


@dataclass(frozen=True)
class Candidate:
    """One open room as the desk sees it, so staff can override the choice."""

    room_id: int
    number: int
    expected_wait_minutes: float
    serves_topic: bool
    general: bool
    people_waiting: int


@dataclass(frozen=True)
class Allocation:
    """The chosen room, why, and every open room considered.

    ``candidates`` lists the rooms serving the topic first, then the others, each group by
    expected wait and the tie-break; the chosen room is among them (not always first, e.g.
    a requested room).
    """

    room_id: int
    expected_wait_minutes: float
    reason: AllocationReason
    candidates: tuple[Candidate, ...]


@dataclass(eq=False)
class NoOpenRoom(ReceptionDayError):
    """No room is open, so the visit cannot be placed."""

    topic_id: int

    def __post_init__(self) -> None:
        super().__init__(f"no open room for topic {self.topic_id}")


def queue_order(queue: Iterable[QueuedVisit]) -> tuple[QueuedVisit, ...]:
    """The order a room serves its queue: priority lane, then normal; each by check-in."""
    return tuple(
        sorted(
            queue,
            key=lambda v: (not is_priority(v.priority), v.checked_in_seq, v.visit_id),
        )
    )


def remaining_minutes(in_service: InService, service_times: ServiceTimes) -> float:
    """Expected minutes until the reception in progress ends (never below the floor)."""
    expected = service_times.expected_minutes(in_service.topic_id, in_service.head_count)
    elapsed = max(in_service.elapsed_minutes, 0.0)
    return max(expected - elapsed, OVERRUN_FLOOR_MINUTES)


def expected_wait_minutes(
    room: RoomState, priority: Priority, service_times: ServiceTimes
) -> float:
    """Expected minutes a new visit of ``priority`` waits in ``room`` before being seen."""
    parts: list[float] = []
    if room.in_service is not None:
        parts.append(max(remaining_minutes(room.in_service, service_times), room.back_in_minutes))
    elif room.back_in_minutes > 0:
        parts.append(room.back_in_minutes)
    jumps_normal_lane = is_priority(priority)
    parts.extend(
        service_times.expected_minutes(queued.topic_id, queued.head_count)
        for queued in room.queue
        if is_priority(queued.priority) or not jumps_normal_lane
    )
    # fsum is exact, so equal queues give equal waits whatever their order.
    return math.fsum(parts)


def wait_band(minutes: float) -> tuple[int, int | None]:
    """The band a wait is printed in: (0, 10), (10, 20), (20, 30), (30, 60), (60, 90)
    or (90, None) for "90 minutes or more". Negative waits fall in the first band."""
    for low, high in pairwise(WAIT_BAND_EDGES):
        if minutes < high:
            return (low, high)
    return (WAIT_BAND_EDGES[-1], None)


def _rank_key(candidate: Candidate) -> tuple[float, int, int, int]:
    return (
        candidate.expected_wait_minutes,
        candidate.people_waiting,
        candidate.number,
        candidate.room_id,
    )


def _display_key(candidate: Candidate) -> tuple[bool, float, int, int, int]:
    return (not candidate.serves_topic, *_rank_key(candidate))


def _open_candidates(
    visit: VisitRequest, rooms: Iterable[RoomState], service_times: ServiceTimes
) -> list[tuple[RoomState, Candidate]]:
    """Pairs of each open room and its candidate; checks ids are unique."""
    room_list = list(rooms)
    if len({room.room_id for room in room_list}) != len(room_list):
        raise InvalidInput("rooms", "duplicate_room_id")
    pairs = [
        (
            room,
            Candidate(
                room_id=room.room_id,
                number=room.number,
                expected_wait_minutes=expected_wait_minutes(room, visit.priority, service_times),
                serves_topic=visit.topic_id in room.topic_ids,
                general=room.general,
                people_waiting=room.people_waiting,
            ),
        )
        for room in room_list
        if room.is_open
    ]
    if not pairs:
        raise NoOpenRoom(visit.topic_id)
    return pairs


def _result(
    chosen: Candidate, reason: AllocationReason, pairs: list[tuple[RoomState, Candidate]]
) -> Allocation:
    candidates = tuple(sorted((c for _, c in pairs), key=_display_key))
    return Allocation(chosen.room_id, chosen.expected_wait_minutes, reason, candidates)


def allocate(
    visit: VisitRequest, rooms: Iterable[RoomState], service_times: ServiceTimes
) -> Allocation:
    """Pick the room for ``visit`` by the rules in the module notes.

    Raises :class:`NoOpenRoom` when no room is open and
    :class:`~app.domain.errors.InvalidInput` when two rooms share an id.
    """
    pairs = _open_candidates(visit, rooms, service_times)
    for room, candidate in pairs:
        if room.room_id == visit.requested_room_id:
            return _result(candidate, AllocationReason.REQUESTED_ROOM, pairs)
    tiers = (
        (
            AllocationReason.REQUESTED_LEADER,
            [c for r, c in pairs if visit.requested_leader_id in r.leader_ids],
        ),
        (AllocationReason.TOPIC_MATCH, [c for _, c in pairs if c.serves_topic]),
        (AllocationReason.GENERAL_ROOM, [c for _, c in pairs if c.general]),
    )
    for reason, group in tiers:
        if group:
            return _result(min(group, key=_rank_key), reason, pairs)
    everyone = [c for _, c in pairs]
    return _result(min(everyone, key=_rank_key), AllocationReason.ANY_OPEN_ROOM, pairs)


def fixed_routing_allocate(
    visit: VisitRequest,
    rooms: Iterable[RoomState],
    topic_to_room: Mapping[int, int],
    service_times: ServiceTimes,
) -> Allocation:
    """The naive baseline for the benchmark: every topic goes to its one fixed room.

    Queues and the visitor's wishes are ignored. If the topic has no room or its room is
    closed, the lowest-numbered open general room takes it, else the lowest-numbered open
    room. The expected wait is still reported, computed as in :func:`allocate`.
    """
    pairs = _open_candidates(visit, rooms, service_times)
    fixed_room_id = topic_to_room.get(visit.topic_id)
    for _, candidate in pairs:
        if candidate.room_id == fixed_room_id:
            return _result(candidate, AllocationReason.TOPIC_MATCH, pairs)
    by_number = sorted((c for _, c in pairs), key=lambda c: (c.number, c.room_id))
    for candidate in by_number:
        if candidate.general:
            return _result(candidate, AllocationReason.GENERAL_ROOM, pairs)
    return _result(by_number[0], AllocationReason.ANY_OPEN_ROOM, pairs)
