"""Registration helpers outside the write transaction: the batch's priority and room
(one short read before the write lock), and the answer built from what was written."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.allocation import Allocation, VisitRequest, allocate
from app.domain.errors import InvalidInput
from app.domain.numbering import format_ticket
from app.domain.types import Priority, RegistrationChannel
from app.models import ReceptionEvent, Topic, Visit
from app.services.case_records import EventNumbering
from app.services.errors import NotFound
from app.services.petitioners import CheckedPetitioner
from app.services.queue_state import ServiceTimesCache, allocation_states
from app.services.registration_data import EarlierVisit, RegisteredVisit, VisitDraft
from app.services.registration_rules import ELDERLY_AGE, age_on


def derived_priority(
    people: Sequence[CheckedPetitioner], channel: RegistrationChannel, day: date
) -> Priority:
    """The lane a batch gets when the desk sets none: disabled, elderly, pre-booked."""
    if any(p.is_disabled for p in people):
        return Priority.DISABLED
    births = [p.document.birth_date for p in people]
    if any(b and age_on(b, day) >= ELDERLY_AGE for b in births):
        return Priority.ELDERLY
    if channel is not RegistrationChannel.WALK_IN:
        return Priority.PRE_BOOKED
    return Priority.NORMAL


def plan_draft(
    s: Session,
    draft: VisitDraft,
    checked: Sequence[CheckedPetitioner],
    now: datetime,
    times: ServiceTimesCache,
    *,
    planning: bool,
) -> tuple[Priority, Allocation, EventNumbering]:
    """The batch's priority (ages count on the event's day: a pre-registration is made
    days before), the allocator's choice and what numbering its case needs, read in
    ``s``; the event and the topic are checked here, once (foreign keys guard the
    write)."""
    topic = select(Topic.id).where(Topic.id == draft.topic_id).scalar_subquery()
    found = s.execute(
        select(ReceptionEvent.event_date, ReceptionEvent.case_number_prefix, topic).where(
            ReceptionEvent.id == draft.event_id
        )
    ).first()
    if found is None:
        raise NotFound("event", draft.event_id)
    event_date, prefix, topic_id = found
    if topic_id is None:
        raise InvalidInput("topic_id", "unknown")
    numbering = EventNumbering(draft.event_id, event_date, prefix)
    priority = draft.priority or derived_priority(checked, draft.channel, event_date)
    request = VisitRequest(
        draft.topic_id,
        draft.head_count,
        priority,
        draft.requested_room_id,
        draft.requested_leader_id,
    )
    states = allocation_states(s, draft.event_id, now, planning=planning)
    return priority, allocate(request, states, times.get(s, draft.event_id)), numbering


def registered(
    visit: Visit,
    allocation: Allocation,
    people: tuple[int, ...],
    case_id: int,
    history: tuple[EarlierVisit, ...],
) -> RegisteredVisit:
    """The answer to a new registration, from what was just written (no reads)."""
    return RegisteredVisit(
        visit_id=visit.id,
        event_id=visit.event_id,
        status=visit.status,
        petitioner_ids=people,
        room_id=visit.room_id,
        ticket_number=visit.ticket_number,
        ticket_text=format_ticket(visit.ticket_number) if visit.ticket_number else "",
        expected_wait_minutes=visit.expected_wait_minutes,
        allocation=allocation,
        case_ids=(case_id,),
        is_repeat=visit.is_repeat,
        earlier_visits=history,
        version=visit.version,
        already_registered=False,
    )
