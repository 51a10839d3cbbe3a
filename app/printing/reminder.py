"""Reminder letter (信访事项催办函), A4: one unit's overdue and due-soon items.

Every deadline is printed with its state in words (已超期 N 天 / 即将到期 / 已反馈), so
the letter reads the same on a black-and-white printer. A confidential item's summary
arrives already redacted from the service (``redacted``); the letter only says so.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from app.printing.data import BuildResult, ReminderLetterData
from app.printing.fonts import Typesetter
from app.printing.layout import (
    CENTRE,
    HEADER_ROW,
    URGENCY_LOOK,
    BoldLine,
    draw_reprint_stamp,
    fmt_date,
    grid_style,
    para,
    style,
    table_cell,
)
from app.printing.pages import A4_MARGINS, DocMark, build_paged, draw_footer

TITLE = "信访事项催办函"
#: Summary excerpts may still name people or places: the letter is handled like a slip.
PLAIN_FOOTER = "本函含信访事项内容，仅限办理和督办使用，请妥善保管，不得外传。"
WIDTH = A4[0] - A4_MARGINS.left - A4_MARGINS.right
_CELL = style("r-cell", 9, leading=12)
_BODY = style("r-body", 11, leading=19, first_line_indent=22)
_OVERDUE_TINT = colors.HexColor("#F6CFCF")
_SOON_TINT = colors.HexColor("#FFF1B8")


def _short(d: date) -> str:
    return f"{d.year}-{d.month:02d}-{d.day:02d}"


def clock_text(due: date, status: str, today: date) -> str:
    """A deadline and its state in words: ``2026-11-24 已超期3天``."""
    if status == "overdue":
        state = f"已超期{(today - due).days}天"
    elif status == "due_soon":
        state = "今日到期" if due == today else "即将到期"
    elif status == "met":
        state = "已完成"
    else:
        state = "未到期"
    return f"{_short(due)}\n{state}"


def body_text(data: ReminderLetterData) -> str:
    """The letter's request, with the counts and the reply date."""
    s = data.event.settings
    counts = []
    if data.overdue_count:
        counts.append(f"已超期 {data.overdue_count} 件")
    if data.due_soon_count:
        counts.append(f"即将到期 {data.due_soon_count} 件")
    return (
        f"{data.event.name}（{fmt_date(data.event.date)}）交由你单位办理的信访事项中，"
        f"截至{fmt_date(data.issued_on)}，有 {len(data.items)} 件尚未按期反馈或办结"
        f"（{'，'.join(counts) or '无'}），详见下表。请按照“件件有着落、事事有回音”的要求，"
        f"抓紧调查处理，并于{fmt_date(data.reply_by)}前将办理情况书面反馈"
        f"{s.supervision_office_name}；确需延期的，请说明理由并按规定报批。"
    )


def _items_table(ts: Typesetter, data: ReminderLetterData) -> Table:
    head: list[object] = [
        "序号",
        "信访件编号",
        "颜色",
        "事项摘要",
        "反馈期限",
        "受理告知",
        "办理期限",
    ]
    w = [9 * mm, 31 * mm, 10 * mm, 0.0, 22 * mm, 22 * mm, 22 * mm]
    w[3] = WIDTH - sum(w)
    body: list[list[object]] = [head]
    today = data.issued_on
    styles: list[tuple[object, ...]] = []
    for n, item in enumerate(data.items, start=1):
        clocks = (
            (item.feedback_due, item.feedback_status),
            (item.acceptance_due, item.acceptance_status),
            (item.handling_due, item.handling_status),
        )
        brief = f"【{item.topic}】{item.brief}" if item.topic else item.brief
        values = [str(n), item.case_number, URGENCY_LOOK[item.urgency].word, brief]
        cells = [table_cell(ts, v, wi, _CELL) for v, wi in zip(values, w, strict=False)]
        cells += [clock_text(d, st, today) for d, st in clocks]  # plain: fast, two lines
        body.append(cells)
        for column, (_, status) in enumerate(clocks, start=4):
            tint = {"overdue": _OVERDUE_TINT, "due_soon": _SOON_TINT}.get(status)
            if tint is not None:
                styles.append(("BACKGROUND", (column, n), (column, n), tint))
    table = Table(body, colWidths=w, repeatRows=1)
    table.setStyle(grid_style([HEADER_ROW], size=9, leading=12))
    table.setStyle(TableStyle([*styles, ("ALIGN", (0, 0), (2, -1), "CENTER")]))
    return table


def build_reminder_letter(data: ReminderLetterData) -> BuildResult:
    """The letter as A4 PDF (further pages when the list is long)."""
    ts = Typesetter()
    s = data.event.settings
    phone = s.supervision_office_phone or "＿＿＿＿＿＿＿＿"
    footer = (
        "本函所列检举控告事项内容依规保密，不含来访人信息。"
        if any(i.redacted for i in data.items)
        else PLAIN_FOOTER
    )

    def decor(canvas: Canvas, n: int, total: int) -> None:
        top = A4[1] - 12 * mm
        if n > 1:
            ts.draw(canvas, A4[0] / 2, top, f"{TITLE}　{data.unit}（续）", 9, align="centre")
        if data.reprint_count:
            right = A4[0] - A4_MARGINS.right
            draw_reprint_stamp(canvas, ts, right, top - 0.5 * mm, data.reprint_count)
        draw_footer(canvas, ts, A4, A4_MARGINS, footer, n, total)

    right = style("r-right", 11, leading=19, align=2)
    story: list[Flowable] = [
        DocMark("reminder", decor),
        para(ts, s.organisation_name, style("r-org", 11, align=CENTRE)),
        BoldLine(ts, TITLE, 20, centre=True),
        para(ts, f"催办日期：{fmt_date(data.issued_on)}", style("r-sub", 10, align=CENTRE)),
        para(ts, f"{data.unit}：", style("r-to", 12, leading=20, space_before=6 * mm)),
        para(ts, body_text(data), _BODY),
        BoldLine(ts, "催办事项清单", 12, space=4 * mm),
        _items_table(ts, data),
        para(
            ts,
            f"联系人：＿＿＿＿＿＿　督办机构：{s.supervision_office_name}　督办电话：{phone}",
            style("r-contact", 10, leading=16, space_before=5 * mm),
        ),
        KeepTogether(
            [
                para(
                    ts,
                    s.organisation_name,
                    style("r-sign", 11, leading=19, align=2, space_before=12 * mm),
                ),
                para(ts, fmt_date(data.issued_on), right),
            ]
        ),
    ]
    pdf, pages = build_paged(story, pagesize=A4, margins=A4_MARGINS, title=f"{TITLE} {data.unit}")
    return BuildResult(pdf=pdf, page_count=pages, missing_glyphs=ts.missing_glyphs)
