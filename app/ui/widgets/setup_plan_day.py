"""规划接待室: before the day, how many rooms each topic needs and the waits to expect.

The page reads the event's rooms and pre-registrations (``services.day_planning``),
then — off the GUI thread, with a progress bar and a cancel button — simulates the day
with walk-ins like the pre-registrations over several seeds, for the current layout and
for candidate layouts (:func:`app.domain.simulation.planning.recommend`). It shows the
current and the recommended layout's mean / p95 waits per topic in a table and the
batches waiting over the day in a chart. Cancelling keeps the best layout found so far.
"""

from __future__ import annotations

import threading
from collections import Counter

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.simulation.planning import LayoutFigures, PlanAdvice, recommend
from app.services.day_planning import PlanningInputs
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.item_models.plan_day import PlanDayModel, plan_rows
from app.ui.messages import describe_error
from app.ui.widgets.plan_day_apply import PlanApplier
from app.ui.widgets.plan_day_chart import QueueChart
from app.ui.widgets.station_parts import side_by_side


class _Relay(QObject):
    """Carries progress from the worker thread to the page (a queued connection)."""

    progressed = Signal(int, int, str)


def clock_text(minute: float) -> str:
    """Minute of the day (0 = 08:00) as a time; past midnight "次日 02:25"."""
    total = 8 * 60 + round(minute)
    text = f"{total // 60 % 24:02d}:{total % 60:02d}"
    if total >= 24 * 60:
        return QCoreApplication.translate("PlanDayPage", "次日 {time}").format(time=text)
    return text


