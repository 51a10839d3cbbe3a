"""The topic catalogue with each topic's suggested lead units."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.services.setup_data import TopicInfo, UnitInfo
from app.ui.item_models.setup_table import Column, SetupTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("TopicTableModel", text)


@dataclass(frozen=True)
class TopicRow:
    """A topic and its suggested lead units, best first."""

    topic: TopicInfo
    suggested: tuple[UnitInfo, ...]

    @property
    def suggested_text(self) -> str:
        return "、".join(u.short_name or u.name for u in self.suggested)


def topic_rows(
    topics: tuple[TopicInfo, ...], rules: Mapping[int, tuple[UnitInfo, ...]]
) -> tuple[TopicRow, ...]:
    """One row per topic in catalogue order."""
    return tuple(TopicRow(t, rules.get(t.id, ())) for t in topics)


def _minutes(value: float) -> str:
    return f"{value:g}"


COLUMNS: tuple[Column[TopicRow], ...] = (
    Column(lambda: _t("代码"), lambda r: r.topic.code),
    Column(lambda: _t("名称"), lambda r: r.topic.name),
    Column(lambda: _t("国家分类代码"), lambda r: r.topic.national_class_code),
    Column(
        lambda: _t("平均接待分钟"),
        lambda r: _minutes(r.topic.default_service_minutes),
        lambda r: r.topic.default_service_minutes,
        Qt.AlignmentFlag.AlignRight,
    ),
    Column(lambda: _t("综合"), lambda r: _t("是") if r.topic.is_general else ""),
    Column(lambda: _t("涉法涉诉"), lambda r: _t("是") if r.topic.is_legal_related else ""),
    Column(lambda: _t("建议牵头单位（按顺位）"), lambda r: r.suggested_text),
)


class TopicTableModel(SetupTableModel[TopicRow]):
    """Topics in catalogue order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, None, parent)
