"""Every printed document: required fields in Chinese, embedded fonts, reproducible bytes,
long text flowing onto further pages, bundles with per-slip page numbers."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from app.domain.pinyin_keys import parse_qr_payload
from app.domain.types import Outcome, Urgency
from app.printing import (
    BuildResult,
    ReceiptVariant,
    SlipCopy,
    build_appointment_notice,
    build_assignment_slip,
    build_day_summary,
    build_receipt,
    build_slip_bundle,
    build_ticket,
    build_unit_bundle,
    build_unit_bundles,
    headline,
    redact_for_accused_unit,
    wait_band_text,
)
from app.printing.data import DocumentSettings, PetitionerLine
from app.printing.samples import (
    UNITS,
    sample_documents,
    sample_notice,
    sample_receipt,
    sample_slip,
    sample_slips,
    sample_summary,
    sample_ticket,
)
from app.printing.samples import main as samples_main
from app.printing.slip import slip_qr_payload


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_contains(text: str, *needles: str) -> None:
    flat = squash(text)
    missing = [n for n in needles if squash(n) not in flat]
    assert not missing, f"not in the PDF text: {missing}"


# ------------------------------------------------------------------ ticket


def test_ticket_has_every_field() -> None:
    t = sample_ticket()
    result = build_ticket(t)
    assert result.page_count == 1
    assert_contains(
        pdf_text(result.pdf),
        t.event.settings.ticket_title,
        "A023",
        "请到 3号接待室",
        "土地征收与房屋拆迁",
        "反映类别：土地征收",
        "来访人：李*堃（共3人）",
        "取号时间：2024年5月10日 09:12",
        "预计等候：约10–20分钟",
        "前面还有：4 批",
        "优先（老年人）",
    )


def test_ticket_page_is_80mm_wide_and_as_tall_as_its_content() -> None:
    page = PdfReader(io.BytesIO(build_ticket(sample_ticket()).pdf)).pages[0]
    width_mm = float(page.mediabox.width) / 72 * 25.4
    height_mm = float(page.mediabox.height) / 72 * 25.4
    assert width_mm == pytest.approx(80, abs=0.01)
    assert 90 < height_mm < 200


def test_ticket_reprint_is_marked() -> None:
    text = pdf_text(build_ticket(replace(sample_ticket(), reprint_count=1)).pdf)
    assert "补打" in text


@pytest.mark.parametrize(
    ("low", "high", "text"),
    [(10, 20, "约10–20分钟"), (0, 5, "约5分钟以内"), (60, 90, "约1小时以上")],
)
def test_wait_band_text(low: int, high: int, text: str) -> None:
    assert wait_band_text(low, high) == text


# ---------------------------------------------------------- assignment slip


def test_slip_has_every_field() -> None:
    slip = sample_slip()
    result = build_assignment_slip(slip)
    text = pdf_text(result.pdf)
    assert result.page_count == 1
    assert result.missing_glyphs == ()
    assert_contains(
        text,
        "示范县信访工作联席会议办公室",
        "信访事项交办单",
        "第一联 责任单位",
        "信访件编号",
        "JF20240510-0007",
        "查询码",
        "7KQ4M007",
        "2024年5月县领导公开接访日",
        "接访日期2024年5月10日",
        "接访领导张明远（副县长）",
        "接待室3号接待室",
        "反映类别土地征收",
        "来访人数3 人",
        "牵头单位县自然资源和规划局",
        "协办单位县住房和城乡建设局、青山镇人民政府",
        "红色件",
        "请于 2024年5月21日 前反馈办理情况",
        "书面告知是否受理 2024年5月25日前",
        "办结 2024年7月9日前",
        "李𠮷堃",
        "3307**********1234",
        "138****5678",
        "青山镇桃园村3组",
        "赵玥",
        slip.summary,
        slip.demand,
        slip.instruction,
        "签收人",
        "签收时间",
        "联系电话",
        "督办电话：0000-8123 4567",
        "第 1 页 / 共 1 页",
    )
    assert "补打" not in text


@pytest.mark.parametrize(
    ("urgency", "word"), [(Urgency.GREEN, "绿色件"), (Urgency.YELLOW, "黄色件")]
)
def test_slip_names_its_colour_in_words(urgency: Urgency, word: str) -> None:
    assert word in pdf_text(build_assignment_slip(sample_slip(urgency=urgency)).pdf)


def test_archive_copy_and_reprint_are_labelled() -> None:
    slip = replace(sample_slip(), copy=SlipCopy.ARCHIVE, reprint_count=2)
    assert_contains(pdf_text(build_assignment_slip(slip).pdf), "第二联 存档", "补打（第2次）")


def test_co_unit_copy_says_where_it_goes() -> None:
    slip = replace(sample_slip(), recipient_unit="青山镇人民政府")
    assert_contains(pdf_text(build_assignment_slip(slip).pdf), "本联送达青山镇人民政府（协办单位）")


def test_slip_qr_holds_case_number_and_query_code() -> None:
    payload = slip_qr_payload(sample_slip())
    assert payload == "RD1:case=JF20240510-0007;q=7KQ4M007"
    assert parse_qr_payload(payload) == {"case": "JF20240510-0007", "q": "7KQ4M007"}
    assert slip_qr_payload(redact_for_accused_unit(sample_slip())) == "RD1:case=JF20240510-0007"


def test_long_summary_flows_onto_page_two_intact() -> None:
    summary = "".join(
        f"第{i:03d}句：补偿款发放情况需要核实，涉及青山镇桃园村。" for i in range(120)
    )
    assert len(summary) >= 3000
    slip = replace(sample_slip(), summary=summary)
    result = build_assignment_slip(slip)
    assert result.page_count >= 2
    pages = pages_text(result.pdf)
    decor = [
        slip.event.settings.slip_footer,
        "第一联 责任单位",
        f"{slip.event.settings.slip_title}\u3000{slip.case_number}（续）",
        *(f"第 {n} 页 / 共 {result.page_count} 页" for n in range(1, result.page_count + 1)),
    ]
    body = squash("".join(pages))
    for d in decor:
        body = body.replace(squash(d), "")
    assert squash(summary) in body
    assert "第119句" in pages[1] or "第119句" in pages[-1]
    assert_contains(pages[1], f"第 2 页 / 共 {result.page_count} 页", "（续）")


def test_no_text_is_drawn_outside_the_page() -> None:
    summary = "补偿款发放情况需要核实，涉及青山镇桃园村。" * 160
    pdf = build_assignment_slip(replace(sample_slip(), summary=summary)).pdf
    for page in PdfReader(io.BytesIO(pdf)).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        spots: list[tuple[float, float]] = []

        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
            if text.strip():
                spots.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))  # noqa: B023

        page.extract_text(visitor_text=visit)
        assert spots
        assert all(30 <= x <= width - 30 and 30 <= y <= height - 20 for x, y in spots)


# ------------------------------------------------------------------ receipt


@pytest.mark.parametrize("variant", list(ReceiptVariant))
def test_receipt_has_every_field(variant: ReceiptVariant) -> None:
    r = sample_receipt()
    text = pdf_text(build_receipt(r, variant).pdf)
    assert_contains(
        text,
        "信访事项受理回执单",
        "来访人",
        "李𠮷堃",
        "信访件编号",
        "JF20240510-0007",
        "查询码",
        "7KQ4M007",
        "交由县自然资源和规划局（协办：县住房和城乡建设局、青山镇人民政府）办理",
        "将于2024年5月21日前向督办机构反馈办理进展",
        "2024年5月25日前书面告知您是否受理",
        "于2024年7月9日前办结并书面答复您",
        "凭信访件编号和查询码",
        "督办电话：0000-8123 4567",
        "自收到书面答复之日起30日内",
        "复查",
    )


def test_receipt_80mm_is_one_roll_page() -> None:
    result = build_receipt(sample_receipt(), ReceiptVariant.ROLL_80MM)
    page = PdfReader(io.BytesIO(result.pdf)).pages[0]
    assert result.page_count == 1
    assert float(page.mediabox.width) == pytest.approx(80 / 25.4 * 72)


@pytest.mark.parametrize(
    ("outcome", "note", "expected"),
    [
        (Outcome.RESOLVED_ON_SPOT, "已当场协调发放", "已在接访现场答复处理"),
        (Outcome.LEGAL_CHANNEL, "向县人民法院提起诉讼", "请依法向县人民法院提起诉讼"),
        (Outcome.EXPLAINED, "按现行政策不予补偿", "作出政策解释说明"),
    ],
)
def test_receipt_words_each_outcome(outcome: Outcome, note: str, expected: str) -> None:
    r = replace(sample_receipt(), outcome=outcome, outcome_note=note)
    assert_contains(pdf_text(build_receipt(r).pdf), expected, note)


# ------------------------------------------------------- appointment notice


def test_notice_has_every_field() -> None:
    n = sample_notice()
    assert_contains(
        pdf_text(build_appointment_notice(n).pdf),
        "接访预约通知单",
        "陈秀英",
        "预约编号YY-0412",
        "到场时段2024年5月10日 09:30–10:30",
        "地点示范县实验中学",
        "接待室5号接待室（劳动和社会保障）",
        "来访人数2 人",
        "签到码：RD1:visit=YY-0412;event=12",
        "请携带本人居民身份证",
    )


# ------------------------------------------------------------------ summary


def test_summary_has_headline_tables_chart_and_assignments() -> None:
    data = sample_summary()
    result = build_day_summary(data)
    text = pdf_text(result.pdf)
    assert headline(data).startswith(
        f"本次接访共接待群众 {data.batches} 批 {data.persons} 人次，"
        f"当场解决 {data.resolved_on_spot} 件，交办 {data.handed_over} 件，"
    )
    assert_contains(
        text,
        "公开接访日工作情况汇总",
        headline(data),
        "按反映类别",
        "按接待室",
        "按责任单位",
        "交办事项清单",
        "导入法定途径",  # chart category label
        f"{data.handed_over} 件",  # chart bar label
        "合计",
        *(row.label for row in data.by_topic),
        *(a.case_number for a in data.assignments),
    )
    assert result.page_count >= 2


# ------------------------------------------------------------------ bundles


def test_day_bundle_numbers_pages_per_slip() -> None:
    slips = [sample_slip(1), replace(sample_slip(2), summary="核实情况。" * 700), sample_slip(3)]
    result = build_slip_bundle(slips)
    pages = pages_text(result.pdf)
    assert result.page_count == len(pages) >= 4
    numbers = [re.search(r"第 (\d+) 页 / 共 (\d+) 页", p).groups() for p in pages]  # type: ignore[union-attr]
    assert numbers[0] == ("1", "1")
    assert numbers[1][0] == "1"
    assert int(numbers[1][1]) >= 2
    assert numbers[-1] == ("1", "1")
    assert "JF20240510-0003" in pages[-1]


def test_unit_bundle_has_cover_list_and_only_that_units_copies() -> None:
    slips = sample_slips(9)
    slips.append(replace(slips[5], recipient_unit=UNITS[0]))  # a co-unit copy
    slips.append(replace(slips[0], copy=SlipCopy.ARCHIVE))  # stays in the file
    result = build_unit_bundle(UNITS[0], slips)
    pages = pages_text(result.pdf)
    cover = pages[0]
    assert_contains(cover, "交办清单", f"责任单位：{UNITS[0]}", "共 3 件", "签收人", "【协办】")
    mine = [s.case_number for s in slips[:9] if s.lead_unit == UNITS[0]] + [slips[5].case_number]
    for case in mine:
        assert case in cover
    assert "第二联 存档" not in "".join(pages)
    assert len(pages) >= 1 + 3
    assert sum("第 1 页" in p for p in pages) == 1 + 3


def test_unit_bundles_cover_every_recipient() -> None:
    bundles = build_unit_bundles(sample_slips(8))
    assert set(bundles) == set(UNITS)
    assert all(b.page_count >= 2 for b in bundles.values())


def test_empty_bundles_are_refused() -> None:
    with pytest.raises(ValueError, match="at least one slip"):
        build_slip_bundle([])
    with pytest.raises(ValueError, match="no slip"):
        build_unit_bundle("县教育局", sample_slips(2))


# ----------------------------------------------- every document, every time


SAMPLES = sample_documents()


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_document_is_reproducible(name: str) -> None:
    assert SAMPLES[name]().pdf == SAMPLES[name]().pdf


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_document_embeds_all_its_fonts(name: str) -> None:
    result: BuildResult = SAMPLES[name]()
    assert result.missing_glyphs == ()
    fonts = {}
    for page in PdfReader(io.BytesIO(result.pdf)).pages:
        resources = page["/Resources"]
        for ref in resources.get("/Font", DictionaryObject()).values():
            font = ref.get_object()
            fonts[font["/BaseFont"]] = font
        for xobject in resources.get("/XObject", DictionaryObject()).values():
            inner = xobject.get_object().get("/Resources", DictionaryObject())
            for ref in inner.get("/Font", DictionaryObject()).values():
                font = ref.get_object()
                fonts[font["/BaseFont"]] = font
    assert fonts
    for name_, font in fonts.items():
        assert font["/Subtype"] == "/TrueType", name_
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name_


@settings(max_examples=30)
@given(text=st.text(max_size=300), unit=st.text(max_size=40), name=st.text(max_size=20))
def test_any_text_builds_without_error(text: str, unit: str, name: str) -> None:
    # Markup characters, control characters, emoji, empty strings: escaped or reported.
    slip = replace(
        sample_slip(),
        summary=text,
        demand=text[:50],
        lead_unit=unit,
        petitioners=(PetitionerLine(name=name, address=text[:30]),),
    )
    assert build_assignment_slip(slip).pdf.startswith(b"%PDF")
    assert build_ticket(replace(sample_ticket(), masked_name=name, room_name=unit)).page_count == 1
    receipt = replace(sample_receipt(), visitor_name=name, outcome_note=text)
    assert build_receipt(receipt, ReceiptVariant.ROLL_80MM).page_count == 1


def test_samples_script_writes_every_document(tmp_path: Path) -> None:
    assert samples_main([str(tmp_path), "--no-png"]) == 0
    written = sorted(p.stem for p in tmp_path.glob("*.pdf"))
    assert written == sorted(SAMPLES)


def test_settings_take_an_events_wording() -> None:
    settings = DocumentSettings.from_wording(
        {"slip_title": "群众来访事项交办单", "receipt_footer": "谢谢配合", "no_such_text": "x"},
        supervision_office_phone="0000-1234567",
    )
    assert settings.slip_title == "群众来访事项交办单"
    assert settings.receipt_footer == "谢谢配合"
    assert settings.supervision_office_phone == "0000-1234567"
    assert settings.receipt_title == DocumentSettings().receipt_title
    event = replace(sample_slip().event, settings=settings)
    text = pdf_text(build_assignment_slip(replace(sample_slip(), event=event)).pdf)
    assert_contains(text, "群众来访事项交办单", "督办电话：0000-1234567")


@pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="needs poppler-utils and zbar-tools",
)
def test_printed_qr_codes_scan(tmp_path: Path) -> None:
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(build_assignment_slip(sample_slip()).pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "p")], check=True)
    scanned = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(tmp_path / "p-1.png")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert scanned == slip_qr_payload(sample_slip())
