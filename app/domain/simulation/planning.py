"""Plan the day: how many rooms each topic needs, found by simulating candidate layouts.

:func:`recommend` simulates the current layout and a layout in proportion to each topic's
expected work (:func:`~.layout.proportional_plan`), then improves the better plan
greedily: in each round it tries moving one room from each of the three topics (or the
shared rooms) with the shortest mean wait to each of the three with the longest, keeps
the best move if it lowers the mean wait, and stops when no move helps, at the time
limit, or when cancelled. A topic whose fair share of the rooms is at least
:data:`~.layout.SHARED_BELOW` keeps a room of its own (the simulation treats every room as
able to receive every topic, so without this rule pooling everything would always win;
in the hall, a topic's room has its units and leader). Every candidate is played on the
same days (one per seed, with the real allocator), so the comparison is fair.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from app.domain.errors import InvalidInput
from app.domain.simulation.engine import simulate
from app.domain.simulation.layout import (
    SHARED_BELOW,
    RoomPlan,
    apply_plan,
    plan_of,
    proportional_plan,
)
from app.domain.simulation.metrics import WaitSummary, percentile, queue_samples
from app.domain.simulation.model import DayResult, Scenario, SimRoom

Progress = Callable[[int, int, str], None]
SHARED = -1
"""The shared rooms, as a unit a room can move to or from."""

QUEUE_STEP = 15.0
"""Minutes between the samples of the queue-length curve."""

MIN_GAIN = 0.05
"""A move must lower the mean wait by more than this many minutes to be kept."""


@dataclass(frozen=True)
class TopicWait:
    """One topic's waits under a layout."""

    topic_id: int
    batches: float
    mean: float
    p95: float


@dataclass(frozen=True)
class LayoutFigures:
    """A layout and its expected day, over all seeds: the waits of every batch pooled,
    per topic, and the mean number of batches waiting every :data:`QUEUE_STEP` minutes."""

    plan: RoomPlan | None
    rooms: tuple[SimRoom, ...]
    waits: WaitSummary
    topics: tuple[TopicWait, ...]
    queue: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class PlanAdvice:
    """The current layout, the recommended one, and how the search ended
    (``converged``, ``time_limit`` or ``cancelled``)."""

    current: LayoutFigures
    recommended: LayoutFigures
    evaluated: int
    stopped: str
    seconds: float


def figures(
    rooms: tuple[SimRoom, ...], results: Sequence[DayResult], plan: RoomPlan | None, until: float
) -> LayoutFigures:
    """Pool the days played with ``rooms`` into one set of figures."""
    visits = [v for r in results for v in r.visits]
    waits = [v.wait for v in visits if v.wait is not None]
    busy = math.fsum(room.busy for r in results for room in r.rooms)
    staffed = math.fsum(room.staffed for r in results for room in r.rooms)
    summary = WaitSummary(
        mean=math.fsum(waits) / len(waits) if waits else 0.0,
        p95=percentile(waits, 0.95),
        max=max(waits, default=0.0),
        served=len(waits),
        unserved=len(visits) - len(waits),
        utilisation=busy / staffed if staffed > 0 else 0.0,
        last_finish=max((r.last_finish for r in results), default=0.0),
    )
    topics = []
    for topic_id in sorted({v.topic_id for v in visits}):
        mine = [v.wait for v in visits if v.topic_id == topic_id and v.wait is not None]
        count = sum(1 for v in visits if v.topic_id == topic_id)
        mean = math.fsum(mine) / len(mine) if mine else 0.0
        topics.append(TopicWait(topic_id, count / len(results), mean, percentile(mine, 0.95)))
    curves = [queue_samples(r, QUEUE_STEP, until) for r in results]
    queue = tuple(
        (points[0][0], math.fsum(p[1] for p in points) / len(points))
        for points in zip(*curves, strict=True)
    )
    return LayoutFigures(plan, rooms, summary, tuple(topics), queue)


def evaluate(
    days: Sequence[Scenario], rooms: tuple[SimRoom, ...], plan: RoomPlan | None = None
) -> LayoutFigures:
    """Play every day with ``rooms`` and the real allocator."""
    results = [simulate(replace(day, rooms=rooms)) for day in days]
    until = max(max(r.last_finish for r in results), max(d.close for d in days))
    return figures(rooms, results, plan, until)


