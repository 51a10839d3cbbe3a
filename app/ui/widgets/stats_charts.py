"""QtCharts views of the statistics station: a pie of parts of a whole and a horizontal
stacked bar chart of categories. Each ``set_…`` call rebuilds the series, so a refresh
never leaves stale slices or bars behind."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

MAX_CATEGORY_CHARS = 10
LABEL_PIXELS = 10
LEGEND_PIXELS = 14


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setPixelSize(15)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setBackgroundRoundness(4)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def short_label(text: str) -> str:
    """A category label short enough for the axis (the full text is in the table)."""
    return text if len(text) <= MAX_CATEGORY_CHARS else text[: MAX_CATEGORY_CHARS - 1] + "…"


def nice_step(top: int, ticks: int = 5) -> int:
    """A round tick interval (1, 2, 5, 10, 20, 50 …) giving at most ``ticks`` intervals."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor * ticks >= top:
                return step * factor
        step *= 10


class PieChart(QFrame):
    """Parts of a whole: one slice per non-zero part, and beside the pie a legend of
    "name n · share" lines (labels on small slices would collide, and QtCharts' own
    legend elides long entries); the legend says ``empty_text`` when all are zero."""

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pieCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QFrame#pieCard { background: white; border-radius: 4px; }")
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold; padding-top: 6px;")
        self.view = QChartView(_chart(""))
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setStyleSheet("background: transparent;")
        self.view.chart().setBackgroundVisible(False)
        self.view.chart().legend().hide()
        self.view.setMinimumSize(180, 200)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setStyleSheet(f"font-size: {LEGEND_PIXELS}px;")
        self.legend.setMargin(8)
        self._empty_text = empty_text
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addWidget(self.view, 1)
        row.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addLayout(row, 1)
        self.series = QPieSeries()

    def set_parts(self, parts: Sequence[tuple[str, int, str]]) -> None:
        """``(label, value, colour)`` per part, in order."""
        chart = self.view.chart()
        chart.removeAllSeries()
        self.series = QPieSeries()
        total = sum(value for _, value, _ in parts)
        lines = []
        for label, value, colour in parts:
            if value <= 0:
                continue
            text = f"{label} {value} · {value / total:.0%}"
            self.series.append(text, value).setColor(QColor(colour))
            lines.append(f'<span style="color:{colour}">■</span> {html.escape(text)}')
        self.series.setPieSize(0.8)
        chart.addSeries(self.series)
        empty = f'<span style="color:#5f6b7a">{html.escape(self._empty_text)}</span>'
        self.legend.setText("<br>".join(lines) if lines else empty)

    def slices(self) -> list[tuple[str, float]]:
        """What the pie shows (label, value), for tests and accessibility."""
        return [(s.label(), s.value()) for s in self.series.slices()]


class StackedBarChart(QChartView):
    """Categories as bars stacked by part: horizontal bars with the first category on top
    (long names such as units), or columns from left to right (many short ones, rooms)."""

    def __init__(self, title: str, horizontal: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(_chart(title), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(300, 220)
        self.horizontal = horizontal
        self.series: QAbstractBarSeries = self._new_series()

    def _new_series(self) -> QAbstractBarSeries:
        return QHorizontalStackedBarSeries() if self.horizontal else QStackedBarSeries()

    def set_bars(
        self,
        categories: Sequence[str],
        parts: Sequence[tuple[str, str, Sequence[int]]],
        axis_title: str = "",
    ) -> None:
        """``parts``: ``(label, colour, one value per category)``; ``axis_title`` names
        the categories' axis."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.series = self._new_series()
        self.series.setBarWidth(0.7)
        order = reversed if self.horizontal else list
        for label, colour, values in parts:
            bar = QBarSet(label)
            bar.setColor(QColor(colour))
            bar.setBorderColor(QColor(colour))
            bar.append([float(v) for v in order(values)])
            self.series.append(bar)
        chart.addSeries(self.series)
        names = QBarCategoryAxis()
        names.append([short_label(c) for c in order(categories)] or [""])
        font = QFont(names.labelsFont())
        font.setPixelSize(LABEL_PIXELS)
        names.setLabelsFont(font)
        if axis_title:
            names.setTitleText(axis_title)
            title_font = QFont(names.titleFont())
            title_font.setPixelSize(LABEL_PIXELS + 1)
            title_font.setBold(False)
            names.setTitleFont(title_font)
        name_side, count_side = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
        if not self.horizontal:
            name_side, count_side = count_side, name_side
        chart.addAxis(names, name_side)
        self.series.attachAxis(names)
        counts = QValueAxis()
        top = max((sum(p[2][i] for p in parts) for i in range(len(categories))), default=0)
        step = nice_step(top)
        counts.setRange(0, step * max(1, math.ceil(top / step)))
        counts.setTickType(QValueAxis.TickType.TicksDynamic)
        counts.setTickAnchor(0)
        counts.setTickInterval(step)
        counts.setLabelFormat("%d")
        chart.addAxis(counts, count_side)
        self.series.attachAxis(counts)

    def totals(self) -> list[float]:
        """Each category's bar length in the order given (for tests)."""
        sets = self.series.barSets()
        if not sets:
            return []
        indexes = range(sets[0].count())
        return [
            sum(s.at(i) for s in sets) for i in (reversed(indexes) if self.horizontal else indexes)
        ]
