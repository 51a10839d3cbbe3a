"""Where a batch goes at the desk: the real allocator, or the fixed-routing baseline."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.domain.allocation import (
    Allocation,
    RoomState,
    VisitRequest,
    allocate,
    fixed_routing_allocate,
)
from app.domain.service_times import ServiceTimes
from app.domain.simulation.model import SimRoom

Policy = Callable[[VisitRequest, Sequence[RoomState], ServiceTimes], Allocation]
"""Where a batch goes: the allocator's signature without the baseline's extra map."""


def balanced_policy() -> Policy:
    """The real allocator (:func:`app.domain.allocation.allocate`)."""
    return allocate


def fixed_topic_rooms(rooms: Sequence[SimRoom]) -> dict[int, int]:
    """Each topic's fixed room for the baseline: the lowest-numbered room serving it."""
    fixed: dict[int, int] = {}
    for room in sorted(rooms, key=lambda r: (r.number, r.room_id)):
        for topic_id in sorted(room.topic_ids):
            fixed.setdefault(topic_id, room.room_id)
    return fixed


def fixed_routing_policy(rooms: Sequence[SimRoom]) -> Policy:
    """The naive baseline: :func:`~app.domain.allocation.fixed_routing_allocate` with
    every topic sent to :func:`fixed_topic_rooms`."""
    topic_to_room = fixed_topic_rooms(rooms)

    def route(
        request: VisitRequest, states: Sequence[RoomState], times: ServiceTimes
    ) -> Allocation:
        return fixed_routing_allocate(request, states, topic_to_room, times)

    return route
