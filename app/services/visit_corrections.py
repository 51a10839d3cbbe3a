"""Corrections after registration: edit with a version check, cancel, repeat lookup."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.domain.errors import InvalidInput
from app.domain.identity import parse_document
from app.domain.phone import parse_phone
from app.domain.types import DocumentType, VisitStatus
from app.models import Topic, Visit, VisitMember
from app.services.changes import Changes, Entity, Result
from app.services.context import ServiceContext
from app.services.errors import ChangedElsewhere, InvalidState, NotFound
from app.services.permissions import Permission
from app.services.petitioners import earlier_visits, find_known_people
from app.services.registration_data import EarlierVisit, VisitEdit
from app.services.registration_rules import (
    COLLECTIVE_HEAD_COUNT,
    check_head_count,
    check_texts,
)


class VisitCorrections:
    """The part of the registration service that changes or looks up what exists."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    @staticmethod
    def _visit(s: Session, visit_id: int) -> Visit:
        visit = s.get(Visit, visit_id)
        if visit is None:
            raise NotFound("visit", visit_id)
        return visit

    @staticmethod
    def _changes(visit: Visit) -> Changes:
        return Changes.of(Entity.VISIT, [visit.id], visit.event_id)

    # -- editing ---------------------------------------------------------------------

    def edit_visit(self, visit_id: int, expected_version: int, edit: VisitEdit) -> Result[int]:
        """Correct a visit; fails with ChangedElsewhere if another station changed it."""
        self._ctx.require(Permission.REGISTER)
        check_texts(edit.summary, edit.demand, edit.note)
        try:
            with self._ctx.db.write() as s:
                visit = self._visit(s, visit_id)
                if visit.version != expected_version:
                    raise ChangedElsewhere("visit", visit_id)
                members = len(
                    s.scalars(select(VisitMember.id).where(VisitMember.visit_id == visit_id)).all()
                )
                check_head_count(edit.head_count, members)
                if s.get(Topic, edit.topic_id) is None:
                    raise InvalidInput("topic_id", "unknown")
                visit.topic_id, visit.head_count = edit.topic_id, edit.head_count
                visit.is_collective = edit.head_count >= COLLECTIVE_HEAD_COUNT
                visit.summary, visit.demand = edit.summary.strip(), edit.demand.strip()
                visit.note, visit.priority = edit.note.strip(), edit.priority.value
                s.flush()
                return Result(visit.version, self._changes(visit))
        except StaleDataError as error:
            raise ChangedElsewhere("visit", visit_id) from error

    def earlier_visits_of(
        self, document_type: DocumentType, document_number: str, phone: str = ""
    ) -> tuple[EarlierVisit, ...]:
        """Visits of the person with this ID number (or phone) before, for the desk's
        repeat warning while a walk-in is still being typed. Invalid input finds nothing."""
        self._ctx.require(Permission.SEARCH_PEOPLE)
        today = self._ctx.clock.now().date()
        try:
            document = (
                parse_document(document_type, document_number, today)
                if document_number.strip()
                else None
            )
            normalised = parse_phone(phone).normalised if phone.strip() else None
        except InvalidInput:
            return ()
        with self._ctx.db.read() as s:
            return earlier_visits(s, find_known_people(s, document, normalised), None)

    def cancel(self, visit_id: int) -> Result[None]:
        """Withdraw a pre-registration that has not checked in."""
        self._ctx.require(Permission.REGISTER)
        with self._ctx.db.write() as s:
            visit = self._visit(s, visit_id)
            if visit.status != VisitStatus.PRE_REGISTERED.value:
                raise InvalidState("visit", visit_id, visit.status, "cancel")
            visit.status = VisitStatus.CANCELLED.value
            return Result(None, self._changes(visit))
