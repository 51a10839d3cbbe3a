"""规划接待室: one row per topic — demand, rooms now and recommended, expected waits."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.domain.simulation.model import SimRoom
from app.domain.simulation.planning import LayoutFigures, PlanAdvice
from app.ui.item_models.setup_table import Column, SetupTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("PlanDayModel", text)


@dataclass(frozen=True)
class PlanRow:
    """A topic under the current and the recommended layout (waits in minutes)."""

    topic: str
    pre_registered: int
    work_hours: float
    current_rooms: str
    recommended_rooms: str
    current_mean: float
    current_p95: float
    recommended_mean: float
    recommended_p95: float
    changed: bool


def rooms_text(rooms: Sequence[SimRoom], topic_id: int) -> str:
    """ "2 间", "共用 1 间", "1 间 + 共用 1 间" or "—" (left to the general room)."""
    own = sum(1 for r in rooms if r.topic_ids == frozenset({topic_id}))
    shared = sum(1 for r in rooms if topic_id in r.topic_ids and len(r.topic_ids) > 1)
    parts = []
    if own:
        parts.append(_t("{n} 间").format(n=own))
    if shared:
        parts.append(_t("共用 {n} 间").format(n=shared))
    return " + ".join(parts) or "—"


def plan_rows(
    advice: PlanAdvice,
    names: Mapping[int, str],
    pre_registered: Mapping[int, int],
    work: Mapping[int, float],
) -> tuple[PlanRow, ...]:
    """Rows for every topic with demand, the largest expected work first."""

    def waits(figures: LayoutFigures) -> dict[int, tuple[float, float]]:
        return {t.topic_id: (t.mean, t.p95) for t in figures.topics}

    now, then = waits(advice.current), waits(advice.recommended)
    rows = []
    for topic_id in sorted(work, key=lambda t: (-work[t], t)):
        current = rooms_text(advice.current.rooms, topic_id)
        recommended = rooms_text(advice.recommended.rooms, topic_id)
        rows.append(
            PlanRow(
                names.get(topic_id, str(topic_id)),
                pre_registered.get(topic_id, 0),
                work[topic_id] / 60,
                current,
                recommended,
                *now.get(topic_id, (0.0, 0.0)),
                *then.get(topic_id, (0.0, 0.0)),
                changed=current != recommended,
            )
        )
    return tuple(rows)


def _minutes(value: float) -> str:
    return f"{value:.0f}"


RIGHT = Qt.AlignmentFlag.AlignRight
COLUMNS: tuple[Column[PlanRow], ...] = (
    Column(lambda: _t("反映类别"), lambda r: r.topic),
    Column(
        lambda: _t("预登记"),
        lambda r: str(r.pre_registered),
        lambda r: r.pre_registered,
        RIGHT,
    ),
    Column(
        lambda: _t("接谈（时）"),
        lambda r: f"{r.work_hours:.1f}",
        lambda r: r.work_hours,
        RIGHT,
    ),
    Column(lambda: _t("现有接待室"), lambda r: r.current_rooms),
    Column(lambda: _t("建议接待室"), lambda r: r.recommended_rooms),
    Column(
        lambda: _t("现有等候 平均/P95"),
        lambda r: f"{_minutes(r.current_mean)} / {_minutes(r.current_p95)}",
        lambda r: r.current_mean,
        RIGHT,
    ),
    Column(
        lambda: _t("建议等候 平均/P95"),
        lambda r: f"{_minutes(r.recommended_mean)} / {_minutes(r.recommended_p95)}",
        lambda r: r.recommended_mean,
        RIGHT,
    ),
)


class PlanDayModel(SetupTableModel[PlanRow]):
    """The plan table; topics whose rooms would not change are greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda r: not r.changed, parent)
