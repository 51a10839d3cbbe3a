"""Appointment notice (接访预约通知单), A5, for a pre-registered visitor."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.printing.data import AppointmentNoticeData, BuildResult
from app.printing.fonts import BASE_FONT, Typesetter
from app.printing.layout import (
    CENTRE,
    BoldLine,
    fmt_date,
    para,
    style,
)
from app.printing.pages import (
    A5_MARGINS,
    DocMark,
    build_paged,
    draw_footer,
)
from app.printing.qr import QrFlowable


def time_window_text(data: AppointmentNoticeData) -> str:
    start, end = data.window_start, data.window_end
    if start.date() == end.date():
        return f"{fmt_date(start.date())} {start:%H:%M}–{end:%H:%M}"
    return f"{fmt_date(start.date())} {start:%H:%M} 至 {fmt_date(end.date())} {end:%H:%M}"


def build_appointment_notice(data: AppointmentNoticeData) -> BuildResult:
    """The notice as one A5 page with a check-in QR code."""
    ts = Typesetter()
    s = data.event.settings
    width = A5[0] - A5_MARGINS.left - A5_MARGINS.right
    cell = style("n-cell", 10, leading=14)
    big = style("n-big", 12, leading=16)
    text = style("n-text", 10, leading=16, first_line_indent=20)
    intro = style("n-intro", 10, leading=16, first_line_indent=20, space_after=2 * mm)

    fields = [
        ("预约编号", data.registration_number, cell),
        ("接访活动", data.event.name, cell),
        ("到场时段", time_window_text(data), big),
        ("地点", data.event.venue or "——", cell),
        ("接待室", f"{data.room_number}（{data.room_name}）", big),
        ("反映类别", data.topic, cell),
        ("来访人数", f"{data.head_count} 人", cell),
    ]
    if data.summary:
        fields.append(("事项摘要", data.summary, cell))
    rows = [[para(ts, label, cell), para(ts, value, st)] for label, value, st in fields]
    table = Table(rows, colWidths=[22 * mm, width - 22 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), BASE_FONT, 10),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    phone = s.supervision_office_phone or "________________"

    def decor(canvas: Canvas, n: int, total: int) -> None:
        draw_footer(canvas, ts, A5, A5_MARGINS, s.notice_footer, n, total)

    story: list[Flowable] = [
        DocMark(data.registration_number, decor),
        para(ts, s.organisation_name, style("n-org", 10, align=CENTRE)),
        BoldLine(ts, s.notice_title, 17, centre=True, space=1 * mm),
        para(ts, f"{data.visitor_name}：", style("n-greet", 11, leading=18, space_before=2 * mm)),
        para(ts, "您预约反映的事项已登记。请按以下安排到场，由接访领导当面接待。", intro),
        table,
        Spacer(1, 3 * mm),
        QrFlowable(data.qr_payload, 30 * mm),
        para(ts, f"签到码：{data.qr_payload}", style("n-code", 9, align=CENTRE)),
        BoldLine(ts, "注意事项", 11, space=2 * mm),
        para(ts, s.notice_instructions, text),
        para(ts, f"咨询电话：{phone}（{s.supervision_office_name}）", text),
    ]
    title = f"{s.notice_title} {data.registration_number}"
    pdf, pages = build_paged(story, pagesize=A5, margins=A5_MARGINS, title=title)
    return BuildResult(pdf=pdf, page_count=pages, missing_glyphs=ts.missing_glyphs)
