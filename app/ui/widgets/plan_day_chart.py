"""A small QtCharts line chart: batches waiting over the day, current vs recommended."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

DAY_START_HOUR = 8
CURRENT_COLOUR = QColor("#c0392b")
RECOMMENDED_COLOUR = QColor("#1f6fb2")


def _step(top: float) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500):
        if step * 5 >= top:
            return step
    return 1000


class QueueChart(QChartView):
    """Two curves of the mean number of batches waiting, by the hour of the day."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setPixelSize(14)
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 240)
        self.x_axis = QValueAxis()
        self.x_axis.setLabelFormat("%d")
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series: list[QLineSeries] = []

    def set_curves(
        self,
        curves: Sequence[tuple[str, Sequence[tuple[float, float]]]],
        x_title: str,
        y_title: str,
    ) -> None:
        """Replace the curves: ``(name, [(minute of the day, batches waiting)])`` each,
        drawn in the current and recommended colours in that order."""
        chart = self.chart()
        for series in self.series:
            chart.removeSeries(series)
            series.deleteLater()
        self.series = []
        last_hour, top = DAY_START_HOUR + 8.0, 1.0
        for (name, points), colour in zip(
            curves, (CURRENT_COLOUR, RECOMMENDED_COLOUR), strict=False
        ):
            series = QLineSeries()
            series.setName(name)
            series.setPen(QPen(colour, 2))
            for minute, value in points:
                series.append(QPointF(DAY_START_HOUR + minute / 60, value))
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
            self.series.append(series)
            if points:
                last_hour = max(last_hour, DAY_START_HOUR + points[-1][0] / 60)
                top = max(top, max(v for _, v in points))
        span = math.ceil(last_hour) - DAY_START_HOUR
        stride = 1 if span <= 6 else 2 if span <= 12 else 4
        intervals = math.ceil(span / stride)
        self.x_axis.setRange(DAY_START_HOUR, DAY_START_HOUR + stride * intervals)
        self.x_axis.setTickCount(intervals + 1)
        step = _step(top)
        self.y_axis.setRange(0, step * math.ceil(top / step))
        self.y_axis.setTickCount(math.ceil(top / step) + 1)
        self.x_axis.setTitleText(x_title)
        self.y_axis.setTitleText(y_title)
