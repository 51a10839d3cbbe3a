"""Receipt (信访事项受理回执单) the visitor takes home: A5 sheet or 80 mm roll."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table, TableStyle

from app.domain.types import Outcome
from app.printing.data import BuildResult, ReceiptData, ReceiptVariant
from app.printing.fonts import BASE_FONT, Typesetter
from app.printing.layout import (
    CENTRE,
    BoldLine,
    Rule,
    draw_reprint_stamp,
    fmt_date,
    fmt_datetime,
    para,
    style,
)
from app.printing.pages import (
    A5_MARGINS,
    DocMark,
    build_paged,
    build_roll,
    draw_footer,
)

ROLL_WIDTH = 80 * mm


def next_steps(data: ReceiptData) -> str:
    """What happens next and by when, worded for the visitor."""
    note = data.outcome_note.strip()
    if data.outcome is Outcome.HANDED_OVER:
        units = data.lead_unit + (f"（协办：{'、'.join(data.co_units)}）" if data.co_units else "")
        text = f"您反映的事项已由接访领导当场交由{units}办理。"
        if data.feedback_due:
            text += f"办理单位将于{fmt_date(data.feedback_due)}前向督办机构反馈办理进展。"
        if data.acceptance_notice_due:
            text += f"有权处理机关将于{fmt_date(data.acceptance_notice_due)}前书面告知您是否受理"
            if data.handling_due:
                text += f"；受理的，于{fmt_date(data.handling_due)}前办结并书面答复您"
            text += "（情况复杂的，经批准可适当延长办理期限，延长不超过30日，并告知您延期理由）。"
        elif data.handling_due:
            text += f"将于{fmt_date(data.handling_due)}前办结并书面答复您。"
        return text + (f"接访领导意见：{note}" if note else "")
    if data.outcome is Outcome.RESOLVED_ON_SPOT:
        return "您反映的事项已在接访现场答复处理。" + (f"处理意见：{note}" if note else "")
    if data.outcome is Outcome.LEGAL_CHANNEL:
        where = note or "向有关机关提出"
        return (
            "您反映的事项属于应当通过诉讼、仲裁、行政复议等法定途径解决的事项，"
            f"请依法{where}。相关机关将依法处理。"
        )
    return "接访领导已就您反映的事项作出政策解释说明。" + (f"说明要点：{note}" if note else "")


def _sections(data: ReceiptData) -> list[tuple[str, str]]:
    s = data.event.settings
    phone = s.supervision_office_phone or "________________"
    sections = [("办理情况", next_steps(data))]
    sections.append(
        (
            "进度查询",
            f"{s.receipt_progress_text}督办机构：{s.supervision_office_name}，督办电话：{phone}。",
        )
    )
    sections.append(("权利告知", s.receipt_review_text))
    return sections


def _fields(data: ReceiptData) -> list[tuple[str, str]]:
    rows = [
        ("来访人", data.visitor_name),
        ("信访件编号", data.case_number),
        ("查询码", data.query_code),
        ("登记时间", fmt_datetime(data.received_at)),
        (
            "接访活动",
            f"{data.event.name}（{data.event.venue}）" if data.event.venue else data.event.name,
        ),
    ]
    if data.topic:
        rows.append(("反映类别", data.topic))
    if data.summary:
        rows.append(("事项摘要", data.summary))
    return rows


def _field_table(ts: Typesetter, data: ReceiptData, width: float, size: float) -> Table:
    cell = style("r-cell", size, leading=size * 1.4)
    big = style("r-code", size + 4, leading=(size + 4) * 1.3)
    rows = []
    for label, value in _fields(data):
        st = big if label == "查询码" else cell
        rows.append([para(ts, label, cell), para(ts, value or "——", st)])
    table = Table(rows, colWidths=[size * 6, width - size * 6])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), BASE_FONT, size),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _body(ts: Typesetter, data: ReceiptData, width: float, size: float) -> list[Flowable]:
    text = style("r-text", size, leading=size * 1.55, first_line_indent=size * 2)
    out: list[Flowable] = [_field_table(ts, data, width, size)]
    for heading, content in _sections(data):
        out += [BoldLine(ts, heading, size + 1.5, space=2.5 * mm), para(ts, content, text)]
    return out


def _a5(ts: Typesetter, data: ReceiptData) -> tuple[bytes, int]:
    s = data.event.settings
    width = A5[0] - A5_MARGINS.left - A5_MARGINS.right

    def decor(canvas: Canvas, n: int, total: int) -> None:
        if data.reprint_count:
            right = A5[0] - A5_MARGINS.right
            draw_reprint_stamp(canvas, ts, right, A5[1] - 11 * mm, data.reprint_count)
        draw_footer(canvas, ts, A5, A5_MARGINS, s.receipt_footer, n, total)

    stamp = style("r-stamp", 10, align=2, leading=16)
    story: list[Flowable] = [
        DocMark(data.case_number, decor),
        para(ts, s.organisation_name, style("r-org", 10, align=CENTRE)),
        BoldLine(ts, s.receipt_title, 17, centre=True, space=1 * mm),
        *_body(ts, data, width, 10),
        para(
            ts, f"{s.organisation_name}（盖章）", style("r-sign", 10, align=2, space_before=8 * mm)
        ),
        para(ts, fmt_date(data.received_at.date()), stamp),
    ]
    return build_paged(story, pagesize=A5, margins=A5_MARGINS, title=s.receipt_title)


def _roll(ts: Typesetter, data: ReceiptData) -> bytes:
    s = data.event.settings
    width = ROLL_WIDTH - 8 * mm
    flowables: list[Flowable] = [
        para(ts, s.organisation_name, style("rr-org", 8, align=CENTRE)),
        BoldLine(ts, s.receipt_title, 12, centre=True, space=1 * mm),
        *_body(ts, data, width, 8.5),
        Rule(dashed=True),
        para(ts, f"{s.organisation_name}　{fmt_date(data.received_at.date())}", style("rr-o", 8)),
        para(ts, s.receipt_footer, style("rr-f", 8)),
    ]

    def overlay(canvas: Canvas, height: float) -> None:
        if data.reprint_count:
            draw_reprint_stamp(
                canvas, ts, ROLL_WIDTH - 4 * mm, height - 13 * mm, data.reprint_count
            )

    return build_roll(ts, ROLL_WIDTH, flowables, title=s.receipt_title, overlay=overlay)


def build_receipt(data: ReceiptData, variant: ReceiptVariant = ReceiptVariant.A5) -> BuildResult:
    """The visitor's receipt, on an A5 sheet or the 80 mm roll."""
    ts = Typesetter()
    if variant is ReceiptVariant.ROLL_80MM:
        pdf, pages = _roll(ts, data), 1
    else:
        pdf, pages = _a5(ts, data)
    return BuildResult(pdf=pdf, page_count=pages, missing_glyphs=ts.missing_glyphs)
