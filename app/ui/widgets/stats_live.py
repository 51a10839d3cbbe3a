"""The statistics station's live tab: counters of the day, the rooms as a table and a
stacked bar chart, and the outcomes so far as a pie."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.types import Outcome
from app.services.statistics_live import Count, LiveDay
from app.ui.item_models.stats_rooms import RoomLiveModel
from app.ui.widgets.station_parts import side_by_side
from app.ui.widgets.stats_charts import PieChart, StackedBarChart
from app.ui.widgets.stats_tiles import NumberTile
from app.ui.widgets.stats_words import OUTCOME_COLOURS, STAGE_COLOURS, outcome_label, stage_labels

NUMBER_COLUMN_WIDTH = 78


def _t(text: str) -> str:
    return QCoreApplication.translate("StatisticsStation", text)


def count_text(count: Count) -> tuple[str, str]:
    """ "12 批", "18 人次"."""
    return (
        _t("{n} 批").format(n=count.batches),
        _t("{n} 人次").format(n=count.persons),
    )


class LiveTab(QWidget):
    """Shows one :class:`LiveDay`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = {
            "registered": NumberTile(
                _t("已签到（接访）"), _t("已到场签到的批次及人数（不含预登记未到和已取消）")
            ),
            "waiting": NumberTile(_t("候谈"), _t("在接待室排队或已叫号的批次"), "#b26a00"),
            "in_reception": NumberTile(_t("接谈中"), _t("正在接待室接谈的批次"), "#1e88e5"),
            "done": NumberTile(_t("已接谈"), _t("所有事项已作出处理意见的批次"), "#2e7d32"),
            "set_aside": NumberTile(_t("暂缓/过号"), _t("暂缓或过号的批次（仍属已签到）")),
            "pre_registered": NumberTile(_t("预登记未到"), _t("已预登记、尚未到场签到的批次")),
            "cases": NumberTile(
                _t("已处理事项"), _t("已签到批次的信访事项中已作出处理意见的件数；待处理为其余件数")
            ),
        }
        tiles = QGridLayout()
        tiles.setSpacing(8)
        for column, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, column)
        self.model = RoomLiveModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)  # in room order, like the chart beside it
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setDefaultSectionSize(NUMBER_COLUMN_WIDTH)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(RoomLiveModel.ROOM, QHeaderView.ResizeMode.Stretch)
        self.rooms_chart = StackedBarChart(_t("各接待室批次"), horizontal=False)
        self.outcome_chart = PieChart(_t("处理结果"), _t("尚无已处理的事项"))
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.rooms_chart)
        charts.addWidget(self.outcome_chart)
        charts.setSizes([440, 220])
        body = side_by_side(self.table, charts, (3, 2), (880, 520))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(tiles)
        layout.addWidget(body, 1)

    def show_day(self, live: LiveDay) -> None:
        """Fill every counter, the table and the charts."""
        for key in ("registered", "waiting", "in_reception", "done", "set_aside"):
            batches, persons = count_text(getattr(live, key))
            self.tiles[key].set_value(batches, persons)
        batches, persons = count_text(live.pre_registered)
        self.tiles["pre_registered"].set_value(batches, persons)
        decided = sum(live.outcomes.values())
        self.tiles["cases"].set_value(
            _t("{n} 件").format(n=decided),
            _t("共 {total} 件，待处理 {open} 件").format(total=live.cases, open=live.undecided),
        )
        self.model.set_rows(live.rooms)
        labels = stage_labels()
        stages = (
            [r.waiting for r in live.rooms],
            [r.in_reception for r in live.rooms],
            [r.done for r in live.rooms],
            [r.set_aside for r in live.rooms],
        )
        self.rooms_chart.set_bars(
            [str(r.number) for r in live.rooms],
            [
                (label, colour, values)
                for label, colour, values in zip(labels, STAGE_COLOURS, stages, strict=True)
            ],
            _t("接待室编号"),
        )
        self.outcome_chart.set_parts(
            [
                (outcome_label(o.value), live.outcomes.get(o.value, 0), OUTCOME_COLOURS[o.value])
                for o in Outcome
            ]
        )
