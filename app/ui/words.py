"""The interface's words for the codes the services return, the same at every station:
a visit's status, a case's outcome, a batch's risk flags."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.masking import UNREADABLE
from app.domain.types import Outcome, VisitStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("Words", text)


def sealed_text(text: str) -> str:
    """A masked ID number, phone or address as shown, or a text holding some: a value
    sealed with a lost key (``UNREADABLE``) says so in the interface's language."""
    return text.replace(UNREADABLE, _t("〔无法解密〕")) if UNREADABLE in text else text


def revealable(masked: str) -> bool:
    """Whether a masked number can be shown in full: there is one and it is readable."""
    return bool(masked) and masked != UNREADABLE


def visit_status_text(status: str | None) -> str:
    """A visit's status; None means the person is not registered in this event."""
    texts = {
        VisitStatus.PRE_REGISTERED.value: _t("预登记"),
        VisitStatus.WAITING.value: _t("候谈"),
        VisitStatus.CALLED.value: _t("已叫号"),
        VisitStatus.IN_RECEPTION.value: _t("接谈中"),
        VisitStatus.ON_HOLD.value: _t("暂缓"),
        VisitStatus.NO_SHOW.value: _t("过号"),
        VisitStatus.DONE.value: _t("接谈完毕"),
        VisitStatus.CANCELLED.value: _t("已取消"),
    }
    if status is None:
        return _t("本次未登记")
    return texts.get(status, status)


def outcome_text(outcome: str | None) -> str:
    """A case's outcome; a case not yet decided says so."""
    texts = {
        Outcome.RESOLVED_ON_SPOT.value: _t("当场解决"),
        Outcome.HANDED_OVER.value: _t("已交办"),
        Outcome.LEGAL_CHANNEL.value: _t("依法分类处理"),
        Outcome.EXPLAINED.value: _t("解释说明"),
    }
    if outcome is None:
        return _t("未处理")
    return texts.get(outcome, outcome)


def flag_text(code: str) -> str:
    """A risk flag of a batch (or its priority lane)."""
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
