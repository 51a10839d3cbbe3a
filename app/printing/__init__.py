"""Printed documents (Qt-free): plain frozen data in, PDF bytes out, built with reportlab.

Every builder returns a :class:`BuildResult` (``pdf``, ``page_count``,
``missing_glyphs``). Output is reproducible: the same data gives the same bytes.

The names below are loaded on first use: ``from app.printing.data import …`` (the plain
data the services fill) costs no reportlab, and neither does starting a station that
prints nothing yet.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.printing.bundles import build_slip_bundle, build_unit_bundle, build_unit_bundles
    from app.printing.data import (
        AppointmentNoticeData,
        AssignmentLine,
        AssignmentSlipData,
        BuildResult,
        DaySummaryData,
        DocumentSettings,
        EventHeader,
        PetitionerLine,
        ReceiptData,
        ReceiptVariant,
        ReminderLetterData,
        ReminderLine,
        SlipCopy,
        TallyRow,
        TicketData,
        UnitTally,
        wait_band_text,
    )
    from app.printing.fonts import MISSING_GLYPH_MARK, register_fonts
    from app.printing.notice import build_appointment_notice
    from app.printing.receipt import build_receipt
    from app.printing.redaction import REDACTED, redact_for_accused_unit
    from app.printing.reminder import build_reminder_letter
    from app.printing.slip import build_assignment_slip
    from app.printing.summary import build_day_summary, headline
    from app.printing.ticket import build_ticket

_HOMES = {
    "AppointmentNoticeData": "data",
    "AssignmentLine": "data",
    "AssignmentSlipData": "data",
    "BuildResult": "data",
    "DaySummaryData": "data",
    "DocumentSettings": "data",
    "EventHeader": "data",
    "MISSING_GLYPH_MARK": "fonts",
    "PetitionerLine": "data",
    "REDACTED": "redaction",
    "ReceiptData": "data",
    "ReceiptVariant": "data",
    "ReminderLetterData": "data",
    "ReminderLine": "data",
    "SlipCopy": "data",
    "TallyRow": "data",
    "TicketData": "data",
    "UnitTally": "data",
    "build_appointment_notice": "notice",
    "build_assignment_slip": "slip",
    "build_day_summary": "summary",
    "build_receipt": "receipt",
    "build_reminder_letter": "reminder",
    "build_slip_bundle": "bundles",
    "build_ticket": "ticket",
    "build_unit_bundle": "bundles",
    "build_unit_bundles": "bundles",
    "headline": "summary",
    "redact_for_accused_unit": "redaction",
    "register_fonts": "fonts",
    "wait_band_text": "data",
}


def __getattr__(name: str) -> Any:
    """Import a public name from its module when it is first asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "MISSING_GLYPH_MARK",
    "REDACTED",
    "AppointmentNoticeData",
    "AssignmentLine",
    "AssignmentSlipData",
    "BuildResult",
    "DaySummaryData",
    "DocumentSettings",
    "EventHeader",
    "PetitionerLine",
    "ReceiptData",
    "ReceiptVariant",
    "ReminderLetterData",
    "ReminderLine",
    "SlipCopy",
    "TallyRow",
    "TicketData",
    "UnitTally",
    "build_appointment_notice",
    "build_assignment_slip",
    "build_day_summary",
    "build_receipt",
    "build_reminder_letter",
    "build_slip_bundle",
    "build_ticket",
    "build_unit_bundle",
    "build_unit_bundles",
    "headline",
    "redact_for_accused_unit",
    "register_fonts",
    "wait_band_text",
]
