"""Figures of a simulated day: waits, room use, queue length over time."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.domain.simulation.model import DayResult


@dataclass(frozen=True)
class WaitSummary:
    """Waits of the received batches in minutes, and how many were not received.

    ``utilisation`` is the busy share of all rooms' staffed time; ``last_finish`` the
    minute the last reception ended.
    """

    mean: float
    p95: float
    max: float
    served: int
    unserved: int
    utilisation: float
    last_finish: float


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (``share`` in 0..1) of ``values``; 0 when empty."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def summarise(result: DayResult, topic_ids: Iterable[int] | None = None) -> WaitSummary:
    """The wait figures of ``result`` (of the given topics only, when ``topic_ids``)."""
    wanted = None if topic_ids is None else frozenset(topic_ids)
    visits = [v for v in result.visits if wanted is None or v.topic_id in wanted]
    waits = [v.wait for v in visits if v.wait is not None]
    busy = math.fsum(r.busy for r in result.rooms)
    staffed = math.fsum(r.staffed for r in result.rooms)
    return WaitSummary(
        mean=math.fsum(waits) / len(waits) if waits else 0.0,
        p95=percentile(waits, 0.95),
        max=max(waits, default=0.0),
        served=len(waits),
        unserved=len(visits) - len(waits),
        utilisation=busy / staffed if staffed > 0 else 0.0,
        last_finish=result.last_finish,
    )


def queue_samples(result: DayResult, step: float, until: float) -> tuple[tuple[float, int], ...]:
    """Batches waiting at ``0, step, 2·step … until`` (the step function sampled)."""
    series = result.queue_length
    samples: list[tuple[float, int]] = []
    index, current = 0, 0
    for n in range(int(until // step) + 1):
        at = n * step
        while index < len(series) and series[index][0] <= at:
            current = series[index][1]
            index += 1
        samples.append((at, current))
    return tuple(samples)
