"""Bundles: the day's slips in one PDF, and per unit everything handed to it behind a
cover list (交办清单). Each slip keeps its own page numbers (第 1 页 / 共 2 页)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table, TableStyle

from app.printing.data import AssignmentSlipData, BuildResult, SlipCopy
from app.printing.fonts import BASE_FONT, Typesetter
from app.printing.layout import (
    CENTRE,
    GRID_COLOUR,
    HEADER_ROW,
    URGENCY_LOOK,
    BoldLine,
    fmt_date,
    grid_style,
    heading,
    label_para,
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
from app.printing.redaction import printable_copy
from app.printing.slip import slip_story

WIDTH = A4[0] - A4_MARGINS.left - A4_MARGINS.right
BRIEF_CHARS = 60
_CELL = style("b-cell", 9, leading=12)


def brief(text: str, limit: int = BRIEF_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _slips_story(
    ts: Typesetter, slips: Iterable[AssignmentSlipData], first_key: int
) -> list[Flowable]:
    story: list[Flowable] = []
    for i, slip in enumerate(slips, start=first_key):
        if story:
            story.append(PageBreak())
        story += slip_story(ts, printable_copy(slip), ("slip", i))
    return story


def build_slip_bundle(slips: Sequence[AssignmentSlipData], *, title: str = "") -> BuildResult:
    """All ``slips`` in one PDF, each starting on a new page, in the given order."""
    if not slips:
        raise ValueError("a bundle needs at least one slip")
    ts = Typesetter()
    settings = slips[0].event.settings
    story = _slips_story(ts, slips, 0)
    pdf, pages = build_paged(
        story, pagesize=A4, margins=A4_MARGINS, title=title or f"{settings.slip_title}（汇总）"
    )
    return BuildResult(pdf=pdf, page_count=pages, missing_glyphs=ts.missing_glyphs)


def _cover(ts: Typesetter, unit: str, copies: Sequence[AssignmentSlipData]) -> list[Flowable]:
    event = copies[0].event
    s = event.settings

    def decor(canvas: Canvas, n: int, total: int) -> None:
        draw_footer(canvas, ts, A4, A4_MARGINS, s.slip_footer, n, total)

    head: list[object] = ["序号", "信访件编号", "反映类别", "颜色", "反馈期限", "事项摘要"]
    w = [11 * mm, 32 * mm, 22 * mm, 13 * mm, 28 * mm]
    w.append(WIDTH - sum(w))
    rows: list[list[object]] = [head]
    for i, c in enumerate(copies, start=1):
        role = "" if c.recipient == c.lead_unit else "【协办】"
        values = [
            str(i),
            c.case_number,
            c.topic,
            URGENCY_LOOK[c.urgency].word,
            fmt_date(c.feedback_due),
            role + brief(c.summary),
        ]
        rows.append([table_cell(ts, v, wi, _CELL) for v, wi in zip(values, w, strict=True)])
    table = Table(rows, colWidths=w, repeatRows=1)
    table.setStyle(grid_style([HEADER_ROW], size=9, leading=12))
    sign = Table(
        [["签收人：", "签收时间：　　年　　月　　日　　时　　分", "联系电话："]],
        colWidths=[WIDTH * 0.26, WIDTH * 0.46, WIDTH * 0.28],
        rowHeights=[12 * mm],
    )
    sign.setStyle(
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
    info = style("b-info", 11, leading=18)
    return [
        DocMark(("cover", unit), decor),
        para(ts, s.organisation_name, style("b-org", 11, align=CENTRE)),
        BoldLine(ts, s.cover_list_title, 20, centre=True, space=1 * mm),
        label_para(ts, "责任单位", unit, info),
        label_para(ts, "接访活动", f"{event.name}（{fmt_date(event.date)}）", info),
        label_para(ts, "交办事项", f"共 {len(copies)} 件，交办单附后", info),
        *heading(ts, "事项清单"),
        table,
        KeepTogether([BoldLine(ts, "签收", 12, space=4 * mm), sign]),
    ]


def build_unit_bundle(unit: str, slips: Sequence[AssignmentSlipData]) -> BuildResult:
    """Cover list plus every unit copy addressed to ``unit`` (archive copies and other
    units' copies are left out)."""
    copies = [printable_copy(s) for s in slips if s.recipient == unit and s.copy is SlipCopy.UNIT]
    if not copies:
        raise ValueError(f"no slip is addressed to {unit!r}")
    ts = Typesetter()
    story = [*_cover(ts, unit, copies), PageBreak(), *_slips_story(ts, copies, 0)]
    title = f"{copies[0].event.settings.cover_list_title} {unit}"
    pdf, pages = build_paged(story, pagesize=A4, margins=A4_MARGINS, title=title)
    return BuildResult(pdf=pdf, page_count=pages, missing_glyphs=ts.missing_glyphs)


def build_unit_bundles(slips: Sequence[AssignmentSlipData]) -> dict[str, BuildResult]:
    """One bundle per recipient unit, keyed by unit, in order of first appearance."""
    units = dict.fromkeys(s.recipient for s in slips if s.copy is SlipCopy.UNIT)
    return {unit: build_unit_bundle(unit, slips) for unit in units}
