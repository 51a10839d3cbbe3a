"""Every printed document built from made-up sample data (no real person appears).

    python -m app.printing.samples OUTDIR [--dpi 100] [--no-png]

writes one PDF per document into OUTDIR and, when poppler's ``pdftoppm`` is on the
PATH, a PNG of each page (what ``docs/samples/`` holds). The same sample data feeds the
tests and ``bench/bench_printing.py``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from PIL import Image

from app.domain.types import Outcome, Urgency
from app.printing.bundles import build_slip_bundle, build_unit_bundle
from app.printing.data import (
    AppointmentNoticeData,
    AssignmentLine,
    AssignmentSlipData,
    BuildResult,
    DaySummaryData,
    DocumentSettings,
    EventHeader,
    PetitionerLine,
    ReceiptData,
    ReceiptVariant,
    SlipCopy,
    TallyRow,
    TicketData,
    UnitTally,
    wait_band_text,
)
from app.printing.notice import build_appointment_notice
from app.printing.receipt import build_receipt
from app.printing.slip import build_assignment_slip
from app.printing.summary import build_day_summary
from app.printing.ticket import build_ticket

DAY = date(2024, 5, 10)
UNITS = (
    "县自然资源和规划局",
    "县住房和城乡建设局",
    "县人力资源和社会保障局",
    "县生态环境分局",
    "县农业农村局",
    "青山镇人民政府",
    "柳溪街道办事处",
)
TOPICS = ("土地征收", "劳动保障", "环境保护", "城乡建设", "农村农业", "涉法涉诉")
BRIEFS = (
    "承包地被征收后补偿款未足额发放",
    "建筑工地拖欠农民工工资约3.2万元",
    "养殖场废水直排河道，气味严重",
    "小区电梯长期故障无人维修",
    "土地流转租金两年未兑现",
    "判决生效后长期未执行到位",
)
#: Made-up names, two with rare characters (𠮷 is CJK Extension B, 䶮 Extension A).
NAMES = ("李𠮷堃", "赵玥", "王喆", "陈秀英", "刘䶮", "孙志强", "周丽华", "吴建平")

SUMMARY = (
    "来访人反映，其家位于青山镇桃园村的承包地于2022年3月被征收用于县道改建工程，"
    "征收面积约2.6亩。至今已过两年，土地补偿款和安置补助费仍未足额发放，"
    "村委会称款项已拨付到镇，镇政府称需等待县里统一结算，来访人多次询问无果。"
    "来访人家中有两位老人需要赡养，生活较为困难，希望尽快解决。"
)
DEMAND = "要求按照征收补偿方案足额发放补偿款，并公开本村补偿款的发放明细。"
INSTRUCTION = (
    "请县自然资源和规划局牵头，会同青山镇人民政府，核实补偿款拨付和发放情况，"
    "属实的限期发放到位，并向来访人当面反馈。"
)


def sample_event() -> EventHeader:
    settings = DocumentSettings(
        organisation_name="示范县信访工作联席会议办公室",
        supervision_office_name="示范县信访局督查督办科",
        supervision_office_phone="0000-8123 4567",
    )
    return EventHeader(
        name="2024年5月县领导公开接访日", date=DAY, venue="示范县实验中学", settings=settings
    )


def sample_ticket() -> TicketData:
    return TicketData(
        event=sample_event(),
        ticket_number="A023",
        room_number="3号接待室",
        room_name="土地征收与房屋拆迁",
        topic="土地征收",
        issued_at=datetime(2024, 5, 10, 9, 12),
        wait_band=wait_band_text(10, 20),
        masked_name="李*堃",
        qr_payload="RD1:ticket=A023;event=12",
        head_count=3,
        waiting_ahead=4,
        priority_label="优先（老年人）",
    )


def sample_slip(
    n: int = 7, *, urgency: Urgency = Urgency.RED, summary: str = SUMMARY
) -> AssignmentSlipData:
    return AssignmentSlipData(
        event=sample_event(),
        case_number=f"JF20240510-{n:04d}",
        query_code=f"7KQ4M{n:03d}",
        receiving_leader="张明远（副县长）",
        lead_unit=UNITS[0],
        co_units=(UNITS[1], UNITS[5]),
        urgency=urgency,
        feedback_due=DAY + timedelta(days=11),
        acceptance_notice_due=DAY + timedelta(days=15),
        handling_due=DAY + timedelta(days=60),
        topic="土地征收",
        room="3号接待室",
        petitioners=(
            PetitionerLine(
                name="李𠮷堃",
                id_number="3307**********1234",
                phone="138****5678",
                address="青山镇桃园村3组",
            ),
            PetitionerLine(
                name="赵玥",
                id_number="3307**********2345",
                phone="139****0001",
                address="青山镇桃园村3组",
            ),
        ),
        head_count=3,
        summary=summary,
        demand=DEMAND,
        instruction=INSTRUCTION,
    )


def sample_confidential_slip() -> AssignmentSlipData:
    """An accusation against a township: the copy for that township must be redacted."""
    return replace(
        sample_slip(12, urgency=Urgency.YELLOW),
        topic="检举控告",
        lead_unit="县纪委监委第三监督检查室",
        co_units=("青山镇人民政府",),
        recipient_unit="青山镇人民政府",
        petitioners=(
            PetitionerLine(
                name="吴建平",
                id_number="3307**********5678",
                phone="137****4321",
                address="青山镇石桥村8组",
            ),
        ),
        head_count=1,
        summary=(
            "吴建平反映，青山镇某工作人员在2023年危房改造补助发放中优亲厚友。"
            "吴建平称其本人符合条件却未获补助，曾于去年拨打13712344321向镇里询问，"
            "身份证号330726198001015678的材料已交村里，至今无答复。"
        ),
        demand="要求调查处理，并依规核定建平家的补助资格。",
        instruction="请县纪委监委第三监督检查室依规核查，青山镇人民政府提供危房改造补助发放台账。",
        identifying_terms=("石桥村8组",),
        confidential_for_unit=True,
    )


def sample_slips(count: int) -> list[AssignmentSlipData]:
    """``count`` varied slips (units, colours, names, text lengths) for bundles and the bench."""
    colours = (Urgency.GREEN, Urgency.YELLOW, Urgency.RED)
    slips = []
    for i in range(count):
        base = sample_slip(i + 1, urgency=colours[i % 3], summary=SUMMARY * (1 + i % 3))
        name = NAMES[i % len(NAMES)]
        slips.append(
            replace(
                base,
                lead_unit=UNITS[i % len(UNITS)],
                co_units=(UNITS[(i + 2) % len(UNITS)],),
                topic=TOPICS[i % len(TOPICS)],
                petitioners=(replace(base.petitioners[0], name=name),),
                head_count=1 + i % 4,
            )
        )
    return slips


def sample_receipt() -> ReceiptData:
    slip = sample_slip()
    return ReceiptData(
        event=slip.event,
        visitor_name="李𠮷堃",
        case_number=slip.case_number,
        query_code=slip.query_code,
        outcome=Outcome.HANDED_OVER,
        received_at=datetime(2024, 5, 10, 9, 41),
        topic=slip.topic,
        summary="承包地被征收后补偿款未足额发放。",
        lead_unit=slip.lead_unit,
        co_units=slip.co_units,
        feedback_due=slip.feedback_due,
        acceptance_notice_due=slip.acceptance_notice_due,
        handling_due=slip.handling_due,
    )


def sample_notice() -> AppointmentNoticeData:
    return AppointmentNoticeData(
        event=sample_event(),
        visitor_name="陈秀英",
        registration_number="YY-0412",
        room_number="5号接待室",
        room_name="劳动和社会保障",
        topic="劳动保障",
        window_start=datetime(2024, 5, 10, 9, 30),
        window_end=datetime(2024, 5, 10, 10, 30),
        qr_payload="RD1:visit=YY-0412;event=12",
        head_count=2,
        summary="在县城某建筑工地务工期间被拖欠工资约3.2万元。",
    )


def sample_summary() -> DaySummaryData:
    slips = sample_slips(24)
    assignments = tuple(
        AssignmentLine(
            case_number=s.case_number,
            topic=s.topic,
            lead_unit=s.lead_unit,
            co_units=s.co_units,
            urgency=s.urgency,
            feedback_due=s.feedback_due,
            handling_due=s.handling_due,
            brief=BRIEFS[i % len(BRIEFS)],
        )
        for i, s in enumerate(slips)
    )
    # Day scale of the Pujiang report: 436 batches / 667 persons, spread over the topics.
    shares = (0.26, 0.2, 0.14, 0.16, 0.14, 0.1)
    topics = tuple(_tally(t, share) for t, share in zip(TOPICS, shares, strict=True))
    rooms = tuple(
        _tally(f"{i + 1}号接待室（{t}）", share)
        for i, (t, share) in enumerate(zip(TOPICS, shares, strict=True))
    )
    units = tuple(
        UnitTally(unit=u, lead=58 - 6 * i, assisting=8 + i, red=10 + i, yellow=20, green=28 - 3 * i)
        for i, u in enumerate(UNITS)
    )
    return DaySummaryData(
        event=sample_event(),
        batches=sum(t.batches for t in topics),
        persons=sum(t.persons for t in topics),
        cases=sum(t.case_count for t in topics),
        resolved_on_spot=sum(t.resolved_on_spot for t in topics),
        handed_over=sum(t.handed_over for t in topics),
        legal_channel=sum(t.legal_channel for t in topics),
        explained=sum(t.explained for t in topics),
        collective_batches=12,
        repeat_batches=37,
        leaders=("张明远", "林晓东", "郑海波"),
        by_topic=topics,
        by_room=rooms,
        by_unit=units,
        assignments=assignments,
        generated_at=datetime(2024, 5, 10, 18, 5),
    )


def _tally(label: str, share: float) -> TallyRow:
    resolved, handed, legal, explained = (round(n * share) for n in (91, 324, 21, 16))
    return TallyRow(
        label=label,
        batches=round(436 * share),
        persons=round(667 * share),
        cases=resolved + handed + legal + explained,
        resolved_on_spot=resolved,
        handed_over=handed,
        legal_channel=legal,
        explained=explained,
    )


def sample_documents() -> dict[str, Callable[[], BuildResult]]:
    """File stem → builder of every sample document."""
    bundle = sample_slips(3)
    archive = replace(sample_slip(), copy=SlipCopy.ARCHIVE, reprint_count=2)
    # Everything for UNITS[0]: the cases it leads, plus one it assists with.
    unit_slips = sample_slips(8)
    unit_slips.append(replace(unit_slips[5], recipient_unit=UNITS[0], co_units=(UNITS[0],)))
    return {
        "ticket-80mm": lambda: build_ticket(sample_ticket()),
        "slip-a4": lambda: build_assignment_slip(sample_slip()),
        "slip-a4-long": lambda: build_assignment_slip(sample_slip(summary=SUMMARY * 14)),
        "slip-a4-archive-reprint": lambda: build_assignment_slip(archive),
        "slip-a4-confidential": lambda: build_assignment_slip(sample_confidential_slip()),
        "receipt-a5": lambda: build_receipt(sample_receipt()),
        "receipt-80mm": lambda: build_receipt(sample_receipt(), ReceiptVariant.ROLL_80MM),
        "notice-a5": lambda: build_appointment_notice(sample_notice()),
        "summary-a4": lambda: build_day_summary(sample_summary()),
        "bundle-day": lambda: build_slip_bundle(bundle),
        "bundle-unit": lambda: build_unit_bundle(UNITS[0], unit_slips),
    }


def write_samples(outdir: Path, *, dpi: int = 100, png: bool = True) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    pdftoppm = shutil.which("pdftoppm") if png else None
    written = []
    for stem, build in sample_documents().items():
        result = build()
        if result.missing_glyphs:
            print(f"{stem}: missing glyphs {''.join(result.missing_glyphs)}", file=sys.stderr)
        pdf = outdir / f"{stem}.pdf"
        pdf.write_bytes(result.pdf)
        written.append(pdf)
        if pdftoppm:
            for stale in outdir.glob(f"{stem}-[0-9]*.png"):
                stale.unlink()
            prefix = outdir / stem
            subprocess.run([pdftoppm, "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
            for page_png in sorted(outdir.glob(f"{stem}-[0-9]*.png")):
                _shrink_png(page_png)
    return written


def _shrink_png(path: Path) -> None:
    """Re-save as a 64-colour palette PNG: a third of the size, no visible change for text."""
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.printing.samples", description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--dpi", type=int, default=100)
    parser.add_argument("--no-png", action="store_true", help="PDF only, no pdftoppm")
    args = parser.parse_args(argv)
    for path in write_samples(args.outdir, dpi=args.dpi, png=not args.no_png):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
