"""Printed documents (Qt-free): plain frozen data in, PDF bytes out, built with reportlab.

Every builder returns a :class:`BuildResult` (``pdf``, ``page_count``,
``missing_glyphs``). Output is reproducible: the same data gives the same bytes.
"""

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
    SlipCopy,
    TallyRow,
    TicketData,
    UnitTally,
)
from app.printing.fonts import MISSING_GLYPH_MARK, register_fonts
from app.printing.layout import wait_band_text
from app.printing.notice import build_appointment_notice
from app.printing.receipt import build_receipt
from app.printing.redaction import REDACTED, redact_for_accused_unit
from app.printing.reminder import ReminderLetterData, ReminderLine, build_reminder_letter
from app.printing.slip import build_assignment_slip
from app.printing.summary import build_day_summary, headline
from app.printing.ticket import build_ticket

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
