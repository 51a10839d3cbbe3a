"""The columns of a pre-registration list and the header variants towns write."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.errors import InvalidInput
from app.services.imports.cells import cell_text, one_line
from app.services.imports.data import FileNote


@dataclass(frozen=True)
class Column:
    """One column of the template: field code, header, accepted variants, width."""

    field: str
    header: str
    variants: tuple[str, ...]
    width: int


COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", ("序", "编号", "no", "no.", "序列号"), 6),
    Column(
        "name", "姓名", ("来访人", "来访人姓名", "信访人", "信访人姓名", "名字", "代表姓名"), 10
    ),
    Column(
        "id_number",
        "身份证号",
        ("身份证号码", "公民身份号码", "身份证", "身份证件号码", "证件号码", "证件号"),
        22,
    ),
    Column(
        "phone",
        "联系电话",
        ("电话", "手机", "手机号", "手机号码", "联系方式", "电话号码", "联系电话号码"),
        15,
    ),
    Column("address", "住址", ("地址", "家庭住址", "现住址", "居住地址", "户籍地址", "住所"), 28),
    Column("head_count", "人数", ("来访人数", "参加人数", "人员数", "到访人数"), 6),
    Column("topic", "反映类别", ("类别", "问题类别", "内容分类", "信访类别", "反映类型"), 14),
    Column(
        "summary",
        "问题摘要",
        ("主要问题", "反映问题", "问题", "摘要", "反映内容", "主要内容", "问题概要"),
        36,
    ),
    Column("demand", "诉求", ("主要诉求", "具体诉求", "要求", "诉求内容"), 28),
    Column(
        "request",
        "预约接待室或领导",
        ("预约接待室", "预约领导", "接待室", "约见领导", "预约接待室/领导", "接待领导"),
        16,
    ),
    Column("note", "备注", ("说明", "其他"), 20),
)
BY_FIELD = {c.field: c for c in COLUMNS}
#: The 序号 of the template's example row; rows numbered so are never imported.
EXAMPLE_MARK = "示例"
#: Without these no row can be read.
REQUIRED = ("name",)
#: At least one of these identifies a person.
IDENTIFYING = ("id_number", "phone")

_ANNOTATION = re.compile(r"[（(][^）)]*[）)]|[*＊:：※]|必填|选填")


def header_key(text: str) -> str:
    """A header as compared: no spaces, no ``(必填)``-style notes or asterisks, lower-case."""
    return _ANNOTATION.sub("", one_line(text)).replace(" ", "").lower()


_KNOWN = {header_key(v): c.field for c in COLUMNS for v in (c.header, *c.variants)}


@dataclass(frozen=True)
class HeaderMap:
    """Where each field is in the file: column index and the header as written."""

    row: int  # the header's row number in the file
    positions: dict[str, int]
    headers: dict[str, str]
    notes: tuple[FileNote, ...]


def _matches(values: Sequence[object]) -> dict[int, str]:
    found: dict[int, str] = {}
    for index, value in enumerate(values):
        field = _KNOWN.get(header_key(cell_text(value)))
        if field is not None:
            found[index] = field
    return found


def find_header(rows: Sequence[tuple[int, Sequence[object]]]) -> HeaderMap:
    """The header among the first rows: the first naming 姓名 and one more known column.

    Raises InvalidInput(field='file') with reason ``no_header`` (no such row),
    ``missing_columns`` (no 姓名, or neither 身份证号 nor 联系电话).
    """
    for number, values in rows:
        found = _matches(values)
        if len(found) < 2:
            continue
        positions: dict[str, int] = {}
        headers: dict[str, str] = {}
        notes: list[FileNote] = []
        for index, value in enumerate(values):
            text = one_line(cell_text(value))
            field = found.get(index)
            if field is not None and field not in positions:
                positions[field], headers[field] = index, text
            elif field is not None:
                notes.append(FileNote("duplicate_column", {"header": text, "used": headers[field]}))
            elif text:
                notes.append(FileNote("ignored_column", {"header": text[:40]}))
        missing = [BY_FIELD[f].header for f in REQUIRED if f not in positions]
        if not any(f in positions for f in IDENTIFYING):
            missing.append(f"{BY_FIELD['id_number'].header}/{BY_FIELD['phone'].header}")
        if missing:
            raise InvalidInput("file", "missing_columns", {"columns": missing, "row": number})
        absent = [c.header for c in COLUMNS if c.field not in positions and c.field != "seq"]
        if absent:
            notes.append(FileNote("absent_columns", {"columns": absent}))
        return HeaderMap(number, positions, headers, tuple(notes))
    raise InvalidInput("file", "no_header", {"expected": [c.header for c in COLUMNS]})
