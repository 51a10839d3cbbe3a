"""The unit directory (责任单位)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app.services.setup_data import UnitInfo
from app.ui.item_models.setup_table import Column, SetupTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("UnitTableModel", text)


def unit_kinds() -> dict[str, str]:
    """The kinds of unit the directory knows, by stored value."""
    return {"department": _t("县直部门"), "township": _t("乡镇（街道）"), "other": _t("其他单位")}


def kind_text(kind: str) -> str:
    """A stored kind in words (unknown kinds are shown as stored)."""
    return unit_kinds().get(kind, kind)


COLUMNS: tuple[Column[UnitInfo], ...] = (
    Column(lambda: _t("名称"), lambda u: u.name),
    Column(lambda: _t("简称"), lambda u: u.short_name),
    Column(lambda: _t("类型"), lambda u: kind_text(u.kind)),
    Column(lambda: _t("联系人"), lambda u: u.contact_person),
    Column(lambda: _t("联系电话"), lambda u: u.contact_phone),
)


class UnitTableModel(SetupTableModel[UnitInfo]):
    """Active units in directory order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, None, parent)
