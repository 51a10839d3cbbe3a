"""Reading cases, assignments and people into plain data (inside a transaction)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.masking import mask_id_number, mask_phone
from app.domain.types import Outcome, VisitStatus
from app.models import (
    Assignment,
    Case,
    Petitioner,
    Topic,
    TopicUnitRule,
    Unit,
    Visit,
    VisitMember,
    assignment_co_unit,
    room_unit,
)
from app.services.reception_data import AssignmentBrief, CaseView, PetitionerCard


def _age(birth: date | None, today: date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def petitioner_cards(s: Session, visit_id: int, today: date) -> tuple[PetitionerCard, ...]:
    """The batch's members, representative first, identifiers masked."""
    rows = s.execute(
        select(Petitioner, VisitMember.checked_in_at)
        .join(VisitMember, VisitMember.petitioner_id == Petitioner.id)
        .where(VisitMember.visit_id == visit_id)
        .order_by(VisitMember.is_representative.desc(), VisitMember.id)
    ).all()
    return tuple(
        PetitionerCard(
            p.id,
            p.name,
            mask_id_number(p.document_number or ""),
            mask_phone(p.phone or ""),
            _age(p.birth_date, today),
            p.sex,
            p.address,
            p.is_disabled,
            checked_in_at is not None,
        )
        for p, checked_in_at in rows
    )


def assignment_brief(s: Session, a: Assignment) -> AssignmentBrief:
    lead = s.get_one(Unit, a.lead_unit_id)
    co = s.scalars(
        select(Unit.name)
        .join(assignment_co_unit, assignment_co_unit.c.unit_id == Unit.id)
        .where(assignment_co_unit.c.assignment_id == a.id)
        .order_by(Unit.id)
    ).all()
    return AssignmentBrief(
        a.id,
        lead.id,
        lead.name,
        tuple(co),
        a.urgency,
        a.instruction,
        a.feedback_due,
        a.acceptance_due,
        a.handling_due,
        a.status,
    )


def case_view(s: Session, c: Case) -> CaseView:
    a = s.scalar(select(Assignment).where(Assignment.case_id == c.id))
    return CaseView(
        c.id,
        c.case_number,
        c.query_code,
        c.topic_id,
        c.summary,
        c.demand,
        c.statutory_category,
        c.is_confidential,
        c.accused_unit_id,
        c.outcome,
        c.outcome_note,
        c.decided_at,
        assignment_brief(s, a) if a else None,
        c.version,
    )


def case_views(s: Session, visit_id: int) -> tuple[CaseView, ...]:
    cases = s.scalars(select(Case).where(Case.visit_id == visit_id).order_by(Case.id)).all()
    return tuple(case_view(s, c) for c in cases)


def risk_flags(s: Session, visit: Visit, cases: Sequence[CaseView]) -> tuple[str, ...]:
    """Stable codes the UI words: collective, repeat, legal_related, confidential, no_show."""
    flags = []
    if visit.is_collective:
        flags.append("collective")
    if visit.is_repeat:
        flags.append("repeat")
    topic_ids = {visit.topic_id, *(c.topic_id for c in cases)}
    legal = s.scalar(select(Topic.id).where(Topic.id.in_(topic_ids), Topic.is_legal_related))
    if legal is not None:
        flags.append("legal_related")
    if any(c.is_confidential for c in cases):
        flags.append("confidential")
    if visit.no_show_count:
        flags.append("no_show")
    return tuple(flags)


def suggested_unit_ids(s: Session, topic_id: int, room_id: int | None) -> tuple[int, ...]:
    """Active units the topic rules suggest; those present in the room first."""
    rules = s.execute(
        select(TopicUnitRule.unit_id, TopicUnitRule.rank)
        .join(Unit, Unit.id == TopicUnitRule.unit_id)
        .where(TopicUnitRule.topic_id == topic_id, Unit.is_active)
    ).all()
    present: set[int] = set()
    if room_id is not None:
        present = set(s.scalars(select(room_unit.c.unit_id).where(room_unit.c.room_id == room_id)))
    ordered = sorted(rules, key=lambda r: (r[0] not in present, r[1], r[0]))
    return tuple(unit_id for unit_id, _ in ordered)


def visit_is_decided(s: Session, visit_id: int) -> bool:
    """Whether every case of the visit has an outcome."""
    open_case = s.scalar(select(Case.id).where(Case.visit_id == visit_id, Case.outcome.is_(None)))
    return open_case is None


OUTCOME_VALUES = frozenset(o.value for o in Outcome)
ACTIVE_STATUSES = frozenset({VisitStatus.CALLED.value, VisitStatus.IN_RECEPTION.value})
