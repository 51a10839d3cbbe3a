"""显示完整号码: show one petitioner's full ID number or phone, for a stated reason.

Screens, slips and exports show identifiers masked. A user whose role allows it may
reveal one in full; every reveal is itself an audit entry (who, station, when, which
person and field, the reason), written before the number is handed out.
"""

from __future__ import annotations

from enum import StrEnum

from app.audit.recorder import note
from app.domain.errors import InvalidInput
from app.domain.masking import UNREADABLE, mask_id_number, mask_phone
from app.models import Petitioner
from app.services.changes import Result
from app.services.context import ServiceContext
from app.services.errors import NotFound
from app.services.permissions import Permission

REASON_MIN, REASON_MAX = 2, 200


class RevealField(StrEnum):
    """Which identifier to show in full."""

    ID_NUMBER = "document_number"
    PHONE = "phone"


class RevealService:
    """Full identifiers on request, each request audited."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def reveal(
        self,
        petitioner_id: int,
        field: RevealField,
        reason: str,
        event_id: int | None = None,
    ) -> Result[str]:
        """The full ID number or phone of a petitioner; ``reason`` (2–200 characters)
        goes into the audit log with who asked. ``event_id`` names the day it was
        asked on, when there is one."""
        self._ctx.require(Permission.REVEAL_IDENTITY)
        reason = " ".join(reason.split())
        if len(reason) < REASON_MIN:
            raise InvalidInput("reason", "required")
        if len(reason) > REASON_MAX:
            raise InvalidInput("reason", "too_long", {"max": REASON_MAX})
        with self._ctx.db.write("reveal") as s:
            person = s.get(Petitioner, petitioner_id)
            if person is None:
                raise NotFound("petitioner", petitioner_id)
            value = (
                person.document_number if field is RevealField.ID_NUMBER else person.phone
            ) or ""
            if not value:
                raise InvalidInput(field.value, "empty")
            if value == UNREADABLE:  # sealed with a lost key: nothing to show, nothing shown
                raise InvalidInput(field.value, "unreadable")
            shown = mask_id_number(value) if field is RevealField.ID_NUMBER else mask_phone(value)
            details = {"field": field.value, "reason": reason, "masked": shown}
            note(s, "reveal", "petitioner", petitioner_id, details, event_id)
            return Result(value)
