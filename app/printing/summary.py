"""End-of-day summary (接访日工作情况汇总), A4: headline, tables, outcome chart, assignments."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from app.domain.types import Urgency
from app.printing.data import BuildResult, DaySummaryData, TallyRow, UnitTally
from app.printing.fonts import BASE_FONT, Typesetter
from app.printing.layout import (
    CENTRE,
    HEADER_ROW,
    URGENCY_LOOK,
    BoldLine,
    fmt_date,
    fmt_datetime,
    grid_style,
    heading,
    para,
    style,
    table_cell,
)
from app.printing.pages import (
    A4_MARGINS,
    DocMark,
    build_paged,
    draw_footer,
)

WIDTH = A4[0] - A4_MARGINS.left - A4_MARGINS.right
_CELL = style("m-cell", 9, leading=12)
_OUTCOMES = ("当场解决", "交办", "导入法定途径", "解释说明")
URGENCY_TINT = {
    Urgency.GREEN: colors.HexColor("#D9EFD9"),
    Urgency.YELLOW: colors.HexColor("#FFF1B8"),
    Urgency.RED: colors.HexColor("#F6CFCF"),
}

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing


def headline(data: DaySummaryData) -> str:
    """The press-report sentence: 本次接访共接待群众 X 批 Y 人次，当场解决 A 件，交办 B 件…"""
    text = (
        f"本次接访共接待群众 {data.batches} 批 {data.persons} 人次，"
        f"当场解决 {data.resolved_on_spot} 件，交办 {data.handed_over} 件，"
        f"依法导入法定途径 {data.legal_channel} 件，解释说明 {data.explained} 件，"
        f"共涉及信访事项 {data.cases} 件。"
    )
    extras = []
    if data.collective_batches:
        extras.append(f"集体访 {data.collective_batches} 批")
    if data.repeat_batches:
        extras.append(f"重复访 {data.repeat_batches} 批")
    if extras:
        text += "其中" + "，".join(extras) + "。"
    if data.leaders:
        text += f"参加接访的领导：{'、'.join(data.leaders)}。"
    return text


def _key_figures(ts: Typesetter, data: DaySummaryData) -> Table:
    figures = [
        ("接待批次", data.batches),
        ("接待人次", data.persons),
        ("当场解决", data.resolved_on_spot),
        ("交办", data.handed_over),
    ]
    big = style("m-big", 22, leading=26, align=CENTRE)
    small = style("m-small", 9, align=CENTRE)
    rows = [[para(ts, str(n), big) for _, n in figures], [para(ts, t, small) for t, _ in figures]]
    table = Table(rows, colWidths=[WIDTH / 4] * 4)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), BASE_FONT, 10),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("INNERGRID", (0, 0), (-1, 0), 0.4, colors.white),
                ("LINEAFTER", (0, 0), (-2, -1), 0.4, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F3F3F3")),
            ]
        )
    )
    return table


def outcome_chart(data: DaySummaryData) -> Drawing:
    """Bar chart of the four outcomes, grey bars with value labels (prints well in B&W)."""
    # Imported here: reportlab's chart modules take ≈ 0.1 s, and the app starts without them.
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing

    values = [data.resolved_on_spot, data.handed_over, data.legal_channel, data.explained]
    drawing = Drawing(WIDTH, 62 * mm)
    drawing.initialFontName = BASE_FONT  # else the chart's page references Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = 20 * mm, 10 * mm
    chart.width, chart.height = WIDTH - 30 * mm, 44 * mm
    chart.data = [values]
    chart.barWidth = 10
    chart.bars[0].fillColor = colors.HexColor("#6B7C93")
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = BASE_FONT
    chart.valueAxis.labels.fontSize = 8
    step = nice_step(max(values) / 4)
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * (max(values) // step + 2)
    chart.categoryAxis.categoryNames = list(_OUTCOMES)
    chart.categoryAxis.labels.fontName = BASE_FONT
    chart.categoryAxis.labels.fontSize = 9
    chart.barLabelFormat = "%d 件"
    chart.barLabels.fontName = BASE_FONT
    chart.barLabels.fontSize = 9
    chart.barLabels.nudge = 7
    drawing.add(chart)
    return drawing


def nice_step(raw: float) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50… not below ``raw``."""
    step = 1
    while step < raw:
        for factor in (2, 5 / 2, 2):
            step = int(step * factor)
            if step >= raw:
                break
    return step


