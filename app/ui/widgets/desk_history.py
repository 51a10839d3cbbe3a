"""Earlier visits of a person typed at the desk, before anything is registered.

Composed from existing calls (no Qt): the search service finds the person's batches by
the whole ID number or phone, event by event from the newest; the case card of the
newest batch lists that batch and every earlier visit of the same people. Run it through
the task runner, never on the GUI thread.
"""

from __future__ import annotations

from app.bootstrap import Services
from app.domain.pinyin_keys import QueryKind
from app.services.registration_data import EarlierCase, EarlierVisit

_WHOLE_KINDS = {QueryKind.ID_NUMBER.value: "document", QueryKind.PHONE.value: "phone"}


def earlier_visits_of(services: Services, query: str) -> tuple[EarlierVisit, ...]:
    """Every visit of the person with this whole resident ID number or mobile number,
    newest first (visits in the current event included)."""
    found: dict[int, EarlierVisit] = {}
    for event in services.setup.list_events():
        hits = [
            hit
            for hit in services.search.find(event.id, query)
            if hit.matched_by in _WHOLE_KINDS and hit.visit_id is not None
        ]
        for hit in hits:
            assert hit.visit_id is not None
            card = services.reception.case_card(hit.visit_id)
            cases = tuple(
                EarlierCase(
                    c.case_number,
                    c.topic_id,
                    c.summary,
                    c.outcome,
                    c.assignment.lead_unit_name if c.assignment else None,
                )
                for c in card.cases
            )
            found.setdefault(
                card.visit_id,
                EarlierVisit(
                    card.visit_id,
                    event.id,
                    event.event_date,
                    event.name,
                    hit.name,
                    _WHOLE_KINDS[hit.matched_by],
                    card.summary,
                    cases,
                ),
            )
            for earlier in card.earlier_visits:
                found.setdefault(earlier.visit_id, earlier)
        if hits:
            break
    return tuple(sorted(found.values(), key=lambda v: (v.event_date, v.visit_id), reverse=True))
