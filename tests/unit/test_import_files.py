"""Import: good and bad list files, each problem with its row, column and reason."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from app.domain.errors import InvalidInput
from app.services.imports.data import MAX_CELL_CHARS, MAX_ROWS, ImportRow, RowStatus
from app.services.imports.files import read_file, read_table
from app.services.imports.matching import EventDirectory
from app.services.imports.rows import check_rows
from app.services.imports.template import template_bytes
from tests.import_files import (
    BILLION_LAUGHS,
    HEADER,
    csv_bytes,
    directory,
    fake_id,
    good_row,
    replace_part,
    xlsx_bytes,
)

TODAY = date(2026, 11, 20)
DIRECTORY = EventDirectory(*directory())


def preview(name: str, data: bytes) -> tuple[ImportRow, ...]:
    return check_rows(read_table(name, data), DIRECTORY, 1, TODAY)


def refusal(name: str, data: bytes) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        preview(name, data)
    assert caught.value.field == "file"
    return caught.value


# -- whole files that are refused ----------------------------------------------------------


def _bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 4_000_000)
    return out.getvalue()


def _padded_sheet() -> bytes:
    data = xlsx_bytes([HEADER, good_row(1)])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    far = b'<row r="1000000"><c r="B1000000" t="inlineStr"><is><t>x</t></is></c></row>'
    return replace_part(
        data, "xl/worksheets/sheet1.xml", sheet.replace(b"</sheetData>", far + b"</sheetData>")
    )


def _late_doctype() -> bytes:
    """Entities declared after 64 KB of comment: caught by defusedxml, not the pre-scan."""
    body = BILLION_LAUGHS.replace(b"<!DOCTYPE", b"<!--" + b" " * 70_000 + b"-->\n<!DOCTYPE", 1)
    return replace_part(HEADER_ONLY, SHEET, body)


def _sheet_with(old: bytes, new: bytes) -> bytes:
    data = xlsx_bytes([HEADER, good_row(1, 问题摘要="x")])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet = archive.read(SHEET)
    return replace_part(data, SHEET, sheet.replace(old, new))


SHEET = "xl/worksheets/sheet1.xml"
LONG = "长" * (MAX_CELL_CHARS + 1)
HEADER_ONLY = xlsx_bytes([HEADER])
BOOK = "xl/workbook.xml"
HUGE = b"y" * 200_000
MANY = csv_bytes([HEADER, *map(good_row, range(MAX_ROWS + 1))])
MISSING = "missing_columns"


def _csv(**cells: object) -> bytes:
    return csv_bytes([HEADER, good_row(1, **cells)])


BAD_FILES = {
    "empty xlsx": ("a.xlsx", b"", "empty"),
    "blank csv": ("a.csv", b"  \r\n ", "empty"),
    "only headers": ("a.xlsx", HEADER_ONLY, "no_rows"),
    "only headers csv": ("a.csv", csv_bytes([HEADER]), "no_rows"),
    "word document": ("a.docx", b"PK\x03\x04whatever", "unsupported_type"),
    "old excel": ("a.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 100, "unsupported_type"),
    "csv named xlsx": ("a.xlsx", _csv(), "content_mismatch"),
    "xlsx named csv": ("a.csv", xlsx_bytes([HEADER, good_row(1)]), "content_mismatch"),
    "truncated zip": ("a.xlsx", xlsx_bytes([HEADER, good_row(1)])[:900], "broken_xlsx"),
    "bad workbook part": ("a.xlsx", replace_part(HEADER_ONLY, BOOK, b"<x"), "broken_xlsx"),
    "zip bomb": ("a.xlsx", _bomb(), "zip_bomb"),
    "billion laughs": ("a.xlsx", replace_part(HEADER_ONLY, SHEET, BILLION_LAUGHS), "xml_entities"),
    "billion laughs past the pre-scan": ("a.xlsx", _late_doctype(), "broken_xlsx"),
    "sheet padded to a million rows": ("a.xlsx", _padded_sheet(), "too_many_rows"),
    "not utf-8 nor gbk": ("a.csv", "序号,姓名".encode() + b"\xff\xfe\xff", "encoding"),
    "nul bytes": ("a.csv", csv_bytes([HEADER]) + b"1,\x00", "broken_csv"),
    "huge csv cell": ("a.csv", _csv(问题摘要="长" * 200_000), "cell_too_large"),
    "long csv cell": ("a.csv", _csv(问题摘要=LONG), "cell_too_large"),
    "long xlsx cell": ("a.xlsx", _sheet_with(b"<t>x</t>", b"<t>%s</t>" % HUGE), "cell_too_large"),
    "too many rows": ("a.csv", MANY, "too_many_rows"),
    "no header": ("a.csv", csv_bytes([["甲", "乙"], ["1", "2"]]), "no_header"),
    "no name column": ("a.csv", csv_bytes([["身份证号", "电话"], [fake_id(1), "1"]]), MISSING),
    "no id nor phone column": ("a.csv", csv_bytes([["姓名", "类别"], ["王明", "劳动"]]), MISSING),
}  # fmt: skip


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_a_bad_file_is_refused_with_its_reason(case: str) -> None:
    name, data, reason = BAD_FILES[case]
    assert refusal(name, data).reason == reason


def test_the_old_excel_format_gets_a_hint() -> None:
    assert refusal("名单.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 64).details["hint"] == "xls"


def test_a_too_large_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    with path.open("wb") as stream:
        stream.truncate(11 * 1024 * 1024)
    with pytest.raises(InvalidInput) as caught:
        read_file(path)
    assert caught.value.reason == "too_large"
    with pytest.raises(InvalidInput) as missing:
        read_file(tmp_path / "missing.csv")
    assert missing.value.reason == "unreadable"


# -- files that read well --------------------------------------------------------------------


def test_header_variants_titles_blank_rows_and_extra_columns() -> None:
    header = ["序 号", "姓　名", "公民身份号码", "手机号码", "地址", "人 数", "类别", "反映问题",
              "主要诉求", "预约领导", "说明", "填表人", "电话"]  # fmt: skip
    row = [
        1,
        "李 四",
        fake_id(7),
        "13900000007",
        "东门村",
        "三",
        "拆迁",
        "征地补偿",
        "补偿",
        "周县长",
        "",
        "x",
        "",
    ]
    data = xlsx_bytes([["城关镇预登记名单"], [], header, [], row, [None] * 13])
    table = read_table("list.xlsx", data)
    assert table.header.row == 3
    assert {n.reason for n in table.header.notes} == {"ignored_column", "duplicate_column"}
    (only,) = check_rows(table, DIRECTORY, 1, TODAY)
    assert only.row == 5
    assert only.status is RowStatus.READY, only.problems
    assert only.draft is not None
    assert only.draft.petitioners[0].name == "李四"
    assert (only.draft.head_count, only.draft.topic_id) == (3, 1)
    assert only.draft.requested_leader_id == 21


@pytest.mark.parametrize(
    ("encoding", "bom", "delimiter"),
    [("utf-8", b"", ","), ("utf-8", b"\xef\xbb\xbf", ","), ("gbk", b"", ","), ("gbk", b"", "\t"),
     ("utf-16", b"", "\t")],
)  # fmt: skip
def test_csv_encodings(encoding: str, bom: bytes, delimiter: str) -> None:
    data = bom + csv_bytes([HEADER, good_row(1, "欧阳娜娜"), good_row(2)], encoding, delimiter)
    rows = preview("名单.csv", data)
    assert [r.status for r in rows] == [RowStatus.READY] * 2
    assert rows[0].cells["name"] == "欧阳娜娜"


def test_full_width_digits_spaces_and_numerals() -> None:
    wide = fake_id(3).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    rows = preview(
        "a.csv",
        csv_bytes(
            [
                HEADER,
                good_row(
                    3,
                    " 王\u3000五 ",
                    身份证号=f" {wide} ",
                    联系电话="１３９ ００００ ００００",
                    人数="十二",
                ),
                good_row(4, 人数="两人"),
                good_row(5, 人数="１２"),
                good_row(6, 人数=""),
                good_row(7, 预约接待室或领导="第三接待室"),
                good_row(8, 预约接待室或领导="2号"),
            ]
        ),
    )
    assert all(r.status is RowStatus.READY for r in rows), [r.problems for r in rows]
    assert [r.head_count for r in rows] == [12, 2, 12, 1, 1, 1]
    first = rows[0].draft
    assert first is not None
    assert first.petitioners[0].document_number == fake_id(3)
    assert first.petitioners[0].phone == "13900000000"
    assert first.is_collective if hasattr(first, "is_collective") else first.head_count >= 5
    assert [r.draft.requested_room_id for r in rows[4:] if r.draft] == [13, 12]


def test_multi_line_cells_keep_csv_row_numbers() -> None:
    data = csv_bytes([HEADER, good_row(1, 问题摘要="第一行\n第二行"), good_row(2, 联系电话="12")])
    rows = preview("a.csv", data)
    assert rows[0].cells["summary"] == "第一行\n第二行"
    assert rows[1].row == 4
    assert [(p.row, p.field, p.reason) for p in rows[1].problems] == [(4, "phone", "length")]


def test_footer_and_template_example_rows_are_left_out() -> None:
    rows = preview(
        "a.xlsx",
        xlsx_bytes([HEADER, good_row(1, 序号="示例"), good_row(2), ["合计", "", "", "", "", 9]]),
    )
    assert [r.row for r in rows] == [3]


def test_the_template_reads_as_a_list_with_only_its_example() -> None:
    table = read_table("模板.xlsx", template_bytes())
    assert table.sheet_name == "预登记名单"
    assert check_rows(table, DIRECTORY, 1, TODAY) == ()


# -- row problems: the row as numbered in the file, the column, the reason -----------------

WRONG_CHECK = fake_id(1)[:17] + ("0" if fake_id(1)[17] != "0" else "1")
ROW_PROBLEMS = {
    "wrong check digit": ({"身份证号": WRONG_CHECK}, "id_number", "checksum"),
    "id too short": ({"身份证号": "33072619750309"}, "id_number", "length"),
    "unknown region": ({"身份证号": "000000197503091234"}, "id_number", "region"),
    "phone too short": ({"联系电话": "139123"}, "phone", "length"),
    "foreign phone": ({"联系电话": "+44 20 7946 0000"}, "phone", "country_code"),
    "neither id nor phone": ({"身份证号": "", "联系电话": ""}, "id_number", "id_or_phone_required"),
    "digits in the name": ({"姓名": "王小明2"}, "name", "characters"),
    "no name": ({"姓名": ""}, "name", "required"),
    "formula": ({"问题摘要": '=HYPERLINK("http://x.example","点我")'}, "summary", "formula"),
    "at formula": ({"诉求": "@SUM(A1:A9)"}, "demand", "formula"),
    "plus formula": ({"备注": "+cmd|' /C calc'!A0"}, "note", "formula"),
    "count in words": ({"人数": "很多"}, "head_count", "not_a_number"),
    "count zero": ({"人数": "0"}, "head_count", "out_of_range"),
    "count too big": ({"人数": "五百零一"}, "head_count", "out_of_range"),
    "count fraction": ({"人数": 2.5}, "head_count", "not_a_number"),
    "unknown topic": ({"反映类别": "外星人"}, "topic", "unknown"),
    "ambiguous topic": ({"反映类别": "保障"}, "topic", "ambiguous"),
    "summary too long": ({"问题摘要": "长" * 4001}, "summary", "too_long"),
    "address too long": ({"住址": "村" * 257}, "address", "too_long"),
    "unknown room": ({"预约接待室或领导": "9号"}, "request", "unknown_room"),
    "leader off duty": ({"预约接待室或领导": "吴明"}, "request", "leader_not_on_duty"),
    "unknown request": ({"预约接待室或领导": "王局长"}, "request", "unknown"),
    "ambiguous room": ({"预约接待室或领导": "接待室"}, "request", "ambiguous"),
}  # fmt: skip


@pytest.mark.parametrize("case", ROW_PROBLEMS, ids=list(ROW_PROBLEMS))
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_bad_cell_is_one_precise_problem(case: str, kind: str) -> None:
    cells, field, reason = ROW_PROBLEMS[case]
    if "反映类别" not in cells:
        cells = {**cells, "反映类别": "劳动和社会保障"}
    rows_in = [["名单"], HEADER, good_row(1), [], good_row(2, **cells), good_row(3)]
    data = xlsx_bytes(rows_in) if kind == "xlsx" else csv_bytes(rows_in)
    rows = preview(f"a.{kind}", data)
    assert [r.status for r in rows] == [RowStatus.READY, RowStatus.PROBLEM, RowStatus.READY]
    problems = [(p.row, p.field, p.header, p.reason) for p in rows[1].problems]
    header = {"id_number": "身份证号", "phone": "联系电话", "name": "姓名", "summary": "问题摘要",
              "demand": "诉求", "note": "备注", "head_count": "人数", "topic": "反映类别",
              "address": "住址", "request": "预约接待室或领导"}[field]  # fmt: skip
    assert problems == [(5, field, header, reason)]


def test_an_id_excel_kept_as_a_number_is_flagged() -> None:
    (row,) = preview("a.xlsx", xlsx_bytes([HEADER, good_row(1, 身份证号=330726197503091234)]))
    assert [(p.field, p.reason) for p in row.problems] == [("id_number", "stored_as_number")]
    legacy = preview("a.xlsx", xlsx_bytes([HEADER, good_row(1, 身份证号=330726750309123)]))
    assert legacy[0].problems == ()


def test_every_problem_of_a_row_at_once_in_column_order() -> None:
    bad = good_row(1, "王1", 身份证号="123", 联系电话="abc", 人数="很多", 反映类别="外星人")
    (row,) = preview("a.csv", csv_bytes([HEADER, bad]))
    assert [p.field for p in row.problems] == ["name", "id_number", "phone", "head_count", "topic"]


def test_a_repeated_id_is_flagged_on_the_later_rows() -> None:
    rows = preview(
        "a.csv",
        csv_bytes([HEADER, good_row(1), good_row(2), good_row(3, 身份证号=fake_id(1)),
                   good_row(4, 身份证号=fake_id(1).lower()[:-1] + fake_id(1)[-1].lower())]),
    )  # fmt: skip
    assert [r.status for r in rows][:2] == [RowStatus.READY] * 2
    for row in rows[2:]:
        assert [(p.field, p.reason, p.details["first_row"]) for p in row.problems] == [
            ("id_number", "duplicate_in_file", 2)
        ]


def test_without_an_id_a_person_is_known_by_name_and_phone() -> None:
    rows = preview(
        "a.csv",
        csv_bytes(
            [HEADER, good_row(1, 身份证号=""), good_row(2, 身份证号="", 联系电话="13900000001")]
        ),
    )
    assert rows[1].problems[0].reason == "duplicate_in_file"
    assert rows[0].draft is not None
    assert rows[0].draft.petitioners[0].document_number == ""


def test_client_keys_depend_on_event_and_person_only() -> None:
    data = csv_bytes([HEADER, good_row(1), good_row(2)])
    first, again = preview("a.csv", data), preview("b.csv", data)
    keys = [r.draft.client_key for r in first if r.draft]
    assert keys == [r.draft.client_key for r in again if r.draft]
    assert len(set(keys)) == 2
    other_event = check_rows(read_table("a.csv", data), DIRECTORY, 2, TODAY)
    assert not set(keys) & {r.draft.client_key for r in other_event if r.draft}


def test_a_blank_topic_means_the_general_topic() -> None:
    (row,) = preview("a.csv", csv_bytes([HEADER, good_row(1, 反映类别="")]))
    assert row.draft is not None
    assert (row.draft.topic_id, row.topic_name) == (4, "其他")
