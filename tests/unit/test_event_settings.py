"""Per-event settings: validation, JSON round trip, calendar and colour rules."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.domain.errors import InvalidInput
from app.domain.event_settings import EventSettings, deadline_rules, event_calendar
from app.domain.types import Urgency

G, Y, R = Urgency.GREEN, Urgency.YELLOW, Urgency.RED


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"urgency_days": {G: 0, Y: 3, R: 7}}, "urgency_days.green", "out_of_range"),
        ({"urgency_days": {G: 1, Y: 3, R: 31}}, "urgency_days.red", "out_of_range"),
        ({"urgency_days": {G: 1, Y: 3}}, "urgency_days.red", "out_of_range"),
        ({"urgency_days": {G: 1, Y: 8, R: 7}}, "urgency_days", "not_increasing"),
        ({"urgency_days": {G: 4, Y: 3, R: 7}}, "urgency_days", "not_increasing"),
        (
            {
                "holidays": frozenset({date(2026, 12, 5)}),
                "make_up_days": frozenset({date(2026, 12, 5)}),
            },
            "make_up_days",
            "also_a_holiday",
        ),
        ({"due_soon_days": -1}, "due_soon_days", "out_of_range"),
        ({"due_soon_days": 11}, "due_soon_days", "out_of_range"),
    ],
)
def test_invalid_settings_name_the_field(changes: dict[str, Any], field: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as error:
        EventSettings().with_changes(**changes)
    assert (error.value.field, error.value.reason) == (field, reason)


def test_json_round_trip_and_defaults() -> None:
    settings = EventSettings(
        urgency_days={G: 2, Y: 4, R: 10},
        use_working_days=False,
        holidays=frozenset({date(2026, 12, 7)}),
        make_up_days=frozenset({date(2026, 12, 12)}),
        supervision_phone="0579-1234567",
        due_soon_days=2,
        wording={"slip_title": "交办单"},
    )
    assert EventSettings.from_json(settings.to_json()) == settings
    assert EventSettings.from_json(None) == EventSettings()
    assert EventSettings.from_json({}).urgency_days == {G: 1, Y: 3, R: 7}


def test_event_calendar_and_deadline_rules_follow_the_settings() -> None:
    settings = EventSettings(
        holidays=frozenset({date(2026, 12, 7)}), make_up_days=frozenset({date(2026, 12, 12)})
    )
    cal = event_calendar(settings)
    assert not cal.is_working_day(date(2026, 12, 7))  # an extra local holiday (Monday)
    assert cal.is_working_day(date(2026, 12, 12))  # a local make-up Saturday
    rules = deadline_rules(settings)
    # handed over Friday 2026-12-04: Monday is off, so one working day later is Tuesday
    assert rules.feedback_due(G, date(2026, 12, 4), cal) == date(2026, 12, 8)
    calendar_days = deadline_rules(settings.with_changes(use_working_days=False))
    assert calendar_days.feedback_due(G, date(2026, 12, 4), cal) == date(2026, 12, 5)
