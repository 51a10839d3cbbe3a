"""Working days, colour deadlines and the statutory clocks of 信访工作条例.

Two ways of counting days (DESIGN §3 "Day counting"):

* colour deadlines (三色: green/yellow/red) count *working days* by default — weekends
  and holidays skipped, make-up working days (调休) counted — or plain calendar days
  when an event switches that off;
* statutory clocks count *calendar days*; a deadline that falls on a day off moves to
  the next working day.

Nothing here reads the clock: every function takes the dates it needs.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources

from app.domain.errors import InvalidInput
from app.domain.types import ClockStatus, Urgency

_ONE_DAY = timedelta(days=1)


def _weekdays_up_to(d: date) -> int:
    """Mondays-to-Fridays from 0001-01-01 (a Monday) up to and including ``d``."""
    weeks, rest = divmod(d.toordinal(), 7)
    return weeks * 5 + min(rest, 5)


@dataclass(frozen=True, slots=True)
class WorkCalendar:
    """Which days are working days.

    A day is a working day when it is listed in ``workdays`` (调休: a weekend day
    worked to make up for a holiday), or else when it is a Monday–Friday not listed
    in ``holidays``. ``known_years`` are the years the lists are complete for; outside
    them only weekends are days off, and the UI should say so.
    """

    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()
    known_years: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        clash = self.holidays & self.workdays
        if clash:
            raise InvalidInput(
                "workdays", "overlaps_holidays", {"dates": sorted(d.isoformat() for d in clash)}
            )

    def with_overrides(
        self,
        holidays: Iterable[date] = (),
        workdays: Iterable[date] = (),
        known_years: Iterable[int] = (),
    ) -> WorkCalendar:
        """A copy with an event's own days added; they win over this calendar's.

        A date given in ``holidays`` stops being a make-up working day and vice versa.

        Raises:
            InvalidInput: ``workdays``/``overlaps_holidays`` if a date is in both lists.
        """
        extra_holidays, extra_workdays = frozenset(holidays), frozenset(workdays)
        return WorkCalendar(
            holidays=(self.holidays - extra_workdays) | extra_holidays,
            workdays=(self.workdays - extra_holidays) | extra_workdays,
            known_years=self.known_years | frozenset(known_years),
        )

    def covers(self, d: date) -> bool:
        """Whether the holiday lists are known to be complete for ``d``'s year."""
        return d.year in self.known_years

    def is_working_day(self, d: date) -> bool:
        """Whether ``d`` is a working day."""
        if d in self.workdays:
            return True
        return d.weekday() < 5 and d not in self.holidays

    def next_working_day_on_or_after(self, d: date) -> date:
        """``d`` itself if it is a working day, else the first working day after it."""
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d

    def add_working_days(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` (``start`` itself never counts).

        ``n == 1`` is the next working day after ``start`` — for a Friday, usually the
        Monday. ``n == 0`` is ``start`` when that is a working day, else the next one.

        Raises:
            InvalidInput: ``days``/``negative`` when ``n < 0``.
        """
        if n < 0:
            raise InvalidInput("days", "negative", {"min": 0, "value": n})
        if n == 0:
            return self.next_working_day_on_or_after(start)
        d = start
        for _ in range(n):
            d = self.next_working_day_on_or_after(d + _ONE_DAY)
        return d

    def working_days_between(self, a: date, b: date) -> int:
        """Working days ``d`` with ``a < d <= b``; negative when ``b`` is before ``a``.

        The inverse of :meth:`add_working_days`: ``working_days_between(s,
        add_working_days(s, n)) == n`` for ``n >= 1``.
        """
        if b < a:
            return -self.working_days_between(b, a)
        count = _weekdays_up_to(b) - _weekdays_up_to(a)
        count -= sum(1 for h in self.holidays if a < h <= b and h.weekday() < 5)
        count += sum(1 for w in self.workdays if a < w <= b and w.weekday() >= 5)
        return count


# ------------------------------------------------------- colour deadlines


@dataclass(frozen=True, slots=True)
class DeadlineRules:
    """An event's 三色 rule: feedback due ``green``/``yellow``/``red`` days after handover.

    Days are working days unless ``use_working_days`` is off, in which case they are
    plain calendar days and a deadline is *not* moved off a weekend or holiday.
    """

    green: int = 1
    yellow: int = 3
    red: int = 7
    use_working_days: bool = True

    def __post_init__(self) -> None:
        for name in ("green", "yellow", "red"):
            value = getattr(self, name)
            if value < 1:
                raise InvalidInput(name, "not_positive", {"min": 1, "value": value})

    def days_for(self, urgency: Urgency) -> int:
        """The number of days the colour allows."""
        return {Urgency.GREEN: self.green, Urgency.YELLOW: self.yellow, Urgency.RED: self.red}[
            urgency
        ]

    def feedback_due(self, urgency: Urgency, handed_over_on: date, calendar: WorkCalendar) -> date:
        """The last day for the unit's feedback on an item handed over on ``handed_over_on``."""
        days = self.days_for(urgency)
        if self.use_working_days:
            return calendar.add_working_days(handed_over_on, days)
        return handed_over_on + timedelta(days=days)


# ------------------------------------------------------- statutory clocks


@dataclass(frozen=True, slots=True)
class StatutoryClocks:
    """The time limits of 信访工作条例 (2022), in calendar days.

    * ``acceptance_notice_days`` — art. 32: decide whether to accept and tell the
      petitioner in writing within 15 days of receiving the matter;
    * ``handling_days`` — art. 35: handle within 60 days of acceptance;
    * ``max_extension_days`` — art. 35: complex matters may be extended by at most 30
      days, with the approval of the body's head;
    * ``review_request_days`` — art. 36: a petitioner may ask for a review (复查)
      within 30 days of receiving the written answer.
    """

    acceptance_notice_days: int = 15
    handling_days: int = 60
    max_extension_days: int = 30
    review_request_days: int = 30


STATUTORY = StatutoryClocks()
"""The limits in force."""


def _statutory_due(start: date, days: int, cal: WorkCalendar) -> date:
    return cal.next_working_day_on_or_after(start + timedelta(days=days))


def acceptance_notice_due(
    received_on: date, cal: WorkCalendar, clocks: StatutoryClocks = STATUTORY
) -> date:
    """Last day to tell the petitioner whether the matter is accepted (15 days)."""
    return _statutory_due(received_on, clocks.acceptance_notice_days, cal)


def handling_due(accepted_on: date, cal: WorkCalendar, clocks: StatutoryClocks = STATUTORY) -> date:
    """Last day to finish handling an accepted matter (60 days)."""
    return _statutory_due(accepted_on, clocks.handling_days, cal)


def extended_handling_due(
    original_due: date,
    extension_days: int,
    cal: WorkCalendar,
    clocks: StatutoryClocks = STATUTORY,
) -> date:
    """The handling deadline after an extension of ``extension_days`` (at most 30).

    The extension counts from ``original_due`` as recorded (i.e. after any move off a
    day off), which never gives less time than the law.

    Raises:
        InvalidInput: ``extension_days``/``not_positive`` (details ``min``) or
            ``extension_days``/``exceeds_statutory_limit`` (details ``max``).
    """
    if extension_days < 1:
        raise InvalidInput("extension_days", "not_positive", {"min": 1})
    if extension_days > clocks.max_extension_days:
        raise InvalidInput(
            "extension_days", "exceeds_statutory_limit", {"max": clocks.max_extension_days}
        )
    return _statutory_due(original_due, extension_days, cal)


def review_request_due(
    answered_on: date, cal: WorkCalendar, clocks: StatutoryClocks = STATUTORY
) -> date:
    """Last day for the petitioner to request a review of the answer received on
    ``answered_on`` (30 days)."""
    return _statutory_due(answered_on, clocks.review_request_days, cal)


def clock_status(
    due: date, today: date, met_on: date | None = None, due_soon_days: int = 1
) -> ClockStatus:
    """The traffic light of one deadline as seen on ``today``.

    ``MET`` once ``met_on`` is set (whether late or not: compare ``met_on`` with
    ``due`` for that); otherwise ``OVERDUE`` after ``due``, ``DUE_SOON`` when at most
    ``due_soon_days`` calendar days are left (the due day itself included), else
    ``ON_TIME``.

    Raises:
        InvalidInput: ``due_soon_days``/``negative``.
    """
    if due_soon_days < 0:
        raise InvalidInput("due_soon_days", "negative", {"min": 0, "value": due_soon_days})
    if met_on is not None:
        return ClockStatus.MET
    if today > due:
        return ClockStatus.OVERDUE
    if (due - today).days <= due_soon_days:
        return ClockStatus.DUE_SOON
    return ClockStatus.ON_TIME


# ------------------------------------------------------------ holiday data


def parse_holiday_csv(text: str) -> WorkCalendar:
    """A calendar from CSV rows ``date,kind,name`` (``kind`` is ``holiday`` or ``workday``).

    A header row ``date,kind,name``, blank lines and lines starting with ``#`` are
    skipped. ``known_years`` are the years that occur in the file. Events can keep
    their own lists in this format and apply them with :meth:`WorkCalendar.with_overrides`.

    Raises:
        InvalidInput: ``holidays_csv``/``bad_row`` with the 1-based ``line`` number.
    """
    holidays: set[date] = set()
    workdays: set[date] = set()
    for line_no, row in enumerate(csv.reader(text.splitlines()), start=1):
        cells = [cell.strip() for cell in row]
        if not "".join(cells) or cells[0].startswith("#") or cells[:2] == ["date", "kind"]:
            continue
        kind = cells[1] if len(cells) > 1 else ""
        try:
            day = date.fromisoformat(cells[0])
        except ValueError:
            kind = ""
        if kind == "holiday":
            holidays.add(day)
        elif kind == "workday":
            workdays.add(day)
        else:
            raise InvalidInput("holidays_csv", "bad_row", {"line": line_no, "row": ",".join(row)})
    return WorkCalendar(
        holidays=frozenset(holidays),
        workdays=frozenset(workdays),
        known_years=frozenset(d.year for d in holidays | workdays),
    )


@functools.cache
def default_china_calendar() -> WorkCalendar:
    """China's official holidays and make-up working days shipped with the app.

    Loaded once from ``app/domain/data/holidays_cn.csv`` (source and years covered:
    ``HOLIDAYS-SOURCE.md`` beside it).
    """
    data = resources.files("app.domain") / "data" / "holidays_cn.csv"
    return parse_holiday_csv(data.read_text(encoding="utf-8"))
