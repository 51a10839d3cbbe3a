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
