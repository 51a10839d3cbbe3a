"""Registration: pre-register, walk-in, check-in, edit — each one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.allocation import Allocation, VisitRequest, allocate
from app.domain.errors import InvalidInput
from app.domain.numbering import format_ticket
from app.domain.service_times import ServiceTimes
from app.domain.types import Priority, VisitStatus
from app.models import Case, Petitioner, ReceptionEvent, Room, Topic, Visit, VisitMember
from app.services.case_records import EventNumbering, create_case
from app.services.changes import Result
from app.services.context import ServiceContext, event_scope, take_numbers
from app.services.errors import InvalidState, NotFound
from app.services.permissions import Permission
from app.services.petitioners import (
    CheckedPetitioner,
    check_petitioner,
    earlier_visits,
    upsert_petitioner,
)
from app.services.queue_state import ServiceTimesCache, allocation_states
from app.services.registration_data import (
    EarlierVisit,
    RegisteredVisit,
    VisitDraft,
)
from app.services.registration_plan import plan_draft, registered
from app.services.registration_rules import (
    COLLECTIVE_HEAD_COUNT,
    WRITE_ATTEMPTS,
    check_head_count,
    check_texts,
)
from app.services.visit_corrections import VisitCorrections


class RegistrationService(VisitCorrections):
    """The desk's use cases. A retried call with the same ``client_key`` returns the
    first registration instead of registering the batch again."""

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__(ctx)
        self._times = ServiceTimesCache()

    # -- registering -----------------------------------------------------------------

    def pre_register(self, draft: VisitDraft) -> Result[RegisteredVisit]:
        """Record a batch expected on the day; a room is allotted for planning."""
        self._ctx.require(Permission.REGISTER)
        return self._register(draft, check_in=False)

    def register_walk_in(
        self, draft: VisitDraft, *, room_id: int | None = None, override_reason: str = ""
    ) -> Result[RegisteredVisit]:
        """Register and check in at once: allocate, number, queue, open the first case."""
        self._ctx.require(Permission.REGISTER)
        return self._register(draft, check_in=True, room_id=room_id, reason=override_reason)

    def _register(
        self, draft: VisitDraft, *, check_in: bool, room_id: int | None = None, reason: str = ""
    ) -> Result[RegisteredVisit]:
        now = self._ctx.clock.now()
        if not draft.petitioners:
            raise InvalidInput("petitioners", "required")
        check_head_count(draft.head_count, len(draft.petitioners))
        check_texts(draft.summary, draft.demand, draft.note)
        if room_id is not None and not reason.strip():
            raise InvalidInput("override_reason", "required")
        checked = [check_petitioner(p, i, now.date()) for i, p in enumerate(draft.petitioners)]
        numbers = [c.document.number for c in checked if c.document.number]
        if len(numbers) != len(set(numbers)):
            raise InvalidInput("petitioners", "duplicate_person")
        # The allocation reads the queues: done before the write lock is taken, so
        # concurrent desks hold the lock only for numbering and inserts.
        priority, allocation, event = self._plan_draft(draft, checked, now, planning=not check_in)
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self._ctx.db.write() as s:
                    existing = s.scalar(select(Visit).where(Visit.client_key == draft.client_key))
                    if existing is not None:
                        return Result(self._answer(s, existing, None, already=True))
                    return self._register_in(
                        s,
                        draft,
                        checked,
                        now,
                        (event, priority, allocation),
                        check_in,
                        room_id,
                        reason,
                    )
            except IntegrityError:
                # Another station registered the same client_key (a retry) or the same
                # person at the same moment: answer with the first, or try again — the
                # person now exists and is found instead of inserted.
                with self._ctx.db.read() as s:
                    existing = s.scalar(select(Visit).where(Visit.client_key == draft.client_key))
                    if existing is not None:
                        return Result(self._answer(s, existing, None, already=True))
                if attempt == WRITE_ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")

    def _register_in(
        self,
        s: Session,
        draft: VisitDraft,
        checked: Sequence[CheckedPetitioner],
        now: datetime,
        plan: tuple[EventNumbering, Priority, Allocation],
        check_in: bool,
        room_id: int | None,
        reason: str,
    ) -> Result[RegisteredVisit]:
        # The event and the topic were checked by the plan's read; the foreign keys
        # refuse them here if they went meanwhile (an IntegrityError: planned again).
        event, priority, allocation = plan
        upserted = [upsert_petitioner(s, p, now) for p in checked]
        people = [person for person, _ in upserted]
        new_ids = {person.id for person, is_new in upserted if is_new}
        history = earlier_visits(s, people, None, new_ids=new_ids)
        visit = Visit(
            client_key=draft.client_key,
            event_id=event.id,
            channel=draft.channel.value,
            status=VisitStatus.PRE_REGISTERED.value,
            topic_id=draft.topic_id,
            head_count=draft.head_count,
            is_collective=draft.head_count >= COLLECTIVE_HEAD_COUNT,
            priority=priority.value,
            summary=draft.summary.strip(),
            demand=draft.demand.strip(),
            note=draft.note.strip(),
            requested_room_id=draft.requested_room_id,
            requested_leader_id=draft.requested_leader_id,
            window_start=draft.window_start,
            window_end=draft.window_end,
            is_repeat=bool(history),
            registered_at=now,
            station=self._ctx.actor.station,
        )
        self._apply_allocation(s, visit, allocation, room_id, reason)
        s.add(visit)
        s.flush()
        checked_in_at = now if check_in else None
        s.add_all(
            VisitMember(
                visit_id=visit.id,
                petitioner_id=p.id,
                is_representative=i == 0,
                checked_in_at=checked_in_at,
            )
            for i, p in enumerate(people)
        )
        s.flush()  # the members now, not inside the locked section below
        # Numbers come last: their counter rows stay locked until the commit, so a desk
        # registering at the same moment waits only for numbering, flush and commit.
        case = create_case(
            s,
            event,
            visit_id=visit.id,
            topic_id=visit.topic_id,
            summary=visit.summary,
            demand=visit.demand,
            category=draft.statutory_category,
            is_confidential=draft.is_confidential,
            accused_unit_id=draft.accused_unit_id,
            room_id=None,
            now=now,
            look_before_insert=False,
        )
        if check_in:
            self._enter_queue(s, event.id, visit, now)
        s.flush()
        answer = registered(visit, allocation, tuple(p.id for p in people), case.id, history)
        return Result(answer, self._changes(visit))

    # -- check-in --------------------------------------------------------------------

    def check_in(
        self,
        visit_id: int,
        *,
        member_ids: Sequence[int] | None = None,
        room_id: int | None = None,
        override_reason: str = "",
    ) -> Result[RegisteredVisit]:
        """Check in a pre-registered batch (all members, or those named).

        The batch joins a queue when its first member checks in; later members are just
        marked present. Checking in again is harmless and answers the same ticket.
        """
        self._ctx.require(Permission.REGISTER)
        if room_id is not None and not override_reason.strip():
            raise InvalidInput("override_reason", "required")
        now = self._ctx.clock.now()
        with self._ctx.db.write() as s:
            visit = self._visit(s, visit_id)
            if visit.status in (VisitStatus.CANCELLED.value, VisitStatus.DONE.value):
                raise InvalidState("visit", visit_id, visit.status, "check_in")
            members = s.scalars(select(VisitMember).where(VisitMember.visit_id == visit_id)).all()
            wanted = (
                set(member_ids) if member_ids is not None else {m.petitioner_id for m in members}
            )
            unknown = wanted - {m.petitioner_id for m in members}
            if unknown:
                raise InvalidInput("member_ids", "not_in_visit", {"ids": sorted(unknown)})
            for member in members:
                if member.petitioner_id in wanted and member.checked_in_at is None:
                    member.checked_in_at = now
            allocation = None
            if visit.status == VisitStatus.PRE_REGISTERED.value:
                allocation = self._plan(visit.event_id, self._request(visit), now, planning=False)
                self._apply_allocation(s, visit, allocation, room_id, override_reason)
                self._enter_queue(s, visit.event_id, visit, now)
            return Result(self._answer(s, visit, allocation), self._changes(visit))

    def preview_allocation(
        self,
        event_id: int,
        topic_id: int,
        head_count: int,
        priority: Priority = Priority.NORMAL,
        requested_room_id: int | None = None,
        requested_leader_id: int | None = None,
    ) -> Allocation:
        """The room the desk would get now, with every candidate's expected wait."""
        self._ctx.require(Permission.REGISTER)
        now = self._ctx.clock.now()
        with self._ctx.db.read() as s:
            request = VisitRequest(
                topic_id, head_count, priority, requested_room_id, requested_leader_id
            )
            states = allocation_states(s, event_id, now)
            return allocate(request, states, self._service_times(s, event_id))

    # -- helpers ---------------------------------------------------------------------

    def _service_times(self, s: Session, event_id: int) -> ServiceTimes:
        return self._times.get(s, event_id)

    def _plan_draft(
        self,
        draft: VisitDraft,
        checked: Sequence[CheckedPetitioner],
        now: datetime,
        *,
        planning: bool,
    ) -> tuple[Priority, Allocation, EventNumbering]:
        with self._ctx.db.read() as s:
            return plan_draft(s, draft, checked, now, self._times, planning=planning)

    @staticmethod
    def _request(visit: Visit) -> VisitRequest:
        return VisitRequest(
            visit.topic_id,
            visit.head_count,
            Priority(visit.priority),
            visit.requested_room_id,
            visit.requested_leader_id,
        )

    def _plan(
        self, event_id: int, request: VisitRequest, now: datetime, *, planning: bool
    ) -> Allocation:
        """The allocator's choice from a short read of the queues."""
        with self._ctx.db.read() as s:
            if s.get(ReceptionEvent, event_id) is None:
                raise NotFound("event", event_id)
            if s.get(Topic, request.topic_id) is None:
                raise InvalidInput("topic_id", "unknown")
            states = allocation_states(s, event_id, now, planning=planning)
            return allocate(request, states, self._service_times(s, event_id))

    @staticmethod
    def _apply_allocation(
        s: Session, visit: Visit, allocation: Allocation, room_id: int | None, reason: str
    ) -> None:
        if room_id is None:
            visit.room_id, visit.allocation_reason = allocation.room_id, allocation.reason.value
            visit.expected_wait_minutes = allocation.expected_wait_minutes
            return
        room = s.get(Room, room_id)
        if room is None or room.event_id != visit.event_id:
            raise InvalidInput("room_id", "unknown")
        if not room.is_open:
            raise InvalidInput("room_id", "closed")
        chosen = next((c for c in allocation.candidates if c.room_id == room_id), None)
        visit.room_id, visit.override_reason = room_id, reason.strip()
        visit.allocation_reason = "override"
        visit.expected_wait_minutes = chosen.expected_wait_minutes if chosen else None

    @staticmethod
    def _enter_queue(s: Session, event_id: int, visit: Visit, now: datetime) -> None:
        scope = event_scope(event_id)
        numbers = take_numbers(s, scope, ("ticket", "queue"))
        visit.ticket_number, visit.queue_seq = numbers["ticket"], numbers["queue"]
        visit.status, visit.checked_in_at = VisitStatus.WAITING.value, now
        s.flush()

    def _answer(
        self,
        s: Session,
        visit: Visit,
        allocation: Allocation | None,
        *,
        already: bool = False,
        history: tuple[EarlierVisit, ...] | None = None,
    ) -> RegisteredVisit:
        people = tuple(
            s.scalars(
                select(VisitMember.petitioner_id)
                .where(VisitMember.visit_id == visit.id)
                .order_by(VisitMember.id)
            )
        )
        if history is None:
            persons = s.scalars(select(Petitioner).where(Petitioner.id.in_(people))).all()
            history = earlier_visits(s, persons, visit.id)
        cases = tuple(s.scalars(select(Case.id).where(Case.visit_id == visit.id).order_by(Case.id)))
        s.flush()
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
            case_ids=cases,
            is_repeat=visit.is_repeat,
            earlier_visits=history,
            version=visit.version,
            already_registered=already,
        )
