"""The desk's one search box: name, pinyin, ID or phone tail, ticket, codes, QR scans.

Every kind of query is an indexed equality or prefix range — never ``LIKE '%…%'`` — so
it stays fast at a million petitioners. Tails are stored reversed, which turns "ends
with 1234" into the prefix range ``'4321' <= tail_rev < '4321\\uffff'``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.domain.errors import InvalidInput
from app.domain.identity import legacy_to_18
from app.domain.masking import mask_id_number, mask_phone
from app.domain.numbering import format_ticket, normalise_query_code, parse_ticket
from app.domain.pinyin_keys import QueryKind, classify_query, normalise_query, parse_qr_payload
from app.models import Case, Petitioner, PetitionerSearchKey, Visit, VisitMember
from app.models.petitioner import documents_in, phone_in
from app.services.context import ServiceContext
from app.services.permissions import Permission
from app.services.petitioners import TAIL_LENGTH

HIGH = "\uffff"


@dataclass(frozen=True)
class SearchHit:
    """One person (with their batch in this event, if any) or one batch."""

    matched_by: str  # a QueryKind value
    petitioner_id: int | None
    name: str
    id_masked: str
    phone_masked: str
    visit_id: int | None
    visit_status: str | None
    ticket_text: str


def _prefix(column: InstrumentedAttribute[str], text: str, dialect: str) -> ColumnElement[bool]:
    """``column`` starts with ``text``, in the form each engine serves from its index."""
    if dialect == "postgresql":
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return column.like(escaped + "%", escape="\\")
    return (column >= text) & (column < text + HIGH)


class SearchService:
    """Finds visitors for the desk."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def find(self, event_id: int, query: str, limit: int = 20) -> tuple[SearchHit, ...]:
        """Everything ``query`` can mean, best kinds first, at most ``limit`` hits."""
        self._ctx.require(Permission.SEARCH_PEOPLE)
        kinds = classify_query(query)
        text = normalise_query(query)
        if not kinds:
            return ()
        hits: list[SearchHit] = []
        ordered = sorted(kinds, key=_ORDER.index)
        with self._ctx.db.read() as s:
            for i, kind in enumerate(ordered):
                remaining = limit - len(hits)
                if remaining <= 0:
                    break
                # Each meaning gets its share of what is left: "5678" lists people whose
                # ID ends so and people whose phone ends so, not 20 of the first kind.
                share = -(-remaining // (len(ordered) - i))
                hits += self._find_kind(s, event_id, kind, query, text, share)
        seen: set[tuple[int | None, int | None]] = set()
        unique = []
        for hit in hits:
            key = (hit.petitioner_id, hit.visit_id)
            if key not in seen:
                seen.add(key)
                unique.append(hit)
        return tuple(unique[:limit])

    def _find_kind(
        self, s: Session, event_id: int, kind: QueryKind, raw: str, text: str, limit: int
    ) -> list[SearchHit]:
        people: Select[int] | None = None
        d = self._ctx.db.dialect
        if kind is QueryKind.NAME:
            people = select(Petitioner.id).where(_prefix(Petitioner.name, text, d))
        elif kind is QueryKind.PINYIN:
            people = (
                select(PetitionerSearchKey.petitioner_id)
                .where(_prefix(PetitionerSearchKey.key, text, d))
                .distinct()
            )
        elif kind in (QueryKind.PHONE_TAIL, QueryKind.ID_TAIL):
            column = (
                Petitioner.phone_tail_rev
                if kind is QueryKind.PHONE_TAIL
                else Petitioner.id_tail_rev
            )
            tail = text.upper()[-TAIL_LENGTH:][::-1]
            people = select(Petitioner.id).where(_prefix(column, tail, d))
        elif kind is QueryKind.PHONE:
            people = select(Petitioner.id).where(phone_in(s, [text]))
        elif kind is QueryKind.ID_NUMBER:
            number = text.upper()
            number = legacy_to_18(number) if len(number) == 15 else number
            people = select(Petitioner.id).where(
                Petitioner.id_hash.in_(list(documents_in(s, [number])))
            )
        if people is not None:
            ids = list(s.scalars(people.limit(limit)))
            return self._people_hits(s, event_id, ids, kind)
        return self._visit_hits(s, event_id, kind, raw, text, limit)

    def _visit_hits(
        self, s: Session, event_id: int, kind: QueryKind, raw: str, text: str, limit: int
    ) -> list[SearchHit]:
        q = select(Visit).where(Visit.event_id == event_id)
        if kind is QueryKind.TICKET:
            try:
                number = parse_ticket(text).number
            except InvalidInput:
                return []
            q = q.where(Visit.ticket_number == number)
        elif kind in (QueryKind.QUERY_CODE, QueryKind.CASE_NUMBER):
            case_q = (
                select(Case.visit_id).where(Case.query_code == normalise_query_code(text))
                if kind is QueryKind.QUERY_CODE
                else select(Case.visit_id).where(Case.case_number == text.upper())
            )
            q = q.where(Visit.id.in_(case_q))
        else:
            fields = parse_qr_payload(raw)
            q = q.where(Visit.client_key == fields.get("visit", ""))
        visits = s.scalars(q.limit(limit)).all()
        return [hit for v in visits for hit in self._visit_people(s, v, kind)][:limit]

    def _visit_people(self, s: Session, visit: Visit, kind: QueryKind) -> list[SearchHit]:
        people = s.scalars(
            select(Petitioner)
            .join(VisitMember, VisitMember.petitioner_id == Petitioner.id)
            .where(VisitMember.visit_id == visit.id)
            .order_by(VisitMember.is_representative.desc(), VisitMember.id)
        ).all()
        return [_hit(kind, p, visit) for p in people[:1]]

    def _people_hits(
        self, s: Session, event_id: int, ids: Iterable[int], kind: QueryKind
    ) -> list[SearchHit]:
        id_list = list(ids)
        if not id_list:
            return []
        # The people with their batches' ids, then those batches that belong to this
        # event: two indexed lookups. Joined to the visits in one query, a planner
        # without statistics walks the event's thousands of visits instead of these
        # people's few (11 ms → 0.1 ms at county scale).
        people: dict[int, Petitioner] = {}
        members: list[tuple[int, int]] = []
        for petitioner, visit_id in s.execute(
            select(Petitioner, VisitMember.visit_id)
            .outerjoin(VisitMember, VisitMember.petitioner_id == Petitioner.id)
            .where(Petitioner.id.in_(id_list))
        ).all():
            people[petitioner.id] = petitioner
            if visit_id is not None:
                members.append((petitioner.id, visit_id))
        in_event: dict[int, Visit] = {}
        if members:
            in_event = {
                v.id: v
                for v in s.scalars(
                    select(Visit).where(
                        Visit.id.in_({visit_id for _, visit_id in members}),
                        Visit.event_id == event_id,
                    )
                )
            }
        visits: dict[int, Visit] = {}
        for pid, visit_id in sorted(members, key=lambda m: m[1]):  # the latest visit wins
            if visit_id in in_event:
                visits[pid] = in_event[visit_id]
        return [_hit(kind, people[i], visits.get(i)) for i in id_list if i in people]


def _hit(kind: QueryKind, p: Petitioner, visit: Visit | None) -> SearchHit:
    ticket = visit.ticket_number if visit else None
    return SearchHit(
        kind.value,
        p.id,
        p.name,
        mask_id_number(p.document_number or ""),
        mask_phone(p.phone or ""),
        visit.id if visit else None,
        visit.status if visit else None,
        format_ticket(ticket) if ticket else "",
    )


_ORDER = [
    QueryKind.QR,
    QueryKind.ID_NUMBER,
    QueryKind.PHONE,
    QueryKind.QUERY_CODE,
    QueryKind.CASE_NUMBER,
    QueryKind.TICKET,
    QueryKind.NAME,
    QueryKind.PINYIN,
    QueryKind.ID_TAIL,
    QueryKind.PHONE_TAIL,
]
