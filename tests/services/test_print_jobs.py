"""Print jobs: the queue, documents built from the database, results, reprints, bundles,
and the accused unit's redacted copy — on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from app.bootstrap import Services
from app.domain.identity import make_resident_id
from app.domain.types import (
    DocumentType,
    PrintJobStatus,
    RegistrationChannel,
    StatutoryCategory,
    Urgency,
)
from app.printing import ReceiptVariant
from app.services.print_data import PrintJobRow, SlipState
from app.services.reception_data import HandOver
from app.services.registration_data import PetitionerDraft
from tests.services.scenario import Day, build_day, person, visit

P = PrintJobStatus


def text_of(pdf: bytes) -> str:
    """The PDF's text with every whitespace removed (CJK extraction adds spaces)."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in pages))


def hand_over(
    services: Services,
    day: Day,
    *people: PetitionerDraft,
    co_units: frozenset[int] = frozenset(),
    summary: str = "",
    **draft: object,
) -> int:
    """Register a walk-in, call it and hand its case to the land bureau; the case id."""
    made = visit(day, *(people or (person(1, "王小明"),)), **draft)
    r = services.registration.register_walk_in(
        replace(made, summary=summary) if summary else made
    ).value
    services.queue.call_next(day.room_land)
    case = services.reception.case_card(r.visit_id).cases[0]
    services.reception.decide(
        case.case_id,
        case.version,
        HandOver(day.land_bureau, Urgency.YELLOW, "请核实补偿款发放情况并限期答复", co_units),
    )
    return case.case_id


def rows_of(services: Services, day: Day, case_id: int) -> list[PrintJobRow]:
    return [r for r in services.print_jobs.queue(day.event_id) if r.case_id == case_id]


def slip_row(rows: list[PrintJobRow], copy: str) -> PrintJobRow:
    return next(r for r in rows if r.document == "assignment_slip" and r.copy_label == copy)


def test_hand_over_queues_four_pending_jobs(services: Services) -> None:
    day = build_day(services)
    case_id = hand_over(services, day, co_units=frozenset({day.town}))
    rows = rows_of(services, day, case_id)
    assert sorted((r.document, r.copy_label) for r in rows) == [
        ("assignment_slip", "archive"),
        ("assignment_slip", "co_unit"),
        ("assignment_slip", "unit"),
        ("receipt", "visitor"),
    ]
    assert {r.status for r in rows} == {P.PENDING.value}
    assert slip_row(rows, "unit").unit_name == "县自然资源和规划局"
    assert slip_row(rows, "co_unit").unit_name == "城关镇人民政府"
    assert all(r.room_id == day.room_land and r.urgency == "yellow" for r in rows)
    assert not any(r.slip_missing or r.needs_reprint for r in rows)
    assert services.print_jobs.slip_status(case_id).state == SlipState.PENDING.value
    counts = services.print_jobs.slip_counts(day.event_id)
    assert (counts.handed_over, counts.pending, counts.issued, counts.missing) == (1, 1, 0, 0)
    assert counts.jobs_pending == 4
    # The filters of the station.
    q = services.print_jobs.queue
    assert len(q(day.event_id, unit_id=day.town)) == 1
    assert len(q(day.event_id, room_id=day.room_labour)) == 0
    assert len(q(day.event_id, status=P.PENDING.value, room_id=day.room_land)) == 4
    assert len(q(day.event_id, documents=["receipt"])) == 1


