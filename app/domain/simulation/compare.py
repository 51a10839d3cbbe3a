"""The allocator against fixed routing and the pooled lower bound, over several seeds.

Budget (DESIGN.md §6): on the Pujiang-scale day the allocator's mean wait is at least
:data:`GAIN_BUDGET` below fixed topic→room routing and at most :data:`BOUND_BUDGET` × the
lower bound. Over several seeds both are taken on the total of the days (the mean of the
per-day means, as every day has the same number of batches).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.domain.simulation.bound import simulate_pooled
from app.domain.simulation.engine import simulate
from app.domain.simulation.metrics import WaitSummary, queue_samples, summarise
from app.domain.simulation.model import DayResult, Scenario
from app.domain.simulation.policies import fixed_routing_policy

GAIN_BUDGET = 0.30
"""The allocator's mean wait must be at least this share below fixed routing."""

BOUND_BUDGET = 1.15
"""… and at most this multiple of the lower bound."""


@dataclass(frozen=True)
class DayComparison:
    """One seed's day played three ways; ``utilisation`` per room number and the
    batches waiting every half hour are the allocator's."""

    seed: int
    allocator: WaitSummary
    fixed: WaitSummary
    bound: WaitSummary
    utilisation: tuple[tuple[int, float], ...]
    queue: tuple[tuple[float, int], ...]

    @property
    def gain(self) -> float:
        """Share by which the allocator's mean wait is below fixed routing's."""
        return 1.0 - self.allocator.mean / self.fixed.mean if self.fixed.mean > 0 else 0.0

    @property
    def ratio(self) -> float:
        """The allocator's mean wait over the lower bound's (1 when both are 0)."""
        if self.bound.mean > 0:
            return self.allocator.mean / self.bound.mean
        return 1.0 if self.allocator.mean == 0 else math.inf


def compare_day(seed: int, scenario: Scenario) -> DayComparison:
    """Play ``scenario`` with the allocator, with fixed routing and as the bound."""
    mine: DayResult = simulate(scenario)
    fixed = simulate(scenario, fixed_routing_policy(scenario.rooms))
    bound = simulate_pooled(scenario)
    until = max(mine.last_finish, scenario.close)
    return DayComparison(
        seed,
        summarise(mine),
        summarise(fixed),
        summarise(bound),
        tuple((r.number, r.utilisation) for r in mine.rooms),
        queue_samples(mine, 30.0, until),
    )


@dataclass(frozen=True)
class Verdict:
    """The budget over several days."""

    days: tuple[DayComparison, ...]

    def _total(self, pick: Callable[[DayComparison], WaitSummary]) -> float:
        return math.fsum(pick(d).mean for d in self.days)

    @property
    def allocator_mean(self) -> float:
        """Mean over the days of the allocator's mean wait."""
        return self._total(lambda d: d.allocator) / len(self.days)

    @property
    def fixed_mean(self) -> float:
        """… of fixed routing's."""
        return self._total(lambda d: d.fixed) / len(self.days)

    @property
    def bound_mean(self) -> float:
        """… of the lower bound's."""
        return self._total(lambda d: d.bound) / len(self.days)

    @property
    def gain(self) -> float:
        """Share below fixed routing, over all days."""
        return 1.0 - self.allocator_mean / self.fixed_mean if self.fixed_mean else 0.0

    @property
    def ratio(self) -> float:
        """Multiple of the lower bound, over all days."""
        return self.allocator_mean / self.bound_mean if self.bound_mean else 1.0

    @property
    def met(self) -> bool:
        """Whether both budgets hold."""
        return self.gain >= GAIN_BUDGET and self.ratio <= BOUND_BUDGET


def compare_days(
    seeds: Sequence[int],
    make: Callable[[int], Scenario],
    progress: Callable[[int, int, str], None] | None = None,
) -> Verdict:
    """Build the day of each seed with ``make`` and compare; ``progress(done, total,
    stage)`` after each day."""
    days = []
    for done, seed in enumerate(seeds, start=1):
        days.append(compare_day(seed, make(seed)))
        if progress is not None:
            progress(done, len(seeds), "simulate")
    return Verdict(tuple(days))
