"""信访件台账: every case on record, filtered and sorted, read a page at a time.

A ledger of a county's history holds 100 k cases, so it is read in two steps:
:meth:`LedgerService.case_ids` runs one query that returns only the ids in order (cheap
to hold, cheap to re-run when a filter changes), and :meth:`LedgerService.rows` reads
the few hundred rows a view is showing. Petitioners are masked names; a confidential
case never shows who brought it (检举控告 must not identify the petitioner): no names,
no query code, and its summary (which often names the accuser) reads 检举控告事项（内容
保密）, as on a reminder letter — nor does the text search look into it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session

from app.domain.masking import mask_name
from app.domain.numbering import normalise_query_code
from app.domain.types import AssignmentStatus, StatutoryCategory
from app.models import (
    Assignment,
    Case,
    Petitioner,
    ReceptionEvent,
    Topic,
    Unit,
    Visit,
    VisitMember,
)
from app.printing.redaction import scrub
from app.services.context import ServiceContext
from app.services.export_mapping import CONFIDENTIAL_NAME
from app.services.ledger_data import (
    NOT_HANDED_OVER,
    SUMMARY_EXCERPT,
    UNDECIDED,
    LedgerChoices,
    LedgerFilter,
    LedgerRow,
    LedgerSort,
)
from app.services.permissions import Permission
from app.services.print_summary import CONFIDENTIAL_BRIEF

#: Rows read per query (well under every engine's bound-parameter limit).
_CHUNK = 500
_CLOSED = AssignmentStatus.CLOSED.value


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _overdue(today: date) -> ColumnElement[bool]:
    """An open assignment with an unmet deadline already past (the board's rule: the
    first feedback meets the colour and acceptance deadlines, closing all three)."""
    return (Assignment.status != _CLOSED) & (
        (Assignment.handling_due < today)
        | (
            Assignment.first_feedback_at.is_(None)
            & ((Assignment.feedback_due < today) | (Assignment.acceptance_due < today))
        )
    )


def _conditions(flt: LedgerFilter, today: date) -> tuple[list[ColumnElement[bool]], bool]:
    """The WHERE terms of ``flt`` and whether they need the assignment joined."""
    conds: list[ColumnElement[bool]] = []
    needs_assignment = False
    if flt.event_id is not None:
        conds.append(Case.event_id == flt.event_id)
    if flt.date_from is not None:
        conds.append(Case.created_at >= datetime.combine(flt.date_from, time()))
    if flt.date_to is not None:
        conds.append(Case.created_at < datetime.combine(flt.date_to + timedelta(days=1), time()))
    if flt.topic_id is not None:
        conds.append(Case.topic_id == flt.topic_id)
    if flt.outcome == UNDECIDED:
        conds.append(Case.outcome.is_(None))
    elif flt.outcome:
        conds.append(Case.outcome == flt.outcome)
    if flt.status == NOT_HANDED_OVER:
        conds.append(Assignment.id.is_(None))
        needs_assignment = True
    elif flt.status:
        conds.append(Assignment.status == flt.status)
        needs_assignment = True
    if flt.unit_id is not None:
        conds.append(Assignment.lead_unit_id == flt.unit_id)
        needs_assignment = True
    if flt.urgency:
        conds.append(Assignment.urgency == flt.urgency)
        needs_assignment = True
    if flt.overdue_only:
        conds.append(_overdue(today))
        needs_assignment = True
    text = flt.text.strip()
    if text:
        pattern = f"%{_escaped(text)}%"
        conds.append(
            or_(
                Case.case_number.ilike(pattern, escape="\\"),
                Case.query_code == normalise_query_code(text),
                Case.summary.like(pattern, escape="\\") & ~_protected_case(),
            )
        )
    return conds, needs_assignment


def _protected_case() -> ColumnElement[bool]:
    """SQL of :func:`_protected`."""
    return (
        Case.is_confidential
        | (Case.statutory_category == StatutoryCategory.ACCUSATION.value)
        | Case.accused_unit_id.is_not(None)
    )


def _overdue_days(r: Any, today: date) -> int:
    """Days past the most overdue unmet deadline of an open assignment (else 0)."""
    if r.assignment_id is None or r.status == _CLOSED:
        return 0
    dues = [r.handling_due]
    if r.first_feedback_at is None:
        dues += [r.feedback_due, r.acceptance_due]
    return max(0, *(int((today - due).days) for due in dues))


def _protected(r: Any) -> bool:
    """Whether the case must not identify its petitioners (see export_rows.is_protected)."""
    return bool(
        r.is_confidential
        or r.statutory_category == StatutoryCategory.ACCUSATION.value
        or r.accused_unit_id is not None
    )


def _excerpt(text: str) -> str:
    """The start of the summary, ID- and phone-shaped numbers blacked out as in a
    masked export."""
    flat = " ".join(scrub(text, []).split())
    return flat if len(flat) <= SUMMARY_EXCERPT else flat[: SUMMARY_EXCERPT - 1] + "…"


def _names(s: Session, visit_ids: set[int]) -> dict[int, list[str]]:
    """Each visit's people's names, representative first."""
    names: dict[int, list[str]] = {}
    for visit_id, name in s.execute(
        select(VisitMember.visit_id, Petitioner.name)
        .join(Petitioner, Petitioner.id == VisitMember.petitioner_id)
        .where(VisitMember.visit_id.in_(visit_ids))
        .order_by(VisitMember.visit_id, VisitMember.is_representative.desc(), VisitMember.id)
    ):
        names.setdefault(visit_id, []).append(name)
    return names


def _people(names: list[str], protected: bool) -> str:
    if protected:
        return CONFIDENTIAL_NAME
    if not names:
        return ""
    first = mask_name(names[0])
    return first if len(names) == 1 else f"{first} 等{len(names)}人"


_ROW_COLUMNS = (
    Case.id,
    Case.case_number,
    Case.query_code,
    Case.created_at,
    Case.event_id,
    Case.visit_id,
    Case.summary,
    Case.is_confidential,
    Case.statutory_category,
    Case.accused_unit_id,
    Case.outcome,
    ReceptionEvent.name.label("event_name"),
    Topic.name.label("topic_name"),
    Visit.head_count,
    Assignment.id.label("assignment_id"),
    Assignment.urgency,
    Assignment.status,
    Assignment.feedback_due,
    Assignment.acceptance_due,
    Assignment.handling_due,
    Assignment.first_feedback_at,
    Unit.name.label("unit_name"),
)


class LedgerService:
    """Reads the case ledger for the supervision office (VIEW_SUPERVISION)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def case_ids(
        self,
        flt: LedgerFilter | None = None,
        sort: LedgerSort = LedgerSort.DATE,
        descending: bool = True,
    ) -> tuple[int, ...]:
        """The ids of every case matching ``flt``, in ``sort`` order (ties by id)."""
        self._ctx.require(Permission.VIEW_SUPERVISION)
        flt = flt or LedgerFilter()
        conds, needs_assignment = _conditions(flt, self._ctx.clock.now().date())
        q: Select[tuple[int]] = select(Case.id)
        if needs_assignment or sort is LedgerSort.DUE:
            q = q.outerjoin(Assignment, Assignment.case_id == Case.id)
        key = {
            LedgerSort.DATE: (Case.created_at,),
            LedgerSort.CASE_NUMBER: (Case.case_number,),
            LedgerSort.DUE: (Assignment.handling_due,),
        }[sort]
        order: list[Any] = [k.desc() if descending else k.asc() for k in (*key, Case.id)]
        if sort is LedgerSort.DUE:  # cases not handed over last, either way
            order.insert(0, Assignment.handling_due.is_(None).asc())
        with self._ctx.db.read() as s:
            return tuple(s.scalars(q.where(*conds).order_by(*order)))

    def rows(self, ids: Sequence[int]) -> list[LedgerRow]:
        """The rows of ``ids``, in that order (ids no longer on record are left out)."""
        self._ctx.require(Permission.VIEW_SUPERVISION)
        today = self._ctx.clock.now().date()
        found: dict[int, LedgerRow] = {}
        with self._ctx.db.read() as s:
            for start in range(0, len(ids), _CHUNK):
                chunk = list(ids[start : start + _CHUNK])
                records = s.execute(
                    select(*_ROW_COLUMNS)
                    .join(ReceptionEvent, ReceptionEvent.id == Case.event_id)
                    .join(Topic, Topic.id == Case.topic_id)
                    .join(Visit, Visit.id == Case.visit_id)
                    .outerjoin(Assignment, Assignment.case_id == Case.id)
                    .outerjoin(Unit, Unit.id == Assignment.lead_unit_id)
                    .where(Case.id.in_(chunk))
                ).all()
                names = _names(s, {r.visit_id for r in records if not _protected(r)})
                for r in records:
                    protected = _protected(r)
                    found[r.id] = LedgerRow(
                        case_id=r.id,
                        case_number=r.case_number,
                        query_code="" if protected else r.query_code,  # links the batch
                        recorded_on=r.created_at.date(),
                        event_id=r.event_id,
                        event_name=r.event_name,
                        topic_name=r.topic_name,
                        petitioners=_people(names.get(r.visit_id, []), protected),
                        head_count=r.head_count,
                        summary=CONFIDENTIAL_BRIEF if protected else _excerpt(r.summary),
                        is_confidential=protected,
                        outcome=r.outcome,
                        assignment_id=r.assignment_id,
                        lead_unit_name=r.unit_name or "",
                        urgency=r.urgency or "",
                        handling_due=r.handling_due,
                        status=r.status or NOT_HANDED_OVER,
                        overdue_days=_overdue_days(r, today),
                    )
        return [found[i] for i in ids if i in found]

    def choices(self) -> LedgerChoices:
        """The events (latest first), topics and units the filter bar offers."""
        self._ctx.require(Permission.VIEW_SUPERVISION)
        with self._ctx.db.read() as s:
            events = s.execute(
                select(ReceptionEvent.id, ReceptionEvent.event_date, ReceptionEvent.name).order_by(
                    ReceptionEvent.event_date.desc(), ReceptionEvent.id.desc()
                )
            ).all()
            topics = s.execute(select(Topic.id, Topic.name).order_by(Topic.id)).all()
            units = s.execute(select(Unit.id, Unit.name).order_by(Unit.name)).all()
        return LedgerChoices(
            tuple((e.id, f"{e.event_date:%Y-%m-%d} {e.name}") for e in events),
            tuple((t.id, t.name) for t in topics),
            tuple((u.id, u.name) for u in units),
        )
