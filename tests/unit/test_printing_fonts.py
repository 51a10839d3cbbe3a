"""Bundled fonts, fallback per character, missing-glyph reporting, CJK line breaking."""

from __future__ import annotations

import io
import random
from dataclasses import replace

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from app.printing import MISSING_GLYPH_MARK, build_assignment_slip, build_ticket, register_fonts
from app.printing import _reportlab_fixes as fixes
from app.printing._reportlab_fixes import CHINESE_CANNOT_START
from app.printing.data import PetitionerLine
from app.printing.fonts import (
    BASE_FONT,
    FALLBACKS,
    PRIMARY,
    FontFace,
    Typesetter,
    font_for_char,
    fonts_dir,
    resources_dir,
)
from app.printing.layout import style
from app.printing.samples import sample_slip, sample_ticket

PRIVATE_USE = "\ue000"


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_bundled_fonts_and_licences_are_in_resources() -> None:
    assert resources_dir().name == "resources"
    for face in (PRIMARY, *FALLBACKS):
        assert (fonts_dir() / face.filename).is_file()
    licences = {p.name for p in fonts_dir().iterdir() if p.name.startswith("LICENSE")}
    assert len(licences) >= 2


@pytest.mark.parametrize(
    ("ch", "face"),
    [
        ("张", PRIMARY.name),
        ("A", PRIMARY.name),
        ("，", PRIMARY.name),
        ("堃", PRIMARY.name),
        ("喆", PRIMARY.name),
        ("玥", PRIMARY.name),
        ("䶮", FALLBACKS[0].name),  # CJK Extension A
        ("𠮷", FALLBACKS[1].name),  # CJK Extension B, U+20BB7
        ("𬌗", FALLBACKS[1].name),  # Extension E (通用规范汉字表)
    ],
)
def test_each_character_finds_a_font(ch: str, face: str) -> None:
    assert font_for_char(ch) == face


def test_no_font_has_a_private_use_character() -> None:
    assert font_for_char(PRIVATE_USE) is None


def test_runs_switch_font_per_character_and_report_missing() -> None:
    ts = Typesetter()
    runs = ts.runs(f"李𠮷堃{PRIVATE_USE}䶮")
    assert runs == [
        (BASE_FONT, "李"),
        (FALLBACKS[1].name, "𠮷"),
        (BASE_FONT, f"堃{MISSING_GLYPH_MARK}"),
        (FALLBACKS[0].name, "䶮"),
    ]
    assert ts.missing_glyphs == (PRIVATE_USE,)


def test_compatibility_ideograph_prints_as_its_unified_form() -> None:
    ts = Typesetter()
    # U+2F800 has no glyph of its own in the bundled fonts; NFC maps it to U+4E3D (丽).
    assert font_for_char("\U0002f800") is None
    assert ts.runs("\U0002f800") == [(BASE_FONT, "\u4e3d")]
    assert ts.missing_glyphs == ()


def test_markup_escapes_xml_and_wraps_fallback_runs() -> None:
    ts = Typesetter()
    assert ts.markup("a<b>&𠮷") == f'a&lt;b&gt;&amp;<font face="{FALLBACKS[1].name}">𠮷</font>'


def test_slip_reports_a_character_no_font_has() -> None:
    slip = sample_slip()
    odd = PetitionerLine(name=f"王{PRIVATE_USE}明", id_number="3307**********1111")
    result = build_assignment_slip(replace(slip, petitioners=(odd,)))
    assert result.missing_glyphs == (PRIVATE_USE,)
    assert not result.complete
    assert f"王{MISSING_GLYPH_MARK}明" in pdf_text(result.pdf)


def test_ticket_reports_missing_glyphs_too() -> None:
    result = build_ticket(replace(sample_ticket(), masked_name=f"{PRIVATE_USE}*"))
    assert result.missing_glyphs == (PRIVATE_USE,)


def test_sample_documents_have_no_missing_glyphs() -> None:
    assert build_assignment_slip(sample_slip()).missing_glyphs == ()


def test_rare_characters_survive_text_extraction() -> None:
    # reportlab's own ToUnicode map breaks characters beyond the BMP; ours is UTF-16.
    text = pdf_text(build_assignment_slip(sample_slip()).pdf)
    assert "李𠮷堃" in text


def test_chinese_punctuation_never_starts_a_line() -> None:
    Typesetter()  # applies the line-breaking fix
    # Punctuation every 11th character: without the fix ~260 of these widths put one
    # at the start of a line.
    text = "一二三四五六七八九十，一二三四五六七八九十；一二三四五六七八九十：" * 3
    text += "一二三四五六七八九十！一二三四五六七八九十？一二三四五六七八九十。" * 3
    for width in range(60, 400):
        para = Paragraph(text, style("t", 10))
        para.wrap(width, 10_000)
        lines = ["".join(line[1]) for line in para.blPara.lines]
        assert len(lines) > 1
        starts = [line[0] for line in lines[1:] if line]
        assert not [c for c in starts if c in CHINESE_CANNOT_START], width


@pytest.mark.parametrize("face", [PRIMARY, *FALLBACKS], ids=lambda f: f.name)
def test_faster_subsetting_gives_reportlabs_bytes(face: FontFace) -> None:
    register_fonts()
    font = pdfmetrics.getFont(face.name).face
    codes = sorted(font.charToGlyph)
    composites = [c for c in codes[:20000:5] if fixes._glyph(font, font.charToGlyph[c])[1]]
    rnd = random.Random(7)
    for _ in range(3):
        subset = [0, *composites[:3], *rnd.sample(codes, 200)]
        assert fixes.make_subset(font, subset) == fixes._original_make_subset(font, subset)
