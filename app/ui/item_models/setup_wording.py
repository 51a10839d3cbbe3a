"""Document wording: every text the printed documents let an organiser reword."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, QObject

from app.printing.data import DocumentSettings
from app.ui.item_models.setup_table import Column, SetupTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("WordingTableModel", text)


def wording_labels() -> dict[str, str]:
    """The wording keys offered for editing, in document order, with their names.

    Left out: ``supervision_office_phone`` (the event's supervision phone setting) and
    ``organisation_name`` (the event's own organisation).
    """
    return {
        "slip_title": _t("交办单标题"),
        "slip_requirements": _t("交办单办理要求"),
        "slip_footer": _t("交办单页脚"),
        "confidential_notice": _t("检举控告保密说明"),
        "receipt_title": _t("回执单标题"),
        "receipt_progress_text": _t("回执单查询说明"),
        "receipt_review_text": _t("回执单复查说明"),
        "receipt_footer": _t("回执单页脚"),
        "ticket_title": _t("排队号标题"),
        "ticket_instructions": _t("排队号提示（也显示在叫号屏）"),
        "notice_title": _t("预约通知单标题"),
        "notice_instructions": _t("预约通知单须知"),
        "notice_footer": _t("预约通知单页脚"),
        "summary_title": _t("汇总报告标题"),
        "summary_footer": _t("汇总报告页脚"),
        "cover_list_title": _t("交办清单标题"),
        "supervision_office_name": _t("督办机构名称"),
    }


def default_wording() -> dict[str, str]:
    """The built-in text of every wording key."""
    defaults = DocumentSettings()
    return {f.name: str(getattr(defaults, f.name)) for f in fields(DocumentSettings)}


@dataclass(frozen=True)
class WordingRow:
    """One wording key: its name, built-in text and the event's override (if any)."""

    key: str
    label: str
    default: str
    override: str

    @property
    def text(self) -> str:
        """What the documents print."""
        return self.override or self.default


def wording_rows(wording: Mapping[str, str]) -> tuple[WordingRow, ...]:
    """Every offered key with the event's overrides applied."""
    defaults = default_wording()
    return tuple(
        WordingRow(key, label, defaults[key], wording.get(key, ""))
        for key, label in wording_labels().items()
        if key in defaults
    )


COLUMNS: tuple[Column[WordingRow], ...] = (
    Column(lambda: _t("文书用语"), lambda r: r.label),
    Column(lambda: _t("状态"), lambda r: _t("已修改") if r.override else _t("默认")),
    Column(lambda: _t("内容"), lambda r: r.text),
)


class WordingTableModel(SetupTableModel[WordingRow]):
    """Wording keys in document order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, None, parent)
