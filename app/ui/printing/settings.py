"""This workstation's printing choices, remembered in QSettings.

Per document kind: the printer (empty: the system default) and whether to print silently
(no dialog; the desk's ticket printer is silent by default). Also the receipt paper
(A5 sheet or 80 mm roll) and the folder PDFs were last saved to.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings

from app.printing import ReceiptVariant
from app.services.print_data import DocumentKind

BUNDLE = "bundle"
"""Key of the bundles (unit cover lists and the day's slips), printed like slips."""

KINDS: tuple[str, ...] = (
    DocumentKind.ASSIGNMENT_SLIP.value,
    DocumentKind.RECEIPT.value,
    DocumentKind.TICKET.value,
    DocumentKind.NOTICE.value,
    DocumentKind.DAY_SUMMARY.value,
    DocumentKind.REMINDER.value,
    BUNDLE,
)
SILENT_BY_DEFAULT = frozenset({DocumentKind.TICKET.value})


def _t(text: str) -> str:
    return QCoreApplication.translate("PrintSettings", text)


def kind_label(kind: str) -> str:
    """A document kind as the clerk knows it."""
    labels = {
        DocumentKind.ASSIGNMENT_SLIP.value: _t("交办单"),
        DocumentKind.RECEIPT.value: _t("受理回执"),
        DocumentKind.TICKET.value: _t("排队号"),
        DocumentKind.NOTICE.value: _t("预约通知"),
        DocumentKind.DAY_SUMMARY.value: _t("当日汇总"),
        DocumentKind.REMINDER.value: _t("催办函"),
        BUNDLE: _t("交办清单/汇总"),
    }
    return labels.get(kind, kind)


class PrintSettings:
    """Typed access to the printing keys of a QSettings store."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings("ReceptionDay", "ReceptionDay")

    def printer(self, kind: str) -> str:
        """The remembered printer for ``kind``; "" means the system default."""
        return str(self._store.value(f"printing/{kind}/printer", "") or "")

    def set_printer(self, kind: str, name: str) -> None:
        self._store.setValue(f"printing/{kind}/printer", name)

    def silent(self, kind: str) -> bool:
        """Print without asking (to the remembered or default printer)."""
        value = self._store.value(f"printing/{kind}/silent", kind in SILENT_BY_DEFAULT)
        return value in (True, "true", "1", 1)

    def set_silent(self, kind: str, silent: bool) -> None:
        self._store.setValue(f"printing/{kind}/silent", silent)

    def receipt_variant(self) -> ReceiptVariant:
        value = str(self._store.value("printing/receipt_variant", ReceiptVariant.A5.value))
        try:
            return ReceiptVariant(value)
        except ValueError:
            return ReceiptVariant.A5

    def set_receipt_variant(self, variant: ReceiptVariant) -> None:
        self._store.setValue("printing/receipt_variant", variant.value)

    def save_dir(self) -> str:
        return str(self._store.value("printing/save_dir", "") or "")

    def set_save_dir(self, folder: str) -> None:
        self._store.setValue("printing/save_dir", folder)

    def sync(self) -> None:
        self._store.sync()
