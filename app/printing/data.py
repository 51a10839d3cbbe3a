"""What the printed documents are made from: plain frozen data, filled by the services.

Every string here is printed as given. Masking (``张*``, ``3301**********1234``,
``138****5678``) is the caller's job; the one exception is the accused unit's copy of a
confidential accusation, which :func:`app.printing.redaction.redact_for_accused_unit`
strips of every identifying field — the slip builder applies it itself whenever
``confidential_for_unit`` is set, so such a copy cannot be printed unredacted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum

from app.domain.types import Outcome, Urgency


class SlipCopy(StrEnum):
    """Which part of the two-part assignment slip a copy is."""

    UNIT = "unit"  # 第一联: goes to the (lead or co-) unit
    ARCHIVE = "archive"  # 第二联: stays in the organisers' file

    @property
    def label(self) -> str:
        return _COPY_LABELS[self]


_COPY_LABELS = {SlipCopy.UNIT: "第一联 责任单位", SlipCopy.ARCHIVE: "第二联 存档"}


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentSettings:
    """Per-event wording of the printed documents, with county-level Chinese defaults."""

    organisation_name: str = "县信访工作联席会议办公室"
    slip_title: str = "信访事项交办单"
    receipt_title: str = "信访事项受理回执单"
    ticket_title: str = "接访排队号"
    notice_title: str = "接访预约通知单"
    summary_title: str = "公开接访日工作情况汇总"
    cover_list_title: str = "交办清单"
    supervision_office_name: str = "县信访局督查督办科"
    #: Printed on receipts and slips; empty prints a line to fill in by hand.
    supervision_office_phone: str = ""
    slip_requirements: str = (
        "请责任单位按照“件件有着落、事事有回音”的要求认真办理，在反馈期限前将办理情况"
        "书面反馈督办机构；确需延期的，须说明理由并经批准。办结后及时答复来访群众。"
    )
    slip_footer: str = "本单含群众个人信息，仅限办理本事项使用，请妥善保管，不得外传。"
    confidential_notice: str = (
        "本件属检举控告事项，依照《信访工作条例》，来访人信息依规保密，不予提供。"
    )
    receipt_progress_text: str = (
        "您可凭信访件编号和查询码，拨打督办电话或到县信访局接待窗口查询办理进度。"
    )
    receipt_review_text: str = (
        "您对书面答复意见不服的，可以自收到书面答复之日起30日内，请求原办理机关的上一级机关复查。"
    )
    receipt_footer: str = "请妥善保管本回执，查询码请勿告知他人。"
    ticket_instructions: str = "请留意叫号屏和广播，过号请到登记台重新排队。"
    notice_instructions: str = (
        "请携带本人居民身份证和相关材料，在预约时段内到达会场，到登记台出示本通知（扫码）签到。"
        "同行人员请一并到场。"
    )
    notice_footer: str = "如不能按时到场，请提前致电督办电话告知。"
    summary_footer: str = "内部资料，注意保密。"

    @classmethod
    def from_wording(
        cls, wording: Mapping[str, str], *, supervision_office_phone: str = ""
    ) -> DocumentSettings:
        """Defaults overridden by an event's ``wording`` (``EventSettings.wording``: keys
        are the field names, see :data:`WORDING_KEYS`; unknown keys are ignored)."""
        known = {k: v for k, v in wording.items() if k in WORDING_KEYS}
        if supervision_office_phone:
            known["supervision_office_phone"] = supervision_office_phone
        return cls(**known)


#: The texts an organiser may reword per event.
WORDING_KEYS = frozenset(f.name for f in fields(DocumentSettings))


@dataclass(frozen=True, slots=True, kw_only=True)
class EventHeader:
    """The reception day a document belongs to."""

    name: str
    date: date
    venue: str = ""
    settings: DocumentSettings = DocumentSettings()


@dataclass(frozen=True, slots=True, kw_only=True)
class PetitionerLine:
    """One petitioner as printed: every field already masked as the caller wants it."""

    name: str
    id_number: str = ""
    phone: str = ""
    address: str = ""


def wait_band_text(low_minutes: int, high_minutes: int) -> str:
    """The expected wait as a band: ``约10–20分钟``; ``约1小时以上`` past an hour."""
    if low_minutes >= 60:
        return "约1小时以上"
    if high_minutes <= 5:
        return "约5分钟以内"
    return f"约{low_minutes}–{high_minutes}分钟"


@dataclass(frozen=True, slots=True, kw_only=True)
class TicketData:
    """Queue ticket (排队号) on the 80 mm roll."""

    event: EventHeader
    ticket_number: str
    room_number: str
    room_name: str
    topic: str
    issued_at: datetime
    #: e.g. "约10–20分钟", see :func:`wait_band_text`.
    wait_band: str
    masked_name: str
    qr_payload: str
    head_count: int = 1
    waiting_ahead: int | None = None
    #: e.g. "优先（老年人）"; empty for the normal lane.
    priority_label: str = ""
    reprint_count: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class AssignmentSlipData:
    """One copy of an assignment slip (信访事项交办单)."""

    event: EventHeader
    case_number: str
    query_code: str
    receiving_leader: str
    lead_unit: str
    urgency: Urgency
    feedback_due: date
    co_units: tuple[str, ...] = ()
    #: 信访工作条例: notice of acceptance (15 days) and handling (60 days).
    acceptance_notice_due: date | None = None
    handling_due: date | None = None
    topic: str = ""
    room: str = ""
    petitioners: tuple[PetitionerLine, ...] = ()
    head_count: int = 1
    summary: str = ""
    demand: str = ""
    instruction: str = ""
    copy: SlipCopy = SlipCopy.UNIT
    #: The unit this copy goes to; empty means the lead unit.
    recipient_unit: str = ""
    #: This copy goes to the unit accused in a confidential accusation: print it redacted.
    confidential_for_unit: bool = False
    #: Further strings that identify the petitioners (full names, nicknames, villages,
    #: unmasked numbers…). Never printed; used only to scrub the accused unit's copy.
    identifying_terms: tuple[str, ...] = ()
    reprint_count: int = 0
    #: Scanned at the print station; empty means case number and query code.
    qr_payload: str = ""

    @property
    def recipient(self) -> str:
        return self.recipient_unit or self.lead_unit

    @property
    def is_reprint(self) -> bool:
        return self.reprint_count > 0

    @property
    def copy_label(self) -> str:
        return self.copy.label


class ReceiptVariant(StrEnum):
    A5 = "a5"
    ROLL_80MM = "roll_80mm"


@dataclass(frozen=True, slots=True, kw_only=True)
class ReceiptData:
    """Receipt (受理回执单) the visitor takes home."""

    event: EventHeader
    visitor_name: str
    case_number: str
    query_code: str
    outcome: Outcome
    received_at: datetime
    topic: str = ""
    summary: str = ""
    lead_unit: str = ""
    co_units: tuple[str, ...] = ()
    feedback_due: date | None = None
    acceptance_notice_due: date | None = None
    handling_due: date | None = None
    #: The leader's answer, or the legal channel named (e.g. "向县人民法院提起诉讼").
    outcome_note: str = ""
    reprint_count: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class AppointmentNoticeData:
    """Appointment notice (预约通知单, A5) for a pre-registered visitor."""

    event: EventHeader
    visitor_name: str
    registration_number: str
    room_number: str
    room_name: str
    topic: str
    window_start: datetime
    window_end: datetime
    #: What the desk's scanner types to check the visitor in.
    qr_payload: str
    head_count: int = 1
    summary: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class TallyRow:
    """One line of the summary's tables by topic or by room."""

    label: str
    batches: int
    persons: int
    resolved_on_spot: int = 0
    handed_over: int = 0
    legal_channel: int = 0
    explained: int = 0
    #: Cases registered; None means the sum of the four outcomes.
    cases: int | None = None

    @property
    def case_count(self) -> int:
        if self.cases is not None:
            return self.cases
        return self.resolved_on_spot + self.handed_over + self.legal_channel + self.explained


