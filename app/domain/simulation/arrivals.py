"""Draw a day: when batches arrive, how long they take, when rooms are open.

Arrivals, in minutes after the rooms open:

* a pre-registered batch with a time window comes around its start, from 15 minutes
  early to 25 minutes late (uniform); one without a window (booked by phone) and every
  walk-in comes over the desk's hours, most in the first hour (triangular from 0 to
  ``desk_close`` with its mode at ``peak``) — a fixed number of walk-ins whose times
  are drawn independently, i.e. an inhomogeneous Poisson process given its count;
* walk-ins are elderly or disabled (priority lane) with the shape's shares; every
  pre-registered batch is in the priority lane (pre-booked).

Service times: the topic's expected one-person minutes (the organiser's default) × a
per-topic factor for how far the default is off today (log-normal, σ =
``topic_spread``) × :func:`~app.domain.service_times.head_count_factor` × a log-normal
factor of mean 1 and σ = ``service_spread`` per batch.

Room hours (:func:`room_hours`): open from 0 to ``close``, one short break each
(staggered) and lunch in two shifts (odd and even positions), so the hall never stops;
listed rooms close early for good.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.domain.service_times import DEFAULT_FALLBACK_MINUTES, head_count_factor
from app.domain.simulation.model import Arrival, Hours
from app.domain.types import Priority

TYPICAL_PRE_REGISTERED_SHARE = 0.40
"""Share of a day's batches that pre-register (the demo day's; Qujiang gathered 167)."""


@dataclass(frozen=True)
class DayShape:
    """The day's timetable and variability; defaults: an 8-hour day, 08:00–16:00."""

    close: float = 480.0
    desk_close: float = 420.0
    peak: float = 45.0
    lunch_minutes: float = 45.0
    lunch_starts: tuple[float, float] = (210.0, 255.0)
    break_minutes: float = 10.0
    break_at: float = 100.0
    break_stagger: float = 15.0
    window_early: float = 15.0
    window_late: float = 25.0
    elderly_share: float = 0.10
    disabled_share: float = 0.02
    topic_spread: float = 0.10
    service_spread: float = 0.35


@dataclass(frozen=True)
class PlannedVisit:
    """A batch expected on the day: pre-registered (maybe with a window) or a walk-in."""

    topic_id: int
    head_count: int
    pre_registered: bool = False
    window_start: float | None = None
    priority: Priority | None = None


def room_hours(shape: DayShape, position: int, closes_at: float | None = None) -> Hours:
    """Open intervals of the room at ``position`` (0-based) in the hall."""
    brk = shape.break_at + shape.break_stagger * (position % 4)
    lunch = shape.lunch_starts[position % 2]
    cuts = sorted([(brk, brk + shape.break_minutes), (lunch, lunch + shape.lunch_minutes)])
    end = shape.close if closes_at is None else min(closes_at, shape.close)
    hours: list[tuple[float, float]] = []
    start = 0.0
    for cut_start, cut_end in cuts:
        if cut_start > start:
            hours.append((start, min(cut_start, end)))
        start = max(start, cut_end)
    hours.append((start, end))
    return tuple((a, b) for a, b in hours if a < b)


def _lognormal_mean_one(rng: random.Random, sigma: float) -> float:
    return rng.lognormvariate(-sigma * sigma / 2, sigma) if sigma > 0 else 1.0


def draw_arrivals(
    rng: random.Random,
    visits: Sequence[PlannedVisit],
    default_minutes: Mapping[int, float],
    shape: DayShape,
) -> tuple[Arrival, ...]:
    """The day's arrivals for ``visits`` (keys 1, 2, … in the given order)."""
    topics = sorted({v.topic_id for v in visits})
    off = {t: _lognormal_mean_one(rng, shape.topic_spread) for t in topics}
    arrivals: list[Arrival] = []
    for key, visit in enumerate(visits, start=1):
        if visit.window_start is not None:
            minute = visit.window_start + rng.uniform(-shape.window_early, shape.window_late)
        else:
            minute = rng.triangular(0.0, shape.desk_close, shape.peak)
        minute = min(max(minute, 0.0), shape.desk_close)
        priority = visit.priority or _priority(rng, visit, shape)
        base = default_minutes.get(visit.topic_id, DEFAULT_FALLBACK_MINUTES) * off[visit.topic_id]
        service = base * head_count_factor(visit.head_count)
        service *= _lognormal_mean_one(rng, shape.service_spread)
        arrivals.append(
            Arrival(
                key,
                round(minute, 3),
                visit.topic_id,
                visit.head_count,
                priority,
                round(max(service, 1.0), 3),
                visit.pre_registered,
            )
        )
    return tuple(arrivals)


def _priority(rng: random.Random, visit: PlannedVisit, shape: DayShape) -> Priority:
    if visit.pre_registered:
        return Priority.PRE_BOOKED
    draw = rng.random()
    if draw < shape.disabled_share:
        return Priority.DISABLED
    if draw < shape.disabled_share + shape.elderly_share:
        return Priority.ELDERLY
    return Priority.NORMAL


def walk_ins_like(
    rng: random.Random, pre_registered: Sequence[PlannedVisit], count: int
) -> list[PlannedVisit]:
    """``count`` walk-ins with the topics and head counts of the pre-registrations
    (sampled with replacement); none when there are no pre-registrations."""
    if not pre_registered:
        return []
    return [
        PlannedVisit(pick.topic_id, pick.head_count)
        for pick in (rng.choice(pre_registered) for _ in range(count))
    ]


def expected_work(
    visits: Sequence[PlannedVisit], default_minutes: Mapping[int, float]
) -> dict[int, float]:
    """Expected reception minutes per topic (defaults × head-count factor)."""
    work: dict[int, float] = {}
    for visit in visits:
        minutes = default_minutes.get(visit.topic_id, DEFAULT_FALLBACK_MINUTES)
        work[visit.topic_id] = work.get(visit.topic_id, 0.0) + minutes * head_count_factor(
            visit.head_count
        )
    return dict(sorted(work.items()))
