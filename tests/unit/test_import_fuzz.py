"""Import fuzzing: any cell contents and any file bytes give a preview or a refusal of
the file (InvalidInput), never a crash; a bad cell gives exactly its problem."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import InvalidInput
from app.services.imports.data import RowStatus
from app.services.imports.files import read_table
from app.services.imports.matching import EventDirectory
from app.services.imports.rows import check_rows
from tests.import_files import HEADER, csv_bytes, directory, good_row, xlsx_bytes

TODAY = date(2026, 11, 20)
DIRECTORY = EventDirectory(*directory())
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

cell_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from(
    ["=HYPERLINK(\"http://x\")", "@SUM(A1)", "+cmd|'/C calc'!A0", "三", "十二", "两", "１２",
     "　", " 3 ", "-", "0", "五百零一", "13900000001", "0571-87654321", "330726197503090010"]
)  # fmt: skip
cell = st.none() | cell_text | st.integers(-(10**20), 10**20) | st.floats(allow_nan=True)


def _preview(name: str, data: bytes) -> None:
    try:
        table = read_table(name, data)
    except InvalidInput as error:
        refused: InvalidInput | None = error
    else:
        refused = None
    if refused is not None:
        assert refused.field == "file"
        return
    rows = check_rows(table, DIRECTORY, 1, TODAY)
    numbers = {n for n, _ in table.rows}
    for row in rows:
        assert row.row in numbers
        assert (row.status is RowStatus.PROBLEM) == bool(row.problems)
        assert (row.draft is not None) == (row.status is RowStatus.READY)
        assert all(p.row == row.row for p in row.problems)


@FUZZ
@given(st.lists(st.lists(cell, min_size=0, max_size=13), max_size=8), st.booleans())
def test_any_cells_give_rows_or_a_refusal(body: list[list[object]], as_xlsx: bool) -> None:
    rows = [list(HEADER), *body]
    if as_xlsx:
        xlsx_rows = [[c.replace("\x00", "") if isinstance(c, str) else c for c in r] for r in rows]
        xlsx_rows = [
            [c if not isinstance(c, float) or c == c else None for c in r] for r in xlsx_rows
        ]
        try:
            data = xlsx_bytes(xlsx_rows)
        except Exception:  # openpyxl refuses to write some characters: nothing to test
            return
        _preview("a.xlsx", data)
    else:
        _preview("a.csv", csv_bytes(rows))


@FUZZ
@given(st.binary(max_size=4000), st.sampled_from(["a.xlsx", "a.csv"]))
def test_any_bytes_give_rows_or_a_refusal(data: bytes, name: str) -> None:
    _preview(name, data)


VALID_XLSX = xlsx_bytes([HEADER, good_row(1), good_row(2), good_row(3)])
VALID_CSV = csv_bytes([HEADER, good_row(1), good_row(2), good_row(3)], "gbk")


@FUZZ
@given(
    st.sampled_from([("a.xlsx", VALID_XLSX), ("a.csv", VALID_CSV)]),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=12),
    st.integers(0, 10**6),
)
def test_damaged_files_give_rows_or_a_refusal(
    file: tuple[str, bytes], flips: list[tuple[int, int]], cut: int
) -> None:
    name, data = file
    damaged = bytearray(data)
    for position, value in flips:
        damaged[position % len(damaged)] = value
    _preview(name, bytes(damaged[: max(1, len(damaged) - cut % 200)]))


BAD_CELLS = [
    ("身份证号", "33072619750309", "id_number", "length"),
    ("联系电话", "139123", "phone", "length"),
    ("姓名", "王小明9", "name", "characters"),
    ("人数", "好多", "head_count", "not_a_number"),
    ("人数", "0", "head_count", "out_of_range"),
    ("反映类别", "外星人", "topic", "unknown"),
    ("问题摘要", "=1+1", "summary", "formula"),
    ("预约接待室或领导", "99号", "request", "unknown_room"),
]


@FUZZ
@given(
    st.lists(st.tuples(st.booleans(), st.sampled_from(BAD_CELLS)), min_size=1, max_size=12),
    st.lists(st.booleans(), min_size=12, max_size=12),
    st.booleans(),
)
def test_each_bad_cell_is_reported_on_its_own_row(
    plan: list[tuple[bool, tuple[str, str, str, str]]], blanks: list[bool], as_xlsx: bool
) -> None:
    rows: list[list[object]] = [["某镇预登记名单"], list(HEADER)]
    expected: dict[int, list[tuple[str, str]]] = {}
    for index, (bad, (column, value, field, reason)) in enumerate(plan):
        if blanks[index]:
            rows.append([])
        cells = {column: value} if bad else {}
        rows.append(good_row(index + 1, **{"反映类别": "劳动和社会保障", **cells}))
        expected[len(rows)] = [(field, reason)] if bad else []
    data = xlsx_bytes(rows) if as_xlsx else csv_bytes(rows)
    found = check_rows(read_table("a.xlsx" if as_xlsx else "a.csv", data), DIRECTORY, 1, TODAY)
    assert {r.row: [(p.field, p.reason) for p in r.problems] for r in found} == expected