def _tally_table(ts: Typesetter, first: str, rows: Sequence[TallyRow]) -> Table:
    head: list[object] = [first, "批次", "人次", "事项", "当场解决", "交办", "法定途径", "解释说明"]
    w = [WIDTH - 7 * 17 * mm] + [17 * mm] * 7
    body: list[list[object]] = [head]
    for r in rows:
        body.append([table_cell(ts, r.label, w[0], _CELL), *map(str, _numbers(r))])
    totals = [sum(col) for col in zip(*(_numbers(r) for r in rows), strict=True)] if rows else []
    if totals:
        body.append(["合计", *map(str, totals)])
    table = Table(body, colWidths=w, repeatRows=1)
    table.setStyle(grid_style([HEADER_ROW], size=9, leading=12))
    table.setStyle(TableStyle([("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    return table


def _numbers(r: TallyRow) -> tuple[int, ...]:
    return (
        r.batches,
        r.persons,
        r.case_count,
        r.resolved_on_spot,
        r.handed_over,
        r.legal_channel,
        r.explained,
    )


def _unit_table(ts: Typesetter, rows: Sequence[UnitTally]) -> Table:
    head: list[object] = ["责任单位", "牵头", "协办", "红色", "黄色", "绿色"]
    w = [WIDTH - 5 * 20 * mm] + [20 * mm] * 5
    body: list[list[object]] = [head]
    for u in rows:
        numbers = (u.lead, u.assisting, u.red, u.yellow, u.green)
        body.append([table_cell(ts, u.unit, w[0], _CELL), *map(str, numbers)])
    table = Table(body, colWidths=w, repeatRows=1)
    table.setStyle(grid_style([HEADER_ROW], size=9, leading=12))
    table.setStyle(TableStyle([("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    return table


def _assignment_table(ts: Typesetter, data: DaySummaryData) -> Table:
    head: list[object] = ["序号", "信访件编号", "类别", "责任单位", "颜色", "反馈期限", "事项摘要"]
    w = [9 * mm, 29 * mm, 16 * mm, 44 * mm, 10 * mm, 25 * mm]
    w.append(WIDTH - sum(w))
    body: list[list[object]] = [head]
    for i, a in enumerate(data.assignments, start=1):
        units = a.lead_unit + (f"\n协办：{'、'.join(a.co_units)}" if a.co_units else "")
        due = fmt_date(a.feedback_due)
        values = [str(i), a.case_number, a.topic, units, URGENCY_LOOK[a.urgency].word, due, a.brief]
        body.append([table_cell(ts, v, wi, _CELL) for v, wi in zip(values, w, strict=True)])
    table = Table(body, colWidths=w, repeatRows=1)
    table.setStyle(grid_style([HEADER_ROW], size=9, leading=12))
    tints = [
        ("BACKGROUND", (4, i), (4, i), URGENCY_TINT[a.urgency])
        for i, a in enumerate(data.assignments, start=1)
    ]
    table.setStyle(TableStyle([*tints, ("ALIGN", (4, 0), (4, -1), "CENTER")]))
    return table


def _section(ts: Typesetter, title: str, content: Flowable) -> list[Flowable]:
    return [*heading(ts, title, 13, 5 * mm), content]


def build_day_summary(data: DaySummaryData) -> BuildResult:
    """The day's summary as A4 PDF (several pages when the assignment list is long)."""
    ts = Typesetter()
    s = data.event.settings
    body = style("m-head", 12, leading=21, first_line_indent=24)
    sub = f"{data.event.name}　{fmt_date(data.event.date)}"
    if data.event.venue:
        sub += f"　{data.event.venue}"

    def decor(canvas: Canvas, n: int, total: int) -> None:
        draw_footer(canvas, ts, A4, A4_MARGINS, s.summary_footer, n, total)

    story: list[Flowable] = [
        DocMark("summary", decor),
        para(ts, s.organisation_name, style("m-org", 11, align=CENTRE)),
        BoldLine(ts, s.summary_title, 20, centre=True),
        para(ts, sub, style("m-sub", 10, align=CENTRE, space_after=4 * mm)),
        para(ts, headline(data), body),
        _key_figures(ts, data),
        KeepTogether([BoldLine(ts, "处理结果", 13, space=5 * mm), outcome_chart(data)]),
    ]
    if data.by_topic:
        story += _section(ts, "按反映类别", _tally_table(ts, "反映类别", data.by_topic))
    if data.by_room:
        story += _section(ts, "按接待室", _tally_table(ts, "接待室", data.by_room))
    if data.by_unit:
        story += _section(ts, "按责任单位", _unit_table(ts, data.by_unit))
    if data.assignments:
        story += _section(ts, "交办事项清单", _assignment_table(ts, data))
    if data.generated_at:
        when = f"生成时间：{fmt_datetime(data.generated_at)}"
        story.append(para(ts, when, style("m-gen", 8, align=2, space_before=4 * mm)))
    pdf, pages = build_paged(story, pagesize=A4, margins=A4_MARGINS, title=s.summary_title)
    return BuildResult(pdf=pdf, page_count=pages, missing_glyphs=ts.missing_glyphs)
