"""Shared pieces of the printed documents: formats, paragraph styles, urgency colours,
headings, rules, the 补打 stamp and table cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, TableStyle

from app.domain.types import Urgency
from app.printing.fonts import BASE_FONT, Typesetter


def fmt_date(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def fmt_datetime(value: datetime) -> str:
    return f"{fmt_date(value)} {value:%H:%M}"


@dataclass(frozen=True, slots=True)
class UrgencyLook:
    word: str
    colour: Color
    #: Shade of the band's stripes: distinguishable when printed in black and white.
    stripes: int


URGENCY_LOOK: dict[Urgency, UrgencyLook] = {
    Urgency.GREEN: UrgencyLook("绿色", colors.HexColor("#2E8B3E"), 0),
    Urgency.YELLOW: UrgencyLook("黄色", colors.HexColor("#E0B000"), 1),
    Urgency.RED: UrgencyLook("红色", colors.HexColor("#C62828"), 2),
}


def draw_urgency_band(
    canvas: Canvas, ts: Typesetter, x: float, y: float, w: float, h: float, text: str, u: Urgency
) -> None:
    """A coloured band with the colour word in a white box: readable without colour."""
    look = URGENCY_LOOK[u]
    canvas.saveState()
    canvas.setFillColor(look.colour)
    canvas.rect(x, y, w, h, stroke=0, fill=1)
    # Black-and-white cue: none, one or two rows of dark ticks along the band.
    ticks = [
        f"{tx:.1f} {y + 1.2 + row * 2.4:.1f} 4 1.2 re"
        for row in range(look.stripes)
        for tx in range(int(x) + 2, int(x + w) - 4, 8)
    ]
    if ticks:
        canvas.addLiteral("q 0 g " + " ".join(ticks) + " f Q")
    size = h * 0.5
    box_w = ts.width(text, size) + size * 1.4
    canvas.setFillColor(colors.white)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.8)
    canvas.rect(x + 4 * mm, y + h * 0.15, box_w, h * 0.7, stroke=1, fill=1)
    canvas.restoreState()
    ts.draw(canvas, x + 4 * mm + size * 0.7, y + h * 0.5 - size * 0.35, text, size, bold=True)


def style(
    name: str,
    size: float,
    *,
    leading: float | None = None,
    align: int = TA_LEFT,
    space_before: float = 0,
    space_after: float = 0,
    indent: float = 0,
    first_line_indent: float = 0,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=BASE_FONT,
        fontSize=size,
        leading=leading if leading is not None else size * 1.45,
        alignment=align,
        wordWrap="CJK",
        spaceBefore=space_before,
        spaceAfter=space_after,
        leftIndent=indent,
        firstLineIndent=first_line_indent,
    )


def para(ts: Typesetter, text: str, st: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text (escaped, with font fallback runs)."""
    return Paragraph(ts.markup(text), st)


def label_para(ts: Typesetter, label: str, text: str, st: ParagraphStyle) -> Paragraph:
    """``label：text`` with the label greyed slightly so the value stands out."""
    return Paragraph(f'<font color="#444444">{ts.markup(label)}：</font>{ts.markup(text)}', st)


CENTRE = TA_CENTER


class BoldLine(Flowable):  # type: ignore[misc]
    """One line of (fake-)bold text, e.g. a title or a section heading."""

    def __init__(
        self, ts: Typesetter, text: str, size: float, *, centre: bool = False, space: float = 0
    ) -> None:
        super().__init__()
        self.ts, self.text, self.size, self.centre = ts, text, size, centre
        self.spaceBefore = space
        self.spaceAfter = space * 0.4
        self._width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self.size * 1.35

    def draw(self) -> None:
        x = self._width / 2 if self.centre else 0
        align = "centre" if self.centre else "left"
        self.ts.draw(self.canv, x, self.size * 0.3, self.text, self.size, align=align, bold=True)


def heading(ts: Typesetter, text: str, size: float = 12, space: float = 3 * mm) -> list[Flowable]:
    """A section heading that never sits alone at the foot of a page.

    (A CondPageBreak rather than keepWithNext: grouping the heading with a long paragraph
    would push the whole paragraph to the next page and leave a blank gap.)
    """
    return [
        CondPageBreak(size * 1.35 + space + 3 * size * 1.6),
        BoldLine(ts, text, size, space=space),
    ]


class Rule(Flowable):  # type: ignore[misc]
    """A thin horizontal line across the available width (dashed for roll paper)."""

    def __init__(self, *, dashed: bool = False, space: float = 2 * mm, width: float = 0.6) -> None:
        super().__init__()
        self.dashed, self.line_width = dashed, width
        self.spaceBefore = self.spaceAfter = space
        self._width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self.line_width

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setLineWidth(self.line_width)
        if self.dashed:
            self.canv.setDash(3, 2)
        self.canv.line(0, 0, self._width, 0)
        self.canv.restoreState()


def reprint_text(count: int) -> str:
    return "补打" if count <= 1 else f"补打（第{count}次）"


def draw_reprint_stamp(canvas: Canvas, ts: Typesetter, x: float, y: float, count: int) -> None:
    """A boxed 补打 mark whose right edge is at ``x``, baseline ``y``."""
    text = reprint_text(count)
    size = 12
    w = ts.width(text, size) + 8
    canvas.saveState()
    canvas.setLineWidth(1.2)
    canvas.rect(x - w, y - 4, w, size + 7, stroke=1, fill=0)
    canvas.restoreState()
    ts.draw(canvas, x - 4, y, text, size, align="right", bold=True)


# ------------------------------------------------------------------ tables

GRID_COLOUR = colors.HexColor("#555555")
LABEL_BG = colors.HexColor("#EEEEEE")
CELL_PAD = 4


def table_cell(ts: Typesetter, text: str, width: float, st: ParagraphStyle) -> object:
    """A table cell: a plain string when it fits on one line in the primary font (fast:
    no Paragraph), else a wrapping Paragraph with font fallback."""
    text = text or "——"
    if ts.is_plain(text) and ts.width(text, st.fontSize) <= width - 2 * CELL_PAD:
        return text
    return para(ts, text, st)


#: A block of table cells: ((first column, first row), (last column, last row)).
CellRange = tuple[tuple[int, int], tuple[int, int]]
HEADER_ROW: CellRange = ((0, 0), (-1, 0))


def grid_style(labels: Sequence[CellRange], size: float = 10, leading: float = 13) -> TableStyle:
    """Grid, padding and font for plain-string cells; the ``labels`` blocks shaded."""
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), BASE_FONT, size, leading),
            ("GRID", (0, 0), (-1, -1), 0.6, GRID_COLOUR),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            *(("BACKGROUND", start, end, LABEL_BG) for start, end in labels),
        ]
    )
