"""The lower bound on waits: each group's rooms share one queue.

**Which rooms can do a topic.** The rooms whose topics include it; if none, the general
rooms; if none, every room (the allocator's own fallbacks, :mod:`app.domain.allocation`).

**Groups.** Two rooms are in one group when some topic can be done by both; a group is a
connected component of the topic–room graph. In the demo layout, the two land rooms form
one group, the two labour rooms and the general room (which shares 企业改制 with the
second labour room) another, and every other room is a group of its own.

**The bound** is the same day — same arrivals, same drawn service times, same room hours,
same queue order (priority lane, then check-in) — played with the total work of each
group divided over the group's rooms as it comes: every room of a group may receive any
of the group's topics, and calls the next batch of the group's one shared queue the
moment it is free. No visitor ever waits for one room while another room that could
receive them stands idle, and no allocation is ever a bad guess, so no allocator that
sends each batch to one room at the desk can do better on average. (A group's rooms work
on past their hours only while no room of the group is open, as in the simulation.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.domain.errors import InvalidInput
from app.domain.simulation.engine import DayCore, RoomRun
from app.domain.simulation.model import Arrival, DayResult, Scenario, SimRoom


def capable_rooms(rooms: Sequence[SimRoom], topic_id: int) -> frozenset[int]:
    """Ids of the rooms that can receive ``topic_id`` (see the module notes)."""
    serving = frozenset(r.room_id for r in rooms if topic_id in r.topic_ids)
    general = frozenset(r.room_id for r in rooms if r.general)
    return serving or general or frozenset(r.room_id for r in rooms)


def room_groups(
    rooms: Sequence[SimRoom], topic_ids: Iterable[int] = ()
) -> tuple[dict[int, int], dict[int, int]]:
    """Connected groups of rooms: ``(room id → group, topic id → group)``, groups
    numbered from 0 in the order of their lowest room number. ``topic_ids`` adds topics
    no room serves (they fall to the general rooms)."""
    parent = {r.room_id: r.room_id for r in rooms}

    def find(room_id: int) -> int:
        while parent[room_id] != room_id:
            parent[room_id] = parent[parent[room_id]]
            room_id = parent[room_id]
        return room_id

    topics = sorted({t for r in rooms for t in r.topic_ids} | set(topic_ids))
    capable = {t: sorted(capable_rooms(rooms, t)) for t in topics} if rooms else {}
    for ids in capable.values():
        for other in ids[1:]:
            parent[find(other)] = find(ids[0])
    numbering: dict[int, int] = {}
    for room in sorted(rooms, key=lambda r: (r.number, r.room_id)):
        numbering.setdefault(find(room.room_id), len(numbering))
    room_group = {r.room_id: numbering[find(r.room_id)] for r in rooms}
    topic_group = {t: room_group[ids[0]] for t, ids in capable.items()}
    return room_group, topic_group


class _PooledDay(DayCore):
    def __init__(self, scenario: Scenario) -> None:
        room_group, self.topic_group = room_groups(
            scenario.rooms, (a.topic_id for a in scenario.arrivals)
        )
        super().__init__(scenario, room_group)

    def route(self, arrival: Arrival, now: float) -> int | None:
        if not any(self.takes_visitors(r) for r in self.rooms):
            return None  # the hall has closed, as in the simulation
        return self.topic_group[arrival.topic_id]

    def closed_for_day(self, rooms: list[RoomRun], now: float) -> None:
        for room in rooms:
            room.working = not any(self.takes_visitors(r) for r in self.rooms if r.key == room.key)


def simulate_pooled(scenario: Scenario) -> DayResult:
    """Play ``scenario`` as the lower bound: one shared queue per group of rooms."""
    if not scenario.rooms:
        raise InvalidInput("rooms", "required")
    return _PooledDay(scenario).run()
