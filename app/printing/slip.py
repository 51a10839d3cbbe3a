"""Assignment slip (信访事项交办单), A4; long texts flow onto further pages."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from app.printing.data import AssignmentSlipData, BuildResult
from app.printing.fonts import BASE_FONT, Typesetter
from app.printing.layout import (
    CENTRE,
    GRID_COLOUR,
    HEADER_ROW,
    URGENCY_LOOK,
    BoldLine,
    draw_reprint_stamp,
    draw_urgency_band,
    fmt_date,
    grid_style,
    heading,
    para,
    style,
    table_cell,
)
from app.printing.pages import (
    A4_MARGINS,
    DocMark,
    PageDecor,
    build_paged,
    draw_footer,
)
from app.printing.qr import QrFlowable
from app.printing.redaction import printable_copy

WIDTH = A4[0] - A4_MARGINS.left - A4_MARGINS.right
_CELL = style("s-cell", 10, leading=13)
_ORG = style("s-org", 11, align=CENTRE)
_OFFICE = style("s-office", 9.5, space_before=1.5 * mm)
_BODY = style("s-body", 10.5, leading=16.5, first_line_indent=21)
_NOTE = style("s-note", 9.5, leading=14, first_line_indent=19)


def slip_qr_payload(slip: AssignmentSlipData) -> str:
    """What the slip's QR code holds: ``RD1:case=<case number>;q=<query code>`` (no query
    code on a redacted copy) — the ``RD1:key=value;…`` format that
    ``app.domain.pinyin_keys.parse_qr_payload`` reads (not imported here: pypinyin
    takes half a second to load)."""
    if slip.qr_payload:
        return slip.qr_payload
    fields = [f"case={slip.case_number}"] + ([f"q={slip.query_code}"] if slip.query_code else [])
    return "RD1:" + ";".join(fields)


def cell(ts: Typesetter, text: str, width: float) -> object:
    return table_cell(ts, text, width, _CELL)


class UrgencyBand(Flowable):  # type: ignore[misc]
    """Colour band with the colour word and the feedback deadline."""

    def __init__(self, ts: Typesetter, slip: AssignmentSlipData) -> None:
        super().__init__()
        self.ts, self.slip = ts, slip
        self.spaceBefore, self.spaceAfter = 2 * mm, 2.5 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 10 * mm

    def draw(self) -> None:
        word = URGENCY_LOOK[self.slip.urgency].word
        text = f"{word}件　请于 {fmt_date(self.slip.feedback_due)} 前反馈办理情况"
        draw_urgency_band(self.canv, self.ts, 0, 0, self.width, 10 * mm, text, self.slip.urgency)


def _info_table(ts: Typesetter, slip: AssignmentSlipData) -> Table:
    w = [21 * mm, 50 * mm, 19 * mm, 40 * mm]
    w.append(WIDTH - sum(w))
    wide = w[1] + w[2] + w[3] + w[4]
    deadlines = []
    if slip.acceptance_notice_due:
        deadlines.append(f"书面告知是否受理 {fmt_date(slip.acceptance_notice_due)}前")
    if slip.handling_due:
        deadlines.append(f"办结 {fmt_date(slip.handling_due)}前")
    qr = QrFlowable(slip_qr_payload(slip), 28 * mm)
    rows: list[list[object]] = [
        [
            "信访件编号",
            cell(ts, slip.case_number, w[1]),
            "查询码",
            cell(ts, slip.query_code, w[3]),
            qr,
        ],
        ["接访活动", cell(ts, slip.event.name, w[1]), "接访日期", fmt_date(slip.event.date), ""],
        [
            "接访领导",
            cell(ts, slip.receiving_leader, w[1]),
            "接待室",
            cell(ts, slip.room, w[3]),
            "",
        ],
        ["反映类别", cell(ts, slip.topic, w[1]), "来访人数", f"{slip.head_count} 人", ""],
        ["牵头单位", cell(ts, slip.lead_unit, wide), "", "", ""],
        ["协办单位", cell(ts, "、".join(slip.co_units), wide), "", "", ""],
        ["法定时限", cell(ts, "；".join(deadlines), wide), "", "", ""],
    ]
    if slip.recipient != slip.lead_unit:
        rows.append(["本联送达", cell(ts, f"{slip.recipient}（协办单位）", wide), "", "", ""])
    table = Table(rows, colWidths=w)
    table.setStyle(grid_style([((0, 0), (0, -1)), ((2, 0), (2, 3))]))
    spans = [("SPAN", (1, r), (4, r)) for r in range(4, len(rows))]
    table.setStyle(
        TableStyle([("SPAN", (4, 0), (4, 3)), ("ALIGN", (4, 0), (4, 3), "CENTER"), *spans])
    )
    return table


def _petitioners(ts: Typesetter, slip: AssignmentSlipData) -> list[Flowable]:
    out: list[Flowable] = heading(ts, "来访人")
    if slip.confidential_for_unit:
        out.append(para(ts, slip.event.settings.confidential_notice, _NOTE))
        return out
    w = [26 * mm, 44 * mm, 32 * mm]
    w.append(WIDTH - sum(w))
    rows: list[list[object]] = [["姓名", "身份证号", "联系电话", "住址"]]
    for p in slip.petitioners or ():
        values = (p.name, p.id_number, p.phone, p.address)
        rows.append([cell(ts, v, width) for v, width in zip(values, w, strict=True)])
    if len(rows) == 1:
        rows.append(["——"] * 4)
    table = Table(rows, colWidths=w, repeatRows=1)
    table.setStyle(grid_style([HEADER_ROW]))
    out.append(table)
    return out


def _section(ts: Typesetter, title: str, text: str, st: ParagraphStyle = _BODY) -> list[Flowable]:
    lines = [line.strip(" \u3000\t") for line in text.splitlines()]
    paras = [para(ts, line, st) for line in lines if line]
    return [*heading(ts, title), *paras] if paras else []


def _signatures(ts: Typesetter, slip: AssignmentSlipData) -> list[Flowable]:
    s = slip.event.settings
    phone = s.supervision_office_phone or "________________"
    rows = [["签收人：", "签收时间：　　年　　月　　日　　时　　分", "联系电话："]]
    table = Table(rows, colWidths=[WIDTH * 0.26, WIDTH * 0.46, WIDTH * 0.28], rowHeights=[12 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), BASE_FONT, 10.5),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    office = para(ts, f"督办机构：{s.supervision_office_name}，督办电话：{phone}", _OFFICE)
    return [BoldLine(ts, "签收", 12, space=3 * mm), table, office]


#: Lines of the text before the signature block that go with it onto a new page.
_KEEP_LINES = 2
#: A block other than text (a table) goes along whole only when it is at most this tall.
_KEEP_BLOCK_HEIGHT = 60 * mm


def _with_closing(story: list[Flowable], closing: list[Flowable]) -> list[Flowable]:
    """``story`` then ``closing`` (the signature block), which never starts a page alone:
    when it does not fit, the last lines of the text before it (a short last section
    whole, with its heading) move to the next page with it."""
    body, kept = list(story), []
    last = body[-1] if body else None
    if isinstance(last, Paragraph):
        last.wrap(WIDTH, 1e9)
        lines = len(last.blPara.lines)
        if lines > _KEEP_LINES + 1:
            head, tail = last.split(WIDTH, (lines - _KEEP_LINES) * last.style.leading + 0.01)
            body[-1], kept = head, [tail]
        else:
            kept = [body.pop()]
            if body and isinstance(body[-1], BoldLine):  # the section's heading
                kept.insert(0, body.pop())
    elif last is not None and last.wrap(WIDTH, 1e9)[1] <= _KEEP_BLOCK_HEIGHT:
        kept = [body.pop()]
    return [*body, KeepTogether([*kept, *closing])]


def _decor(ts: Typesetter, slip: AssignmentSlipData) -> PageDecor:
    s = slip.event.settings

    def decor(canvas: Canvas, n: int, total: int) -> None:
        top = A4[1] - 12 * mm
        label = slip.copy_label
        w = ts.width(label, 10) + 6 * mm
        canvas.saveState()
        canvas.setLineWidth(0.8)
        canvas.rect(A4_MARGINS.left, top - 2.2 * mm, w, 7 * mm, stroke=1, fill=0)
        canvas.restoreState()
        ts.draw(canvas, A4_MARGINS.left + 3 * mm, top, label, 10)
        if n > 1:
            head = f"{s.slip_title}　{slip.case_number}（续）"
            ts.draw(canvas, A4[0] / 2, top, head, 9, align="centre")
        if slip.is_reprint:
            right = A4[0] - A4_MARGINS.right
            draw_reprint_stamp(canvas, ts, right, top - 0.5 * mm, slip.reprint_count)
        draw_footer(canvas, ts, A4, A4_MARGINS, s.slip_footer, n, total)

    return decor


def slip_story(ts: Typesetter, slip: AssignmentSlipData, key: object) -> list[Flowable]:
    """The flowables of one slip (already the printable copy), starting with its DocMark."""
    s = slip.event.settings
    story = [
        DocMark(key, _decor(ts, slip)),
        para(ts, s.organisation_name, _ORG),
        BoldLine(ts, s.slip_title, 20, centre=True),
        UrgencyBand(ts, slip),
        _info_table(ts, slip),
        *_petitioners(ts, slip),
        *_section(ts, "反映问题", slip.summary),
        *_section(ts, "诉求", slip.demand),
        *_section(ts, "领导批示", slip.instruction),
        *_section(ts, "办理要求", s.slip_requirements, _NOTE),
    ]
    return _with_closing(story, _signatures(ts, slip))


def build_assignment_slip(slip: AssignmentSlipData) -> BuildResult:
    """One slip copy as A4 PDF; the accused unit's copy of a confidential case is redacted."""
    ts = Typesetter()
    copy = printable_copy(slip)
    story = slip_story(ts, copy, copy.case_number)
    title = f"{copy.event.settings.slip_title} {copy.case_number}"
    pdf, pages = build_paged(story, pagesize=A4, margins=A4_MARGINS, title=title)
    return BuildResult(pdf=pdf, page_count=pages, missing_glyphs=ts.missing_glyphs)
