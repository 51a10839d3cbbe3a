"""Spreadsheet writers: any text survives a round trip as its safe form, and no cell ever
starts like a formula — in .xlsx and .csv (property-based)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from app.services.export_mapping import Kind
from app.services.spreadsheet import (
    FORMULA_START,
    XLSX_MAX_TEXT,
    add_table_sheet,
    csv_value,
    safe_text,
    write_csv,
    xlsx_text,
)

# Any text, plus texts that start like formulas. Surrogates cannot be encoded at all.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
FORMULA_LIKE = st.builds(lambda head, tail: head + tail, st.sampled_from(FORMULA_START), TEXT)
CELLS = st.lists(st.one_of(TEXT, FORMULA_LIKE), min_size=1, max_size=6)


def is_formula(text: str) -> bool:
    return text.startswith(FORMULA_START)


@given(st.one_of(TEXT, FORMULA_LIKE))
def test_safe_text_never_starts_like_a_formula(text: str) -> None:
    safe = safe_text(text)
    assert not is_formula(safe)
    assert safe_text(safe) in (safe, "'" + safe)  # only a leading quote can be added
    if not is_formula(text) and text.isprintable():
        assert safe == text
    assert not is_formula(xlsx_text(text))
    assert "\r" not in xlsx_text(text)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(CELLS)
def test_csv_round_trip(cells: list[str]) -> None:
    stream = io.BytesIO()
    write_csv(stream, ["列"] * len(cells), [cells])
    raw = stream.getvalue()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows == [["列"] * len(cells), [safe_text(c) for c in cells]]
    assert not any(is_formula(v) for v in rows[1])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CELLS)
def test_xlsx_round_trip(cells: list[str]) -> None:
    wb = Workbook(write_only=True)
    add_table_sheet(wb, "表", ["列"] * len(cells), [10] * len(cells), [cells])
    stream = io.BytesIO()
    wb.save(stream)
    ws = openpyxl.load_workbook(io.BytesIO(stream.getvalue()))["表"]
    got = [c.value for c in ws[2]]
    assert got == [xlsx_text(c) or None for c in cells]  # an empty text is an empty cell
    assert all(c.data_type != "f" for c in ws[2])


def test_values_by_kind() -> None:
    assert csv_value(None) == ""
    assert csv_value(date(2026, 11, 23)) == "2026-11-23"
    assert csv_value(datetime(2026, 11, 23, 9, 5, 33)) == "2026-11-23 09:05"
    assert csv_value(-3) == "-3"  # numbers are numbers, not escaped text
    wb = Workbook(write_only=True)
    long = "长" * (XLSX_MAX_TEXT + 10)
    row = [date(2026, 11, 23), datetime(2026, 11, 23, 9, 5), -3, long]
    add_table_sheet(wb, "表", ["a", "b", "c", "d"], [10] * 4, [row], kinds=[Kind.DATE] * 4)
    stream = io.BytesIO()
    wb.save(stream)
    ws = openpyxl.load_workbook(io.BytesIO(stream.getvalue()))["表"]
    day, stamp, number, text = ws[2]
    assert day.number_format == "yyyy-mm-dd"
    assert stamp.number_format == "yyyy-mm-dd"  # a DATE column shows the day only
    assert number.value == -3
    assert len(text.value) == XLSX_MAX_TEXT
