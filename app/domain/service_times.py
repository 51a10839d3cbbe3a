"""Expected reception durations, learned during the day.

The model, in minutes:

* Every topic has a **base time**: how long a one-person batch takes in front of the
  leader. Before the day it is the organiser's default for the topic (or
  ``fallback_minutes``).
* A batch of ``n`` people takes ``base × head_count_factor(n)`` where
  ``head_count_factor(n) = min(1 + 0.1 × (n − 1), 2.0)``: every extra person adds 10 %,
  so a collective visit (集体访, 5 or more people) takes at least 1.4× and the growth stops
  at 2× (11 people and more), because large groups speak through representatives. The
  factor is continuous on purpose: a cliff at 5 would make a 5-person batch 40 % longer
  than a 4-person one.
* Finished receptions update the base time. Each duration is first normalised to a
  one-person batch (divided by its head-count factor); the base is then the mean of those
  observations shrunk towards the default with a pseudo-count ``k``::

      base = (k × default + Σ observations) / (k + number of observations)

  With ``k = 3`` the first one or two receptions of a topic only move the estimate part of
  the way; after a dozen the day's own data dominates.

Everything here is clock-free: durations are plain minutes, ``minutes_between`` converts
the timestamps the services hold.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType

from app.domain.errors import InvalidInput

HEAD_COUNT_STEP = 0.1
"""Extra share of the base time that each person beyond the first adds."""

HEAD_COUNT_CAP = 2.0
"""The head-count factor never exceeds this."""

DEFAULT_PSEUDO_COUNT = 3.0
"""How many finished receptions the default prior is worth."""

DEFAULT_FALLBACK_MINUTES = 15.0
"""Base time of a topic without a configured default."""


def head_count_factor(head_count: int) -> float:
    """How much longer a batch of ``head_count`` people takes than a single person.

    ``min(1 + 0.1 × (n − 1), 2.0)``; head counts below 1 count as 1.
    """
    extra_people = max(head_count, 1) - 1
    return min(1.0 + HEAD_COUNT_STEP * extra_people, HEAD_COUNT_CAP)


def minutes_between(start: datetime, end: datetime) -> float:
    """Length of ``start``→``end`` in minutes (negative if ``end`` is earlier)."""
    return (end - start).total_seconds() / 60.0


@dataclass(frozen=True)
class FinishedReception:
    """One reception that ended today: its topic, batch size and duration in minutes."""

    topic_id: int
    head_count: int
    duration_minutes: float


@dataclass(frozen=True)
class ServiceTimes:
    """Expected service minutes per topic; build it with :meth:`learn`.

    ``base_minutes`` maps a topic to the expected minutes of a one-person batch; topics
    not in it use ``fallback_minutes``.
    """

    base_minutes: Mapping[int, float]
    fallback_minutes: float = DEFAULT_FALLBACK_MINUTES

    def __post_init__(self) -> None:
        if not self.fallback_minutes > 0:
            raise InvalidInput("fallback_minutes", "must_be_positive")
        # A read-only copy: the caller's dict may change, this value must not.
        object.__setattr__(self, "base_minutes", MappingProxyType(dict(self.base_minutes)))

    @classmethod
    def learn(
        cls,
        finished: Iterable[FinishedReception],
        defaults: Mapping[int, float],
        fallback_minutes: float = DEFAULT_FALLBACK_MINUTES,
        pseudo_count: float = DEFAULT_PSEUDO_COUNT,
    ) -> ServiceTimes:
        """Estimate base times from the day's finished receptions (see the module notes).

        ``defaults`` holds the organiser's prior per topic. Negative durations (clock
        skew between stations) are ignored; zero is kept as a real, very short reception.
        """
        if not pseudo_count > 0:
            raise InvalidInput("pseudo_count", "must_be_positive")
        observed: dict[int, list[float]] = {}
        for reception in finished:
            if reception.duration_minutes < 0:
                continue
            normalised = reception.duration_minutes / head_count_factor(reception.head_count)
            observed.setdefault(reception.topic_id, []).append(normalised)
        base: dict[int, float] = {}
        for topic_id in set(defaults) | set(observed):
            prior = defaults.get(topic_id, fallback_minutes)
            values = observed.get(topic_id, [])
            total = math.fsum([pseudo_count * prior, *values])
            base[topic_id] = total / (pseudo_count + len(values))
        return cls(base, fallback_minutes)

    def base_for(self, topic_id: int) -> float:
        """Expected minutes of a one-person batch on ``topic_id``."""
        return self.base_minutes.get(topic_id, self.fallback_minutes)

    def expected_minutes(self, topic_id: int, head_count: int) -> float:
        """Expected minutes of a batch of ``head_count`` people on ``topic_id``."""
        return self.base_for(topic_id) * head_count_factor(head_count)
