"""Per-event settings (stored as JSON on the event) with sensible defaults."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from app.domain.calendar import DeadlineRules, WorkCalendar, default_china_calendar
from app.domain.errors import InvalidInput
from app.domain.types import Urgency

DEFAULT_URGENCY_DAYS: Mapping[Urgency, int] = {Urgency.GREEN: 1, Urgency.YELLOW: 3, Urgency.RED: 7}


@dataclass(frozen=True)
class EventSettings:
    """Choices an organiser makes per reception day.

    ``holidays`` and ``make_up_days`` extend the built-in China calendar; ``wording``
    overrides document texts by key (titles, footers, receipt paragraphs).
    """

    urgency_days: Mapping[Urgency, int] = field(default_factory=lambda: dict(DEFAULT_URGENCY_DAYS))
    use_working_days: bool = True
    holidays: frozenset[date] = frozenset()
    make_up_days: frozenset[date] = frozenset()
    supervision_phone: str = ""
    due_soon_days: int = 1
    wording: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for urgency in Urgency:
            days = self.urgency_days.get(urgency)
            if days is None or not 1 <= days <= 30:
                raise InvalidInput(
                    f"urgency_days.{urgency.value}", "out_of_range", {"min": 1, "max": 30}
                )
        if not (
            self.urgency_days[Urgency.GREEN]
            <= self.urgency_days[Urgency.YELLOW]
            <= self.urgency_days[Urgency.RED]
        ):
            raise InvalidInput("urgency_days", "not_increasing")
        if self.holidays & self.make_up_days:
            raise InvalidInput("make_up_days", "also_a_holiday")
        if not 0 <= self.due_soon_days <= 10:
            raise InvalidInput("due_soon_days", "out_of_range", {"min": 0, "max": 10})

    def to_json(self) -> dict[str, Any]:
        """The JSON stored on the event."""
        return {
            "urgency_days": {u.value: d for u, d in self.urgency_days.items()},
            "use_working_days": self.use_working_days,
            "holidays": sorted(d.isoformat() for d in self.holidays),
            "make_up_days": sorted(d.isoformat() for d in self.make_up_days),
            "supervision_phone": self.supervision_phone,
            "due_soon_days": self.due_soon_days,
            "wording": dict(self.wording),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> EventSettings:
        """Read stored settings; missing keys take their defaults."""
        data = data or {}
        days = dict(DEFAULT_URGENCY_DAYS)
        for key, value in (data.get("urgency_days") or {}).items():
            days[Urgency(key)] = int(value)
        return cls(
            urgency_days=days,
            use_working_days=bool(data.get("use_working_days", True)),
            holidays=frozenset(date.fromisoformat(d) for d in data.get("holidays", [])),
            make_up_days=frozenset(date.fromisoformat(d) for d in data.get("make_up_days", [])),
            supervision_phone=str(data.get("supervision_phone", "")),
            due_soon_days=int(data.get("due_soon_days", 1)),
            wording={str(k): str(v) for k, v in (data.get("wording") or {}).items()},
        )

    def with_changes(self, **changes: Any) -> EventSettings:
        """A copy with some settings changed (validated again)."""
        return replace(self, **changes)


def event_calendar(settings: EventSettings) -> WorkCalendar:
    """The built-in China calendar with the event's own holidays and make-up days."""
    return default_china_calendar().with_overrides(
        holidays=settings.holidays, workdays=settings.make_up_days
    )


def deadline_rules(settings: EventSettings) -> DeadlineRules:
    """The event's colour deadlines."""
    days = settings.urgency_days
    return DeadlineRules(
        green=days[Urgency.GREEN],
        yellow=days[Urgency.YELLOW],
        red=days[Urgency.RED],
        use_working_days=settings.use_working_days,
    )
