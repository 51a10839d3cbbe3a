"""The discrete-event core: arrivals, receptions and room hours in time order.

Events at the same minute are handled together, in this order: receptions that end,
rooms that close, rooms that open, batches that arrive (each allocated at once, in
arrival order). Then the minute is *settled*: the queue of a room that closed for the day
is re-allocated to the open rooms (if none is open, the room works on in overtime), and
every idle working room calls the next batch of its queue in
:func:`~app.domain.allocation.queue_order` (priority lane, then check-in order). A
reception is never interrupted: a room going on a break finishes it. A room on a break
still takes visitors into its queue; a batch that arrives when no room will open again
is never received (reported as unserved).

Two ways to queue share this core. :func:`simulate` gives each room its own queue and asks
a *policy* — the real allocator or the fixed-routing baseline — where each batch goes, with
expected times learned from the receptions finished so far
(:meth:`~app.domain.service_times.ServiceTimes.learn`). :func:`simulate_pooled`
(:mod:`.bound`) lets the rooms of a group share one queue. The policies are in
:mod:`.policies`.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Mapping, Sequence

from app.domain.allocation import (
    InService,
    NoOpenRoom,
    QueuedVisit,
    RoomState,
    VisitRequest,
    queue_order,
)
from app.domain.service_times import FinishedReception, ServiceTimes
from app.domain.simulation.model import (
    Arrival,
    DayResult,
    RoomRecord,
    Scenario,
    SimRoom,
    VisitRecord,
)
from app.domain.simulation.policies import Policy, balanced_policy

FINISH, CLOSE, OPEN, ARRIVE = range(4)


class RoomRun:
    """A room during a run: open for new visitors, working, and what it receives."""

    __slots__ = (
        "accepting",
        "busy",
        "info",
        "key",
        "log",
        "next_open",
        "serving",
        "started",
        "working",
    )

    def __init__(self, info: SimRoom, key: int) -> None:
        self.info, self.key = info, key
        self.accepting = self.working = False
        self.next_open: float | None = info.hours[0][0] if info.hours else None
        self.serving: Arrival | None = None
        self.started = 0.0
        self.busy = 0.0
        self.log: list[tuple[float, float]] = []


class DayCore:
    """One run of a scenario. ``queue_keys`` maps a room to the queue it calls from;
    ``route(arrival, now)`` returns the queue key a batch joins (None: no room open)."""

    def __init__(self, scenario: Scenario, queue_keys: Mapping[int, int]) -> None:
        self.scenario = scenario
        self.rooms = [RoomRun(r, queue_keys[r.room_id]) for r in scenario.rooms]
        self.rooms.sort(key=lambda r: (r.info.number, r.info.room_id))
        self.queues: dict[int, list[QueuedVisit]] = {k: [] for k in queue_keys.values()}
        self.arrivals = {a.key: a for a in scenario.arrivals}
        self.order = {a.key: i for i, a in enumerate(sorted(scenario.arrivals, key=_arrival_key))}
        self.pending: list[Arrival] = []
        self.records: dict[int, VisitRecord] = {}
        self.where: dict[int, int] = {}
        self.finished: list[FinishedReception] = []
        self.queue_length: list[tuple[float, int]] = []
        self._heap: list[tuple[float, int, int, int]] = []
        self._seq = itertools.count()
        self._closed_for_day: list[RoomRun] = []
        self.events = 0
        self.own_queues = all(k == r for r, k in queue_keys.items())

    # -- hooks a mode overrides ------------------------------------------------------

    def route(self, arrival: Arrival, now: float) -> int | None:
        """The queue ``arrival`` joins; None when no room will receive anyone again."""
        raise NotImplementedError  # pragma: no cover - every mode defines it

    def closed_for_day(self, rooms: list[RoomRun], now: float) -> None:
        """What happens to the queues of ``rooms``, closed for the day at ``now``."""
        raise NotImplementedError  # pragma: no cover - every mode defines it

    # -- running ---------------------------------------------------------------------

    def run(self) -> DayResult:
        for index, room in enumerate(self.rooms):
            for start, end in room.info.hours:
                self._push(start, OPEN, index)
                self._push(end, CLOSE, index)
        for arrival in self.scenario.arrivals:
            self._push(arrival.minute, ARRIVE, arrival.key)
        while self._heap:
            now = self._heap[0][0]
            while self._heap and self._heap[0][0] == now:
                _, kind, _, ref = heapq.heappop(self._heap)
                self.events += 1
                self._handle(kind, ref, now)
            self._settle(now)
        return self._result()

    def _push(self, at: float, kind: int, ref: int) -> None:
        heapq.heappush(self._heap, (at, kind, next(self._seq), ref))

    def _handle(self, kind: int, ref: int, now: float) -> None:
        if kind == ARRIVE:
            self._enqueue(self.arrivals[ref], now)
            return
        if kind == FINISH:
            self._finish(self.rooms[ref], now)
            return
        room = self.rooms[ref]
        room.accepting = room.working = kind == OPEN
        room.next_open = next((a for a, _ in room.info.hours if a > now), None)
        if kind == CLOSE and room.next_open is None:
            self._closed_for_day.append(room)

    def _enqueue(self, arrival: Arrival, now: float) -> None:
        key = self.route(arrival, now)
        if key is None:
            self.pending.append(arrival)
            return
        self.where[arrival.key] = key
        self.queues[key].append(
            QueuedVisit(
                arrival.key,
                arrival.topic_id,
                arrival.head_count,
                arrival.priority,
                self.order[arrival.key],
            )
        )

    def _settle(self, now: float) -> None:
        if self._closed_for_day:
            closed, self._closed_for_day = self._closed_for_day, []
            self.closed_for_day(closed, now)
        stop = self.scenario.hard_stop
        if stop is None or now < stop:
            for index, room in enumerate(self.rooms):
                if room.working and room.serving is None and self.queues[room.key]:
                    self._start(index, room, now)
        waiting_now = sum(len(q) for q in self.queues.values())
        if not self.queue_length or self.queue_length[-1][1] != waiting_now:
            self.queue_length.append((now, waiting_now))

    def _start(self, index: int, room: RoomRun, now: float) -> None:
        queue = self.queues[room.key]
        head = queue_order(queue)[0]
        queue.remove(head)
        arrival = self.arrivals[head.visit_id]
        room.serving, room.started = arrival, now
        self.records[arrival.key] = VisitRecord(
            arrival.key,
            arrival.topic_id,
            arrival.priority,
            arrival.minute,
            room.info.room_id,
            now,
            now + arrival.service_minutes,
        )
        self._push(now + arrival.service_minutes, FINISH, index)

    def _finish(self, room: RoomRun, now: float) -> None:
        arrival = room.serving
        assert arrival is not None
        room.busy += now - room.started
        room.log.append((room.started, now))
        room.serving = None
        self.finished.append(
            FinishedReception(arrival.topic_id, arrival.head_count, now - room.started)
        )

    @staticmethod
    def takes_visitors(room: RoomRun) -> bool:
        """Open now, or on a break it comes back from."""
        return room.accepting or room.next_open is not None

    def in_service(self, room: RoomRun, now: float) -> InService | None:
        """The allocator's view of the reception in progress in ``room``."""
        if room.serving is None:
            return None
        a = room.serving
        return InService(a.key, a.topic_id, a.head_count, now - room.started)

    def _result(self) -> DayResult:
        visits = tuple(
            self.records.get(a.key)
            or VisitRecord(
                a.key,
                a.topic_id,
                a.priority,
                a.minute,
                self.where.get(a.key) if self.own_queues else None,
                None,
                None,
            )
            for a in sorted(self.scenario.arrivals, key=_arrival_key)
        )
        rooms = tuple(
            RoomRecord(
                r.info.room_id,
                r.info.number,
                r.busy,
                r.info.open_minutes + sum(_outside(s, f, r.info.hours) for s, f in r.log),
                len(r.log),
            )
            for r in self.rooms
        )
        return DayResult(visits, rooms, tuple(self.queue_length), self.events)


