"""The event's cases and assignments as export rows, laid out by :data:`COLUMNS`.

Read in a handful of bulk queries (:class:`EventData`) inside one read transaction.

Identities: masked by default (name 张*丰, ID 330726********1234, phone 138****8000,
address down to the township) and ID- or phone-shaped numbers in the free texts are
replaced by ``[已隐去]``; with ``full_identities`` everything is written as stored.
Either way, a confidential case — flagged confidential, filed as an accusation
(检举控告), or naming an accused unit — never identifies its petitioners: the person
columns, the query code and the ticket number stay empty, and the free texts are
scrubbed of every member's name, given name, ID number, phone and address
(信访工作条例 forbids passing an accuser's identity on; an export is a file that travels).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from app.domain.calendar import clock_status
from app.domain.masking import (
    UNREADABLE,
    mask_address,
    mask_id_number,
    mask_name,
    mask_phone,
)
from app.domain.numbering import format_ticket
from app.domain.types import ClockStatus, StatutoryCategory
from app.models import Assignment, Case, Petitioner
from app.printing.redaction import scrub
from app.services.export_mapping import (
    CATEGORY_WORDS,
    CHANNEL_WORDS,
    CLOCK_WORDS,
    COLUMN_KEYS,
    COLUMNS,
    CONFIDENTIAL_NAME,
    FORM_IN_PERSON,
    LATE,
    NO,
    OUTCOME_WORDS,
    SATISFACTION_WORDS,
    STATUS_WORDS,
    UNDECIDED,
    URGENCY_WORDS,
    YES,
    Column,
    content_class,
)
from app.services.export_source import EventData
from app.services.statistics import COUNTED

Cell = str | int | date | datetime | None


@dataclass(frozen=True)
class ExportTable:
    """What an export writes: one row per case, values in :data:`COLUMNS` order."""

    event_id: int
    event_name: str
    full_identities: bool
    generated_at: datetime
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def column(self, key: str) -> list[Cell]:
        """Every row's value of one column."""
        index = COLUMN_KEYS.index(key)
        return [row[index] for row in self.rows]


def is_protected(case: Case) -> bool:
    """Whether the case must not identify its petitioners in any export."""
    return (
        case.is_confidential
        or case.statutory_category == StatutoryCategory.ACCUSATION.value
        or case.accused_unit_id is not None
    )


def _flag(value: bool | None) -> str:
    return "" if value is None else (YES if value else NO)


def _identifying_terms(people: list[Petitioner]) -> list[str]:
    """Every person's name (and given name alone), ID number, phone, address and the
    part of the address below the township."""
    terms: list[str] = []
    for p in people:
        name = p.name.strip()
        terms.append(name)
        if 3 <= len(name) <= 4:
            terms.append(name[1:] if len(name) == 3 else name[2:])
        terms += [p.document_number or "", p.phone or "", p.address]
        kept = mask_address(p.address).removesuffix("****")
        terms.append(p.address.replace(" ", "")[len(kept) :])  # the village, street…
    unique = {t.strip() for t in terms if len(t.strip()) >= 2} - {UNREADABLE}
    return sorted(unique, key=lambda t: (-len(t), t))


def _person_cells(people: list[Petitioner], full: bool, protected: bool) -> dict[str, Cell]:
    first = people[0] if people else None
    if protected or first is None:
        name = CONFIDENTIAL_NAME if protected else ""
        blank: dict[str, Cell] = dict.fromkeys(("document_number", "phone", "address"), "")
        return {"petitioner_name": name, "companions": "", **blank}
    keep = lambda text: text  # noqa: E731
    name_of, id_of, phone_of, address_of = (
        (keep, keep, keep, keep) if full else (mask_name, mask_id_number, mask_phone, mask_address)
    )
    return {
        "petitioner_name": name_of(first.name),
        "document_number": id_of(first.document_number) if first.document_number else "",
        "phone": phone_of(first.phone) if first.phone else "",
        "address": address_of(first.address),
        "companions": "、".join(name_of(p.name) for p in people[1:]),
    }


def _clock(due: date, met: datetime | None, today: date, soon: int) -> str:
    """The deadline's state in words; a met deadline says whether it was met in time
    (the same rule as the supervision board: first feedback meets the colour and the
    acceptance deadlines, closing meets the handling one)."""
    if met is not None:
        return CLOCK_WORDS[LATE if met.date() > due else ClockStatus.MET.value]
    return CLOCK_WORDS[clock_status(due, today, None, soon).value]


def _listed_on(a: Assignment, when: datetime, soon: int) -> bool:
    """Whether a reminder letter made at ``when`` listed the assignment: handed over and
    open then, with a deadline unmet then and due within ``soon`` days or past."""
    if a.handed_over_at > when or (a.closed_at is not None and a.closed_at <= when):
        return False
    first = a.first_feedback_at or a.closed_at
    answered = first is not None and first <= when
    dues = [a.handling_due] + ([] if answered else [a.feedback_due, a.acceptance_due])
    return any((due - when.date()).days <= soon for due in dues)


