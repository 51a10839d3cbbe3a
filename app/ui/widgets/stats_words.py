"""Words, colours and number formats shared by the statistics station's views; the rate
definitions here are the ones documented on ``FollowUpStatistics`` (keep them together)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.types import Outcome, Satisfaction
from app.services.statistics_follow_up import Rate


def _t(text: str) -> str:
    return QCoreApplication.translate("StatisticsStation", text)


OUTCOME_COLOURS = {
    Outcome.RESOLVED_ON_SPOT.value: "#2e7d32",
    Outcome.HANDED_OVER.value: "#2b4a6f",
    Outcome.LEGAL_CHANNEL.value: "#8e6bbf",
    Outcome.EXPLAINED.value: "#e0a100",
}
STAGE_COLOURS = ("#f9a825", "#1e88e5", "#43a047", "#9aa5b1")  # waiting, in, done, aside
CLOSING_COLOURS = ("#2e7d32", "#ef6c00", "#90a4ae", "#c62828")  # on time, late, open, overdue
RATING_COLOURS = {
    Satisfaction.SATISFIED.value: "#2e7d32",
    Satisfaction.BASICALLY_SATISFIED.value: "#9ccc65",
    Satisfaction.DISSATISFIED.value: "#c62828",
}


def outcome_label(outcome: str) -> str:
    """The outcome as the reports name it."""
    return {
        Outcome.RESOLVED_ON_SPOT.value: _t("当场解决"),
        Outcome.HANDED_OVER.value: _t("交办"),
        Outcome.LEGAL_CHANNEL.value: _t("导入法定途径"),
        Outcome.EXPLAINED.value: _t("解释说明"),
    }.get(outcome, outcome)


def rating_label(rating: str) -> str:
    return {
        Satisfaction.SATISFIED.value: _t("满意"),
        Satisfaction.BASICALLY_SATISFIED.value: _t("基本满意"),
        Satisfaction.DISSATISFIED.value: _t("不满意"),
    }.get(rating, rating)


def stage_labels() -> tuple[str, str, str, str]:
    """Where a batch is: the live tab's four stages, in chart order."""
    return (_t("候谈"), _t("接谈中"), _t("已接谈"), _t("暂缓/过号"))


def closing_labels() -> tuple[str, str, str, str]:
    """How an assignment stands against its handling deadline, in chart order."""
    return (_t("按期办结"), _t("超期办结"), _t("在办"), _t("超期未结"))


def percent(rate: Rate) -> str:
    """ "97.3%", or "—" when nothing is counted."""
    value = rate.value
    return "—" if value is None else f"{100 * value:.1f}%"


def fraction(rate: Rate) -> str:
    """ "146 / 150"."""
    return f"{rate.numerator} / {rate.denominator}"


def rate_titles() -> dict[str, str]:
    """The follow-up tab's rates by ``FollowUpStatistics`` field."""
    return {
        "on_spot": _t("当场解决率"),
        "on_time": _t("按期办结率"),
        "on_time_of_due": _t("按期办结率（应办结）"),
        "satisfaction": _t("满意率（接访工作）"),
        "satisfaction_unit": _t("满意率（责任单位）"),
        "participation": _t("参评率"),
    }


def rate_definitions() -> dict[str, str]:
    """How each rate is computed, for the tile and its tooltip."""
    return {
        "on_spot": _t("当场解决的事项 ÷ 已作出处理意见的事项（已签到批次）"),
        "on_time": _t("在办理期限（含批准延期）内办结的交办件 ÷ 已办结的交办件"),
        "on_time_of_due": _t(
            "在办理期限（含批准延期）内办结的交办件 ÷ 应办结的交办件（已办结 + 已过期限未办结）"
        ),
        "satisfaction": _t(
            "回访评价为“满意”或“基本满意”的交办件 ÷ 已回访评价的交办件；"
            "以最近一次接通的回访为准（对接访工作的评价）"
        ),
        "satisfaction_unit": _t(
            "回访评价为“满意”或“基本满意”的交办件 ÷ 已回访评价的交办件；"
            "以最近一次接通的回访为准（对责任单位的评价）"
        ),
        "participation": _t("已办结且回访评价的交办件 ÷ 已办结的交办件（办结后应回访）"),
        "repeat": _t(
            "本次已签到批次中的来访人，此前（任一接访日，登记在先）"
            "已有签到来访记录的人数 ÷ 来访人数"
        ),
    }
