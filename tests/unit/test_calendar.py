"""Working days, colour deadlines, statutory clocks, holiday data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import astuple as astuple_of
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.calendar import (
    STATUTORY,
    DeadlineRules,
    StatutoryClocks,
    WorkCalendar,
    acceptance_notice_due,
    clock_status,
    default_china_calendar,
    extended_handling_due,
    handling_due,
    parse_holiday_csv,
    review_request_due,
)
from app.domain.errors import InvalidInput
from app.domain.types import ClockStatus, Urgency

CN = default_china_calendar()
PLAIN = WorkCalendar()
D = date.fromisoformat


# ------------------------------------------------------------ holiday data


def test_default_calendar_is_cached_and_covers_2025_2026() -> None:
    assert default_china_calendar() is CN
    assert CN.known_years == {2025, 2026}
    assert CN.covers(D("2026-11-25"))
    assert not CN.covers(D("2027-01-01"))


def test_default_data_is_consistent() -> None:
    assert all(d.weekday() >= 5 for d in CN.workdays)  # 调休 days are weekend days
    assert (len(CN.holidays), len(CN.workdays)) == (61, 11)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2026-10-01", False),  # 国庆节
        ("2026-10-07", False),
        ("2026-10-08", True),
        ("2026-10-10", True),  # Saturday worked for National Day
        ("2026-10-11", False),  # an ordinary Sunday
        ("2026-09-20", True),  # Sunday worked for National Day
        ("2026-09-25", False),  # 中秋节 (Friday)
        ("2026-02-14", True),  # Saturday worked for 春节
        ("2026-02-16", False),  # 除夕
        ("2026-02-23", False),  # last day of 春节
        ("2026-02-24", True),
        ("2026-02-28", True),  # Saturday worked for 春节
        ("2026-01-04", True),  # Sunday worked for 元旦
        ("2026-11-25", True),  # an ordinary Wednesday
        ("2025-10-06", False),  # 中秋节 2025
        ("2025-10-11", True),
        ("2027-01-01", True),  # 2027 not in the data yet: only weekends are off
    ],
)
def test_default_calendar_working_days(day: str, working: bool) -> None:
    assert CN.is_working_day(D(day)) is working


def test_parse_holiday_csv_skips_comments_header_and_blank_lines() -> None:
    cal = parse_holiday_csv(
        "# comment\n\ndate,kind,name\n2030-01-01, holiday ,元旦\n2030-01-05,workday,调休\n ,\n"
    )
    assert cal == WorkCalendar(
        holidays=frozenset({D("2030-01-01")}),
        workdays=frozenset({D("2030-01-05")}),
        known_years=frozenset({2030}),
    )


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("2030-01-01,vacation,x", 1),
        ("date,kind,name\n2030-13-01,holiday,x", 2),
        ("# c\n2030-01-01", 2),
    ],
)
def test_parse_holiday_csv_bad_rows(text: str, line: int) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_holiday_csv(text)
    assert (caught.value.field, caught.value.reason) == ("holidays_csv", "bad_row")
    assert caught.value.details["line"] == line


def test_a_day_cannot_be_both_holiday_and_workday() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_holiday_csv("2030-01-05,holiday,x\n2030-01-05,workday,y")
    assert caught.value.reason == "overlaps_holidays"
    assert caught.value.details == {"dates": ["2030-01-05"]}


def test_event_overrides() -> None:
    local = CN.with_overrides(
        holidays=[D("2026-11-27"), D("2026-10-10")], workdays=[D("2026-10-07")], known_years=[2027]
    )
    assert not local.is_working_day(D("2026-11-27"))  # a local day off
    assert not local.is_working_day(D("2026-10-10"))  # no longer a make-up working day
    assert local.is_working_day(D("2026-10-07"))  # worked after all
    assert local.known_years == {2025, 2026, 2027}
    assert CN.is_working_day(D("2026-10-10"))  # the shared calendar is unchanged
    with pytest.raises(InvalidInput):
        CN.with_overrides(holidays=[D("2026-12-01")], workdays=[D("2026-12-01")])


# ----------------------------------------------------------- working days


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        ("2026-11-20", 1, "2026-11-23"),  # Friday -> Monday
        ("2026-11-21", 1, "2026-11-23"),  # a reception day held on a Saturday
        ("2026-11-23", 0, "2026-11-23"),
        ("2026-11-21", 0, "2026-11-23"),
        ("2026-09-30", 1, "2026-10-08"),  # over National Day week
        ("2026-09-30", 3, "2026-10-10"),  # the make-up Saturday counts
        ("2026-02-13", 1, "2026-02-14"),  # Friday before 春节 -> make-up Saturday
        ("2026-02-13", 2, "2026-02-24"),
        ("2026-12-31", 1, "2027-01-01"),
    ],
)
def test_add_working_days(start: str, n: int, expected: str) -> None:
    assert CN.add_working_days(D(start), n) == D(expected)


def test_add_working_days_rejects_negative() -> None:
    with pytest.raises(InvalidInput) as caught:
        CN.add_working_days(D("2026-11-20"), -1)
    assert (caught.value.field, caught.value.reason) == ("days", "negative")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2026-11-20", "2026-11-20", 0),
        ("2026-11-20", "2026-11-23", 1),
        ("2026-11-23", "2026-11-20", -1),
        ("2026-09-30", "2026-10-10", 3),
        ("2026-02-13", "2026-03-02", 7),
        ("2026-01-01", "2026-12-31", 248),  # 261 weekdays - 19 holidays + 6 make-up days
    ],
)
def test_working_days_between(a: str, b: str, expected: int) -> None:
    assert CN.working_days_between(D(a), D(b)) == expected


def test_next_working_day_on_or_after() -> None:
    assert CN.next_working_day_on_or_after(D("2026-10-01")) == D("2026-10-08")
    assert CN.next_working_day_on_or_after(D("2026-10-10")) == D("2026-10-10")


days_2024_2028 = st.dates(date(2024, 6, 1), date(2027, 6, 30))


@st.composite
def calendars(draw: st.DrawFn) -> WorkCalendar:
    """The shipped calendar, a plain one, or random lists (weekday holidays, weekend workdays)."""
    kind = draw(st.sampled_from(["cn", "plain", "random"]))
    if kind == "cn":
        return CN
    if kind == "plain":
        return PLAIN
    days = st.sets(days_2024_2028, max_size=80)
    holidays = draw(days)
    workdays = draw(days) - holidays
    return WorkCalendar(frozenset(holidays), frozenset(workdays))


@given(calendars(), days_2024_2028, st.integers(1, 40))
def test_add_working_days_lands_on_a_working_day_and_increases(
    cal: WorkCalendar, start: date, n: int
) -> None:
    due = cal.add_working_days(start, n)
    assert cal.is_working_day(due)
    assert start < due
    if n > 1:
        assert cal.add_working_days(start, n - 1) < due
    assert cal.add_working_days(start, 0) <= cal.add_working_days(start, 1)
    assert cal.working_days_between(start, due) == n


@given(calendars(), days_2024_2028, st.integers(-60, 60))
def test_working_days_between_matches_counting(cal: WorkCalendar, a: date, offset: int) -> None:
    b = a + timedelta(days=offset)
    lo, hi = min(a, b), max(a, b)
    counted = sum(cal.is_working_day(lo + timedelta(days=k)) for k in range(1, (hi - lo).days + 1))
    assert cal.working_days_between(a, b) == (counted if b >= a else -counted)


# ------------------------------------------------------- colour deadlines


@pytest.mark.parametrize(
    ("urgency", "handed_over", "expected"),
    [
        (Urgency.GREEN, "2026-11-20", "2026-11-23"),  # Friday -> Monday
        (Urgency.YELLOW, "2026-11-20", "2026-11-25"),
        (Urgency.RED, "2026-11-20", "2026-12-01"),
        (Urgency.GREEN, "2026-09-30", "2026-10-08"),  # National Day week
        (Urgency.YELLOW, "2026-09-30", "2026-10-10"),  # make-up Saturday
        (Urgency.RED, "2026-09-30", "2026-10-15"),
        (Urgency.GREEN, "2026-02-13", "2026-02-14"),  # 春节: make-up Saturday
        (Urgency.YELLOW, "2026-02-13", "2026-02-25"),
        (Urgency.RED, "2026-02-13", "2026-03-02"),  # 2026-02-28 is worked too
    ],
)
def test_feedback_due_in_working_days(urgency: Urgency, handed_over: str, expected: str) -> None:
    assert DeadlineRules().feedback_due(urgency, D(handed_over), CN) == D(expected)


@pytest.mark.parametrize(
    ("urgency", "expected"),
    [(Urgency.GREEN, "2026-09-25"), (Urgency.YELLOW, "2026-09-27"), (Urgency.RED, "2026-10-01")],
)
def test_feedback_due_in_calendar_days_is_not_moved(urgency: Urgency, expected: str) -> None:
    rules = DeadlineRules(use_working_days=False)
    assert rules.feedback_due(urgency, D("2026-09-24"), CN) == D(expected)


def test_deadline_rules_per_event() -> None:
    rules = DeadlineRules(green=2, yellow=5, red=10)
    assert [rules.days_for(u) for u in Urgency] == [2, 5, 10]
    assert rules.feedback_due(Urgency.GREEN, D("2026-11-20"), CN) == D("2026-11-24")


@pytest.mark.parametrize("field", ["green", "yellow", "red"])
def test_deadline_rules_reject_non_positive(field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        DeadlineRules(**{field: 0})  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.reason) == (field, "not_positive")


# ------------------------------------------------------- statutory clocks

Due = Callable[[date, WorkCalendar], date]


@pytest.mark.parametrize(
    ("due_fn", "start", "expected"),
    [
        (acceptance_notice_due, "2026-11-02", "2026-11-17"),  # +15, a Tuesday
        (acceptance_notice_due, "2026-11-13", "2026-11-30"),  # +15 = Saturday -> Monday
        (acceptance_notice_due, "2026-09-16", "2026-10-08"),  # +15 = 2026-10-01 -> after the week
        (acceptance_notice_due, "2026-09-25", "2026-10-10"),  # +15 = make-up Saturday: stays
        (handling_due, "2026-08-02", "2026-10-08"),  # +60 = 2026-10-01
        (handling_due, "2026-11-25", "2027-01-25"),  # +60 = Sunday 2027-01-24
        (review_request_due, "2026-09-01", "2026-10-08"),  # +30 = 2026-10-01
        (review_request_due, "2026-01-15", "2026-02-14"),  # +30 = make-up Saturday: stays
        (review_request_due, "2026-01-17", "2026-02-24"),  # +30 = 2026-02-16, 春节
    ],
)
def test_statutory_deadlines(due_fn: Due, start: str, expected: str) -> None:
    assert due_fn(D(start), CN) == D(expected)


def test_statutory_deadline_on_spring_festival_moves_past_it() -> None:
    assert acceptance_notice_due(D("2026-02-01"), CN) == D("2026-02-24")  # +15 = 2026-02-16


@pytest.mark.parametrize(
    ("original", "days", "expected"),
    [
        ("2026-09-01", 30, "2026-10-08"),  # lands on 2026-10-01
        ("2026-11-02", 10, "2026-11-12"),
        ("2026-11-02", 1, "2026-11-03"),
    ],
)
def test_extended_handling_due(original: str, days: int, expected: str) -> None:
    assert extended_handling_due(D(original), days, CN) == D(expected)


@pytest.mark.parametrize(
    ("days", "reason", "details"),
    [
        (31, "exceeds_statutory_limit", {"max": 30}),
        (0, "not_positive", {"min": 1}),
        (-5, "not_positive", {"min": 1}),
    ],
)
def test_extension_limits(days: int, reason: str, details: dict[str, int]) -> None:
    with pytest.raises(InvalidInput) as caught:
        extended_handling_due(D("2026-11-02"), days, CN)
    assert (caught.value.field, caught.value.reason, caught.value.details) == (
        "extension_days",
        reason,
        details,
    )


def test_statutory_limits_in_force() -> None:
    assert astuple_of(STATUTORY) == (15, 60, 30, 30)
    shorter = StatutoryClocks(acceptance_notice_days=10)
    assert acceptance_notice_due(D("2026-11-02"), PLAIN, shorter) == D("2026-11-12")


@given(calendars(), days_2024_2028, st.sampled_from([acceptance_notice_due, handling_due]))
def test_statutory_due_is_a_working_day_at_or_after_the_calendar_deadline(
    cal: WorkCalendar, start: date, due_fn: Due
) -> None:
    due = due_fn(start, cal)
    assert cal.is_working_day(due)
    assert due >= start + timedelta(days=15)


# ------------------------------------------------------------ clock status


@pytest.mark.parametrize(
    ("due", "today", "met_on", "soon", "expected"),
    [
        ("2026-11-30", "2026-11-25", None, 1, ClockStatus.ON_TIME),
        ("2026-11-30", "2026-11-29", None, 1, ClockStatus.DUE_SOON),
        ("2026-11-30", "2026-11-30", None, 1, ClockStatus.DUE_SOON),  # due today
        ("2026-11-30", "2026-11-30", None, 0, ClockStatus.DUE_SOON),
        ("2026-11-30", "2026-11-29", None, 0, ClockStatus.ON_TIME),
        ("2026-11-30", "2026-11-27", None, 3, ClockStatus.DUE_SOON),
        ("2026-11-30", "2026-12-01", None, 1, ClockStatus.OVERDUE),
        ("2026-11-30", "2026-12-01", "2026-11-28", 1, ClockStatus.MET),
        ("2026-11-30", "2026-12-05", "2026-12-03", 1, ClockStatus.MET),  # met late
    ],
)
def test_clock_status(
    due: str, today: str, met_on: str | None, soon: int, expected: ClockStatus
) -> None:
    met = D(met_on) if met_on else None
    assert clock_status(D(due), D(today), met, due_soon_days=soon) is expected


def test_clock_status_defaults_and_rejects_negative_window() -> None:
    assert clock_status(D("2026-11-30"), D("2026-11-01")) is ClockStatus.ON_TIME
    with pytest.raises(InvalidInput) as caught:
        clock_status(D("2026-11-30"), D("2026-11-01"), due_soon_days=-1)
    assert (caught.value.field, caught.value.reason) == ("due_soon_days", "negative")
