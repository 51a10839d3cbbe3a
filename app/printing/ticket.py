"""Queue ticket (排队号) for the desk's 80 mm thermal roll printer."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.printing.data import BuildResult, TicketData
from app.printing.fonts import Typesetter
from app.printing.layout import (
    CENTRE,
    BoldLine,
    Rule,
    draw_reprint_stamp,
    fmt_datetime,
    label_para,
    para,
    style,
)
from app.printing.pages import (
    build_roll,
)
from app.printing.qr import QrFlowable

ROLL_WIDTH = 80 * mm


def build_ticket(data: TicketData) -> BuildResult:
    """The ticket as a one-page PDF, 80 mm wide and as long as its content."""
    ts = Typesetter()
    s = data.event.settings
    small = style("t-small", 8, align=CENTRE)
    body = style("t-body", 10, leading=14)
    note = style("t-note", 8, leading=11)

    people = data.masked_name + (f"（共{data.head_count}人）" if data.head_count > 1 else "")
    rows = [
        label_para(ts, "反映类别", data.topic, body),
        label_para(ts, "来访人", people, body),
        label_para(ts, "取号时间", fmt_datetime(data.issued_at), body),
        label_para(ts, "预计等候", data.wait_band, body),
    ]
    if data.waiting_ahead is not None:
        rows.append(label_para(ts, "前面还有", f"{data.waiting_ahead} 批", body))

    flowables = [
        para(ts, s.organisation_name, small),
        para(ts, data.event.name, small),
        BoldLine(ts, s.ticket_title, 13, centre=True, space=2 * mm),
        BoldLine(ts, data.ticket_number, 40, centre=True, space=1 * mm),
    ]
    if data.priority_label:
        flowables.append(BoldLine(ts, data.priority_label, 11, centre=True))
    flowables += [
        BoldLine(ts, f"请到 {data.room_number}", 15, centre=True, space=1 * mm),
        para(ts, data.room_name, style("t-room", 11, align=CENTRE)),
        Rule(dashed=True),
        *rows,
        Rule(dashed=True),
        QrFlowable(data.qr_payload, 26 * mm),
        para(ts, s.ticket_instructions, note),
    ]

    def overlay(canvas: Canvas, height: float) -> None:
        if data.reprint_count:
            draw_reprint_stamp(
                canvas, ts, ROLL_WIDTH - 4 * mm, height - 12 * mm, data.reprint_count
            )

    pdf = build_roll(
        ts,
        ROLL_WIDTH,
        flowables,
        title=f"{s.ticket_title} {data.ticket_number}",
        overlay=overlay,
    )
    return BuildResult(pdf=pdf, page_count=1, missing_glyphs=ts.missing_glyphs)
