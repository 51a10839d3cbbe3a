"""Words and colours of the supervision station: clock lights, statuses, satisfaction.

A traffic light is always colour *and* text (正常 / 即将到期 / 超期 N 天 / 已反馈), so the
board reads the same on a black-and-white print-out or for a colour-blind clerk.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.types import AssignmentStatus, ClockStatus, Satisfaction, Urgency

C = ClockStatus

#: Background and text colour of each light.
LIGHT_COLOURS: dict[str, tuple[QColor, QColor]] = {
    C.ON_TIME.value: (QColor("#e3f2e5"), QColor("#1b5e20")),
    C.DUE_SOON.value: (QColor("#fff1c2"), QColor("#7a4f00")),
    C.OVERDUE.value: (QColor("#fbd5d5"), QColor("#a31515")),
    C.MET.value: (QColor("#eceff3"), QColor("#4a5563")),
}
#: A shape per light for the icon beside the text (also readable without colour).
LIGHT_ICONS = {
    C.ON_TIME.value: "ok",
    C.DUE_SOON.value: "warning",
    C.OVERDUE.value: "error",
    C.MET.value: "ok",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Supervision", text)


def light_text(status: str, due: date, today: date, met: str = "") -> str:
    """One deadline's state in words: 正常 / 即将到期 / 今日到期 / 超期 N 天 / ``met``."""
    if status == C.OVERDUE.value:
        return _t("超期 {n} 天").format(n=(today - due).days)
    if status == C.DUE_SOON.value:
        return _t("今日到期") if due == today else _t("即将到期")
    if status == C.MET.value:
        return met or _t("已完成")
    return _t("正常")


def clock_cell(status: str, due: date, today: date, met: str = "") -> str:
    """A deadline cell: ``11-24 超期 3 天``."""
    return f"{due:%m-%d} {light_text(status, due, today, met)}"


def status_text(status: str) -> str:
    return {
        AssignmentStatus.OPEN.value: _t("待反馈"),
        AssignmentStatus.FEEDBACK_GIVEN.value: _t("办理中"),
        AssignmentStatus.CLOSED.value: _t("已办结"),
    }.get(status, status)


def urgency_text(urgency: str) -> str:
    return {
        Urgency.GREEN.value: _t("绿色"),
        Urgency.YELLOW.value: _t("黄色"),
        Urgency.RED.value: _t("红色"),
    }.get(urgency, urgency)


def satisfaction_text(value: str | None) -> str:
    return {
        Satisfaction.SATISFIED.value: _t("满意"),
        Satisfaction.BASICALLY_SATISFIED.value: _t("基本满意"),
        Satisfaction.DISSATISFIED.value: _t("不满意"),
    }.get(value or "", "—")


def clock_names(long: bool = False) -> tuple[str, str, str]:
    """The three clocks as the office names them (``long``: with 期限, for the detail)."""
    if long:
        return _t("反馈期限（三色）"), _t("受理告知期限（15日）"), _t("办理期限（60日）")
    return _t("反馈（三色）"), _t("受理告知（15日）"), _t("办理（60日）")


def met_words() -> tuple[str, str, str]:
    """What meeting each clock is called."""
    return _t("已反馈"), _t("已告知"), _t("已办结")
