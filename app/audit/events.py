"""Which reception day a changed row belongs to, for the audit entry's ``event_id``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Base

#: Tables without an ``event_id``: the column pointing at the row that leads to one.
PARENTS = {
    "assignment": ("petition_case", "case_id"),
    "assignment_co_unit": ("assignment", "assignment_id"),
    "feedback": ("assignment", "assignment_id"),
    "extension": ("assignment", "assignment_id"),
    "follow_up": ("assignment", "assignment_id"),
    "visit_member": ("visit", "visit_id"),
    "room_topic": ("room", "room_id"),
    "room_unit": ("room", "room_id"),
    "room_leader": ("room", "room_id"),
}
MAX_DEPTH = 4

Rows = dict[tuple[str, Any], dict[str, Any]]


def event_of(session: Session, table: str, values: dict[str, Any], known: Rows) -> int | None:
    """The event of a row of ``table`` with these column ``values``, following parent
    columns (a feedback → its assignment → its case). ``known`` holds rows already at
    hand by (table, id) — those written in the transaction — and caches what is read.
    None for rows of no event (the directory, people)."""
    if table == "reception_event":
        return values.get("id")
    for _ in range(MAX_DEPTH):
        if values.get("event_id") is not None:
            return int(values["event_id"])
        if table not in PARENTS:
            return None
        table, column = PARENTS[table]
        parent_id = values.get(column)
        if parent_id is None:
            return None
        if (table, parent_id) not in known:
            known[(table, parent_id)] = _read_row(session, table, parent_id)
        values = known[(table, parent_id)]
    return None


def _read_row(session: Session, table: str, row_id: Any) -> dict[str, Any]:
    """A row's values from the database ({} when it was deleted)."""
    parent = Base.metadata.tables[table]
    found = session.execute(select(parent).where(parent.c.id == row_id)).mappings().first()
    return dict(found) if found is not None else {}
