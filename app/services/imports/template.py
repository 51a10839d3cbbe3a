"""The published list template (.xlsx): the columns, one example row, a notes sheet."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from app.domain.identity import make_resident_id
from app.services.catalogue import DEFAULT_TOPICS
from app.services.imports.columns import COLUMNS, EXAMPLE_MARK
from app.services.imports.data import MAX_ROWS

TEMPLATE_FILE_NAME = "预登记名单导入模板.xlsx"
SHEET_NAME = "预登记名单"
NOTES_SHEET_NAME = "填写说明"

_EXAMPLE = {
    "seq": EXAMPLE_MARK,
    "name": "张示例",
    "id_number": make_resident_id("110101", date(1990, 1, 1), 123),
    "phone": "13800000000",
    "address": "示例县示例镇示例村1号",
    "head_count": "3",
    "topic": "劳动和社会保障",
    "summary": "（示例，请删除本行）在示例公司务工被拖欠工资三个月",
    "demand": "要求公司结清工资",
    "request": "2号接待室",
    "note": "本行为示例，序号写“示例”的行不会导入",
}

_NOTES = {
    "seq": "可不填；仅供核对。",
    "name": "必填。每行一批来访人，填写代表（第一位来访人）的姓名。",
    "id_number": "身份证号与联系电话至少填一项。18 位（或 15 位旧号）；本列已设为文本格式，"
    "请勿改成数字，否则后几位会丢失。",
    "phone": "手机 11 位，或带区号的固定电话（如 0571-87654321）。",
    "address": "可不填。",
    "head_count": "本批来访人数，可写 3、３、三、十二；不填按 1 人。5 人及以上为集体访。",
    "topic": "填写反映类别名称或简称（如“拆迁”“劳动”“环保”）；不填归入“其他”。",
    "summary": "反映的主要问题，最多 4000 字。",
    "demand": "具体诉求，最多 4000 字。",
    "request": "可不填。填接待室号（如“3号”“第三接待室”）或当天在岗领导的姓名。",
    "note": "可不填。",
}

_GENERAL = (
    "同一文件中同一身份证号只能出现一次；重复导入同一文件不会重复登记。",
    f"每个文件最多 {MAX_ROWS} 行；支持 .xlsx 和 .csv（UTF-8 或 GBK 编码）。",
    "单元格中不要填写公式；表头可写常见写法（如“身份证号码”“手机”“地址”），多出的列会被忽略。",
    "常用反映类别：" + "、".join(t.name for t in DEFAULT_TOPICS),
)


def template_bytes() -> bytes:
    """The template workbook as bytes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET_NAME
    sheet.append([c.header for c in COLUMNS])
    sheet.append([_EXAMPLE[c.field] for c in COLUMNS])
    bold, grey = Font(bold=True), Font(color="808080", italic=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        head = sheet.cell(row=1, column=index)
        head.font, head.fill = bold, fill
        head.alignment = Alignment(horizontal="center", vertical="center")
        sheet.cell(row=2, column=index).font = grey
        if column.field in ("id_number", "phone"):
            sheet.column_dimensions[letter].number_format = "@"
            sheet.cell(row=2, column=index).number_format = "@"
    sheet.freeze_panes = "A2"
    notes = book.create_sheet(NOTES_SHEET_NAME)
    notes.append(["列名", "说明", "也可写作"])
    for column in COLUMNS:
        notes.append([column.header, _NOTES[column.field], "、".join(column.variants)])
    notes.append([])
    for line in _GENERAL:
        notes.append(["", line])
    for letter, width in (("A", 18), ("B", 80), ("C", 44)):
        notes.column_dimensions[letter].width = width
    for cell in notes[1]:
        cell.font, cell.fill = bold, fill
    for row in notes.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_template(path: Path) -> Path:
    """Write the template to ``path`` (``.xlsx`` added when missing)."""
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    path.write_bytes(template_bytes())
    return path