def test_every_document_carries_its_fields_in_chinese(services: Services) -> None:
    day = build_day(services)
    case_id = hand_over(services, day, person(7, "李秀英"), co_units=frozenset({day.town}))
    rows = rows_of(services, day, case_id)
    number = rows[0].case_number
    pj = services.print_jobs
    unit = text_of(pj.document(slip_row(rows, "unit").job_id)[1].pdf)
    for needle in (
        "信访事项交办单",
        number,
        "第一联责任单位",
        "县自然资源和规划局",
        "城关镇人民政府",
        "黄色",
        "李秀英",
        "村里征地补偿款未发放到位",
        "请核实补偿款发放情况并限期答复",
        "测试接访日",
        "1号土地拆迁接待室",
        "测试领导（县长）",
    ):
        assert needle in unit, needle
    assert make_resident_id("330726", date(1980, 5, 17), 7) not in unit  # masked
    co = text_of(pj.document(slip_row(rows, "co_unit").job_id)[1].pdf)
    assert "城关镇人民政府（协办单位）" in co
    archive = text_of(pj.document(slip_row(rows, "archive").job_id)[1].pdf)
    assert "第二联存档" in archive
    receipt_job = next(r for r in rows if r.document == "receipt").job_id
    kind, receipt = pj.document(receipt_job)
    assert kind == "receipt"
    query_code = services.reception.case_card(rows[0].visit_id or 0).cases[0].query_code
    for needle in ("信访事项受理回执单", "李秀英", number, query_code, "30日内"):
        assert needle in text_of(receipt.pdf), needle
    roll = pj.document(receipt_job, ReceiptVariant.ROLL_80MM)[1]
    assert query_code in text_of(roll.pdf)

    waiting = services.registration.register_walk_in(visit(day, person(8, "赵玥"))).value
    job_id, ticket = pj.ticket_job(waiting.visit_id).value
    assert (ticket.ticket_number, ticket.masked_name, ticket.reprint_count) == ("002", "赵*", 0)
    assert ticket.qr_payload == f"RD1:ticket=002;event={day.event_id}"
    assert "002" in text_of(pj.document(job_id)[1].pdf)
    assert pj.ticket_job(waiting.visit_id).value[1].reprint_count == 1

    booked = services.registration.pre_register(
        visit(day, person(9, "陈喆"), channel=RegistrationChannel.PHONE)
    ).value
    notice_job = pj.notice_job(booked.visit_id).value
    notice = text_of(pj.document(notice_job)[1].pdf)
    for needle in ("接访预约通知单", "陈喆", "县第一中学"):
        assert needle in notice, needle
    assert pj.notice_data(booked.visit_id).qr_payload.startswith("RD1:visit=")

    summary = text_of(pj.document(pj.summary_job(day.event_id).value)[1].pdf)
    for needle in ("公开接访日工作情况汇总", "本次接访共接待群众", "县自然资源和规划局", number):
        assert needle in summary, needle


def test_failed_job_flags_missing_until_a_reprint_prints(services: Services) -> None:
    day = build_day(services)
    case_id = hand_over(services, day)
    pj = services.print_jobs
    unit_job = slip_row(rows_of(services, day, case_id), "unit").job_id
    assert pj.record_result(unit_job, False, "HP LaserJet", "缺纸").value == P.FAILED.value
    row = slip_row(rows_of(services, day, case_id), "unit")
    assert (row.status, row.error, row.needs_reprint, row.slip_missing) == (
        P.FAILED.value,
        "缺纸",
        True,
        True,
    )
    assert pj.slip_status(case_id).state == SlipState.MISSING.value
    assert pj.slip_counts(day.event_id).missing == 1
    assert [r.job_id for r in pj.queue(day.event_id, status="missing")] == [unit_job]

    first = pj.reprint(unit_job).value
    text = text_of(pj.document(first)[1].pdf)
    assert "补打" in text
    assert "第2次" not in text
    # The failed job is no longer the one to reprint; the case stays 未出单 meanwhile.
    rows = rows_of(services, day, case_id)
    assert not next(r for r in rows if r.job_id == unit_job).needs_reprint
    assert next(r for r in rows if r.job_id == first).reprint_no == 1
    pj.record_result(first, False, "HP LaserJet")  # cancelled
    assert pj.slip_status(case_id).state == SlipState.MISSING.value
    second = pj.reprint(first).value
    assert "补打（第2次）" in text_of(pj.document(second)[1].pdf)
    assert pj.record_result(second, True, "HP LaserJet").value == P.PRINTED.value
    assert not slip_row(rows_of(services, day, case_id), "unit").slip_missing
    assert pj.slip_status(case_id).state == SlipState.PENDING.value  # archive copy waits