class _AllocatedDay(DayCore):
    """Each room has its own queue; a policy picks the room at the desk."""

    def __init__(self, scenario: Scenario, policy: Policy) -> None:
        super().__init__(scenario, {r.room_id: r.room_id for r in scenario.rooms})
        self.policy = policy
        self._times = ServiceTimes(scenario.default_minutes)
        self._learned = 0

    def times(self) -> ServiceTimes:
        if self.scenario.learn and self._learned != len(self.finished):
            self._times = ServiceTimes.learn(self.finished, self.scenario.default_minutes)
            self._learned = len(self.finished)
        return self._times

    def route(self, arrival: Arrival, now: float) -> int | None:
        request = VisitRequest(arrival.topic_id, arrival.head_count, arrival.priority)
        states = [
            RoomState(
                room_id=r.info.room_id,
                number=r.info.number,
                topic_ids=r.info.topic_ids,
                is_open=self.takes_visitors(r),
                general=r.info.general,
                queue=tuple(self.queues[r.key]),
                in_service=self.in_service(r, now),
                back_in_minutes=0.0 if r.accepting or r.next_open is None else r.next_open - now,
            )
            for r in self.rooms
        ]
        try:
            return self.policy(request, states, self.times()).room_id
        except NoOpenRoom:
            return None

    def closed_for_day(self, rooms: list[RoomRun], now: float) -> None:
        if not any(self.takes_visitors(r) for r in self.rooms):
            for room in rooms:  # the hall has closed: each room receives its own queue
                room.working = True
            return
        for room in rooms:
            moving = queue_order(self.queues[room.key])
            self.queues[room.key] = []
            for visit in moving:
                self._enqueue(self.arrivals[visit.visit_id], now)


def simulate(scenario: Scenario, policy: Policy | None = None) -> DayResult:
    """Play ``scenario`` with each room's own queue and ``policy`` (default: the real
    allocator) choosing the room of each batch at the desk."""
    return _AllocatedDay(scenario, policy or balanced_policy()).run()


def _arrival_key(arrival: Arrival) -> tuple[float, int]:
    return (arrival.minute, arrival.key)


def _outside(start: float, finish: float, hours: Sequence[tuple[float, float]]) -> float:
    """Minutes of ``start``–``finish`` outside the room's open intervals."""
    inside = sum(max(0.0, min(finish, end) - max(start, begin)) for begin, end in hours)
    return max(0.0, finish - start - inside)
