"""Leaders and the rooms of the event they sit in."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from app.services.setup_data import EventSetup, LeaderInfo
from app.ui.item_models.setup_table import Column, SetupTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("LeaderTableModel", text)


@dataclass(frozen=True)
class LeaderRow:
    """A leader with the rooms of this event they are on duty in."""

    leader: LeaderInfo
    rooms: str


def leader_rows(setup: EventSetup) -> tuple[LeaderRow, ...]:
    """One row per leader of the directory."""

    def rooms(leader_id: int) -> str:
        return "、".join(
            _t("{n} 号").format(n=r.number) for r in setup.rooms if leader_id in r.leader_ids
        )

    return tuple(LeaderRow(x, rooms(x.id)) for x in setup.leaders)


COLUMNS: tuple[Column[LeaderRow], ...] = (
    Column(lambda: _t("姓名"), lambda r: r.leader.name),
    Column(lambda: _t("职务"), lambda r: r.leader.title),
    Column(lambda: _t("本场值守接待室"), lambda r: r.rooms),
)


class LeaderTableModel(SetupTableModel[LeaderRow]):
    """Leaders in directory order; those not on duty this day are greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda r: not r.rooms, parent)
