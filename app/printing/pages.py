"""Pages: per-document page numbers ("第 1 页 / 共 2 页", also inside bundles), paged
A4/A5 documents and single-page roll documents as tall as their content."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.printing.fonts import BASE_FONT, Typesetter

PDF_CREATOR = "Reception Day 接访日"

#: A page decoration: draws header/footer and page numbers once totals are known.
PageDecor = Callable[[Canvas, int, int], None]


class DocMark(Flowable):  # type: ignore[misc]
    """Zero-size marker: pages from here on belong to document ``key``, decorated by ``decor``."""

    def __init__(self, key: object, decor: PageDecor) -> None:
        super().__init__()
        self.key, self.decor = key, decor

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.rd_doc_key = self.key
        self.canv.rd_decor = self.decor


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end so each can say 第 n 页 / 共 m 页 of its document."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rd_doc_key: object = None
        self.rd_decor: PageDecor | None = None
        self._rd_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._rd_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(page["rd_doc_key"] for page in self._rd_pages)
        seen: Counter[object] = Counter()
        for page in self._rd_pages:
            self.__dict__.update(page)
            seen[page["rd_doc_key"]] += 1
            if self.rd_decor is not None:
                self.rd_decor(self, seen[page["rd_doc_key"]], totals[page["rd_doc_key"]])
            super().showPage()
        super().save()

    @property
    def page_total(self) -> int:
        return len(self._rd_pages)


def page_number_text(n: int, total: int) -> str:
    return f"第 {n} 页 / 共 {total} 页"


# ------------------------------------------------------------ roll layouts


def build_roll(
    ts: Typesetter,
    width: float,
    flowables: Sequence[Flowable],
    *,
    title: str,
    margin: float = 4 * mm,
    overlay: Callable[[Canvas, float], None] | None = None,
) -> bytes:
    """One page ``width`` wide and exactly as tall as its content (thermal roll paper)."""
    inner = width - 2 * margin
    sizes = []
    for f in flowables:
        _, h = f.wrap(inner, 10_000)
        sizes.append((f, h, f.getSpaceBefore(), f.getSpaceAfter()))
    height = 2 * margin + sum(h + before + after for _, h, before, after in sizes)
    buf = io.BytesIO()
    canvas = Canvas(
        buf, pagesize=(width, height), invariant=1, pageCompression=1, initialFontName=BASE_FONT
    )
    canvas.setTitle(title)
    canvas.setCreator(PDF_CREATOR)
    y = height - margin
    for f, h, before, after in sizes:
        y -= before + h
        f.drawOn(canvas, margin, y)
        y -= after
    if overlay is not None:
        overlay(canvas, height)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


# ------------------------------------------------------------ paged documents


@dataclass(frozen=True, slots=True)
class Margins:
    left: float
    right: float
    top: float
    bottom: float


A4_MARGINS = Margins(18 * mm, 18 * mm, 22 * mm, 20 * mm)
A5_MARGINS = Margins(14 * mm, 14 * mm, 16 * mm, 16 * mm)


def build_paged(
    story: Sequence[Flowable],
    *,
    pagesize: tuple[float, float],
    margins: Margins,
    title: str,
) -> tuple[bytes, int]:
    """Lay ``story`` out on as many pages as it needs; returns (pdf, page count).

    The story should start with a :class:`DocMark` so its pages get their decoration.
    """
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=pagesize,
        leftMargin=margins.left,
        rightMargin=margins.right,
        topMargin=margins.top,
        bottomMargin=margins.bottom,
        invariant=1,
        pageCompression=1,
        initialFontName=BASE_FONT,  # else every page references (unembedded) Helvetica
        title=title,
        author=PDF_CREATOR,
        creator=PDF_CREATOR,
    )
    frame = Frame(
        margins.left,
        margins.bottom,
        pagesize[0] - margins.left - margins.right,
        pagesize[1] - margins.top - margins.bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=NumberedCanvas)
    return buf.getvalue(), int(doc.canv.page_total)


def draw_footer(
    canvas: Canvas,
    ts: Typesetter,
    pagesize: tuple[float, float],
    margins: Margins,
    left: str,
    n: int,
    total: int,
) -> None:
    """A rule, ``left`` text and 第 n 页 / 共 m 页 at the bottom of the page."""
    y = margins.bottom - 8 * mm
    canvas.saveState()
    canvas.setLineWidth(0.5)
    canvas.line(margins.left, y + 4 * mm, pagesize[0] - margins.right, y + 4 * mm)
    canvas.restoreState()
    if left:
        ts.draw(canvas, margins.left, y, left, 8)
    ts.draw(canvas, pagesize[0] - margins.right, y, page_number_text(n, total), 9, align="right")