def _moved(plan: RoomPlan, donor: int, receiver: int, keep_own: frozenset[int]) -> RoomPlan | None:
    counts, shared = dict(plan.counts), plan.shared
    if donor == SHARED:
        shared -= 1
    else:
        counts[donor] -= 1
    if receiver == SHARED:
        shared += 1
    else:
        counts[receiver] += 1
    if shared and not any(n == 0 for n in counts.values()):
        return None  # shared rooms with nothing to share
    if any(counts[t] == 0 for t in keep_own if t in counts):
        return None  # a big topic keeps a room of its own
    try:
        return RoomPlan(counts, shared)
    except InvalidInput:
        return None


def _moves(plan: RoomPlan, result: LayoutFigures, keep_own: frozenset[int]) -> list[RoomPlan]:
    waits = {t.topic_id: t.mean for t in result.topics}
    units: dict[int, float] = {t: waits.get(t, 0.0) for t, n in plan.counts.items() if n}
    shared = [waits.get(t, 0.0) for t in plan.shared_topics]
    if plan.shared:
        units[SHARED] = max(shared, default=0.0)
    receivers = sorted(
        [*units, *plan.shared_topics], key=lambda u: -units.get(u, waits.get(u, 0.0))
    )[:3]
    donors = sorted(units, key=lambda u: units[u])[:3]
    moves = (_moved(plan, d, r, keep_own) for d in donors for r in receivers if d != r)
    return [m for m in moves if m is not None]


def recommend(
    days: Sequence[Scenario],
    topic_work: dict[int, float],
    *,
    time_limit: float = 20.0,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    clock: Callable[[], float] = time.monotonic,
) -> PlanAdvice:
    """Search for the layout of ``days[0].rooms`` with the shortest mean wait.

    ``days`` are the same day drawn with different seeds; ``topic_work`` the expected
    reception minutes per topic (every topic that needs a room). Progress is reported as
    tenths of a second used of the time limit.
    """
    if not days or not days[0].rooms:
        raise InvalidInput("rooms", "required")
    started = clock()
    limit_ticks = max(1, round(time_limit * 10))
    rooms = days[0].rooms
    total = math.fsum(topic_work.values()) or 1.0
    keep_own = frozenset(t for t, w in topic_work.items() if len(rooms) * w / total >= SHARED_BELOW)
    seen: dict[tuple[tuple[tuple[int, int], ...], int], LayoutFigures] = {}

    def tick(text: str) -> None:
        if progress is not None:
            used = min(limit_ticks, round((clock() - started) * 10))
            progress(used, limit_ticks, text)

    def run(plan: RoomPlan) -> LayoutFigures:
        key = (tuple(plan.counts.items()), plan.shared)
        if key not in seen:
            seen[key] = evaluate(days, apply_plan(rooms, plan), plan)
            tick(f"{len(seen) + 1}")
        return seen[key]

    current = evaluate(days, rooms)
    tick("1")
    start_plans: Iterable[RoomPlan] = (
        proportional_plan(topic_work, len(rooms)),
        plan_of(rooms, sorted(topic_work)),
    )
    best = min((run(p) for p in start_plans), key=lambda f: f.waits.mean)
    stopped = "converged"

    def over() -> bool:
        return cancelled() or clock() - started >= time_limit

    while not over():
        assert best.plan is not None
        round_best: LayoutFigures | None = None
        for candidate in _moves(best.plan, best, keep_own):
            if over():
                break
            result = run(candidate)
            if round_best is None or result.waits.mean < round_best.waits.mean:
                round_best = result
        if round_best is not None and round_best.waits.mean < best.waits.mean - MIN_GAIN:
            best = round_best
        elif not over():
            break
    if cancelled():
        stopped = "cancelled"
    elif clock() - started >= time_limit:
        stopped = "time_limit"
    if current.waits.mean <= best.waits.mean:
        best = current
    return PlanAdvice(current, best, len(seen) + 1, stopped, clock() - started)
