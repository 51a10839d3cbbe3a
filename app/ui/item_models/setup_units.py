"""The unit directory (责任单位): units in use first, then retired ones (greyed)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from app.services.setup_data import EventSetup, UnitInfo
from app.ui.item_models.setup_table import Column, SetupTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("UnitTableModel", text)


def unit_kinds() -> dict[str, str]:
    """The kinds of unit the directory knows, by stored value."""
    return {"department": _t("县直部门"), "township": _t("乡镇（街道）"), "other": _t("其他单位")}


def kind_text(kind: str) -> str:
    """A stored kind in words (unknown kinds are shown as stored)."""
    return unit_kinds().get(kind, kind)


@dataclass(frozen=True)
class UnitRow:
    """A unit, whether it is still offered, and the rooms of this event it sits in."""

    unit: UnitInfo
    active: bool
    rooms: str


def unit_rows(setup: EventSetup, retired: Iterable[UnitInfo] = ()) -> tuple[UnitRow, ...]:
    """The event's active units in directory order, then the ``retired`` ones by name."""

    def rooms(unit_id: int) -> str:
        return "、".join(
            _t("{n} 号").format(n=r.number) for r in setup.rooms if unit_id in r.unit_ids
        )

    active = {u.id for u in setup.units}
    gone = sorted((u for u in retired if u.id not in active), key=lambda u: u.name)
    return tuple(UnitRow(u, True, rooms(u.id)) for u in setup.units) + tuple(
        UnitRow(u, False, "") for u in gone
    )


COLUMNS: tuple[Column[UnitRow], ...] = (
    Column(lambda: _t("名称"), lambda r: r.unit.name),
    Column(lambda: _t("简称"), lambda r: r.unit.short_name),
    Column(lambda: _t("类型"), lambda r: kind_text(r.unit.kind)),
    Column(lambda: _t("状态"), lambda r: _t("在用") if r.active else _t("已停用")),
    Column(lambda: _t("本场在场接待室"), lambda r: r.rooms),
    Column(lambda: _t("联系人"), lambda r: r.unit.contact_person),
    Column(lambda: _t("联系电话"), lambda r: r.unit.contact_phone),
)


class UnitTableModel(SetupTableModel[UnitRow]):
    """Units in directory order; retired units are greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda r: not r.active, parent)
