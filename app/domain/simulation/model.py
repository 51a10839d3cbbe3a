"""Inputs and outputs of the day simulation; all times are minutes after the day starts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from app.domain.errors import InvalidInput
from app.domain.types import Priority

Hours = tuple[tuple[float, float], ...]
"""A room's open intervals ``(start, end)``, sorted and disjoint."""


@dataclass(frozen=True)
class SimRoom:
    """A reception room: the topics it serves and when it receives visitors.

    Between its intervals the room is on a break (no new visitors are sent to it, its queue
    waits); after its last interval it is closed for the day.
    """

    room_id: int
    number: int
    topic_ids: frozenset[int]
    hours: Hours
    general: bool = False

    def __post_init__(self) -> None:
        last = float("-inf")
        for start, end in self.hours:
            if not last <= start < end:
                raise InvalidInput("hours", "not_sorted_disjoint", {"room": self.number})
            last = end

    @property
    def open_minutes(self) -> float:
        """Minutes the room is scheduled to receive visitors."""
        return sum(end - start for start, end in self.hours)


@dataclass(frozen=True)
class Arrival:
    """A batch reaching the desk; ``service_minutes`` is how long its reception will
    really take (drawn when the scenario is made, so every policy sees the same day)."""

    key: int
    minute: float
    topic_id: int
    head_count: int
    priority: Priority
    service_minutes: float
    pre_registered: bool = False


@dataclass(frozen=True)
class Scenario:
    """One day to simulate.

    ``default_minutes`` are the organiser's expected one-person times per topic (the
    allocator's prior; it learns from finished receptions when ``learn``). Rooms keep
    receiving their queues after their last interval when no other room is open
    (overtime); no reception starts at or after ``hard_stop`` when it is set.
    """

    rooms: tuple[SimRoom, ...]
    arrivals: tuple[Arrival, ...]
    default_minutes: Mapping[int, float] = field(default_factory=dict)
    learn: bool = True
    hard_stop: float | None = None

    def __post_init__(self) -> None:
        if len({r.room_id for r in self.rooms}) != len(self.rooms):
            raise InvalidInput("rooms", "duplicate_room_id")
        if len({a.key for a in self.arrivals}) != len(self.arrivals):
            raise InvalidInput("arrivals", "duplicate_key")
        object.__setattr__(self, "default_minutes", MappingProxyType(dict(self.default_minutes)))

    @property
    def close(self) -> float:
        """When the last room's last interval ends."""
        return max((r.hours[-1][1] for r in self.rooms if r.hours), default=0.0)


@dataclass(frozen=True)
class VisitRecord:
    """What happened to one arrival: where and when it was received (None: unserved)."""

    key: int
    topic_id: int
    priority: Priority
    arrival: float
    room_id: int | None
    start: float | None
    finish: float | None

    @property
    def wait(self) -> float | None:
        """Minutes from the desk to the leader; None if never received."""
        return None if self.start is None else self.start - self.arrival


@dataclass(frozen=True)
class RoomRecord:
    """A room's day: minutes receiving (``busy``) and minutes staffed (its hours plus any
    reception that ran past them and any overtime)."""

    room_id: int
    number: int
    busy: float
    staffed: float
    receptions: int

    @property
    def utilisation(self) -> float:
        """Busy share of the staffed time (0 when never staffed)."""
        return self.busy / self.staffed if self.staffed > 0 else 0.0


@dataclass(frozen=True)
class DayResult:
    """The outcome of one simulated day.

    ``queue_length`` is a step function: ``(minute, batches waiting)`` at each change.
    """

    visits: tuple[VisitRecord, ...]
    rooms: tuple[RoomRecord, ...]
    queue_length: tuple[tuple[float, int], ...]
    events: int

    def served(self) -> tuple[VisitRecord, ...]:
        """The visits that were received."""
        return tuple(v for v in self.visits if v.start is not None)

    def unserved(self) -> tuple[VisitRecord, ...]:
        """The visits still waiting when the day stopped."""
        return tuple(v for v in self.visits if v.start is None)

    @property
    def last_finish(self) -> float:
        """When the last reception ended (0 if none)."""
        return max((v.finish for v in self.visits if v.finish is not None), default=0.0)