@dataclass(frozen=True, slots=True, kw_only=True)
class UnitTally:
    """Assignments handed to one unit during the day."""

    unit: str
    lead: int
    assisting: int = 0
    red: int = 0
    yellow: int = 0
    green: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class AssignmentLine:
    """One handed-over case in the summary's list of assignments."""

    case_number: str
    topic: str
    lead_unit: str
    urgency: Urgency
    feedback_due: date
    brief: str = ""
    co_units: tuple[str, ...] = ()
    handling_due: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DaySummaryData:
    """End-of-day summary (接访日工作情况汇总)."""

    event: EventHeader
    batches: int
    persons: int
    cases: int
    resolved_on_spot: int
    handed_over: int
    legal_channel: int = 0
    explained: int = 0
    collective_batches: int = 0
    repeat_batches: int = 0
    leaders: tuple[str, ...] = ()
    by_topic: tuple[TallyRow, ...] = ()
    by_room: tuple[TallyRow, ...] = ()
    by_unit: tuple[UnitTally, ...] = ()
    assignments: tuple[AssignmentLine, ...] = ()
    generated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class BuildResult:
    """A finished PDF and the characters that no bundled font could draw.

    Each missing character was printed as 〓; the UI should warn the clerk (e.g. "以下
    字无法打印，请手写补正：…") rather than hand out the paper silently.
    """

    pdf: bytes
    page_count: int
    missing_glyphs: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing_glyphs


@dataclass(frozen=True, slots=True, kw_only=True)
class ReminderLine:
    """One item the unit is reminded of; statuses are ClockStatus values."""

    case_number: str
    topic: str
    brief: str
    urgency: Urgency
    handed_over_on: date
    feedback_due: date
    feedback_status: str
    acceptance_due: date
    acceptance_status: str
    handling_due: date
    handling_status: str
    overdue_days: int
    redacted: bool = False

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


@dataclass(frozen=True, slots=True, kw_only=True)
class ReminderLetterData:
    """A reminder letter to ``unit`` as of ``issued_on``, asking for feedback by ``reply_by``."""

    event: EventHeader
    unit: str
    issued_on: date
    reply_by: date
    items: tuple[ReminderLine, ...]
    reprint_count: int = 0

    @property
    def overdue_count(self) -> int:
        return sum(1 for i in self.items if i.overdue)

    @property
    def due_soon_count(self) -> int:
        return len(self.items) - self.overdue_count
