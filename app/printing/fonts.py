"""Bundled fonts: where they are, registering them with reportlab, per-character fallback.

The primary face is WenQuanYi Micro Hei (URO ideographs, Latin, punctuation). Characters
it lacks go to a subset of HanaMinA (CJK Extension A, radicals, rare symbols) and then to
HanaMinB (Extensions B–F: 𠮷 and most rare name characters). A character no face covers
is printed as the geta mark 〓 (the typesetter's "missing character" sign) and reported
through :attr:`Typesetter.missing_glyphs` — never a silent blank box.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.paths import resources_dir
from app.printing import _reportlab_fixes

#: Printed in place of a character that no bundled font can draw.
MISSING_GLYPH_MARK = "〓"


@dataclass(frozen=True, slots=True)
class FontFace:
    """One bundled font file and the name it is registered under in reportlab."""

    name: str
    filename: str
    subfont_index: int = 0


PRIMARY = FontFace("RD-WQYMicroHei", "wqy-microhei.ttc", 0)
FALLBACKS = (
    FontFace("RD-HanaMinA-subset", "HanaMinA-subset.ttf"),
    FontFace("RD-HanaMinB", "HanaMinB.ttf"),
)
#: The font name to use in styles; fallback runs are switched per character.
BASE_FONT = PRIMARY.name


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def _load(face: FontFace) -> frozenset[int]:
    """Register ``face`` with reportlab (once per process); return its code points."""
    path = fonts_dir() / face.filename
    if not path.is_file():
        raise FileNotFoundError(f"bundled font missing: {path}")
    font = TTFont(face.name, str(path), subfontIndex=face.subfont_index)
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


def register_fonts() -> None:
    """Register every bundled face and apply the CJK fixes to reportlab. Idempotent."""
    _reportlab_fixes.apply()
    for face in (PRIMARY, *FALLBACKS):
        _load(face)


@cache
def font_for_char(ch: str) -> str | None:
    """The registered font name that draws ``ch``, or None when no bundled font has it."""
    code = ord(ch)
    for face in (PRIMARY, *FALLBACKS):
        if code in _load(face):
            return face.name
    return None


def _is_layout_char(ch: str) -> bool:
    # Line breaks and other controls are layout, not glyphs.
    return unicodedata.category(ch) in {"Cc", "Zl", "Zp"}


class Typesetter:
    """Splits text into per-font runs and remembers characters no font can draw.

    One instance per document build: the builder asks it for Paragraph markup or draws
    strings through it, then copies :attr:`missing_glyphs` into the build result.
    """

    def __init__(self) -> None:
        register_fonts()
        self._missing: set[str] = set()

    @property
    def missing_glyphs(self) -> tuple[str, ...]:
        return tuple(sorted(self._missing))

    def runs(self, text: str) -> list[tuple[str, str]]:
        """``[(font name, text), …]`` covering ``text``; unknown characters become 〓."""
        pieces = []
        for ch in text:
            font = font_for_char(ch)
            pieces.append((font, ch) if font is not None else self._substitute(ch))
        return [
            (font, "".join(ch for _, ch in run)) for font, run in groupby(pieces, itemgetter(0))
        ]

    def _substitute(self, ch: str) -> tuple[str, str]:
        if _is_layout_char(ch):
            return BASE_FONT, ch
        # Compatibility ideographs print as their unified equivalent.
        canonical = unicodedata.normalize("NFC", ch)
        if len(canonical) == 1 and (font := font_for_char(canonical)) is not None:
            return font, canonical
        self._missing.add(ch)
        return BASE_FONT, MISSING_GLYPH_MARK

    def markup(self, text: str) -> str:
        """Paragraph markup for plain ``text``: XML-escaped, fallback runs in <font>."""
        parts: list[str] = []
        for font, run in self.runs(text):
            lines = escape(run).replace("\r\n", "\n").split("\n")
            chunk = "<br/>".join(lines)
            parts.append(chunk if font == BASE_FONT else f'<font face="{font}">{chunk}</font>')
        return "".join(parts)

    def is_plain(self, text: str) -> bool:
        """True when the primary font draws every character of ``text`` (one run, no fallback)."""
        return all(font_for_char(ch) == BASE_FONT for ch in text)

    def width(self, text: str, size: float) -> float:
        return float(sum(pdfmetrics.stringWidth(run, font, size) for font, run in self.runs(text)))

    def draw(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        text: str,
        size: float,
        *,
        align: str = "left",
        bold: bool = False,
        color: Color = black,
    ) -> float:
        """Draw one line at baseline ``y``; ``align`` is left, centre or right of ``x``.

        ``bold`` strokes the outline as well (the bundled faces have no bold weight).
        Returns the drawn width.
        """
        runs = self.runs(text)
        total = sum(pdfmetrics.stringWidth(r, f, size) for f, r in runs)
        if align == "centre":
            x -= total / 2
        elif align == "right":
            x -= total
        canvas.saveState()
        canvas.setFillColor(color)
        obj = canvas.beginText(x, y)
        if bold:
            canvas.setStrokeColor(color)
            canvas.setLineWidth(size * 0.04)
            obj.setTextRenderMode(2)
        for font, run in runs:
            obj.setFont(font, size)
            obj.textOut(run)
        canvas.drawText(obj)
        canvas.restoreState()
        return float(total)
