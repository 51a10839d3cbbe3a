"""The reminder letter (催办函): what its text says, its states in words, long lists."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from app.domain.types import Urgency
from app.printing import EventHeader, ReminderLetterData, ReminderLine, build_reminder_letter
from app.printing.data import DocumentSettings
from app.printing.reminder import body_text, clock_text

TODAY = date(2026, 12, 2)


def line(n: int, *, overdue: bool = True, redacted: bool = False) -> ReminderLine:
    return ReminderLine(
        case_number=f"JF20261123-{n:04d}",
        topic="土地征收与拆迁",
        brief="检举控告事项（内容保密）" if redacted else f"第{n}件：村里征地补偿款未发放到位",
        urgency=Urgency.GREEN if overdue else Urgency.YELLOW,
        handed_over_on=date(2026, 11, 23),
        feedback_due=date(2026, 11, 24) if overdue else date(2026, 12, 3),
        feedback_status="overdue" if overdue else "due_soon",
        acceptance_due=date(2026, 12, 8),
        acceptance_status="on_time",
        handling_due=date(2027, 1, 22),
        handling_status="on_time",
        overdue_days=8 if overdue else 0,
        redacted=redacted,
    )


def letter(*items: ReminderLine, reprint: int = 0) -> ReminderLetterData:
    settings = DocumentSettings(
        organisation_name="曲江区信访工作联席会议办公室", supervision_office_phone="0570-3012345"
    )
    return ReminderLetterData(
        event=EventHeader(name="公开接访日", date=date(2026, 11, 23), settings=settings),
        unit="区自然资源和规划分局",
        issued_on=TODAY,
        reply_by=date(2026, 12, 7),
        items=items,
        reprint_count=reprint,
    )


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_letter_text_names_unit_items_deadlines_and_reply_date() -> None:
    data = letter(line(1), line(2, overdue=False), line(3, redacted=True))
    result = build_reminder_letter(data)
    assert result.complete
    assert result.page_count == 1
    text = text_of(result.pdf)
    for expected in (
        "曲江区信访工作联席会议办公室",
        "信访事项催办函",
        "区自然资源和规划分局：",
        "JF20261123-0001",
        "第1件：村里征地补偿款未发放到位",
        "已超期8天",
        "即将到期",
        "2026年12月7日前",
        "县信访局督查督办科",
        "0570-3012345",
        "检举控告事项（内容保密）",
        "第 1 页 / 共 1 页",
    ):
        assert expected in text.replace("\n", ""), expected
    assert "已超期 2 件" in body_text(data)
    assert "即将到期 1 件" in body_text(data)


def test_states_in_words() -> None:
    assert clock_text(date(2026, 11, 24), "overdue", TODAY) == "2026-11-24\n已超期8天"
    assert clock_text(TODAY, "due_soon", TODAY) == "2026-12-02\n今日到期"
    assert clock_text(date(2026, 12, 8), "on_time", TODAY).endswith("未到期")
    assert clock_text(date(2026, 12, 8), "met", TODAY).endswith("已完成")


def test_long_list_flows_onto_pages_with_a_continued_header_and_reprint_mark() -> None:
    result = build_reminder_letter(letter(*(line(n) for n in range(1, 41)), reprint=1))
    assert result.page_count >= 2
    text = text_of(result.pdf)
    assert "JF20261123-0040" in text
    assert "仅限办理和督办使用" in text  # no redacted item: the plain footer
    assert "（续）" in text
    assert "补打" in text
