"""The clock is injected everywhere: services never read the wall clock themselves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Something that tells the local time (naive, the venue's wall clock)."""

    def now(self) -> datetime:
        """The current local time."""
        ...


class SystemClock:
    """The machine's wall clock, to the second."""

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)


@dataclass
class ManualClock:
    """A clock tests and simulations move by hand."""

    current: datetime
    step: timedelta = field(default=timedelta(0))

    def now(self) -> datetime:
        value = self.current
        self.current = self.current + self.step
        return value

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward."""
        self.current += delta


@dataclass(frozen=True)
class ShiftedClock:
    """The wall clock moved by a fixed offset: the demo replays its day "now"."""

    offset: timedelta

    def now(self) -> datetime:
        return (datetime.now() + self.offset).replace(microsecond=0)
