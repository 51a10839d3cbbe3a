"""The print queue as a table, and the proxy that filters it by status, room, unit, kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.types import PrintJobStatus
from app.services.print_data import MISSING_FILTER, CopyLabel, DocumentKind, PrintJobRow
from app.ui.icons import icon
from app.ui.item_models.row_table import RowTableModel
from app.ui.style import URGENCY_COLOURS

Index = QModelIndex | QPersistentModelIndex
P = PrintJobStatus

JOB_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

MISSING_BACKGROUND = QColor("#fde7e7")
MISSING_TEXT = QColor("#b71c1c")
PENDING_TEXT = QColor("#8d5b00")
DONE_TEXT = QColor("#5f6b7a")


def _t(text: str) -> str:
    return QCoreApplication.translate("PrintQueueModel", text)


def status_text(row: PrintJobRow) -> str:
    """The row's state as the clerk reads it; a failed or cancelled copy says 未出单."""
    if row.needs_reprint:
        return _t("未出单")
    texts = {
        P.PENDING.value: _t("待打印"),
        P.PRINTED.value: _t("已打印"),
        P.FAILED.value: _t("失败·已补打"),
        P.CANCELLED.value: _t("取消·已补打"),
    }
    return texts.get(row.status, row.status)


def document_text(row: PrintJobRow) -> str:
    """Document and copy: 交办单·牵头 (第一联 to the lead unit), 交办单·协办 (第一联 to a
    co-unit), 交办单·存档 (第二联), 受理回执…"""
    if row.document == DocumentKind.ASSIGNMENT_SLIP.value:
        copies = {
            CopyLabel.UNIT.value: _t("交办单·牵头"),
            CopyLabel.CO_UNIT.value: _t("交办单·协办"),
            CopyLabel.ARCHIVE.value: _t("交办单·存档"),
        }
        return copies.get(row.copy_label, _t("交办单"))
    kinds = {
        DocumentKind.RECEIPT.value: _t("受理回执"),
        DocumentKind.TICKET.value: _t("排队号"),
        DocumentKind.NOTICE.value: _t("预约通知"),
        DocumentKind.DAY_SUMMARY.value: _t("当日汇总"),
        DocumentKind.REMINDER.value: _t("催办函"),
    }
    return kinds.get(row.document, row.document)


