"""Building pre-registration list files for import tests (invented people only)."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from datetime import date

from app.domain.identity import make_resident_id
from app.services.setup_data import LeaderInfo, RoomInfo, TopicInfo

HEADER = (
    "序号",
    "姓名",
    "身份证号",
    "联系电话",
    "住址",
    "人数",
    "反映类别",
    "问题摘要",
    "诉求",
    "预约接待室或领导",
    "备注",
)


def fake_id(seq: int, birth: date = date(1975, 3, 9)) -> str:
    return make_resident_id("330726", birth, seq % 1000)


def good_row(seq: int, name: str = "王小明", **cells: object) -> list[object]:
    values: dict[str, object] = {
        "序号": seq,
        "姓名": name,
        "身份证号": fake_id(seq),
        "联系电话": f"139{seq:08d}",
        "住址": "城关镇东门村",
        "人数": 1,
        "反映类别": "劳动",
        "问题摘要": "工地拖欠工资三个月",
        "诉求": "要求结清工资",
        "预约接待室或领导": "",
        "备注": "",
    }
    values.update(cells)
    return [values[h] for h in HEADER]


def xlsx_bytes(rows: Sequence[Sequence[object]], title: str = "名单") -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(
    rows: Sequence[Sequence[object]], encoding: str = "utf-8", delimiter: str = ","
) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue().encode(encoding)


def replace_part(data: bytes, name: str, content: bytes) -> bytes:
    """The workbook with one part's content replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            body = content if info.filename == name else source.read(info)
            target.writestr(info.filename, body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>
</worksheet>"""


def directory() -> tuple[tuple[TopicInfo, ...], tuple[RoomInfo, ...], tuple[LeaderInfo, ...]]:
    """Topics, rooms and leaders like the service tests' small day (ids fixed)."""
    topics = (
        TopicInfo(1, "land", "土地征收与拆迁", "01", 20, False, False),
        TopicInfo(2, "labour", "劳动和社会保障", "03", 10, False, False),
        TopicInfo(3, "law", "涉法涉诉", "07", 20, False, True),
        TopicInfo(4, "other", "其他", "99", 10, True, False),
        TopicInfo(5, "inspection", "劳动保障监察", "31", 10, False, False),
    )
    none: frozenset[int] = frozenset()
    rooms = (
        RoomInfo(
            11, 1, 1, "土地拆迁接待室", "", True, False, frozenset({1}), none, frozenset({21})
        ),
        RoomInfo(12, 1, 2, "劳动社保接待室", "", True, False, frozenset({2}), none, none),
        RoomInfo(13, 1, 3, "综合接待室", "", True, True, frozenset({3, 4}), none, none),
    )
    leaders = (LeaderInfo(21, "周建国", "县长"), LeaderInfo(22, "吴明", "副县长"))
    return topics, rooms, leaders