class PlanDayPage(QWidget):
    """The set-up station's plan-the-day tab."""

    finished = Signal(object)  # PlanAdvice, once shown
    failed = Signal(object)  # the error, once worded
    progressed = Signal(int, int, str)  # done, total, stage — on the GUI thread

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._planning = env.services.day_planning
        self._event_id: int | None = None
        self._cancel = threading.Event()
        self.inputs: PlanningInputs | None = None
        self.advice: PlanAdvice | None = None
        self.running = False
        intro = QLabel(
            self.tr(
                "根据本次接访日的预登记情况和预计的现场登记人数，模拟全天的接待过程，"
                "建议每个反映类别需要几间接待室，并比较现有安排与建议安排的预计等候时间。"
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.demand_label = QLabel()
        self.walk_ins = QSpinBox()
        self.walk_ins.setRange(0, 5000)
        self.walk_ins.setSuffix(self.tr(" 批"))
        self.seeds = QSpinBox()
        self.seeds.setRange(1, 20)
        self.seeds.setValue(3)
        self.seeds.setSuffix(self.tr(" 天"))
        self.time_limit = QSpinBox()
        self.time_limit.setRange(5, 300)
        self.time_limit.setValue(20)
        self.time_limit.setSuffix(self.tr(" 秒"))
        self.start_button = QPushButton(icon("statistics"), self.tr("开始规划"))
        self.start_button.setProperty("primary", "true")
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(icon("error"), self.tr("取消"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setTextVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("预登记")))
        bar.addWidget(self.demand_label)
        bar.addSpacing(16)
        for text, spin in (
            (self.tr("预计现场登记"), self.walk_ins),
            (self.tr("模拟天数"), self.seeds),
            (self.tr("最长计算时间"), self.time_limit),
        ):
            bar.addWidget(QLabel(text))
            bar.addWidget(spin)
        bar.addSpacing(16)
        bar.addWidget(self.start_button)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.progress, 2)
        bar.addStretch(1)
        self.applier = PlanApplier(env, self)
        self.applier.applied.connect(self._applied)
        self.applier.failed.connect(self.message.setText)
        bar.addWidget(self.applier.button)
        self.current_label = QLabel()
        self.recommended_label = QLabel()
        self.recommended_label.setProperty("role", "heading")
        self.model = PlanDayModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.chart = QueueChart(self.tr("全天候谈批次（各模拟日平均）"))
        split = side_by_side(self.table, self.chart, (3, 2), (960, 380))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.current_label)
        layout.addWidget(self.recommended_label)
        layout.addWidget(split, 1)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)
        self.destroyed.connect(self._cancel.set)  # a closed window stops the search

    # -- loading -----------------------------------------------------------------------

    def set_event(self, event_id: int) -> None:
        """Plan ``event_id``: read its rooms and pre-registrations again (a short read);
        the last plan stays on screen unless the event changed."""
        if self.running:
            return
        if event_id != self._event_id:
            self._event_id, self.inputs, self.advice = event_id, None, None
            self.model.set_rows(())
            self.applier.set_advice(event_id, None)
            self.current_label.clear()
            self.recommended_label.clear()
        planning = self._planning
        self._env.runner.submit(lambda: planning.inputs(event_id), self._loaded, self._failed)

    def _loaded(self, result: object) -> None:
        assert isinstance(result, PlanningInputs)
        if result.event_id != self._event_id:
            return
        first = self.inputs is None
        self.inputs = result
        rooms = len(result.rooms)
        self.demand_label.setText(
            self.tr("{batches} 批 {persons} 人，{rooms} 间接待室").format(
                batches=len(result.pre_registered),
                persons=sum(v.head_count for v in result.pre_registered),
                rooms=rooms,
            )
        )
        if first:  # a reload after a change keeps what the organiser typed
            self.walk_ins.setValue(result.typical_walk_ins())
        ready = bool(result.pre_registered) and rooms > 0
        self.start_button.setEnabled(ready and not self.running)
        nothing = self.tr("还没有预登记或接待室，暂时无法规划。")
        if not ready:
            self.message.setText(nothing)
        elif self.message.text() == nothing:
            self.message.clear()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self._buttons()
        self.message.setText(self.tr("规划失败：{reason}").format(reason=describe_error(error)))
        self.failed.emit(error)

    # -- planning ----------------------------------------------------------------------

    def start(self) -> None:
        """Simulate and search off the GUI thread; ``finished`` fires when shown."""
        inputs = self.inputs
        if inputs is None or self.running:
            return
        self.running = True
        self._cancel.clear()
        self._buttons()
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.message.setText(self.tr("正在模拟现有安排……"))
        walk_ins, seeds = self.walk_ins.value(), self.seeds.value()
        limit, cancel, relay = float(self.time_limit.value()), self._cancel, self._relay

        def work() -> PlanAdvice:
            days = inputs.days(walk_ins, list(range(1, seeds + 1)))
            return recommend(
                days,
                inputs.topic_work(walk_ins),
                time_limit=limit,
                progress=relay.progressed.emit,
                cancelled=cancel.is_set,
            )

        self._env.runner.submit(work, self._done, self._failed)

    def cancel(self) -> None:
        """Stop the search; the best layout found so far is shown."""
        if self.running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("正在取消……"))

    def _progressed(self, done: int, total: int, stage: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.message.setText(self.tr("已评估 {n} 个方案……").format(n=stage))
        self.progressed.emit(done, total, stage)

    def _buttons(self) -> None:
        self.start_button.setEnabled(not self.running and self.inputs is not None)
        self.cancel_button.setEnabled(self.running)
        self.progress.setVisible(self.running)

    def _done(self, result: object) -> None:
        assert isinstance(result, PlanAdvice)
        self.running = False
        self._buttons()
        self.advice = result
        self._show(result)
        self.finished.emit(result)

    def _applied(self, rooms: int) -> None:
        self.message.setText(self.tr("已按建议调整 {n} 间接待室的反映类别。").format(n=rooms))

    def _summary(self, label: str, figures: LayoutFigures) -> str:
        w = figures.waits
        return self.tr(
            "{label}：平均等候 {mean:.0f} 分钟，P95 {p95:.0f} 分钟，最长 {max:.0f} 分钟，"
            "接待室利用率 {use:.0f}%，最后一批约 {last} 接谈结束"
        ).format(
            label=label,
            mean=w.mean,
            p95=w.p95,
            max=w.max,
            use=100 * w.utilisation,
            last=clock_text(w.last_finish),
        )

    def _show(self, advice: PlanAdvice) -> None:
        inputs = self.inputs
        assert inputs is not None
        walk_ins = self.walk_ins.value()
        counts = Counter(v.topic_id for v in inputs.pre_registered)
        rows = plan_rows(advice, inputs.topic_names, counts, inputs.topic_work(walk_ins))
        self.model.set_rows(rows)
        self.applier.set_advice(inputs.event_id, advice)
        self.table.resizeColumnsToContents()
        self.current_label.setText(self._summary(self.tr("现有安排"), advice.current))
        same = advice.recommended.plan is None
        self.recommended_label.setText(
            self.tr("现有安排已是找到的最好方案。")
            if same
            else self._summary(self.tr("建议安排"), advice.recommended)
        )
        stopped = {
            "converged": self.tr("规划完成：评估了 {n} 个方案，用时 {s:.0f} 秒。"),
            "time_limit": self.tr("已到最长计算时间：评估了 {n} 个方案，显示目前最好的方案。"),
            "cancelled": self.tr("已取消：评估了 {n} 个方案，显示目前最好的方案。"),
        }[advice.stopped]
        self.message.setText(stopped.format(n=advice.evaluated, s=advice.seconds))
        self.chart.set_curves(
            [
                (self.tr("现有安排"), advice.current.queue),
                (self.tr("建议安排"), advice.recommended.queue),
            ],
            self.tr("时刻（时）"),
            self.tr("候谈批次"),
        )
