"""The rooms of an event as the set-up station lists them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.services.setup_data import EventSetup, RoomInfo
from app.ui.item_models.setup_table import Column, SetupTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("RoomTableModel", text)


@dataclass(frozen=True)
class RoomRow:
    """A room with the names of its topics, leaders and units."""

    room: RoomInfo
    topics: str
    leaders: str
    units: str


def room_rows(setup: EventSetup) -> tuple[RoomRow, ...]:
    """One row per room, names joined in directory order."""

    def names(ids: frozenset[int], items: tuple[tuple[int, str], ...]) -> str:
        return "、".join(name for item_id, name in items if item_id in ids)

    topics = tuple((t.id, t.name) for t in setup.topics)
    leaders = tuple((x.id, x.name) for x in setup.leaders)
    units = tuple((u.id, u.short_name or u.name) for u in setup.units)
    return tuple(
        RoomRow(
            r, names(r.topic_ids, topics), names(r.leader_ids, leaders), names(r.unit_ids, units)
        )
        for r in setup.rooms
    )


COLUMNS: tuple[Column[RoomRow], ...] = (
    Column(
        lambda: _t("编号"),
        lambda r: str(r.room.number),
        lambda r: r.room.number,
        Qt.AlignmentFlag.AlignRight,
    ),
    Column(lambda: _t("名称"), lambda r: r.room.name),
    Column(lambda: _t("位置"), lambda r: r.room.location),
    Column(lambda: _t("状态"), lambda r: _t("开放") if r.room.is_open else _t("暂停接待")),
    Column(lambda: _t("综合"), lambda r: _t("是") if r.room.is_general else ""),
    Column(lambda: _t("反映类别"), lambda r: r.topics),
    Column(lambda: _t("值守领导"), lambda r: r.leaders),
    Column(lambda: _t("在场责任单位"), lambda r: r.units),
)


class RoomTableModel(SetupTableModel[RoomRow]):
    """Rooms by number; closed rooms are greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda r: not r.room.is_open, parent)