def test_slip_issued_only_after_every_copy_printed(services: Services) -> None:
    day = build_day(services)
    case_id = hand_over(services, day, co_units=frozenset({day.town}))
    pj = services.print_jobs
    rows = rows_of(services, day, case_id)
    slips = [r for r in rows if r.document == "assignment_slip"]
    for row in slips[:-1]:
        pj.record_result(row.job_id, True, "HP")
        assert not pj.slip_status(case_id).issued
    pj.record_result(slips[-1].job_id, True, "HP")
    status = pj.slip_status(case_id)
    assert status.issued
    assert all(c.issued for c in status.copies)
    # A printed job stays printed: a late failure report cannot un-print paper.
    pj.record_result(slips[0].job_id, False, "HP", "卡纸")
    assert pj.slip_status(case_id).issued
    counts = pj.slip_counts(day.event_id)
    assert (counts.issued, counts.missing, counts.jobs_pending) == (1, 0, 1)  # receipt left
    row = next(r for r in rows_of(services, day, case_id) if r.job_id == slips[0].job_id)
    assert (row.station, row.user_name, row.printer) == ("admin", "system", "HP")
    assert row.finished_at is not None


def test_confidential_accusation_keeps_the_petitioner_from_unit_copies(
    services: Services,
) -> None:
    day = build_day(services)
    id_number = make_resident_id("330726", date(1975, 3, 9), 321)
    accuser = PetitionerDraft(
        "吴建平", DocumentType.RESIDENT_ID, id_number, "13712344321", "城关镇石桥村8组"
    )
    case_id = hand_over(
        services,
        day,
        accuser,
        co_units=frozenset({day.town}),
        statutory_category=StatutoryCategory.ACCUSATION,
        is_confidential=True,
        accused_unit_id=day.town,
        summary="吴建平反映城关镇某工作人员在危房改造补助发放中优亲厚友，电话13712344321。",
    )
    rows = rows_of(services, day, case_id)
    assert all(r.is_confidential for r in rows)
    pj = services.print_jobs
    for copy in ("unit", "co_unit"):
        text = text_of(pj.document(slip_row(rows, copy).job_id)[1].pdf)
        for needle in (
            "吴建平",
            "建平",
            id_number,
            id_number[-4:],
            "13712344321",
            "4321",
            "石桥村",
        ):
            assert needle not in text, (copy, needle)
        assert "来访人信息依规保密" in text
    archive = text_of(pj.document(slip_row(rows, "archive").job_id)[1].pdf)
    assert "吴建平" in archive
    assert id_number not in archive  # masked even on the archive copy
    receipt = next(r for r in rows if r.document == "receipt").job_id
    assert "吴建平" in text_of(pj.document(receipt)[1].pdf)
    # The unit's bundle (cover list + slips) is redacted as well.
    ids = pj.bundle_jobs(day.event_id, day.town).value
    bundle = text_of(pj.bundle_document(ids).result.pdf)
    assert "交办清单" in bundle
    assert "吴建平" not in bundle
    assert "13712344321" not in bundle
    summary = text_of(pj.document(pj.summary_job(day.event_id).value)[1].pdf)
    assert "吴建平" not in summary


def test_bundles_reuse_pending_jobs_and_reprint_printed_ones(services: Services) -> None:
    day = build_day(services)
    first = hand_over(services, day, person(1, "王小明"))
    second = hand_over(services, day, person(2, "张小红"))
    pj = services.print_jobs
    assert pj.bundle_units(day.event_id) == ((day.land_bureau, "县自然资源和规划局", 2),)
    printed = slip_row(rows_of(services, day, first), "unit").job_id
    pj.record_result(printed, True, "HP")
    preview = pj.preview_bundle(day.event_id, day.land_bureau)
    assert preview.job_ids == ()
    before = len(pj.queue(day.event_id))
    assert len(pj.queue(day.event_id)) == before  # a preview records nothing
    ids = pj.bundle_jobs(day.event_id, day.land_bureau).value
    assert len(ids) == 2
    pending = slip_row(rows_of(services, day, second), "unit").job_id
    assert pending in ids  # the pending copy is printed as it is
    assert printed not in ids  # the printed one gets a reprint job
    assert len(pj.queue(day.event_id)) == before + 1
    bundle = pj.bundle_document(ids)
    text = text_of(bundle.result.pdf)
    assert bundle.title == "交办清单 县自然资源和规划局"
    for needle in ("交办清单", "共2件", "补打"):
        assert needle in text, needle
    assert bundle.result.page_count >= 3
    pj.record_results(ids, True, "HP")
    assert all(pj.slip_status(c).copies[0].issued for c in (first, second))
    day_bundle = pj.bundle_document(pj.bundle_jobs(day.event_id).value)
    assert "第二联存档" in text_of(day_bundle.result.pdf)
    assert day_bundle.result.page_count >= 2