def _assignment_cells(data: EventData, a: Assignment, today: date) -> dict[str, Cell]:
    n_ext, ext_days = data.extensions.get(a.id, (0, 0))
    first = a.first_feedback_at or a.closed_at
    calls = data.follow_ups.get(a.id, [])
    reached = [f for f in calls if f.reached]
    last = reached[-1] if reached else None
    reminded = [
        t for t in data.reminders.get(a.lead_unit_id, ()) if _listed_on(a, t, data.due_soon)
    ]
    return {
        "handed_over_at": a.handed_over_at,
        "urgency": URGENCY_WORDS.get(a.urgency, a.urgency),
        "lead_unit": data.units.get(a.lead_unit_id, ""),
        "co_units": "、".join(data.co_units.get(a.id, ())),
        "feedback_due": a.feedback_due,
        "acceptance_due": a.acceptance_due,
        "handling_due": a.handling_due,
        "first_feedback_at": a.first_feedback_at,
        "feedback_clock": _clock(a.feedback_due, first, today, data.due_soon),
        "acceptance_clock": _clock(a.acceptance_due, first, today, data.due_soon),
        "handling_clock": _clock(a.handling_due, a.closed_at, today, data.due_soon),
        "status": STATUS_WORDS.get(a.status, a.status),
        "closed_at": a.closed_at,
        "extensions": n_ext,
        "extension_days": ext_days,
        "reopened": a.reopened_count,
        "reminders": len(reminded),
        "reminded_at": max(reminded, default=None),
        "follow_up_attempts": len(calls),
        "follow_up_reached": _flag(bool(reached)) if calls else "",
        "follow_up_at": calls[-1].attempted_at if calls else None,
        "satisfaction_organiser": SATISFACTION_WORDS.get(
            (last.satisfaction_organiser or "") if last else "", ""
        ),
        "satisfaction_unit": SATISFACTION_WORDS.get(
            (last.satisfaction_unit or "") if last else "", ""
        ),
    }


def load_export_table(
    s: Session,
    event_id: int,
    *,
    full_identities: bool,
    now: datetime,
) -> ExportTable:
    """Every case of the event, one row each (see the module docstring for identities)."""
    data = EventData(s, event_id)
    counted = {v.value for v in COUNTED}
    seen_visits: set[int] = set()
    rows: list[tuple[Cell, ...]] = []
    for seq, (case, visit) in enumerate(data.cases, start=1):
        people = data.people.get(visit.id, [])
        protected = is_protected(case)
        terms = _identifying_terms(people) if protected else []

        def text(value: str, terms: list[str] = terms, protected: bool = protected) -> str:
            return scrub(value, terms) if protected or not full_identities else value

        first_of_batch = visit.id not in seen_visits and visit.status in counted
        if first_of_batch:
            seen_visits.add(visit.id)
        topic = data.topics[case.topic_id]
        code, class_name = content_class(topic.code, topic.national_class_code)
        a = data.assignments.get(case.id)
        values: dict[str, Cell] = {
            "seq": seq,
            "case_number": case.case_number,
            "query_code": "" if protected else case.query_code,
            "event_date": data.event.event_date,
            "registered_at": case.created_at,
            "form": FORM_IN_PERSON,
            "channel": CHANNEL_WORDS.get(visit.channel, visit.channel),
            # The ticket would link the row to the same batch's other, open cases.
            "ticket": format_ticket(visit.ticket_number)
            if visit.ticket_number and not protected
            else "",
            **_person_cells(people, full_identities, protected),
            "named_persons": len(people),
            "head_count": visit.head_count,
            "batches": 1 if first_of_batch else 0,
            "persons": visit.head_count if first_of_batch else 0,
            "collective": _flag(visit.head_count >= 5),
            "repeat": _flag(visit.is_repeat),
            "class_code": code,
            "class_name": class_name or topic.name,
            "topic": topic.name,
            "category": CATEGORY_WORDS.get(case.statutory_category, case.statutory_category),
            "confidential": _flag(protected),
            "summary": text(case.summary),
            "demand": text(case.demand),
            "room": data.room(case),
            "leader": data.leader(case),
            "outcome": OUTCOME_WORDS.get(case.outcome or "", UNDECIDED),
            "outcome_note": text(case.outcome_note),
            "decided_at": case.decided_at,
            "instruction": text(a.instruction) if a else "",
            "result": text(a.result) if a else "",
            **(_assignment_cells(data, a, now.date()) if a else {}),
        }
        rows.append(tuple(values.get(key) for key in COLUMN_KEYS))
    return ExportTable(
        event_id=event_id,
        event_name=data.event.name,
        full_identities=full_identities,
        generated_at=now,
        columns=COLUMNS,
        rows=tuple(rows),
    )
