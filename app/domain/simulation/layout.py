"""Room layouts: how many rooms each topic gets, and which room serves what.

A *plan* gives each topic a number of rooms of its own; topics with none share the
remaining *shared* rooms (the general room first), which serve all of them. A plan is
turned into concrete rooms by :func:`apply_plan`, which keeps every room's id, number,
hours and general flag and changes only its topics, preferring rooms that already serve
a topic so that as little as possible moves.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from app.domain.errors import InvalidInput
from app.domain.simulation.model import SimRoom

SHARED_BELOW = 0.75
"""A topic whose fair share of the rooms is below this many rooms shares a room."""


@dataclass(frozen=True)
class RoomPlan:
    """Rooms per topic (``counts``, topics with 0 share) and how many rooms are shared."""

    counts: Mapping[int, int]
    shared: int

    def __post_init__(self) -> None:
        object.__setattr__(self, "counts", MappingProxyType(dict(sorted(self.counts.items()))))
        if any(n < 0 for n in self.counts.values()) or self.shared < 0:
            raise InvalidInput("counts", "negative")
        if self.shared_topics and self.shared == 0:
            raise InvalidInput("shared", "required")

    @property
    def shared_topics(self) -> frozenset[int]:
        """Topics without a room of their own."""
        return frozenset(t for t, n in self.counts.items() if n == 0)

    @property
    def rooms(self) -> int:
        """Rooms the plan uses."""
        return sum(self.counts.values()) + self.shared

    def rooms_for(self, topic_id: int) -> float:
        """Rooms serving ``topic_id``: its own, or the shared rooms split between the
        shared topics (a fraction)."""
        own = self.counts.get(topic_id, 0)
        if own:
            return float(own)
        return self.shared / max(1, len(self.shared_topics))


def proportional_plan(work: Mapping[int, float], rooms: int) -> RoomPlan:
    """Rooms in proportion to each topic's expected work (largest remainder, at least
    one each); topics whose share is under :data:`SHARED_BELOW` rooms share rooms."""
    if rooms < 1:
        raise InvalidInput("rooms", "must_be_positive")
    total = math.fsum(work.values())
    if total <= 0:
        return RoomPlan(dict.fromkeys(work, 0), rooms) if work else RoomPlan({}, 0)
    share = {t: rooms * w / total for t, w in work.items()}
    small = {t for t, s in share.items() if s < SHARED_BELOW}
    while True:
        shared = max(1, round(sum(share[t] for t in small))) if small else 0
        big = sorted((t for t in share if t not in small), key=lambda t: (-share[t], t))
        free = rooms - shared
        if len(big) <= free:
            break
        small.add(big[-1])
    scale = math.fsum(share[t] for t in big)
    ideal = {t: free * share[t] / scale for t in big} if big else {}
    counts = {t: max(1, math.floor(x)) for t, x in ideal.items()}
    by_remainder = sorted(big, key=lambda t: (counts[t] - ideal[t], t))
    while sum(counts.values()) < free:
        for t in by_remainder:
            if sum(counts.values()) < free:
                counts[t] += 1
    while sum(counts.values()) > free:
        t = max((t for t in big if counts[t] > 1), key=lambda t: counts[t] - ideal[t])
        counts[t] -= 1
    counts.update(dict.fromkeys(small, 0))
    return RoomPlan(counts, shared)


def plan_of(rooms: Sequence[SimRoom], topic_ids: Sequence[int]) -> RoomPlan:
    """The plan closest to an existing layout: a topic counts the rooms serving it and
    nothing else; everything else is shared."""
    counts = {
        t: sum(1 for r in rooms if r.topic_ids == frozenset({t}) and not r.general)
        for t in topic_ids
    }
    return RoomPlan(counts, len(rooms) - sum(counts.values()))


def apply_plan(rooms: Sequence[SimRoom], plan: RoomPlan) -> tuple[SimRoom, ...]:
    """``rooms`` with their topics set by ``plan`` (see the module notes)."""
    if plan.rooms != len(rooms):
        raise InvalidInput("plan", "room_count", {"plan": plan.rooms, "rooms": len(rooms)})
    free = sorted(rooms, key=lambda r: (r.number, r.room_id))
    topics: dict[int, frozenset[int]] = {}

    def take(count: int, prefer: frozenset[int], general_first: bool) -> list[SimRoom]:
        def rank(room: SimRoom) -> tuple[bool, bool, int]:
            overlap = bool(room.topic_ids & prefer)
            return (not (general_first and room.general), not overlap, room.number)

        picked = sorted(free, key=rank)[:count]
        for room in picked:
            free.remove(room)
        return picked

    shared = plan.shared_topics
    for room in take(plan.shared, shared, general_first=True):
        topics[room.room_id] = shared
    for topic_id, count in sorted(plan.counts.items(), key=lambda kv: (-kv[1], kv[0])):
        for room in take(count, frozenset({topic_id}), general_first=False):
            topics[room.room_id] = frozenset({topic_id})
    return tuple(replace(r, topic_ids=topics[r.room_id]) for r in rooms)
