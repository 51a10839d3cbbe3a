"""An invented town list for the import screen's screenshot and manual trials: rows as a
township office fills them in (Chinese numerals, full-width digits, a title row), with
the mistakes the preview must catch."""

from __future__ import annotations

import io
import random
from datetime import date

from app.demo.names import PersonFactory, villages
from app.demo.texts import petition_text
from app.services.imports.columns import COLUMNS

#: (topic as towns write it, topic code for the invented text)
_TOPICS = (("拆迁", "land"), ("劳动", "labour"), ("环保", "safety_env"), ("农林水利", "agri"),
           ("城乡建设与住房", "urban"), ("低保", "civil"), ("", "other"))  # fmt: skip
_COUNTS = ("1", "1", "1", "2", "两", "三", "１", "十二", "6")


def town_list_rows(seed: int, township: str, rows: int, today: date) -> list[list[object]]:
    """A title row, the header and ``rows`` rows; a few carry typical mistakes."""
    rng = random.Random(seed)
    people = PersonFactory(rng, today)
    table: list[list[object]] = [[f"{township}公开接访日预登记名单"], [c.header for c in COLUMNS]]
    for index in range(1, rows + 1):
        person = people.person(township=township)
        topic, code = rng.choice(_TOPICS)
        summary, demand = petition_text(rng, code, township, rng.choice(villages(township)))
        request = rng.choice(("",) * 8 + ("3号", "第二接待室"))
        row: list[object] = [index, person.name, person.id_number, person.phone or "",
                             person.address, rng.choice(_COUNTS), topic, summary, demand,
                             request, ""]  # fmt: skip
        table.append(row)

    def cell(row: int, column: int, value: object) -> None:
        if row + 1 < len(table):  # the title and the header come first
            table[row + 1][column] = value

    if rows >= 18:
        number = str(table[4][2])
        cell(3, 2, number[:17] + ("0" if number[17] != "0" else "1"))  # a wrong check digit
        cell(7, 7, '=HYPERLINK("http://example.invalid","详见附件")')  # a formula
        cell(11, 2, table[3][2])  # the same person as the second row
        cell(15, 9, "99号")  # no such room
        cell(18, 3, "139123")  # a phone too short
    return table


def town_list_xlsx(seed: int = 7, township: str = "城关镇", rows: int = 24) -> bytes:
    """The list as an .xlsx file."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in town_list_rows(seed, township, rows, date(2026, 11, 20)):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