class PrintQueueModel(RowTableModel[PrintJobRow]):
    """Every print job of the event (newest first as the service returns them)."""

    STATUS, DOCUMENT, NUMBER, UNIT, ROOM, REPRINT, CREATED, FINISHED, NOTE = range(9)
    COLUMNS = 9

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)
        self.set_headers(
            (
                _t("状态"),
                _t("文书"),
                _t("编号"),
                _t("责任单位"),
                _t("接待室"),
                _t("补打"),
                _t("生成"),
                _t("完成"),
                _t("打印机 / 原因"),
            )
        )

    def row_of_job(self, job_id: int) -> int:
        """The model row of a job, or -1."""
        return next((i for i, r in enumerate(self.rows()) if r.job_id == job_id), -1)

    def cell(self, row: PrintJobRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == JOB_ID_ROLE:
            return row.job_id
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole and row.needs_reprint:
            return QBrush(MISSING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole and (column == self.NUMBER or row.needs_reprint):
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.REPRINT,
            self.CREATED,
            self.FINISHED,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: PrintJobRow, column: int) -> str:
        if column == self.STATUS:
            return status_text(row)
        if column == self.DOCUMENT:
            return document_text(row)
        if column == self.NUMBER:
            return row.case_number or (
                _t("{t} 号").format(t=row.ticket_text) if row.ticket_text else ""
            )
        if column == self.UNIT:
            return row.unit_name
        if column == self.ROOM:  # the number; the tooltip has the room's name
            return row.room_name.split(" ", 1)[0]
        if column == self.REPRINT:
            return _t("补打{n}").format(n=row.reprint_no) if row.reprint_no else ""
        if column == self.CREATED:
            return row.created_at.strftime("%H:%M")
        if column == self.FINISHED:
            return row.finished_at.strftime("%H:%M") if row.finished_at else ""
        if column == self.NOTE:
            return row.error or row.printer
        return ""

    def _sort_key(self, row: PrintJobRow, column: int) -> Any:
        if column in (self.CREATED, self.FINISHED):
            moment = row.created_at if column == self.CREATED else row.finished_at
            return moment.isoformat() if moment else ""
        if column == self.REPRINT:
            return row.reprint_no
        return self._display(row, column)

    def _foreground(self, row: PrintJobRow, column: int) -> QBrush | None:
        if row.needs_reprint:
            return QBrush(MISSING_TEXT)
        if column == self.STATUS and row.status == P.PENDING.value:
            return QBrush(PENDING_TEXT)
        if row.status != P.PENDING.value:
            return QBrush(DONE_TEXT)
        return None

    def _decoration(self, row: PrintJobRow, column: int) -> Any:
        if column == self.STATUS:
            if row.needs_reprint:
                return icon("warning", MISSING_TEXT.name())
            if row.status == P.PRINTED.value:
                return icon("ok", "#2e7d32")
            return icon("print", PENDING_TEXT.name())
        if (
            column == self.DOCUMENT
            and row.document == DocumentKind.ASSIGNMENT_SLIP.value
            and row.urgency in URGENCY_COLOURS
        ):
            return QColor(URGENCY_COLOURS[row.urgency])
        if column == self.NUMBER and row.is_confidential:
            return icon("confidential", "#6a1b9a")
        return None

    @staticmethod
    def _tooltip(row: PrintJobRow) -> str:
        lines = [f"{document_text(row)} · {status_text(row)}"]
        if row.case_number:
            lines.append(_t("信访件编号：{n}").format(n=row.case_number))
        if row.unit_name:
            lines.append(_t("送达：{unit}").format(unit=row.unit_name))
        if row.room_name:
            lines.append(_t("接待室：{room}").format(room=row.room_name))
        if row.is_confidential:
            lines.append(_t("检举控告/保密件：送责任单位的交办单不含来访人信息"))
        if row.slip_missing:
            lines.append(_t("本件交办单未出单，须补打"))
        if row.finished_at:
            who = " ".join(x for x in (row.user_name, row.station) if x)
            lines.append(
                _t("{time} 由 {who} 送 {printer}").format(
                    time=row.finished_at.strftime("%H:%M:%S"), who=who, printer=row.printer
                )
            )
        if row.error:
            lines.append(_t("原因：{e}").format(e=row.error))
        if row.needs_reprint:
            lines.append(_t("按 Ctrl+R 补打"))
        return "\n".join(lines)


class PrintQueueFilter(QSortFilterProxyModel):
    """Filters the queue: status (or 未出单), room, unit, document kind, number text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status: str = ""
        self.room_id: int | None = None
        self.unit_id: int | None = None
        self.document: str = ""
        self.text: str = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(
        self,
        *,
        status: str = "",
        room_id: int | None = None,
        unit_id: int | None = None,
        document: str = "",
        text: str = "",
    ) -> None:
        """Replace every filter at once (empty / None means any)."""
        self.beginFilterChange()
        self.status, self.room_id, self.unit_id = status, room_id, unit_id
        self.document, self.text = document, text.strip().upper()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if not isinstance(row, PrintJobRow):
            return False
        if self.status == MISSING_FILTER:
            if not row.needs_reprint:
                return False
        elif self.status and row.status != self.status:
            return False
        if self.room_id is not None and row.room_id != self.room_id:
            return False
        if self.unit_id is not None and row.unit_id != self.unit_id:
            return False
        if self.document and row.document != self.document:
            return False
        return not self.text or self.text in f"{row.case_number} {row.ticket_text}".upper()
