"""Database rows → the plain data the printed documents are built from (app.printing).

Called inside a read transaction by :mod:`app.services.print_jobs`. Identifiers are
masked here (ID number, phone); the full values only travel as ``identifying_terms``,
which the slip builder never prints and uses to scrub the accused unit's copy.

Confidentiality — 信访工作条例 forbids passing an accuser's identity or materials to the
person or unit accused (检举控告 must be kept confidential). The accused unit recorded on
the case is not always right, and the accused person may sit in any unit the case is
handed to, so the rule here is wider than "the accused unit's copy":

* every unit copy (lead unit and co-units) of a case that is confidential **or** filed
  as an accusation (``statutory_category == accusation``) is printed redacted;
* the copy addressed to the case's ``accused_unit_id`` is redacted whatever the flags;
* only the archive copy (第二联 存档, kept by the organisers' supervision office) and the
  visitor's own receipt carry the petitioners (masked as everywhere).

The lead unit learns how to reach the petitioner from the supervision office, under its
confidentiality rules, never from the paper that travels.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.allocation import QueuedVisit, queue_order, wait_band
from app.domain.event_settings import EventSettings
from app.domain.masking import UNREADABLE, mask_id_number, mask_name, mask_phone
from app.domain.numbering import format_ticket
from app.domain.pinyin_keys import format_qr_payload
from app.domain.types import Outcome, Priority, StatutoryCategory, Urgency, VisitStatus
from app.models import (
    Assignment,
    Case,
    Leader,
    Petitioner,
    PrintJob,
    ReceptionEvent,
    Room,
    Topic,
    Unit,
    Visit,
    VisitMember,
    assignment_co_unit,
    room_leader,
)
from app.printing.data import (
    AppointmentNoticeData,
    AssignmentSlipData,
    DocumentSettings,
    EventHeader,
    PetitionerLine,
    ReceiptData,
    SlipCopy,
    TicketData,
    wait_band_text,
)
from app.services.errors import InvalidState, NotFound
from app.services.print_data import CopyLabel

PRIORITY_LABELS = {
    Priority.ELDERLY.value: "优先（老年人）",
    Priority.DISABLED.value: "优先（残疾人）",
    Priority.PRE_BOOKED.value: "优先（预约）",
}
#: When a pre-registered visit has no time window, its notice names the morning session.
DEFAULT_WINDOW = (time(8, 30), time(12, 0))


def event_header(event: ReceptionEvent) -> EventHeader:
    """The event with its document wording (the organisation name falls back to the
    event's own, the supervision phone comes from the settings)."""
    settings = EventSettings.from_json(event.settings)
    wording = dict(settings.wording)
    if event.organisation_name and "organisation_name" not in wording:
        wording["organisation_name"] = event.organisation_name
    doc = DocumentSettings.from_wording(
        wording, supervision_office_phone=settings.supervision_phone
    )
    return EventHeader(name=event.name, date=event.event_date, venue=event.venue, settings=doc)


def room_label(room: Room | None) -> str:
    """A room as documents and the queue name it: "3号 综合接待室"."""
    return f"{room.number}号 {room.name}" if room is not None else ""


def wait_text(minutes: float | None) -> str:
    """The expected wait as the ticket prints it (the desk's bands)."""
    if minutes is None:
        return "——"
    low, high = wait_band(minutes)
    if high is None:
        return wait_band_text(60, 90)
    if low == 0:
        return f"约{high}分钟以内"
    return wait_band_text(low, high)


def members(s: Session, visit_id: int) -> list[Petitioner]:
    """The batch's people, representative first."""
    return list(
        s.scalars(
            select(Petitioner)
            .join(VisitMember, VisitMember.petitioner_id == Petitioner.id)
            .where(VisitMember.visit_id == visit_id)
            .order_by(VisitMember.is_representative.desc(), VisitMember.id)
        )
    )


def is_redacted_copy(case: Case, copy_label: str, unit_id: int | None) -> bool:
    """Whether this copy of the case's slip must not identify the petitioner (see the
    module docstring for the rule and why)."""
    if copy_label not in (CopyLabel.UNIT.value, CopyLabel.CO_UNIT.value):
        return False
    if unit_id is not None and unit_id == case.accused_unit_id:
        return True
    return case.is_confidential or case.statutory_category == StatutoryCategory.ACCUSATION.value


def _leader_text(s: Session, case: Case) -> str:
    if case.leader_id is not None:
        leaders = [s.get_one(Leader, case.leader_id)]
    elif case.room_id is not None:
        leaders = list(
            s.scalars(
                select(Leader)
                .join(room_leader, room_leader.c.leader_id == Leader.id)
                .where(room_leader.c.room_id == case.room_id)
                .order_by(Leader.id)
            )
        )
    else:
        leaders = []
    return "、".join(f"{x.name}（{x.title}）" if x.title else x.name for x in leaders)


def _assignment(s: Session, case: Case) -> Assignment:
    a = s.scalar(select(Assignment).where(Assignment.case_id == case.id))
    if a is None:
        raise InvalidState("case", case.id, case.outcome or "undecided", "print_slip")
    return a


def co_unit_names(s: Session, assignment_id: int) -> tuple[str, ...]:
    return tuple(
        s.scalars(
            select(Unit.name)
            .join(assignment_co_unit, assignment_co_unit.c.unit_id == Unit.id)
            .where(assignment_co_unit.c.assignment_id == assignment_id)
            .order_by(Unit.id)
        )
    )


def _case_of(s: Session, job: PrintJob) -> Case:
    if job.case_id is None:
        raise NotFound("case", None)
    return s.get_one(Case, job.case_id)


def slip_data(s: Session, job: PrintJob) -> AssignmentSlipData:
    """One copy of the assignment slip of ``job`` (unit, co-unit or archive copy)."""
    case = _case_of(s, job)
    a = _assignment(s, case)
    event = s.get_one(ReceptionEvent, case.event_id)
    lead = s.get_one(Unit, a.lead_unit_id)
    people = members(s, case.visit_id)
    visit = s.get_one(Visit, case.visit_id)
    recipient = ""
    if job.copy_label == CopyLabel.CO_UNIT.value and job.unit_id is not None:
        recipient = s.get_one(Unit, job.unit_id).name
    terms: list[str] = []
    for p in people:
        terms += [p.name, p.document_number or "", p.phone or "", p.address]
    return AssignmentSlipData(
        event=event_header(event),
        case_number=case.case_number,
        query_code=case.query_code,
        receiving_leader=_leader_text(s, case),
        lead_unit=lead.name,
        co_units=co_unit_names(s, a.id),
        urgency=Urgency(a.urgency),
        feedback_due=a.feedback_due,
        acceptance_notice_due=a.acceptance_due,
        handling_due=a.handling_due,
        topic=s.get_one(Topic, case.topic_id).name,
        room=room_label(s.get(Room, case.room_id) if case.room_id else None),
        petitioners=tuple(
            PetitionerLine(
                name=p.name,
                id_number=mask_id_number(p.document_number or ""),
                phone=mask_phone(p.phone or ""),
                address=p.address,
            )
            for p in people
        ),
        head_count=visit.head_count,
        summary=case.summary,
        demand=case.demand,
        instruction=a.instruction,
        copy=SlipCopy.ARCHIVE if job.copy_label == CopyLabel.ARCHIVE.value else SlipCopy.UNIT,
        recipient_unit=recipient,
        confidential_for_unit=is_redacted_copy(case, job.copy_label, job.unit_id),
        identifying_terms=tuple(t for t in terms if t and t != UNREADABLE),
        reprint_count=job.reprint_no,
        qr_payload=format_qr_payload({"case": case.case_number, "q": case.query_code}),
    )


def receipt_data(s: Session, job: PrintJob) -> ReceiptData:
    """The visitor's receipt for the case of ``job``."""
    case = _case_of(s, job)
    if case.outcome is None:
        raise InvalidState("case", case.id, "undecided", "print_receipt")
    event = s.get_one(ReceptionEvent, case.event_id)
    visit = s.get_one(Visit, case.visit_id)
    people = members(s, case.visit_id)
    a = s.scalar(select(Assignment).where(Assignment.case_id == case.id))
    lead = s.get_one(Unit, a.lead_unit_id).name if a else ""
    return ReceiptData(
        event=event_header(event),
        visitor_name=people[0].name if people else "",
        case_number=case.case_number,
        query_code=case.query_code,
        outcome=Outcome(case.outcome),
        received_at=case.decided_at or visit.checked_in_at or case.created_at,
        topic=s.get_one(Topic, case.topic_id).name,
        summary=case.summary,
        lead_unit=lead,
        co_units=co_unit_names(s, a.id) if a else (),
        feedback_due=a.feedback_due if a else None,
        acceptance_notice_due=a.acceptance_due if a else None,
        handling_due=a.handling_due if a else None,
        outcome_note="" if a else case.outcome_note,
        reprint_count=job.reprint_no,
    )


def _waiting_ahead(s: Session, visit: Visit) -> int | None:
    if visit.status != VisitStatus.WAITING.value or visit.room_id is None:
        return None
    rows = s.scalars(
        select(Visit).where(
            Visit.room_id == visit.room_id, Visit.status == VisitStatus.WAITING.value
        )
    ).all()
    order = queue_order(
        QueuedVisit(v.id, v.topic_id, v.head_count, Priority(v.priority), v.queue_seq or v.id)
        for v in rows
    )
    ids = [q.visit_id for q in order]
    return ids.index(visit.id) if visit.id in ids else None


def _room_parts(room: Room | None, none: tuple[str, str]) -> tuple[str, str]:
    if room is None:
        return none
    name = f"{room.name}（{room.location}）" if room.location else room.name
    return f"{room.number}号接待室", name


def ticket_data(s: Session, visit: Visit, reprint_no: int) -> TicketData:
    """The queue ticket of a checked-in visit."""
    if visit.ticket_number is None:
        raise InvalidState("visit", visit.id, visit.status, "print_ticket")
    event = s.get_one(ReceptionEvent, visit.event_id)
    people = members(s, visit.id)
    ticket = format_ticket(visit.ticket_number)
    room = s.get(Room, visit.room_id) if visit.room_id else None
    room_number, room_name = _room_parts(room, ("登记台", "请到登记台咨询"))
    return TicketData(
        event=event_header(event),
        ticket_number=ticket,
        room_number=room_number,
        room_name=room_name,
        topic=s.get_one(Topic, visit.topic_id).name,
        issued_at=visit.checked_in_at or visit.registered_at,
        wait_band=wait_text(visit.expected_wait_minutes),
        masked_name=mask_name(people[0].name) if people else "",
        qr_payload=format_qr_payload({"ticket": ticket, "event": str(visit.event_id)}),
        head_count=visit.head_count,
        waiting_ahead=_waiting_ahead(s, visit),
        priority_label=PRIORITY_LABELS.get(visit.priority, ""),
        reprint_count=reprint_no,
    )


def _window(visit: Visit, day: date) -> tuple[datetime, datetime]:
    if visit.window_start is not None and visit.window_end is not None:
        return visit.window_start, visit.window_end
    return datetime.combine(day, DEFAULT_WINDOW[0]), datetime.combine(day, DEFAULT_WINDOW[1])


def notice_data(s: Session, visit: Visit) -> AppointmentNoticeData:
    """The appointment notice of a pre-registered visit, with its check-in QR code."""
    if visit.status != VisitStatus.PRE_REGISTERED.value:
        raise InvalidState("visit", visit.id, visit.status, "print_notice")
    event = s.get_one(ReceptionEvent, visit.event_id)
    people = members(s, visit.id)
    room = s.get(Room, visit.room_id) if visit.room_id else None
    room_number, room_name = _room_parts(room, ("现场安排", "签到时由登记台安排接待室"))
    start, end = _window(visit, event.event_date)
    return AppointmentNoticeData(
        event=event_header(event),
        visitor_name=people[0].name if people else "",
        registration_number=f"YY{event.event_date:%m%d}-{visit.id:04d}",
        room_number=room_number,
        room_name=room_name,
        topic=s.get_one(Topic, visit.topic_id).name,
        window_start=start,
        window_end=end,
        qr_payload=format_qr_payload({"visit": visit.client_key, "event": str(event.id)}),
        head_count=visit.head_count,
        summary=visit.summary,
    )
