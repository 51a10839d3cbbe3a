"""The detail pane of the supervision station: the case, its clocks and its history.

Where the role may reveal full numbers (:attr:`SupervisionDetail.reveal_allowed`), each
person of the case has a 显示完整号码… link — the phone for a follow-up call — that
asks through :attr:`SupervisionDetail.reveal_requested`; the station opens the reveal
dialog (reason asked, audited). The ledger's read-only copy of this pane has no links.
"""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.services.assignment_data import AssignmentDetail
from app.ui.widgets.supervision_words import (
    LIGHT_COLOURS,
    clock_names,
    light_text,
    met_words,
    satisfaction_text,
    status_text,
    urgency_text,
)
from app.ui.words import revealable, sealed_text

REVEAL_SCHEME = "reveal"


def _e(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _muted(text: str) -> str:
    return f"<span style='color:#5f6b7a'>{_e(text)}</span>"


def _when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


class SupervisionDetail(QTextBrowser):
    """Read-only rich text of one assignment; :meth:`clear_detail` shows a hint."""

    reveal_requested = Signal(int)  # petitioner_id: 显示完整号码…

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.detail: AssignmentDetail | None = None
        self.reveal_allowed = False  # the role may reveal full numbers (audited)
        self.anchorClicked.connect(self._link)
        self.clear_detail()

    def _link(self, url: QUrl) -> None:
        if url.scheme() == REVEAL_SCHEME and url.path().isdigit():
            self.reveal_requested.emit(int(url.path()))

    def clear_detail(self, hint: str = "") -> None:
        self.detail = None
        self.setHtml(
            f"<p style='color:#5f6b7a'>{_e(hint or self.tr('选择一项交办事项查看详情'))}</p>"
        )

    def show_detail(self, d: AssignmentDetail, today: date) -> None:
        """Render ``d`` as seen on ``today``."""
        self.detail = d
        r = d.row
        parts = [
            f"<h3 style='margin:0'>{_e(r.case_number)}　{_e(r.lead_unit_name)}</h3>",
            "<p style='margin:2px 0'>"
            + "　".join(
                _e(x)
                for x in (
                    urgency_text(r.urgency) + self.tr("件"),
                    status_text(r.status),
                    r.topic_name,
                    r.room_label,
                    self.tr("交办于 {t}").format(t=_when(r.handed_over_at)),
                )
                if x
            )
            + "</p>",
        ]
        if d.co_unit_names:
            parts.append(self._line(self.tr("协办单位"), "、".join(d.co_unit_names)))
        parts.append(self._clocks(d, today))
        if r.is_confidential:
            secret = self.tr("检举控告/保密件：来访人信息不得告知被反映单位。")
            parts.append(f"<p style='color:#6a1b9a'><b>{_e(secret)}</b></p>")
        parts.append(self._heading(self.tr("事项")))
        parts.append(self._line(self.tr("问题摘要"), r.summary))
        parts.append(self._line(self.tr("诉求"), d.demand))
        parts.append(self._line(self.tr("领导批示"), d.instruction))
        people = self.tr("{names}（共 {n} 人）").format(
            names=sealed_text("；".join(d.petitioners)), n=d.head_count
        )
        parts.append(self._line(self.tr("来访人"), people))
        if self.reveal_allowed:
            parts.append(self._reveal_links(d))
        if d.result:
            parts.append(self._line(self.tr("办理结果"), d.result))
        parts.append(self._heading(self.tr("反馈记录（{n}）").format(n=len(d.feedback))))
        for f in d.feedback:
            mark = self.tr("【办结】") if f.closes else ""
            parts.append(self._entry(f.received_at, f.reported_by, mark + f.content))
        parts.append(self._heading(self.tr("延期记录（{n}）").format(n=len(d.extensions))))
        for x in d.extensions:
            text = self.tr("延期 {days} 天：{old} → {new}；理由：{reason}；批准人：{who}").format(
                days=x.days, old=x.previous_due, new=x.new_due, reason=x.reason, who=x.approver
            )
            parts.append(self._entry(x.granted_at, "", text))
        left = self.tr("还可延期 {n} 天（法定最多 30 天）").format(n=d.extension_days_left)
        parts.append(f"<p style='color:#5f6b7a'>{_e(left)}</p>")
        parts.append(self._heading(self.tr("回访记录（{n}）").format(n=len(d.follow_ups))))
        for c in d.follow_ups:
            if c.reached:
                text = self.tr("已联系上；对组织方：{o}；对责任单位：{u}").format(
                    o=satisfaction_text(c.organiser), u=satisfaction_text(c.unit)
                )
            else:
                text = self.tr("未联系上")
            if c.notes:
                text += f"；{c.notes}"
            parts.append(self._entry(c.attempted_at, c.caller, text))
        self.setHtml("".join(parts))

    def _clocks(self, d: AssignmentDetail, today: date) -> str:
        c = d.row.clocks
        rows = []
        dues = (c.feedback_due, c.acceptance_due, c.handling_due)
        for name, due, status, met in zip(
            clock_names(long=True), dues, c.statuses(), met_words(), strict=True
        ):
            back, fore = LIGHT_COLOURS[status]
            rows.append(
                f"<tr><td>{_e(name)}</td><td>{due:%Y-%m-%d}</td>"
                f"<td style='background:{back.name()};color:{fore.name()}'><b>"
                f"{_e(light_text(status, due, today, met))}</b></td></tr>"
            )
        if c.extended_days:
            extended = self.tr("办理期限已延期 {n} 天").format(n=c.extended_days)
            rows.append(f"<tr><td colspan=3>{_e(extended)}</td></tr>")
        return (
            "<table cellspacing=0 cellpadding=3 border=1 style='border-color:#ccd'>"
            + "".join(rows)
            + "</table>"
        )

    def _reveal_links(self, d: AssignmentDetail) -> str:
        """One 显示完整号码… link per person with a masked number (named when several)."""
        people = [p for p in d.people if revealable(p.id_masked) or revealable(p.phone_masked)]
        links = [
            f"<a href='{REVEAL_SCHEME}:{p.petitioner_id}'>"
            + _e(
                self.tr("显示完整号码…")
                if len(people) == 1
                else self.tr("{name}：显示完整号码…").format(name=p.name)
            )
            + "</a>"
            for p in people
        ]
        return f"<p style='margin:2px 0'>{'　'.join(links)}</p>" if links else ""

    @staticmethod
    def _heading(text: str) -> str:
        return f"<h4 style='margin:10px 0 2px 0;color:#1f3550'>{_e(text)}</h4>"

    @staticmethod
    def _line(label: str, text: str) -> str:
        return f"<p style='margin:2px 0'>{_muted(label + '：')}{_e(text or '—')}</p>"

    @staticmethod
    def _entry(moment: datetime, who: str, text: str) -> str:
        head = _when(moment) + (f"　{who}" if who else "")
        return f"<p style='margin:2px 0'>{_muted(head)}<br>{_e(text)}</p>"
