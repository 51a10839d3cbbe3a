"""The statistics station's follow-up tab: the rates as big numbers with their
definitions, hand-overs by unit (chart and table) and by topic, satisfaction ratings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.types import Satisfaction
from app.services.statistics_follow_up import FollowUpStatistics, HandOverRow, Rate
from app.ui.item_models.stats_hand_overs import SORT_ROLE, HandOverModel
from app.ui.widgets.stats_charts import PieChart, StackedBarChart
from app.ui.widgets.stats_tiles import NumberTile
from app.ui.widgets.stats_words import (
    CLOSING_COLOURS,
    RATING_COLOURS,
    closing_labels,
    fraction,
    percent,
    rate_definitions,
    rate_titles,
    rating_label,
)

CHART_UNITS = 12
"""The unit chart shows the lead units with the most hand-overs; the table shows all,
co-units too."""

NUMBER_COLUMN_WIDTH = 70
RATE_COLUMN_WIDTH = 86

RATES = ("on_spot", "on_time", "on_time_of_due", "repeat", "satisfaction",
         "satisfaction_unit", "participation")  # fmt: skip


def _t(text: str) -> str:
    return QCoreApplication.translate("StatisticsStation", text)


def _table(model: HandOverModel) -> QTableView:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order: most first
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setMinimumSectionSize(40)
    header.setDefaultSectionSize(NUMBER_COLUMN_WIDTH)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(HandOverModel.NAME, QHeaderView.ResizeMode.Stretch)
    header.resizeSection(HandOverModel.RATE, RATE_COLUMN_WIDTH)
    return table


def closing_parts(rows: tuple[HandOverRow, ...]) -> list[tuple[str, str, list[int]]]:
    """Each row split into closed on time, closed late, open in time and overdue."""
    values = (
        [r.closed_on_time for r in rows],
        [r.closed - r.closed_on_time for r in rows],
        [r.open - r.overdue for r in rows],
        [r.overdue for r in rows],
    )
    return [
        (label, colour, list(v))
        for label, colour, v in zip(closing_labels(), CLOSING_COLOURS, values, strict=True)
    ]


class FollowUpTab(QWidget):
    """Shows one :class:`FollowUpStatistics`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titles, definitions = rate_titles(), rate_definitions()
        titles["repeat"] = _t("重复访")
        self.tiles: dict[str, NumberTile] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for position, key in enumerate((*RATES, "hand_overs")):
            if key == "hand_overs":
                tile = NumberTile(_t("交办件"), _t("本接访日交办责任单位的件数及办理情况"))
            else:
                tile = NumberTile(titles[key], definitions[key], "#2b4a6f")
            self.tiles[key] = tile
            grid.addWidget(tile, position // 4, position % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self.definitions = definitions

        self.unit_model = HandOverModel(_t("责任单位"), self)
        self.topic_model = HandOverModel(_t("反映类别"), self)
        self.unit_table, self.topic_table = _table(self.unit_model), _table(self.topic_model)
        self.topic_table.hideColumn(HandOverModel.ASSISTING)
        self.tables = QTabWidget()
        self.tables.addTab(self.unit_table, _t("按责任单位"))
        self.tables.addTab(self.topic_table, _t("按反映类别"))
        self.unit_chart = StackedBarChart(_t("交办件最多的责任单位"))
        self.rating_chart = PieChart(_t("回访满意度（接访工作）"), _t("尚无回访评价"))
        self.rating_chart.setToolTip(definitions["satisfaction"])
        body = QSplitter()
        body.addWidget(self.unit_chart)
        body.addWidget(self.tables)
        body.addWidget(self.rating_chart)
        body.setSizes([380, 700, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(body, 1)

    def show_statistics(self, stats: FollowUpStatistics) -> None:
        """Fill the tiles, tables and charts."""
        for key in RATES:
            if key == "repeat":
                rate = Rate(stats.repeat_petitioners, stats.petitioners)
                detail = _t("{n} 人曾来访（共 {total} 人）；标记为重复访 {batches} 批").format(
                    n=rate.numerator, total=rate.denominator, batches=stats.repeat_batches
                )
            else:
                rate = getattr(stats, key)
                detail = f"{fraction(rate)}　{self.definitions[key]}"
            self.tiles[key].set_value(percent(rate), detail)
        self.tiles["hand_overs"].set_value(
            _t("{n} 件").format(n=stats.handed_over),
            _t("已办结 {closed} 件，在办 {open} 件，其中超期未结 {overdue} 件").format(
                closed=stats.closed, open=stats.handed_over - stats.closed, overdue=stats.overdue
            ),
        )
        self.unit_model.set_rows(stats.by_unit)
        self.topic_model.set_rows(stats.by_topic)
        shown = tuple(r for r in stats.by_unit if r.assignments)[:CHART_UNITS]
        self.unit_chart.set_bars([r.name for r in shown], closing_parts(shown))
        self.rating_chart.set_parts(
            [
                (rating_label(s.value), stats.ratings.get(s.value, 0), RATING_COLOURS[s.value])
                for s in Satisfaction
            ]
        )
