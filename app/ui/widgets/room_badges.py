"""Words and coloured badges of the room: risk flags, outcomes, categories, colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.style import URGENCY_COLOURS


def _t(text: str) -> str:
    return QCoreApplication.translate("RoomWords", text)


# code -> (background, foreground)
FLAG_COLOURS = {
    "collective": ("#e65100", "#ffffff"),
    "repeat": ("#c62828", "#ffffff"),
    "legal_related": ("#6a1b9a", "#ffffff"),
    "confidential": ("#263238", "#ffffff"),
    "no_show": ("#78909c", "#ffffff"),
    "elderly": ("#00695c", "#ffffff"),
    "disabled": ("#00695c", "#ffffff"),
    "pre_booked": ("#1565c0", "#ffffff"),
    "disabled_person": ("#00695c", "#ffffff"),
    "called": ("#f9a825", "#1f1f1f"),
    "in_reception": ("#2e7d32", "#ffffff"),
    "done": ("#607d8b", "#ffffff"),
    "on_hold": ("#8d6e63", "#ffffff"),
    "waiting": ("#90a4ae", "#ffffff"),
}


def flag_text(code: str) -> str:
    """A risk flag (or a priority lane) in words."""
    texts = {
        "collective": _t("集体访"),
        "repeat": _t("重复访"),
        "legal_related": _t("涉法涉诉"),
        "confidential": _t("检举控告·保密"),
        "no_show": _t("曾过号"),
        "elderly": _t("老年人优先"),
        "disabled": _t("残疾人优先"),
        "pre_booked": _t("预约"),
        "disabled_person": _t("残疾人"),
    }
    return texts.get(code, code)


def status_text(status: str) -> str:
    """A visit status in words."""
    texts = {
        "pre_registered": _t("预登记"),
        "waiting": _t("候谈"),
        "called": _t("已叫号"),
        "in_reception": _t("接谈中"),
        "on_hold": _t("暂缓"),
        "no_show": _t("过号"),
        "done": _t("接谈完毕"),
        "cancelled": _t("已取消"),
    }
    return texts.get(status, status)


def outcome_text(outcome: str | None) -> str:
    """A case outcome in words; an undecided case says so."""
    texts = {
        "resolved_on_spot": _t("当场解决"),
        "handed_over": _t("已交办"),
        "legal_channel": _t("依法分类"),
        "explained": _t("解释说明"),
    }
    if outcome is None:
        return _t("待处理")
    return texts.get(outcome, outcome)


def category_text(category: str) -> str:
    """A statutory category (信访工作条例) in words."""
    texts = {
        "demand": _t("申诉求决"),
        "accusation": _t("检举控告"),
        "suggestion": _t("建议意见"),
    }
    return texts.get(category, category)


def urgency_text(urgency: str) -> str:
    """The colour's one-character name."""
    return {"green": _t("绿"), "yellow": _t("黄"), "red": _t("红")}.get(urgency, urgency)


def urgency_colour(urgency: str) -> str:
    return URGENCY_COLOURS.get(urgency, "#607d8b")


def sex_text(sex: str | None) -> str:
    return {"male": _t("男"), "female": _t("女")}.get(sex or "", "")


def badge(text: str, code: str, parent: QWidget | None = None) -> QLabel:
    """A rounded coloured label; ``code`` picks the colour (see FLAG_COLOURS)."""
    background, foreground = FLAG_COLOURS.get(code, ("#607d8b", "#ffffff"))
    label = QLabel(text, parent)
    label.setProperty("badge", "true")
    label.setStyleSheet(
        f"QLabel {{ background: {background}; color: {foreground}; border-radius: 4px;"
        " padding: 2px 8px; font-weight: bold; }"
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def urgency_badge(urgency: str, parent: QWidget | None = None) -> QLabel:
    """A colour chip for an assignment's urgency."""
    colour = urgency_colour(urgency)
    foreground = "#1f1f1f" if urgency == "yellow" else "#ffffff"
    label = QLabel(urgency_text(urgency), parent)
    label.setStyleSheet(
        f"QLabel {{ background: {colour}; color: {foreground}; border-radius: 4px;"
        " padding: 2px 8px; font-weight: bold; }"
    )
    return label
