"""Lead-unit suggestions (topic → unit rules) as the set-up station lists them."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.services.setup_data import TopicInfo, UnitInfo
from app.ui.item_models.setup_table import Column, SetupTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("RuleTableModel", text)


@dataclass(frozen=True)
class RuleRow:
    """One rule: cases on ``topic`` are suggested to ``unit``; a lower rank comes first
    (rank 0 is shown as place 1)."""

    topic: TopicInfo
    unit: UnitInfo
    rank: int
    order: int  # the topic's place in the catalogue, for sorting
    unit_active: bool


def rule_rows(
    rules: Iterable[tuple[int, int, int]],
    topics: tuple[TopicInfo, ...],
    units: Mapping[int, UnitInfo],
    active_unit_ids: Collection[int],
) -> tuple[RuleRow, ...]:
    """(topic id, unit id, rank) rules in catalogue order, best unit first per topic.

    A rule whose topic or unit is unknown to ``topics``/``units`` is left out.
    """
    place = {t.id: (i, t) for i, t in enumerate(topics)}
    rows = [
        RuleRow(place[t][1], units[u], rank, place[t][0], u in active_unit_ids)
        for t, u, rank in rules
        if t in place and u in units
    ]
    rows.sort(key=lambda r: (r.order, r.rank, r.unit.id))
    return tuple(rows)


def rules_by_topic(rows: Iterable[RuleRow]) -> dict[int, tuple[UnitInfo, ...]]:
    """Each topic's suggested units in the order of ``rows``."""
    found: dict[int, list[UnitInfo]] = {}
    for row in rows:
        found.setdefault(row.topic.id, []).append(row.unit)
    return {topic_id: tuple(units) for topic_id, units in found.items()}


COLUMNS: tuple[Column[RuleRow], ...] = (
    Column(lambda: _t("反映类别"), lambda r: r.topic.name, lambda r: r.order * 1000 + r.rank),
    Column(
        lambda: _t("顺位"), lambda r: str(r.rank + 1), lambda r: r.rank, Qt.AlignmentFlag.AlignRight
    ),
    Column(lambda: _t("建议牵头单位"), lambda r: r.unit.name),
    Column(lambda: _t("简称"), lambda r: r.unit.short_name),
    Column(lambda: _t("状态"), lambda r: "" if r.unit_active else _t("单位已停用，交办时不再提供")),
)


class RuleTableModel(SetupTableModel[RuleRow]):
    """Rules by topic and rank; rules naming a retired unit are greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda r: not r.unit_active, parent)
