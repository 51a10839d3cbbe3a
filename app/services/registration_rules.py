"""Limits and checks shared by registration and its corrections."""

from __future__ import annotations

from datetime import date

from app.domain.errors import InvalidInput

ELDERLY_AGE = 70
COLLECTIVE_HEAD_COUNT = 5
MAX_HEAD_COUNT = 500
MAX_TEXT = 4000
WRITE_ATTEMPTS = 3


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def check_texts(summary: str, demand: str, note: str) -> None:
    for field, value in (("summary", summary), ("demand", demand), ("note", note)):
        if len(value) > MAX_TEXT:
            raise InvalidInput(field, "too_long", {"max": MAX_TEXT})


def check_head_count(head_count: int, members: int) -> None:
    if not 1 <= head_count <= MAX_HEAD_COUNT:
        raise InvalidInput("head_count", "out_of_range", {"min": 1, "max": MAX_HEAD_COUNT})
    if head_count < members:
        raise InvalidInput("head_count", "fewer_than_named", {"named": members})
