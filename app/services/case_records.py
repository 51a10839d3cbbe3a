"""Creating a case: number it from the event's counter and give it a query code."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.numbering import format_case_number, new_query_code
from app.domain.types import StatutoryCategory
from app.models import Case
from app.services.context import case_number_scope, take_number

QueryCodeSource = Callable[[], str]


class NumberingEvent(Protocol):
    """What numbering a case needs of its event (a :class:`ReceptionEvent` will do)."""

    @property
    def id(self) -> int: ...

    @property
    def event_date(self) -> date: ...

    @property
    def case_number_prefix(self) -> str: ...


@dataclass(frozen=True)
class EventNumbering:
    """:class:`NumberingEvent` read earlier, outside the write transaction."""

    id: int
    event_date: date
    case_number_prefix: str


def create_case(
    session: Session,
    event: NumberingEvent,
    *,
    visit_id: int,
    topic_id: int,
    summary: str,
    demand: str,
    category: StatutoryCategory,
    is_confidential: bool,
    accused_unit_id: int | None,
    room_id: int | None,
    now: datetime,
    query_codes: QueryCodeSource = new_query_code,
    look_before_insert: bool = True,
) -> Case:
    """Insert a case numbered ``<prefix><date>-<seq>`` with a fresh random query code.

    A caller that retries its whole transaction on an ``IntegrityError`` (registration)
    passes ``look_before_insert=False``: a clash of query codes (one in 10⁵ after 100 k
    cases among 30⁷ codes) then costs a retry instead of a query on every case.
    """
    code = query_codes()
    while (
        look_before_insert
        and session.scalar(select(Case.id).where(Case.query_code == code)) is not None
    ):
        code = query_codes()  # 30^7 codes: a clash is rare, but never fatal
    # The counter row stays locked until the commit (PostgreSQL): take it last.
    scope = case_number_scope(event.case_number_prefix, event.event_date)
    seq = take_number(session, scope, "case", create=True)
    case = Case(
        event_id=event.id,
        visit_id=visit_id,
        case_number=format_case_number(event.event_date, seq, event.case_number_prefix),
        query_code=code,
        topic_id=topic_id,
        summary=summary,
        demand=demand,
        statutory_category=category.value,
        is_confidential=is_confidential or category is StatutoryCategory.ACCUSATION,
        accused_unit_id=accused_unit_id,
        room_id=room_id,
        created_at=now,
    )
    session.add(case)
    session.flush()
    return case
