"""The rows of an import preview as a table: problem rows tinted, the cells at fault
marked, rows already pre-registered greyed; a proxy shows only the problem rows."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.masking import mask_id_number, mask_phone
from app.services.imports import ImportRow, RowStatus
from app.ui.icons import icon
from app.ui.item_models.row_table import RowTableModel
from app.ui.widgets.import_words import problem_text, status_text

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

PROBLEM_TINT, PROBLEM_CELL = QColor("#fdecea"), QColor("#f5b7b1")
ALREADY_TEXT = QColor("#8a96a3")


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportPreviewModel", text)


#: The field each column shows, in order.
COLUMNS: tuple[str, ...] = (
    "row", "status", "problems", "name", "id_number", "phone", "head_count", "topic",
    "request", "summary",
)  # fmt: skip


def header_text(field: str) -> str:
    """A column's header."""
    return {
        "row": _t("行号"),
        "status": _t("状态"),
        "problems": _t("问题"),
        "name": _t("姓名"),
        "id_number": _t("身份证号"),
        "phone": _t("联系电话"),
        "head_count": _t("人数"),
        "topic": _t("反映类别"),
        "request": _t("预约接待室或领导"),
        "summary": _t("问题摘要"),
    }[field]


class ImportPreviewModel(RowTableModel[ImportRow]):
    """Every row of a preview; ID numbers and phones masked as on every screen."""

    PROBLEMS = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_headers([header_text(field) for field in COLUMNS])

    def _text(self, row: ImportRow, field: str) -> str:
        cells = row.cells
        if field == "row":
            return str(row.row)
        if field == "status":
            return status_text(row.status)
        if field == "id_number":
            return mask_id_number(cells.get("id_number", ""))
        if field == "phone":
            phone = cells.get("phone", "")
            return mask_phone(phone) if phone else ""
        if field == "head_count":
            return str(row.head_count) if row.head_count else cells.get("head_count", "")
        if field == "topic":
            return row.topic_name or cells.get("topic", "")
        if field == "request":
            return row.request_text or cells.get("request", "")
        if field == "problems":
            return "；".join(problem_text(p) for p in row.problems)
        return cells.get(field, "").replace("\n", " ")

    def cell(self, row: ImportRow, column: int, role: int) -> object:
        if not 0 <= column < len(COLUMNS):
            return None
        field = COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, field)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.problems:
                return "\n".join(problem_text(p) for p in row.problems)
            return self._text(row, field) or None
        if role == Qt.ItemDataRole.BackgroundRole and row.status is RowStatus.PROBLEM:
            at_fault = any(p.field == field for p in row.problems)
            return QBrush(PROBLEM_CELL if at_fault else PROBLEM_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and row.status is RowStatus.ALREADY:
            return QBrush(ALREADY_TEXT)
        if role == Qt.ItemDataRole.DecorationRole and field == "status":
            names = {RowStatus.READY: "ok", RowStatus.PROBLEM: "error", RowStatus.ALREADY: "repeat"}
            return icon(names[row.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and field in ("row", "head_count"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None


class ProblemFilter(QSortFilterProxyModel):
    """All rows, or only those with problems."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only_problems = False

    def set_only_problems(self, only: bool) -> None:
        self.beginFilterChange()
        self._only_problems = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._only_problems:
            return True
        model = self.sourceModel()
        assert isinstance(model, ImportPreviewModel)
        return model.row_at(source_row).status is RowStatus.PROBLEM
