"""The print path in the UI: printer backends, the print controller, preview, settings.

:class:`PrintController` is what other stations use too — e.g. the desk prints a ticket
silently with ``controller.print_ticket(visit_id)``.
"""

from app.ui.printing.controller import BatchReport, PrintController, Printed
from app.ui.printing.printer import PrinterBackend, PrintOutcome, PrintTarget, QtPrinterBackend
from app.ui.printing.settings import PrintSettings

__all__ = [
    "BatchReport",
    "PrintController",
    "PrintOutcome",
    "PrintSettings",
    "PrintTarget",
    "Printed",
    "PrinterBackend",
    "QtPrinterBackend",
]
