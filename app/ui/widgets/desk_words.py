"""The desk's words for codes the services return: statuses, match kinds, flags, waits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.allocation import AllocationReason, wait_band
from app.domain.types import DocumentType, Priority


def _t(text: str) -> str:
    return QCoreApplication.translate("Desk", text)


def matched_by_text(kind: str) -> str:
    """How a search hit matched the query."""
    texts = {
        "name": _t("姓名"),
        "pinyin": _t("拼音"),
        "ticket": _t("排队号"),
        "phone_tail": _t("电话尾号"),
        "phone": _t("电话"),
        "id_tail": _t("证件尾号"),
        "id_number": _t("证件号码"),
        "query_code": _t("查询码"),
        "case_number": _t("信访件编号"),
        "qr": _t("预约单二维码"),
    }
    return texts.get(kind, kind)


def priority_text(priority: Priority) -> str:
    """The queue lane of a batch."""
    texts = {
        Priority.NORMAL: _t("普通"),
        Priority.ELDERLY: _t("优先（70岁以上老人）"),
        Priority.DISABLED: _t("优先（残疾人）"),
        Priority.PRE_BOOKED: _t("优先（预约）"),
    }
    return texts[priority]


def document_types() -> list[tuple[DocumentType, str]]:
    """The documents the desk can record, most common first."""
    return [
        (DocumentType.RESIDENT_ID, _t("居民身份证")),
        (DocumentType.PASSPORT, _t("护照")),
        (DocumentType.HK_MACAO_PERMIT, _t("港澳通行证")),
        (DocumentType.TAIWAN_PERMIT, _t("台胞证")),
        (DocumentType.NONE, _t("未出示证件")),
    ]


def wait_text(minutes: float | None) -> str:
    """An expected wait as a band, as the ticket prints it: "约10–20分钟"."""
    if minutes is None:
        return "—"
    low, high = wait_band(minutes)
    if high is None or low >= 60:
        return _t("约1小时以上")
    if low == 0:
        return _t("约{high}分钟以内").format(high=high)
    return _t("约{low}–{high}分钟").format(low=low, high=high)


def allocation_reason_text(reason: AllocationReason) -> str:
    """Why the allocator picked its room."""
    texts = {
        AllocationReason.REQUESTED_ROOM: _t("来访人指定的接待室"),
        AllocationReason.REQUESTED_LEADER: _t("来访人指定领导所在接待室"),
        AllocationReason.TOPIC_MATCH: _t("类别对口、等候最短"),
        AllocationReason.GENERAL_ROOM: _t("无对口接待室，安排综合接待室"),
        AllocationReason.ANY_OPEN_ROOM: _t("无对口接待室，安排等候最短的接待室"),
    }
    return texts[reason]


def room_label(number: int, name: str) -> str:
    """A room as the desk names it: "3号 综合接待室"."""
    return _t("{number}号 {name}").format(number=number, name=name)
