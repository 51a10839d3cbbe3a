"""Finding or creating petitioners, their search keys, and their earlier visits.

Internal helpers of the registration service; every function runs inside the caller's
transaction.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, insert, or_, select, true
from sqlalchemy.orm import Session

from app.domain.errors import InvalidInput
from app.domain.identity import IdentityDocument, parse_document
from app.domain.phone import PhoneNumber, parse_phone
from app.domain.pinyin_keys import searchable_keys
from app.domain.types import DocumentType
from app.models import (
    Assignment,
    Case,
    Petitioner,
    PetitionerSearchKey,
    ReceptionEvent,
    Unit,
    Visit,
    VisitMember,
)
from app.models.petitioner import document_is, phone_in
from app.models.sealed import lost_versions
from app.security.field_crypto import FieldCipher
from app.services.registration_data import EarlierCase, EarlierVisit, PetitionerDraft

NAME_PATTERN = re.compile(r"^[\u3400-\u9fff\U00020000-\U0003134fA-Za-z·•.\- ]{1,64}$")
TAIL_LENGTH = 8


def reversed_tail(text: str) -> str:
    """The last 8 characters, reversed: a tail query becomes a prefix range."""
    return text[-TAIL_LENGTH:][::-1]


@dataclass(frozen=True)
class CheckedPetitioner:
    """A petitioner draft after validation."""

    name: str
    document: IdentityDocument
    phone: PhoneNumber | None
    address: str
    is_disabled: bool


def check_petitioner(draft: PetitionerDraft, index: int, today: date) -> CheckedPetitioner:
    """Validate one person; errors name the field as ``petitioners[i].field``."""
    prefix = f"petitioners[{index}]."
    name = " ".join(draft.name.split())
    if not name:
        raise InvalidInput(prefix + "name", "required")
    if not NAME_PATTERN.match(name):
        raise InvalidInput(prefix + "name", "characters")
    number = draft.document_number.strip()
    doc_type = draft.document_type if number else DocumentType.NONE
    try:
        document = parse_document(doc_type, number, today)
    except InvalidInput as error:
        raise InvalidInput(prefix + "id_number", error.reason, error.details) from error
    phone = None
    if draft.phone.strip():
        try:
            phone = parse_phone(draft.phone)
        except InvalidInput as error:
            raise InvalidInput(prefix + "phone", error.reason, error.details) from error
    address = draft.address.strip()
    if len(address) > 256:
        raise InvalidInput(prefix + "address", "too_long", {"max": 256})
    return CheckedPetitioner(name, document, phone, address, draft.is_disabled)


def upsert_petitioner(
    session: Session, person: CheckedPetitioner, now: datetime
) -> tuple[Petitioner, bool]:
    """The stored person with this document number, updated; or a new one — and whether
    it is new.

    People without a document number are always new rows: a name alone never merges two
    people. After a key loss, a person whose stored ID number is unreadable is found by
    :func:`_unreadable_match` and gets the number typed now, sealed with the new key.
    """
    doc = person.document
    existing = None
    if doc.number:
        existing = session.scalar(
            select(Petitioner).where(document_is(session, doc.doc_type.value, doc.number))
        )
        if existing is None:
            existing = _unreadable_match(session, person)
            if existing is not None:
                existing.document_number = doc.number  # re-entered after a key loss
    phone = person.phone.normalised if person.phone else None
    if existing is not None:
        # The name on file stays: a typo at the desk must not rewrite a person's history
        # (the desk warns when the typed name differs from the stored one).
        # Sealed fields are compared before they are set: sealing the same phone again
        # writes a new ciphertext (a fresh nonce), an update and an audit entry for nothing.
        if phone and existing.phone != phone:
            existing.phone, existing.phone_tail_rev = phone, reversed_tail(phone)
        if person.address and existing.address != person.address:
            existing.address = person.address
        if person.is_disabled and not existing.is_disabled:
            existing.is_disabled = True
        return existing, False
    petitioner = Petitioner(
        name=person.name,
        document_type=doc.doc_type.value,
        document_number=doc.number or None,
        id_tail_rev=reversed_tail(doc.number) if doc.number else "",
        birth_date=doc.birth_date,
        sex=doc.sex.value if doc.sex else None,
        phone=phone,
        phone_tail_rev=reversed_tail(phone) if phone else "",
        address=person.address,
        is_disabled=person.is_disabled,
        created_at=now,
    )
    session.add(petitioner)
    session.flush()
    _add_keys(session, petitioner.id, person.name)
    return petitioner, True


def _unreadable_match(session: Session, person: CheckedPetitioner) -> Petitioner | None:
    """The one stored person whose ID number was sealed with a lost key and who has the
    same name, document type, last 8 characters of the number (kept in plain as the tail
    search's key) and birth date (kept in plain, read from a resident ID): the same
    person, registered again. Two such people: neither (a new row, as before)."""
    versions = lost_versions(session)
    if not versions:
        return None
    doc = person.document
    born = Petitioner.birth_date == doc.birth_date if doc.birth_date else true()
    rows = session.scalars(
        select(Petitioner)
        .where(
            Petitioner.key_version.in_(sorted(versions)),  # the oldest key a row needs
            born,
            Petitioner.document_type == doc.doc_type.value,
            Petitioner.id_tail_rev == reversed_tail(doc.number),
            Petitioner.name == person.name,
        )
        .limit(3)
    ).all()
    found = [
        p
        for p in rows
        if p.id_cipher is not None and FieldCipher.version_of(p.id_cipher) in versions
    ]
    return found[0] if len(found) == 1 else None


def _add_keys(session: Session, petitioner_id: int, name: str) -> None:
    keys = sorted(set(searchable_keys(name)))
    if keys:
        session.execute(
            insert(PetitionerSearchKey),
            [{"petitioner_id": petitioner_id, "key": key} for key in keys],
        )


def earlier_visits(
    session: Session,
    petitioners: Sequence[Petitioner],
    exclude_visit_id: int | None,
    *,
    new_ids: Collection[int] = (),
) -> tuple[EarlierVisit, ...]:
    """Visits of the same people before: same petitioner row (matched by document
    number) or another petitioner row with the same phone. ``new_ids``: people inserted
    in this transaction, who have no visits yet."""
    phones = {p.phone for p in petitioners if p.phone}
    matched: dict[int, str] = {p.id: "document" for p in petitioners if p.document_number}
    if phones:
        for pid in session.scalars(select(Petitioner.id).where(phone_in(session, phones))):
            matched.setdefault(pid, "phone")
    if not matched or matched.keys() <= set(new_ids):
        return ()
    rows = session.execute(
        select(
            Visit,
            ReceptionEvent.event_date,
            ReceptionEvent.name,
            Petitioner.name,
            VisitMember.petitioner_id,
        )
        .join(VisitMember, VisitMember.visit_id == Visit.id)
        .join(Petitioner, Petitioner.id == VisitMember.petitioner_id)
        .join(ReceptionEvent, ReceptionEvent.id == Visit.event_id)
        .where(VisitMember.petitioner_id.in_(list(matched)))
        .order_by(Visit.registered_at.desc(), Visit.id.desc())
        .limit(50)
    )
    seen: set[int] = set()
    visits: list[tuple[Visit, date, str, str, int]] = []
    for visit, event_date, event_name, person_name, pid in rows:
        if visit.id == exclude_visit_id or visit.id in seen:
            continue
        visits.append((visit, event_date, event_name, person_name, pid))
        seen.add(visit.id)
    cases = _cases_of(session, [v[0].id for v in visits])
    return tuple(
        EarlierVisit(
            v.id,
            v.event_id,
            d,
            en,
            pn,
            matched.get(pid, "document"),
            v.summary,
            cases.get(v.id, ()),
        )
        for v, d, en, pn, pid in visits
    )


def _cases_of(session: Session, visit_ids: Iterable[int]) -> dict[int, tuple[EarlierCase, ...]]:
    ids = list(visit_ids)
    if not ids:
        return {}
    found: dict[int, list[EarlierCase]] = {}
    rows = session.execute(
        select(Case, Unit.name)
        .outerjoin(Assignment, Assignment.case_id == Case.id)
        .outerjoin(Unit, Unit.id == Assignment.lead_unit_id)
        .where(Case.visit_id.in_(ids))
        .order_by(Case.id)
    )
    for case, unit_name in rows:
        found.setdefault(case.visit_id, []).append(
            EarlierCase(case.case_number, case.topic_id, case.summary, case.outcome, unit_name)
        )
    return {k: tuple(v) for k, v in found.items()}


def find_known_people(
    session: Session, document: IdentityDocument | None, phone: str | None
) -> list[Petitioner]:
    """Stored people with this document number, or with this phone."""
    conditions: list[ColumnElement[bool]] = []
    if document is not None and document.number:
        conditions.append(document_is(session, document.doc_type.value, document.number))
    if phone:
        conditions.append(phone_in(session, [phone]))
    if not conditions:
        return []
    return list(session.scalars(select(Petitioner).where(or_(*conditions)).limit(20)))
